#!/usr/bin/env bash
# test/ical_privacy.sh: calendar items carry a case reference and the
# action only (DOMAIN 8, and DOMAIN 7 "Privacy": items leave the database
# and are synced to third-party calendars).  Every personal or free-text
# column the project has is filled with marker strings (MRK-...; a marker
# birth date 2011-07-13 and a marker expected return 2026-06-17): pupil
# reference, birth date and municipality, the school's name and
# municipality, registration answers of a sick report (expected return,
# parents answered) and who registered it, event notes, actors and details,
# a pause reason, participants and regisseur persons, DUO report reasons,
# manual signal notes and withdrawal reasons, who did a deadline.  A guard
# query fails when a text or jsonb column of a per-pupil table holds no
# marker and is not listed as a code the extension sets, so a new column
# must be considered here.  Then every feed is made (deadline_ical of every
# deadline, calendar_feed and calendar_items per role, person, school, all;
# both styles; the export tool's vdir) and searched, unfolded (RFC 5545
# 3.1), case-insensitively, for every marker.
set -euo pipefail
cd "$(dirname "$0")/.."
db=attendance_ical_privacy
work=$(mktemp -d)
trap 'rm -rf "$work"; dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
. test/lib/common.sh

dropdb --if-exists "$db"
createdb "$db"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION attendance;
SET attendance.today = '2025-10-31';
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality, partnership) VALUES
    (1, '99UA', 'MRK-SCHOOLNAME', 'VO', 'holland_rijnland', 'midden', 'MRK-SCHOOLGEMEENTE', 'MRK-SWV');
INSERT INTO attendance.school_holiday (holiday_region, name, first_day, last_day) VALUES
    ('midden', 'MRK-VAKANTIE (fixture)', '2025-10-18', '2025-10-26');
INSERT INTO attendance.school_day (school_id, day, lesson_hours, reason) VALUES (1, '2025-10-10', 4, 'MRK-DAGREDEN');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'MRK-REF-0001', '2011-07-13', 'MRK-WOONGEMEENTE'),
    (2, 'MRK-REF-0002', '2011-07-13', 'MRK-WOONGEMEENTE');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (1, 1, '2025-08-01'), (2, 1, '2025-08-01');
-- A sick report with the parents' answers (DOMAIN 3), and unauthorised absence that crosses.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day, expected_return, parents_answered, registered_by) VALUES
    (2, 1, 'sick', '2025-10-27', NULL, '2026-06-17', true, 'MRK-RECEPTIE');
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day, registered_by) VALUES
    (1, 1, 'unauthorised', '2025-10-13', '2025-10-13', 'MRK-REGISTRAR'),
    (1, 1, 'unauthorised', '2025-10-27', '2025-10-27', 'MRK-REGISTRAR'),
    (1, 1, 'unauthorised', '2025-10-29', '2025-10-29', 'MRK-REGISTRAR');
-- A manual signal with the raiser's note, one withdrawn with a reason.
SELECT attendance.raise_signal(2, 'concern', 'mentor', 'MRK-SIGNAALNOTITIE zorgen thuis');
SELECT attendance.raise_signal(1, 'concern', 'mentor', 'MRK-SIGNAALNOTITIE-2');
SELECT attendance.withdraw_signal(signal_id, 'MRK-INGETROKKEN')
FROM attendance.signal WHERE pupil_id = 1 AND code = 'concern';
-- Events with notes, actors and details; a pause with a (medical) reason;
-- a DUO report with a reason.
SELECT attendance.apply_event(1, 'participant_assigned', 'MRK-ACTOR', 'MRK-NOTITIE-1', '2025-10-31 09:00+01',
                              '{"role": "mentor", "person": "MRK-MENTORPERSOON"}');
SELECT attendance.apply_event(1, 'regie_replaced', 'MRK-ACTOR', 'MRK-NOTITIE-2', '2025-10-31 09:05+01',
                              '{"role": "attendance_coordinator", "person": "MRK-REGISSEUR"}');
SELECT attendance.apply_event(1, 'deadline_paused', 'MRK-ACTOR', 'MRK-PAUZEREDEN wacht op specialist', '2025-10-31 09:10+01',
                              '{"deadlines": ["mentor_contact"]}');
