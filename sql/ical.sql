-- ical: deadlines as iCalendar (DOMAIN 7 second half; DOMAIN 8 privacy;
-- RFC 5545) made with libical: attendance.deadline_ical (one deadline),
-- attendance.calendar_feed (a role, person or school over a period) and
-- attendance.calendar_items (one VCALENDAR per item, for a vdir).  The
-- real clients (libical and Python parse-back, todoman, khal, Radicale with
-- vdirsyncer) are exercised by test/ical_clients.sh and test/ical_caldav.sh,
-- the privacy markers by test/ical_privacy.sh.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET timezone = 'Europe/Amsterdam';
SET attendance.today = '2025-10-31';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- Fixture: invented holidays, labelled.  Pupil 1's statutory_16h_4w crosses
-- on Wed 29 Oct and opens case 1 with two deadlines: the signal's duty (DUO
-- report, due Mon 3 Nov) and mentor_contact (due Sat 1 Nov).  Pupil 2 gets
-- case 2 by hand, with its own mentor_contact.
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality) VALUES
    (1, '99UA', 'Verzuim College (fixture)', 'VO', 'statutory', 'midden', 'Testdorp'),
    (2, '99UB', 'Tweede College (fixture)', 'VO', 'statutory', 'midden', 'Testdorp');
INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day) VALUES
    ('midden', NULL, 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26'),
    ('midden', NULL, 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025), (2, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'P-I001', '2011-03-01', 'Testdorp'),
    (2, 'P-I002', '2011-04-02', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (1, 1, '2025-08-01'), (2, 2, '2025-08-01');
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (1, 1, 'unauthorised', '2025-10-13', '2025-10-13'),
    (1, 1, 'unauthorised', '2025-10-27', '2025-10-27'),
    (1, 1, 'unauthorised', '2025-10-29', '2025-10-29');
SELECT attendance.open_case(2, 'unauthorised', 'coordinator-2', at => '2025-10-31 09:00+01');
SELECT attendance.apply_event(1, 'participant_assigned', 'coordinator-1', at => '2025-10-31 09:00+01',
                              details => '{"role": "mentor", "person": "mentor-1"}') IS NOT NULL AS assigned;
-- DTSTAMP is the stored time of the last change (deadline.changed_at); pin it.
UPDATE attendance.deadline SET changed_at = '2025-10-31 09:00+01';
SELECT deadline_id, case_id, school_id, protocol, code, role, due_date, status, sequence
FROM attendance.deadline ORDER BY deadline_id;

\pset format unaligned
\pset tuples_only on
------------------------------------------------------------------------------
-- DOMAIN 7: one VTODO per deadline (RFC 5545 3.6.2): PRODID and VERSION
-- (3.7.3, 3.7.4), UID (3.8.4.7) from the deadline id, DTSTAMP (3.8.7.2)
-- and LAST-MODIFIED from changed_at in UTC, SEQUENCE (3.8.7.4), DUE as a
-- DATE (3.8.2.3), SUMMARY (3.8.1.12) with the case reference and the
-- action, STATUS NEEDS-ACTION (3.8.1.11), CATEGORIES (3.8.1.2) protocol and
-- role (one property, two values: todoman reads only one), RELATED-TO
-- (3.8.4.5) the case, and a VALARM (3.6.6) one day before
-- DUE (TRIGGER;RELATED=END, 3.8.6.3).  Lines end in CRLF (3.1).
------------------------------------------------------------------------------
SELECT attendance.deadline_ical(1);
-- The all-day VEVENT (3.6.1): DTSTART the due date, DTEND the day after,
-- TRANSP:TRANSPARENT, STATUS CONFIRMED; the alarm counts from DTSTART.
SELECT attendance.deadline_ical(1, 'event');
-- A signal's duty: the same shape, its own role.
SELECT line FROM regexp_split_to_table(attendance.deadline_ical(2), E'\r\n') AS line
WHERE line ~ '^(UID|DUE|CATEGORIES|RELATED-TO)';
-- The lead time is the caller's: 15 hours (09:00 the day before); null: no alarm.
SELECT line FROM regexp_split_to_table(attendance.deadline_ical(1, 'todo', '15 hours'), E'\r\n') AS line
WHERE line LIKE 'TRIGGER%';
SELECT count(*) AS alarms FROM regexp_matches(attendance.deadline_ical(1, 'todo', NULL), 'BEGIN:VALARM', 'g');
-- Every line ends in CRLF and none is longer than 75 octets (3.1).
SELECT bool_and(line ~ E'\r$' AND octet_length(line) <= 76) AS crlf_and_folded
FROM regexp_split_to_table(attendance.calendar_feed(NULL, NULL, '2025-01-01', '2026-12-31'), E'\n') AS line
WHERE line <> '';

------------------------------------------------------------------------------
-- DOMAIN 7: a regenerated item is byte-identical until the deadline
-- changes, whatever the day (overdue is NEEDS-ACTION like open); a change
-- raises SEQUENCE and moves DTSTAMP, the UID stays.
------------------------------------------------------------------------------
CREATE TEMP TABLE snap AS SELECT deadline_id, attendance.deadline_ical(deadline_id) AS ics FROM attendance.deadline;
SET attendance.today = '2025-11-20';   -- both of case 1's deadlines are overdue now
SELECT deadline_id, status, days_overdue FROM attendance.deadlines_as_of('2025-11-20') WHERE case_id = 1;
SELECT bool_and(attendance.deadline_ical(deadline_id) = ics) AS unchanged FROM snap;
SET attendance.today = '2025-10-31';

-- Pausing (DOMAIN 7: a pause with a reason): marked in the summary, no
-- VALARM, the reason not carried (it may be medical, DOMAIN 8).
SELECT attendance.apply_event(1, 'deadline_paused', 'coordinator-1', 'wacht op specialist', '2025-10-31 10:00+01',
                              '{"deadlines": ["mentor_contact"]}') IS NOT NULL AS paused;
UPDATE attendance.deadline SET changed_at = '2025-10-31 10:00+01' WHERE deadline_id = 1;
SELECT attendance.deadline_ical(1);
SELECT line FROM regexp_split_to_table(attendance.deadline_ical(1, 'event'), E'\r\n') AS line
WHERE line ~ '^(UID|SEQUENCE|SUMMARY|STATUS|BEGIN:VALARM)';

-- Resumed on Mon 3 Nov: the remaining day runs on (DOMAIN 7 Decision), a
-- new DUE, SEQUENCE raised again, the alarm back.
SET attendance.today = '2025-11-03';
SELECT attendance.apply_event(1, 'deadline_resumed', 'coordinator-1', NULL, '2025-11-03 10:00+01',
                              '{"deadlines": ["mentor_contact"]}') IS NOT NULL AS resumed;
UPDATE attendance.deadline SET changed_at = '2025-11-03 10:00+01' WHERE deadline_id = 1;
SELECT line FROM regexp_split_to_table(attendance.deadline_ical(1), E'\r\n') AS line
WHERE line ~ '^(UID|DTSTAMP|SEQUENCE|DUE|SUMMARY|STATUS|BEGIN:VALARM)';
-- Done (DOMAIN 7): COMPLETED (3.8.2.1: the start of the day it was done,
-- in UTC) and PERCENT-COMPLETE 100 on the VTODO; the VEVENT stays
-- CONFIRMED, marked in its summary.  No alarm.
SELECT attendance.complete_deadline(1, 'mentor-1');
UPDATE attendance.deadline SET changed_at = '2025-11-03 11:00+01' WHERE deadline_id = 1;
SELECT sequence, status, done_on FROM attendance.deadline WHERE deadline_id = 1;
SELECT line FROM regexp_split_to_table(attendance.deadline_ical(1), E'\r\n') AS line
WHERE line ~ '^(UID|DTSTAMP|SEQUENCE|DUE|SUMMARY|STATUS|COMPLETED|PERCENT|BEGIN:VALARM)';
SELECT line FROM regexp_split_to_table(attendance.deadline_ical(1, 'event'), E'\r\n') AS line
WHERE line ~ '^(UID|SEQUENCE|SUMMARY|STATUS|BEGIN:VALARM)';

-- Cancelled (DOMAIN 7: moving the case on closes what it no longer needs):
-- pupil 2's case is reported to DUO, so its mentor_contact is cancelled.
SELECT attendance.apply_event(2, 'reported_duo', 'coordinator-2', at => '2025-11-03 10:00+01') IS NOT NULL AS reported;
UPDATE attendance.deadline SET changed_at = '2025-11-03 10:00+01' WHERE case_id = 2 AND changed_at > '2025-11-01';
SELECT line FROM regexp_split_to_table(attendance.deadline_ical(3), E'\r\n') AS line
WHERE line ~ '^(UID|SEQUENCE|STATUS|BEGIN:VALARM)';
SELECT line FROM regexp_split_to_table(attendance.deadline_ical(3, 'event'), E'\r\n') AS line
WHERE line ~ '^(UID|SEQUENCE|STATUS|BEGIN:VALARM)';
SELECT s.deadline_id, attendance.deadline_ical(s.deadline_id) = s.ics AS unchanged
FROM snap s ORDER BY s.deadline_id;

------------------------------------------------------------------------------
-- DOMAIN 7 "A feed is asked for per responsible role or person and
-- period" (and per school): every status is in it, so a client updates a
-- done or cancelled item instead of keeping a stale one.
------------------------------------------------------------------------------
\pset format aligned
\pset tuples_only off
PREPARE items(text, text, date, date, bigint) AS
SELECT i.deadline_id, i.uid, i.sequence, d.role, d.school_id, d.due_date, d.status
FROM attendance.calendar_items($1, $2, $3, $4, school => $5) i JOIN attendance.deadline d USING (deadline_id);
EXECUTE items('mentor', NULL, '2025-10-01', '2025-12-31', NULL);
EXECUTE items(NULL, 'mentor-1', '2025-10-01', '2025-12-31', NULL);
EXECUTE items('lpa', NULL, '2025-10-01', '2025-12-31', NULL);
EXECUTE items(NULL, NULL, '2025-10-01', '2025-12-31', 2);
-- The period is inclusive at both ends.
EXECUTE items(NULL, NULL, '2025-11-03', '2025-11-03', NULL);
EXECUTE items(NULL, NULL, '2025-11-04', '2025-11-16', NULL);
-- The feed holds the same items, in due-date order, as one VCALENDAR.
SELECT (SELECT array_agg(m[1]) FROM regexp_matches(attendance.calendar_feed(NULL, NULL, '2025-10-01', '2025-12-31'),
                                                   'UID:(\S+)', 'g') AS m) AS feed_uids,
       (SELECT array_agg(uid) FROM attendance.calendar_items(NULL, NULL, '2025-10-01', '2025-12-31')) AS item_uids;
SELECT (SELECT count(*) FROM regexp_matches(f, 'BEGIN:VCALENDAR', 'g')) AS vcalendars,
       (SELECT count(*) FROM regexp_matches(f, 'BEGIN:VEVENT', 'g')) AS vevents
FROM attendance.calendar_feed('lpa', NULL, '2025-10-01', '2025-12-31', 'event') AS f;
\pset format unaligned
\pset tuples_only on
-- An empty feed is still a calendar.
SELECT attendance.calendar_feed('jgz', NULL, '2025-10-01', '2025-12-31');
\pset format aligned
\pset tuples_only off

------------------------------------------------------------------------------
-- Refused: an unknown style, a period that ends before it starts, a lead
-- time of months (VZ029); an unknown deadline (VZ030).  A null deadline
-- gives null.
------------------------------------------------------------------------------
SELECT attendance.deadline_ical(1, 'vtodo');
:sqlstate
SELECT attendance.calendar_feed('mentor', NULL, '2025-12-31', '2025-10-01');
:sqlstate
SELECT attendance.deadline_ical(1, 'todo', '1 month');
:sqlstate
SELECT attendance.deadline_ical(1, 'todo', '-1 day');
:sqlstate
SELECT attendance.deadline_ical(999);
:sqlstate
SELECT attendance.deadline_ical(NULL) IS NULL AS null_in_null_out;
