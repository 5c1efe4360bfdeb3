# bench/cluster.sh: the steps every benchmark shares (sourced, not run).
#
#     . "$bench_dir/cluster.sh"
#     bench_enter_cluster "$0" -o shared_buffers=1GB ...   # re-runs the script inside the cluster
#     ... inside: bench_machine (the lines every result file starts with),
#     bench_time_query (the median time of a query, as the owner or a role)
#
# bench_enter_cluster SCRIPT [pg_virtualenv options]: outside the cluster
# (BENCH_IN_CLUSTER unset) builds the extension and installs it into a
# private directory that the cluster loads from (extension_destdir), so that
# someone else's install during the run cannot swap the library underneath
# it (the shared install is not touched); then runs SCRIPT again, as root, inside a
# throwaway cluster (pg_virtualenv -t -v 15) with BENCH_IN_CLUSTER=1 and
# BENCH_WORK (the work directory; BENCH_KEEP=1 keeps it), and exits with its
# status.  Inside the cluster it returns at once.

bench_enter_cluster() {
    local script=$1 top work
    shift
    [ -z "${BENCH_IN_CLUSTER:-}" ] || return 0
    if [ "$(id -u)" != 0 ]; then
        echo "run as root (pg_virtualenv and make install need it)" >&2
        exit 1
    fi
    top=$(cd "$(dirname "$script")/.." && pwd)
    cd "$top"
    make -s
    work=$(mktemp -d /tmp/attendance-bench.XXXXXX)
    chmod 755 "$work"
    # Only the private copy: the shared install is left alone, so no lock is
    # needed and a long CI run holding it does not hold up the benchmark.
    make -s install DESTDIR="$work/inst"
    mkdir "$work/data" && chown postgres: "$work/data"
    [ -n "${BENCH_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
    export BENCH_IN_CLUSTER=1 BENCH_WORK="$work"
    local status=0
    pg_virtualenv -t -v 15 -o "extension_destdir=$work/inst" "$@" bash "$script" || status=$?
    exit "$status"
}

# bench_machine: the commit, machine, server and load average lines (psql on
# database postgres of the running cluster).
bench_machine() {
    local top=$1 commit dirty
    commit=$(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo unknown)
    dirty=$(git -C "$top" status --porcelain -- src Makefile 2>/dev/null | awk 'NR == 1')
    echo "commit $commit (engine: last change to src/ in $(git -C "$top" log -1 --format=%h -- src Makefile 2>/dev/null || echo '?'))${dirty:+, src/ or Makefile modified}, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GB RAM, kernel $(uname -r)"
    echo "server: $(psql -X -At -d postgres -c 'SELECT version()' | cut -d, -f1); fsync=$(psql -X -At -d postgres -c 'SHOW fsync'), shared_buffers=$(psql -X -At -d postgres -c 'SHOW shared_buffers'), autovacuum=$(psql -X -At -d postgres -c 'SHOW autovacuum')"
    echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews the figures)"
}

# bench_time_query DB ROLE SQL: the median ms of BENCH_REPEAT runs after a
# warm-up, as ROLE (empty: the owner), every row read by psql (to
# /dev/null); and the row count.  Inside the cluster (BENCH_WORK).
bench_time_query() {
    local db=$1 role=$2 sql=$3 i f=$BENCH_WORK/timing.out set_role=""
    [ -z "$role" ] || set_role="SET ROLE $role;"
    {
        echo "$set_role"
        echo '\o /dev/null'
        echo "$sql;"
        echo '\timing on'
        for i in $(seq "$BENCH_REPEAT"); do echo "$sql;"; done
    } | psql -X -q -v ON_ERROR_STOP=1 -d "$db" > "$f" 2>&1 || { sed 's/^/      /' "$f" >&2; return 1; }
    local ms rows
    ms=$(awk '/^Time: / {print $2}' "$f" | sort -n | awk '{v[NR] = $1} END {printf "%.1f", v[int((NR + 1) / 2)]}')
    rows=$(psql -X -At -d "$db" -c "$set_role" -c "SELECT count(*) FROM ($sql) t" | tail -1)
    echo "$ms $rows"
}
