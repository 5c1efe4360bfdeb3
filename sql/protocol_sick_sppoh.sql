-- protocol_sick_sppoh: the SPPOH sick absence protocol (DOMAIN 6 "Sick
-- absence, SPPOH"; seed 002 "Schema ziekteverzuim SPPOH", terms from 003
-- where 002 names none) walked through every transition, with every
-- deadline and its due date counted by hand:
--   plan -> partner_advice -> jgz_consult -> lpa_conversation ->
--   reclassified -> escalation -> closed, and the branches.
-- S1 (Den Haag) takes the long road: JGZ no-show, LPA talk, SMA asked,
-- illness not established, reclassified, escalation; S2 (Rijswijk) refuses
-- JGZ and stops after the LPA's talk; S3-S8 open by hand and take the
-- other branches.  S1 and S2 open by registrations crossing
-- sppoh_vo_sick_7d and sppoh_vo_sick_4x_12w.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2025-11-11';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- Fixture: invented school holidays (not the real dates), labelled.
-- Herfstvakantie Sat 18 - Sun 26 Oct 2025, kerstvakantie Sat 20 Dec 2025 -
-- Sun 4 Jan 2026.  Public holidays in the span: 25, 26 Dec 2025, 1 Jan
-- 2026.  The three SPPOH municipalities are real names (no personal data).
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality) VALUES
    (1, '96SA', 'Haags Ziekteverzuim Lyceum (fixture)', 'VO', 'sppoh', 'midden', 'Den Haag');
INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day) VALUES
    ('midden', NULL, 'zomervakantie (fixture)', '2025-08-01', '2025-08-31'),
    ('midden', NULL, 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26'),
    ('midden', NULL, 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'P-S001', '2011-03-01', 'Den Haag'), (2, 'P-S002', '2011-04-02', 'Rijswijk'),
    (3, 'P-S003', '2011-05-03', 'Leidschendam-Voorburg'), (4, 'P-S004', '2011-06-04', 'Leidschendam-Voorburg'),
    (5, 'P-S005', '2011-07-05', 'Rijswijk'), (6, 'P-S006', '2011-08-06', 'Leidschendam-Voorburg'),
    (7, 'P-S007', '2011-09-07', 'Rijswijk'), (8, 'P-S008', '2011-10-08', 'Leidschendam-Voorburg');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day)
SELECT pupil_id, 1, '2025-08-01' FROM attendance.pupil;

PREPARE case_of(bigint) AS
SELECT case_id, protocol, state, status, regisseur_role, regisseur_person, worrying_since, closed_reason
FROM attendance."case" WHERE pupil_id = $1 ORDER BY case_id;
PREPARE deadlines(bigint) AS
SELECT deadline_id AS id, state, code, role, anchor_date, due_date, status,
       coalesce(cancelled_reason, paused_reason) AS reason
FROM attendance.deadline WHERE pupil_id = $1 ORDER BY deadline_id;
PREPARE signals(bigint) AS
SELECT code, crossing_date, window_first, due_date, role, status FROM attendance.signal WHERE pupil_id = $1 ORDER BY signal_id;
PREPARE reports(bigint) AS
SELECT kind, reason, period_first, period_last, reported_on, reported_by, closed_on, closed_by
FROM attendance.duo_report WHERE pupil_id = $1 ORDER BY report_id;
-- An event on the pupil's latest case.
CREATE FUNCTION pg_temp.ev(p bigint, e text, a text, at timestamptz, d jsonb DEFAULT '{}', n text DEFAULT NULL)
RETURNS boolean LANGUAGE sql AS $$
    SELECT attendance.apply_event((SELECT max(case_id) FROM attendance."case" WHERE pupil_id = p), e, a, n, at, d) > 0
$$;

