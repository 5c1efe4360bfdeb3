-- security: privacy and roles (DOMAIN 8.2 "Who sees what"; doc/security.md).
-- Users of each access profile, mapped to schools, municipalities and a
-- samenwerkingsverband, read every table, view and function that holds
-- pupil data; the matrix shows the rows each sees ('-': no privilege at
-- all).  Then what each may change, the medical notes (JGZ alone), the LPA
-- Decision and its alternative, the helpers answering for the caller only,
-- and retention (AVG) leaving every count intact.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
DROP SCHEMA IF EXISTS regress_sec CASCADE;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2025-11-20';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- The group roles: created when missing, so a second run (or a second
-- database) finds them; the grants are made again, idempotently.
SELECT role_name FROM attendance.create_roles() ORDER BY 1;
SELECT count(*) FILTER (WHERE created) AS created_again FROM attendance.create_roles();
SELECT rolname, rolcanlogin, rolsuper, rolbypassrls FROM pg_roles WHERE rolname LIKE 'attendance\_%' ORDER BY 1;

-- Users (NOLOGIN: SET ROLE is enough; none is a superuser or owns a table).
SET client_min_messages = warning;
DO $$
DECLARE u text;
BEGIN
    FOREACH u IN ARRAY ARRAY['regress_mentor_a', 'regress_coord_b', 'regress_lpa_a', 'regress_lpa_b', 'regress_jgz_a',
                             'regress_swv_noord', 'regress_report', 'regress_admin', 'regress_nobody', 'regress_mentor_old']
    LOOP
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = u) THEN
            EXECUTE format('DROP OWNED BY %I', u);
            EXECUTE format('DROP ROLE %I', u);
        END IF;
        EXECUTE format('CREATE ROLE %I NOLOGIN', u);
    END LOOP;
END
$$;
RESET client_min_messages;
GRANT attendance_school_staff TO regress_mentor_a, regress_mentor_old;
GRANT attendance_coordinator TO regress_coord_b;
GRANT attendance_lpa TO regress_lpa_a, regress_lpa_b;
GRANT attendance_jgz TO regress_jgz_a;
GRANT attendance_swv TO regress_swv_noord;
GRANT attendance_reporting TO regress_report;
GRANT attendance_admin TO regress_admin;

-- Fixture (invented holidays and pseudonymous pupils).  Schools 1 and 2 in
-- SWV Noord, school 3 in SWV Zuid; municipalities Aadorp and Bedorp.
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality, partnership) VALUES
    (1, '96SA', 'College A (fixture)', 'VO', 'rbl_brabant_noordoost', 'zuid', 'Aadorp', 'SWV Noord'),
    (2, '96SB', 'College B (fixture)', 'VO', 'rbl_brabant_noordoost', 'zuid', 'Bedorp', 'SWV Noord'),
    (3, '96SC', 'College C (fixture)', 'VO', 'rbl_brabant_noordoost', 'zuid', 'Aadorp', 'SWV Zuid');
INSERT INTO attendance.school_holiday (holiday_region, name, first_day, last_day) VALUES
    ('zuid', 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025), (2, 2025), (3, 2025);
-- 1 JGZ route (Aadorp, A); 2 DUO report (Aadorp, A); 3 DUO report (Bedorp, A);
-- 4 moved from A to B (Aadorp); 5 at C (Aadorp); 6 (19, past compulsory age) left A in September (retention).
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'S-001', '2011-03-01', 'Aadorp'), (2, 'S-002', '2011-04-02', 'Aadorp'),
    (3, 'S-003', '2011-05-03', 'Bedorp'), (4, 'S-004', '2011-06-04', 'Aadorp'),
    (5, 'S-005', '2011-07-05', 'Aadorp'), (6, 'S-006', '2006-08-06', 'Aadorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day, last_day) VALUES
    (1, 1, '2025-08-01', NULL), (2, 1, '2025-08-01', NULL), (3, 1, '2025-08-01', NULL),
    (4, 1, '2025-08-01', '2025-10-31'), (4, 2, '2025-11-01', NULL), (5, 3, '2025-08-01', NULL),
    (6, 1, '2025-08-01', '2025-09-30');
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day, lesson_hours) VALUES
    (1, 1, 'sick', '2025-11-03', '2025-11-12', NULL),
    (2, 1, 'unauthorised', '2025-11-03', '2025-11-03', 2),
    (3, 1, 'unauthorised', '2025-11-04', '2025-11-04', 3),
    (4, 1, 'late', '2025-10-01', '2025-10-01', NULL),
    (4, 2, 'unauthorised', '2025-11-05', '2025-11-05', 1),
    (5, 3, 'unauthorised', '2025-11-05', '2025-11-05', 2),
    (6, 1, 'unauthorised', '2025-09-10', '2025-09-10', 4);
