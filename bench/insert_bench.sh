#!/bin/bash
# bench/insert_bench.sh: how much the extension costs a registration write
# (issue "Criteria engine", Benchmark).  Run by hand, as root, from anywhere:
#
#     bash bench/insert_bench.sh
#
# One run on one throwaway cluster (pg_virtualenv -t -v 15): a region of
# 50,000 pupils with school year 2025 loaded (bench/region.sql), then
#   1. COPY of 200,000 registrations into the baseline table
#      bench.registration_bare (the same columns, checks, indexes and foreign
#      keys, no triggers) and into attendance.registration (validation,
#      history and evaluation of every shipped criterion);
#   2. pgbench, one registration per transaction, into each table, with
#      synchronous_commit off and on; and the floor (insert_floor.sql): the
#      bare insert plus a history row and the pupil's write_seq, no triggers;
#   3. where the time goes: perf record -g on the backends of a single-row
#      run and (at low frequency) of the COPY, and pg_stat_statements with
#      track = all on a further single-row run.
# Ratios are against the baseline measured in the same run.  The summary
# goes to stdout and to bench/results/insert_bench-DATE-COMMIT.txt.  See
# bench/README.md.
#
# Settings (environment): BENCH_SECONDS (20, each pgbench run),
# BENCH_ROUNDS (3: bare and attendance runs alternate, the median counts),
# BENCH_COPY_ROUNDS (3: the same for each COPY, each round in a fresh copy
# of the region), BENCH_CLIENTS (2), BENCH_PROFILE_SECONDS (15), BENCH_TODAY (2026-03-20,
# the test clock: evaluation runs over the school year up to it).
set -euo pipefail

: "${BENCH_SECONDS:=20}"
: "${BENCH_ROUNDS:=3}"
: "${BENCH_COPY_ROUNDS:=3}"
: "${BENCH_CLIENTS:=2}"
: "${BENCH_PROFILE_SECONDS:=15}"
: "${BENCH_TODAY:=2026-03-20}"
export BENCH_SECONDS BENCH_ROUNDS BENCH_COPY_ROUNDS BENCH_CLIENTS BENCH_PROFILE_SECONDS BENCH_TODAY

bench_dir=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$bench_dir")

. "$bench_dir/cluster.sh"
# fsync on: pg_virtualenv turns it off, and synchronous_commit = on would
# then measure nothing.  Autovacuum off and long checkpoints for steady runs
# (the script runs ANALYZE and CHECKPOINT between phases).
# pg_stat_statements is loaded but tracks nothing, and no query ids are
# computed, except in the run that asks for them.  perf needs root too.
bench_enter_cluster "$0" \
    -o fsync=on -o shared_buffers=1GB -o max_wal_size=8GB -o checkpoint_timeout=30min \
    -o autovacuum=off -o shared_preload_libraries=pg_stat_statements \
    -o pg_stat_statements.track=none -o compute_query_id=off

# ---------------------------------------------------------------------------
# Inside the cluster.
# ---------------------------------------------------------------------------
work=$BENCH_WORK
data=$work/data
commit=$(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo unknown)
mkdir -p "$bench_dir/results"
out="$bench_dir/results/insert_bench-$(date -u +%Y%m%d-%H%M)-$commit.txt"
: > "$out"
say() { echo "$*" | tee -a "$out"; }
div() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -d bench)
q() { "${PSQL[@]}" -At -c "$1"; }
t0=$(date +%s)

psql -X -q -d postgres -c "CREATE DATABASE bench" \
    -c "ALTER DATABASE bench SET attendance.today = '$BENCH_TODAY'" \
    -c "ALTER DATABASE bench SET datestyle = 'ISO, YMD'"

say "# attendance insert benchmark"
bench_machine "$top" | tee -a "$out"
say "attendance.today = $BENCH_TODAY; pgbench: $BENCH_CLIENTS clients, -M prepared, $BENCH_ROUNDS rounds of $BENCH_SECONDS s per table and setting"
say ""

# --- The region --------------------------------------------------------------
s=$(date +%s.%N)
"${PSQL[@]}" -v copy_file="$data/copy.txt" -f "$bench_dir/region.sql" > "$work/region.log"
q "CREATE EXTENSION pg_stat_statements"
# A copy of the region as it stands now (only pupil, enrolment and the bench
# tables analysed: the extension's own tables as CREATE EXTENSION left them).
psql -X -q -d postgres -c "CREATE DATABASE bench_fresh TEMPLATE bench" \
    -c "ALTER DATABASE bench_fresh SET attendance.today = '$BENCH_TODAY'" \
    -c "ALTER DATABASE bench_fresh SET datestyle = 'ISO, YMD'"
