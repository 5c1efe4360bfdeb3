-- cases: how signals and cases meet (DOMAIN 6, 7).  A signal's own duty
-- is one deadline row that follows the signal: moved when a late row moves
-- the crossing (DOMAIN 4.8: due dates count from the crossing), together
-- with the case's deadlines counted from the signal; historical signals
-- (import mode, issue "criteria engine") open no case and no deadline in the
-- past.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2025-11-14';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- Fixture: no holidays in November 2025 (region 'noord' has none loaded),
-- no public holiday either: every werkdag is a schooldag.  VO: 6 hours a day.
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality) VALUES
    (1, '99CA', 'Casus College (fixture)', 'VO', 'statutory', 'noord', 'Testdorp');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'P-C001', '2011-03-01', 'Testdorp'), (2, 'P-C002', '2011-04-01', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (1, 1, '2025-08-01'), (2, 1, '2025-08-01');
PREPARE deadlines(bigint) AS
SELECT deadline_id AS id, case_id, state, code, anchor, anchor_date, due_date, status, sequence
FROM attendance.deadline WHERE pupil_id = $1 ORDER BY deadline_id;

------------------------------------------------------------------------------
-- DOMAIN 4.1, 4.8, 7: statutory_16h_4w crosses on Fri 14 Nov (Mon 10, Wed
-- 12, Fri 14 Nov: 18 > 16 hours).  The duty: Fri 14 Nov + 5 dagen = Wed
-- 19 Nov; the case's mentor contact, 3 dagen from the signal: Mon 17 Nov.
------------------------------------------------------------------------------
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (1, 1, 'unauthorised', '2025-11-10', '2025-11-10'),
    (1, 1, 'unauthorised', '2025-11-12', '2025-11-12'),
    (1, 1, 'unauthorised', '2025-11-14', '2025-11-14');
SELECT code, crossing_date, due_date FROM attendance.signal WHERE pupil_id = 1;
EXECUTE deadlines(1);
-- A late row for Tue 4 Nov: the 4 schoolweeks up to Wed 12 Nov now hold
-- 4, 10 and 12 Nov = 18 > 16 hours, so the crossing is Wed 12 Nov (DOMAIN
-- 4.8), the same signal updated in place.  Its duty moves to Mon 17 Nov
-- (12 + 5), the mentor contact to Sat 15 Nov (12 + 3); both raise their
-- sequence (a calendar item is updated, not added).
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (1, 1, 'unauthorised', '2025-11-04', '2025-11-04');
SELECT code, crossing_date, due_date FROM attendance.signal WHERE pupil_id = 1;
EXECUTE deadlines(1);
-- The mentor made contact; then the late row is deleted again.  The run
-- now starts on Fri 14 Nov, after the open signal's crossing, so the engine
-- withdraws that signal and raises one for 14 Nov (doc/signals.md): the old
-- duty is cancelled with it, the new signal joins the case (the case had an
-- event, so it stays open) and brings its own duty, Wed 19 Nov.  The done
-- mentor contact stays as it was.
SELECT attendance.apply_event(1, 'contact_made', 'mentor-1', NULL, now(),
       '{"date": "2025-11-14", "attendees": "mentor", "outcome": "gebeld"}') > 0 AS applied;
DELETE FROM attendance.registration WHERE pupil_id = 1 AND first_day = '2025-11-04';
SELECT code, crossing_date, due_date, status FROM attendance.signal WHERE pupil_id = 1 ORDER BY signal_id;
EXECUTE deadlines(1);
SELECT event, from_state, to_state, note FROM attendance.case_event WHERE case_id = 1 ORDER BY event_id;

------------------------------------------------------------------------------
-- Import mode: the history a school loads records its signals as
-- historical, which open no case and no deadline (no deadlines opened in
-- the past).
------------------------------------------------------------------------------
SET attendance.import_mode = on;
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (2, 1, 'unauthorised', '2025-11-10', '2025-11-12');
SET attendance.import_mode = off;
SELECT code, crossing_date, historical FROM attendance.signal WHERE pupil_id = 2;
SELECT count(*) AS cases FROM attendance."case" WHERE pupil_id = 2;
EXECUTE deadlines(2);

------------------------------------------------------------------------------
-- DOMAIN 2, 4.2: a due date in schooldagen that runs past the summer into a
-- school year not loaded yet.  The registration is accepted; the signal
-- waits without a due date (and so without a duty) until the DBA loads the
-- next school year, which re-evaluates the pupil.  hr_unauth_4 (4th
-- unauthorised registration in the school year, contact within 5
-- schooldagen, seed 000 s4) crosses on Fri 17 Jul 2026, the last day before
-- the (invented) summer holiday of 18 Jul - 30 Aug: the 5 schooldagen are
-- Mon 31 Aug - Fri 4 Sep 2026.
------------------------------------------------------------------------------
SET attendance.today = '2026-07-17';
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality) VALUES
    (2, '99CB', 'Zomer College (fixture)', 'VO', 'holland_rijnland', 'midden', 'Testdorp');
INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day) VALUES
    ('midden', NULL, 'zomervakantie (fixture)', '2026-07-18', '2026-08-30');
INSERT INTO attendance.school_year (school_id, year) VALUES (2, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES (3, 'P-C003', '2011-05-01', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (3, 2, '2025-08-01');
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day, lesson_hours) VALUES
    (3, 2, 'unauthorised', '2026-07-13', '2026-07-13', 1), (3, 2, 'unauthorised', '2026-07-14', '2026-07-14', 1),
    (3, 2, 'unauthorised', '2026-07-16', '2026-07-16', 1), (3, 2, 'unauthorised', '2026-07-17', '2026-07-17', 1);
SELECT code, crossing_date, due_date FROM attendance.signal WHERE pupil_id = 3;
EXECUTE deadlines(3);
INSERT INTO attendance.school_year (school_id, year) VALUES (2, 2026);
SELECT code, crossing_date, due_date FROM attendance.signal WHERE pupil_id = 3;
EXECUTE deadlines(3);
