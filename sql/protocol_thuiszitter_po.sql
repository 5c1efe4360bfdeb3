-- protocol_thuiszitter_po: the SPPOH route for absence and thuiszitters in
-- primary education (DOMAIN 6 "Thuiszitter, PO"; seed 003 route 3, Fase 2,
-- 3a, 3b, Bijlage 1) walked through every transition, with every deadline
-- and its due date counted by hand: signalling -> mdo -> appropriate_offer
-- (3a) or escalation (3b) -> education_resumed | exemption | closed.  The
-- escalation steps count calendar weeks (DOMAIN 4.7) from the first day of
-- worrying absence, and the management step is Den Haag's only
-- (deadline_skip for Leidschendam-Voorburg and Rijswijk).
-- (src/protocols/thuiszitter_po.sql)
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2025-11-28';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- Fixture: invented holidays (not the real dates), labelled.  Herfstvakantie
-- Sat 18 - Sun 26 Oct 2025, kerstvakantie Sat 20 Dec 2025 - Sun 4 Jan 2026.
-- Every term below is in calendar days or weeks, so holidays move no due
-- date.  A PO school of profile sppoh (5.5 lesson hours a day); pupils live
-- in the three SPPOH municipalities.
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality) VALUES
    (1, '97TZ', 'De Thuishaven (fixture)', 'PO', 'sppoh', 'midden', 'Den Haag');
INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day) VALUES
    ('midden', NULL, 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26'),
    ('midden', NULL, 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'P-T001', '2016-03-01', 'Den Haag'),
    (2, 'P-T002', '2016-04-01', 'Rijswijk'),
    (3, 'P-T003', '2016-05-01', 'Leidschendam-Voorburg'),
    (4, 'P-T004', '2016-06-01', 'Den Haag'),
    (5, 'P-T005', '2016-07-01', 'Den Haag'),
    (6, 'P-T006', '2016-08-01', 'Den Haag'),
    (7, 'P-T007', '2016-09-01', 'Den Haag');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day)
SELECT n, 1, '2025-08-01' FROM generate_series(1, 7) AS n;

-- This protocol's case of a pupil, its deadlines (the state's and the
-- opening signal's duty), and its log.
CREATE FUNCTION pg_temp.c(p bigint) RETURNS bigint LANGUAGE sql AS $$
    SELECT max(case_id) FROM attendance."case" WHERE pupil_id = p AND protocol = 'thuiszitter_po'
$$;
PREPARE case_of(bigint) AS
SELECT case_id, state, status, regisseur_role, worrying_since, opened_on, closed_reason
FROM attendance."case" WHERE pupil_id = $1 AND protocol = 'thuiszitter_po' ORDER BY case_id;
PREPARE deadlines(bigint) AS
SELECT deadline_id AS id, state, code, role, anchor_date, due_date, status,
       coalesce(cancelled_reason, paused_reason) AS reason
FROM attendance.deadline WHERE pupil_id = $1 AND protocol = 'thuiszitter_po' ORDER BY deadline_id;
PREPARE log(bigint) AS
SELECT e.event_id, e.event, e.from_state, e.to_state, e.actor, e.on_day
FROM attendance.case_event e JOIN attendance."case" c USING (case_id)
WHERE e.pupil_id = $1 AND c.protocol = 'thuiszitter_po' ORDER BY e.event_id;