SELECT attendance.apply_event(1, 'deadline_resumed', 'MRK-ACTOR', 'MRK-NOTITIE-3', '2025-10-31 09:15+01',
                              '{"deadlines": ["mentor_contact"]}');
SELECT attendance.apply_event(1, 'contact_made', 'MRK-ACTOR', 'MRK-NOTITIE-4 ouders gebeld', '2025-10-31 09:20+01',
                              '{"date": "2025-10-31", "attendees": ["MRK-DEELNEMER"], "outcome": "MRK-UITKOMST"}');
SELECT attendance.apply_event(1, 'reported_duo', 'MRK-ACTOR', 'MRK-NOTITIE-5', '2025-10-31 09:25+01',
                              '{"kind": "overig", "reason": "MRK-DUOREDEN dreigende uitval"}');
-- What is still open (lpa_takes_up) stays paused, with its reason.
SELECT attendance.apply_event(1, 'deadline_paused', 'MRK-ACTOR', 'MRK-PAUZEREDEN-2 ziekenhuisopname', '2025-10-31 09:30+01');
SQL

# The guard: every text or jsonb column of the pupil table and of each
# per-pupil table holds a marker, unless it is a code or state the
# extension sets itself (listed, with what it is).
uncovered=$(psql -X -A -t -q -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
CREATE TEMP TABLE exempt (col text PRIMARY KEY);
INSERT INTO exempt VALUES
  -- codes from reference data, and states the extension sets
  ('registration.kind'), ('registration_history.kind'), ('registration_history.operation'),
  ('registration_history.registered_by'), ('registration_history.changed_by'),
  ('signal.origin'), ('signal.code'), ('signal.comparator'), ('signal.role'), ('signal.action'),
  ('signal.source'), ('signal.status'), ('signal.raised_by'),
  ('duo_report.kind'), ('duo_report.reported_by'), ('duo_report.closed_by'),
  ('case.protocol'), ('case.state'), ('case.status'), ('case.regisseur_role'), ('case.closed_reason'),
  ('case_event.event'), ('case_event.from_state'), ('case_event.to_state'), ('case_event.recorded_by'),
  ('case_participant.role'),
  ('deadline.protocol'), ('deadline.state'), ('deadline.code'), ('deadline.role'), ('deadline.action'),
  ('deadline.status'), ('deadline.cancelled_reason'), ('deadline.done_by'),
  ('exemption.kind'), ('reduced_timetable.category'), ('reduced_timetable.status'),
  ('reclassification.requested_by'), ('reclassification.recorded_by'), ('enrolment.left_reason');
SELECT c.relname || '.' || a.attname
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relnamespace = 'attendance'::regnamespace AND c.relkind = 'r'
  AND a.atttypid IN ('text'::regtype, 'jsonb'::regtype, 'text[]'::regtype)
  AND (c.relname IN ('pupil', 'school')
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_attribute p WHERE p.attrelid = c.oid AND p.attname = 'pupil_id'))
  AND c.relname || '.' || a.attname NOT IN (SELECT col FROM exempt)
  AND NOT (c.relname = 'school' AND a.attname IN ('brin', 'sector', 'profile', 'holiday_region'))
  AND NOT (SELECT v FROM (SELECT pg_catalog.format('SELECT EXISTS (SELECT 1 FROM attendance.%I WHERE %I::text LIKE ''%%MRK-%%'') AS e',
                                                   c.relname, a.attname) AS q) s,
                    LATERAL (SELECT (xpath('/row/e/text()', pg_catalog.query_to_xml(s.q, false, true, '')))[1]::text::boolean AS v) x)
