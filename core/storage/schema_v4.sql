-- Forum Desk file format, step to version 4: what each copy of a forum changed, so that two copies
-- edited apart can be merged field by field (core/merge/Merge.h).
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released, like the steps before it: a later version changes the format only by a new step.
--
-- Both tables are written by triggers (core/storage/ChangeLog.cpp makes them from the live schema
-- at the end of every migration), so every writer is recorded: Forum Desk, the schema's own
-- cascades, another sqlite3 program. Two copies share every entry made before they parted (the
-- same entry uids); what one has and the other lacks is what it changed since.

-- A removed record: its uid, its table, when, and who was last active in the file then. A record
-- put back with its uid (the undo of a removal) loses its tombstone.
CREATE TABLE tombstone (
  uid TEXT PRIMARY KEY NOT NULL CHECK (length(uid) BETWEEN 1 AND 64),
  table_name TEXT NOT NULL,
  removed_at TEXT NOT NULL,
  actor TEXT
);

-- One changed field of one record: its value before the change (a reference as the uid of the
-- record it named). The id, uid and times of a record are not logged.
CREATE TABLE change_log (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 64),
  at TEXT NOT NULL,
  table_name TEXT NOT NULL,
  row_uid TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value
);

-- Holds a row only inside a merge's own transaction: the merge's writes are not new changes of
-- this copy, so the change triggers skip them while it is there. Never committed with a row.
CREATE TABLE merge_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  theirs TEXT
);
