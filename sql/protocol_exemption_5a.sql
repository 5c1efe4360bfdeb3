-- protocol_exemption_5a: the exemption 5 onder a protocol (DOMAIN 6; seeds
-- 000 s8-9, 002, 004 Stap 5d) walked through every transition, with every
-- deadline and its due date counted by hand: requested -> driehoeksoverleg
-- -> formal_appeal -> established | not_established -> closed, the appeal
-- without the Driehoeksoverleg, the alternatives, renewal and expiry.  Also
-- the declaration "niet ouder dan drie maanden" (004 Stap 5d; VZ024).
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2025-11-03';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- Fixture: invented holidays (not the real dates), labelled.  No deadline
-- of this protocol counts werkdagen or schooldagen.
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality) VALUES
    (1, '99VA', 'Vrijstelling College (fixture)', 'VO', 'sppoh', 'midden', 'Testdorp');
INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day) VALUES
    ('midden', NULL, 'zomervakantie (fixture)', '2025-08-01', '2025-08-31'),
    ('midden', NULL, 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'P-V001', '2012-06-01', 'Testdorp'),
    (2, 'P-V002', '2012-06-02', 'Testdorp'),
    (3, 'P-V003', '2012-06-03', 'Testdorp'),
    (4, 'P-V004', '2012-06-04', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day)
SELECT n, 1, '2025-08-01' FROM generate_series(1, 4) n;

PREPARE cases(bigint[]) AS
SELECT u.reference, c.case_id, c.state, c.status, c.regisseur_role, c.closed_reason
FROM attendance."case" c JOIN attendance.pupil u USING (pupil_id)
WHERE c.pupil_id = ANY ($1) ORDER BY c.pupil_id, c.case_id;
PREPARE deadlines(bigint[]) AS
SELECT u.reference, d.state, d.code, d.role, d.anchor_date, d.due_date, d.status,
       coalesce(d.cancelled_reason, d.paused_reason) AS reason
FROM attendance.deadline d JOIN attendance.pupil u USING (pupil_id)
WHERE d.pupil_id = ANY ($1) ORDER BY d.pupil_id, d.deadline_id;
PREPARE step(bigint, text, text, timestamptz, jsonb) AS
SELECT attendance.apply_event(c.case_id, $2, $3, NULL, $4, $5) > 0 AS applied
FROM attendance."case" c WHERE c.pupil_id = $1 AND c.status = 'open';

------------------------------------------------------------------------------
-- Mon 3 Nov 2025: the MDO/JES advises the parents to apply (002); the
-- school opens the case by hand.  requested: the school's
-- ondersteuningscoordinator has the regie (004 Stap 5d: OPP, the BPO-er's
-- view).  requested creates no deadline (no term in the seeds).
------------------------------------------------------------------------------
SELECT attendance.open_case(n, 'exemption_5a', 'zorgco-1', 'advies MDO/JES (fixture)', '2025-11-03 10:00+01') AS case_id
FROM generate_series(1, 4) n;
EXECUTE cases('{1,2,3,4}');
EXECUTE deadlines('{1,2,3,4}');

-- requested: OPP and BPO-er's view keep the state (004 Stap 5d).
EXECUTE step(1, 'opp_recorded', 'zorgco-1', '2025-11-05 10:00+01', '{"opp_date": "2025-11-05"}');
EXECUTE step(1, 'bpo_view_recorded', 'bpo-1', '2025-11-06 10:00+01', '{"view": "geen onderwijs mogelijk op dit moment"}');
EXECUTE cases('{1}');

-- DOMAIN 6: the declaration comes only after the formal appeal (VZ020), and
-- the registration at the Driehoeksoverleg records the consent of parents
-- and pupil (12+) and the forms (002) (VZ023).
EXECUTE step(1, 'declaration_received', 'lpa-1', '2025-11-06 11:00+01', '{"declaration_date": "2025-11-06", "declared_by": "SMA-arts"}');
:sqlstate
EXECUTE step(1, 'driehoeksoverleg_registered', 'zorgco-1', '2025-11-10 10:00+01', '{"consent_parents": "2025-11-07"}');
:sqlstate

------------------------------------------------------------------------------
-- Mon 10 Nov.  requested -> driehoeksoverleg (P-V001, P-V003): regie to the
-- samenwerkingsverband, whose panel advises (002).
-- requested -> formal_appeal (P-V002): no consent for the Driehoeksoverleg,
-- the form "Beroep op vrijstelling zonder Driehoeksoverleg" (002); regie to
-- the LPA, who registers at the SMA-arts.
-- requested -> closed (P-V004): an alternative first (002: VSO).
-- None of these states creates a deadline (no term in the seeds).
------------------------------------------------------------------------------
SET attendance.today = '2025-11-10';
EXECUTE step(1, 'driehoeksoverleg_registered', 'zorgco-1', '2025-11-10 10:00+01',
    '{"consent_parents": "2025-11-07", "consent_pupil": "2025-11-07", "forms": ["Aanmeldformulier Driehoeksoverleg leerplicht", "Bijlage aanmelding Driehoeksoverleg met schoolinschrijving"]}');