ORDER BY 1;
SQL
)
[ -z "$uncovered" ] || fail "columns without a marker (fill them in this test, or list them as codes): $uncovered"
dates=$(psql -X -A -t -q -d "$db" -c "SELECT (SELECT count(*) FROM attendance.pupil WHERE birth_date = '2011-07-13')
                                          || ' ' || (SELECT count(*) FROM attendance.registration WHERE expected_return = '2026-06-17')")
[ "$dates" = "2 1" ] || fail "the marker dates are not in the database: $dates"
n=$(psql -X -A -t -q -d "$db" -c "SELECT count(*) FROM attendance.deadline")
[ "$n" -ge 3 ] || fail "the fixture made only $n deadlines"
echo "markers in every personal and free-text column; $n deadlines"

# Every feed, as stored bytes.
mkdir -p "$work/out"
psql -X -A -t -q -v ON_ERROR_STOP=1 -d "$db" <<'SQL' | /usr/bin/python3 -c '
import sys
for i, line in enumerate(sys.stdin):
    name, hexed = line.rstrip("\n").split("\t")
    open(sys.argv[1] + "/" + name + ".ics", "wb").write(bytes.fromhex(hexed))
' "$work/out"
\pset fieldsep '\t'
WITH styles(s) AS (VALUES ('todo'), ('event')),
feeds AS (
    SELECT 'deadline-' || d.deadline_id || '-' || s AS name, attendance.deadline_ical(d.deadline_id, s) AS ics
    FROM attendance.deadline d, styles
    UNION ALL
    SELECT 'role-' || r.code || '-' || s, attendance.calendar_feed(r.code, NULL, '2025-01-01', '2026-12-31', s)
    FROM attendance.role r, styles
    UNION ALL
    SELECT 'person-' || md5(p.person) || '-' || s, attendance.calendar_feed(NULL, p.person, '2025-01-01', '2026-12-31', s)
    FROM (SELECT DISTINCT person FROM attendance.case_participant) p, styles
    UNION ALL
    SELECT 'school-' || s, attendance.calendar_feed(NULL, NULL, '2025-01-01', '2026-12-31', s, 1) FROM styles
    UNION ALL
    SELECT 'all-' || s, attendance.calendar_feed(NULL, NULL, '2000-01-01', '2100-12-31', s) FROM styles
    UNION ALL
    SELECT 'item-' || i.deadline_id || '-' || s, i.ics
    FROM styles, LATERAL attendance.calendar_items(NULL, NULL, '2000-01-01', '2100-12-31', s) i
)
SELECT name, encode(convert_to(ics, 'UTF8'), 'hex') FROM feeds;
SQL
"$(pg_config --bindir)/attendance-ical-export" -d "$db" --from 2000-01-01 --to 2100-12-31 "$work/vdir" >/dev/null
"$(pg_config --bindir)/attendance-ical-export" -d "$db" --style event --from 2000-01-01 --to 2100-12-31 "$work/vdir-event" >/dev/null

/usr/bin/python3 - "$work" <<'PY'
import os, sys
root = sys.argv[1]
markers = ['MRK', '2011-07-13', '20110713', '13-07-2011', '2026-06-17', '20260617', '17-06-2026',
           'P-', 'pupil', 'leerling-id', 'specialist', 'uitval', 'zorgen thuis', 'ouders gebeld', 'ziekenhuis']
files = items = 0
for d, _, names in os.walk(root):
    for n in names:
        if not n.endswith('.ics'):
            continue
        raw = open(os.path.join(d, n), 'rb').read().decode('utf-8')
        text = raw.replace('\r\n ', '').replace('\r\n\t', '')   # unfold (RFC 5545 3.1)
        files += 1
        items += text.count('BEGIN:VTODO') + text.count('BEGIN:VEVENT')
        for m in markers:
            if m.lower() in text.lower():
                line = next(l for l in text.split('\r\n') if m.lower() in l.lower())
                sys.exit('FAIL: %s carries %r: %s' % (n, m, line))
        # What an item may say: its properties are a closed list.
        allowed = {'BEGIN', 'END', 'PRODID', 'VERSION', 'CALSCALE', 'UID', 'DTSTAMP', 'LAST-MODIFIED',
                   'SEQUENCE', 'DUE', 'DTSTART', 'DTEND', 'TRANSP', 'SUMMARY', 'CLASS', 'STATUS',
                   'COMPLETED', 'PERCENT-COMPLETE', 'CATEGORIES', 'RELATED-TO', 'ACTION', 'TRIGGER',
                   'DESCRIPTION'}
        for l in text.split('\r\n'):
            if l:
                name = l.split(':')[0].split(';')[0]
                assert name in allowed, '%s: unexpected property %s' % (n, name)
if files < 20 or items < 20:
    sys.exit('FAIL: only %d files with %d items searched' % (files, items))
print('ical_privacy: %d files, %d items, no marker' % (files, items))
PY
