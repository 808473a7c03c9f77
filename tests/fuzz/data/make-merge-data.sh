#!/usr/bin/env bash
# Writes the fixed OURS of fuzz_merge (tests/fuzz/data/merge-ours.ogpforum) and its seed corpus
# (tests/fuzz/corpus/fuzz_merge/): one small forum, then copies of it edited apart, so that the seeds
# share OURS's history (its forum uid, change log and tombstones before they parted) and a merge of
# them goes deep. Run it again only to change the seeds: OURS and the seeds are made together (each
# run gives new uids and times, so a seed of one run is no copy of another run's OURS).
#   tests/fuzz/data/make-merge-data.sh [FORUMDESK_CLI]
# FORUMDESK_CLI is a built forumdesk-cli (default: build/app/forumdesk-cli beside the sources); the
# edits are plain SQL through sqlite3, so the file's own triggers log them as they log any writer.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cli="${1:-$root/build/app/forumdesk-cli}"
data="$root/tests/fuzz/data"
corpus="$root/tests/fuzz/corpus/fuzz_merge"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# SQL on a forum file with its foreign keys on (the cascades, and their logging, happen as in Forum Desk).
edit() { { echo "PRAGMA foreign_keys = ON;"; cat; } | sqlite3 -bail "$1"; }
# 512-byte pages: small files, and more page boundaries for the fuzzer.
compact() { sqlite3 -bail "$1" "PRAGMA page_size = 512; VACUUM;"; }
now="strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

# The common ancestor: the small Spanish sample, trimmed as the fuzz_open_forum seed is (one plan,
# three commitments, two meetings, six contributions, twelve members), its trimming not logged...
"$cli" demo --lang es "$work/base.ogpforum" >/dev/null
edit "$work/base.ogpforum" <<'SQL'
CREATE TEMP TABLE parted AS SELECT max(id) AS log FROM change_log;
DELETE FROM activity WHERE id NOT IN (SELECT id FROM activity ORDER BY id DESC LIMIT 3);
DELETE FROM action_plan WHERE id = 1;
DELETE FROM commitment WHERE id NOT IN (SELECT id FROM commitment ORDER BY id LIMIT 3);
DELETE FROM progress_update WHERE id NOT IN (SELECT max(id) FROM progress_update GROUP BY milestone_id);
DELETE FROM meeting WHERE id NOT IN (SELECT id FROM meeting ORDER BY starts_at DESC LIMIT 2);
DELETE FROM contribution WHERE id NOT IN (SELECT id FROM contribution ORDER BY id LIMIT 6);
DELETE FROM attendance WHERE member_id NOT IN (SELECT id FROM member ORDER BY id LIMIT 12);
DELETE FROM vote WHERE member_id NOT IN (SELECT id FROM member ORDER BY id LIMIT 12);
DELETE FROM member WHERE id NOT IN (SELECT id FROM member ORDER BY id LIMIT 12);
DELETE FROM eligibility_check WHERE id NOT IN (SELECT id FROM eligibility_check ORDER BY id LIMIT 2);
DELETE FROM change_log WHERE id > (SELECT log FROM parted);
DELETE FROM tombstone;
SQL
# ...then a change and a removal made before the copies parted, which both know.
edit "$work/base.ogpforum" <<SQL
UPDATE member SET phone = '+000 2 555 0101', updated_at = $now WHERE id = (SELECT min(id) FROM member);
DELETE FROM progress_update WHERE id = (SELECT min(id) FROM progress_update);
SQL

# OURS went on after the copies parted: a title, an e-mail and a lead agency changed, a milestone
# removed, a contribution and an attendance added.
cp "$work/base.ogpforum" "$work/ours.ogpforum"
edit "$work/ours.ogpforum" <<SQL
UPDATE commitment SET title = title || ' (versión de Ana)', updated_at = $now WHERE id = (SELECT min(id) FROM commitment);
UPDATE commitment SET lead_agency = 'Secretaría de Integridad Pública', updated_at = $now
  WHERE id = (SELECT id FROM commitment ORDER BY id LIMIT 1 OFFSET 1);
