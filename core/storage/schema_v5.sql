-- Forum Desk file format, step to version 5: the seat each member held at a meeting.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released, like the steps before it: a later version changes the format only by a new step.
--
-- An attendance row already keeps the member's name, organisation and sector as they were at the
-- meeting; it now keeps their role and whether they voted too, so that minutes exported years later
-- and the quorum of a past meeting say who sat with a vote then, not who does today. NULL role: a
-- guest, or a row whose member was removed before this step (read with today's member, if any).
ALTER TABLE attendance ADD COLUMN role TEXT CHECK (role IS NULL OR role IN ('chair', 'co_chair', 'secretary', 'member', 'alternate', 'observer'));
ALTER TABLE attendance ADD COLUMN voting INTEGER NOT NULL DEFAULT 0 CHECK (voting IN (0, 1));

-- Rows recorded before this step take the member's role as it is now: the best the file knows.
UPDATE attendance SET role = (SELECT m.role FROM member m WHERE m.id = attendance.member_id),
                      voting = (SELECT m.voting FROM member m WHERE m.id = attendance.member_id)
WHERE member_id IS NOT NULL AND guest = 0;
