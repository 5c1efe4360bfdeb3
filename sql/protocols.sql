-- protocols: protocols as data (DOMAIN 6).  A user adds a protocol with
-- plain INSERTs and overrides a shipped row with a row of its own; a
-- malformed protocol is refused at commit with a message that says what is
-- wrong (VZ025).  Also: opening cases by hand, the after_pause alternative
-- of DOMAIN 7 one row away, municipalities that skip a step, and cases
-- closing when the pupil leaves compulsory age or the school (DOMAIN 6).
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2025-11-03';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality) VALUES
    (1, '99PA', 'Protocol College (fixture)', 'VO', 'statutory', 'midden', 'Testdorp'),
    (2, '99PB', 'Ander College (fixture)', 'VO', 'statutory', 'midden', 'Testdorp');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025), (2, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'P-R001', '2011-03-01', 'Testdorp'),
    (2, 'P-R002', '2007-11-10', 'Testdorp'),
    (3, 'P-R003', '2011-05-01', 'Elders');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day, last_day) VALUES
    (1, 1, '2025-08-01', NULL), (2, 1, '2025-08-01', NULL),
    (3, 1, '2025-08-01', '2025-11-14'), (3, 2, '2025-11-15', NULL);

------------------------------------------------------------------------------
-- A user protocol, written in one transaction with plain INSERTs.
------------------------------------------------------------------------------
BEGIN;
INSERT INTO attendance.protocol (code, name, initial_state, source) VALUES
    ('home_visit_check', 'Huisbezoek (eigen protocol, fixture)', 'planned', 'test');
INSERT INTO attendance.protocol_state (protocol, state, name, regisseur, terminal, source) VALUES
    ('home_visit_check', 'planned', 'Gepland', 'attendance_coordinator', false, 'test'),
    ('home_visit_check', 'done', 'Afgerond', NULL, true, 'test');
INSERT INTO attendance.protocol_event (protocol, code, name, records, source) VALUES
    ('home_visit_check', 'visited', 'Huisbezoek afgelegd', '{date}', 'test');
INSERT INTO attendance.protocol_transition (protocol, from_state, event, to_state, source) VALUES
    ('home_visit_check', 'planned', 'visited', 'done', 'test');
INSERT INTO attendance.state_deadline (protocol, state, code, term, role, action, done_by, source) VALUES
    ('home_visit_check', 'planned', 'visit', '5 werkdagen', 'attendance_coordinator', 'Huisbezoek afleggen', '{visited}', 'test');
COMMIT;
SELECT attendance.open_case(1, 'home_visit_check', 'coordinator-1') AS case_id;
-- Mon 3 Nov + 5 werkdagen = Mon 10 Nov.
SELECT code, due_date, status FROM attendance.deadline WHERE case_id = 1;
SELECT attendance.apply_event(1, 'visited', 'coordinator-1', NULL, '2025-11-05 10:00+01', '{"date": "2025-11-05"}') > 0 AS applied;
SELECT state, status, closed_on, closed_reason FROM attendance."case" WHERE case_id = 1;

