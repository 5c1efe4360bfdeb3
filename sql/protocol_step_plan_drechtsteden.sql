-- protocol_step_plan_drechtsteden: the step plan of SWV Drechtsteden VO
-- (DOMAIN 6 "Step plan, Drechtsteden"; seed 004 s2.3 Stap 3-8, s1.1, s1.2)
-- walked through every transition, with every deadline and its due date
-- counted by hand: pupil_talk -> parents_called -> following -> ot_zat ->
-- meldpunt -> binding_decision -> closed, and the ways out to closed from
-- following, ot_zat (absence stopped, exemption 5 onder a) and meldpunt.
-- The signals that open it: dr_16h_4w, dr_late_9, dr_sick_4x_12w with a
-- doubt signal joining, and the manual reasons special_circumstances and
-- doubt (src/protocols/step_plan_drechtsteden.sql).
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2025-11-05';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- Fixture: invented holidays (not the real dates), labelled.  Herfstvakantie
-- Sat 18 - Sun 26 Oct 2025 (the week of Mon 20 Oct holds no schooldag),
-- kerstvakantie Sat 20 Dec 2025 - Sun 4 Jan 2026.  No public holiday falls
-- between September and 24 December.  A VO school of profile drechtsteden,
-- 6 lesson hours a day.
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality) VALUES
    (1, '96DD', 'Stappenplan College (fixture)', 'VO', 'drechtsteden', 'zuid', 'Testdorp');
INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day) VALUES
    ('zuid', NULL, 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26'),
    ('zuid', NULL, 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality)
SELECT n, 'P-D00' || n, make_date(2011, n, 10), 'Testdorp' FROM generate_series(1, 5) AS n;
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day)
SELECT n, 1, '2025-08-01' FROM generate_series(1, 5) AS n;

PREPARE case_of(bigint) AS
SELECT case_id, state, status, regisseur_role, closed_reason
FROM attendance."case" WHERE pupil_id = $1 ORDER BY case_id;
PREPARE deadlines(bigint) AS
SELECT deadline_id AS id, state, code, role, anchor_date, due_date, status,
       coalesce(cancelled_reason, paused_reason) AS reason
FROM attendance.deadline WHERE pupil_id = $1 ORDER BY deadline_id;
PREPARE log(bigint) AS
SELECT event_id, event, from_state, to_state, actor, on_day, report_id IS NOT NULL AS filed_report
FROM attendance.case_event WHERE pupil_id = $1 ORDER BY event_id;

