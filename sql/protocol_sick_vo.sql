-- protocol_sick_vo: the sick absence protocol for VO (DOMAIN 6 "Sick
-- absence, VO"; seed 001 "Aanwezigheidsprotocol SWV VO 30-06") walked
-- through every transition, with every deadline and its due date counted
-- by hand:
--   reported -> mentor_contact -> absence_meeting -> triage
--   -> jgz_referral -> jgz_advice | lpa_referral -> lpa_agreements |
--      mdo -> mdo_agreements | monitoring (CJG) -> monitoring -> closed.
-- Seven pupils take the branches: V1 the JGZ route, then again triage and
-- the MDO route; V2 a JGZ no-show (overig DUO report) and the LPA route;
-- V3 the combined JGZ+LPA talk; V4 the LPA referral; V5, V6 recover early;
-- V7 the CJG route.  V1 and V2 open by registrations crossing bno_sick_7d
-- and bno_sick_4x_12w, the others by manual signals; V8 shows that
-- hr_sick_worrying (holland_rijnland) opens the protocol too.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2025-11-12';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- Fixture: invented school holidays (not the real dates), labelled.
-- Herfstvakantie Sat 18 - Sun 26 Oct 2025, kerstvakantie Sat 20 Dec 2025 -
-- Sun 4 Jan 2026.  Public holidays in the span: Thu 25 and Fri 26 Dec
-- 2025, Thu 1 Jan 2026 (werkdagen skip them; schooldagen skip them and
-- the school holidays).
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality) VALUES
    (1, '97VA', 'Ziekteverzuim College (fixture)', 'VO', 'rbl_brabant_noordoost', 'zuid', 'Testdorp'),
    (2, '97VB', 'Rijnland Lyceum (fixture)', 'VO', 'holland_rijnland', 'zuid', 'Testdorp');
INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day) VALUES
    ('zuid', NULL, 'zomervakantie (fixture)', '2025-08-01', '2025-08-31'),
    ('zuid', NULL, 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26'),
    ('zuid', NULL, 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025), (2, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'P-V001', '2011-03-01', 'Testdorp'), (2, 'P-V002', '2011-04-02', 'Testdorp'),
    (3, 'P-V003', '2011-05-03', 'Testdorp'), (4, 'P-V004', '2011-06-04', 'Testdorp'),
    (5, 'P-V005', '2011-07-05', 'Testdorp'), (6, 'P-V006', '2011-08-06', 'Testdorp'),
    (7, 'P-V007', '2011-09-07', 'Testdorp'), (8, 'P-V008', '2011-10-08', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES
    (1, 1, '2025-08-01'), (2, 1, '2025-08-01'), (3, 1, '2025-08-01'), (4, 1, '2025-08-01'),
    (5, 1, '2025-08-01'), (6, 1, '2025-08-01'), (7, 1, '2025-08-01'), (8, 2, '2025-08-01');

PREPARE case_of(bigint) AS
SELECT case_id, protocol, state, status, regisseur_role, regisseur_person, closed_reason
FROM attendance."case" WHERE pupil_id = $1 ORDER BY case_id;
PREPARE deadlines(bigint) AS
SELECT deadline_id AS id, state, code, role, anchor_date, due_date, status,
       coalesce(cancelled_reason, paused_reason) AS reason
FROM attendance.deadline WHERE pupil_id = $1 ORDER BY deadline_id;
PREPARE signals(bigint) AS
SELECT code, crossing_date, due_date, role, status FROM attendance.signal WHERE pupil_id = $1 ORDER BY signal_id;
PREPARE reports(bigint) AS
SELECT kind, reason, period_first, period_last, reported_on, triage_discussed, combined_jgz_lpa, reported_by, closed_on, closed_by
FROM attendance.duo_report WHERE pupil_id = $1 ORDER BY report_id;
-- An event on the pupil's latest case.
CREATE FUNCTION pg_temp.ev(p bigint, e text, a text, at timestamptz, d jsonb DEFAULT '{}', n text DEFAULT NULL)
RETURNS boolean LANGUAGE sql AS $$
    SELECT attendance.apply_event((SELECT max(case_id) FROM attendance."case" WHERE pupil_id = p), e, a, n, at, d) > 0
$$;

------------------------------------------------------------------------------
-- V1.  bno_sick_7d (DOMAIN 4.3; 001 "Ziek langer aaneen dan 7 schooldagen"):
-- sick Mon 3 - Wed 12 Nov: 3, 4, 5, 6, 7, 10, 11 (7), Wed 12 Nov the 8th
-- schooldag, more than 7: crossing Wed 12 Nov.  The signal's duty, the
-- ziekteverzuimgesprek, 5 schooldagen (src/criteria_rows.sql): Thu 13,
-- Fri 14, Mon 17, Tue 18, Wed 19 = Wed 19 Nov.
------------------------------------------------------------------------------
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (1, 1, 'sick', '2025-11-03', '2025-11-12');
EXECUTE signals(1);
-- The case opens in reported; regisseur reception (001 "ZIEKMELDING
-- REGISSEUR: Receptie").  inform_mentor (Decision, 001 "checkt dagelijks de
-- signalen"): Wed 12 Nov (signal) + 1 werkdag = Thu 13 Nov.
EXECUTE case_of(1);
EXECUTE deadlines(1);

-- reported -> mentor_contact (001 "REGISSEUR: Mentor"): the coordinator
-- reports the criteria to the mentor with what the weekly check found.
-- mentor_contact: Thu 13 Nov + 3 werkdagen (001 "maximaal binnen 3
-- werkdagen") = Fri 14, Mon 17, Tue 18 = Tue 18 Nov.
SELECT pg_temp.ev(1, 'mentor_informed', 'coordinator-1', '2025-11-13 09:00+01',
       '{"earlier_absence": "nee", "jgz_lpa_contact": "nee"}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
-- Phoning fails, the mentor mails (001 "Indien telefonisch contact niet
-- lukt"): the case stays, the contact stays due.
SELECT pg_temp.ev(1, 'mentor_mailed', 'mentor-1', '2025-11-14 09:00+01', '{"date": "2025-11-14"}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
-- mentor_contact -> absence_meeting: weekly contact while sick over 7
-- schooldagen (001 "houdt de mentor wekelijks contact"): Mon 17 Nov + 1 week
-- = Mon 24 Nov.
SELECT pg_temp.ev(1, 'mentor_contacted', 'mentor-1', '2025-11-17 09:00+01',
       '{"date": "2025-11-17", "attendees": ["mentor", "ouder", "leerling"], "outcome": "contact gehad"}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
-- The meeting held fulfils the signal's duty (due Wed 19 Nov); the weekly
-- contact of Mon 24 Nov done rolls on to Mon 24 Nov + 1 week = Mon 1 Dec.
SELECT pg_temp.ev(1, 'absence_meeting_held', 'mentor-1', '2025-11-19 15:00+01',
       '{"date": "2025-11-19", "attendees": ["mentor", "ouder", "leerling"], "outcome": "leerling nog ziek",
         "agreements": "huiswerk via de mentor; over een week opnieuw bellen", "follow_up": "mentor, wekelijks",
         "in_writing_to": ["ouders", "leerling"]}') AS applied;
SELECT pg_temp.ev(1, 'contact_recorded', 'mentor-1', '2025-11-24 09:00+01',
       '{"date": "2025-11-24", "outcome": "nog ziek"}') AS applied;
EXECUTE deadlines(1);

-- absence_meeting -> triage (001 NA VERZUIMGESPREK, regisseur
-- support coordinator): the weekly contact of the meeting phase is
-- cancelled; triage (Decision) Wed 26 Nov + 2 weken = Wed 10 Dec.
SELECT pg_temp.ev(1, 'triage_requested', 'mentor-1', '2025-11-26 09:00+01',
       '{"reason": "ziekte blijft na het verzuimgesprek", "parents_informed": true}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
-- Remote education is a step that keeps the case in triage (001 step 6).
SELECT pg_temp.ev(1, 'remote_education_arranged', 'support-1', '2025-11-27 09:00+01',
       '{"arrangement": "lesstof en toetsen via de studiewijzer"}') AS applied;
EXECUTE case_of(1);

-- What a JGZ referral records (DOMAIN 6; 001 Bijlage E): without the
-- absence overview it is refused (VZ023); an overview older than 1 week
-- ("actueel verzuimoverzicht", Decision) too: Fri 21 Nov + 1 week = Fri
-- 28 Nov, before Mon 1 Dec.
SELECT attendance.apply_event((SELECT max(case_id) FROM attendance."case" WHERE pupil_id = 1), 'jgz_referred',
       'support-1', NULL, '2025-12-01 09:00+01',
       '{"reporter": "ondersteuningscoördinator", "parents_contact": "via school (fixture)", "absence_type": "langdurig"}');
:sqlstate
SELECT attendance.apply_event((SELECT max(case_id) FROM attendance."case" WHERE pupil_id = 1), 'jgz_referred',
       'support-1', NULL, '2025-12-01 09:00+01',
       '{"reporter": "ondersteuningscoördinator", "parents_contact": "via school (fixture)", "absence_type": "langdurig",
         "school_talk": "2025-11-19", "help_question": "belastbaarheid", "lpa_involved": false, "care_providers": "huisarts",
         "consent_parent": "2025-11-27 mentor", "consent_pupil": "2025-11-27 mentor", "absence_overview": "2025-11-21"}');
:sqlstate
-- triage -> jgz_referral (001 NA TRIAGE): JGZ books within 2 weken (001
-- "Binnen 2 weken na binnenkomst verzoek ... ingepland"; DOMAIN 4.7):
-- Mon 1 Dec + 14 dagen = Mon 15 Dec.
SELECT pg_temp.ev(1, 'jgz_referred', 'support-1', '2025-12-01 09:00+01',
       '{"reporter": "ondersteuningscoördinator", "parents_contact": "via school (fixture)", "absence_type": "langdurig",
         "school_talk": "2025-11-19", "help_question": "belastbaarheid", "lpa_involved": false, "care_providers": "huisarts",
         "consent_parent": "2025-11-27 mentor", "consent_pupil": "2025-11-27 mentor", "absence_overview": "2025-11-28"}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
SELECT pg_temp.ev(1, 'jgz_appointment_booked', 'jgz-planning', '2025-12-04 09:00+01',
       '{"appointment_date": "2025-12-11"}') AS applied;
-- jgz_referral -> jgz_advice: advice within 5 werkdagen of the consult (001
-- "In principe binnen 5 werkdagen na het spreekuur"), counted from the
-- consult's date: Thu 11 Dec + 5 werkdagen = Fri 12, Mon 15, Tue 16,
-- Wed 17, Thu 18 = Thu 18 Dec.  Regie kept (support coordinator).
SELECT pg_temp.ev(1, 'jgz_consult_held', 'jgz-1', '2025-12-11 14:00+01',
       '{"date": "2025-12-11", "result": "verzuimgesprek heeft plaatsgevonden"}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
-- The jeugdarts awaits a specialist (001 "wacht ik nog op informatie van"):
-- the advice is paused on Mon 15 Dec with 3 werkdagen left (16, 17, 18
-- Dec); resumed Mon 22 Dec, the rest runs on (DOMAIN 7 Decision): Tue 23,
-- Wed 24, [Thu 25, Fri 26 Christmas, weekend], Mon 29 Dec.
SELECT pg_temp.ev(1, 'deadline_paused', 'jgz-1', '2025-12-15 09:00+01', '{"deadlines": ["jgz_feedback"]}',
       'jeugdarts wacht op informatie van de specialist') AS applied;
EXECUTE deadlines(1);
SELECT pg_temp.ev(1, 'deadline_resumed', 'jgz-1', '2025-12-22 09:00+01', '{"deadlines": ["jgz_feedback"]}') AS applied;
EXECUTE deadlines(1);
-- jgz_advice -> monitoring (001 NA GESPREK J.A.): weekly contact, Mon 29
-- Dec + 1 week = Mon 5 Jan; done, next Mon 12 Jan.
SELECT pg_temp.ev(1, 'jgz_advice_given', 'jgz-1', '2025-12-29 09:00+01',
       '{"result": "gesprek gehouden", "conclusion": "deels", "advised_hours": 12, "advised_period": "4 weken",
         "jgz_actions": "vervolgafspraak over 4 weken"}') AS applied;
SELECT pg_temp.ev(1, 'contact_recorded', 'mentor-1', '2026-01-05 09:00+01',
       '{"date": "2026-01-05", "outcome": "opbouwrooster loopt"}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);

-- monitoring -> triage again (001 Bijlage F "Als omvang van het
-- ziekteverzuim weer voldoet aan één van de criteria"): Wed 7 Jan + 2 weken
-- = Wed 21 Jan.  triage -> mdo (001 "Binnen 2 weken"): Thu 8 Jan + 14
-- dagen = Thu 22 Jan.
SELECT pg_temp.ev(1, 'triage_requested', 'mentor-1', '2026-01-07 09:00+01',
       '{"reason": "opbouwrooster stagneert", "parents_informed": true}') AS applied;
SELECT pg_temp.ev(1, 'mdo_chosen', 'support-1', '2026-01-08 09:00+01',
       '{"reason": "meerdere betrokken partijen, afstemming noodzakelijk"}') AS applied;
SELECT pg_temp.ev(1, 'mdo_invited', 'support-1', '2026-01-09 09:00+01',
       '{"mdo_date": "2026-01-20", "participants": ["school", "jeugdarts", "leerplicht", "ouders", "leerling"]}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
-- mdo -> mdo_agreements: the MDO gives the regie to the LPA (001 "Tijdens
-- het MDO wordt afgesproken wie de casusregie op zich neemt"); recorded on
-- Thu 22 Jan, the term counts from the MDO's date (001 "Binnen 5
-- werkdagen na het MDO"): Tue 20 Jan + 5 werkdagen = Wed 21, Thu 22,
-- Fri 23, Mon 26, Tue 27 = Tue 27 Jan.
SELECT pg_temp.ev(1, 'mdo_held', 'support-1', '2026-01-22 09:00+01',
       '{"date": "2026-01-20", "attendees": ["school", "jeugdarts", "leerplicht", "ouders", "leerling"],
         "outcome": "plan van aanpak", "role": "lpa", "person": "lpa-7"}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
-- mdo_agreements -> monitoring (the regie stays with the LPA): Mon 26 Jan
-- + 1 week = Mon 2 Feb.  monitoring -> closed by the school.
SELECT pg_temp.ev(1, 'mdo_agreements_recorded', 'support-1', '2026-01-26 09:00+01',
       '{"agreements": "opbouw naar volledig rooster", "follow_up": "leerplicht, tweewekelijks",
         "in_writing_to": ["ouders", "leerling", "jeugdarts"]}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
SELECT pg_temp.ev(1, 'case_closed', 'lpa-7', '2026-01-30 09:00+01',
       '{"outcome": "volledig rooster hervat; betrokkenheid schriftelijk beëindigd"}') AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
-- A closed case takes no events.
SELECT attendance.apply_event((SELECT max(case_id) FROM attendance."case" WHERE pupil_id = 1), 'contact_recorded',
       'mentor-1', NULL, '2026-02-02 09:00+01', '{"date": "2026-02-02", "outcome": "x"}');
:sqlstate

------------------------------------------------------------------------------
-- V2.  bno_sick_4x_12w (DOMAIN 4.3 Decision: 12 calendar weeks): sick
-- reports Mon 8 Sep, Wed 1 Oct, Tue 4 Nov and Thu 13 Nov; the 4th within
-- 84 days: crossing Thu 13 Nov; the duty 5 schooldagen: Fri 14, Mon 17,
-- Tue 18, Wed 19, Thu 20 = Thu 20 Nov.  inform_mentor: Thu 13 Nov + 1
-- werkdag = Fri 14 Nov.
------------------------------------------------------------------------------
SET attendance.today = '2025-11-13';
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (2, 1, 'sick', '2025-09-08', '2025-09-08'), (2, 1, 'sick', '2025-10-01', '2025-10-01'),
    (2, 1, 'sick', '2025-11-04', '2025-11-04'), (2, 1, 'sick', '2025-11-13', '2025-11-13');
EXECUTE signals(2);
EXECUTE case_of(2);
EXECUTE deadlines(2);
-- mentor_contact: Fri 14 Nov + 3 werkdagen = Mon 17, Tue 18, Wed 19 = Wed
-- 19 Nov.  absence_meeting: weekly contact Mon 17 Nov + 1 week = Mon 24 Nov.
-- triage: Thu 20 Nov + 2 weken = Thu 4 Dec.  jgz_referral: Fri 21 Nov +
-- 14 dagen = Fri 5 Dec.
SELECT pg_temp.ev(2, 'mentor_informed', 'coordinator-1', '2025-11-14 09:00+01',
       '{"earlier_absence": "ja, 3 ziekmeldingen", "jgz_lpa_contact": "nee"}') AS applied;
SELECT pg_temp.ev(2, 'mentor_contacted', 'mentor-2', '2025-11-17 09:00+01',
       '{"date": "2025-11-17", "attendees": ["mentor", "ouder"], "outcome": "uitnodiging gesprek"}') AS applied;
SELECT pg_temp.ev(2, 'absence_meeting_held', 'mentor-2', '2025-11-18 15:00+01',
       '{"date": "2025-11-18", "attendees": ["mentor", "ouder", "leerling"], "outcome": "frequent ziek",
         "agreements": "ziekmelding door ouder telefonisch", "follow_up": "mentor", "in_writing_to": ["ouders"]}') AS applied;
SELECT pg_temp.ev(2, 'triage_requested', 'mentor-2', '2025-11-20 09:00+01',
       '{"reason": "verschil van inzicht over de ziekmeldingen", "parents_informed": true}') AS applied;
SELECT pg_temp.ev(2, 'jgz_referred', 'support-1', '2025-11-21 09:00+01',
       '{"reporter": "ondersteuningscoördinator", "parents_contact": "via school (fixture)", "absence_type": "frequent",
         "school_talk": "2025-11-18", "help_question": "verklaring frequent verzuim", "lpa_involved": false,
         "care_providers": "geen", "consent_parent": "2025-11-20 mentor", "consent_pupil": "2025-11-20 mentor",
         "absence_overview": "2025-11-20"}') AS applied;
SELECT pg_temp.ev(2, 'jgz_appointment_booked', 'jgz-planning', '2025-12-02 09:00+01',
       '{"appointment_date": "2025-12-09"}') AS applied;
EXECUTE case_of(2);
EXECUTE deadlines(2);
-- jgz_referral -> lpa_referral by jgz_no_show (001 "Bij niet verschijnen
-- zonder bericht ... School doet vervolgens middels een DUO-melding"): an
-- overig report (Decision) with its reason, the talk always with the
-- jeugdarts (combined_jgz_lpa).  lpa_invitation: from the report, Tue 9
-- Dec + 2 weken (001 "Binnen 2 weken na melding") = Tue 23 Dec.
SELECT pg_temp.ev(2, 'jgz_no_show', 'support-1', '2025-12-09 16:00+01',
       '{"reason": "niet verschenen bij JGZ zonder bericht", "no_show": "zonder bericht", "combined_jgz_lpa": true}') AS applied;
EXECUTE reports(2);
EXECUTE case_of(2);
EXECUTE deadlines(2);
-- lpa_referral -> lpa_agreements: afsprakenbrief within 5 werkdagen of the
-- talk (001 Bijlage G): Mon 22 Dec + 5 werkdagen = Tue 23, Wed 24, [Thu 25,
-- Fri 26 Christmas, weekend], Mon 29, Tue 30, Wed 31 Dec.
SELECT pg_temp.ev(2, 'lpa_conversation_held', 'lpa-1', '2025-12-22 11:00+01',
       '{"date": "2025-12-22", "attendees": ["leerplicht", "jeugdarts", "ouder", "leerling"],
         "outcome": "afspraken gemaakt", "agreements": "nieuw JGZ-consult; ziekmelding telefonisch"}') AS applied;
EXECUTE case_of(2);
EXECUTE deadlines(2);
-- lpa_agreements -> monitoring: Mon 29 Dec + 1 week = Mon 5 Jan.
-- monitoring -> closed by the LPA, who closes the DUO report (001
-- "Leerplicht sluit na waarschuwingsbrief altijd af").
SELECT pg_temp.ev(2, 'agreements_letter_sent', 'lpa-1', '2025-12-29 09:00+01',
       '{"date": "2025-12-29", "agreements": "nieuw JGZ-consult", "follow_up": "jeugdarts, over 4 weken"}') AS applied;
EXECUTE case_of(2);
EXECUTE deadlines(2);
SELECT pg_temp.ev(2, 'lpa_closed', 'lpa-1', '2026-01-05 09:00+01', '{"outcome": "waarschuwingsbrief; verzuim gestopt"}') AS applied;
EXECUTE case_of(2);
EXECUTE deadlines(2);
EXECUTE reports(2);

------------------------------------------------------------------------------
-- V3.  A manual signal recidive_sick (DOMAIN 4.6; 001 "Bij recidive
-- ziekteverzuim") on Mon 17 Nov: no duty (a manual signal has no term).
-- inform_mentor: Mon 17 Nov + 1 werkdag = Tue 18 Nov.
------------------------------------------------------------------------------
SET attendance.today = '2025-11-17';
SELECT attendance.raise_signal(3, 'recidive_sick', 'mentor', 'opnieuw ziek (fixture)') IS NOT NULL AS raised;
EXECUTE signals(3);
EXECUTE case_of(3);
EXECUTE deadlines(3);
-- mentor_contact: Tue 18 Nov + 3 werkdagen = Wed 19, Thu 20, Fri 21 = Fri 21
-- Nov.  absence_meeting: weekly, Wed 19 Nov + 1 week = Wed 26 Nov.
SELECT pg_temp.ev(3, 'mentor_informed', 'coordinator-1', '2025-11-18 09:00+01',
       '{"earlier_absence": "ja", "jgz_lpa_contact": "jeugdarts vorig schooljaar"}') AS applied;
SELECT pg_temp.ev(3, 'mentor_contacted', 'mentor-3', '2025-11-19 09:00+01',
       '{"date": "2025-11-19", "attendees": ["mentor", "ouder"], "outcome": "uitnodiging gesprek"}') AS applied;
EXECUTE deadlines(3);
-- DOMAIN 6: an event the state does not allow is refused with the events
-- allowed now (VZ020); a talk without its agreements is refused (VZ023).
SELECT attendance.apply_event((SELECT max(case_id) FROM attendance."case" WHERE pupil_id = 3), 'jgz_referred',
       'support-1', NULL, '2025-11-19 10:00+01', '{}');
:sqlstate
SELECT attendance.apply_event((SELECT max(case_id) FROM attendance."case" WHERE pupil_id = 3), 'absence_meeting_held',
       'mentor-3', NULL, '2025-11-20 15:00+01', '{"date": "2025-11-20", "attendees": ["mentor", "ouder"], "outcome": "x"}');
:sqlstate
-- triage: Fri 21 Nov + 2 weken = Fri 5 Dec.
SELECT pg_temp.ev(3, 'absence_meeting_held', 'mentor-3', '2025-11-20 15:00+01',
       '{"date": "2025-11-20", "attendees": ["mentor", "ouder", "leerling"], "outcome": "klachten blijven",
         "agreements": "triage", "follow_up": "ondersteuningscoördinator", "in_writing_to": ["ouders"]}') AS applied;
SELECT pg_temp.ev(3, 'triage_requested', 'mentor-3', '2025-11-21 09:00+01',
       '{"reason": "ziekte blijft", "parents_informed": true}') AS applied;
EXECUTE case_of(3);
EXECUTE deadlines(3);
-- triage -> lpa_referral by jgz_lpa_referred (001 "verwijzing voor een
-- gesprek met jeugdarts en leerplichtambtenaar (DUO-melding is nodig)"): an
-- overig report, flagged discussed in triage and combined.  lpa_invitation:
-- Mon 24 Nov + 2 weken = Mon 8 Dec.
SELECT pg_temp.ev(3, 'jgz_lpa_referred', 'support-1', '2025-11-24 09:00+01',
       '{"reason": "gecombineerd gesprek jeugdarts en leerplicht gewenst", "triage_discussed": true,
         "combined_jgz_lpa": true, "absence_overview": "2025-11-24"}') AS applied;
EXECUTE reports(3);
EXECUTE case_of(3);
EXECUTE deadlines(3);
-- lpa_referral -> lpa_agreements: Wed 3 Dec + 5 werkdagen = Thu 4, Fri 5,
-- Mon 8, Tue 9, Wed 10 = Wed 10 Dec.  lpa_agreements -> closed by the LPA
-- (a waarschuwingsbrief): the letter is done, the report closed.
SELECT pg_temp.ev(3, 'lpa_conversation_held', 'lpa-1', '2025-12-03 11:00+01',
       '{"date": "2025-12-03", "attendees": ["leerplicht", "jeugdarts", "ouder", "leerling"],
         "outcome": "waarschuwing", "agreements": "volledig aanwezig"}') AS applied;
EXECUTE deadlines(3);
SELECT pg_temp.ev(3, 'lpa_closed', 'lpa-1', '2025-12-08 09:00+01', '{"outcome": "waarschuwingsbrief"}') AS applied;
EXECUTE case_of(3);
EXECUTE deadlines(3);
EXECUTE reports(3);

------------------------------------------------------------------------------
-- V4.  expected_long_absence (DOMAIN 4.6) on Mon 17 Nov: triage ->
-- lpa_referral by lpa_referred (001 "verwijzing naar de leerplichtambtenaar
-- (via DUO-melding)").  inform_mentor Tue 18 Nov; mentor_contact Mon 17 Nov
-- + 3 werkdagen = Thu 20 Nov; weekly Tue 18 Nov + 1 week = Tue 25 Nov;
-- triage Wed 19 Nov + 2 weken = Wed 3 Dec; lpa_invitation Thu 20 Nov + 14
-- dagen = Thu 4 Dec.
------------------------------------------------------------------------------
SELECT attendance.raise_signal(4, 'expected_long_absence', 'attendance_coordinator', 'operatie gepland (fixture)') IS NOT NULL AS raised;
SELECT pg_temp.ev(4, 'mentor_informed', 'coordinator-1', '2025-11-17 10:00+01',
       '{"earlier_absence": "nee", "jgz_lpa_contact": "nee"}') AS applied;
EXECUTE deadlines(4);
SELECT pg_temp.ev(4, 'mentor_contacted', 'mentor-4', '2025-11-18 09:00+01',
       '{"date": "2025-11-18", "attendees": ["mentor", "ouder"], "outcome": "langdurig afwezig verwacht"}') AS applied;
SELECT pg_temp.ev(4, 'triage_requested', 'mentor-4', '2025-11-19 09:00+01',
       '{"reason": "langdurig verzuim verwacht", "parents_informed": true}') AS applied;
EXECUTE deadlines(4);
SELECT pg_temp.ev(4, 'lpa_referred', 'support-1', '2025-11-20 09:00+01',
       '{"reason": "dreigende schooluitval", "triage_discussed": true, "absence_overview": "2025-11-19"}') AS applied;
EXECUTE reports(4);
EXECUTE case_of(4);
EXECUTE deadlines(4);

------------------------------------------------------------------------------
-- V5.  school_related_sickness (DOMAIN 4.6): mentor_contact -> closed, the
-- pupil is better.  inform_mentor Tue 18 Nov; mentor_contact Mon 17 Nov + 3
-- werkdagen = Thu 20 Nov.
------------------------------------------------------------------------------
SELECT attendance.raise_signal(5, 'school_related_sickness', 'mentor', 'buikpijn voor toetsen (fixture)') IS NOT NULL AS raised;
SELECT pg_temp.ev(5, 'mentor_informed', 'coordinator-1', '2025-11-17 10:00+01',
       '{"earlier_absence": "nee", "jgz_lpa_contact": "nee"}') AS applied;
EXECUTE deadlines(5);
SELECT pg_temp.ev(5, 'sickness_resolved', 'mentor-5', '2025-11-18 09:00+01',
       '{"outcome": "weer op school; toetsrooster besproken"}') AS applied;
EXECUTE case_of(5);
EXECUTE deadlines(5);

------------------------------------------------------------------------------
-- V6.  recidive_sick: absence_meeting -> closed.  Weekly contact Tue 18 Nov
-- + 1 week = Tue 25 Nov, cancelled by the close.
------------------------------------------------------------------------------
SELECT attendance.raise_signal(6, 'recidive_sick', 'mentor', 'opnieuw ziek (fixture)') IS NOT NULL AS raised;
SELECT pg_temp.ev(6, 'mentor_informed', 'coordinator-1', '2025-11-17 10:00+01',
       '{"earlier_absence": "ja", "jgz_lpa_contact": "nee"}') AS applied;
SELECT pg_temp.ev(6, 'mentor_contacted', 'mentor-6', '2025-11-18 09:00+01',
       '{"date": "2025-11-18", "attendees": ["mentor", "ouder"], "outcome": "griep"}') AS applied;
SELECT pg_temp.ev(6, 'sickness_resolved', 'mentor-6', '2025-11-19 09:00+01', '{"outcome": "beter gemeld"}') AS applied;
EXECUTE case_of(6);
EXECUTE deadlines(6);

------------------------------------------------------------------------------
-- V7.  recidive_sick: triage -> monitoring by cjg_referred (001 "verwijzing
-- naar de Onderwijscontactpersoon CJG").  triage Wed 19 Nov + 2 weken = Wed
-- 3 Dec; monitoring weekly Thu 20 Nov + 1 week = Thu 27 Nov.
------------------------------------------------------------------------------
SELECT attendance.raise_signal(7, 'recidive_sick', 'mentor', 'opnieuw ziek (fixture)') IS NOT NULL AS raised;
SELECT pg_temp.ev(7, 'mentor_informed', 'coordinator-1', '2025-11-17 10:00+01',
       '{"earlier_absence": "ja", "jgz_lpa_contact": "nee"}') AS applied;
SELECT pg_temp.ev(7, 'mentor_contacted', 'mentor-7', '2025-11-18 09:00+01',
       '{"date": "2025-11-18", "attendees": ["mentor", "ouder"], "outcome": "thuissituatie speelt mee"}') AS applied;
SELECT pg_temp.ev(7, 'triage_requested', 'mentor-7', '2025-11-19 09:00+01',
       '{"reason": "andersoortige problematiek", "parents_informed": true}') AS applied;
SELECT pg_temp.ev(7, 'cjg_referred', 'support-1', '2025-11-20 09:00+01',
       '{"date": "2025-11-20", "outcome": "gezinscoach betrokken"}') AS applied;
EXECUTE case_of(7);
EXECUTE deadlines(7);

------------------------------------------------------------------------------
-- V8.  hr_sick_worrying (DOMAIN 4.2, holland_rijnland: "langer dan 2 weken
-- ziek", more than 10 schooldagen of one episode) opens the protocol too:
-- sick Mon 3 - Mon 17 Nov: 3..7 (5), 10..14 (10), Mon 17 Nov the 11th:
-- crossing Mon 17 Nov, duty 5 schooldagen = Tue 18, Wed 19, Thu 20, Fri 21,
-- Mon 24 Nov; inform_mentor Tue 18 Nov.  The same registration crosses the
-- statutory long_authorised (DOMAIN 4.1: share over 21 schooldagen; 11 of
-- the 21 schooldagen up to 17 Nov sick, more than half): its duty stands
-- alone, it opens no case of this protocol.
------------------------------------------------------------------------------
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (8, 2, 'sick', '2025-11-03', '2025-11-17');
EXECUTE signals(8);
EXECUTE case_of(8);
EXECUTE deadlines(8);