INSERT INTO attendance.duo_report (pupil_id, school_id, kind, reported_on) VALUES
    (2, 1, 'wettelijk', '2025-11-10'), (3, 1, 'wettelijk', '2025-11-10');
INSERT INTO attendance.exemption (pupil_id, kind, first_day, last_day) VALUES (5, '3a', '2025-09-01', '2026-07-31');

CREATE FUNCTION pg_temp.ev(p bigint, e text, a text, at timestamptz, d jsonb DEFAULT '{}', n text DEFAULT NULL)
RETURNS boolean LANGUAGE sql AS $$
    SELECT attendance.apply_event((SELECT max(case_id) FROM attendance."case" WHERE pupil_id = p), e, a, n, at, d) > 0
$$;
-- Pupil 1: sick since 3 November (bno_sick_7d opened a sick_vo case); the
-- school walks it to the JGZ referral, JGZ records consult and advice.
SELECT pg_temp.ev(1, 'mentor_informed', 'coordinator-a', '2025-11-13 09:00+01',
       '{"earlier_absence": "nee", "jgz_lpa_contact": "nee"}') AS applied;
SELECT pg_temp.ev(1, 'mentor_contacted', 'mentor-a', '2025-11-14 09:00+01',
       '{"date": "2025-11-14", "attendees": ["mentor", "ouder"], "outcome": "contact gehad"}') AS applied;
SELECT pg_temp.ev(1, 'triage_requested', 'mentor-a', '2025-11-17 09:00+01',
       '{"reason": "ziekte houdt aan", "parents_informed": true}') AS applied;
SELECT pg_temp.ev(1, 'jgz_referred', 'support-a', '2025-11-17 10:00+01',
       '{"reporter": "ondersteuningscoördinator", "parents_contact": "via school (fixture)", "absence_type": "langdurig",
         "school_talk": "2025-11-14", "help_question": "belastbaarheid", "lpa_involved": false, "care_providers": "huisarts",
         "consent_parent": "2025-11-14 mentor", "consent_pupil": "2025-11-14 mentor", "absence_overview": "2025-11-14"}') AS applied;
SELECT pg_temp.ev(1, 'jgz_consult_held', 'jgz-a', '2025-11-18 14:00+01',
       '{"date": "2025-11-18", "result": "spreekuur gehouden"}', 'klachten passen bij (fixture) diagnose X') AS applied;
SELECT pg_temp.ev(1, 'jgz_advice_given', 'jgz-a', '2025-11-19 09:00+01',
       '{"result": "gesprek gehouden", "conclusion": "deels", "advised_hours": 12, "advised_period": "4 weken",
         "jgz_actions": "controle bij de specialist (fixture)"}', 'medische toelichting (fixture)') AS applied;
-- Pupil 2: a thuiszitter case at school A in which the BPO-er takes part.
SELECT attendance.open_case(2, 'step_plan_drechtsteden', 'mentor-a', NULL, '2025-11-11 09:00+01') > 0 AS opened;
SELECT pg_temp.ev(2, 'participant_assigned', 'support-a', '2025-11-12 09:00+01',
       '{"role": "bpo", "person": "bpo-noord"}') AS applied;
