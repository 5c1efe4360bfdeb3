-- test/ical_fixture.sql: the deadlines the calendar client tests
-- (test/ical_clients.sh, test/ical_caldav.sh) export, one of each status
-- (DOMAIN 7).  Invented school and holidays, pseudonymous pupils; loaded
-- into a fresh database with CREATE EXTENSION attendance done here.
--   case 1 (pupil 1, signal statutory_16h_4w on Wed 29 Oct): mentor_contact
--          (mentor-1, due Sat 1 Nov, paused) and the signal's duty (DUO
--          report, attendance_coordinator, due Mon 3 Nov, open)
--   case 2 (pupil 2, opened by hand on Fri 31 Oct): mentor_contact
--          (mentor-1, due Mon 3 Nov, done)
--   case 3 (pupil 3, opened by hand, reported to DUO on Fri 31 Oct):
--          mentor_contact cancelled, lpa_takes_up (lpa, due Fri 14 Nov, open)
\set ON_ERROR_STOP on
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS attendance;
RESET client_min_messages;
SET attendance.today = '2025-10-31';
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality) VALUES
    (1, '99UA', 'Verzuim College (fixture)', 'VO', 'statutory', 'midden', 'Testdorp');
INSERT INTO attendance.school_holiday (holiday_region, name, first_day, last_day) VALUES
    ('midden', 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26'),
    ('midden', 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'P-C001', '2011-03-01', 'Testdorp'), (2, 'P-C002', '2011-04-02', 'Testdorp'), (3, 'P-C003', '2011-05-03', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (1, 1, '2025-08-01'), (2, 1, '2025-08-01'), (3, 1, '2025-08-01');
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (1, 1, 'unauthorised', '2025-10-13', '2025-10-13'),
    (1, 1, 'unauthorised', '2025-10-27', '2025-10-27'),
    (1, 1, 'unauthorised', '2025-10-29', '2025-10-29');
SELECT attendance.open_case(2, 'unauthorised', 'coordinator-1', at => '2025-10-31 09:00+01') AS case_2,
       attendance.open_case(3, 'unauthorised', 'coordinator-1', at => '2025-10-31 09:00+01') AS case_3 \gset
SELECT attendance.apply_event(c, 'participant_assigned', 'coordinator-1', at => '2025-10-31 09:05+01',
                              details => '{"role": "mentor", "person": "mentor-1"}')
FROM (VALUES (1), (:case_2)) AS v(c);
SELECT attendance.apply_event(1, 'deadline_paused', 'coordinator-1', 'wacht op gesprek', '2025-10-31 10:00+01',
                              '{"deadlines": ["mentor_contact"]}');
SELECT attendance.complete_deadline(deadline_id, 'mentor-1')
FROM attendance.deadline WHERE case_id = :case_2 AND code = 'mentor_contact';
SELECT attendance.apply_event(:case_3, 'reported_duo', 'coordinator-1', at => '2025-10-31 11:00+01');
