#!/usr/bin/env bash
# test/crash.sh: crash safety (issue "Operations").  With the default
# synchronous_commit, a kill -9 of a backend in the middle of a write, and
# of the postmaster (and every server process, as a power cut would) right
# after a commit, loses no committed row and leaves no half-written case.
#
# It runs in a cluster of its own (test/lib/own_cluster.sh): a crash of the
# test runner's cluster would take the other tests down.
#
#  1. Committed work: 10 pupils cross statutory_16h_4w (DOMAIN 4.1), which
#     opens 10 unauthorised cases (DOMAIN 6); the mentor's contact moves
#     each case on (apply_event).  The counts of every table are kept.
#  2. A backend writes more in one transaction (registrations of 10 more
#     pupils: signals, cases, deadlines; an event that files a DUO report)
#     and is killed with SIGKILL before it commits.  The postmaster restarts
#     every backend (crash recovery).  Nothing of that transaction may be
#     there, everything committed before must be.
#  3. The same work is committed; then the postmaster and every server
#     process are killed with SIGKILL and the cluster is started again (WAL
#     replay).  Everything committed must be there.
#
# After each crash the consistency checks (test/sql/consistency.sql) must
# find nothing: a case whose state is not its last event's, a case without
# its opening event, an open deadline in a closed case, a registration
# without exactly one insert in its history, an open automatic signal whose
# protocol has no case for it.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${OWN_CLUSTER_INNER:-}" ]; then
    . test/lib/own_cluster.sh
    status=0
    run_in_own_cluster || status=$?
    [ "$status" -eq 0 ] && echo "crash.sh: passed" || echo "crash.sh: FAILED"
    exit "$status"
fi

fail() { echo "FAIL: $*" >&2; exit 1; }
q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d school -c "$*"; }
wait_ready() {
    local i
    for i in $(seq 1 60); do
        pg_isready -q && psql -X -q -A -t -d school -c 'SELECT 1' >/dev/null 2>&1 && return 0
        sleep 1
    done
    fail "the server did not come back"
}
counts() {
    q "SELECT string_agg(c.relname || '=' || (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM attendance.%I', c.relname), false, true, '')))[1]::text, ' ' ORDER BY c.relname)
       FROM pg_class c WHERE c.relnamespace = 'attendance'::regnamespace AND c.relkind = 'r'
         AND c.relname IN ('registration', 'registration_history', 'signal', 'case', 'case_event', 'case_signal', 'deadline', 'duo_report')"
}
consistent() {
    local problems
    problems=$(psql -X -q -A -t -v ON_ERROR_STOP=1 -d school -f test/sql/consistency.sql)
    [ -z "$problems" ] || fail "after $1: $problems"
}

psql -X -q -v ON_ERROR_STOP=1 -d postgres -c 'CREATE DATABASE school'
[ "$(q 'SHOW synchronous_commit')" = "on" ] || fail "synchronous_commit is not the default"
psql -X -q -v ON_ERROR_STOP=1 -d school >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION attendance;
ALTER DATABASE school SET attendance.today = '2025-11-14';
SET attendance.today = '2025-11-14';
-- Region noord has no holidays loaded and November 2025 no public holiday.
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality)
VALUES (1, '99KA', 'Crash College (fixture)', 'VO', 'statutory', 'noord', 'Testdorp');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality)
SELECT i, 'P-K' || i, '2011-03-01', 'Testdorp' FROM generate_series(1, 20) i;
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) SELECT i, 1, '2025-08-01' FROM generate_series(1, 20) i;
-- 1. Committed work: 18 hours unauthorised in a week for pupils 1-10.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
SELECT i, 1, 'unauthorised', '2025-11-10', '2025-11-12' FROM generate_series(1, 10) i;
SELECT count(attendance.apply_event(case_id, 'contact_made', 'mentor-1', NULL, now(),
       '{"date": "2025-11-14", "attendees": "mentor", "outcome": "gebeld"}')) FROM attendance."case";
SQL
[ "$(q "SELECT count(*) FROM attendance.\"case\" WHERE state = 'contact'")" = 10 ] || fail "fixture: 10 cases in contact expected"
consistent "the fixture"
before=$(counts)

# The transaction of step 2 and 3: pupils 11-20 cross, case 1 files its report.
more_work="INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
           SELECT i, 1, 'unauthorised', '2025-11-10', '2025-11-12' FROM generate_series(11, 20) i;
           SELECT attendance.apply_event((SELECT case_id FROM attendance.\"case\" WHERE pupil_id = 1), 'reported_duo', 'coordinator-1');"

# 2. kill -9 of a backend in the middle of its write.
psql -X -q -d school -v ON_ERROR_STOP=1 -c "SET application_name = 'crash-victim'" \
     -c "BEGIN" -c "$more_work" -c "SELECT pg_sleep(120)" -c "COMMIT" >/dev/null 2>&1 &
victim_client=$!
pid=""
for i in $(seq 1 60); do
    pid=$(q "SELECT pid FROM pg_stat_activity WHERE application_name = 'crash-victim' AND query LIKE '%pg_sleep%' AND state = 'active'")
    [ -n "$pid" ] && break
    sleep 0.5
done
[ -n "$pid" ] || fail "the writing backend never reached its sleep"
[ "$(q "SELECT count(*) FROM attendance.registration")" = 10 ] || fail "uncommitted rows visible"
kill -9 "$pid"
wait "$victim_client" 2>/dev/null || true
wait_ready
after=$(counts)
[ "$after" = "$before" ] || fail "after killing a backend: $before became $after"
consistent "killing a backend"
echo "step 2: backend $pid killed mid-write; the committed rows are all there, none of its own ($after)"

# 3. Commit the work, then kill the postmaster and every server process.
q "$more_work" >/dev/null
committed=$(counts)
[ "$committed" != "$before" ] || fail "step 3 wrote nothing"
datadir=$(q 'SHOW data_directory')
postmaster=$(head -1 "$datadir/postmaster.pid")
children=$(pgrep -P "$postmaster" || true)
kill -9 "$postmaster" $children
for i in $(seq 1 30); do
    kill -0 "$postmaster" 2>/dev/null || break
    sleep 0.5
done
pg_ctlcluster 15 regress start
wait_ready
recovered=$(counts)
[ "$recovered" = "$committed" ] || fail "after killing the postmaster: $committed became $recovered"
consistent "killing the postmaster"
[ "$(q "SELECT state FROM attendance.\"case\" WHERE pupil_id = 1")" = reported ] || fail "case 1 lost its last event"
echo "step 3: postmaster $postmaster and its processes killed after the commit; WAL replay brought back every row ($recovered)"