-- Pupil 6 left school A on 30 September, a DUO report and a case with free
-- text about it; past compulsory age, its case closes.
INSERT INTO attendance.duo_report (pupil_id, school_id, kind, reason, reported_on)
    VALUES (6, 1, 'overig', 'dreigende schooluitval, thuissituatie (fixture)', '2025-09-15');
SELECT pg_temp.ev(6, 'participant_assigned', 'mentor-a', '2025-09-16 09:00+02', '{"role": "mentor", "person": "mentor-a"}',
       'ouders gebeld over de thuissituatie (fixture)') AS applied;
SELECT attendance.close_cases('2025-11-20') AS closed;
-- Pupil 5 (school C): an exemption case, the LPA's task.
SELECT attendance.open_case(5, 'exemption_5a', 'lpa-a', NULL, '2025-11-11 09:00+01') > 0 AS opened;

INSERT INTO attendance.user_scope (user_name, school_id, municipality, partnership, valid_from, valid_until) VALUES
    ('regress_mentor_a', 1, NULL, NULL, '2025-08-01', NULL),
    ('regress_mentor_old', 1, NULL, NULL, '2024-08-01', '2025-07-31'),
    ('regress_coord_b', 2, NULL, NULL, '2025-08-01', NULL),
    ('regress_lpa_a', NULL, 'Aadorp', NULL, '2025-01-01', NULL),
    ('regress_lpa_b', NULL, 'Bedorp', NULL, '2025-01-01', NULL),
    ('regress_jgz_a', NULL, 'Aadorp', NULL, '2025-01-01', NULL),
    ('regress_swv_noord', NULL, NULL, 'SWV Noord', '2025-01-01', NULL),
    ('regress_nobody', 1, NULL, NULL, '2025-01-01', NULL);