EXECUTE step(3, 'driehoeksoverleg_registered', 'zorgco-1', '2025-11-10 10:00+01',
    '{"consent_parents": "2025-11-07", "consent_pupil": "2025-11-07", "forms": ["Aanmeldformulier Driehoeksoverleg leerplicht"]}');
EXECUTE step(2, 'appeal_without_driehoeksoverleg', 'lpa-1', '2025-11-10 10:00+01',
    '{"form": "Beroep op vrijstelling zonder Driehoeksoverleg", "reason": "geen toestemming voor het Driehoeksoverleg"}');
EXECUTE step(4, 'alternative_chosen', 'zorgco-1', '2025-11-10 10:00+01', '{"alternative": "VSO"}');
EXECUTE cases('{1,2,3,4}');
EXECUTE deadlines('{1,2,3,4}');

------------------------------------------------------------------------------
-- Mon 1 Dec.  driehoeksoverleg -> formal_appeal (P-V001): the panel advises
-- an appeal; the parents file the form (002).
-- driehoeksoverleg -> not_established (P-V003): the panel sees passend
-- onderwijs; the school convenes an MDO within 2 weken (Decision; 001 MDO
-- "Binnen 2 weken"): Mon 1 Dec + 14 dagen = Mon 15 Dec.
------------------------------------------------------------------------------
SET attendance.today = '2025-12-01';
EXECUTE step(1, 'appeal_filed', 'lpa-1', '2025-12-01 10:00+01', '{"advice": "beroep op vrijstelling", "form": "beroep op vrijstelling 5 onder a"}');
EXECUTE step(3, 'passend_onderwijs_possible', 'swv-1', '2025-12-01 10:00+01', '{"advice": "plaatsing op een OPDC"}');
EXECUTE cases('{1,3}');
EXECUTE deadlines('{1,3}');
-- formal_appeal: the LPA registers at the SMA-arts (002), the state stays.
EXECUTE step(1, 'sma_registered', 'lpa-1', '2025-12-02 10:00+01', '{"registered_on": "2025-12-02"}');
EXECUTE cases('{1}');

------------------------------------------------------------------------------
-- Wed 10 Dec.  not_established -> closed (P-V003): the MDO is held; the MDO
-- deadline is done.
------------------------------------------------------------------------------
SET attendance.today = '2025-12-10';
EXECUTE step(3, 'mdo_held', 'zorgco-1', '2025-12-10 10:00+01',
    '{"date": "2025-12-10", "attendees": ["school", "ouder", "leerling", "swv", "leerplicht"], "outcome": "start OPDC", "agreements": "intake in januari"}');
EXECUTE cases('{3}');
EXECUTE deadlines('{3}');

------------------------------------------------------------------------------
-- Mon 12 Jan 2026.  formal_appeal -> not_established (P-V002): the SMA-arts
-- finds the pupil fit for education (002); MDO within 2 weken: Mon 12 Jan
-- + 14 dagen = Mon 26 Jan.  Thu 22 Jan: not_established -> closed.
------------------------------------------------------------------------------
SET attendance.today = '2026-01-12';
EXECUTE step(2, 'declaration_refused', 'lpa-1', '2026-01-12 10:00+01', '{"outcome": "onderwijs mogelijk volgens SMA-arts"}');
EXECUTE cases('{2}');
EXECUTE deadlines('{2}');
SET attendance.today = '2026-01-22';
EXECUTE step(2, 'mdo_held', 'zorgco-1', '2026-01-22 10:00+01',
    '{"date": "2026-01-22", "attendees": ["school", "ouder", "leerling", "leerplicht"], "outcome": "maatwerk op school", "agreements": "opbouwrooster"}');
EXECUTE cases('{2}');
EXECUTE deadlines('{2}');

