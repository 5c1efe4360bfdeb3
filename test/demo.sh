#!/usr/bin/env bash
# test/demo.sh: the demo (tools/demo.sh's main job) must always run end to
# end: load the demo region into a fresh database of the test cluster and
# print the report, failing on any error, then check that it raised signals.
set -euo pipefail
cd "$(dirname "$0")/.."
dropdb --if-exists attendance_demo
createdb attendance_demo
psql -X -q -v ON_ERROR_STOP=1 -d attendance_demo -f demo/region.sql
psql -X -v ON_ERROR_STOP=1 -d attendance_demo -f demo/report.sql > /tmp/attendance-demo-report.txt
grep -q 'SQLSTATE VZ009' /tmp/attendance-demo-report.txt
dropdb attendance_demo
echo "demo ran end to end"
