-- protocol_suspension: the suspension protocol (DOMAIN 6; seed 000 s2)
-- walked through every transition, with every deadline and its due date
-- counted by hand: suspended -> closed.  A suspension longer than one
-- schooldag raises suspension_over_1_day (DOMAIN 4.1), which opens the
-- case; its own duty is the report to the Inspectorate.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2025-11-12';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- Fixture: invented holidays (not the real dates), labelled.  No public
-- holiday falls in November 2025.
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality) VALUES
    (1, '99SA', 'Schorsing College (fixture)', 'VO', 'statutory', 'midden', 'Testdorp');
INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day) VALUES
    ('midden', NULL, 'zomervakantie (fixture)', '2025-08-01', '2025-08-31'),
    ('midden', NULL, 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26'),
    ('midden', NULL, 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'P-S001', '2011-05-01', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (1, 1, '2025-08-01');

PREPARE case_of(bigint) AS
SELECT case_id, protocol, state, status, regisseur_role, closed_reason
FROM attendance."case" WHERE pupil_id = $1 ORDER BY case_id;
PREPARE deadlines(bigint) AS
SELECT deadline_id AS id, state, code, role, anchor_date, due_date, status,
       coalesce(cancelled_reason, paused_reason) AS reason
FROM attendance.deadline WHERE pupil_id = $1 ORDER BY deadline_id;
PREPARE log(bigint) AS
SELECT event_id, event, from_state, to_state, actor, on_day, report_id IS NOT NULL AS filed_report
FROM attendance.case_event WHERE pupil_id = $1 ORDER BY event_id;

------------------------------------------------------------------------------
-- DOMAIN 4.1, 6: a suspension Tue 11 - Wed 12 Nov 2025, recorded on Wed
-- 12 Nov, is longer than one schooldag: suspension_over_1_day crosses on
-- its second schooldag, Wed 12 Nov, and opens the case in suspended
-- (regisseur: the bevoegd gezag, 000 s2).
------------------------------------------------------------------------------
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (1, 1, 'suspension', '2025-11-11', '2025-11-12');
SELECT code, crossing_date, window_first, due_date, role, status FROM attendance.signal WHERE pupil_id = 1;
EXECUTE case_of(1);
-- DOMAIN 7, two deadlines:
-- * the signal's duty, report to the Inspectorate (000 s2 "Meldt aan
--   Onderwijsinspectie bij schorsing langer dan een dag"; criterion
--   suspension_over_1_day, 1 werkdag): Wed 12 Nov + 1 werkdag = Thu 13 Nov.
-- * the state's schoolwork (000 s2 "Draagt zorg voor schoolwerk tijdens
--   schorsing"; Decision 0 dagen from the signal): Wed 12 Nov + 0 dagen =
--   Wed 12 Nov.
EXECUTE deadlines(1);

------------------------------------------------------------------------------
-- DOMAIN 6: illegal events are refused; an event must record its details.
------------------------------------------------------------------------------
-- An event of another protocol (the DUO report of unauthorised absence).
SELECT attendance.apply_event(1, 'reported_duo', 'coordinator-1', at => '2025-11-12 10:00+01');
:sqlstate
-- A talk records date, attendees, outcome and agreements (DOMAIN 6, "What
-- events record").
SELECT attendance.apply_event(1, 'parents_talk_held', 'board-1', at => '2025-11-12 10:00+01',
       details => '{"date": "2025-11-12", "outcome": "afspraken gemaakt"}');
:sqlstate

------------------------------------------------------------------------------
-- suspended: the talk with the parents and the school work keep the state
-- (000 s2); the school work deadline is done.
------------------------------------------------------------------------------
SELECT attendance.apply_event(1, 'parents_talk_held', 'board-1', 'gesprek op school', '2025-11-12 10:00+01',
       '{"date": "2025-11-12", "attendees": ["directie", "mentor", "ouder", "leerling"], "outcome": "schorsing toegelicht", "agreements": "terugkeergesprek op maandag"}') > 0 AS applied;
SELECT attendance.apply_event(1, 'schoolwork_provided', 'mentor-1', NULL, '2025-11-12 11:00+01',
       '{"arrangement": "opdrachten via de elektronische leeromgeving, nakijken bij terugkeer"}') > 0 AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);

------------------------------------------------------------------------------
-- suspended: the report to the Inspectorate (000 s2) fulfils the signal's
-- duty.  No DUO report: the Inspectorate is told, not the verzuimloket.
------------------------------------------------------------------------------
SET attendance.today = '2025-11-13';
SELECT attendance.apply_event(1, 'inspectorate_notified', 'board-1', 'gemeld via het ISD', '2025-11-13 09:00+01',
       '{"period_first": "2025-11-11", "period_last": "2025-11-12"}') > 0 AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
SELECT count(*) AS duo_reports FROM attendance.duo_report WHERE pupil_id = 1;

------------------------------------------------------------------------------
-- suspended -> closed: the pupil is back (000 s2).
------------------------------------------------------------------------------
SELECT attendance.apply_event(1, 'suspension_ended', 'board-1', NULL, '2025-11-13 12:00+01',
       '{"returned_on": "2025-11-13"}') > 0 AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
EXECUTE log(1);
SELECT attendance.apply_event(1, 'schoolwork_provided', 'mentor-1', NULL, '2025-11-13 10:00+01', '{"arrangement": "x"}');
:sqlstate
