-- Forum Desk file format, schema version 1.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen: a later version changes the format only through a new migration step.
-- Conventions: dates are 'YYYY-MM-DD'; timestamps are UTC 'YYYY-MM-DDTHH:MM:SSZ'; meeting times are
-- the forum's wall-clock time 'YYYY-MM-DDTHH:MM' in forum.time_zone. Enumerations are English keys.

CREATE TABLE forum (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 300),
  scope TEXT NOT NULL DEFAULT 'national' CHECK (scope IN ('national', 'local')),
  jurisdiction TEXT,
  language TEXT NOT NULL DEFAULT 'es' CHECK (language IN ('es', 'en', 'fr', 'pt')),
  time_zone TEXT NOT NULL DEFAULT 'UTC' CHECK (length(time_zone) BETWEEN 1 AND 64),
  terms_of_reference TEXT,
  participation_rules TEXT,
  decision_rule TEXT NOT NULL DEFAULT 'consensus'
    CHECK (decision_rule IN ('consensus', 'simple', 'two_thirds')),
  quorum_percent INTEGER NOT NULL DEFAULT 50 CHECK (quorum_percent BETWEEN 1 AND 100),
  quorum_both_sectors INTEGER NOT NULL DEFAULT 1 CHECK (quorum_both_sectors IN (0, 1)),
  website TEXT,
  repository_url TEXT,
  poc_name TEXT,
  poc_email TEXT,
  founded_on TEXT CHECK (founded_on IS NULL OR (date(founded_on) = founded_on AND founded_on BETWEEN '1900-01-01' AND '2199-12-31'))
);

CREATE TABLE member (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  organization TEXT,
  sector TEXT NOT NULL CHECK (sector IN ('government', 'civil_society', 'academia', 'private_sector', 'other')),
  role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('chair', 'co_chair', 'secretary', 'member', 'alternate', 'observer')),
  gender TEXT CHECK (gender IS NULL OR gender IN ('female', 'male', 'non_binary', 'other', 'undisclosed')),
  email TEXT,
  phone TEXT,
  term_start TEXT CHECK (term_start IS NULL OR (date(term_start) = term_start AND term_start BETWEEN '1900-01-01' AND '2199-12-31')),
  term_end TEXT CHECK (term_end IS NULL OR (date(term_end) = term_end AND term_end BETWEEN '1900-01-01' AND '2199-12-31')),
  voting INTEGER NOT NULL DEFAULT 1 CHECK (voting IN (0, 1)),
  alternate_for INTEGER REFERENCES member(id) ON DELETE SET NULL,
  notes TEXT,
  CHECK (term_start IS NULL OR term_end IS NULL OR term_end >= term_start)
);

CREATE TABLE eligibility_check (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  criterion TEXT NOT NULL UNIQUE CHECK (criterion IN ('fiscal_transparency', 'access_to_information', 'asset_disclosure', 'citizen_engagement', 'values_check')),
  met INTEGER NOT NULL DEFAULT 0 CHECK (met IN (0, 1)),
  evidence TEXT,
  checked_on TEXT CHECK (checked_on IS NULL OR (date(checked_on) = checked_on AND checked_on BETWEEN '1900-01-01' AND '2199-12-31'))
);

CREATE TABLE joining_record (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  letter_of_intent_on TEXT CHECK (letter_of_intent_on IS NULL OR (date(letter_of_intent_on) = letter_of_intent_on AND letter_of_intent_on BETWEEN '1900-01-01' AND '2199-12-31')),
  joined_on TEXT CHECK (joined_on IS NULL OR (date(joined_on) = joined_on AND joined_on BETWEEN '1900-01-01' AND '2199-12-31')),
  poc_name TEXT,
  poc_institution TEXT,
  poc_email TEXT,
  notes TEXT
);

