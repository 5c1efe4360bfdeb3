#!/usr/bin/env bash
# tools/deps.sh: install the Debian 12 packages a task needs, and only those
# that are missing.  Usage: tools/deps.sh build|test|demo  (as root).
set -euo pipefail

build=(make gcc postgresql-15 postgresql-server-dev-15 libical-dev)
test=(python3 python3-holidays python3-dateutil python3-psycopg2 postgresql-15-cron postgresql-15-pgaudit
      python3-icalendar python3-caldav todoman khal radicale vdirsyncer odbc-postgresql unixodbc
      build-essential dpkg-dev debhelper postgresql-server-dev-all sqlsmith)
case "${1:-build}" in
    build) want=("${build[@]}") ;;
    test)  want=("${build[@]}" "${test[@]}") ;;
    demo)  want=("${build[@]}" python3) ;;
    *) echo "usage: $0 build|test|demo" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
