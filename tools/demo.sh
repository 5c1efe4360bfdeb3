#!/usr/bin/env bash
# tools/demo.sh: the main job.  Installs the Debian packages it needs, builds
# and installs the extension, starts a throwaway PostgreSQL 15 cluster,
# loads the synthetic demo region (demo/region.sql) and prints what the
# extension knows about it (demo/report.sql).
set -euo pipefail
. "$(dirname "$0")/as-root.sh"
cd "$(dirname "$0")/.."
tools/deps.sh demo
make -s
make -s install
pg_virtualenv -t -v 15 sh -c 'psql -X -q -v ON_ERROR_STOP=1 -f demo/region.sql && psql -X -f demo/report.sql'