CREATE TABLE action_plan (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
  period_start TEXT NOT NULL CHECK (date(period_start) = period_start AND period_start BETWEEN '1900-01-01' AND '2199-12-31'),
  period_end TEXT NOT NULL CHECK (date(period_end) = period_end AND period_end BETWEEN '1900-01-01' AND '2199-12-31'),
  stage TEXT NOT NULL DEFAULT 'co_create' CHECK (stage IN ('co_create', 'implement', 'evaluate', 'learn', 'closed')),
  due_on TEXT CHECK (due_on IS NULL OR (date(due_on) = due_on AND due_on BETWEEN '1900-01-01' AND '2199-12-31')),
  submitted_on TEXT CHECK (submitted_on IS NULL OR (date(submitted_on) = submitted_on AND submitted_on BETWEEN '1900-01-01' AND '2199-12-31')),
  introduction TEXT,
  notes TEXT,
  CHECK (period_end > period_start)
);

CREATE TABLE commitment (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  plan_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
  number TEXT NOT NULL CHECK (length(trim(number)) BETWEEN 1 AND 20),
  title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
  start_on TEXT CHECK (start_on IS NULL OR (date(start_on) = start_on AND start_on BETWEEN '1900-01-01' AND '2199-12-31')),
  end_on TEXT CHECK (end_on IS NULL OR (date(end_on) = end_on AND end_on BETWEEN '1900-01-01' AND '2199-12-31')),
  lead_agency TEXT,
  supporting_government TEXT,
  supporting_other TEXT,
  problem TEXT,
  status_quo TEXT,
  description TEXT,
  solution TEXT,
  value_access_information INTEGER NOT NULL DEFAULT 0 CHECK (value_access_information IN (0, 1)),
  value_civic_participation INTEGER NOT NULL DEFAULT 0 CHECK (value_civic_participation IN (0, 1)),
  value_public_accountability INTEGER NOT NULL DEFAULT 0 CHECK (value_public_accountability IN (0, 1)),
  value_technology_innovation INTEGER NOT NULL DEFAULT 0 CHECK (value_technology_innovation IN (0, 1)),
  budget TEXT,
  links_other_plans TEXT,
  -- Tag lists as ';'-separated keys (JSON functions are not allowed in an untrusted schema).
  frontiers TEXT NOT NULL DEFAULT '' CHECK (frontiers NOT GLOB '*[^a-z_;]*'),
  themes TEXT NOT NULL DEFAULT '',
  completion_level TEXT CHECK (completion_level IS NULL OR completion_level IN ('no_evidence', 'not_started', 'limited', 'substantial', 'complete')),
  completion_reason TEXT,
  UNIQUE (plan_id, number),
  CHECK (start_on IS NULL OR end_on IS NULL OR end_on >= start_on)
);

CREATE TABLE milestone (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
  activity TEXT NOT NULL CHECK (length(trim(activity)) BETWEEN 1 AND 2000),
  deliverable TEXT,
  responsible TEXT,
  start_on TEXT CHECK (start_on IS NULL OR (date(start_on) = start_on AND start_on BETWEEN '1900-01-01' AND '2199-12-31')),
  end_on TEXT CHECK (end_on IS NULL OR (date(end_on) = end_on AND end_on BETWEEN '1900-01-01' AND '2199-12-31')),
  weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0 AND weight <= 1000),
  CHECK (start_on IS NULL OR end_on IS NULL OR end_on >= start_on)
);

CREATE TABLE progress_update (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  milestone_id INTEGER NOT NULL REFERENCES milestone(id) ON DELETE CASCADE,
  reported_on TEXT NOT NULL CHECK (date(reported_on) = reported_on AND reported_on BETWEEN '1900-01-01' AND '2199-12-31'),
  percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
  status TEXT NOT NULL DEFAULT 'on_track' CHECK (status IN ('not_started', 'on_track', 'delayed', 'completed', 'cancelled')),
  narrative TEXT,
  evidence TEXT,
  reporter TEXT
);

