-- Forum Desk file format, step to version 2: commitments cite practices of the reference library.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released, like schema_v1.sql: a later version changes the format only by a new step.
-- A link table rather than a column of `commitment`: the commitment table keeps its version 1
-- shape, so a version 1 file that can only be read (a read-only disk, the command line, a file
-- held by another Forum Desk) still reads its commitments; and each citation is a record of its
-- own, with a uid for merging copies, that can be listed by practice through its index.
-- `practice` is a PracticeLibrary key (core/learning/PracticeLibrary.cpp).

CREATE TABLE commitment_practice (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
  practice TEXT NOT NULL CHECK (length(practice) BETWEEN 1 AND 64 AND practice NOT GLOB '*[^a-z0-9_]*'),
  UNIQUE (commitment_id, practice)
);

CREATE INDEX commitment_practice_practice ON commitment_practice(practice);