------------------------------------------------------------------------------
-- Pupil 1: dr_16h_4w (DOMAIN 4.5; 004 s1.2 "Meer dan 16 uur ... in een
-- periode van 4 weken") crosses on Wed 5 Nov: 3 whole days of 6 lesson
-- hours = 18 > 16.  The case opens in pupil_talk, regisseur the mentor
-- (004 Stap 3 "Ga als mentor in gesprek met de leerling").
------------------------------------------------------------------------------
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (1, 1, 'unauthorised', '2025-11-03', '2025-11-05');
SELECT code, crossing_date, window_first, due_date, status FROM attendance.signal WHERE pupil_id = 1;
EXECUTE case_of(1);
-- DOMAIN 7: the signal's own duty, the report to DUO and leerplicht within
-- 5 dagen of the crossing (criterion dr_16h_4w): Wed 5 Nov + 5 dagen =
-- Mon 10 Nov.  The state's: the talk with the pupil within 5 schooldagen of
-- the signal (Decision, file header): Wed 5 Nov + 5 schooldagen = Thu 6,
-- Fri 7, Mon 10, Tue 11, Wed 12 Nov.
EXECUTE deadlines(1);

-- DOMAIN 6: an event of a later step is refused, with the events allowed now.
SELECT attendance.apply_event(1, 'meldpunt_registered', 'bpo-1', at => '2025-11-06 10:00+01',
       details => '{"date": "2025-11-06", "help_question": "x", "opp": "ja"}');
:sqlstate
-- What events record (DOMAIN 6, last paragraph): a talk records date,
-- attendees, outcome, agreements and who follows up (004 Stap 3).
SELECT attendance.apply_event(1, 'pupil_talk_held', 'mentor-1', at => '2025-11-06 10:00+01',
       details => '{"date": "2025-11-06", "attendees": ["mentor", "leerling"]}');
:sqlstate

------------------------------------------------------------------------------
-- pupil_talk -> parents_called (004 Stap 3, 4): the talk is done; the
-- parents are called "zo snel mogelijk" (Decision: 1 schooldag): Thu 6 Nov
-- + 1 schooldag = Fri 7 Nov.
------------------------------------------------------------------------------
SELECT attendance.apply_event(1, 'pupil_talk_held', 'mentor-1', 'verzuimverslag gemaakt', '2025-11-06 10:00+01',
       '{"date": "2025-11-06", "attendees": ["mentor", "leerling"], "outcome": "reden besproken",
         "agreements": "elke dag aanwezig", "follow_up": "mentor"}') > 0 AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);

------------------------------------------------------------------------------
-- parents_called -> following (004 Stap 4, 5): the zorgcoordinator takes
-- the regie (Stap 5c "De afspraken worden bewaakt door de zorgcoördinator").
-- Three deadlines from Fri 7 Nov (Decisions, file header):
--   inform_support_coordinator: + 5 schooldagen = Mon 10, Tue 11, Wed 12,
--     Thu 13, Fri 14 Nov;
--   consult_bpo: + 2 weken = Fri 21 Nov;
--   weekly_contact: + 1 week = Fri 14 Nov.
------------------------------------------------------------------------------
SELECT attendance.apply_event(1, 'parents_call_made', 'mentor-1', NULL, '2025-11-07 10:00+01',
       '{"date": "2025-11-07", "attendees": ["mentor", "ouder"], "outcome": "zorgen gedeeld"}') > 0 AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);

-- The DUO report (004 s1.2, Stap 5c "Tevens wordt er een melding bij DUO
-- gedaan") keeps the state and does the signal's duty.  Its kind follows the
-- signal's criterion (wettelijk), its period the signal's window: the 4
-- most recent lesweken up to Wed 5 Nov are the weeks of 3 Nov, 27 Oct,
-- 13 Oct and 6 Oct (the week of 20 Oct, herfstvakantie, holds no schooldag):
-- from Mon 6 Oct to the crossing, Wed 5 Nov.  A report without its reason
-- is refused (VZ023).
SELECT attendance.apply_event(1, 'reported_duo', 'coordinator-1', NULL, '2025-11-10 09:00+01', '{}');
:sqlstate
SELECT attendance.apply_event(1, 'reported_duo', 'coordinator-1', NULL, '2025-11-10 09:00+01',
       '{"reason": "meer dan 16 uur in 4 lesweken"}') > 0 AS applied;
SELECT kind, reason, period_first, period_last, reported_on, reported_by, closed_on
FROM attendance.duo_report WHERE pupil_id = 1;

-- The steps of Stap 5 keep the state.  The weekly contact is a repeat duty:
-- done on Thu 13 Nov, the next is due a week after the last due date:
-- Fri 14 Nov + 1 week = Fri 21 Nov.
SELECT attendance.apply_event(1, 'support_coordinator_informed', 'mentor-1', NULL, '2025-11-11 10:00+01',
       '{"date": "2025-11-11"}') > 0 AS applied;
SELECT attendance.apply_event(1, 'bpo_consulted', 'zoco-1', NULL, '2025-11-12 10:00+01',
       '{"date": "2025-11-12", "attendees": ["zorgcoordinator", "bpo"], "outcome": "geen arrangement"}') > 0 AS applied;
SELECT attendance.apply_event(1, 'plan_made', 'mentor-1', NULL, '2025-11-12 14:00+01',
       '{"date": "2025-11-12", "attendees": ["mentor", "leerling", "ouder"], "agreements": "rooster", "follow_up": "mentor"}') > 0 AS applied;
SELECT attendance.apply_event(1, 'opp_started', 'zoco-1', NULL, '2025-11-13 09:00+01', '{"date": "2025-11-13"}') > 0 AS applied;
SELECT attendance.apply_event(1, 'contact_recorded', 'mentor-1', NULL, '2025-11-13 10:00+01',
       '{"date": "2025-11-13", "outcome": "gesproken"}') > 0 AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);

