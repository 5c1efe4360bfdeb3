#!/usr/bin/env bash
# test/upgrade.sh: the upgrade path (issue "Operations").  Version 1.0 is
# installed on a populated database (the demo region, written through the
# triggers), then ALTER EXTENSION attendance UPDATE brings it to the current
# version.  It must equal a fresh install of the current version in
# everything the catalogs say (test/sql/catalog_snapshot.sql: members,
# columns with types, defaults and comments, constraints, indexes, views,
# functions with their definitions, triggers, policies, types, operators,
# dump configuration, shipped rows), and no row may be lost or added by
# the update.  Before the update, the current library must not give a role
# on 1.0 more than its own privileges.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"; dropdb --if-exists attendance_upgrade; dropdb --if-exists attendance_fresh' EXIT
current=$(sed -n "s/^default_version = '\(.*\)'/\1/p" attendance.control)

dropdb --if-exists attendance_upgrade
createdb attendance_upgrade
psql -X -q -v ON_ERROR_STOP=1 -d attendance_upgrade -c "CREATE EXTENSION attendance VERSION '1.0'"
psql -X -q -v ON_ERROR_STOP=1 -d attendance_upgrade -f demo/region.sql
counts="SELECT c.relname || ' ' || (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM attendance.%I', c.relname), false, true, '')))[1]::text
        FROM pg_class c WHERE c.relnamespace = 'attendance'::regnamespace AND c.relkind = 'r' ORDER BY 1"
# Until the update, the current library serves 1.0's script as 1.0 did: a
# role that may only read moves no case and raises no signal (its own
# privileges apply; the owner's rights come with 1.1's privacy layer).
psql -X -q -v ON_ERROR_STOP=1 -d attendance_upgrade <<'SQL'
DROP ROLE IF EXISTS attendance_upgrade_reader;
CREATE ROLE attendance_upgrade_reader;
GRANT USAGE ON SCHEMA attendance TO attendance_upgrade_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA attendance TO attendance_upgrade_reader;
SQL
trap 'rm -rf "$work"; dropdb --if-exists attendance_upgrade; dropdb --if-exists attendance_fresh; psql -X -q -d postgres -c "DROP ROLE IF EXISTS attendance_upgrade_reader" 2>/dev/null' EXIT
for call in \
    "attendance.open_case((SELECT min(pupil_id) FROM attendance.pupil), 'reduced_timetable', 'x')" \
    "attendance.raise_signal((SELECT min(pupil_id) FROM attendance.enrolment), 'concern', 'mentor', 'x', (SELECT min(school_id) FROM attendance.enrolment))" \
    "attendance.complete_deadline((SELECT min(deadline_id) FROM attendance.deadline WHERE status = 'open'), 'x')" \
    "attendance.apply_event((SELECT min(case_id) FROM attendance.\"case\" WHERE status = 'open'), 'participant_assigned', 'x', NULL, now(), '{\"role\": \"mentor\", \"person\": \"x\"}')"; do
    state=$({ psql -X -q -A -t -v VERBOSITY=sqlstate -d attendance_upgrade -c "SET ROLE attendance_upgrade_reader" -c "SELECT $call" 2>&1 || true; } |
            sed -nE 's/^ERROR: +([0-9A-Z]{5}).*/\1/p')
    [ "$state" = 42501 ] || { echo "on 1.0, a reading role got '${state:-success}' from $call, not 42501"; exit 1; }
done
psql -X -q -d attendance_upgrade -c "DROP OWNED BY attendance_upgrade_reader" -c "DROP ROLE attendance_upgrade_reader"
psql -X -A -t -v ON_ERROR_STOP=1 -d attendance_upgrade -c "$counts" > "$work/rows-before"
psql -X -q -v ON_ERROR_STOP=1 -d attendance_upgrade -c "ALTER EXTENSION attendance UPDATE"
version=$(psql -X -A -t -d attendance_upgrade -c "SELECT extversion FROM pg_extension WHERE extname = 'attendance'")
[ "$version" = "$current" ] || { echo "updated to $version, expected $current"; exit 1; }
psql -X -A -t -v ON_ERROR_STOP=1 -d attendance_upgrade -c "$counts" > "$work/rows-all-after"
# The tables 1.0 had keep their rows; tables new in the update (their shipped
# rows are compared with a fresh install's by the catalog snapshot) are left out.
awk 'NR == FNR { had[$1] = 1; next } ($1 in had)' "$work/rows-before" "$work/rows-all-after" > "$work/rows-after"
diff -u "$work/rows-before" "$work/rows-after" || { echo "the update lost or added rows"; exit 1; }
psql -X -v ON_ERROR_STOP=1 -d attendance_upgrade -f test/sql/catalog_snapshot.sql > "$work/upgraded"

dropdb --if-exists attendance_fresh
createdb attendance_fresh
psql -X -q -v ON_ERROR_STOP=1 -d attendance_fresh -c "CREATE EXTENSION attendance"
psql -X -v ON_ERROR_STOP=1 -d attendance_fresh -f test/sql/catalog_snapshot.sql > "$work/fresh"
diff -u "$work/fresh" "$work/upgraded" || { echo "1.0 + update differs from a fresh $current"; exit 1; }
echo "1.0 updated to $current equals a fresh install ($(wc -l < "$work/fresh") catalog lines); $(wc -l < "$work/rows-after") tables of 1.0, no row lost"