------------------------------------------------------------------------------
-- S1 (Den Haag).  sppoh_vo_sick_7d (DOMAIN 4.4; 002 "vanaf de 7e schooldag
-- aaneengesloten ziek"): sick Mon 3 Nov - Tue 11 Nov: 3..7 (5), Mon 10
-- (6), Tue 11 Nov the 7th: crossing Tue 11 Nov.  The signal's duty, the
-- talk and joint plan: 11 Nov + 2 weken = Tue 25 Nov.
------------------------------------------------------------------------------
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (1, 1, 'sick', '2025-11-03', '2025-11-11');
EXECUTE signals(1);
-- The case opens in plan, regisseur the mentor; worrying since the first
-- sick day, Mon 3 Nov.  ot_report (Decision, 003 s2.1): Tue 11 Nov + 2 weken
-- = Tue 25 Nov.  plan_evaluation (Decision): Tue 11 Nov + 4 weken = Tue 9 Dec.
EXECUTE case_of(1);
EXECUTE deadlines(1);
-- The talk and plan, the OT report and the evaluation keep the case in plan.
SELECT pg_temp.ev(1, 'plan_made', 'mentor-1', '2025-11-13 15:00+01',
       '{"date": "2025-11-13", "attendees": ["mentor", "ouder", "leerling"], "outcome": "klachten",
         "agreements": "plan van aanpak; maatwerk niet nodig", "follow_up": "mentor, wekelijks"}') AS applied;
SELECT pg_temp.ev(1, 'ot_reported', 'support-1', '2025-11-14 09:00+01', '{"date": "2025-11-14"}') AS applied;
SELECT pg_temp.ev(1, 'plan_evaluated', 'mentor-1', '2025-12-02 09:00+01',
       '{"date": "2025-12-02", "outcome": "onvoldoende resultaat"}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);

-- plan -> partner_advice (regisseur the support coordinator): MDO/JES
-- (Decision): Wed 3 Dec + 2 weken = Wed 17 Dec.  The MDO/JES gives the regie
-- to the schoolmaatschappelijk werker (002 "Bepaalt welke
-- samenwerkingspartner de regie heeft").
SELECT pg_temp.ev(1, 'partner_advice_requested', 'mentor-1', '2025-12-03 09:00+01',
       '{"partner": "SMW", "question": "wat is er nodig om naar school te gaan"}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
SELECT pg_temp.ev(1, 'advice_received', 'support-1', '2025-12-05 09:00+01',
       '{"partner": "SMW", "advice": "bespreken in MDO/JES"}') AS applied;
SELECT pg_temp.ev(1, 'mdo_held', 'support-1', '2025-12-09 09:00+01',
       '{"date": "2025-12-09", "attendees": ["school", "SMW", "JGZ", "ouders"], "outcome": "JGZ-advies nodig",
         "agreements": "aanvraag onderzoek verzuim", "role": "smw", "evaluation_date": "2026-01-13"}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);

-- partner_advice -> jgz_consult (the regie stays with SMW): consent and
-- registration (Decision): Wed 10 Dec + 2 weken = Wed 24 Dec.
SELECT pg_temp.ev(1, 'jgz_consult_proposed', 'smw-1', '2025-12-10 09:00+01',
       '{"reason": "belastbaarheid onduidelijk"}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
SELECT pg_temp.ev(1, 'jgz_registered', 'support-1', '2025-12-11 09:00+01',
       '{"consent_parent": "2025-12-11", "consent_pupil": "2025-12-11", "date": "2025-12-11"}') AS applied;
EXECUTE deadlines(1);

-- jgz_consult -> lpa_conversation by jgz_no_show (002 "JGZ Den Haag: koppelt
-- 2 x niet verschijnen zonder bericht terug aan school"): an overig DUO
-- report at once ("School doet direct een DUO-melding 'Overig verzuim'
-- onder vermelding van: ... niet verschenen bij JGZ").  Regisseur the LPA.
-- lpa_talk (Decision): from the report, Mon 12 Jan + 2 weken = Mon 26 Jan.
SELECT pg_temp.ev(1, 'jgz_no_show', 'support-1', '2026-01-12 09:00+01',
       '{"reason": "niet verschenen bij JGZ", "parents_informed": true, "reported_by": "JGZ Den Haag"}') AS applied;
EXECUTE reports(1);
EXECUTE case_of(1);
EXECUTE deadlines(1);
SELECT pg_temp.ev(1, 'lpa_talk_held', 'lpa-1', '2026-01-21 09:00+01',
       '{"date": "2026-01-21", "attendees": ["leerplicht", "ouder", "leerling"], "outcome": "geen behandelaar",
         "agreements": "ouders tonen ziekte aan"}') AS applied;
SELECT pg_temp.ev(1, 'sma_requested', 'lpa-1', '2026-01-22 09:00+01',
       '{"reason": "ziekte niet aannemelijk gemaakt"}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);

-- lpa_conversation -> reclassified (002 "dat het verzuim vanaf dat moment als
-- ongeoorloofd wordt beschouwd"; regisseur the support coordinator):
-- new_duo_report (Decision, "direct"): Mon 2 Feb + 1 werkdag = Tue 3 Feb;
-- mdo_jes (Decision): Mon 2 Feb + 2 weken = Mon 16 Feb.
SELECT pg_temp.ev(1, 'illness_not_established', 'lpa-1', '2026-02-02 09:00+01',
       '{"from_date": "2026-02-02", "outcome": "ziekte niet vastgesteld"}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
-- The school's new DUO report, and the MDO/JES, which gives the regie to
-- the LPA.
SELECT pg_temp.ev(1, 'reported_unauthorised', 'coordinator-1', '2026-02-03 09:00+01',
       '{"reason": "ziekte niet vastgesteld; ongeoorloofd vanaf 2026-02-02", "from_date": "2026-02-02",
         "period_first": "2026-02-02", "period_last": "2026-02-03"}') AS applied;
SELECT pg_temp.ev(1, 'mdo_held', 'support-1', '2026-02-10 09:00+01',
       '{"date": "2026-02-10", "attendees": ["school", "SMW", "leerplicht", "ouders"], "outcome": "weigering",
         "agreements": "laatste kans", "role": "lpa", "person": "lpa-1", "evaluation_date": "2026-02-24"}') AS applied;
EXECUTE reports(1);
EXECUTE case_of(1);
EXECUTE deadlines(1);

-- reclassified -> escalation (002 "Blijven ouders hun medewerking weigeren";
-- the regie stays with the LPA).  Den Haag: the two Den Haag steps, the
-- other municipalities' skipped (deadline_skip).  Counted from the first
-- day of worrying absence (003 Bijlage 1, calendar weeks): Mon 3 Nov + 8
-- weken = Mon 29 Dec (managementafstemming); Mon 3 Nov + 11 weken = Mon 19
-- Jan (Adviestafel / regisseur sociaal domein).  Both lie before the day
-- the case escalates: the regional terms are already passed.
SELECT pg_temp.ev(1, 'refusal_continues', 'lpa-1', '2026-02-12 09:00+01',
       '{"decision": "MDO/JES schaalt op"}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
SELECT code, due_date, status, days_overdue FROM attendance.deadlines_as_of('2026-02-12') WHERE pupil_id = 1;
SELECT pg_temp.ev(1, 'escalated', 'support-1', '2026-02-13 09:00+01',
       '{"body": "managementafstemming", "date": "2026-02-13"}') AS applied;
EXECUTE deadlines(1);
SELECT pg_temp.ev(1, 'veilig_thuis_reported', 'smw-1', '2026-02-16 09:00+01', '{"date": "2026-02-16", "by": "SMW"}') AS applied;
SELECT pg_temp.ev(1, 'jbt_registered', 'youth-1', '2026-02-16 10:00+01', '{"date": "2026-02-16", "by": "Kracht"}') AS applied;
SELECT pg_temp.ev(1, 'criminal_law_applied', 'lpa-1', '2026-02-17 09:00+01',
       '{"date": "2026-02-17", "measure": "proces-verbaal, in overleg met de Raad voor de Kinderbescherming"}') AS applied;
SELECT pg_temp.ev(1, 'escalated_further', 'support-1', '2026-02-18 09:00+01',
       '{"body": "regisseur sociaal domein", "date": "2026-02-18"}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
-- escalation -> closed by the LPA, who closes both DUO reports.
SELECT pg_temp.ev(1, 'lpa_closed', 'lpa-1', '2026-02-27 09:00+01', '{"outcome": "onderwijs hervat"}') AS applied;
EXECUTE case_of(1);
EXECUTE reports(1);

------------------------------------------------------------------------------
-- S2 (Rijswijk).  sppoh_vo_sick_4x_12w (002 "4e ziekmelding in 12
-- schoolweken"): Mon 8 Sep, Wed 1 Oct, Tue 4 Nov, Thu 13 Nov: crossing
-- Thu 13 Nov; duty 13 Nov + 2 weken = Thu 27 Nov; ot_report Thu 27 Nov;
-- plan_evaluation 13 Nov + 4 weken = Thu 11 Dec.  The case's worrying_since
-- (and the DUO report's period) is the first day of the sick reports that
-- made the signal cross, Mon 8 Sep, not the start of its 12-schoolweek
-- window (Fri 1 Aug).
------------------------------------------------------------------------------
SET attendance.today = '2025-11-13';
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (2, 1, 'sick', '2025-09-08', '2025-09-08'), (2, 1, 'sick', '2025-10-01', '2025-10-01'),
    (2, 1, 'sick', '2025-11-04', '2025-11-04'), (2, 1, 'sick', '2025-11-13', '2025-11-13');
EXECUTE signals(2);
EXECUTE case_of(2);
EXECUTE deadlines(2);
-- DOMAIN 6: an event the state does not allow is refused (VZ020).
SELECT attendance.apply_event((SELECT max(case_id) FROM attendance."case" WHERE pupil_id = 2), 'lpa_closed',
       'lpa-1', NULL, '2025-11-17 09:00+01', '{"outcome": "x"}');
:sqlstate
-- plan_made fulfils the duty, ot_reported the OT report; leaving for
-- partner_advice fulfils the evaluation (Tue 18 Nov + 2 weken = Tue 2 Dec
-- for the MDO/JES); jgz_consult (Wed 19 Nov + 2 weken = Wed 3 Dec) cancels
-- the MDO/JES deadline no event fulfilled.
SELECT pg_temp.ev(2, 'plan_made', 'mentor-2', '2025-11-17 15:00+01',
       '{"date": "2025-11-17", "attendees": ["mentor", "ouder", "leerling"], "outcome": "frequent ziek",
         "agreements": "ziekmelding telefonisch", "follow_up": "mentor"}') AS applied;
SELECT pg_temp.ev(2, 'ot_reported', 'support-1', '2025-11-17 16:00+01', '{"date": "2025-11-17"}') AS applied;
SELECT pg_temp.ev(2, 'partner_advice_requested', 'mentor-2', '2025-11-18 09:00+01',
       '{"partner": "JGZ", "question": "verklaring frequent verzuim"}') AS applied;
SELECT pg_temp.ev(2, 'jgz_consult_proposed', 'support-1', '2025-11-19 09:00+01', '{"reason": "JGZ-advies nodig"}') AS applied;
EXECUTE case_of(2);
EXECUTE deadlines(2);
-- What the refusal records (VZ023): the DUO report needs its reason.
SELECT attendance.apply_event((SELECT max(case_id) FROM attendance."case" WHERE pupil_id = 2), 'jgz_refused',
       'support-1', NULL, '2025-11-21 09:00+01', '{"parents_informed": true}');
:sqlstate
-- jgz_consult -> lpa_conversation by jgz_refused: an overig DUO report at
-- once (002 "weigert aanmelding JGZ").  lpa_talk: Fri 21 Nov + 2 weken =
-- Fri 5 Dec.
SELECT pg_temp.ev(2, 'jgz_refused', 'support-1', '2025-11-21 09:00+01',
       '{"reason": "weigert aanmelding JGZ", "parents_informed": true}') AS applied;
EXECUTE reports(2);
EXECUTE case_of(2);
EXECUTE deadlines(2);
-- lpa_conversation -> closed: the absence stopped, the LPA's confirmation
-- letter (002 "Leerplicht stuurt ouders een bevestigingsbrief") closes the
-- report.
SELECT pg_temp.ev(2, 'lpa_confirmation_letter', 'lpa-2', '2025-12-04 09:00+01',
       '{"date": "2025-12-04", "agreements": "bij nieuw ziekteverzuim alsnog akkoord met JGZ-consult"}') AS applied;
EXECUTE case_of(2);
EXECUTE deadlines(2);
EXECUTE reports(2);

------------------------------------------------------------------------------
-- S3-S8: cases opened by hand on Mon 17 Nov ("Bij zorgen kan school altijd
-- eerder in gesprek met ouders/leerling", 002).  Without a signal the
-- ot_report counts from the opening day: Mon 17 Nov + 2 weken = Mon 1 Dec;
-- plan_evaluation Mon 17 Nov + 4 weken = Mon 15 Dec.
------------------------------------------------------------------------------
SET attendance.today = '2025-11-17';
SELECT attendance.open_case(p, 'sick_sppoh', 'mentor-x', 'zorgen (fixture)', '2025-11-17 09:00+01',
       CASE WHEN p = 7 THEN '{"worrying_since": "2025-11-03"}'::jsonb ELSE '{}' END) > 0 AS opened
FROM generate_series(3, 8) p;
-- S3: plan -> closed.
EXECUTE deadlines(3);
SELECT pg_temp.ev(3, 'absence_stopped', 'mentor-3', '2025-11-18 09:00+01', '{"outcome": "weer volledig op school"}') AS applied;
EXECUTE case_of(3);
EXECUTE deadlines(3);

-- S4: partner_advice (Tue 18 Nov + 2 weken = Tue 2 Dec) -> jgz_consult (Wed
-- 19 Nov + 2 weken = Wed 3 Dec) -> partner_advice again by the JGZ's
-- advice (002 "JGZ geeft adviezen. School monitort en bespreekt de leerling
-- zo nodig opnieuw in MDO/JES": Thu 4 Dec + 2 weken = Thu 18 Dec) -> closed
-- by another route (OPP and maatwerk).
SELECT pg_temp.ev(4, 'partner_advice_requested', 'mentor-4', '2025-11-18 09:00+01',
       '{"partner": "JGZ", "question": "belastbaarheid"}') AS applied;
SELECT pg_temp.ev(4, 'jgz_consult_proposed', 'support-1', '2025-11-19 09:00+01', '{"reason": "JGZ-advies nodig"}') AS applied;
SELECT pg_temp.ev(4, 'jgz_registered', 'support-1', '2025-11-20 09:00+01',
       '{"consent_parent": "2025-11-20", "consent_pupil": "2025-11-20", "date": "2025-11-20"}') AS applied;
SELECT pg_temp.ev(4, 'jgz_advice_given', 'jgz-1', '2025-12-04 09:00+01',
       '{"result": "consult gehouden", "conclusion": "langdurig niet volledig belastbaar", "advised_hours": 10,
         "advised_period": "schooljaar", "jgz_actions": "evaluatie over 8 weken"}') AS applied;
EXECUTE case_of(4);
EXECUTE deadlines(4);
SELECT pg_temp.ev(4, 'other_route', 'support-1', '2025-12-05 09:00+01',
       '{"route": "OPP en maatwerk in onderwijstijd (Variawet)"}') AS applied;
EXECUTE case_of(4);
EXECUTE deadlines(4);

-- S5: partner_advice (Tue 2 Dec) -> closed.
SELECT pg_temp.ev(5, 'partner_advice_requested', 'mentor-5', '2025-11-18 09:00+01',
       '{"partner": "SMW", "question": "thuissituatie"}') AS applied;
SELECT pg_temp.ev(5, 'absence_stopped', 'smw-1', '2025-11-19 09:00+01', '{"outcome": "verzuim gestopt"}') AS applied;
EXECUTE case_of(5);
EXECUTE deadlines(5);

-- S6: jgz_refused (report Thu 20 Nov; lpa_talk Thu 20 Nov + 2 weken = Thu 4
-- Dec) -> the illness substantiated by a treater's written advice (002 "Een
-- schriftelijk advies van een behandelend arts, pedagoog, psycholoog ... is
-- rechtsgeldig") -> partner_advice: Tue 25 Nov + 2 weken = Tue 9 Dec.
SELECT pg_temp.ev(6, 'partner_advice_requested', 'mentor-6', '2025-11-18 09:00+01',
       '{"partner": "JGZ", "question": "verzuimbegeleiding"}') AS applied;
SELECT pg_temp.ev(6, 'jgz_consult_proposed', 'support-1', '2025-11-19 09:00+01', '{"reason": "JGZ-advies nodig"}') AS applied;
SELECT pg_temp.ev(6, 'jgz_refused', 'support-1', '2025-11-20 09:00+01',
       '{"reason": "weigert aanmelding JGZ", "parents_informed": true}') AS applied;
EXECUTE deadlines(6);
SELECT pg_temp.ev(6, 'illness_substantiated', 'lpa-2', '2025-11-25 09:00+01',
       '{"advice_from": "behandelend psycholoog", "advice_date": "2025-11-24"}') AS applied;
EXECUTE case_of(6);
EXECUTE deadlines(6);

-- S7 (Rijswijk, worrying since Mon 3 Nov): reclassified (Mon 24 Nov:
-- new_duo_report + 1 werkdag = Tue 25 Nov, mdo_jes + 2 weken = Mon 8 Dec)
-- -> escalation: only the Rijswijk step, teamleider Jeugdteam: Mon 3 Nov +
-- 11 weken = Mon 19 Jan.
SELECT pg_temp.ev(7, 'partner_advice_requested', 'mentor-7', '2025-11-18 09:00+01',
       '{"partner": "JGZ", "question": "verzuimbegeleiding"}') AS applied;
SELECT pg_temp.ev(7, 'jgz_consult_proposed', 'support-1', '2025-11-19 09:00+01', '{"reason": "JGZ-advies nodig"}') AS applied;
SELECT pg_temp.ev(7, 'jgz_refused', 'support-1', '2025-11-20 09:00+01',
       '{"reason": "weigert aanmelding JGZ", "parents_informed": true}') AS applied;
SELECT pg_temp.ev(7, 'illness_not_established', 'lpa-2', '2025-11-24 09:00+01',
       '{"from_date": "2025-11-24", "outcome": "geen behandelaar, ziekte niet aannemelijk"}') AS applied;
EXECUTE deadlines(7);
SELECT pg_temp.ev(7, 'reported_unauthorised', 'coordinator-1', '2025-11-25 09:00+01',
       '{"reason": "ziekte niet vastgesteld; ongeoorloofd vanaf 2025-11-24", "from_date": "2025-11-24"}') AS applied;
SELECT pg_temp.ev(7, 'refusal_continues', 'lpa-2', '2025-11-26 09:00+01', '{"decision": "MDO/JES schaalt op"}') AS applied;
EXECUTE case_of(7);
EXECUTE deadlines(7);
SELECT pg_temp.ev(7, 'escalated', 'support-1', '2026-01-19 09:00+01',
       '{"body": "teamleider Jeugdteam", "date": "2026-01-19"}') AS applied;
SELECT pg_temp.ev(7, 'lpa_closed', 'lpa-2', '2026-01-23 09:00+01', '{"outcome": "hulpverlening loopt"}') AS applied;
EXECUTE case_of(7);
EXECUTE deadlines(7);
EXECUTE reports(7);

-- S8: reclassified -> closed by the LPA: its open deadlines are cancelled.
SELECT pg_temp.ev(8, 'partner_advice_requested', 'mentor-8', '2025-11-18 09:00+01',
       '{"partner": "JGZ", "question": "verzuimbegeleiding"}') AS applied;
SELECT pg_temp.ev(8, 'jgz_consult_proposed', 'support-1', '2025-11-19 09:00+01', '{"reason": "JGZ-advies nodig"}') AS applied;
SELECT pg_temp.ev(8, 'jgz_refused', 'support-1', '2025-11-20 09:00+01',
       '{"reason": "weigert aanmelding JGZ", "parents_informed": true}') AS applied;
SELECT pg_temp.ev(8, 'illness_not_established', 'lpa-2', '2025-11-24 09:00+01',
       '{"from_date": "2025-11-24", "outcome": "ziekte niet aannemelijk"}') AS applied;
SELECT pg_temp.ev(8, 'lpa_closed', 'lpa-2', '2025-11-25 09:00+01', '{"outcome": "leerling weer op school"}') AS applied;
EXECUTE case_of(8);
EXECUTE deadlines(8);
EXECUTE reports(8);