UPDATE member SET email = 'ana@correo.example', updated_at = $now WHERE id = (SELECT id FROM member ORDER BY id LIMIT 1 OFFSET 1);
DELETE FROM milestone WHERE id = (SELECT max(id) FROM milestone);
CREATE TEMP TABLE c AS SELECT * FROM contribution WHERE id = (SELECT min(id) FROM contribution);
UPDATE c SET id = NULL, uid = 'f0000000-0000-4000-8000-000000000001', text = 'Aporte recibido después de la copia.',
  created_at = $now, updated_at = $now;
INSERT INTO contribution SELECT * FROM c;
INSERT INTO attendance (uid, created_at, updated_at, meeting_id, member_id, name, sector, status)
  SELECT 'f0000000-0000-4000-8000-000000000002', $now, $now, (SELECT max(id) FROM meeting), id, name, sector, 'present'
  FROM member WHERE id = (SELECT min(id) FROM member);
SQL
cp "$work/ours.ogpforum" "$data/merge-ours.ogpforum"
compact "$data/merge-ours.ogpforum"

rm -rf "$corpus"
mkdir -p "$corpus"

# THEIRS as it was when the copies parted: only OURS changed since.
cp "$work/base.ogpforum" "$corpus/theirs-unchanged-512.ogpforum"

# THEIRS's own edits, none against OURS's: a commitment with a milestone and a link to a
# contribution, and a member, added; fields and references changed, agenda items reordered; a
# contribution removed (its links go with it); a line of activity.
cp "$work/base.ogpforum" "$corpus/theirs-edits-512.ogpforum"
edit "$corpus/theirs-edits-512.ogpforum" <<SQL
CREATE TEMP TABLE c AS SELECT * FROM commitment WHERE id = (SELECT max(id) FROM commitment);
UPDATE c SET id = NULL, uid = 'e0000000-0000-4000-8000-000000000010', number = '4',
  title = 'Compromiso añadido en la otra copia', created_at = $now, updated_at = $now;
INSERT INTO commitment SELECT * FROM c;
CREATE TEMP TABLE m AS SELECT * FROM milestone
  WHERE id = (SELECT min(id) FROM milestone WHERE commitment_id = (SELECT max(id) FROM commitment WHERE number <> '4'));
UPDATE m SET id = NULL, uid = 'e0000000-0000-4000-8000-000000000011', position = 0,
  commitment_id = (SELECT id FROM commitment WHERE uid = 'e0000000-0000-4000-8000-000000000010'),
  created_at = $now, updated_at = $now;
INSERT INTO milestone SELECT * FROM m;
INSERT INTO contribution_commitment (uid, created_at, updated_at, contribution_id, commitment_id)
  SELECT 'e0000000-0000-4000-8000-000000000013', $now, $now, (SELECT min(id) FROM contribution),
         (SELECT id FROM commitment WHERE uid = 'e0000000-0000-4000-8000-000000000010');
CREATE TEMP TABLE p AS SELECT * FROM member WHERE id = (SELECT max(id) FROM member);
UPDATE p SET id = NULL, uid = 'e0000000-0000-4000-8000-000000000012', name = 'Luis Quispe Mamani',
  email = 'luis@correo.example', alternate_for = (SELECT min(id) FROM member), created_at = $now, updated_at = $now;
INSERT INTO member SELECT * FROM p;
UPDATE commitment SET lead_agency = 'Ministerio de Economía', updated_at = $now WHERE id = (SELECT max(id) FROM commitment WHERE number <> '4');
UPDATE member SET phone = '+000 2 555 0199', updated_at = $now WHERE id = (SELECT id FROM member ORDER BY id LIMIT 1 OFFSET 2);
UPDATE milestone SET weight = 2.5, updated_at = $now WHERE id = (SELECT min(id) FROM milestone);
UPDATE action_item SET owner_member_id = (SELECT id FROM member ORDER BY id LIMIT 1 OFFSET 3), status = 'done',
  closed_on = '2026-11-30', updated_at = $now WHERE id = (SELECT min(id) FROM action_item);
