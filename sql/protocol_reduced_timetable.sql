-- protocol_reduced_timetable: the reduced timetable (Variawet) protocol
-- (DOMAIN 3, 6; seed 001 Bijlage J) walked through every transition, with
-- every deadline and its due date counted by hand: drafted -> applied
-- (category D) -> active | refused; drafted -> active (categories A-C);
-- active -> renewal -> applied | active | ended.  Five pupils walk the
-- branches; the cases are opened by hand.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2025-10-06';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- Fixture: invented holidays (not the real dates), labelled.  No deadline
-- of this protocol counts werkdagen or schooldagen: weken and dagen are
-- calendar arithmetic (DOMAIN 2).
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality) VALUES
    (1, '99RA', 'Maatwerk College (fixture)', 'VO', 'rbl_brabant_noordoost', 'zuid', 'Testdorp');
INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day) VALUES
    ('zuid', NULL, 'zomervakantie (fixture)', '2025-08-01', '2025-08-31'),
    ('zuid', NULL, 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04'),
    ('zuid', NULL, 'zomervakantie (fixture)', '2026-07-18', '2026-08-30');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality)
SELECT n, 'P-R00' || n, ('2011-09-0' || n)::date, 'Testdorp' FROM generate_series(1, 5) n;
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day)
SELECT n, 1, '2025-08-01' FROM generate_series(1, 5) n;

PREPARE cases(bigint[]) AS
SELECT u.reference, c.case_id, c.state, c.status, c.regisseur_role, c.closed_reason
FROM attendance."case" c JOIN attendance.pupil u USING (pupil_id)
WHERE c.pupil_id = ANY ($1) ORDER BY c.pupil_id, c.case_id;
PREPARE deadlines(bigint[]) AS
SELECT u.reference, d.state, d.code, d.role, d.anchor_date, d.due_date, d.status,
       coalesce(d.cancelled_reason, d.paused_reason) AS reason
FROM attendance.deadline d JOIN attendance.pupil u USING (pupil_id)
WHERE d.pupil_id = ANY ($1) ORDER BY d.pupil_id, d.deadline_id;
PREPARE step(bigint[], text, text, timestamptz, jsonb) AS
SELECT u.reference,
       attendance.apply_event(c.case_id, $2, $3, NULL, $4, $5) > 0 AS applied
FROM attendance."case" c JOIN attendance.pupil u USING (pupil_id)
WHERE c.pupil_id = ANY ($1) AND c.status = 'open' ORDER BY c.pupil_id;

------------------------------------------------------------------------------
-- Mon 6 Oct 2025: the school opens a case by hand for each pupil: drafted,
-- the ondersteuningscoordinator drafts OPP and opbouwrooster (001 Bijlage J;
-- regisseur support_coordinator).  drafted creates no deadline.
------------------------------------------------------------------------------
SELECT u.reference, attendance.open_case(u.pupil_id, 'reduced_timetable', 'zorgco-1', 'OPP in voorbereiding (fixture)',
       '2025-10-06 10:00+02') AS case_id
FROM attendance.pupil u ORDER BY u.pupil_id;
EXECUTE cases('{1,2,3,4,5}');
EXECUTE deadlines('{1,2,3,4,5}');

-- DOMAIN 6: the Inspectorate decides only on an application (VZ020); an
-- application names category, hours per week, OPP and ingroeiplan (001
-- Bijlage J "actueel opp en ingroeiplan") (VZ023).
EXECUTE step('{1}', 'application_approved', 'board-1', '2025-10-07 10:00+02', '{"decided_on": "2025-10-07"}');
:sqlstate
EXECUTE step('{1}', 'application_submitted', 'board-1', '2025-10-08 10:00+02', '{"category": "D", "hours_per_week": 12, "opp": true}');
:sqlstate

------------------------------------------------------------------------------
-- Wed 8 Oct.  drafted -> applied (P-R001, P-R003, category D): regie to the
-- bevoegd gezag; the Inspectorate aims to decide "binnen 8 weken" (001
-- Bijlage J): Wed 8 Oct + 8 weken (56 dagen) = Wed 3 Dec 2025.
------------------------------------------------------------------------------
SET attendance.today = '2025-10-08';
EXECUTE step('{1,3}', 'application_submitted', 'board-1', '2025-10-08 10:00+02',
    '{"category": "D", "hours_per_week": 12, "opp": true, "ingroeiplan": "elke 6 weken 4 uur erbij"}');
EXECUTE cases('{1,3}');
EXECUTE deadlines('{1,3}');

------------------------------------------------------------------------------
-- Fri 10 Oct.  drafted -> ended (P-R005): the plan is not pursued, the pupil
-- follows the full timetable.
------------------------------------------------------------------------------
SET attendance.today = '2025-10-10';
EXECUTE step('{5}', 'timetable_ended', 'zorgco-1', '2025-10-10 10:00+02', '{"outcome": "volledig rooster haalbaar"}');
EXECUTE cases('{5}');