CREATE TABLE meeting (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  plan_id INTEGER REFERENCES action_plan(id) ON DELETE SET NULL,
  kind TEXT NOT NULL DEFAULT 'forum_session' CHECK (kind IN ('forum_session', 'consultation', 'working_group', 'public_event')),
  number INTEGER CHECK (number IS NULL OR number > 0),
  title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
  starts_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M', starts_at) = starts_at AND starts_at BETWEEN '1900-01-01' AND '2199-12-31'),
  ends_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M', ends_at) = ends_at AND ends_at BETWEEN '1900-01-01' AND '2199-12-31'),
  place TEXT,
  link TEXT,
  notice_sent_on TEXT CHECK (notice_sent_on IS NULL OR (date(notice_sent_on) = notice_sent_on AND notice_sent_on BETWEEN '1900-01-01' AND '2199-12-31')),
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'minutes_draft', 'minutes_approved', 'published', 'cancelled')),
  chair_member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
  chair_name TEXT,
  secretary_member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
  secretary_name TEXT,
  approved_at_meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
  published_on TEXT CHECK (published_on IS NULL OR (date(published_on) = published_on AND published_on BETWEEN '1900-01-01' AND '2199-12-31')),
  notes TEXT,
  CHECK (ends_at > starts_at)
);

CREATE TABLE agenda_item (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
  title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 500),
  presenter TEXT,
  duration_minutes INTEGER NOT NULL DEFAULT 15 CHECK (duration_minutes BETWEEN 0 AND 1440),
  minutes TEXT,
  commitment_id INTEGER REFERENCES commitment(id) ON DELETE SET NULL
);

CREATE TABLE attendance (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  organization TEXT,
  sector TEXT NOT NULL CHECK (sector IN ('government', 'civil_society', 'academia', 'private_sector', 'other')),
  status TEXT NOT NULL DEFAULT 'present' CHECK (status IN ('present', 'remote', 'excused', 'absent', 'represented')),
  represented_by TEXT,
  guest INTEGER NOT NULL DEFAULT 0 CHECK (guest IN (0, 1)),
  UNIQUE (meeting_id, member_id)
);

CREATE TABLE decision (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
  text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 5000),
  method TEXT NOT NULL DEFAULT 'consensus' CHECK (method IN ('consensus', 'vote')),
  majority TEXT NOT NULL DEFAULT 'simple' CHECK (majority IN ('consensus', 'simple', 'two_thirds')),
  votes_for INTEGER NOT NULL DEFAULT 0 CHECK (votes_for >= 0),
  votes_against INTEGER NOT NULL DEFAULT 0 CHECK (votes_against >= 0),
  votes_abstain INTEGER NOT NULL DEFAULT 0 CHECK (votes_abstain >= 0),
  outcome TEXT NOT NULL DEFAULT 'adopted' CHECK (outcome IN ('adopted', 'rejected', 'deferred')),
  approves_plan_id INTEGER REFERENCES action_plan(id) ON DELETE SET NULL
);

CREATE TABLE vote (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  decision_id INTEGER NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
  member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  choice TEXT NOT NULL CHECK (choice IN ('for', 'against', 'abstain')),
  UNIQUE (decision_id, member_id)
);

CREATE TABLE action_item (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  decision_id INTEGER REFERENCES decision(id) ON DELETE SET NULL,
  text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 2000),
  owner TEXT,
  owner_member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
  due_on TEXT CHECK (due_on IS NULL OR (date(due_on) = due_on AND due_on BETWEEN '1900-01-01' AND '2199-12-31')),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
  closed_on TEXT CHECK (closed_on IS NULL OR (date(closed_on) = closed_on AND closed_on BETWEEN '1900-01-01' AND '2199-12-31'))
);

CREATE TABLE contribution (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  plan_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
  received_on TEXT NOT NULL CHECK (date(received_on) = received_on AND received_on BETWEEN '1900-01-01' AND '2199-12-31'),
  channel TEXT NOT NULL CHECK (channel IN ('meeting', 'workshop', 'online', 'email', 'letter', 'other')),
  author TEXT,
  organization TEXT,
  sector TEXT NOT NULL DEFAULT 'other' CHECK (sector IN ('government', 'civil_society', 'academia', 'private_sector', 'other')),
  text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 20000),
  meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
  status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'under_review', 'incorporated', 'partially_incorporated', 'not_incorporated', 'duplicate')),
  response TEXT,
  responded_on TEXT CHECK (responded_on IS NULL OR (date(responded_on) = responded_on AND responded_on BETWEEN '1900-01-01' AND '2199-12-31')),
  CHECK (responded_on IS NULL OR responded_on >= received_on)
);