------------------------------------------------------------------------------
-- following -> ot_zat (004 Stap 6, "altijd in het OT/ZAT"): the open weekly
-- contact of following is cancelled, ot_zat creates its own from Mon 17 Nov:
--   ot_zat_plan: + 2 weken = Mon 1 Dec (Decision);
--   weekly_contact: + 1 week = Mon 24 Nov.
------------------------------------------------------------------------------
SELECT attendance.apply_event(1, 'ot_zat_reported', 'zoco-1', NULL, '2025-11-17 09:00+01',
       '{"date": "2025-11-17", "absence_type": "zorgelijk"}') > 0 AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
-- The steps of Stap 6 keep the state; contact on Fri 21 Nov rolls the
-- weekly contact on: Mon 24 Nov + 1 week = Mon 1 Dec.
SELECT attendance.apply_event(1, 'contact_recorded', 'mentor-1', NULL, '2025-11-21 10:00+01',
       '{"date": "2025-11-21", "outcome": "gesproken"}') > 0 AS applied;
SELECT attendance.apply_event(1, 'ot_zat_plan_made', 'zoco-1', NULL, '2025-11-26 10:00+01',
       '{"date": "2025-11-26", "attendees": ["zorgcoordinator", "ouder", "lpa", "bpo", "jgz"], "outcome": "plan",
         "agreements": "interventies", "follow_up": "zorgcoordinator"}') > 0 AS applied;
SELECT attendance.apply_event(1, 'care_referral', 'zoco-1', NULL, '2025-11-26 11:00+01',
       '{"date": "2025-11-26", "referred_to": "Jeugdteam/CJG"}') > 0 AS applied;
SELECT attendance.apply_event(1, 'opp_started', 'zoco-1', NULL, '2025-11-26 12:00+01', '{"date": "2025-11-26"}') > 0 AS applied;
EXECUTE deadlines(1);

------------------------------------------------------------------------------
-- ot_zat -> meldpunt (004 Stap 7): the BPO-er registers the pupil with the
-- help question and the OPP.  From Mon 1 Dec:
--   meldpunt_advice: + 2 weken = Mon 15 Dec (Decision);
--   weekly_contact: + 1 week = Mon 8 Dec.
-- Contact on Fri 5 Dec rolls it on: Mon 8 Dec + 1 week = Mon 15 Dec.
------------------------------------------------------------------------------
SELECT attendance.apply_event(1, 'meldpunt_registered', 'bpo-1', NULL, '2025-12-01 09:00+01',
       '{"date": "2025-12-01", "help_question": "passende plek", "opp": "bijgevoegd"}') > 0 AS applied;
EXECUTE case_of(1);
SELECT attendance.apply_event(1, 'contact_recorded', 'mentor-1', NULL, '2025-12-05 10:00+01',
       '{"date": "2025-12-05", "outcome": "gesproken"}') > 0 AS applied;
SELECT attendance.apply_event(1, 'meldpunt_advice_given', 'meldpunt-1', NULL, '2025-12-10 10:00+01',
       '{"date": "2025-12-10", "attendees": ["meldpunt", "bpo", "zorgcoordinator"], "outcome": "maatwerk", "agreements": "doorbraak"}') > 0 AS applied;
EXECUTE deadlines(1);

