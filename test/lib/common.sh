# test/lib/common.sh: sourced by the client tests for the two helpers they
# share.  fail MESSAGE: report and stop the test.  q DATABASE SQL: one value
# or rows of a query, unaligned, stopping on error.
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

q() {
    local db=$1
    shift
    psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$db" -c "$*"
}