say "## Region (set-up, not measured: $(awk -v a="$(date +%s.%N)" -v b="$s" 'BEGIN {printf "%.0f", a - b}') s)"
sed 's/^/    /' "$work/region.log" | tee -a "$out" > /dev/null
say "    library loaded: $("${PSQL[@]}" -At -c "SELECT attendance.today() IS NOT NULL; SELECT substring(pg_read_file('/proc/self/maps') FROM '/[^ ]*attendance[.]so')" | tail -1)"
say ""

# --- COPY ----------------------------------------------------------------------
# copy_run DB TABLE LABEL: COPY the 200,000 registrations into TABLE in one
# statement (autocommit, so the time includes the AFTER STATEMENT trigger and
# the commit); perf samples the backend at 99 Hz meanwhile.
copy_run() {
    local db=$1 table=$2 label=$3 pidfile=$work/copy_$3.pid
    rm -f "$pidfile"
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" -At -v pidfile="$pidfile" -v copy_file="$data/copy.txt" > "$work/copy_$label.out" <<EOF &
\o :pidfile
SELECT pg_backend_pid();
\o
SELECT pg_sleep(2);
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
COPY $table (pupil_id, school_id, kind, first_day, last_day, lesson_hours) FROM :'copy_file';
SELECT round((extract(epoch FROM clock_timestamp()) - :t0)::numeric, 2) AS seconds \gset
\echo :seconds
EOF
    local psql_pid=$!
    while [ ! -s "$pidfile" ] && kill -0 "$psql_pid" 2>/dev/null; do sleep 0.1; done
    perf record -q -F 99 -g -p "$(cat "$pidfile")" -o "$work/copy_$label.perf" 2> "$work/perf_copy_$label.log" &
    local perf_pid=$!
    wait "$psql_pid"
    kill -INT "$perf_pid"; wait "$perf_pid" || true
    psql -X -q -d "$db" -c "CHECKPOINT"
    tail -1 "$work/copy_$label.out"
}
signals_of() {
    psql -X -At -d "$1" -c "SELECT format('%s registrations, %s history rows, %s signals (%s open) over %s pupils',
        (SELECT count(*) FROM attendance.registration), (SELECT count(*) FROM attendance.registration_history),
        count(*), count(*) FILTER (WHERE status = 'open'), count(DISTINCT pupil_id)) FROM attendance.signal"
}
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
# copy_rounds TEMPLATE SUFFIX: BENCH_COPY_ROUNDS rounds of a bare COPY and an
# attendance COPY, each round but the last in a fresh copy of TEMPLATE, the
# last in TEMPLATE itself (perf keeps that one); prints the bare times, a
# bar, the attendance times.
copy_rounds() {
    local template=$1 suffix=$2 r db bares=() atts=()
    for r in $(seq "$BENCH_COPY_ROUNDS"); do
        db=$template
        if [ "$r" -lt "$BENCH_COPY_ROUNDS" ]; then
            db=${template}_round$r
            psql -X -q -d postgres -c "CREATE DATABASE $db TEMPLATE $template" \
                -c "ALTER DATABASE $db SET attendance.today = '$BENCH_TODAY'" \
                -c "ALTER DATABASE $db SET datestyle = 'ISO, YMD'"
        fi
        bares+=("$(copy_run "$db" bench.registration_bare "bare$suffix")")
        atts+=("$(copy_run "$db" attendance.registration "attendance$suffix")")
        [ "$db" = "$template" ] || psql -X -q -d postgres -c "DROP DATABASE $db"
    done
    echo "${bares[*]}|${atts[*]}"
}
copy_report() {
    local runs=$1 bare att
    bare=$(median ${runs%%|*})
    att=$(median ${runs##*|})
    say "    bare table                $bare s   [${runs%%|*}]"
    say "    attendance.registration   $att s   [${runs##*|}]   (validation + history + evaluation)"
    say "    throughput ratio          $(div "$bare" "$att")x the bare COPY (medians)   (target >= 0.3x; PL/pgSQL reference 0.12x)"
}
say "## COPY of 200,000 registrations (one statement, 50,000 pupils), median of $BENCH_COPY_ROUNDS rounds"
# (a) The extension's tables with the statistics CREATE EXTENSION left them.
runs_a=$(copy_rounds bench_fresh _fresh)
say "  (a) statistics as installed (only the loaded pupils and enrolments analysed):"
copy_report "$runs_a"
say "    after it: $(signals_of bench_fresh)"
psql -X -q -d postgres -c "DROP DATABASE bench_fresh"
# (b) After a database-wide VACUUM ANALYZE, as a DBA runs after loading the
# pupils: attendance.signal is then analysed while empty.  The last round
# loads bench itself, which the single-row runs go on from.
"${PSQL[@]}" -c "VACUUM ANALYZE" -c "CHECKPOINT"
runs_b=$(copy_rounds bench "")
say "  (b) after a database-wide VACUUM ANALYZE of the loaded region:"
copy_report "$runs_b"
say "    after it: $(signals_of bench)"
say "    signals by code: $(q "SELECT string_agg(code || ' ' || n, ', ' ORDER BY n DESC) FROM (SELECT code, count(*) n FROM attendance.signal GROUP BY code) t")"
"${PSQL[@]}" -c "VACUUM ANALYZE" -c "CHECKPOINT"
say ""

# --- Single-row inserts ----------------------------------------------------------
# bench_run TARGET SYNC: pgbench inserting one registration per transaction
# (TARGET bare, floor or attendance: bench/insert_TARGET.sql);
# prints the tps, and checks every transaction inserted exactly one row.
rows_of() { q "SELECT count(*) FROM $1"; }
bench_run() {
    local target=$1 sync=$2 table before after n tps log=$work/pgbench_$1_$2.log
    table=$([ "$target" = attendance ] && echo attendance.registration || echo bench.registration_bare)
    before=$(rows_of "$table")
    PGOPTIONS="-c synchronous_commit=$sync" pgbench -n -M prepared -c "$BENCH_CLIENTS" -j "$BENCH_CLIENTS" \
        -T "$BENCH_SECONDS" -f "$bench_dir/insert_$target.sql" bench > "$log" 2>&1 ||
        { cat "$log" >&2; echo "pgbench failed ($target, synchronous_commit=$sync)" >&2; exit 1; }
    after=$(rows_of "$table")
    n=$(awk -F': ' '/number of transactions actually processed/ {print $2}' "$log" | cut -d/ -f1)
    tps=$(awk '/^tps = / {print $3}' "$log")
    if [ "$((after - before))" != "$n" ]; then
        echo "$target: $n transactions but $((after - before)) rows inserted (slots used up? see bench.slot)" >&2
        exit 1
    fi
    "${PSQL[@]}" -c "CHECKPOINT"
    printf '%.0f' "$tps"
}
say "## Single-row inserts (pgbench, one registration per transaction, $BENCH_CLIENTS clients)"
say "    median tps of $BENCH_ROUNDS alternating $BENCH_SECONDS-s runs per table, [all runs]"
# median: the middle of the numbers given (the lower middle for an even count).
signals_before=$(q "SELECT count(*) FROM attendance.signal")
for sync in off on; do
    bares=() floors=() atts=()
    for _ in $(seq "$BENCH_ROUNDS"); do
        bares+=("$(bench_run bare "$sync")")
        floors+=("$(bench_run floor "$sync")")
        atts+=("$(bench_run attendance "$sync")")
    done
    bare=$(median "${bares[@]}") floor=$(median "${floors[@]}") att=$(median "${atts[@]}")
    say "    synchronous_commit=$sync: bare $bare tps [${bares[*]}], floor $floor tps [${floors[*]}], attendance $att tps [${atts[*]}]"
    say "        ratio $(div "$att" "$bare")x the bare insert   (target >= 0.75x; PL/pgSQL reference 0.45x)"
    say "        floor $(div "$floor" "$bare")x: the history row and the pupil's write_seq alone, no evaluation (insert_floor.sql)"
done
say "    every transaction inserted one valid row; signals raised by the single-row runs: $(( $(q "SELECT count(*) FROM attendance.signal") - signals_before ))"
say ""

# --- Where the time goes -----------------------------------------------------------
# backends_of_pgbench N: the pids of the N pgbench backends, once connected.
backends_of_pgbench() {
    local pids=""
    for _ in $(seq 100); do
        pids=$(q "SELECT string_agg(pid::text, ',') FROM pg_stat_activity WHERE application_name = 'pgbench' AND datname = 'bench'")
        [ "$(echo "$pids" | tr ',' '\n' | grep -c .)" -ge "$1" ] && break
        sleep 0.1
    done
    echo "$pids"
}
PGOPTIONS="-c synchronous_commit=off" pgbench -n -M prepared -c "$BENCH_CLIENTS" -j "$BENCH_CLIENTS" \
    -T "$((BENCH_PROFILE_SECONDS + 3))" -f "$bench_dir/insert_attendance.sql" bench > "$work/pgbench_profile.log" 2>&1 &
pgbench_pid=$!
pids=$(backends_of_pgbench "$BENCH_CLIENTS")
perf record -q -F 999 -g -p "$pids" -o "$work/single.perf" -- sleep "$BENCH_PROFILE_SECONDS" 2> "$work/perf_single.log" || true
wait "$pgbench_pid"
"${PSQL[@]}" -c "CHECKPOINT"

# pg_stat_statements, track = all: which of the trigger's queries cost most.
q "SELECT pg_stat_statements_reset()" > /dev/null
PGOPTIONS="-c synchronous_commit=off -c compute_query_id=on -c pg_stat_statements.track=all" \
    pgbench -n -M prepared -c "$BENCH_CLIENTS" -j "$BENCH_CLIENTS" -T 10 \
    -f "$bench_dir/insert_attendance.sql" bench > "$work/pgbench_pgss.log" 2>&1
pgss_tx=$(awk -F': ' '/number of transactions actually processed/ {print $2}' "$work/pgbench_pgss.log" | cut -d/ -f1)

# perf_summary FILE: the extension's functions by inclusive share, then the
# hottest functions by their own share.
perf_summary() {
    local f=$1 nself=${2:-25}
    echo "    where the backend's CPU samples fall (bench/perf_attrib.py):"
    perf script -i "$f" -F comm,ip,sym 2>/dev/null > "$f.script" || true
    python3 "$bench_dir/perf_attrib.py" "$f.script" || true
    echo "    inclusive (children) share of backend CPU samples, attendance.so functions and key callees:"
    perf report -i "$f" --children --sort symbol -g none --stdio 2>/dev/null |
        grep -E '^ +[0-9]' |
        grep -E 'attendance_registration_write|ProcessStatement|ValidatePupil|EvaluatePupil |EvaluatePupils|EvalBegin|LoadCriteria|LoadKinds|LoadPupil|LockPupil|WriteHistory|CountedLast|CheckEnrolled|PupilTimeInit|school_calendar_load|EvaluateSchoolYear|EvaluateAbsolute|BuildDays|FindRuns|FindRepeatRuns|WindowStart|Reconcile|RaiseSignal|SignalRaise|SignalWithdraw|due_date_compute|GetSchool|ResolveCriteria|ExecPlan|SPI_execute_plan|SPI_execute_with_args|SPI_execute |pg_parse_query|pg_analyze_and_rewrite|pg_plan_queries|GetCachedPlan|ExecutorStart|ExecInsert|ExecutorEnd|AfterTriggerEndQuery|CommitTransaction|XLogFlush|to_jsonb|PostgresMain' |
        awk 'NR <= 45 {printf "      %7s %7s  %s\n", $1, $2, $4}' || true
    echo "    self share, top $nself:"
    perf report -i "$f" --no-children --sort dso,symbol -g none --stdio 2>/dev/null |
        grep -E '^ +[0-9]' | awk -v n="$nself" 'NR <= n {printf "      %7s  %-18s %s\n", $1, $2, $4}' || true
}
say "## Where the time goes"
say "### Single-row inserts into attendance.registration: perf record -g (999 Hz) on the $BENCH_CLIENTS backends for $BENCH_PROFILE_SECONDS s ($(awk '/^tps = / {printf "%.0f", $3}' "$work/pgbench_profile.log") tps while profiled)"
perf_summary "$work/single.perf" | tee -a "$out"
say ""
say "### COPY (a) into attendance.registration: perf record -g (99 Hz) on its backend"
perf_summary "$work/copy_attendance_fresh.perf" | tee -a "$out"
say ""
say "### COPY (b) into attendance.registration: perf record -g (99 Hz) on its backend"
perf_summary "$work/copy_attendance.perf" 12 | tee -a "$out"
say ""
say "### pg_stat_statements (track = all) over $pgss_tx single-row transactions: the costliest statements"
say "    (nested statements run inside the INSERT, whose time includes theirs)"
"${PSQL[@]}" -c "SELECT round(total_exec_time::numeric, 0) AS total_ms,
       round((calls::numeric / $pgss_tx), 2) AS calls_per_tx,
       round((total_exec_time / $pgss_tx * 1000)::numeric, 1) AS us_per_tx,
       round(mean_exec_time::numeric * 1000, 1) AS us_per_call,
       left(regexp_replace(query, '\s+', ' ', 'g'), 110) AS query
FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'bench')
ORDER BY total_exec_time DESC LIMIT 20" | sed 's/^/    /' | tee -a "$out"
"${PSQL[@]}" -c "SELECT round((sum(calls) FILTER (WHERE NOT toplevel))::numeric / $pgss_tx, 1) AS nested_statements_per_tx
FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'bench')" | sed 's/^/    /' | tee -a "$out"
say ""
say "total wall time of the benchmark: $(( $(date +%s) - t0 )) s; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -z "${BENCH_KEEP:-}" ] || echo "work directory kept: $work"
echo "results written to $out"
