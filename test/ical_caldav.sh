#!/usr/bin/env bash
# test/ical_caldav.sh: a real CalDAV round trip (DOMAIN 7: "a regenerated
# feed updates, never duplicates, an item"; RFC 5545 3.8.4.7 UID, 3.8.7.4
# SEQUENCE, 3.8.1.11 STATUS; RFC 4791 CalDAV).  Starts Radicale (Debian
# radicale) on a free loopback port with a temporary storage folder and no
# authentication, creates a calendar with python3-caldav, writes the
# fixture's deadlines (test/ical_fixture.sql) as a vdir with
# attendance-ical-export and syncs it with vdirsyncer, then reads the
# collection back with python3-caldav:
#   1. the server holds the 5 items, each once, with the fixture's SEQUENCEs;
#   2. a deadline changes (case 1's paused mentor_contact is resumed: a new
#      DUE, SEQUENCE 1 -> 2); export and sync again: still 5 items, the
#      changed one with the higher SEQUENCE and the new DUE, none duplicated;
#   3. the case moves on (reported_duo): its mentor_contact is cancelled and
#      its duty done, and the new state adds lpa_takes_up; export and sync:
#      6 items, the cancelled one CANCELLED on the server;
#   4. a sync with nothing changed uploads nothing (the export writes no file).
# The server is stopped by a trap on exit; no network beyond 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
db=attendance_ical_caldav
work=$(mktemp -d)
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
    dropdb --if-exists "$db" >/dev/null 2>&1 || true
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; [ -f "$work/radicale.log" ] && tail -20 "$work/radicale.log" >&2; exit 1; }
export_tool="$(pg_config --bindir)/attendance-ical-export"

dropdb --if-exists "$db"
createdb "$db"
psql -X -q -d "$db" -f test/ical_fixture.sql >/dev/null

# Radicale on a free loopback port.
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$work/radicale.conf" <<CFG
[server]
hosts = 127.0.0.1:$port
[auth]
type = none
[rights]
type = owner_only
[storage]
filesystem_folder = $work/radicale-storage
[logging]
level = warning
CFG
/usr/bin/python3 -m radicale --config "$work/radicale.conf" >"$work/radicale.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 50); do
    /usr/bin/python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
    sleep 0.1
done
kill -0 "$server_pid" 2>/dev/null || fail "radicale did not start"
url="http://127.0.0.1:$port/mentor-1/verzuim/"

caldav_py() {	# caldav_py create|list: talk to the server with python3-caldav
    /usr/bin/python3 - "$1" "http://127.0.0.1:$port/" "$url" <<'PY'
import sys
import caldav
import icalendar
mode, base, url = sys.argv[1:]
client = caldav.DAVClient(base, username='mentor-1', password='x')
if mode == 'create':
    client.principal().make_calendar(name='Verzuimtermijnen', cal_id='verzuim',
                                     supported_calendar_component_set=['VTODO', 'VEVENT'])
    sys.exit(0)
cal = caldav.Calendar(client=client, url=url)
rows = []
for obj in cal.objects_by_sync_token(load_objects=True):
    for c in icalendar.Calendar.from_ical(obj.data).walk('VTODO'):
        rows.append('%s|%d|%s|%s' % (c['UID'], int(c['SEQUENCE']), c.decoded('DUE').isoformat(), c['STATUS']))
# The same collection through a calendar-query REPORT (RFC 4791 7.8) for to-dos.
todos = cal.todos(include_completed=True)
assert len(todos) == len(rows), 'calendar-query finds %d to-dos, sync-collection %d' % (len(todos), len(rows))
print('\n'.join(sorted(rows)))
PY
}
caldav_py create || fail "could not create the calendar"

cat > "$work/vdirsyncer.conf" <<CFG
[general]
status_path = "$work/vdirsyncer-status/"

[pair verzuim]
a = "verzuim_local"
b = "verzuim_server"
collections = null
conflict_resolution = "a wins"

[storage verzuim_local]
type = "filesystem"
path = "$work/vdir/"
fileext = ".ics"

