#!/bin/bash
# bench/registers_bench.sh: how the registers, the watch list, the quarterly
# report and the daily evaluation grow with the size of a region (issue
# "Registers and reports", Benchmark).  Run by hand, as root, from anywhere:
#
#     bash bench/registers_bench.sh          # about 30 minutes on 2 cores
#
# One run on one throwaway cluster (pg_virtualenv -t -v 15, the private
# install of bench/cluster.sh).  For each size (10,000, 50,000 and 100,000
# pupils) in turn: a database with the region of bench/generate_region.sql,
# loaded through the triggers (the load time is recorded, phase by phase);
# then, as of the load date, each register function and view, the watch list
# and the quarterly report (a warm-up, then BENCH_REPEAT timed runs read to
# the end by psql, the median counts), and the daily evaluation of all pupils,
# attendance.evaluate(next day), once.  At the largest size the plans of the
# register queries (EXPLAIN ANALYZE, and auto_explain for the statements
# inside functions).  A name that does not exist yet is reported missing,
# never timed.  Summary: bench/results/registers_bench-DATE-COMMIT.txt, the
# figures as .dat and the cost-growth curve as .png (gnuplot, Debian
# gnuplot-nox) beside it.
#
# Settings (environment): BENCH_SIZES ("10000 50000 100000"), BENCH_SEED (1),
# BENCH_LOAD_DATE (2026-07-02: the last day registered; the registers are read
# as of it, evaluate runs for the next day), BENCH_REPEAT (3), BENCH_KEEP=1
# keeps the work directory.
set -euo pipefail

: "${BENCH_SIZES:=10000 50000 100000}"
: "${BENCH_SEED:=1}"
: "${BENCH_LOAD_DATE:=2026-07-02}"
: "${BENCH_REPEAT:=3}"
export BENCH_SIZES BENCH_SEED BENCH_LOAD_DATE BENCH_REPEAT

bench_dir=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$bench_dir")

. "$bench_dir/cluster.sh"
# fsync on (pg_virtualenv turns it off) so the load time means something;
# autovacuum on, as in production; the region is vacuumed and analysed
# before anything is read.
command -v gnuplot > /dev/null || { echo "gnuplot missing: apt-get install gnuplot-nox" >&2; exit 1; }
bench_enter_cluster "$0" \
    -o fsync=on -o shared_buffers=1GB -o work_mem=32MB -o max_wal_size=8GB -o checkpoint_timeout=30min

# ---------------------------------------------------------------------------
# Inside the cluster.
# ---------------------------------------------------------------------------
work=$BENCH_WORK
commit=$(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo unknown)
mkdir -p "$bench_dir/results"
base="$bench_dir/results/registers_bench-$(date -u +%Y%m%d-%H%M)-$commit"
out=$base.txt dat=$base.dat
: > "$out"
say() { echo "$*" | tee -a "$out"; }
t0=$(date +%s)
as_of=$BENCH_LOAD_DATE
next_day=$(date -d "$as_of + 1 day" +%F)
year=$(date -d "$as_of" +%Y)
quarter=$(( ($(date -d "$as_of" +%-m) - 1) / 3 + 1 ))
# The last complete quarter before as_of (the one the Inspectorate asks for).
if [ "$quarter" = 1 ]; then report_year=$((year - 1)) report_quarter=4; else report_year=$year report_quarter=$((quarter - 1)); fi

# The measured queries: label | the object that must exist | the query.
queries=(
    "thuiszitters($as_of)|attendance.thuiszitters(date)|SELECT * FROM attendance.thuiszitters('$as_of')"
    "thuiszitter_register|attendance.thuiszitter_register|SELECT * FROM attendance.thuiszitter_register"
    "long_absence($as_of)|attendance.long_absence(date)|SELECT * FROM attendance.long_absence('$as_of')"
    "long_absence_register|attendance.long_absence_register|SELECT * FROM attendance.long_absence_register"
    "watch_list($as_of)|attendance.watch_list(date)|SELECT * FROM attendance.watch_list('$as_of')"
    "quarterly_report($report_year, $report_quarter)|attendance.quarterly_report(integer,integer)|SELECT * FROM attendance.quarterly_report($report_year, $report_quarter)"
)
# exists DB OBJECT: the function (with its argument types) or relation exists.
exists() {
    psql -X -At -d "$1" -c "SELECT CASE WHEN '$2' LIKE '%(%' THEN to_regprocedure('$2') IS NOT NULL
                                        ELSE to_regclass('$2') IS NOT NULL END"
}
say "# attendance registers benchmark"
bench_machine "$top" | tee -a "$out"
say "sizes: $BENCH_SIZES pupils; seed $BENCH_SEED; load date (today while reading) $as_of; evaluate as of $next_day; $BENCH_REPEAT timed runs per query after a warm-up (median)"
say "pR merged: $(git -C "$top" log -1 --format='%h %s' pR 2>/dev/null | cut -c1-90 || echo '?'); in this commit: $(git -C "$top" merge-base --is-ancestor pR HEAD 2>/dev/null && echo yes || echo no)"
say ""

