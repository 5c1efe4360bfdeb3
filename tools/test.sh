#!/usr/bin/env bash
# tools/test.sh: the one command that runs every test.  Installs the Debian
# packages it needs, builds and installs the extension, and runs the whole
# suite against a throwaway PostgreSQL 15 cluster (pg_virtualenv).  The last
# line is "N passed, N failed", counted from the individual results; the
# Debian package (debian/) is built, installed and regression-tested once
# more as one entry of it (tools/package-test.sh).
set -euo pipefail
. "$(dirname "$0")/as-root.sh"
cd "$(dirname "$0")/.."
tools/deps.sh test
make -s clean
# A build that fails is one failed test, so the count line is always printed.
if ! make -s PG_CFLAGS="-Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers" \
        || ! make -s install; then
    echo "FAIL build"
    echo "0 passed, 1 failed"
    exit 1
fi
mkdir -p tmp_check
rm -f tmp_check/summary
status=0
pg_virtualenv -t -v 15 tools/run-tests.sh || status=$?
# Once more against the Debian package instead of make install: build it,
# install it with apt, run the regression suite (tools/package-test.sh).
pkg_status=0
tools/package-test.sh >tmp_check/package.log 2>&1 || pkg_status=$?
if [ "$pkg_status" -eq 0 ]; then
    echo "PASS package/install-and-regress"
else
    echo "FAIL package/install-and-regress"; tail -40 tmp_check/package.log
    status=1
fi
# Repeat the count last, after pg_virtualenv's own closing messages.
if [ -s tmp_check/summary ] && read -r passed _ failed _ <tmp_check/summary; then
    if [ "$pkg_status" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
    echo "$passed passed, $failed failed"
else
    echo "0 passed, 1 failed"
    status=1
fi
exit "$status"