UPDATE agenda_item SET position = CASE position WHEN 0 THEN 1 ELSE 0 END, updated_at = $now
  WHERE meeting_id = (SELECT max(id) FROM meeting) AND position IN (0, 1);
DELETE FROM contribution WHERE id = (SELECT max(id) FROM contribution);
INSERT INTO activity (uid, created_at, updated_at, actor, action, entity, entity_uid, summary)
  VALUES ('e0000000-0000-4000-8000-000000000014', $now, $now, 'Luis', 'create', 'commitment',
          'e0000000-0000-4000-8000-000000000010', 'Compromiso añadido en la otra copia');
SQL

# THEIRS against OURS: the title OURS changed changed otherwise (a conflict), the commitment whose
# lead agency OURS changed removed with what it holds (edited there, removed here), the milestone
# OURS removed edited (removed there, edited here), the member whose e-mail OURS changed removed
# (references to them emptied), and the attendance OURS added added too, with another uid and status
# (one record by its natural key).
cp "$work/base.ogpforum" "$corpus/theirs-conflicts-512.ogpforum"
edit "$corpus/theirs-conflicts-512.ogpforum" <<SQL
UPDATE commitment SET title = title || ' (versión de Luis)', updated_at = $now WHERE id = (SELECT min(id) FROM commitment);
DELETE FROM commitment WHERE id = (SELECT id FROM commitment ORDER BY id LIMIT 1 OFFSET 1);
UPDATE milestone SET activity = activity || ' (revisado)', updated_at = $now WHERE id = (SELECT max(id) FROM milestone);
DELETE FROM member WHERE id = (SELECT id FROM member ORDER BY id LIMIT 1 OFFSET 1);
INSERT INTO attendance (uid, created_at, updated_at, meeting_id, member_id, name, sector, status)
  SELECT 'e0000000-0000-4000-8000-000000000002', $now, $now, (SELECT max(id) FROM meeting), id, name, sector, 'excused'
  FROM member WHERE id = (SELECT min(id) FROM member);
SQL

# THEIRS of format 3 (no change log: fields that differ are conflicts, no removals): a file of format 3
# made from the format's own steps (core/storage/schema_v1..3.sql), holding what the common ancestor
# holds in the columns format 3 has, then a title and a phone changed there.
f3="$corpus/theirs-format-3-512.ogpforum"
{
  echo "PRAGMA page_size = 512; PRAGMA application_id = 1330073670;" # kApplicationId, "OGPF"
  cat "$root/core/storage/schema_v1.sql" "$root/core/storage/schema_v2.sql" "$root/core/storage/schema_v3.sql"
  echo "PRAGMA user_version = 3;"
} | sqlite3 -bail "$f3"
copy="ATTACH '$work/base.ogpforum' AS base; BEGIN;"
for table in $(sqlite3 "$f3" "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%'"); do
  columns="$(sqlite3 "$f3" "SELECT group_concat(name, ', ') FROM pragma_table_info('$table')")"
  copy+=" INSERT INTO main.$table ($columns) SELECT $columns FROM base.$table;"
done
sqlite3 -bail "$f3" "$copy COMMIT;" # foreign keys off: tables are filled in any order
edit "$f3" <<SQL
UPDATE commitment SET title = 'Título cambiado en una copia de formato 3', updated_at = $now WHERE id = (SELECT min(id) FROM commitment);
UPDATE member SET phone = '+000 2 555 0333', updated_at = $now WHERE id = (SELECT max(id) FROM member);
SQL

# Another forum altogether (another forum uid: merged only when forced).
"$cli" new --name "Another forum" --lang en --time-zone Europe/Madrid "$corpus/other-forum-512.ogpforum" >/dev/null

for seed in "$corpus"/*.ogpforum; do
  compact "$seed"
done

# A forum of format 1, as fuzz_open_forum has it.
cp "$root/tests/fuzz/corpus/fuzz_open_forum/format-v1-512.ogpforum" "$corpus/format-v1-512.ogpforum"

ls -l "$data/merge-ours.ogpforum" "$corpus"
