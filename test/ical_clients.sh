#!/usr/bin/env bash
# test/ical_clients.sh: every produced calendar is read by real clients
# (DOMAIN 7 second half; RFC 5545).  The fixture (test/ical_fixture.sql)
# has five deadlines, one of each status: open, overdue-to-be, paused, done,
# cancelled.  Exported with attendance-ical-export (one vdir per style) and
# as feeds (attendance.calendar_feed per role, person and school, both
# styles), then:
#   1. libical (test/ical_parse.c, built here) parses every file back, runs
#      its RFC 5545 restriction check, and lists UID|kind|SEQUENCE|date|STATUS;
#   2. Python's icalendar (Debian python3-icalendar, /usr/bin/python3) does
#      the same; both lists must equal the expected one, counted by hand;
#   3. todoman lists the VTODO vdir: the expected tasks with their due dates
#      and statuses;
#   4. khal imports the VEVENT feed into a temporary calendar and lists the
#      expected all-day events on their due dates.
# Regenerating changes nothing (the export writes no file; the feed is
# byte-identical).  Runs inside the test cluster (tools/run-tests.sh); by hand:
#     flock /tmp/attendance-install.lock sh -c 'make -s install && pg_virtualenv -t -v 15 bash test/ical_clients.sh'
set -euo pipefail
cd "$(dirname "$0")/.."
db=attendance_ical_clients
work=$(mktemp -d)
trap 'rm -rf "$work"; dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
. test/lib/common.sh
export_tool="$(pg_config --bindir)/attendance-ical-export"
[ -x "$export_tool" ] || fail "$export_tool is not installed"

dropdb --if-exists "$db"
createdb "$db"
psql -X -q -d "$db" -f test/ical_fixture.sql >/dev/null

gcc -Wall -Werror -o "$work/ical_parse" test/ical_parse.c -lical

# The expected items (DOMAIN 7 statuses; RFC 5545 3.8.1.11), counted by hand.
expected_todo="attendance-deadline-1|VTODO|1|2025-11-01|NEEDS-ACTION
attendance-deadline-2|VTODO|0|2025-11-03|NEEDS-ACTION
attendance-deadline-3|VTODO|1|2025-11-03|COMPLETED
attendance-deadline-4|VTODO|1|2025-11-03|CANCELLED
attendance-deadline-5|VTODO|0|2025-11-14|NEEDS-ACTION"
expected_event=$(sed 's/VTODO/VEVENT/; s/NEEDS-ACTION\|COMPLETED/CONFIRMED/' <<<"$expected_todo")

# Vdirs through the export tool, feeds through calendar_feed.
"$export_tool" -d "$db" --from 2025-08-01 --to 2026-07-31 "$work/tasks/verzuim"
"$export_tool" -d "$db" --style event --from 2025-08-01 --to 2026-07-31 "$work/events"
mkdir -p "$work/feeds"
feed() {	# feed NAME SQL-ARGS: write attendance.calendar_feed(ARGS) to feeds/NAME.ics, bytes as stored
    psql -X -A -t -q -d "$db" -c "SELECT pg_catalog.encode(pg_catalog.convert_to(attendance.calendar_feed($2), 'UTF8'), 'hex')" |
        /usr/bin/python3 -c 'import sys; sys.stdout.buffer.write(bytes.fromhex(sys.stdin.read().strip()))' > "$work/feeds/$1.ics"
}
for style in todo event; do
    feed "all-$style" "NULL, NULL, '2025-08-01', '2026-07-31', '$style'"
    feed "mentor-$style" "'mentor', NULL, '2025-08-01', '2026-07-31', '$style'"
    feed "person-$style" "NULL, 'mentor-1', '2025-08-01', '2026-07-31', '$style'"
    feed "lpa-$style" "'lpa', NULL, '2025-08-01', '2026-07-31', '$style'"
    feed "school-$style" "NULL, NULL, '2025-08-01', '2026-07-31', '$style', 1, NULL"
    feed "empty-$style" "'jgz', NULL, '2025-08-01', '2026-07-31', '$style'"