------------------------------------------------------------------------------
-- Mon 13 Oct.  drafted -> active (P-R002, P-R004, category B: no consent of
-- the Inspectorate needed, 001 Bijlage J).  Valid to 31 July ("geldig voor
-- het lopende schooljaar"): the school year 2025-2026 ends Fri 31 Jul 2026.
-- * renewal due 8 weken before it (DOMAIN 6 Decision): 31 Jul - 56 dagen =
--   Fri 5 Jun 2026;
-- * expiry on it (Decision): 31 Jul + 0 dagen = Fri 31 Jul 2026.
------------------------------------------------------------------------------
SET attendance.today = '2025-10-13';
EXECUTE step('{2,4}', 'timetable_started', 'zorgco-1', '2025-10-13 10:00+02',
    '{"category": "B", "hours_per_week": 16, "opp": true}');
EXECUTE cases('{2,4}');
EXECUTE deadlines('{2,4}');

------------------------------------------------------------------------------
-- Mon 24 Nov.  applied -> active (P-R001): the Inspectorate consents; the
-- decision deadline is done; renewal Fri 5 Jun 2026 and expiry Fri 31 Jul
-- 2026, counted as above.
-- Mon 1 Dec.  applied -> refused (P-R003): terminal, the case closes.
------------------------------------------------------------------------------
SET attendance.today = '2025-11-24';
EXECUTE step('{1}', 'application_approved', 'board-1', '2025-11-24 10:00+01', '{"decided_on": "2025-11-21"}');
SET attendance.today = '2025-12-01';
EXECUTE step('{3}', 'application_refused', 'board-1', '2025-12-01 10:00+01', '{"decided_on": "2025-11-28"}');
EXECUTE cases('{1,3}');
EXECUTE deadlines('{1,3}');

------------------------------------------------------------------------------
-- Mon 2 Feb 2026.  active: an evaluation keeps the state (001, 002).
------------------------------------------------------------------------------
SET attendance.today = '2026-02-02';
EXECUTE step('{1}', 'timetable_evaluated', 'zorgco-1', '2026-02-02 10:00+01',
    '{"date": "2026-02-02", "attendees": ["zorgco", "jeugdarts", "ouder", "leerling"], "outcome": "opbouw loopt", "agreements": "16 uur vanaf maart"}');
EXECUTE cases('{1}');

------------------------------------------------------------------------------
-- Mon 1 Jun 2026.  active -> renewal (P-R001, P-R002, P-R004): both
-- deadlines of active are done.  The next school year's application or
-- timetable is due by the end of this one (Decision; 001 Bijlage J "op tijd
-- wordt ingediend"): 31 Jul + 0 dagen = Fri 31 Jul 2026; regie stays with
-- the ondersteuningscoordinator, the deadline is the bevoegd gezag's.
------------------------------------------------------------------------------
SET attendance.today = '2026-06-01';
EXECUTE step('{1,2,4}', 'renewal_started', 'zorgco-1', '2026-06-01 10:00+02',
    '{"date": "2026-06-01", "attendees": ["zorgco", "ouder", "leerling"], "outcome": "nog niet volledig belastbaar", "agreements": "nieuw OPP"}');
EXECUTE cases('{1,2,4}');
EXECUTE deadlines('{1,2,4}');

------------------------------------------------------------------------------
-- Mon 15 Jun.  renewal -> applied (P-R001): the renewal deadline is done;
-- the Inspectorate's 8 weken: Mon 15 Jun + 56 dagen = Mon 10 Aug 2026.
-- Fri 10 Jul.  renewal -> ended (P-R004): full time reached; the renewal
-- deadline is done.
------------------------------------------------------------------------------
SET attendance.today = '2026-06-15';
EXECUTE step('{1}', 'application_submitted', 'board-1', '2026-06-15 10:00+02',
    '{"category": "D", "hours_per_week": 20, "opp": true, "ingroeiplan": "volledig rooster in januari"}');
SET attendance.today = '2026-07-10';
EXECUTE step('{4}', 'timetable_ended', 'zorgco-1', '2026-07-10 10:00+02', '{"outcome": "volledig rooster vanaf het nieuwe schooljaar"}');
EXECUTE cases('{1,4}');
EXECUTE deadlines('{1,4}');

------------------------------------------------------------------------------
-- Mon 24 Aug 2026.  applied -> active (P-R001), in the school year
-- 2026-2027, which ends Sat 31 Jul 2027: renewal 31 Jul 2027 - 56 dagen =
-- Sat 5 Jun 2027; expiry Sat 31 Jul 2027 (dagen and weken: a weekend date
-- stands).
-- Mon 31 Aug 2026.  renewal -> active (P-R002, category B, the new
-- timetable starts with the school year): the same two dates; the renewal
-- deadline is done.
-- (A decision or start recorded before 1 August would count from the
-- ending school year: see the report of this change.)
------------------------------------------------------------------------------
SET attendance.today = '2026-08-24';
EXECUTE step('{1}', 'application_approved', 'board-1', '2026-08-24 10:00+02', '{"decided_on": "2026-08-21"}');
SET attendance.today = '2026-08-31';
EXECUTE step('{2}', 'timetable_started', 'zorgco-1', '2026-08-31 10:00+02',
    '{"category": "B", "hours_per_week": 22, "opp": true}');
EXECUTE cases('{1,2}');
EXECUTE deadlines('{1,2}');

------------------------------------------------------------------------------
-- Fri 4 Dec 2026.  active -> ended (P-R001): the pupil follows the full
-- timetable; "verlengen of beëindigen" is answered, both deadlines done.
------------------------------------------------------------------------------
SET attendance.today = '2026-12-04';
EXECUTE step('{1}', 'timetable_ended', 'zorgco-1', '2026-12-04 10:00+01', '{"outcome": "volledig rooster"}');
EXECUTE cases('{1,2,3,4,5}');
EXECUTE deadlines('{1}');
SELECT event, from_state, to_state, actor, on_day
FROM attendance.case_event WHERE pupil_id = 1 ORDER BY event_id;
SELECT count(*) AS duo_reports FROM attendance.duo_report;
