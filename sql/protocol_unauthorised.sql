-- protocol_unauthorised: the unauthorised absence protocol (DOMAIN 6;
-- seeds 000 s4-5, 001 Bijlage A, 004 s1.2) walked through every
-- transition, with every deadline and its due date counted by hand:
-- signalled -> contact -> reported -> lpa_investigation -> monitoring ->
-- closed.  Also the machinery every protocol shares: a signal opens the
-- case and its duty becomes a deadline (DOMAIN 7), illegal events are
-- refused (VZ020), the log is append-only (VZ011), revoking an event
-- (event_revoked), pausing and resuming a deadline, regie changes.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2025-10-31';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- Fixture: invented holidays (not the real dates), labelled.  Herfstvakantie
-- Sat 18 - Sun 26 Oct 2025.  No public holiday falls in Oct-Dec before 25 Dec.
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality) VALUES
    (1, '99UA', 'Verzuim College (fixture)', 'VO', 'statutory', 'midden', 'Testdorp');
INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day) VALUES
    ('midden', NULL, 'zomervakantie (fixture)', '2025-08-01', '2025-08-31'),
    ('midden', NULL, 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26'),
    ('midden', NULL, 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'P-U001', '2011-03-01', 'Testdorp'),
    (2, 'P-U002', '2011-04-02', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (1, 1, '2025-08-01'), (2, 1, '2025-08-01');

PREPARE case_of(bigint) AS
SELECT case_id, protocol, state, status, regisseur_role, regisseur_person, closed_reason
FROM attendance."case" WHERE pupil_id = $1 ORDER BY case_id;
PREPARE deadlines(bigint) AS
SELECT deadline_id AS id, state, code, role, anchor_date, due_date, status,
       coalesce(cancelled_reason, paused_reason) AS reason, sequence
FROM attendance.deadline WHERE pupil_id = $1 ORDER BY deadline_id;
PREPARE log(bigint) AS
SELECT event_id, event, from_state, to_state, actor, on_day, note, report_id IS NOT NULL AS filed_report
FROM attendance.case_event WHERE pupil_id = $1 ORDER BY event_id;

------------------------------------------------------------------------------
-- DOMAIN 6 "A signal opens or joins a case": statutory_16h_4w crosses on
-- Wed 29 Oct (6 + 6 + 6 = 18 > 16 lesson hours in 4 schoolweeks).
------------------------------------------------------------------------------
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (1, 1, 'unauthorised', '2025-10-13', '2025-10-13'),
    (1, 1, 'unauthorised', '2025-10-27', '2025-10-27'),
    (1, 1, 'unauthorised', '2025-10-29', '2025-10-29');
SELECT code, crossing_date, due_date, status FROM attendance.signal WHERE pupil_id = 1;
-- The case opens in signalled (regisseur: the verzuimcoordinator, 001).
EXECUTE case_of(1);
-- DOMAIN 7: two deadlines.  The signal's own duty: DUO report within
-- 5 dagen of the crossing (000 s5): Wed 29 Oct + 5 = Mon 3 Nov.  The state's:
-- mentor contact within 3 dagen of the signal (001 Bijlage A): Sat 1 Nov
-- (calendar days: a weekend due date stands).
EXECUTE deadlines(1);
EXECUTE log(1);

-- DOMAIN 6: a second signal of the same protocol joins the open case.
SELECT attendance.raise_signal(1, 'concern', 'mentor', 'zorgen (fixture)') IS NOT NULL AS raised;
INSERT INTO attendance.signal_protocol (code, protocol, source) VALUES ('concern', 'unauthorised', 'test: user mapping');
SELECT attendance.withdraw_signal(signal_id, 'test') FROM attendance.signal WHERE pupil_id = 1 AND code = 'concern';
SELECT attendance.raise_signal(1, 'concern', 'mentor', 'zorgen (fixture)') IS NOT NULL AS raised;
SELECT count(*) AS cases FROM attendance."case" WHERE pupil_id = 1;
EXECUTE log(1);

------------------------------------------------------------------------------
-- DOMAIN 6: illegal events are refused with the events allowed now.
------------------------------------------------------------------------------
SELECT attendance.apply_event(1, 'lpa_closed', 'lpa-1', at => '2025-10-31 10:00+01', details => '{"outcome": "x"}');
:sqlstate
SELECT attendance.apply_event(1, 'no_such_event', 'mentor-1', at => '2025-10-31 10:00+01');
:sqlstate
-- What events record (DOMAIN 6, last paragraph): a talk records date,
-- attendees and outcome.
SELECT attendance.apply_event(1, 'contact_made', 'mentor-1', at => '2025-10-31 10:00+01', details => '{"date": "2025-10-31"}');
:sqlstate
SELECT attendance.apply_event(1, 'contact_made', 'mentor-1', at => '2025-10-31 10:00+01', details => '[1]');
:sqlstate
SELECT attendance.apply_event(999, 'contact_made', 'mentor-1');
:sqlstate
EXECUTE log(1);

------------------------------------------------------------------------------
-- signalled -> contact (001 Bijlage A): the mentor's deadline is done.
------------------------------------------------------------------------------
SELECT attendance.apply_event(1, 'contact_made', 'mentor-1', 'ouders gebeld', '2025-10-31 10:00+01',
       '{"date": "2025-10-31", "attendees": ["mentor", "ouder"], "outcome": "afspraak"}') > 0 AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);

-- A mistaken event is revoked by a compensating event (DOMAIN 6), with a
-- reason; the case goes back and the mentor's deadline reopens.
SELECT attendance.apply_event(1, 'event_revoked', 'coordinator-1', at => '2025-10-31 11:00+01',
       details => jsonb_build_object('event_id', (SELECT max(event_id) FROM attendance.case_event WHERE event = 'contact_made')));
:sqlstate
SELECT attendance.apply_event(1, 'event_revoked', 'coordinator-1', 'verkeerde leerling', '2025-10-31 11:00+01',
       jsonb_build_object('event_id', (SELECT max(event_id) FROM attendance.case_event WHERE event = 'contact_made'))) > 0 AS revoked;
EXECUTE case_of(1);
EXECUTE deadlines(1);
-- Revoked once only.
SELECT attendance.apply_event(1, 'event_revoked', 'coordinator-1', 'nogmaals', '2025-10-31 11:00+01',
       jsonb_build_object('event_id', (SELECT max(event_id) FROM attendance.case_event WHERE event = 'contact_made')));
:sqlstate
-- The opening event cannot be revoked.
SELECT attendance.apply_event(1, 'event_revoked', 'coordinator-1', 'x', '2025-10-31 11:00+01',
       jsonb_build_object('event_id', (SELECT min(event_id) FROM attendance.case_event WHERE case_id = 1)));
:sqlstate
SELECT attendance.apply_event(1, 'contact_made', 'mentor-1', 'ouders gebeld', '2025-10-31 12:00+01',
       '{"date": "2025-10-31", "attendees": ["mentor", "ouder"], "outcome": "afspraak"}') > 0 AS applied;

------------------------------------------------------------------------------
-- contact -> reported (000 s5): files the wettelijk DUO report; the
-- signal's duty is done; the LPA takes it up within 2 weken of the report:
-- Mon 3 Nov + 14 = Mon 17 Nov.
------------------------------------------------------------------------------
SET attendance.today = '2025-11-03';
SELECT attendance.apply_event(1, 'reported_duo', 'coordinator-1', 'gemeld', '2025-11-03 09:00+01') > 0 AS applied;
SELECT kind, period_first, period_last, reported_on, reported_by, closed_on FROM attendance.duo_report WHERE pupil_id = 1;
EXECUTE case_of(1);
EXECUTE deadlines(1);

-- A regisseur change is an event (DOMAIN 6, casusregie) and allowed in any state.
SELECT attendance.apply_event(1, 'regie_replaced', 'lpa-team', 'vervanging', '2025-11-04 09:00+01',
       '{"role": "lpa", "person": "lpa-2"}') > 0 AS applied;
SELECT attendance.apply_event(1, 'regie_replaced', 'lpa-team', 'x', '2025-11-04 09:00+01', '{"role": "nobody"}');
:sqlstate
EXECUTE case_of(1);

------------------------------------------------------------------------------
-- reported -> lpa_investigation: agreements within 5 werkdagen of entry
-- (Wed 5 Nov + 5 werkdagen = Wed 12 Nov).  A measure keeps the state.
------------------------------------------------------------------------------
SELECT attendance.apply_event(1, 'lpa_investigation_started', 'lpa-2', NULL, '2025-11-05 09:00+01') > 0 AS applied;
SELECT attendance.apply_event(1, 'measure_taken', 'lpa-2', NULL, '2025-11-06 09:00+01',
       '{"measure": "waarschuwingsbrief"}') > 0 AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
-- DOMAIN 7: pausing keeps the rest of the term (Decision).  Paused on Thu
-- 6 Nov with 4 werkdagen left (7, 10, 11, 12 Nov); resumed Mon 10 Nov:
-- 4 werkdagen from then is Fri 14 Nov.
SELECT attendance.apply_event(1, 'deadline_paused', 'lpa-2', NULL, '2025-11-06 10:00+01', '{}');
:sqlstate
SELECT attendance.apply_event(1, 'deadline_paused', 'lpa-2', 'wacht op specialist', '2025-11-06 10:00+01',
       '{"deadlines": ["agreements_letter"]}') > 0 AS applied;
SELECT status, reason FROM attendance.deadlines_as_of('2025-11-20') d
JOIN (SELECT deadline_id, paused_reason AS reason FROM attendance.deadline) x USING (deadline_id) WHERE pupil_id = 1;
SELECT attendance.apply_event(1, 'deadline_resumed', 'lpa-2', NULL, '2025-11-10 10:00+01', '{}') > 0 AS applied;
SELECT attendance.apply_event(1, 'deadline_resumed', 'lpa-2', NULL, '2025-11-10 10:00+01', '{}');
:sqlstate
EXECUTE deadlines(1);

------------------------------------------------------------------------------
-- lpa_investigation -> monitoring: weekly contact, a repeat duty that rolls
-- forward (Thu 13 Nov + 1 week = Thu 20 Nov; done, next Thu 27 Nov).
------------------------------------------------------------------------------
SELECT attendance.apply_event(1, 'agreements_made', 'lpa-2', NULL, '2025-11-13 09:00+01',
       '{"date": "2025-11-13", "attendees": ["lpa", "ouder", "leerling"], "agreements": "elke dag op tijd", "follow_up": "mentor"}') > 0 AS applied;
SELECT attendance.apply_event(1, 'participant_assigned', 'coordinator-1', NULL, '2025-11-13 10:00+01',
       '{"role": "mentor", "person": "mentor-1"}') > 0 AS applied;
SELECT attendance.apply_event(1, 'contact_recorded', 'mentor-1', NULL, '2025-11-19 10:00+01', '{"outcome": "goed"}') > 0 AS applied;
EXECUTE deadlines(1);
-- "What is due, for me, this week" (DOMAIN 7): the mentor-1's deadlines.
SET attendance.today = '2025-11-24';
SELECT code, person, due_date, status, days_overdue FROM attendance.deadline_due
WHERE person = 'mentor-1' AND due_date < attendance.today() + 7;
-- complete_deadline by hand rolls forward too.
SELECT attendance.complete_deadline((SELECT max(deadline_id) FROM attendance.deadline WHERE code = 'weekly_contact'), 'mentor-1', '2025-11-25');
SELECT done_on, done_by_actor FROM attendance.deadline WHERE deadline_id = 6;
SELECT attendance.complete_deadline((SELECT min(deadline_id) FROM attendance.deadline WHERE code = 'weekly_contact'), 'mentor-1');
:sqlstate

------------------------------------------------------------------------------
-- monitoring -> closed by the LPA: the report is closed, the case too, and
-- every open deadline cancelled.
------------------------------------------------------------------------------
SELECT attendance.apply_event(1, 'lpa_closed', 'lpa-2', NULL, '2025-11-28 09:00+01', '{"outcome": "verzuim gestopt"}') > 0 AS applied;
SELECT kind, closed_on, closed_by FROM attendance.duo_report WHERE pupil_id = 1;
EXECUTE case_of(1);
EXECUTE deadlines(1);
EXECUTE log(1);
SELECT attendance.apply_event(1, 'contact_recorded', 'mentor-1', NULL, '2025-11-28 10:00+01', '{"outcome": "x"}');
:sqlstate

------------------------------------------------------------------------------
-- DOMAIN 6: the event log refuses UPDATE, DELETE and TRUNCATE.
------------------------------------------------------------------------------
UPDATE attendance.case_event SET note = 'x' WHERE event_id = 1;
:sqlstate
DELETE FROM attendance.case_event WHERE event_id = 1;
:sqlstate
TRUNCATE attendance.case_event CASCADE;
:sqlstate

------------------------------------------------------------------------------
-- contact -> closed (000 s4), and a withdrawn signal (DOMAIN 4) closes a
-- case nothing happened in.
------------------------------------------------------------------------------
SET attendance.today = '2025-11-07';
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day) VALUES
    (201, 2, 1, 'unauthorised', '2025-11-03', '2025-11-05');
EXECUTE case_of(2);
EXECUTE deadlines(2);
DELETE FROM attendance.registration WHERE registration_id = 201;
EXECUTE case_of(2);
EXECUTE deadlines(2);
EXECUTE log(2);