------------------------------------------------------------------------------
-- Pupil 1 (Den Haag): absent_4_weeks (DOMAIN 4.4; 003 s2.2 item 2 "4 weken
-- aaneengesloten niet op de stamschool") crosses on the 20th schooldag of
-- absence, Fri 28 Nov (Mon 3 - Fri 28 Nov, unauthorised).  The case opens
-- in signalling, regisseur the intern begeleider; the first day of worrying
-- absence is the first day of the run, Mon 3 Nov.  (The same absence also
-- opens an unauthorised case by statutory_16h_4w; it is not shown here.)
------------------------------------------------------------------------------
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (1, 1, 'unauthorised', '2025-11-03', '2025-11-28');
SELECT code, crossing_date, window_first, due_date FROM attendance.signal
WHERE pupil_id = 1 AND code = 'absent_4_weeks';
EXECUTE case_of(1);
-- DOMAIN 7: the signal's duty, the OT report, due 2 weken after the
-- crossing (criterion absent_4_weeks): Fri 28 Nov + 14 = Fri 12 Dec.  The
-- state's: the talk with the parents within 2 weken of the signal (003 s2.1
-- "altijd binnen 2 weken") and the MDO within Fase 2 ("Looptijd: 2
-- weken"): both Fri 28 Nov + 2 weken = Fri 12 Dec.
EXECUTE deadlines(1);

-- DOMAIN 6: escalating before the MDO is refused, with the events allowed
-- now (VZ020); an MDO without its evaluation date is refused (VZ023).
SELECT attendance.apply_event(pg_temp.c(1), 'escalated', 'ib-1', at => '2025-12-02 10:00+01',
       details => '{"date": "2025-12-02", "reason": "x"}');
:sqlstate
SELECT attendance.apply_event(pg_temp.c(1), 'mdo_held', 'ib-1', at => '2025-12-09 10:00+01',
       details => '{"date": "2025-12-09", "attendees": ["ouder", "ib"], "outcome": "x", "agreements": "x", "follow_up": "ib"}');
:sqlstate

-- The talk and the OT report keep the state and do their deadlines.
SELECT attendance.apply_event(pg_temp.c(1), 'parents_talk_held', 'leerkracht-1', NULL, '2025-12-02 15:00+01',
       '{"date": "2025-12-02", "attendees": ["leerkracht", "ouder", "kind"], "outcome": "plan", "agreements": "dagelijks bellen"}') > 0 AS applied;
SELECT attendance.apply_event(pg_temp.c(1), 'ot_reported', 'ib-1', NULL, '2025-12-03 09:00+01',
       '{"date": "2025-12-03"}') > 0 AS applied;
EXECUTE deadlines(1);

------------------------------------------------------------------------------
-- signalling -> mdo (003 s2.2): the MDO agrees to evaluate on Tue 13 Jan;
-- the evaluation is due that day (anchor detail evaluation_date, 0 dagen).
------------------------------------------------------------------------------
SELECT attendance.apply_event(pg_temp.c(1), 'mdo_held', 'ib-1', NULL, '2025-12-09 10:00+01',
       '{"date": "2025-12-09", "attendees": ["ouder", "ib", "lpa", "adviseur SPPOH"], "outcome": "oorzaken in beeld",
         "agreements": "plan van aanpak", "follow_up": "ib", "evaluation_date": "2026-01-13"}') > 0 AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
SELECT attendance.apply_event(pg_temp.c(1), 'mdo_evaluated', 'ib-1', NULL, '2026-01-13 10:00+01',
       '{"date": "2026-01-13", "attendees": ["ouder", "ib", "lpa"], "outcome": "geen verbetering"}') > 0 AS applied;

------------------------------------------------------------------------------
-- mdo -> escalation (003 Fase 3b "4 weken aaneengesloten niet op school
-- ondanks het plan van aanpak"), Wed 14 Jan.  From the first day of worrying
-- absence, Mon 3 Nov (003 Bijlage 1; calendar weeks, DOMAIN 4.7):
--   peer_consultation ("4-8 weken", due at 8): + 8 weken = Mon 29 Dec;
--   management_consultation (Den Haag): + 8 weken = Mon 29 Dec;
--   adviestafel: + 11 weken = Mon 19 Jan;
--   directors ("uiterlijk 13 weken"): + 13 weken = Mon 2 Feb;
-- and homework from the state's entry: Wed 14 Jan + 1 week = Wed 21 Jan.
-- The first two are already past: overdue by 16 days on Wed 14 Jan.
------------------------------------------------------------------------------
SELECT attendance.apply_event(pg_temp.c(1), 'escalated', 'ib-1', NULL, '2026-01-14 10:00+01',
       '{"date": "2026-01-14", "reason": "4 weken niet op school ondanks plan van aanpak"}') > 0 AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
SELECT code, role, due_date, status, days_overdue FROM attendance.deadlines_as_of('2026-01-14')
WHERE pupil_id = 1 AND protocol = 'thuiszitter_po' ORDER BY due_date, code;

-- The four steps and the homework keep the state.  Homework done on Tue
-- 20 Jan rolls on: Wed 21 Jan + 1 week = Wed 28 Jan.  The Adviestafel
-- takes the procesregie (regie_replaced).
SELECT attendance.apply_event(pg_temp.c(1), 'peer_consultation_held', 'ib-1', NULL, '2026-01-15 10:00+01',
       '{"date": "2026-01-15", "outcome": "advies"}') > 0 AS applied;
SELECT attendance.apply_event(pg_temp.c(1), 'management_consultation_held', 'directie-1', NULL, '2026-01-16 10:00+01',
       '{"date": "2026-01-16", "outcome": "geen oplossing"}') > 0 AS applied;
SELECT attendance.apply_event(pg_temp.c(1), 'adviestafel_held', 'sppoh-1', NULL, '2026-01-19 10:00+01',
       '{"date": "2026-01-19", "attendees": ["regisseur sociaal domein", "SPPOH", "jeugdhulp"], "outcome": "procesregie"}') > 0 AS applied;
SELECT attendance.apply_event(pg_temp.c(1), 'regie_replaced', 'sppoh-1', 'Adviestafel neemt procesregie', '2026-01-19 11:00+01',
       '{"role": "bpo", "person": "sppoh-1"}') > 0 AS applied;
SELECT attendance.apply_event(pg_temp.c(1), 'homework_provided', 'leerkracht-1', NULL, '2026-01-20 15:00+01',
       '{"date": "2026-01-20"}') > 0 AS applied;
SELECT attendance.apply_event(pg_temp.c(1), 'directors_consulted', 'jeugd-1', NULL, '2026-01-30 10:00+01',
       '{"date": "2026-01-30", "outcome": "plek op SBO"}') > 0 AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);

------------------------------------------------------------------------------
-- escalation -> education_resumed ("Het kind volgt onderwijs"): the case
-- closes; the open homework duty is cancelled.
------------------------------------------------------------------------------
SELECT attendance.apply_event(pg_temp.c(1), 'back_in_education', 'ib-1', NULL, '2026-02-09 10:00+01',
       '{"date": "2026-02-09", "setting": "SBO"}') > 0 AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
EXECUTE log(1);

------------------------------------------------------------------------------
-- Pupil 2 (Rijswijk), opened by hand on Mon 1 Dec with the first day of
-- worrying absence Mon 10 Nov (details.worrying_since).  Without a signal
-- the signal anchor is the opening day: parents_talk and organise_mdo
-- Mon 1 Dec + 2 weken = Mon 15 Dec.
------------------------------------------------------------------------------
SELECT attendance.open_case(2, 'thuiszitter_po', 'ib-2', 'gedeeltelijke deelname', '2025-12-01 09:00+01',
       '{"worrying_since": "2025-11-10"}') > 0 AS opened;
EXECUTE case_of(2);
EXECUTE deadlines(2);
-- signalling -> mdo (evaluation due on its date, Thu 8 Jan) ->
-- appropriate_offer (003 Fase 3a) on Mon 15 Dec: the offer is due at the
-- end of the looptijd "2-10 weken": Mon 15 Dec + 10 weken = Mon 23 Feb.
-- The MDO's evaluation is cancelled: the case moved on.
SELECT attendance.apply_event(pg_temp.c(2), 'parents_talk_held', 'leerkracht-2', NULL, '2025-12-04 15:00+01',
       '{"date": "2025-12-04", "attendees": ["leerkracht", "ouder"], "outcome": "plan", "agreements": "halve dagen"}') > 0 AS applied;
SELECT attendance.apply_event(pg_temp.c(2), 'mdo_held', 'ib-2', NULL, '2025-12-11 10:00+01',
       '{"date": "2025-12-11", "attendees": ["ouder", "ib", "smw"], "outcome": "x", "agreements": "x", "follow_up": "ib",
         "evaluation_date": "2026-01-08"}') > 0 AS applied;
EXECUTE deadlines(2);
SELECT attendance.apply_event(pg_temp.c(2), 'offer_investigation_started', 'ib-2', NULL, '2025-12-15 10:00+01',
       '{"date": "2025-12-15", "agreements": "steunpunt dreigende thuiszitters"}') > 0 AS applied;
SELECT attendance.apply_event(pg_temp.c(2), 'mediation_requested', 'ib-2', NULL, '2025-12-18 10:00+01',
       '{"date": "2025-12-18", "requested_by": "ouders (onderwijsconsulent)"}') > 0 AS applied;
EXECUTE case_of(2);
EXECUTE deadlines(2);

------------------------------------------------------------------------------
-- appropriate_offer -> escalation (003 3a.2 "Dan schaal je op") on Mon
-- 12 Jan.  Rijswijk has no management step ("Nee, direct naar
-- Adviestafel"): no such deadline.  From Mon 10 Nov:
--   peer_consultation: + 8 weken = Mon 5 Jan;
--   adviestafel: + 11 weken = Mon 26 Jan;
--   directors: + 13 weken = Mon 9 Feb;
-- homework: Mon 12 Jan + 1 week = Mon 19 Jan.
------------------------------------------------------------------------------
SELECT attendance.apply_event(pg_temp.c(2), 'escalated', 'ib-2', NULL, '2026-01-12 10:00+01',
       '{"date": "2026-01-12", "reason": "partijen in het MDO lopen vast"}') > 0 AS applied;
EXECUTE case_of(2);
EXECUTE deadlines(2);

------------------------------------------------------------------------------
-- escalation -> exemption ("Vrijstelling van onderwijs"), on Mon 2 Feb: a
-- declaration of Tue 20 Jan (+ 3 maanden = Mon 20 Apr) is recent enough;
-- one of Fri 31 Oct (+ 3 maanden = Sat 31 Jan < 2 Feb) is not (VZ024).
------------------------------------------------------------------------------
SELECT attendance.apply_event(pg_temp.c(2), 'exemption_established', 'lpa-2', NULL, '2026-02-02 10:00+01',
       '{"date": "2026-02-02", "declaration_date": "2025-10-31"}');
:sqlstate
SELECT attendance.apply_event(pg_temp.c(2), 'exemption_established', 'lpa-2', NULL, '2026-02-02 10:00+01',
       '{"date": "2026-02-02", "declaration_date": "2026-01-20"}') > 0 AS applied;
EXECUTE case_of(2);
EXECUTE deadlines(2);

------------------------------------------------------------------------------
-- Pupil 3 (Leidschendam-Voorburg), by hand on Mon 1 Dec, worrying since
-- Mon 17 Nov: signalling -> mdo (Mon 8 Dec, evaluation Mon 12 Jan) ->
-- escalation on Thu 11 Dec: no management step ("Nee, direct naar
-- Adviestafel").  From Mon 17 Nov: peer_consultation + 8 weken = Mon 12 Jan;
-- adviestafel + 11 weken = Mon 2 Feb; directors + 13 weken = Mon 16 Feb;
-- homework Thu 11 Dec + 1 week = Thu 18 Dec.  Then escalation -> closed.
-- The talk with the parents, never recorded, is cancelled when the case
-- moves on to mdo (Fase 2 due dates: Mon 1 Dec + 2 weken = Mon 15 Dec).
------------------------------------------------------------------------------
SELECT attendance.open_case(3, 'thuiszitter_po', 'ib-3', NULL, '2025-12-01 09:00+01',
       '{"worrying_since": "2025-11-17"}') > 0 AS opened;
SELECT attendance.apply_event(pg_temp.c(3), 'mdo_held', 'ib-3', NULL, '2025-12-08 10:00+01',
       '{"date": "2025-12-08", "attendees": ["ouder", "ib", "lpa"], "outcome": "x", "agreements": "x", "follow_up": "ib",
         "evaluation_date": "2026-01-12"}') > 0 AS applied;
SELECT attendance.apply_event(pg_temp.c(3), 'escalated', 'ib-3', NULL, '2025-12-11 10:00+01',
       '{"date": "2025-12-11", "reason": "MDO vraagt ondersteuning"}') > 0 AS applied;
EXECUTE case_of(3);
EXECUTE deadlines(3);
SELECT attendance.apply_event(pg_temp.c(3), 'case_closed', 'ib-3', NULL, '2026-01-19 10:00+01',
       '{"outcome": "jeugdbeschermingstafel; gezin verhuisd naar een andere regio"}') > 0 AS applied;
EXECUTE case_of(3);
EXECUTE deadlines(3);

------------------------------------------------------------------------------
-- Pupil 4 (Den Haag), by hand on Mon 1 Dec: signalling -> education_resumed
-- ("Als na het gesprek met de ouders ... het verzuim stopt"); both Fase 2
-- deadlines (Mon 15 Dec) cancelled.
------------------------------------------------------------------------------
SELECT attendance.open_case(4, 'thuiszitter_po', 'ib-4', NULL, '2025-12-01 09:00+01', '{}') > 0 AS opened;
SELECT attendance.apply_event(pg_temp.c(4), 'back_in_education', 'ib-4', NULL, '2025-12-05 10:00+01',
       '{"date": "2025-12-05", "setting": "eigen groep"}') > 0 AS applied;
EXECUTE case_of(4);
EXECUTE deadlines(4);

------------------------------------------------------------------------------
-- Pupil 5 (Den Haag), by hand on Mon 1 Dec: mdo (Mon 8 Dec, evaluation
-- Mon 12 Jan) -> appropriate_offer on Wed 10 Dec (offer_found + 10 weken =
-- Wed 18 Feb) -> education_resumed on Mon 12 Jan (offer_found done).
-- Fase 2 as pupil 4 (Mon 15 Dec); the unrecorded talk is cancelled.
------------------------------------------------------------------------------
SELECT attendance.open_case(5, 'thuiszitter_po', 'ib-5', NULL, '2025-12-01 09:00+01', '{}') > 0 AS opened;
SELECT attendance.apply_event(pg_temp.c(5), 'mdo_held', 'ib-5', NULL, '2025-12-08 10:00+01',
       '{"date": "2025-12-08", "attendees": ["ouder", "ib"], "outcome": "x", "agreements": "x", "follow_up": "ib",
         "evaluation_date": "2026-01-12"}') > 0 AS applied;
SELECT attendance.apply_event(pg_temp.c(5), 'offer_investigation_started', 'ib-5', NULL, '2025-12-10 10:00+01',
       '{"date": "2025-12-10", "agreements": "observatiegroep"}') > 0 AS applied;
SELECT attendance.apply_event(pg_temp.c(5), 'back_in_education', 'ib-5', NULL, '2026-01-12 10:00+01',
       '{"date": "2026-01-12", "setting": "observatiegroep De Ontdekkers"}') > 0 AS applied;
EXECUTE case_of(5);
EXECUTE deadlines(5);

------------------------------------------------------------------------------
-- Pupil 6 (Den Haag), by hand on Mon 1 Dec: mdo (Mon 8 Dec) ->
-- appropriate_offer on Wed 10 Dec (offer_found Wed 18 Feb) -> exemption on
-- Mon 12 Jan (declaration of Mon 5 Jan: + 3 maanden = Sun 5 Apr).
-- Fase 2 as pupil 4 (Mon 15 Dec); the unrecorded talk is cancelled.
------------------------------------------------------------------------------
SELECT attendance.open_case(6, 'thuiszitter_po', 'ib-6', NULL, '2025-12-01 09:00+01', '{}') > 0 AS opened;
SELECT attendance.apply_event(pg_temp.c(6), 'mdo_held', 'ib-6', NULL, '2025-12-08 10:00+01',
       '{"date": "2025-12-08", "attendees": ["ouder", "ib", "lpa", "jgz"], "outcome": "x", "agreements": "x", "follow_up": "ib",
         "evaluation_date": "2026-01-12"}') > 0 AS applied;
SELECT attendance.apply_event(pg_temp.c(6), 'offer_investigation_started', 'ib-6', NULL, '2025-12-10 10:00+01',
       '{"date": "2025-12-10", "agreements": "expertise SO"}') > 0 AS applied;
SELECT attendance.apply_event(pg_temp.c(6), 'exemption_established', 'lpa-6', NULL, '2026-01-12 10:00+01',
       '{"date": "2026-01-12", "declaration_date": "2026-01-05"}') > 0 AS applied;
EXECUTE case_of(6);
EXECUTE deadlines(6);

------------------------------------------------------------------------------
-- Pupil 7 (Den Haag): long_authorised (DOMAIN 4.1; 000 s7, more than half
-- of the 21 most recent schooldagen authorised absent) also opens this
-- route (Decision, file header).  Sick Mon 3 - Mon 17 Nov (11 schooldagen):
-- on Mon 17 Nov the 21 schooldagen from Mon 13 Oct (herfstvakantie
-- skipped) hold 11 sick days, 0.52 > 0.5.  Duty and Fase 2 deadlines:
-- Mon 17 Nov + 2 weken = Mon 1 Dec for the talk and the MDO; the duty's
-- term is the criterion's, 5 schooldagen: Tue 18, Wed 19, Thu 20, Fri 21,
-- Mon 24 Nov.  (worrying_since is left out: the engine takes the opening
-- signal's window_first, here the first of the 21 schooldagen, Mon 13 Oct,
-- not the first day absent; see the file header's caveat.)
------------------------------------------------------------------------------
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (7, 1, 'sick', '2025-11-03', '2025-11-17');
SELECT code, crossing_date, window_first, due_date FROM attendance.signal
WHERE pupil_id = 7 AND code = 'long_authorised';
SELECT case_id, state, status, regisseur_role FROM attendance."case" WHERE pupil_id = 7 AND protocol = 'thuiszitter_po';
EXECUTE deadlines(7);

-- The signal mappings this file ships.
SELECT code, protocol, duty_done_by FROM attendance.signal_protocol
WHERE shipped AND protocol = 'thuiszitter_po' ORDER BY code;
SELECT protocol, state, code, municipality FROM attendance.deadline_skip WHERE shipped AND protocol = 'thuiszitter_po' ORDER BY municipality;