echo "# pupils load_s evaluate_s $(for q in "${queries[@]}"; do printf '"%s" ' "${q%%|*}"; done)" > "$dat"
largest=$(echo $BENCH_SIZES | tr ' ' '\n' | sort -n | tail -1)
for n in $BENCH_SIZES; do
    db=region_$n
    psql -X -q -d postgres -c "CREATE DATABASE $db" \
        -c "ALTER DATABASE $db SET attendance.today = '$as_of'" \
        -c "ALTER DATABASE $db SET datestyle = 'ISO, YMD'"
    say "## $n pupils"
    say "    load average before loading: $(cut -d' ' -f1-3 /proc/loadavg)"
    s=$(date +%s.%N)
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" -v pupils="$n" -v seed="$BENCH_SEED" -v load_date="$as_of" \
        -f "$bench_dir/generate_region.sql" > "$work/load_$n.log" 2>&1 ||
        { cat "$work/load_$n.log" >&2; echo "generating $n pupils failed" >&2; exit 1; }
    load_s=$(awk -v a="$(date +%s.%N)" -v b="$s" 'BEGIN {printf "%.0f", a - b}')
    load_triggers=$(psql -X -At -d "$db" -c "SELECT round(sum(seconds)) FROM gen.phase")
    say "    load: $load_s s in all (generation, loading through the triggers, VACUUM ANALYZE); of it $load_triggers s writing through the triggers and evaluating:"
    sed 's/^/      /' "$work/load_$n.log" | tee -a "$out" > /dev/null
    say "    size on disk: $(psql -X -At -d "$db" -c "SELECT pg_size_pretty(pg_database_size('$db'))")"
    say "    load average before reading: $(cut -d' ' -f1-3 /proc/loadavg)"
    line="$n $load_s"
    figures=""
    for q in "${queries[@]}"; do
        label=${q%%|*} rest=${q#*|}
        object=${rest%%|*} sql=${rest#*|}
        if [ "$(exists "$db" "$object")" != t ]; then
            say "    $(printf '%-32s' "$label") MISSING in this run ($object does not exist)"
            figures="$figures NaN"
            continue
        fi
        read -r ms rows < <(bench_time_query "$db" "" "$sql")
        say "    $(printf '%-32s %10s ms  %7s rows   (target < 1000 ms)' "$label" "$ms" "$rows")"
        figures="$figures $ms"
    done
    # The daily evaluation of every pupil, for the next day.
    s=$(date +%s.%N)
    raised=$(psql -X -At -v ON_ERROR_STOP=1 -d "$db" -c "SET attendance.today = '$next_day'" -c "SELECT attendance.evaluate('$next_day')" | tail -1)
    eval_s=$(awk -v a="$(date +%s.%N)" -v b="$s" 'BEGIN {printf "%.1f", a - b}')
    say "    $(printf '%-32s %10s s   %7s signals raised   (target < 60 s at 100,000 pupils)' "evaluate($next_day)" "$eval_s" "$raised")"
    echo "$line $eval_s$figures" >> "$dat"
    if [ "$n" = "$largest" ]; then
        say ""
        say "### Plans at $n pupils (EXPLAIN ANALYZE; statements inside the functions over 20 ms by auto_explain)"
        for q in "${queries[@]}"; do
            label=${q%%|*} rest=${q#*|}
            object=${rest%%|*} sql=${rest#*|}
            [ "$(exists "$db" "$object")" = t ] || continue
            say "#### $label"
            psql -X -q -d "$db" 2>&1 <<EOF | sed 's/^/    /' | tee -a "$out" > /dev/null
LOAD 'auto_explain';
SET auto_explain.log_min_duration = 20;
SET auto_explain.log_analyze = on;
SET auto_explain.log_buffers = on;
SET auto_explain.log_nested_statements = on;
SET client_min_messages = log;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $sql;
EOF
        done
    fi
    say "    load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    say ""
    psql -X -q -d postgres -c "DROP DATABASE $db"
done

# The cost-growth curve.
png=$base.png
gnuplot -e "datafile='$dat'; outfile='$png'" "$bench_dir/registers_bench.gp"
say "figures: $(basename "$dat"); curve: $(basename "$png")"
say "total wall time of the benchmark: $(( $(date +%s) - t0 )) s; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -z "${BENCH_KEEP:-}" ] || echo "work directory kept: $work"
echo "results written to $out"