------------------------------------------------------------------------------
-- Malformed protocols are refused at commit (VZ025), whole, with what is wrong.
------------------------------------------------------------------------------
-- Rows for a protocol nobody defined.
INSERT INTO attendance.protocol_state (protocol, state, name, terminal, source) VALUES ('nothing', 's', 'x', true, 'test');
:sqlstate
-- The initial state is not one of its states.
BEGIN;
INSERT INTO attendance.protocol (code, name, initial_state, source) VALUES ('bad', 'Fout (fixture)', 'start', 'test');
INSERT INTO attendance.protocol_state (protocol, state, name, terminal, source) VALUES ('bad', 'begin', 'x', false, 'test'), ('bad', 'end', 'x', true, 'test');
INSERT INTO attendance.protocol_event (protocol, code, name, source) VALUES ('bad', 'go', 'x', 'test');
INSERT INTO attendance.protocol_transition (protocol, from_state, event, to_state, source) VALUES ('bad', 'begin', 'go', 'end', 'test');
COMMIT;
:sqlstate
-- A transition to a missing state.
BEGIN;
INSERT INTO attendance.protocol (code, name, initial_state, source) VALUES ('bad', 'Fout (fixture)', 'begin', 'test');
INSERT INTO attendance.protocol_state (protocol, state, name, terminal, source) VALUES ('bad', 'begin', 'x', false, 'test'), ('bad', 'end', 'x', true, 'test');
INSERT INTO attendance.protocol_event (protocol, code, name, source) VALUES ('bad', 'go', 'x', 'test');
INSERT INTO attendance.protocol_transition (protocol, from_state, event, to_state, source) VALUES
    ('bad', 'begin', 'go', 'end', 'test'), ('bad', 'begin', 'jump', 'nowhere', 'test');
COMMIT;
:sqlstate
-- A transition by an event it does not know.
BEGIN;
INSERT INTO attendance.protocol (code, name, initial_state, source) VALUES ('bad', 'Fout (fixture)', 'begin', 'test');
INSERT INTO attendance.protocol_state (protocol, state, name, terminal, source) VALUES ('bad', 'begin', 'x', false, 'test'), ('bad', 'end', 'x', true, 'test');
INSERT INTO attendance.protocol_transition (protocol, from_state, event, to_state, source) VALUES ('bad', 'begin', 'go', 'end', 'test');
COMMIT;
:sqlstate
-- An unreachable state.
BEGIN;
INSERT INTO attendance.protocol (code, name, initial_state, source) VALUES ('bad', 'Fout (fixture)', 'begin', 'test');
INSERT INTO attendance.protocol_state (protocol, state, name, terminal, source) VALUES
    ('bad', 'begin', 'x', false, 'test'), ('bad', 'end', 'x', true, 'test'), ('bad', 'island', 'x', true, 'test');
INSERT INTO attendance.protocol_event (protocol, code, name, source) VALUES ('bad', 'go', 'x', 'test');
INSERT INTO attendance.protocol_transition (protocol, from_state, event, to_state, source) VALUES ('bad', 'begin', 'go', 'end', 'test');
COMMIT;
:sqlstate
-- A state with no way out.
BEGIN;
INSERT INTO attendance.protocol (code, name, initial_state, source) VALUES ('bad', 'Fout (fixture)', 'begin', 'test');
INSERT INTO attendance.protocol_state (protocol, state, name, terminal, source) VALUES
    ('bad', 'begin', 'x', false, 'test'), ('bad', 'stuck', 'x', false, 'test'), ('bad', 'end', 'x', true, 'test');
INSERT INTO attendance.protocol_event (protocol, code, name, source) VALUES ('bad', 'go', 'x', 'test'), ('bad', 'stay', 'x', 'test');
INSERT INTO attendance.protocol_transition (protocol, from_state, event, to_state, source) VALUES
    ('bad', 'begin', 'go', 'end', 'test'), ('bad', 'begin', 'stay', 'stuck', 'test');