------------------------------------------------------------------------------
-- meldpunt -> binding_decision (004 Stap 8): the SWV's directeur-bestuurder
-- holds the regie.  From Thu 11 Dec:
--   binding_decision: + 2 weken = Thu 25 Dec (Decision; calendar weeks, a
--     due date on Christmas Day stands);
--   weekly_contact: + 1 week = Thu 18 Dec; done on Thu 18 Dec, next
--     Thu 25 Dec.
-- The LPA closes the DUO report (closes_reports) and the state stays.
------------------------------------------------------------------------------
SELECT attendance.apply_event(1, 'binding_decision_requested', 'bpo-1', NULL, '2025-12-11 09:00+01',
       '{"date": "2025-12-11", "question": "plaatsing"}') > 0 AS applied;
EXECUTE case_of(1);
SELECT attendance.apply_event(1, 'contact_recorded', 'mentor-1', NULL, '2025-12-18 10:00+01',
       '{"date": "2025-12-18", "outcome": "gesproken"}') > 0 AS applied;
SELECT attendance.apply_event(1, 'lpa_closed', 'lpa-1', NULL, '2025-12-19 09:00+01',
       '{"outcome": "doorbraakaanpak loopt"}') > 0 AS applied;
SELECT kind, reported_on, closed_on, closed_by FROM attendance.duo_report WHERE pupil_id = 1;
EXECUTE deadlines(1);

------------------------------------------------------------------------------
-- binding_decision -> closed (004 Stap 8): the case closes, every open
-- deadline is cancelled, nothing more is accepted (VZ022).
------------------------------------------------------------------------------
SELECT attendance.apply_event(1, 'binding_decision_taken', 'swv-1', NULL, '2025-12-22 09:00+01',
       '{"date": "2025-12-22", "decision": "plaatsing op andere school",
         "sent_to": ["leerling", "ouders", "school", "nieuwe school", "bestuur SWV"]}') > 0 AS applied;
EXECUTE case_of(1);
EXECUTE deadlines(1);
EXECUTE log(1);
SELECT attendance.apply_event(1, 'contact_recorded', 'mentor-1', NULL, '2025-12-23 10:00+01',
       '{"date": "2025-12-23", "outcome": "x"}');
:sqlstate

------------------------------------------------------------------------------
-- Pupil 2: dr_late_9 (004 s1.2 "Negen keer te laat komen"; per school
-- year, DOMAIN 4.7) crosses on the 9th late arrival, Mon 3 Nov.  Duty:
-- + 5 dagen = Sat 8 Nov (calendar days: a weekend due date stands).  Talk
-- with the pupil: Mon 3 Nov + 5 schooldagen = Tue 4, Wed 5, Thu 6, Fri 7,
-- Mon 10 Nov.  Its DUO report is 'overig' (criterion dr_late_9), with the
-- reason the event records.  Then following -> closed: the absence stopped.
-- call_parents: Thu 6 Nov + 1 schooldag = Fri 7 Nov; following's deadlines
-- from Fri 7 Nov as for pupil 1 (Fri 14, Fri 21, Fri 14 Nov), cancelled
-- when the case closes.
------------------------------------------------------------------------------
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
SELECT 2, 1, 'late', d, d
FROM unnest('{2025-09-01,2025-09-08,2025-09-15,2025-09-22,2025-09-29,2025-10-06,2025-10-13,2025-10-27,2025-11-03}'::date[]) AS d;
SELECT code, crossing_date, due_date, status FROM attendance.signal WHERE pupil_id = 2;
EXECUTE case_of(2);
EXECUTE deadlines(2);
SELECT attendance.apply_event(2, 'reported_duo', 'coordinator-1', NULL, '2025-11-06 09:00+01',
       '{"reason": "9 keer te laat"}') > 0 AS applied;
SELECT kind, reason, reported_on FROM attendance.duo_report WHERE pupil_id = 2;
SELECT attendance.apply_event(2, 'pupil_talk_held', 'mentor-2', NULL, '2025-11-06 10:00+01',
       '{"date": "2025-11-06", "attendees": ["mentor", "leerling"], "outcome": "wekker", "agreements": "op tijd", "follow_up": "mentor"}') > 0 AS applied;
