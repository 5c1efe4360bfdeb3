-- protocol_absolute_absence: the absolute absence protocol (DOMAIN 6; seeds
-- 000 s3, 003 route 2) walked through every transition, with every deadline
-- and its due date counted by hand: signalled -> letter_sent -> invited ->
-- home_visit (only after a missed appointment) -> enrolled | exemption |
-- official_report.  Eight children, all without a school, walk the
-- branches in step; the case has no school, so werkdagen count Dutch public
-- holidays only (DOMAIN 2, 4.8).
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2026-04-01';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- Fixture: one school (where two children enrol), invented holidays (not the
-- real dates), labelled.  Public holidays in the period: Easter Monday
-- Mon 6 Apr 2026 and King's Day Mon 27 Apr 2026 (Good Friday 3 Apr is no
-- holiday; 5 May is none in 2026, not a lustrum year).
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality) VALUES
    (1, '99AB', 'Basisschool De Inschrijving (fixture)', 'PO', 'statutory', 'midden', 'Testdorp');
INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day) VALUES
    ('midden', NULL, 'zomervakantie (fixture)', '2025-08-01', '2025-08-31'),
    ('midden', NULL, 'meivakantie (fixture)', '2026-04-25', '2026-05-03');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
-- Seven children born Tue 10 Mar 2021: of compulsory age from Wed 1 Apr
-- 2026 (the first day of the month after the fifth birthday, DOMAIN 1),
-- known from the LBA, enrolled nowhere, not exempt.
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality)
SELECT n, 'P-A00' || n, '2021-03-10', 'Testdorp' FROM generate_series(1, 7) n;

PREPARE cases(bigint[]) AS
SELECT u.reference, c.case_id, c.state, c.status, c.regisseur_role, c.school_id, c.closed_reason
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
-- DOMAIN 4.1, 6: evaluate() on Wed 1 Apr raises statutory_absolute for each
-- child (crossing on day 1 of the stretch, Wed 1 Apr), which opens a case
-- in signalled; regisseur the LPA ("Leerrecht heeft in principe de regie bij
-- absoluut verzuim", 000 s3).
------------------------------------------------------------------------------
SELECT attendance.evaluate('2026-04-01') AS raised;
EXECUTE cases('{1,2,3,4,5,6,7}');
-- DOMAIN 7: signalled creates no deadline of its own; the signal's duty is
-- the LPA's letter (003 route 2; criterion statutory_absolute, 5 werkdagen
-- from the crossing): Wed 1 Apr + 5 werkdagen = Thu 2 (1), Fri 3 (2; Good
-- Friday is a werkdag), Mon 6 (Easter Monday, skipped), Tue 7 (3), Wed 8
-- (4), Thu 9 Apr (5): Thu 9 Apr.
EXECUTE deadlines('{1,2,3,4,5,6,7}');

-- DOMAIN 4.6: the LPA may open it by hand (manual reason absolute_absence),
-- here for a child who moved into the municipality (P-A008).  A manual
-- signal carries no due date, so there is no letter deadline.
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (8, 'P-A008', '2021-03-10', 'Testdorp');
SELECT attendance.raise_signal(8, 'absolute_absence', 'lpa', 'Signaal uit de LBA (fixture)') IS NOT NULL AS raised;
SELECT code, origin, crossing_date, due_date, role FROM attendance.signal WHERE pupil_id = 8;
EXECUTE cases('{8}');
EXECUTE deadlines('{8}');

