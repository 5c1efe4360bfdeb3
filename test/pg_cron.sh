#!/usr/bin/env bash
# test/pg_cron.sh: scheduling the daily evaluation with pg_cron works
# (doc/signals.md "Time-driven criteria"; DOMAIN 4.8: an open sick episode
# crosses "more than 7 consecutive schooldagen" without a new row, so
# attendance.evaluate() must run every day).
#
# pg_cron (Debian postgresql-15-cron, version 1.4) must be in
# shared_preload_libraries and lives in one database, cron.database_name, so
# this cannot run in pg_regress.  The script starts its own throw-away
# cluster with pg_virtualenv (on a free port: the test runner's cluster
# keeps its own), with
#
#     shared_preload_libraries = 'pg_cron'
#     cron.database_name = 'postgres'
#     cron.host = '/var/run/postgresql'     (pg_cron connects over the Unix
#                                            socket: peer authentication, no
#                                            password for the job)
#
# creates pg_cron in 'postgres' and attendance in a separate database
# 'school', and loads a small fixture: a Brabant Noordoost VO school (profile
# rbl_brabant_noordoost, criterion bno_sick_7d: sick "langer aaneen dan 7
# schooldagen", DOMAIN 4.3) and a pupil whose sick episode runs from Monday
# 2025-11-03 with no end (no betermelding yet).  On the test clock's
# 2025-11-11 that is 7 schooldagen: no signal.  The database's clock is then
# moved to Wednesday 2025-11-12 (the 8th schooldag) with
#
#     ALTER DATABASE school SET attendance.today = '2025-11-12';
#
# and the evaluation is scheduled every minute in database 'school':
#
#     SELECT cron.schedule_in_database('attendance-evaluate', '* * * * *',
#                                      'SELECT attendance.evaluate()', 'school');
#
# The script waits (at most 90 s) until cron.job_run_details shows a
# succeeded run, then checks that exactly one signal was raised, bno_sick_7d
# crossing on 2025-11-12 with 8 schooldagen, due 5 schooldagen later
# (2025-11-19), raised within that run by the job's user, and that running
# the evaluation again raises nothing (it is idempotent).
#
# In production, once a day; pg_cron 1.4 reads schedules in GMT (it has no
# cron.timezone), while evaluate() takes today in Europe/Amsterdam, so run it
# early in the morning UTC, e.g. 05:15 UTC = 06:15 CET / 07:15 CEST:
#
#     SELECT cron.schedule_in_database('attendance-daily', '15 5 * * *',
#                                      'SELECT attendance.evaluate()', 'school');
#
# evaluate() has EXECUTE revoked from PUBLIC: schedule it as its owner, or
# GRANT EXECUTE ON FUNCTION attendance.evaluate(date) to the job's user.
#
# Run by tools/run-tests.sh as root (bash test/pg_cron.sh), after the
# extension is installed; by hand:
#     flock /tmp/attendance-install.lock sh -c 'make -s install && bash test/pg_cron.sh'
# Installs postgresql-15-cron with apt-get when it is missing.  Exits
# non-zero on any failure; pg_virtualenv drops the cluster on exit.

set -euo pipefail

WAIT_SECONDS=90

if [ -z "${OWN_CLUSTER_INNER:-}" ]; then
    if ! dpkg-query -W -f='${Status}' postgresql-15-cron 2>/dev/null | grep -q '^install ok installed$'; then
        echo "pg_cron.sh: installing postgresql-15-cron"
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -qq --no-install-recommends postgresql-15-cron >/dev/null 2>&1 ||
            { apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql-15-cron >/dev/null; }
    fi
    . "$(dirname "$0")/lib/own_cluster.sh"
    status=0
    run_in_own_cluster \
        -o shared_preload_libraries=pg_cron \
        -o cron.database_name=postgres \
        -o cron.host=/var/run/postgresql || status=$?
    if [ "$status" -eq 0 ]; then
        echo "pg_cron.sh: passed"
    else
        echo "pg_cron.sh: FAILED"
    fi
    exit "$status"