SELECT attendance.apply_event(2, 'parents_call_made', 'mentor-2', NULL, '2025-11-07 10:00+01',
       '{"date": "2025-11-07", "attendees": ["mentor", "ouder"], "outcome": "afspraak"}') > 0 AS applied;
SELECT attendance.apply_event(2, 'absence_stopped', 'zoco-1', NULL, '2025-11-28 10:00+01',
       '{"outcome": "drie weken op tijd"}') > 0 AS applied;
EXECUTE case_of(2);
EXECUTE deadlines(2);

------------------------------------------------------------------------------
-- The remaining cases walk the first steps with one helper (shown above for
-- pupil 1): pupil_talk_held, parents_call_made, ot_zat_reported on one day.
------------------------------------------------------------------------------
CREATE FUNCTION pg_temp.to_ot_zat(c bigint, d date) RETURNS text LANGUAGE sql AS $$
    SELECT attendance.apply_event(c, 'pupil_talk_held', 'mentor-1', NULL, (d || ' 09:00+01')::timestamptz,
               jsonb_build_object('date', d, 'attendees', '["mentor", "leerling"]'::jsonb, 'outcome', 'x',
                                  'agreements', 'x', 'follow_up', 'mentor'));
    SELECT attendance.apply_event(c, 'parents_call_made', 'mentor-1', NULL, (d || ' 10:00+01')::timestamptz,
               jsonb_build_object('date', d, 'attendees', '["mentor", "ouder"]'::jsonb, 'outcome', 'x'));
    SELECT attendance.apply_event(c, 'ot_zat_reported', 'zoco-1', NULL, (d || ' 11:00+01')::timestamptz,
               jsonb_build_object('date', d, 'absence_type', 'ongrijpbaar'));
    SELECT state FROM attendance."case" WHERE case_id = c;
$$;

