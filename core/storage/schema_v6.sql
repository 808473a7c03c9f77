-- Forum Desk file format, step to version 6: the meeting as it runs (the live console).
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released, like the steps before it: a later version changes the format only by a new step.
--
-- Every moment is a UTC timestamp ('YYYY-MM-DDTHH:MM:SSZ', as created_at), written the instant it
-- happens, so that a live meeting reopened after a crash resumes from what is stored: the timers
-- are computed from these times, never kept in a running counter.

-- When the meeting actually began and ended, and, while it is paused, since when.
ALTER TABLE meeting ADD COLUMN live_started_at TEXT CHECK (live_started_at IS NULL OR strftime('%Y-%m-%dT%H:%M:%SZ', live_started_at) = live_started_at);
ALTER TABLE meeting ADD COLUMN live_ended_at TEXT CHECK (live_ended_at IS NULL OR (strftime('%Y-%m-%dT%H:%M:%SZ', live_ended_at) = live_ended_at AND live_started_at IS NOT NULL AND live_ended_at >= live_started_at));
ALTER TABLE meeting ADD COLUMN live_paused_at TEXT CHECK (live_paused_at IS NULL OR strftime('%Y-%m-%dT%H:%M:%SZ', live_paused_at) = live_paused_at);

-- When each item was actually taken up and closed; the seconds it stood paused in between.
ALTER TABLE agenda_item ADD COLUMN started_at TEXT CHECK (started_at IS NULL OR strftime('%Y-%m-%dT%H:%M:%SZ', started_at) = started_at);
ALTER TABLE agenda_item ADD COLUMN ended_at TEXT CHECK (ended_at IS NULL OR (strftime('%Y-%m-%dT%H:%M:%SZ', ended_at) = ended_at AND started_at IS NOT NULL AND ended_at >= started_at));
ALTER TABLE agenda_item ADD COLUMN paused_seconds INTEGER NOT NULL DEFAULT 0 CHECK (paused_seconds >= 0);

-- When each person arrived and left (NULL: not recorded, as for every meeting before this step).
ALTER TABLE attendance ADD COLUMN arrived_at TEXT CHECK (arrived_at IS NULL OR strftime('%Y-%m-%dT%H:%M:%SZ', arrived_at) = arrived_at);
ALTER TABLE attendance ADD COLUMN left_at TEXT CHECK (left_at IS NULL OR strftime('%Y-%m-%dT%H:%M:%SZ', left_at) = left_at);

-- A decision taken live: when, the quorum at that moment, and whether its vote is still open.
ALTER TABLE decision ADD COLUMN taken_at TEXT CHECK (taken_at IS NULL OR strftime('%Y-%m-%dT%H:%M:%SZ', taken_at) = taken_at);
ALTER TABLE decision ADD COLUMN quorum_present INTEGER CHECK (quorum_present IS NULL OR quorum_present >= 0);
ALTER TABLE decision ADD COLUMN quorum_required INTEGER CHECK (quorum_required IS NULL OR quorum_required >= 0);
ALTER TABLE decision ADD COLUMN quorum_met INTEGER CHECK (quorum_met IS NULL OR quorum_met IN (0, 1));
ALTER TABLE decision ADD COLUMN vote_open INTEGER NOT NULL DEFAULT 0 CHECK (vote_open IN (0, 1));

-- One turn to speak: who (their name, organisation, sector and gender as they were at the meeting,
-- as attendance keeps them), on which item, their place in the queue, the limit the chair gave,
-- and when they started and stopped. Not yet started: waiting in the list of speakers.
CREATE TABLE intervention (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
  member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  organization TEXT,
  sector TEXT NOT NULL CHECK (sector IN ('government', 'civil_society', 'academia', 'private_sector', 'other')),
  gender TEXT CHECK (gender IS NULL OR gender IN ('female', 'male', 'non_binary', 'other', 'undisclosed')),
  position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
  limit_seconds INTEGER CHECK (limit_seconds IS NULL OR limit_seconds BETWEEN 10 AND 7200),
  started_at TEXT CHECK (started_at IS NULL OR strftime('%Y-%m-%dT%H:%M:%SZ', started_at) = started_at),
  ended_at TEXT CHECK (ended_at IS NULL OR (strftime('%Y-%m-%dT%H:%M:%SZ', ended_at) = ended_at AND started_at IS NOT NULL AND ended_at >= started_at))
);
CREATE INDEX intervention_meeting ON intervention(meeting_id, agenda_item_id);
CREATE INDEX intervention_member ON intervention(member_id);