fi

# ---------------------------------------------------------------------------
# Inside our own cluster.
# ---------------------------------------------------------------------------

. "$(dirname "$0")/lib/common.sh"

[ "$(q postgres 'SHOW shared_preload_libraries')" = "pg_cron" ] ||
    fail "pg_cron is not preloaded"

q postgres "CREATE EXTENSION pg_cron"
q postgres "CREATE DATABASE school"

# Fixture (invented holiday, pseudonymous pupil), on the test clock's 2025-11-11.
psql -X -q -v ON_ERROR_STOP=1 -d school <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION attendance;
SET attendance.today = '2025-11-11';
SET datestyle = 'ISO, YMD';
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality)
VALUES (1, '99XC', 'Brabant College (fixture)', 'VO', 'rbl_brabant_noordoost', 'zuid', 'Testdorp');
INSERT INTO attendance.school_holiday (holiday_region, name, first_day, last_day)
VALUES ('zuid', 'herfstvakantie (fixture)', '2025-10-25', '2025-11-02');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality)
VALUES (1, 'P-0001', '2012-03-01', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (1, 1, '2025-08-01');
-- A running sick episode (ziekmelding on Monday, no betermelding yet).
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (1, 1, 'sick', '2025-11-03', NULL);
SQL

n=$(q school "SET attendance.today = '2025-11-11'; SELECT count(*) FROM attendance.signal")
[ "$n" = "0" ] || fail "on 2025-11-11 (7 schooldagen sick) there must be no signal yet, found $n"

# The job's sessions in 'school' see the test clock on the 8th schooldag.
q school "ALTER DATABASE school SET attendance.today = '2025-11-12'"

jobid=$(q postgres "SELECT cron.schedule_in_database('attendance-evaluate', '* * * * *', 'SELECT attendance.evaluate()', 'school')")
echo "pg_cron.sh: scheduled job $jobid at $(date -u +%H:%M:%S) UTC; waiting for a run (at most ${WAIT_SECONDS} s)"

run=""
for _ in $(seq 1 $((WAIT_SECONDS / 2))); do
    run=$(q postgres "SELECT status, COALESCE(return_message, ''), start_time, end_time FROM cron.job_run_details
                      WHERE jobid = $jobid AND status IN ('succeeded', 'failed') ORDER BY runid LIMIT 1")
    [ -n "$run" ] && break
    sleep 2
done
[ -n "$run" ] || fail "no finished run of job $jobid in cron.job_run_details within ${WAIT_SECONDS} s: $(q postgres 'SELECT * FROM cron.job_run_details')"
echo "pg_cron.sh: run: $run"
IFS='|' read -r status message start_time end_time <<<"$run"
[ "$status" = "succeeded" ] || fail "the job failed: $message"
q postgres "SELECT cron.unschedule($jobid)" >/dev/null

signals=$(q school "SET datestyle = 'ISO, YMD';
                    SELECT code || ' ' || crossing_date || ' ' || measured || ' ' || due_date || ' ' || status || ' ' || raised_by
                    FROM attendance.signal ORDER BY signal_id")
echo "pg_cron.sh: signals: $signals"
[ "$signals" = "bno_sick_7d 2025-11-12 8.0000 2025-11-19 open postgres" ] ||
    fail "expected one open signal bno_sick_7d crossing 2025-11-12, 8 schooldagen, due 2025-11-19 (5 schooldagen), raised by postgres; got: $signals"

in_run=$(q school "SELECT count(*) FROM attendance.signal
                   WHERE raised_at BETWEEN '$start_time'::timestamptz AND '$end_time'::timestamptz")
[ "$in_run" = "1" ] || fail "the signal was not raised during the cron run ($start_time .. $end_time)"

again=$(q school "SELECT attendance.evaluate()")
[ "$again" = "0" ] || fail "evaluate() after the cron run raised $again more signals"

echo "pg_cron.sh: the scheduled evaluation raised the signal"
