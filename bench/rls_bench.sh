#!/bin/bash
# bench/rls_bench.sh: what row-level security (issue "Privacy and roles",
# doc/security.md) costs a scoped user's reads.  Run by hand, as root, from
# anywhere:
#
#     bash bench/rls_bench.sh          # about 5 minutes on 2 cores
#
# One run on one throwaway cluster (pg_virtualenv -t -v 15, the private
# install of bench/cluster.sh): a region of BENCH_PUPILS pupils from
# bench/generate_region.sql, loaded through the triggers; the group roles
# (attendance.create_roles()) and three users mapped in user_scope: school
# staff of the largest school, the LPA of the largest municipality, SWV of
# that school's partnership.  Each query is timed as the extension owner
# with the scope written out by hand (WHERE school_id = ..., the result
# a scoped user gets) and as the scoped user without it (the policies do
# the filtering); the ratio is the price of having the database enforce
# it.  A warm-up, then BENCH_REPEAT runs read to the end by psql, the
# median counts.  Summary: bench/results/rls_bench-DATE-COMMIT.txt.
#
# Settings (environment): BENCH_PUPILS (20000), BENCH_SEED (1),
# BENCH_LOAD_DATE (2026-07-02), BENCH_REPEAT (5).
set -euo pipefail

: "${BENCH_PUPILS:=20000}"
: "${BENCH_SEED:=1}"
: "${BENCH_LOAD_DATE:=2026-07-02}"
: "${BENCH_REPEAT:=5}"
export BENCH_PUPILS BENCH_SEED BENCH_LOAD_DATE BENCH_REPEAT

bench_dir=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$bench_dir")

. "$bench_dir/cluster.sh"
bench_enter_cluster "$0" \
    -o fsync=on -o shared_buffers=1GB -o work_mem=32MB -o max_wal_size=8GB -o checkpoint_timeout=30min

# ---------------------------------------------------------------------------
# Inside the cluster.
# ---------------------------------------------------------------------------
work=$BENCH_WORK
commit=$(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo unknown)
mkdir -p "$bench_dir/results"
out="$bench_dir/results/rls_bench-$(date -u +%Y%m%d-%H%M)-$commit.txt"
: > "$out"
say() { echo "$*" | tee -a "$out"; }
db=rls
as_of=$BENCH_LOAD_DATE

say "# attendance row-level security benchmark"
bench_machine "$top" | tee -a "$out"
say "$BENCH_PUPILS pupils, seed $BENCH_SEED, today $as_of; $BENCH_REPEAT timed runs per query after a warm-up (median)"
say ""

psql -X -q -d postgres -c "CREATE DATABASE $db" \
    -c "ALTER DATABASE $db SET attendance.today = '$as_of'" \
    -c "ALTER DATABASE $db SET datestyle = 'ISO, YMD'"
s=$(date +%s)
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -v pupils="$BENCH_PUPILS" -v seed="$BENCH_SEED" -v load_date="$as_of" \
    -f "$bench_dir/generate_region.sql" > "$work/load.log" 2>&1 ||
    { cat "$work/load.log" >&2; echo "generating the region failed" >&2; exit 1; }
say "region loaded in $(( $(date +%s) - s )) s"