COMMIT;
:sqlstate
-- A deadline without a term.
BEGIN;
INSERT INTO attendance.protocol (code, name, initial_state, source) VALUES ('bad', 'Fout (fixture)', 'begin', 'test');
INSERT INTO attendance.protocol_state (protocol, state, name, terminal, source) VALUES ('bad', 'begin', 'x', false, 'test'), ('bad', 'end', 'x', true, 'test');
INSERT INTO attendance.protocol_event (protocol, code, name, source) VALUES ('bad', 'go', 'x', 'test');
INSERT INTO attendance.protocol_transition (protocol, from_state, event, to_state, source) VALUES ('bad', 'begin', 'go', 'end', 'test');
INSERT INTO attendance.state_deadline (protocol, state, code, role, action, source) VALUES ('bad', 'begin', 'act', 'mentor', 'x', 'test');
COMMIT;
:sqlstate
-- A repeat that does not move forward.
BEGIN;
INSERT INTO attendance.protocol (code, name, initial_state, source) VALUES ('bad', 'Fout (fixture)', 'begin', 'test');
INSERT INTO attendance.protocol_state (protocol, state, name, terminal, source) VALUES ('bad', 'begin', 'x', false, 'test'), ('bad', 'end', 'x', true, 'test');
INSERT INTO attendance.protocol_event (protocol, code, name, source) VALUES ('bad', 'go', 'x', 'test');
INSERT INTO attendance.protocol_transition (protocol, from_state, event, to_state, source) VALUES ('bad', 'begin', 'go', 'end', 'test');
INSERT INTO attendance.state_deadline (protocol, state, code, term, repeat_every, role, action, source) VALUES
    ('bad', 'begin', 'act', '1 week', '0 dagen', 'mentor', 'x', 'test');
COMMIT;
:sqlstate
-- No terminal state.
BEGIN;
INSERT INTO attendance.protocol (code, name, initial_state, source) VALUES ('bad', 'Fout (fixture)', 'begin', 'test');
INSERT INTO attendance.protocol_state (protocol, state, name, terminal, source) VALUES ('bad', 'begin', 'x', false, 'test'), ('bad', 'next', 'x', false, 'test');
INSERT INTO attendance.protocol_event (protocol, code, name, source) VALUES ('bad', 'go', 'x', 'test'), ('bad', 'back', 'x', 'test');
INSERT INTO attendance.protocol_transition (protocol, from_state, event, to_state, source) VALUES
    ('bad', 'begin', 'go', 'next', 'test'), ('bad', 'next', 'back', 'begin', 'test');
COMMIT;
:sqlstate
-- Breaking a shipped protocol with a user row is refused too: switching
-- off the only way out of a state.
INSERT INTO attendance.protocol_transition (protocol, from_state, event, to_state, enabled, source) VALUES
    ('unauthorised', 'reported', 'lpa_investigation_started', 'lpa_investigation', false, 'test');
:sqlstate
-- Shipped rows are never edited (VZ012).
UPDATE attendance.state_deadline SET term = '10 dagen' WHERE protocol = 'unauthorised' AND code = 'mentor_contact';
:sqlstate
SELECT count(*) AS bad_rows FROM attendance.protocol WHERE code = 'bad';

------------------------------------------------------------------------------
-- A user row overrides a shipped one: the mentor gets 5 dagen instead of 3,
-- and pauses restart the whole term (DOMAIN 7, the alternative Decision).
------------------------------------------------------------------------------
INSERT INTO attendance.state_deadline (protocol, state, code, term, anchor, role, action, done_by, source)
SELECT protocol, state, code, '5 dagen', anchor, role, action, done_by, 'test: regional agreement'
FROM attendance.state_deadline WHERE protocol = 'unauthorised' AND code = 'mentor_contact';
INSERT INTO attendance.protocol (code, name, initial_state, after_pause, source)
SELECT code, name, initial_state, 'restart', 'test: full term anew' FROM attendance.protocol WHERE code = 'unauthorised';
SELECT attendance.open_case(1, 'unauthorised', 'coordinator-1') AS case_id;
-- Mon 3 Nov + 5 dagen = Sat 8 Nov.
SELECT code, due_date, status FROM attendance.deadline WHERE case_id = 2;
-- Paused Tue 4 Nov, resumed Thu 6 Nov: the full 5 dagen anew, Tue 11 Nov.
SELECT attendance.apply_event(2, 'deadline_paused', 'mentor-1', 'leerling opgenomen', '2025-11-04 09:00+01') > 0 AS paused;
SELECT attendance.apply_event(2, 'deadline_resumed', 'mentor-1', NULL, '2025-11-06 09:00+01') > 0 AS resumed;
SELECT code, due_date, status, sequence FROM attendance.deadline WHERE case_id = 2;
-- Opening it again returns the open case.
SELECT attendance.open_case(1, 'unauthorised', 'coordinator-2') AS same_case;
SELECT attendance.open_case(1, 'no_such_protocol', 'coordinator-1');
:sqlstate

