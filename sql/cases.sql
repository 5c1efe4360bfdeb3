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

------------------------------------------------------------------------------
-- DOMAIN 6: signals written in one statement (the engine writes the
-- signals a COPY raises a few hundred at a time, src/signals_to_cases.sql)
-- open and join cases as they would one at a time: in the order of their
-- ids, the first of a pupil's signals of a protocol opens the case and the
-- others join it, each with its event and its own duty.  A protocol whose
-- initial state is terminal closes its case as it opens it, so each of its
-- signals opens a case of its own.  Pupil 4's signals come in one
-- statement, pupil 5's (the same) one at a time: the same cases.
------------------------------------------------------------------------------
SET attendance.today = '2025-11-14';
BEGIN;
INSERT INTO attendance.protocol (code, name, initial_state, source) VALUES
    ('fixture_followup', 'Opvolging (fixture)', 'watching', 'test'),
    ('fixture_note', 'Alleen vastleggen (fixture)', 'noted', 'test');
INSERT INTO attendance.protocol_state (protocol, state, name, regisseur, terminal, source) VALUES
    ('fixture_followup', 'watching', 'Volgen', 'mentor', false, 'test'),
    ('fixture_followup', 'done', 'Afgerond', NULL, true, 'test'),
    ('fixture_note', 'noted', 'Vastgelegd', NULL, true, 'test');
INSERT INTO attendance.protocol_event (protocol, code, name, source) VALUES
    ('fixture_followup', 'finished', 'Afgerond', 'test');
INSERT INTO attendance.protocol_transition (protocol, from_state, event, to_state, source) VALUES
    ('fixture_followup', 'watching', 'finished', 'done', 'test');
INSERT INTO attendance.state_deadline (protocol, state, code, term, role, action, anchor, source) VALUES
    ('fixture_followup', 'watching', 'look', '3 dagen', 'mentor', 'Kijken (fixture)', 'signal', 'test');
INSERT INTO attendance.signal_protocol (code, protocol, source) VALUES
    ('fixture_a', 'fixture_followup', 'test'), ('fixture_b', 'fixture_followup', 'test'),
    ('fixture_n', 'fixture_note', 'test');
COMMIT;
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (4, 'P-C004', '2011-06-01', 'Testdorp'), (5, 'P-C005', '2011-06-01', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (4, 1, '2025-08-01'), (5, 1, '2025-08-01');
INSERT INTO attendance.signal (pupil_id, school_id, origin, code, crossing_date, due_date, role, action, source, note) VALUES
    (4, 1, 'automatic', 'fixture_b', '2025-11-12', '2025-11-19', 'mentor', 'Bellen (fixture)', 'test', 'one statement'),
    (4, 1, 'automatic', 'fixture_n', '2025-11-12', NULL, 'mentor', 'Noteren (fixture)', 'test', 'one statement'),
    (4, 1, 'automatic', 'fixture_a', '2025-11-13', '2025-11-20', 'mentor', 'Bellen (fixture)', 'test', 'one statement'),
    (4, 1, 'automatic', 'fixture_n', '2025-11-13', NULL, 'mentor', 'Noteren (fixture)', 'test', 'one statement');
INSERT INTO attendance.signal (pupil_id, school_id, origin, code, crossing_date, due_date, role, action, source, note) VALUES
    (5, 1, 'automatic', 'fixture_b', '2025-11-12', '2025-11-19', 'mentor', 'Bellen (fixture)', 'test', 'one at a time');
INSERT INTO attendance.signal (pupil_id, school_id, origin, code, crossing_date, due_date, role, action, source, note) VALUES
    (5, 1, 'automatic', 'fixture_n', '2025-11-12', NULL, 'mentor', 'Noteren (fixture)', 'test', 'one at a time');
INSERT INTO attendance.signal (pupil_id, school_id, origin, code, crossing_date, due_date, role, action, source, note) VALUES
    (5, 1, 'automatic', 'fixture_a', '2025-11-13', '2025-11-20', 'mentor', 'Bellen (fixture)', 'test', 'one at a time');
INSERT INTO attendance.signal (pupil_id, school_id, origin, code, crossing_date, due_date, role, action, source, note) VALUES
    (5, 1, 'automatic', 'fixture_n', '2025-11-13', NULL, 'mentor', 'Noteren (fixture)', 'test', 'one at a time');
-- Pupil 4: one fixture_followup case (opened by fixture_b, the lower id,
-- joined by fixture_a), its "look" deadline 3 dagen from the first
-- signal's crossing (Sat 15 Nov); two fixture_note cases, closed as opened.
SELECT c.protocol, c.state, c.status, c.worrying_since,
       pg_catalog.string_agg(e.event || ' ' || g.code, ', ' ORDER BY e.event_id) AS events
FROM attendance."case" c JOIN attendance.case_event e USING (case_id) LEFT JOIN attendance.signal g USING (signal_id)
WHERE c.pupil_id = 4 GROUP BY c.case_id ORDER BY c.case_id;
SELECT d.protocol, d.state, d.code, g.code AS signal, d.anchor_date, d.due_date, d.status
FROM attendance.deadline d LEFT JOIN attendance.signal g USING (signal_id)
WHERE d.pupil_id = 4 ORDER BY d.protocol, d.code, g.code;
-- The same for pupil 5, one signal at a time: nothing differs but the ids,
-- in either direction (pg_temp.outcome: the pupil's cases with their events
-- in order, and its deadlines, without ids).
CREATE FUNCTION pg_temp.outcome(p bigint) RETURNS TABLE (a text, b text, c text, d date, e date, f text)
LANGUAGE sql AS $$
    SELECT c.protocol, c.state, c.status, c.worrying_since, c.opened_on,
           pg_catalog.string_agg(e.event || ' ' || g.code || ' ' || g.crossing_date, ', ' ORDER BY e.event_id)
    FROM attendance."case" c JOIN attendance.case_event e USING (case_id) LEFT JOIN attendance.signal g USING (signal_id)
    WHERE c.pupil_id = p GROUP BY c.case_id
    UNION ALL
    SELECT d.protocol, d.state, d.code || ' ' || d.role || ' ' || d.status, d.anchor_date, d.due_date, g.code
    FROM attendance.deadline d LEFT JOIN attendance.signal g USING (signal_id) WHERE d.pupil_id = p
$$;
SELECT (SELECT count(*) FROM pg_temp.outcome(4)) AS rows,
       (SELECT count(*) FROM (SELECT * FROM pg_temp.outcome(4) EXCEPT ALL SELECT * FROM pg_temp.outcome(5)) x)
     + (SELECT count(*) FROM (SELECT * FROM pg_temp.outcome(5) EXCEPT ALL SELECT * FROM pg_temp.outcome(4)) x) AS differences;