# The users and their scope: the school with the most enrolments, its
# partnership, the municipality with the most pupils.
IFS='|' read -r school partnership municipality < <(psql -X -At -F '|' -d "$db" -c "
    SELECT s.school_id, s.partnership,
           (SELECT municipality FROM attendance.pupil GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1)
    FROM attendance.school s
    ORDER BY (SELECT count(*) FROM attendance.enrolment n WHERE n.school_id = s.school_id) DESC, 1 LIMIT 1")
pupil=$(psql -X -At -d "$db" -c "SELECT pupil_id FROM attendance.registration WHERE school_id = $school
                                  GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<SQL > /dev/null
SELECT * FROM attendance.create_roles();
CREATE ROLE bench_staff; GRANT attendance_school_staff TO bench_staff;
CREATE ROLE bench_lpa; GRANT attendance_lpa TO bench_lpa;
CREATE ROLE bench_swv; GRANT attendance_swv TO bench_swv;
INSERT INTO attendance.user_scope (user_name, school_id, municipality, partnership, valid_from) VALUES
    ('bench_staff', $school, NULL, NULL, '2020-01-01'),
    ('bench_lpa', NULL, '$municipality', NULL, '2020-01-01'),
    ('bench_swv', NULL, NULL, '$partnership', '2020-01-01');
ANALYZE;
SQL
say "scope: school $school (partnership $partnership), municipality $municipality; one pupil: $pupil"
say "    rows: $(psql -X -At -d "$db" -c "SELECT format('%s registrations, %s signals, %s deadlines, %s case events',
    (SELECT count(*) FROM attendance.registration), (SELECT count(*) FROM attendance.signal),
    (SELECT count(*) FROM attendance.deadline), (SELECT count(*) FROM attendance.case_event))")"
say ""

# label | user | the user's query | the owner's query with the scope written out.
in_school="pupil_id IN (SELECT pupil_id FROM attendance.enrolment WHERE school_id = $school)"
queries=(
    "one pupil's registrations|bench_staff|SELECT * FROM attendance.registration WHERE pupil_id = $pupil|SELECT * FROM attendance.registration WHERE pupil_id = $pupil AND school_id = $school"
    "school's registrations|bench_staff|SELECT * FROM attendance.registration|SELECT * FROM attendance.registration WHERE school_id = $school"
    "school's pupils|bench_staff|SELECT * FROM attendance.pupil|SELECT * FROM attendance.pupil WHERE $in_school"
    "school's signals|bench_staff|SELECT * FROM attendance.signal|SELECT * FROM attendance.signal WHERE school_id = $school"
    "school's deadline_due|bench_staff|SELECT * FROM attendance.deadline_due|SELECT * FROM attendance.deadline_due WHERE school_id = $school"
    "school's thuiszitter_register|bench_staff|SELECT * FROM attendance.thuiszitter_register|SELECT * FROM attendance.thuiszitter_register WHERE school_id = $school"
    "LPA's pupils (Decision)|bench_lpa|SELECT * FROM attendance.pupil|SELECT * FROM attendance.pupil WHERE pupil_id IN (SELECT attendance.lpa_involved_among(ARRAY(SELECT pupil_id FROM attendance.pupil WHERE municipality = '$municipality')))"
    "LPA's signals (Decision)|bench_lpa|SELECT * FROM attendance.signal|SELECT * FROM attendance.signal WHERE pupil_id IN (SELECT attendance.lpa_involved_among(ARRAY(SELECT pupil_id FROM attendance.pupil WHERE municipality = '$municipality')))"
    "SWV's thuiszitter_register|bench_swv|SELECT * FROM attendance.thuiszitter_register|SELECT * FROM attendance.thuiszitter_register WHERE partnership = '$partnership'"
)
say "$(printf '%-32s %12s %8s %12s %8s %8s' 'query' 'owner ms' 'rows' 'scoped ms' 'rows' 'ratio')"
# measure "label|role|the user's query|the owner's query": one line of the table.
measure() {
    local label role user_sql owner_sql oms orows ums urows ratio flag=""
    IFS='|' read -r label role user_sql owner_sql <<< "$1"
    read -r oms orows < <(bench_time_query "$db" "" "$owner_sql")
    read -r ums urows < <(bench_time_query "$db" "$role" "$user_sql")
    ratio=$(awk -v a="$ums" -v b="$oms" 'BEGIN {printf "%.1fx", (b > 0 ? a / b : 0)}')
    [ "$orows" = "$urows" ] || flag="  (rows differ: the policy and the hand-written scope disagree)"
    say "$(printf '%-32s %12s %8s %12s %8s %8s%s' "$label" "$oms" "$orows" "$ums" "$urows" "$ratio" "$flag")"
}
for q in "${queries[@]}"; do
    measure "$q"
done
# The LPA with the alternative of the Decision: every resident.
psql -X -q -d "$db" -c "INSERT INTO attendance.privacy_setting (name, value) VALUES ('lpa_scope', 'all_residents')"
for q in \
    "LPA's registrations (residents)|bench_lpa|SELECT * FROM attendance.registration|SELECT r.* FROM attendance.registration r JOIN attendance.pupil p USING (pupil_id) WHERE p.municipality = '$municipality'" \
    "LPA's one pupil's registrations|bench_lpa|SELECT * FROM attendance.registration WHERE pupil_id = $pupil|SELECT * FROM attendance.registration WHERE pupil_id = $pupil"; do
    measure "$q"
done
say ""
say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
