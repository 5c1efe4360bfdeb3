#!/usr/bin/env bash
# test/sqlsmith.sh: random SQL (sqlsmith, Debian package sqlsmith) against a
# populated database, the demo region (demo/region.sql), for a bounded number
# of queries; fails if the server crashed (issue "Operations", Robustness).
#
# sqlsmith reads the schema it may use from the catalogs and sends one random
# statement after another (SELECT mostly, some INSERT/UPDATE/DELETE, each in
# a transaction it rolls back, with statement_timeout 1s), calling whatever
# functions and operators it finds with random arguments.  It has no option
# to pick a schema; it is limited to the attendance schema here by running
# as a role that may use no other tables (attendance_smith: every privilege
# on the attendance tables and functions, no superuser) and with
# --exclude-catalog (no pg_catalog or information_schema relations).  The
# built-in functions stay available to it, as they are to any user.
#
# A crash is any of: the server not answering afterwards, the checkpointer
# having been restarted (a backend dying of a signal makes the postmaster
# restart every process), or the server log saying "terminated by signal",
# "terminated by exception" or "reinitializing".  The rows of every table
# must be unchanged (sqlsmith rolls its writes back).
#
# In the suite: a fixed seed and 3000 queries (about half a minute).  Longer:
# make sqlsmith-long (SQLSMITH_LONG_QUERIES, default 100000), which runs this
# script on its own cluster.  Settings: SQLSMITH_SEED, SQLSMITH_QUERIES.
# Run inside a cluster: pg_virtualenv -t -v 15 bash test/sqlsmith.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${SQLSMITH_SEED:=20260420}"
: "${SQLSMITH_QUERIES:=3000}"
db=attendance_smith
work=$(mktemp -d)
trap 'rm -rf "$work"; psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS attendance_smith" >/dev/null 2>&1 || true' EXIT

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS attendance_smith"
createdb "$db"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f demo/region.sql >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<SQL
CREATE ROLE attendance_smith LOGIN PASSWORD '${PGPASSWORD:-smith}';
GRANT CONNECT ON DATABASE $db TO attendance_smith;
GRANT USAGE ON SCHEMA attendance TO attendance_smith;
GRANT ALL ON ALL TABLES IN SCHEMA attendance TO attendance_smith;
GRANT ALL ON ALL SEQUENCES IN SCHEMA attendance TO attendance_smith;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA attendance TO attendance_smith;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER ROLE attendance_smith SET attendance.today = '2025-12-19';
-- Unqualified names reach the extension's operators (term = term) too.
ALTER ROLE attendance_smith SET search_path = attendance, public;
SQL

# The server's log file (pg_virtualenv's cluster), and what identifies this
# run of the postmaster's children.
logfile=$(pg_lsclusters -h 2>/dev/null | awk -v p="${PGPORT:-5432}" '$3 == p { print $7 }')
[ -n "$logfile" ] && [ -r "$logfile" ] && log_from=$(stat -c %s "$logfile") || logfile=
state() {
    psql -X -A -t -d "$db" -c "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'" \
        -c "SELECT string_agg(c.relname || '=' || (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM attendance.%I', c.relname), false, true, '')))[1]::text, ' ' ORDER BY c.relname) FROM pg_class c WHERE c.relnamespace = 'attendance'::regnamespace AND c.relkind = 'r'"
}
state > "$work/before"

start=$(date +%s)
status=0
sqlsmith --target="dbname=$db user=attendance_smith" --seed="$SQLSMITH_SEED" \
    --max-queries="$SQLSMITH_QUERIES" --exclude-catalog --verbose \
    >"$work/sqlsmith.out" 2>"$work/sqlsmith.err" || status=$?
secs=$(( $(date +%s) - start ))
echo "sqlsmith: seed $SQLSMITH_SEED, $SQLSMITH_QUERIES queries in ${secs}s, exit $status"
# Its last report: the errors its statements met, most frequent first (a
# statement that the server refuses is expected; a crash is not).
tr '\r' '\n' <"$work/sqlsmith.err" | awk '
    /^queries: / { n = 0; q = $0 }
    /^[0-9]+\t/ { top[++n] = $0 }
    END { print q " (at the last report)"; for (i = 1; i <= n && i <= 15; i++) print "  " top[i] }'

crashed=0
if ! state > "$work/after" 2>"$work/after.err"; then
    echo "CRASH: the server does not answer after the run"; cat "$work/after.err"; crashed=1
elif [ "$(head -1 "$work/before")" != "$(head -1 "$work/after")" ]; then
    echo "CRASH: the checkpointer was restarted (pid $(head -1 "$work/before") -> $(head -1 "$work/after")): the postmaster reinitialized"
    crashed=1
fi
if [ -n "$logfile" ]; then
    tail -c +"$((log_from + 1))" "$logfile" > "$work/server.log"
    if grep -E 'terminated by signal|terminated by exception|reinitializing|PANIC' "$work/server.log"; then
        echo "CRASH: see the server log above ($logfile)"
        grep -B2 -A8 -E 'terminated by signal|terminated by exception' "$work/server.log" | head -40
        crashed=1
    fi
else
    echo "note: server log not found, judged by the checkpointer pid only"
fi
if [ "$crashed" -eq 0 ] && [ "$(tail -1 "$work/before")" != "$(tail -1 "$work/after")" ]; then
    echo "rows changed:"; diff <(tail -1 "$work/before" | tr ' ' '\n') <(tail -1 "$work/after" | tr ' ' '\n') || true
    crashed=1
fi
# sqlsmith itself stops early (exit status not 0) when it loses its connection.
if [ "$status" -ne 0 ] && [ "$crashed" -eq 0 ]; then
    echo "sqlsmith failed without a server crash:"; tail -20 "$work/sqlsmith.out"
    crashed=1
fi
[ "$crashed" -eq 0 ] && echo "no crash"
exit "$crashed"
