#!/usr/bin/env bash
# tools/run-tests.sh: run inside a throwaway cluster (tools/test.sh starts it
# with pg_virtualenv): every pg_regress test, then the client tests under
# test/.  Each test is judged on its own output, not on pg_regress's summary:
# a regression test passes when its results file equals its expected file
# (ignoring white space, as pg_regress does).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p tmp_check

passed=0
failed=0
failures=()

record() {	# record NAME STATUS
    if [ "$2" -eq 0 ]; then
        passed=$((passed + 1)); echo "PASS $1"
    else
        failed=$((failed + 1)); failures+=("$1"); echo "FAIL $1"
    fi
}

# pg_regress: run them all, then compare each result with its expected file.
rm -rf results regression.diffs regression.out
make -s installcheck ISOLATION= >/tmp/attendance-installcheck.log 2>&1
tests=$(make -s print-regress)
for t in $tests; do
    ok=1
    if [ -f "results/$t.out" ]; then
        for e in expected/"$t".out expected/"$t"_[0-9].out; do
            [ -f "$e" ] && diff -w -q "$e" "results/$t.out" >/dev/null && ok=0
        done
    fi
    record "regress/$t" "$ok"
done

# Isolation tests: the same, with their results in output_iso/.
rm -rf output_iso
make -s installcheck REGRESS= >/tmp/attendance-isolation.log 2>&1
for t in $(make -s print-isolation); do
    ok=1
    [ -f "output_iso/results/$t.out" ] && diff -w -q "test/expected/$t.out" "output_iso/results/$t.out" >/dev/null && ok=0
    record "isolation/$t" "$ok"
done

# Client tests: each test/*.py or test/*.sh exits 0 on success.
for f in test/*.py; do
    [ -f "$f" ] || continue
    /usr/bin/python3 "$f" >"/tmp/attendance-$(basename "$f").log" 2>&1
    record "client/$(basename "$f")" $?
done
for f in test/*.sh; do
    [ -f "$f" ] || continue
    bash "$f" >"/tmp/attendance-$(basename "$f").log" 2>&1
    record "client/$(basename "$f")" $?
done

if [ "$failed" -gt 0 ]; then
    echo
    echo "Failures:"
    for f in "${failures[@]}"; do
        case "$f" in
            regress/*) diff -u "expected/${f#regress/}.out" "results/${f#regress/}.out" | head -60 ;;
            isolation/*) diff -u "test/expected/${f#isolation/}.out" "output_iso/results/${f#isolation/}.out" | head -60 ;;
            client/*) tail -30 "/tmp/attendance-${f#client/}.log" ;;
        esac
    done
fi
echo "$passed passed, $failed failed" | tee tmp_check/summary
[ "$failed" -eq 0 ]
