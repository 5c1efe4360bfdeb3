#!/usr/bin/env bash
# test/dump_restore.sh: pg_dump / pg_restore of a populated database into a
# fresh one, the way doc/schema.md "Dump and restore" tells a DBA to do it
# (issue "Operations"):
#
#     pg_dump -Fc -d school > school.dump
#     createdb school_restored
#     PGOPTIONS='-c session_replication_role=replica' pg_restore -d school_restored school.dump
#
# The source is the demo region (registrations, history, signals, cases,
# events, deadlines, DUO reports, written through the triggers) plus user
# rows in reference tables (a criterion, a protocol deadline override, a
# school holiday).  Every table must come back with the same rows (compared
# as text, ordered by its first column), no history row or signal may be
# written twice by triggers firing during the restore, shipped rows are not
# duplicated, and every calendar item keeps its UID, SEQUENCE and DTSTAMP
# (the feed is byte-identical).  Afterwards the restored database works: a
# new registration is validated, kept in the history and evaluated, with
# the next free ids.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"; dropdb --if-exists attendance_dump_src; dropdb --if-exists attendance_dump_dst' EXIT

dropdb --if-exists attendance_dump_src
createdb attendance_dump_src
psql -X -q -v ON_ERROR_STOP=1 -d attendance_dump_src -f demo/region.sql
psql -X -q -v ON_ERROR_STOP=1 -d attendance_dump_src <<'SQL'
INSERT INTO attendance.criterion (profile, code, kinds, measure, window_kind, comparator, threshold, action, role, deadline, source)
VALUES ('holland_rijnland', 'hr_late_20', '{late}', 'count', 'school_year', '>=', 20, 'Eigen criterium (test)', 'mentor', '5 schooldagen', 'test');
INSERT INTO attendance.state_deadline (protocol, state, code, term, anchor, role, action, done_by, source)
SELECT protocol, state, code, '5 dagen', anchor, role, action, done_by, 'test: override'
FROM attendance.state_deadline WHERE protocol = 'unauthorised' AND code = 'mentor_contact' AND shipped;
SQL

# Every table's rows as text, ordered; the shipped row counts; the feed.
snapshot() {
    psql -X -A -t -v ON_ERROR_STOP=1 -d "$1" <<'SQL'
SELECT c.relname || ' ' || (xpath('/row/h/text()', query_to_xml(format(
           'SELECT count(*) || '' '' || md5(COALESCE(string_agg(t::text, ''|'' ORDER BY t::text), '''')) AS h FROM attendance.%I t',
           c.relname), false, true, '')))[1]::text
FROM pg_class c WHERE c.relnamespace = 'attendance'::regnamespace AND c.relkind = 'r' ORDER BY 1;
SELECT 'sequence ' || sequencename || ' ' || COALESCE(last_value, 0) FROM pg_sequences WHERE schemaname = 'attendance' ORDER BY 1;
SELECT 'feed ' || md5(attendance.calendar_feed(NULL, NULL, '2025-01-01', '2027-12-31', 'todo'));
SQL
}
snapshot attendance_dump_src > "$work/before"
pg_dump -Fc -d attendance_dump_src > "$work/school.dump"

dropdb --if-exists attendance_dump_dst
createdb attendance_dump_dst
PGOPTIONS='-c session_replication_role=replica' pg_restore --exit-on-error -d attendance_dump_dst "$work/school.dump"
snapshot attendance_dump_dst > "$work/after"
diff -u "$work/before" "$work/after" || { echo "the restored database differs"; exit 1; }

# The restored database works on: a new registration is validated, kept and
# evaluated, with the next free ids.
psql -X -A -t -v ON_ERROR_STOP=1 -d attendance_dump_dst > "$work/next" <<'SQL'
SET attendance.today = '2025-12-19';
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (2, 1, 'late', '2025-12-19', '2025-12-19');
SELECT 'new history rows ' || count(*) FROM attendance.registration_history
WHERE registration_id = (SELECT max(registration_id) FROM attendance.registration);
SELECT 'new id above the restored ones ' || ((SELECT max(registration_id) FROM attendance.registration)
       > (SELECT max(registration_id) FROM attendance.registration WHERE first_day < '2025-12-19' OR kind <> 'late'));
SQL
cat "$work/next"
grep -qx 'new history rows 1' "$work/next"
grep -qx 'new id above the restored ones true' "$work/next"
echo "dump and restore: $(wc -l < "$work/after") tables, sequences and the feed identical; the restored database works on"
