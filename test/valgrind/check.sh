#!/usr/bin/env bash
# test/valgrind/check.sh: the regression suite under valgrind memcheck
# (make valgrind-check; issue "Operations", Robustness).  Not part of
# tools/test.sh: it takes many minutes.
#
# Debian's PostgreSQL is not a USE_VALGRIND build, so memcheck sees malloc,
# not palloc: see doc/operations.md (Valgrind) for what the run can and
# cannot find.  This script
#   - installs this build into a private directory that the cluster loads
#     from (extension_destdir): no install lock, no shared install touched;
#   - initdb's a throwaway cluster and runs the postmaster itself under
#     valgrind (--trace-children=yes; backends are forks of it and are
#     followed anyway), JIT off, one log per process;
#   - runs the pg_regress tests (VALGRIND_TESTS, default all of REGRESS)
#     against it with make installcheck;
#   - stops it and sums up: errors per process log, and every error whose
#     stack has a frame in attendance.so, in full.
# Exit 0 when pg_regress passed and no error was found.  As root (the
# server runs as postgres) or as an ordinary user.
set -uo pipefail
cd "$(dirname "$0")/../.."
top=$PWD
: "${VALGRIND_TESTS:=$(make -s print-regress)}"
: "${VALGRIND_PORT:=54399}"
work=$(mktemp -d /tmp/attendance-valgrind.XXXXXX)
chmod 755 "$work"
as_owner=()
if [ "$(id -u)" = 0 ]; then
    chown postgres: "$work"
    as_owner=(runuser -u postgres --)
fi
bin=/usr/lib/postgresql/15/bin

make -s && make -s install DESTDIR="$work/inst" >/dev/null || exit 1
chmod -R a+rX "$work/inst"
mkdir -p "$work/vg" && chmod 777 "$work/vg"
cp test/valgrind/valgrind.supp "$work/valgrind.supp" && chmod 644 "$work/valgrind.supp"

"${as_owner[@]}" "$bin/initdb" -D "$work/data" -A trust -U postgres --no-sync >/dev/null || exit 1
cat >>"$work/data/postgresql.conf" <<CONF
extension_destdir = '$work/inst'
listen_addresses = ''
unix_socket_directories = '$work'
port = $VALGRIND_PORT
jit = off
autovacuum = off
max_connections = 20
shared_buffers = 32MB
fsync = off
log_min_messages = warning
CONF

"${as_owner[@]}" valgrind --quiet --trace-children=yes --track-origins=yes \
    --leak-check=no --read-var-info=no --num-callers=40 \
    --suppressions="$work/valgrind.supp" \
    --error-markers=VALGRINDERROR-BEGIN,VALGRINDERROR-END \
    --log-file="$work/vg/%p.log" \
    "$bin/postgres" -D "$work/data" >"$work/server.log" 2>&1 &
for i in $(seq 1 120); do
    "$bin/pg_isready" -q -h "$work" -p "$VALGRIND_PORT" && break
    sleep 1
done

export PGHOST=$work PGPORT=$VALGRIND_PORT PGUSER=postgres
start=$(date +%s)
# In the checkout, as tools/run-tests.sh does: some tests write files to
# results/ relative to the working directory (\copy).
rm -rf results regression.diffs regression.out
make -s installcheck ISOLATION= REGRESS="$VALGRIND_TESTS" >"$work/installcheck.log" 2>&1
regress=$?
secs=$(( $(date +%s) - start ))
"${as_owner[@]}" "$bin/pg_ctl" -D "$work/data" -m fast -w -t 600 stop >/dev/null

echo "valgrind-check: $(wc -w <<<"$VALGRIND_TESTS") tests in ${secs}s, pg_regress exit $regress"
grep -E '^(ok|not ok|test |     )|tests (passed|failed)|failed' "$work/installcheck.log" | tail -5
[ "$regress" -eq 0 ] || sed -n 1,80p regression.diffs 2>/dev/null
procs=$(ls "$work/vg" | wc -l)
errors=$(grep -h -c VALGRINDERROR-BEGIN "$work"/vg/*.log | awk '{s += $1} END {print s + 0}')
# A frame of the extension: in attendance.so, or (with its debug info) at a
# line of one of its source files.
files=$(cd src && ls *.c | sed 's/\./\\./' | paste -sd'|')
ours=$(awk -v re="attendance\\.so|[( ](${files}):[0-9]" '/VALGRINDERROR-BEGIN/ {e = ""; inerr = 1} inerr {e = e $0 "\n"} /VALGRINDERROR-END/ {inerr = 0; if (e ~ re) print e}' "$work"/vg/*.log)
echo "$procs processes under valgrind, $errors errors reported"
if [ "$errors" -gt 0 ]; then
    echo "errors by kind (first line):"
    awk '/VALGRINDERROR-BEGIN/ {getline; sub(/^==[0-9]+== /, ""); print}' "$work"/vg/*.log | sort | uniq -c | sort -rn | head -20
fi
if [ -n "$ours" ]; then
    echo "errors with a frame in the extension:"
    echo "$ours" | head -200
fi
echo "logs: $work (VALGRIND_KEEP=1 keeps them)"
[ -n "${VALGRIND_KEEP:-}" ] || rm -rf "$work"
[ "$regress" -eq 0 ] && [ "$errors" -eq 0 ]