-- The matrix: for each object, the rows each user sees ('-': refused).
CREATE SCHEMA regress_sec;
GRANT USAGE ON SCHEMA regress_sec TO PUBLIC;
CREATE FUNCTION regress_sec.seen(rel text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM %s', rel) INTO n;
    RETURN n::text;
EXCEPTION
    WHEN insufficient_privilege THEN RETURN '-';
    WHEN OTHERS THEN RETURN SQLSTATE;
END
$$;
-- What a statement does as the current user: 'ok' (undone again) or its SQLSTATE.
CREATE FUNCTION regress_sec.tried(stmt text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE stmt;
    RAISE EXCEPTION USING ERRCODE = 'ZZ999';
EXCEPTION
    WHEN SQLSTATE 'ZZ999' THEN RETURN 'ok';
    WHEN OTHERS THEN RETURN SQLSTATE;
END
$$;
-- The matrix: per object (or, with writes, per statement) and user, the
-- rows seen or what the statement did.
CREATE FUNCTION regress_sec.matrix(objects text[] DEFAULT NULL, writes boolean DEFAULT false)
RETURNS TABLE (object text, mentor_a text, mentor_old text, coord_b text, lpa_a text, lpa_b text, jgz_a text,
               swv_noord text, report text, admin text, nobody text)
LANGUAGE plpgsql AS $$
DECLARE
    rels text[] := ARRAY['attendance.pupil', 'attendance.enrolment', 'attendance.exemption', 'attendance.reduced_timetable',
        'attendance.registration', 'attendance.registration_history', 'attendance.reclassification',
        'attendance.duo_report', 'attendance.signal', 'attendance."case"', 'attendance.case_signal',
        'attendance.case_event', 'attendance.case_participant', 'attendance.deadline', 'attendance.user_scope',
        'attendance.registration_extent', 'attendance.deadline_due', 'attendance.medical_event_shared',
        'attendance.absence_summary', 'attendance.retention_log',
        'attendance.deadlines_as_of(''2025-11-20'')',
        'attendance.signal_feed(''0''::xid8, attendance.signal_cursor())',
        'attendance.calendar_items(NULL, NULL, ''2025-11-01'', ''2026-08-01'')',
        'attendance.absence_overview(1, ''2025-08-01'', ''2025-11-20'')'];
    users text[] := ARRAY['regress_mentor_a', 'regress_mentor_old', 'regress_coord_b', 'regress_lpa_a', 'regress_lpa_b',
        'regress_jgz_a', 'regress_swv_noord', 'regress_report', 'regress_admin', 'regress_nobody'];
    r text;
    u text;
    cells text[];
BEGIN
    IF objects IS NOT NULL THEN
        rels := objects;
    END IF;
    FOREACH r IN ARRAY rels LOOP
        cells := '{}';
        FOREACH u IN ARRAY users LOOP
            EXECUTE format('SET LOCAL ROLE %I', u);
            cells := cells || CASE WHEN writes THEN regress_sec.tried(r) ELSE regress_sec.seen(r) END;
            RESET ROLE;
        END LOOP;
        object := CASE WHEN writes THEN pg_catalog.left(r, 60) ELSE r END;
        mentor_a := cells[1]; mentor_old := cells[2]; coord_b := cells[3]; lpa_a := cells[4]; lpa_b := cells[5];
        jgz_a := cells[6]; swv_noord := cells[7]; report := cells[8]; admin := cells[9]; nobody := cells[10];
        RETURN NEXT;
    END LOOP;
END
$$;

-- DOMAIN 8.2, the matrix as superuser sees the totals first.
SELECT (SELECT count(*) FROM attendance.pupil) AS pupils, (SELECT count(*) FROM attendance.registration) AS registrations,
       (SELECT count(*) FROM attendance."case") AS cases, (SELECT count(*) FROM attendance.case_event) AS events;
-- DOMAIN 8.2: school staff their own school's pupils (mentor_a: school A,
-- pupils 1-4 and 6; pupil 4's registration at B and pupil 5 at C unseen;
-- the medical events unseen); an expired mapping sees nothing; the
-- coordinator of B only pupil 4 and only its registration at B; LPA per the
-- Decision (lpa_a: Aadorp residents with a report, exemption case or no
-- enrolment: pupils 2 and 5, not 1 (JGZ only), not 3 (Bedorp); lpa_b:
-- pupil 3); JGZ: pupil 1, referred, with its medical events; SWV Noord: the
-- registers of schools A and B, and only the case the BPO-er takes part in;
-- reporting: the aggregates only; admin: everything but the medical notes;
-- a user with a mapping but no group role: nothing.
SELECT * FROM regress_sec.matrix();

-- Medical notes (DOMAIN 8.2; 001 Bijlage F): JGZ reads note and details of
-- the consult and the advice; the school sees none of those rows, and of
-- the advice only the conclusion and agreements.
SET ROLE regress_jgz_a;
SELECT event, note, details FROM attendance.case_event WHERE event LIKE 'jgz_%' ORDER BY event_id;
SET ROLE regress_mentor_a;
SELECT event, note FROM attendance.case_event WHERE pupil_id = 1 ORDER BY event_id;
SELECT event, on_day, shared FROM attendance.medical_event_shared ORDER BY event_id;
-- ... and cannot record one (VZ050), through apply_event or around it
-- (no direct write on the event log); its own events it can.
SELECT pg_temp.ev(1, 'contact_recorded', 'mentor-a', '2025-11-20 09:00+01', '{"date": "2025-11-20", "outcome": "opbouw"}') AS applied;
SELECT pg_temp.ev(1, 'jgz_advice_given', 'mentor-a', '2025-11-20 10:00+01', '{"result": "x", "conclusion": "x"}');
:sqlstate
INSERT INTO attendance.case_event (case_id, pupil_id, event, from_state, to_state, actor, at, on_day, recorded_by, note)
SELECT max(case_id), 1, 'jgz_advice_given', 'monitoring', 'monitoring', 'mentor-a', '2025-11-20 10:00+01', '2025-11-20', 'mentor-a', 'x'
FROM attendance."case" WHERE pupil_id = 1;
:sqlstate
-- A step checks the whole case, also what the caller cannot see: the JGZ
-- referral is not the case's last move, for JGZ's advice (hidden from the
-- school) moved it on (VZ026, as for anyone).
SELECT pg_temp.ev(1, 'event_revoked', 'mentor-a', '2025-11-20 11:00+01',
       jsonb_build_object('event_id', (SELECT event_id FROM attendance.case_event WHERE pupil_id = 1 AND event = 'jgz_referred')),
       'ingevoerd bij de verkeerde leerling (fixture)');
:sqlstate
RESET ROLE;
SELECT event, from_state, to_state FROM attendance.case_event WHERE pupil_id = 1 AND event LIKE 'jgz%' ORDER BY event_id;
-- LPA and SWV see no medical row either, the admin neither.
SELECT u AS usr, regress_sec.seen('attendance.case_event WHERE event IN (''jgz_consult_held'', ''jgz_advice_given'')') AS medical_rows
FROM unnest(ARRAY['regress_lpa_a', 'regress_swv_noord', 'regress_admin', 'regress_jgz_a']) u,
     LATERAL (SELECT set_config('role', u, true)) s;
RESET ROLE;

-- DOMAIN 5 and 8.2, the registers: pupil 3 (school A, Bedorp) stays away
-- unauthorised from 15 September (the partial day of 4 November becomes a
-- whole day, still going on): a thuiszitter (category 2) and on the
-- long-term absence register.  Each role lists the pupils it sees: school
-- A's staff, the LPA of Bedorp, SWV Noord (school A is its school), the
-- admin; the summary counts without pupils for the roles granted it.  The
-- registers count over all of a pupil's rows, whatever the caller sees:
-- pupil 4 left A for B on 31 October, and school A's staff, who cannot see
-- the enrolment at B, still do not see pupil 4 listed as enrolled nowhere.
UPDATE attendance.registration SET last_day = NULL, lesson_hours = NULL WHERE pupil_id = 3;
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (3, 1, 'unauthorised', '2025-09-15', '2025-11-03');
SELECT pupil_id, category, school_id, first_day FROM attendance.thuiszitter_register;
SELECT pupil_id, school_id, code FROM attendance.long_absence_register;
SELECT * FROM regress_sec.matrix(ARRAY['attendance.thuiszitter_register', 'attendance.long_absence_register',
    'attendance.register_summary', 'attendance.thuiszitters(''2025-11-20'')', 'attendance.long_absence(''2025-11-20'')',
    'attendance.watch_list(''2025-11-20'')', 'attendance.quarterly_report(2025, 4)',
    'attendance.quarterly_report(2025, 4) WHERE level = ''school''',
    'attendance.register_summary_as_of(''2025-11-20'')',
    'attendance.thuiszitter_register WHERE pupil_id = 4']);

-- Writing (DOMAIN 8.2): school staff register absence at their own school only.
SET ROLE regress_mentor_a;
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES (2, 1, 'late', '2025-11-18', '2025-11-18');
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES (4, 2, 'late', '2025-11-18', '2025-11-18');
:sqlstate
UPDATE attendance.registration SET last_day = last_day WHERE pupil_id = 4 AND school_id = 2;
DELETE FROM attendance.registration WHERE pupil_id = 5;
-- Cross-school cases are unknown to them (VZ021, the same as a missing one).
SELECT attendance.apply_event((SELECT case_id FROM attendance."case" WHERE pupil_id = 2 AND protocol = 'step_plan_drechtsteden'), 'participant_assigned', 'mentor-a', NULL,
       '2025-11-20 11:00+01', '{"role": "mentor", "person": "mentor-a"}') > 0 AS own_case;
RESET ROLE;
SET ROLE regress_coord_b;
SELECT attendance.apply_event((SELECT max(case_id) FROM attendance."case"), 'participant_assigned', 'coord-b', NULL,
       '2025-11-20 11:00+01', '{"role": "mentor", "person": "coord-b"}');
SELECT attendance.apply_event(1, 'participant_assigned', 'coord-b', NULL, '2025-11-20 11:00+01', '{"role": "mentor", "person": "x"}');
:sqlstate
-- The coordinator enrols a new pupil at B, not at A; school staff may not.
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES (7, 'S-007', '2012-01-01', 'Bedorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (7, 2, '2025-11-20');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (7, 1, '2025-11-20');
:sqlstate
SELECT pupil_id, reference FROM attendance.pupil ORDER BY 1;
RESET ROLE;
SET ROLE regress_mentor_a;
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES (8, 'S-008', '2012-01-01', 'Aadorp');
:sqlstate
RESET ROLE;
-- The LPA closes the DUO reports of its pupils, not of others; it may not register absence.
SET ROLE regress_lpa_a;
UPDATE attendance.duo_report SET closed_on = '2025-11-20', closed_by = 'lpa-a' RETURNING pupil_id;
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES (2, 1, 'late', '2025-11-19', '2025-11-19');
:sqlstate
RESET ROLE;
SELECT pupil_id, closed_by FROM attendance.duo_report ORDER BY 1;
-- JGZ, SWV and reporting change no registration; nobody reads anything.
SELECT u AS usr, (SELECT regress_sec.seen('attendance.pupil')) AS pupils FROM unnest(ARRAY['regress_nobody']) u,
       LATERAL (SELECT set_config('role', u, true)) s;
RESET ROLE;
SET ROLE regress_swv_noord;
UPDATE attendance.registration SET lesson_hours = 1;
:sqlstate
RESET ROLE;
SET ROLE regress_report;
SELECT school_id, school_year, kind, pupils, registrations FROM attendance.absence_summary ORDER BY 1, 3;
SELECT count(*) FROM attendance.registration;
:sqlstate
RESET ROLE;

-- DOMAIN 8.2, function by function: who may move cases and signals ('ok':
-- it worked, then was undone; else its SQLSTATE).  Cases and signals change
-- only through the protocol engine (42501 on any direct write but the
-- admin's); its functions check the caller's view: a case or signal the
-- caller does not see is unknown (VZ021, VZ019, VZ027), a case or signal
-- they would not see is refused (42501).  JGZ and SWV move the cases they
-- see; the LPA its pupils' (pupil 5 at C), not the school's other cases.
SELECT (SELECT max(case_id) FROM attendance."case" WHERE pupil_id = 1) AS case_p1,
       (SELECT case_id FROM attendance."case" WHERE pupil_id = 2 AND protocol = 'step_plan_drechtsteden') AS case_p2,
       (SELECT case_id FROM attendance."case" WHERE pupil_id = 5 AND protocol = 'exemption_5a') AS case_p5 \gset
SELECT (SELECT min(deadline_id) FROM attendance.deadline WHERE case_id = :case_p2 AND status = 'open') AS deadline_p2,
       attendance.raise_signal(2, 'concern', 'mentor', 'zorgen (fixture)', 1) AS signal_p2 \gset
SELECT * FROM regress_sec.matrix(writes => true, objects => ARRAY[
    format('SELECT attendance.apply_event(%s, ''participant_assigned'', ''x'', NULL, ''2025-11-20 12:00+01'', ''{"role": "smw", "person": "x"}'')', :case_p1),
    format('SELECT attendance.apply_event(%s, ''participant_assigned'', ''x'', NULL, ''2025-11-20 12:00+01'', ''{"role": "smw", "person": "x"}'')', :case_p2),
    format('SELECT attendance.apply_event(%s, ''participant_assigned'', ''x'', NULL, ''2025-11-20 12:00+01'', ''{"role": "smw", "person": "x"}'')', :case_p5),
    format('SELECT attendance.complete_deadline(%s, ''x'', ''2025-11-20'')', :deadline_p2),
    'SELECT attendance.open_case(3, ''step_plan_drechtsteden'', ''x'', NULL, ''2025-11-20 12:00+01'')',
    'SELECT attendance.open_case(5, ''step_plan_drechtsteden'', ''x'', NULL, ''2025-11-20 12:00+01'')',
    'SELECT attendance.raise_signal(3, ''concern'', ''mentor'', ''x'', 1)',
    format('SELECT attendance.withdraw_signal(%s, ''x'')', :signal_p2),
    format('UPDATE attendance."case" SET state = ''closed'' WHERE case_id = %s', :case_p2),
    format('INSERT INTO attendance.case_event (case_id, pupil_id, event, from_state, to_state, actor, at, on_day, recorded_by) VALUES (%s, 2, ''x'', NULL, ''x'', ''x'', now(), ''2025-11-20'', ''x'')', :case_p2),
    format('UPDATE attendance.deadline SET due_date = due_date + 7 WHERE deadline_id = %s', :deadline_p2),
    'INSERT INTO attendance.signal (pupil_id, school_id, origin, code, crossing_date, role, action) VALUES (3, 1, ''manual'', ''concern'', ''2025-11-20'', ''mentor'', ''x'')',
    'SELECT attendance.evaluate(''2025-11-20'')',
    'SELECT attendance.erase_pupil(6, ''2031-01-01'')']);

-- DOMAIN 8.2 (enforced by the database, for every role): the functions
-- that act with the owner's rights run no code of the caller's:
-- their search_path is pg_catalog, pg_temp, so a user's own operator = put
-- ahead of pg_catalog's is never called (it would run as the extension
-- owner, a superuser).  No NOTICE below.
CREATE SCHEMA regress_evil AUTHORIZATION regress_mentor_a;
SET ROLE regress_mentor_a;
CREATE FUNCTION regress_evil.eq(bigint, bigint) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'the caller''s operator ran as %', current_user;
    RETURN $1 OPERATOR(pg_catalog.=) $2;
END
$$;
CREATE OPERATOR regress_evil.= (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = regress_evil.eq);
SET search_path = regress_evil, pg_catalog;
SELECT 1 OPERATOR(regress_evil.=) 1 AS own_operator_works;
SELECT count(*) AS thuiszitters FROM attendance.thuiszitters('2025-11-20');
SELECT count(*) AS watched FROM attendance.watch_list('2025-11-20');
SELECT attendance.apply_event(:case_p2, 'participant_assigned', 'mentor-a', NULL, '2025-11-20 13:00+01',
       '{"role": "mentor", "person": "mentor-a"}') > 0 AS applied;
SELECT attendance.raise_signal(3, 'recidive_sick', 'mentor', 'x', 1) > 0 AS raised;
RESET search_path;
RESET ROLE;
DROP SCHEMA regress_evil CASCADE;

-- The mapping: each user reads their own rows; only the admin writes it.
SET ROLE regress_lpa_a;
SELECT user_name, municipality FROM attendance.user_scope;
INSERT INTO attendance.user_scope (user_name, municipality, valid_from) VALUES ('regress_lpa_a', 'Bedorp', '2025-01-01');
:sqlstate
-- The helpers answer for the caller only: nothing about others' scopes or pupils.
SELECT attendance.in_scope('municipality', 'Aadorp') AS own, attendance.in_scope('municipality', 'Bedorp') AS other,
       attendance.pupil_visible(2) AS pupil_2, attendance.pupil_visible(3) AS pupil_3, attendance.scope_user();
-- ... and the rules about any given pupil or case are not theirs to ask.
SELECT attendance.lpa_involved(3);
:sqlstate
SELECT attendance.jgz_case(1);
:sqlstate
RESET ROLE;

-- The LPA Decision is one row away (DOMAIN 8.2 alternative: all pupils living there).
SET ROLE regress_admin;
INSERT INTO attendance.privacy_setting (name, value) VALUES ('lpa_scope', 'all_residents');
RESET ROLE;
SELECT * FROM regress_sec.matrix(ARRAY['attendance.pupil']);
SET ROLE regress_admin;
DELETE FROM attendance.privacy_setting WHERE name = 'lpa_scope' AND NOT shipped;
RESET ROLE;
SELECT * FROM regress_sec.matrix(ARRAY['attendance.pupil']);

-- Views expose pupil data only as the caller (security_invoker); the
-- functions with owner rights are the triggers, the evaluation (returning a
-- count), the helpers (answering for the caller), the shared medical view
-- (filtered by the case policy), the aggregates and retention.
SELECT c.relname, c.reloptions FROM pg_class c
WHERE c.relnamespace = 'attendance'::regnamespace AND c.relkind = 'v' AND c.relname NOT LIKE 'effective\_%' ORDER BY 1;
SELECT p.proname, p.prorettype::regtype FROM pg_proc p
WHERE p.pronamespace = 'attendance'::regnamespace AND p.prosecdef ORDER BY 1;
-- Row-level security is on for every table holding pupil data.
SELECT c.relname FROM pg_class c
WHERE c.relnamespace = 'attendance'::regnamespace AND c.relkind = 'r' AND c.relrowsecurity ORDER BY 1;

-- Retention (AVG): the period (5 years, data) counts from the last activity.
SELECT attendance.pupil_last_activity(6) AS left_school, attendance.pupil_last_activity(1) AS active;
SELECT event, note FROM attendance.case_event WHERE pupil_id = 6 ORDER BY event_id;
CREATE TABLE regress_sec.counts AS
SELECT (SELECT array_agg(row(x.*)::text ORDER BY x) FROM attendance.absence_totals() x) AS totals,
       (SELECT count(*) FROM attendance.registration_history) AS history,
       (SELECT count(*) FROM attendance.case_event) AS events,
       (SELECT count(*) FROM attendance.signal) AS signals;
SELECT attendance.erase_pupil(6, '2029-01-01');
:sqlstate
SELECT attendance.erase_pupil(1, '2040-01-01');
:sqlstate
SELECT attendance.erase_pupil(99, '2040-01-01');
:sqlstate
SET ROLE regress_mentor_a;
SELECT attendance.erase_expired('2031-01-01');
:sqlstate
RESET ROLE;
SET ROLE regress_admin;
SELECT attendance.erase_expired('2031-01-01') AS erased;
SELECT pupil_id, last_activity, retention_period, as_of, erased_by, redacted FROM attendance.retention_log;
SELECT attendance.erase_pupil(6, '2031-01-01') = (SELECT log_id FROM attendance.retention_log) AS same_log;
RESET ROLE;
SELECT pupil_id, reference, birth_date, municipality FROM attendance.pupil WHERE pupil_id = 6;
SELECT event, note, details FROM attendance.case_event WHERE pupil_id = 6 ORDER BY event_id;
SELECT kind, reason FROM attendance.duo_report WHERE pupil_id = 6;
SELECT (SELECT array_agg(row(x.*)::text ORDER BY x) FROM attendance.absence_totals() x) = c.totals AS totals_kept,
       (SELECT count(*) FROM attendance.registration_history) = c.history AS history_kept,
       (SELECT count(*) FROM attendance.case_event) = c.events AS events_kept,
       (SELECT count(*) FROM attendance.signal) = c.signals AS signals_kept
FROM regress_sec.counts c;
-- The append-only log still refuses UPDATE afterwards.
UPDATE attendance.case_event SET note = 'x' WHERE pupil_id = 6;
:sqlstate
SHOW session_replication_role;

-- Clean up the users (the group roles stay: they are cluster-wide).
SET client_min_messages = warning;
DROP SCHEMA regress_sec CASCADE;
DO $$
DECLARE u text;
BEGIN
    FOREACH u IN ARRAY ARRAY['regress_mentor_a', 'regress_coord_b', 'regress_lpa_a', 'regress_lpa_b', 'regress_jgz_a',
                             'regress_swv_noord', 'regress_report', 'regress_admin', 'regress_nobody', 'regress_mentor_old']
    LOOP
        EXECUTE format('DROP OWNED BY %I', u);
        EXECUTE format('DROP ROLE %I', u);
    END LOOP;
END
$$;
