-- Forum Desk file format, step to version 3: OGP's commitment template in full, and the consent of
-- contributors to be named.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released, like the steps before it: a later version changes the format only by a new step.
-- New columns only, each optional or with a default, so every row of format 2 stays valid. A file of
-- an earlier format that can only be read is read as it is: its records show these fields empty
-- (Field::since in core/storage/EntitySchema.h).
--
-- The commitment template (OGP, 2020s): a brief description; the problem and its causes; what has
-- been done so far (status_quo), the solution proposed (description, solution) and the results
-- expected; how the commitment advances transparency, accountability and participation; the lead
-- agency's contact person; OGP's policy areas (';'-separated Vocabulary PolicyArea keys).
ALTER TABLE commitment ADD COLUMN brief_description TEXT CHECK (brief_description IS NULL OR length(brief_description) <= 500);
ALTER TABLE commitment ADD COLUMN causes TEXT;
ALTER TABLE commitment ADD COLUMN expected_results TEXT;
ALTER TABLE commitment ADD COLUMN advances_transparency TEXT;
ALTER TABLE commitment ADD COLUMN advances_accountability TEXT;
ALTER TABLE commitment ADD COLUMN advances_participation TEXT;
ALTER TABLE commitment ADD COLUMN contact_name TEXT;
ALTER TABLE commitment ADD COLUMN contact_title TEXT;
ALTER TABLE commitment ADD COLUMN contact_email TEXT;
ALTER TABLE commitment ADD COLUMN contact_phone TEXT;
ALTER TABLE commitment ADD COLUMN policy_areas TEXT NOT NULL DEFAULT '' CHECK (policy_areas NOT GLOB '*[^a-z_;]*');

-- A contributor is named in what the forum publishes only with their consent; otherwise documents
-- say "a citizen" and the organisation, if any.
ALTER TABLE contribution ADD COLUMN author_consents INTEGER NOT NULL DEFAULT 0 CHECK (author_consents IN (0, 1));