------------------------------------------------------------------------------
-- Tue 20 Jan 2026.  formal_appeal -> established (P-V001): the exemption
-- arises by law on a declaration "niet ouder dan drie maanden" (004 Stap
-- 5d).  Tue 20 Jan less 3 months is Mon 20 Oct 2025: a declaration of Sun
-- 19 Oct is too old (VZ024), one of Mon 20 Oct is just in time.
------------------------------------------------------------------------------
SET attendance.today = '2026-01-20';
EXECUTE step(1, 'declaration_received', 'lpa-1', '2026-01-20 10:00+01', '{"declaration_date": "2025-10-19", "declared_by": "aangewezen psycholoog"}');
:sqlstate
EXECUTE step(1, 'declaration_received', 'lpa-1', '2026-01-20 10:00+01', '{"declaration_date": "2026-01-21", "declared_by": "aangewezen psycholoog"}');
:sqlstate
EXECUTE step(1, 'declaration_received', 'lpa-1', '2026-01-20 10:00+01', '{"declaration_date": "2025-10-20"}');
:sqlstate
EXECUTE step(1, 'declaration_received', 'lpa-1', '2026-01-20 10:00+01', '{"declaration_date": "2025-10-20", "declared_by": "aangewezen psycholoog"}');
-- established: regie to the jeugdteam/zorgverlener (000 s8 "Heeft in
-- principe de regie na afgifte vrijstelling 5 onder a").  Two deadlines,
-- counted from the end of the school year, Fri 31 Jul 2026 (DOMAIN 2):
-- * renewal contact "in maart/april" (000 s8), Decision: by 30 April:
--   31 Jul - 3 maanden = 31 Apr, clamped to Thu 30 Apr 2026;
-- * expiry at the end of the school year (DOMAIN 6): 31 Jul + 0 dagen =
--   Fri 31 Jul 2026.
EXECUTE cases('{1}');
EXECUTE deadlines('{1}');

-- established: the confirmation letter (002) keeps the state.  The school
-- deregisters the pupil (002 "school schrijft de leerling uit"), the
-- exemption itself is recorded; the case stays open (needs_enrolment =
-- false) and no absolute absence is signalled.
EXECUTE step(1, 'confirmation_sent', 'lpa-1', '2026-01-22 10:00+01', '{"sent_on": "2026-01-22"}');
INSERT INTO attendance.exemption (pupil_id, kind, first_day, last_day) VALUES (1, '5a', '2026-01-20', '2026-07-31');
UPDATE attendance.enrolment SET last_day = '2026-01-23' WHERE pupil_id = 1;
SELECT attendance.close_cases('2026-02-02') AS closed;
EXECUTE cases('{1}');
SELECT count(*) AS signals FROM attendance.signal WHERE pupil_id = 1;

------------------------------------------------------------------------------
-- Tue 14 Apr 2026.  established: the renewal contact (000 s8) keeps the
-- state; its deadline is done.
------------------------------------------------------------------------------
SET attendance.today = '2026-04-14';
EXECUTE step(1, 'renewal_contact_made', 'lpa-1', '2026-04-14 10:00+02',
    '{"date": "2026-04-14", "attendees": ["leerplicht", "ouder"], "outcome": "ouders vragen verlenging aan"}');
EXECUTE deadlines('{1}');

------------------------------------------------------------------------------
-- Mon 20 Jul 2026.  established -> formal_appeal (P-V001): the parents ask
-- again; the LPA starts the process with the independent doctor (000 s8);
-- the expiry deadline is done.
-- Mon 3 Aug 2026.  formal_appeal -> established with a declaration of Mon
-- 27 Jul (7 days old): the school year is now 2026-2027, ending Sat 31 Jul
-- 2027: renewal contact 31 Jul 2027 - 3 maanden = 31 Apr, clamped to Fri
-- 30 Apr 2027; expiry Sat 31 Jul 2027 (dagen: a weekend date stands).
-- (A declaration recorded before 1 August would count from the ending
-- school year: see the report of this change.)
------------------------------------------------------------------------------
SET attendance.today = '2026-07-20';
EXECUTE step(1, 'renewal_requested', 'lpa-1', '2026-07-20 10:00+02', '{"form": "aanvraagformulier vrijstelling"}');
EXECUTE cases('{1}');
EXECUTE deadlines('{1}');
SET attendance.today = '2026-08-03';
EXECUTE step(1, 'declaration_received', 'lpa-1', '2026-08-03 10:00+02', '{"declaration_date": "2026-07-27", "declared_by": "aangewezen arts"}');
EXECUTE cases('{1}');
EXECUTE deadlines('{1}');

------------------------------------------------------------------------------
-- Mon 2 Aug 2027.  established -> closed (P-V001): the exemption expired
-- without renewal: the expiry deadline is done; the renewal contact, never
-- made, is cancelled.
------------------------------------------------------------------------------
SET attendance.today = '2027-08-02';
EXECUTE step(1, 'exemption_expired', 'lpa-1', '2027-08-02 10:00+02', '{"outcome": "leerling start op VSO"}');
EXECUTE cases('{1,2,3,4}');
EXECUTE deadlines('{1}');
SELECT event, from_state, to_state, actor, on_day
FROM attendance.case_event WHERE pupil_id = 1 ORDER BY event_id;
SELECT count(*) AS duo_reports FROM attendance.duo_report;