done
[ "$(ls "$work/tasks/verzuim" | wc -l)" = 5 ] || fail "the VTODO vdir holds $(ls "$work/tasks/verzuim") instead of 5 items"

# 1. libical parse-back of every file.
all_files=("$work"/feeds/*.ics "$work"/tasks/verzuim/*.ics "$work"/events/*.ics)
"$work/ical_parse" "${all_files[@]}" > "$work/libical.txt" || fail "libical refused a file (see above)"
[ "$("$work/ical_parse" "$work/feeds/all-todo.ics" | sort)" = "$expected_todo" ] || fail "libical: the VTODO feed lists $("$work/ical_parse" "$work/feeds/all-todo.ics")"
[ "$("$work/ical_parse" "$work/feeds/all-event.ics" | sort)" = "$expected_event" ] || fail "libical: the VEVENT feed lists $("$work/ical_parse" "$work/feeds/all-event.ics")"
[ "$("$work/ical_parse" "$work"/tasks/verzuim/*.ics | sort)" = "$expected_todo" ] || fail "libical: the VTODO vdir differs"
[ "$("$work/ical_parse" "$work"/events/*.ics | sort)" = "$expected_event" ] || fail "libical: the VEVENT vdir differs"
[ "$("$work/ical_parse" "$work/feeds/person-todo.ics" | cut -d'|' -f1 | sort | tr '\n' ' ')" = "attendance-deadline-1 attendance-deadline-3 " ] ||
    fail "libical: mentor-1's feed lists $("$work/ical_parse" "$work/feeds/person-todo.ics")"
[ "$("$work/ical_parse" "$work/feeds/lpa-event.ics" | cut -d'|' -f1)" = "attendance-deadline-5" ] || fail "libical: the lpa feed"
[ -z "$("$work/ical_parse" "$work/feeds/empty-todo.ics")" ] || fail "libical: the jgz feed is not empty"
echo "libical: $(wc -l < "$work/libical.txt") items in ${#all_files[@]} files parsed back and restriction-checked"

# 2. Python icalendar parse-back of every file: the same list.
/usr/bin/python3 - "${all_files[@]}" > "$work/python.txt" <<'PY'
import sys
import icalendar
for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        cal = icalendar.Calendar.from_ical(f.read())
    assert cal.name == 'VCALENDAR' and str(cal['VERSION']) == '2.0' and 'PRODID' in cal, path
    for c in cal.walk():
        if c.name not in ('VTODO', 'VEVENT'):
            continue
        d = c.decoded('DUE' if c.name == 'VTODO' else 'DTSTART')
        assert not hasattr(d, 'hour'), '%s: not a DATE' % path
        assert c.decoded('DTSTAMP').tzinfo is not None, '%s: DTSTAMP not UTC' % path
        cats = [str(v) for p in (c.get('CATEGORIES') if isinstance(c.get('CATEGORIES'), list) else [c.get('CATEGORIES')]) for v in p.cats]
        assert len(cats) == 2 and all(',' not in v for v in cats), '%s: CATEGORIES %r' % (path, cats)
        assert str(c['RELATED-TO']).startswith('attendance-case-'), path
        print('%s|%s|%d|%s|%s' % (c['UID'], c.name, int(c['SEQUENCE']), d.isoformat(), c['STATUS']))
PY
[ "$(sort "$work/python.txt")" = "$(sort "$work/libical.txt")" ] || fail "python icalendar and libical read different items"
echo "python icalendar: the same $(wc -l < "$work/python.txt") items"

# 3. todoman lists the VTODO vdir (all statuses), with due dates.
cat > "$work/todoman.py" <<CFG
path = "$work/tasks/*"
cache_path = "$work/todoman-cache.sqlite3"
date_format = "%Y-%m-%d"
time_format = "%H:%M"
default_list = "verzuim"
CFG
todoman --porcelain -c "$work/todoman.py" list --status ANY > "$work/todoman.json"
/usr/bin/python3 - "$work/todoman.json" > "$work/todoman.txt" <<'PY'
import datetime, json, sys
for t in json.load(open(sys.argv[1])):
    due = datetime.datetime.fromtimestamp(t['due']).date().isoformat() if t['due'] else '-'
    print('%s|%s|%s|%s' % (due, t['completed'], t['list'], t['summary']))
PY
cat "$work/todoman.txt"
[ "$(wc -l < "$work/todoman.txt")" = 5 ] || fail "todoman lists $(wc -l < "$work/todoman.txt") tasks, not 5"
grep -q '^2025-11-01|False|verzuim|\[gepauzeerd\] Zaak 1: Mentor neemt contact op' "$work/todoman.txt" || fail "todoman: no paused mentor_contact due 2025-11-01"
grep -q '^2025-11-03|True|verzuim|Zaak 2: Mentor neemt contact op' "$work/todoman.txt" || fail "todoman: no completed task of case 2 due 2025-11-03"
grep -q '^2025-11-03|True|verzuim|Zaak 3: Mentor neemt contact op' "$work/todoman.txt" || fail "todoman: the cancelled task of case 3 is not closed"
grep -q '^2025-11-14|False|verzuim|Zaak 3: Leerplicht neemt contact op' "$work/todoman.txt" || fail "todoman: no lpa task due 2025-11-14"
[ "$(todoman --porcelain -c "$work/todoman.py" list | /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" = 3 ] ||
    fail "todoman's default list (what still needs doing) is not the 3 NEEDS-ACTION tasks"
echo "todoman: 5 tasks, 3 to do"

# 4. khal imports the VEVENT feed into a temporary calendar.
mkdir -p "$work/khal/verzuim"
cat > "$work/khal.conf" <<CFG
[calendars]
[[verzuim]]
path = $work/khal/verzuim
type = calendar
[locale]
local_timezone = Europe/Amsterdam
default_timezone = Europe/Amsterdam
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[sqlite]
path = $work/khal.db
CFG
khal -c "$work/khal.conf" import --batch -a verzuim "$work/feeds/all-event.ics"
khal -c "$work/khal.conf" list --format '{start-date}|{end-date}|{status}{title}' --day-format '' 2025-10-01 60d > "$work/khal.txt"
cat "$work/khal.txt"
[ "$(ls "$work/khal/verzuim" | wc -l)" = 5 ] || fail "khal imported $(ls "$work/khal/verzuim" | wc -l) events, not 5"
[ "$(grep -c '|' "$work/khal.txt")" = 5 ] || fail "khal lists $(grep -c '|' "$work/khal.txt") events, not 5"
grep -q '^2025-11-01|2025-11-01|CONFIRMED \[gepauzeerd\] Zaak 1: Mentor' "$work/khal.txt" || fail "khal: no paused event on 2025-11-01"
grep -q '^2025-11-03|2025-11-03|CANCELLED Zaak 3: Mentor' "$work/khal.txt" || fail "khal: no cancelled event on 2025-11-03"
grep -q '^2025-11-03|2025-11-03|CONFIRMED \[afgerond\] Zaak 2: Mentor' "$work/khal.txt" || fail "khal: no done event on 2025-11-03"
grep -q '^2025-11-14|2025-11-14|CONFIRMED Zaak 3: Leerplicht' "$work/khal.txt" || fail "khal: no lpa event on 2025-11-14"
echo "khal: 5 all-day events on their due dates"

# Regenerating changes nothing.
before=$(md5sum "$work"/feeds/all-todo.ics | cut -d' ' -f1)
feed all-todo "NULL, NULL, '2025-08-01', '2026-07-31', 'todo'"
[ "$(md5sum "$work"/feeds/all-todo.ics | cut -d' ' -f1)" = "$before" ] || fail "a regenerated feed differs"
out=$("$export_tool" -d "$db" --from 2025-08-01 --to 2026-07-31 "$work/tasks/verzuim")
[[ "$out" == *"0 written, 5 unchanged, 0 removed"* ]] || fail "re-export: $out"
echo "ical_clients: passed"