------------------------------------------------------------------------------
-- A municipality that skips a step (DOMAIN 6: "municipalities that skip a
-- step are data"): pupil 3 lives in Elders, where the mentor's contact is
-- not asked.
------------------------------------------------------------------------------
INSERT INTO attendance.deadline_skip (protocol, state, code, municipality, source) VALUES
    ('unauthorised', 'signalled', 'mentor_contact', 'Elders', 'test');
SELECT attendance.open_case(3, 'unauthorised', 'coordinator-1') AS case_id;
SELECT count(*) AS deadlines FROM attendance.deadline WHERE pupil_id = 3;

------------------------------------------------------------------------------
-- DOMAIN 6: cases close when the pupil leaves compulsory age (closes_at_age
-- 18, Decision) or enrolment; a case follows the pupil to a new school.
-- Pupil 2 turns 18 on 10 Nov 2025; pupil 3 moves to school 2 on 15 Nov.
------------------------------------------------------------------------------
SELECT attendance.open_case(2, 'unauthorised', 'coordinator-1') AS case_id;
SELECT attendance.close_cases('2025-11-09') AS closed;
SELECT attendance.close_cases('2025-11-10') AS closed;
SELECT attendance.close_cases('2025-11-10') AS closed_again;
SELECT attendance.close_cases('2025-11-17') AS closed;
SELECT case_id, pupil_id, school_id, status, closed_on, closed_reason FROM attendance."case" ORDER BY case_id;
SELECT case_id, event, note FROM attendance.case_event WHERE event IN ('closed', 'school_changed') ORDER BY event_id;
SELECT code, status, cancelled_reason FROM attendance.deadline WHERE pupil_id = 2;
UPDATE attendance.enrolment SET last_day = '2025-11-30' WHERE pupil_id = 1;
SELECT attendance.close_cases('2025-12-01') AS closed;
SELECT case_id, status, closed_reason FROM attendance."case" WHERE pupil_id = 1 ORDER BY case_id;

------------------------------------------------------------------------------
-- DOMAIN 6 (reduced timetable, 001 Bijlage J): a timetable arranged in July
-- for the next school year counts its renewal from the end of that year,
-- when the event records its first_day (state_deadline.anchor_detail).
-- Started on Fri 24 Jul 2026 with first_day Mon 24 Aug 2026: expiry Sat
-- 31 Jul 2027, renewal 8 weken before it, Sat 5 Jun 2027.  Without
-- first_day, the end of the school year of the day itself: 31 Jul 2026.
------------------------------------------------------------------------------
SELECT attendance.open_case(3, 'reduced_timetable', 'zoco-1', NULL, '2026-07-20 10:00+02') AS case_id \gset
SELECT attendance.apply_event(:case_id, 'timetable_started', 'zoco-1', NULL, '2026-07-24 10:00+02',
       '{"category": "B", "hours_per_week": 20, "opp": true, "first_day": "2026-08-24"}') > 0 AS applied;
SELECT code, anchor_date, due_date, status FROM attendance.deadline WHERE case_id = :case_id AND state = 'active' ORDER BY code;
SELECT attendance.open_case(2, 'reduced_timetable', 'zoco-1', NULL, '2025-11-03 10:00+01') AS case_id \gset
SELECT attendance.apply_event(:case_id, 'timetable_started', 'zoco-1', NULL, '2025-11-03 10:00+01',
       '{"category": "B", "hours_per_week": 20, "opp": true}') > 0 AS applied;
SELECT code, anchor_date, due_date, status FROM attendance.deadline WHERE case_id = :case_id AND state = 'active' ORDER BY code;