------------------------------------------------------------------------------
-- Pupil 3: a manual signal special_circumstances (004 s1.2 "Bij minder dan
-- 16 uur wanneer er sprake is van bijzondere omstandigheden") opens the
-- case; a manual signal has no due date, so no duty deadline.  The talk
-- counts from its day, Wed 5 Nov: + 5 schooldagen = Wed 12 Nov.
-- Then ot_zat -> closed by an exemption 5 onder a (004 Stap 5d): a
-- declaration older than 3 months is refused (VZ024): 4 Aug + 3 maanden =
-- 4 Nov < 10 Nov; one of 11 Aug (+ 3 maanden = 11 Nov) is accepted.
-- The helper's steps on Thu 6 Nov: call_parents + 1 schooldag = Fri 7 Nov;
-- following: consult_bpo + 2 weken = Thu 20 Nov, inform_support_coordinator
-- + 5 schooldagen = Fri 7, Mon 10, Tue 11, Wed 12, Thu 13 Nov,
-- weekly_contact + 1 week = Thu 13 Nov; ot_zat: ot_zat_plan + 2 weken =
-- Thu 20 Nov, weekly_contact + 1 week = Thu 13 Nov.
------------------------------------------------------------------------------
SELECT attendance.raise_signal(3, 'special_circumstances', 'mentor', 'zorgen (fixture)') > 0 AS raised;
SELECT code, crossing_date, due_date FROM attendance.signal WHERE pupil_id = 3;
EXECUTE case_of(3);
EXECUTE deadlines(3);
SELECT pg_temp.to_ot_zat((SELECT case_id FROM attendance."case" WHERE pupil_id = 3), '2025-11-06');
SELECT attendance.apply_event((SELECT case_id FROM attendance."case" WHERE pupil_id = 3), 'exemption_established',
       'lpa-1', NULL, '2025-11-10 10:00+01', '{"date": "2025-11-10", "declaration_date": "2025-08-04"}');
:sqlstate
SELECT attendance.apply_event((SELECT case_id FROM attendance."case" WHERE pupil_id = 3), 'exemption_established',
       'lpa-1', NULL, '2025-11-10 10:00+01', '{"date": "2025-11-10", "declaration_date": "2025-08-11"}') > 0 AS applied;
EXECUTE case_of(3);
EXECUTE deadlines(3);

------------------------------------------------------------------------------
-- Pupil 4: dr_sick_4x_12w (004 s1.1 "voor de 4e keer in 12 schoolweken")
-- crosses on the 4th sick report, Mon 3 Nov, and opens the case; the
-- shipped profile has require_doubt (DOMAIN 4.5 Decision), so its report
-- has no due date yet and no duty deadline.  The talk: Mon 3 Nov +
-- 5 schooldagen = Mon 10 Nov.  A doubt signal (004 s1.1 "indien er twijfel
-- is over de verklaring") on Wed 5 Nov joins the case and opens the
-- report's deadline, counted from the doubt (src/evaluate.c: from the later
-- of crossing and doubt): Wed 5 Nov + 5 dagen = Mon 10 Nov (from the
-- crossing it would be Sat 8 Nov); its anchor_date shows the crossing.
-- Then ot_zat -> meldpunt -> closed: the absence stopped.  The helper's
-- deadlines as for pupil 3; meldpunt from Thu 20 Nov: meldpunt_advice
-- + 2 weken = Thu 4 Dec, weekly_contact + 1 week = Thu 27 Nov; all
-- cancelled when the case closes on Thu 27 Nov, but not the unfiled
-- report's deadline: a report a criterion asks for is owed whatever the
-- case's outcome (Stap 5b "altijd"; src/cases.c CloseCase).
------------------------------------------------------------------------------
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
SELECT 4, 1, 'sick', d, d FROM unnest('{2025-09-29,2025-10-06,2025-10-13,2025-11-03}'::date[]) AS d;
SELECT code, crossing_date, due_date FROM attendance.signal WHERE pupil_id = 4;
EXECUTE case_of(4);
EXECUTE deadlines(4);
SELECT attendance.raise_signal(4, 'doubt', 'mentor', 'twijfel (fixture)') > 0 AS raised;
SELECT code, crossing_date, due_date FROM attendance.signal WHERE pupil_id = 4 ORDER BY signal_id;
EXECUTE deadlines(4);
EXECUTE log(4);
SELECT pg_temp.to_ot_zat((SELECT case_id FROM attendance."case" WHERE pupil_id = 4), '2025-11-06');
SELECT attendance.apply_event((SELECT case_id FROM attendance."case" WHERE pupil_id = 4), 'meldpunt_registered',
       'bpo-1', NULL, '2025-11-20 10:00+01', '{"date": "2025-11-20", "help_question": "x", "opp": "bijgevoegd"}') > 0 AS applied;
SELECT attendance.apply_event((SELECT case_id FROM attendance."case" WHERE pupil_id = 4), 'absence_stopped',
       'zoco-1', NULL, '2025-11-27 10:00+01', '{"outcome": "weer op school"}') > 0 AS applied;
EXECUTE case_of(4);
EXECUTE deadlines(4);
EXECUTE log(4);

------------------------------------------------------------------------------
-- Pupil 5: a doubt signal alone opens the case (Wed 5 Nov: talk due Wed
-- 12 Nov, as pupil 3); ot_zat -> closed: the absence stopped.  The
-- helper's deadlines as for pupil 3, cancelled on Fri 14 Nov.
------------------------------------------------------------------------------
SELECT attendance.raise_signal(5, 'doubt', 'mentor', 'twijfel (fixture)') > 0 AS raised;
EXECUTE case_of(5);
EXECUTE deadlines(5);
SELECT pg_temp.to_ot_zat((SELECT case_id FROM attendance."case" WHERE pupil_id = 5), '2025-11-06');
SELECT attendance.apply_event((SELECT case_id FROM attendance."case" WHERE pupil_id = 5), 'absence_stopped',
       'zoco-1', NULL, '2025-11-14 10:00+01', '{"outcome": "verklaring jeugdarts"}') > 0 AS applied;
EXECUTE case_of(5);
EXECUTE deadlines(5);
EXECUTE log(5);