CREATE TABLE contribution_commitment (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  contribution_id INTEGER NOT NULL REFERENCES contribution(id) ON DELETE CASCADE,
  commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
  UNIQUE (contribution_id, commitment_id)
);

CREATE TABLE assessment (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
  source TEXT NOT NULL CHECK (source IN ('self', 'irm')),
  assessed_on TEXT CHECK (assessed_on IS NULL OR (date(assessed_on) = assessed_on AND assessed_on BETWEEN '1900-01-01' AND '2199-12-31')),
  verifiable INTEGER NOT NULL DEFAULT 1 CHECK (verifiable IN (0, 1)),
  relevance_access_information INTEGER NOT NULL DEFAULT 0 CHECK (relevance_access_information IN (0, 1)),
  relevance_civic_participation INTEGER NOT NULL DEFAULT 0 CHECK (relevance_civic_participation IN (0, 1)),
  relevance_public_accountability INTEGER NOT NULL DEFAULT 0 CHECK (relevance_public_accountability IN (0, 1)),
  relevance_technology_innovation INTEGER NOT NULL DEFAULT 0 CHECK (relevance_technology_innovation IN (0, 1)),
  potential_results TEXT CHECK (potential_results IS NULL OR potential_results IN ('unclear', 'modest', 'substantial')),
  potential_impact TEXT CHECK (potential_impact IS NULL OR potential_impact IN ('none', 'minor', 'moderate', 'transformative')),
  completion TEXT CHECK (completion IS NULL OR completion IN ('no_evidence', 'not_started', 'limited', 'substantial', 'complete')),
  opened_government TEXT CHECK (opened_government IS NULL OR opened_government IN ('worsened', 'did_not_change', 'marginal', 'major', 'outstanding')),
  notes TEXT,
  UNIQUE (commitment_id, source)
);

CREATE TABLE lesson (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  plan_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
  kind TEXT NOT NULL DEFAULT 'process' CHECK (kind IN ('process', 'substance')),
  text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 5000),
  recommendation TEXT,
  carried_into_plan_id INTEGER REFERENCES action_plan(id) ON DELETE SET NULL
);

CREATE TABLE activity (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  actor TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'migrate', 'import', 'stage', 'other')),
  entity TEXT NOT NULL,
  entity_uid TEXT,
  summary TEXT NOT NULL
);

CREATE INDEX member_sector ON member(sector);
CREATE INDEX commitment_plan ON commitment(plan_id);
CREATE INDEX milestone_commitment ON milestone(commitment_id, position);
CREATE INDEX progress_update_milestone ON progress_update(milestone_id, reported_on);
CREATE INDEX meeting_plan ON meeting(plan_id, starts_at);
CREATE INDEX meeting_starts ON meeting(starts_at);
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);
CREATE INDEX attendance_meeting ON attendance(meeting_id);
CREATE INDEX attendance_member ON attendance(member_id);
CREATE INDEX decision_meeting ON decision(meeting_id);
CREATE INDEX vote_decision ON vote(decision_id);
CREATE INDEX action_item_meeting ON action_item(meeting_id);
CREATE INDEX action_item_status ON action_item(status, due_on);
CREATE INDEX contribution_plan ON contribution(plan_id, received_on);
CREATE INDEX contribution_meeting ON contribution(meeting_id);
CREATE INDEX contribution_commitment_commitment ON contribution_commitment(commitment_id);
CREATE INDEX assessment_commitment ON assessment(commitment_id);
CREATE INDEX lesson_plan ON lesson(plan_id);
CREATE INDEX lesson_carried ON lesson(carried_into_plan_id);
CREATE INDEX activity_created ON activity(created_at);