------------------------------------------------------------------------------
-- Thu 2 Apr.  signalled -> enrolled: P-A002's parents enrol the child
-- before any letter (003 route 2 "Als de school het kind aanneemt en
-- inschrijft, is er geen sprake meer van absoluut verzuim"); the case
-- closes and the letter duty is cancelled.
------------------------------------------------------------------------------
SET attendance.today = '2026-04-02';
SELECT attendance.apply_event((SELECT case_id FROM attendance."case" WHERE pupil_id = 2), 'enrolment_confirmed', 'lpa-1', at => '2026-04-02 09:00+02',
       details => '{"school": "99AB"}');
:sqlstate
EXECUTE step('{2}', 'enrolment_confirmed', 'lpa-1', '2026-04-02 09:00+02', '{"school": "99AB", "first_day": "2026-04-02"}');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (2, 1, '2026-04-02');
EXECUTE cases('{2}');
EXECUTE deadlines('{2}');
-- The absence of Wed 1 Apr happened: the signal stays open (DOMAIN 4.8).
SELECT code, crossing_date, status FROM attendance.signal WHERE pupil_id = 2;

------------------------------------------------------------------------------
-- Thu 2 Apr.  signalled -> letter_sent for the others: the duty is done;
-- the parents have 5 werkdagen to enrol (003 route 2): Thu 2 Apr + 5
-- werkdagen = Fri 3 (1), Mon 6 (Easter Monday, skipped), Tue 7 (2), Wed 8
-- (3), Thu 9 (4), Fri 10 Apr (5): Fri 10 Apr.
------------------------------------------------------------------------------
EXECUTE step('{1,3,4,5,6,7,8}', 'letter_sent', 'lpa-1', '2026-04-02 10:00+02', '{"sent_on": "2026-04-02"}');
EXECUTE cases('{1,3,4,5,6,7,8}');
EXECUTE deadlines('{1,3,4,5,6,7,8}');

-- DOMAIN 6: a home visit comes only after a missed appointment.
SELECT attendance.apply_event((SELECT case_id FROM attendance."case" WHERE pupil_id = 1), 'home_visit_made', 'lpa-1', at => '2026-04-03 10:00+02',
       details => '{"date": "2026-04-03", "outcome": "niemand thuis"}');
:sqlstate

------------------------------------------------------------------------------
-- Wed 8 Apr.  letter_sent -> enrolled (P-A003): the enrolment check is done.
------------------------------------------------------------------------------
SET attendance.today = '2026-04-08';
EXECUTE step('{3}', 'enrolment_confirmed', 'lpa-1', '2026-04-08 09:00+02', '{"school": "99AB", "first_day": "2026-04-08"}');
EXECUTE cases('{3}');
EXECUTE deadlines('{3}');

------------------------------------------------------------------------------
-- Mon 13 Apr.  letter_sent -> invited: no enrolment after 5 werkdagen, so
-- the parents are invited (003 route 2 "worden ouders uitgenodigd voor een
-- gesprek") for Tue 21 Apr.  The enrolment check is done; the conversation
-- is due on the appointment date: 21 Apr + 0 dagen = Tue 21 Apr.
------------------------------------------------------------------------------
SET attendance.today = '2026-04-13';
-- The invitation must name the appointment the deadline counts from.
SELECT attendance.apply_event((SELECT case_id FROM attendance."case" WHERE pupil_id = 1), 'parents_invited', 'lpa-1', at => '2026-04-13 09:00+02', details => '{}');
:sqlstate
EXECUTE step('{1,4,5,6,7,8}', 'parents_invited', 'lpa-1', '2026-04-13 09:00+02', '{"appointment_on": "2026-04-21"}');
EXECUTE cases('{1,4,5,6,7,8}');
EXECUTE deadlines('{1,4,5,6,7,8}');
-- Still no home visit before the appointment is missed.
SELECT attendance.apply_event((SELECT case_id FROM attendance."case" WHERE pupil_id = 1), 'home_visit_made', 'lpa-1', at => '2026-04-14 10:00+02',
       details => '{"date": "2026-04-14", "outcome": "x"}');
:sqlstate

------------------------------------------------------------------------------
-- Mon 20 Apr.  invited -> enrolled (P-A005): the conversation is cancelled.
------------------------------------------------------------------------------
SET attendance.today = '2026-04-20';
EXECUTE step('{5}', 'enrolment_confirmed', 'lpa-1', '2026-04-20 09:00+02', '{"school": "99AB", "first_day": "2026-04-20"}');
EXECUTE cases('{5}');
EXECUTE deadlines('{5}');

------------------------------------------------------------------------------
-- Tue 21 Apr.  invited: the conversation is held with the parents of P-A004
-- and P-A008 (000 s3 "Heeft contact met ouders en doet onderzoek naar de
-- oorzaak"): the case stays, the conversation deadline is done.
-- invited -> home_visit: the parents of P-A001, P-A006 and P-A007 do not
-- come (003 route 2 "Wanneer ouders niet verschijnen op de afspraak, wordt
-- een deurbezoek afgelegd"): the conversation is cancelled; the visit is
-- due in 5 werkdagen (Decision): Tue 21 Apr + 5 werkdagen = Wed 22 (1),
-- Thu 23 (2), Fri 24 (3), Mon 27 (King's Day, skipped), Tue 28 (4), Wed 29
-- Apr (5): Wed 29 Apr.
------------------------------------------------------------------------------
SET attendance.today = '2026-04-21';
EXECUTE step('{4,8}', 'conversation_held', 'lpa-1', '2026-04-21 10:00+02',
    '{"date": "2026-04-21", "attendees": ["leerplicht", "ouder"], "outcome": "zoektocht naar een school besproken", "agreements": "ouders melden het kind aan"}');
EXECUTE step('{1,6,7}', 'appointment_missed', 'lpa-1', '2026-04-21 11:00+02', '{"appointment_on": "2026-04-21"}');
EXECUTE cases('{1,4,6,7,8}');
EXECUTE deadlines('{1,4,6,7,8}');

------------------------------------------------------------------------------
-- Thu 23 Apr.  home_visit -> enrolled (P-A006): the visit is cancelled.
------------------------------------------------------------------------------
SET attendance.today = '2026-04-23';
EXECUTE step('{6}', 'enrolment_confirmed', 'lpa-1', '2026-04-23 09:00+02', '{"school": "99AB", "first_day": "2026-04-23"}');
EXECUTE cases('{6}');
EXECUTE deadlines('{6}');

------------------------------------------------------------------------------
-- Fri 24 Apr.  home_visit: the visits are made (P-A001, P-A007); the case
-- stays, the visit deadline is done.
------------------------------------------------------------------------------
SET attendance.today = '2026-04-24';
EXECUTE step('{1,7}', 'home_visit_made', 'lpa-1', '2026-04-24 16:00+02', '{"date": "2026-04-24", "outcome": "ouders gesproken aan de deur"}');
EXECUTE cases('{1,7}');
EXECUTE deadlines('{1,7}');

------------------------------------------------------------------------------
-- Thu 30 Apr.  invited -> exemption (P-A004) and home_visit -> exemption
-- (P-A007): the LPA discussed an exemption with the parents (000 s3 "Gaat
-- zo nodig met ouders in gesprek over aanvraag vrijstelling").
------------------------------------------------------------------------------
SET attendance.today = '2026-04-30';
EXECUTE step('{4,7}', 'exemption_arranged', 'lpa-1', '2026-04-30 10:00+02', '{"exemption_kind": "5a"}');
EXECUTE cases('{4,7}');
EXECUTE deadlines('{4,7}');

------------------------------------------------------------------------------
-- Mon 4 May.  home_visit -> official_report (P-A001) and invited ->
-- official_report (P-A008): the parents are culpable (000 s3 "Maakt
-- proces-verbaal op als ouders verwijtbaar zijn").  No DUO report: the
-- child has no school to file one.
------------------------------------------------------------------------------
SET attendance.today = '2026-05-04';
EXECUTE step('{1,8}', 'official_report_made', 'lpa-1', '2026-05-04 10:00+02', '{"date": "2026-05-04", "outcome": "ouders verwijtbaar"}');
EXECUTE cases('{1,2,3,4,5,6,7,8}');
EXECUTE deadlines('{1,8}');
SELECT count(*) AS duo_reports FROM attendance.duo_report;
SELECT event, from_state, to_state, actor, on_day, note
FROM attendance.case_event WHERE pupil_id = 1 ORDER BY event_id;
-- DOMAIN 6: the case does not close for want of an enrolment (its pupil is
-- enrolled nowhere): close_cases leaves an open one alone.
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (9, 'P-A009', '2021-03-10', 'Testdorp');
SELECT attendance.raise_signal(9, 'absolute_absence', 'lpa', 'Signaal uit de LBA (fixture)') IS NOT NULL AS raised;
SELECT attendance.close_cases('2026-05-04') AS closed;
EXECUTE cases('{9}');
