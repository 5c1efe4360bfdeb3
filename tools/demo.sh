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
# The region's deadlines as calendar feeds (doc/calendar-items.md), written
# before the throwaway cluster goes: per role an all-day VEVENT file and a
# VTODO vdir (one .ics per deadline).
feeds="${ATTENDANCE_DEMO_FEEDS:-$PWD/tmp_check/demo-feeds}"
rm -rf "$feeds"
mkdir -p "$feeds"
pg_virtualenv -t -v 15 env FEEDS="$feeds" EXPORT="$(pg_config --bindir)/attendance-ical-export" sh -c '
    psql -X -q -v ON_ERROR_STOP=1 -f demo/region.sql && psql -X -f demo/report.sql || exit 1
    for role in $(psql -X -A -t -c "SELECT DISTINCT role FROM attendance.deadline ORDER BY 1"); do
        psql -X -A -t -v ON_ERROR_STOP=1 -v role="$role" > "$FEEDS/$role.ics" <<SQL || exit 1
SELECT attendance.calendar_feed(:'"'"'role'"'"', NULL, date '"'"'2025-08-01'"'"', date '"'"'2026-07-31'"'"', '"'"'event'"'"');
SQL
        "$EXPORT" --role "$role" --from 2025-08-01 --to 2026-07-31 "$FEEDS/tasks/$role" >/dev/null || exit 1
    done'
echo
echo "== Calendar feeds of the demo region (doc/calendar-items.md), in $feeds =="
for f in "$feeds"/*.ics; do
    printf '  %-32s %4d all-day events\n' "$(basename "$f")" "$(grep -c '^BEGIN:VEVENT' "$f")"
done
for d in "$feeds"/tasks/*/; do
    printf '  %-32s %4d tasks (a vdir)\n' "tasks/$(basename "$d")/" "$(ls "$d" | wc -l)"
done
echo "Open them:"
echo "  - in a calendar: import $feeds/mentor.ics (Thunderbird: File > Open > Calendar File;"
echo "    Outlook, Google Calendar: Import), or: khal import -a <calendar> $feeds/mentor.ics"
echo "  - as tasks: todoman with path = \"$feeds/tasks/*\" in ~/.config/todoman/config.py,"
echo "    then: todoman list --status ANY"
echo "  - on a CalDAV server: vdirsyncer with its filesystem storage at $feeds/tasks/mentor/"
echo "    (doc/calendar-items.md, \"Step by step\")"