[storage verzuim_server]
type = "caldav"
url = "$url"
username = "mentor-1"
password = "x"
CFG
sync() {
    "$export_tool" -d "$db" --from 2025-08-01 --to 2026-07-31 "$work/vdir"
    vdirsyncer -c "$work/vdirsyncer.conf" sync >"$work/sync.log" 2>&1 || { cat "$work/sync.log"; fail "vdirsyncer sync failed"; }
    cat "$work/sync.log"
}
"$export_tool" -d "$db" --from 2025-08-01 --to 2026-07-31 "$work/vdir" >/dev/null
vdirsyncer -c "$work/vdirsyncer.conf" discover </dev/null >"$work/discover.log" 2>&1 || { cat "$work/discover.log"; fail "vdirsyncer discover failed"; }

# 1. First sync: the 5 items, each once.
sync
got=$(caldav_py list)
echo "$got"
[ "$got" = "attendance-deadline-1|1|2025-11-01|NEEDS-ACTION
attendance-deadline-2|0|2025-11-03|NEEDS-ACTION
attendance-deadline-3|1|2025-11-03|COMPLETED
attendance-deadline-4|1|2025-11-03|CANCELLED
attendance-deadline-5|0|2025-11-14|NEEDS-ACTION" ] || fail "after the first sync the server holds: $got"

# 2. A change: resuming case 1's mentor_contact on Mon 3 Nov (1 day left: due Tue 4 Nov).
psql -X -q -d "$db" -c "SET attendance.today = '2025-11-03';
    SELECT attendance.apply_event(1, 'deadline_resumed', 'coordinator-1', NULL, '2025-11-03 10:00+01', '{\"deadlines\": [\"mentor_contact\"]}')" >/dev/null
sync
got=$(caldav_py list)
echo "$got"
[ "$(wc -l <<<"$got")" = 5 ] || fail "after a change the server holds $(wc -l <<<"$got") items, not 5"
[ "$(cut -d'|' -f1 <<<"$got" | sort -u | wc -l)" = 5 ] || fail "a UID is duplicated on the server"
grep -qx 'attendance-deadline-1|2|2025-11-04|NEEDS-ACTION' <<<"$got" || fail "the changed deadline is not SEQUENCE 2, due 2025-11-04"
grep -qx 'attendance-deadline-2|0|2025-11-03|NEEDS-ACTION' <<<"$got" || fail "an unchanged deadline changed"

# 3. The case moves on: mentor_contact cancelled, the duty done, lpa_takes_up added.
psql -X -q -d "$db" -c "SET attendance.today = '2025-11-03';
    SELECT attendance.apply_event(1, 'reported_duo', 'coordinator-1', at => '2025-11-03 11:00+01')" >/dev/null
sync
got=$(caldav_py list)
echo "$got"
[ "$(wc -l <<<"$got")" = 6 ] || fail "after the move the server holds $(wc -l <<<"$got") items, not 6"
[ "$(cut -d'|' -f1 <<<"$got" | sort -u | wc -l)" = 6 ] || fail "a UID is duplicated on the server"
grep -qx 'attendance-deadline-1|3|2025-11-04|CANCELLED' <<<"$got" || fail "the cancelled deadline is not CANCELLED with SEQUENCE 3 on the server"
grep -qx 'attendance-deadline-2|1|2025-11-03|COMPLETED' <<<"$got" || fail "the done duty is not COMPLETED with SEQUENCE 1"
grep -q '^attendance-deadline-6|0|.*|NEEDS-ACTION$' <<<"$got" || fail "the new lpa_takes_up is not on the server"

# 4. Nothing changed: nothing written, nothing uploaded.
before=$(caldav_py list)
out=$("$export_tool" -d "$db" --from 2025-08-01 --to 2026-07-31 "$work/vdir")
[[ "$out" == *"0 written"* ]] || fail "re-export wrote files: $out"
vdirsyncer -c "$work/vdirsyncer.conf" sync >"$work/sync.log" 2>&1 || fail "vdirsyncer sync failed"
! grep -qi 'copying\|updating\|deleting' "$work/sync.log" || fail "an unchanged sync transferred items: $(cat "$work/sync.log")"
[ "$(caldav_py list)" = "$before" ] || fail "an unchanged sync changed the server"
echo "ical_caldav: passed"
