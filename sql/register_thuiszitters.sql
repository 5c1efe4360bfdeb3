-- register_thuiszitters: the thuiszitter register (DOMAIN 5), case by case.
-- Category 2 (Decision, DOMAIN 4.8; doc/registers.md): a run of whole days
-- unauthorised or luxury reaches day 29; weeks that hold no unauthorised
-- schooldag (a holiday week, a week only sick) neither count nor break it;
-- an attended schooldag breaks it.  Category 1: of compulsory or
-- qualification age (DOMAIN 1: from the first day of the month after the
-- 5th birthday, to 18), enrolled nowhere, not exempt.
--
-- Every count below was made by hand on a calendar of the fixture.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2026-01-30';   -- a Friday
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- Fixture: invented holidays (not the real dates), labelled.  Region
-- midden: herfstvakantie Sat 18 - Sun 26 Oct 2025 (the week Mon 20 - Sun 26
-- holds no schooldag), kerstvakantie Sat 20 Dec - Sun 4 Jan (the weeks of
-- 22 and 29 Dec hold none).
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality, partnership) VALUES
    (1, '99TA', 'Thuiszitter College (fixture)', 'VO', 'statutory', 'midden', 'Testdorp', 'SWV Test (fixture)'),
    (2, '99TB', 'Stappenplan College (fixture)', 'VO', 'drechtsteden', 'midden', 'Teststad', 'SWV Drechtsteden (fixture)');
INSERT INTO attendance.school_holiday (holiday_region, name, first_day, last_day) VALUES
    ('midden', 'zomervakantie (fixture)', '2025-08-01', '2025-08-31'),
    ('midden', 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26'),
    ('midden', 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025), (2, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'T-28', '2011-02-01', 'Testdorp'),      -- 28 days: not listed
    (2, 'T-29', '2011-02-02', 'Testdorp'),      -- 29 days: listed
    (3, 'T-HOLIDAY', '2011-02-03', 'Testdorp'), -- 35 calendar days over a holiday week: 28 counted
    (4, 'T-SICK', '2011-02-04', 'Testdorp'),    -- six weeks sick: never category 2
    (5, 'T-SICKWEEK', '2011-02-05', 'Testdorp'),-- a sick week inside the run
    (6, 'T-BREAK', '2011-02-06', 'Testdorp'),   -- one attended day breaks the run
    (7, 'T-NOSCHOOL', '2015-06-15', 'Testdorp'),-- category 1
    (8, 'T-EXEMPT', '2015-06-16', 'Testdorp'),  -- exempt: not category 1
    (9, 'T-YOUNG', '2021-03-10', 'Testdorp'),   -- compulsory from 1 Apr 2026
    (10, 'T-EIGHTEEN', '2007-12-01', 'Testdorp'),-- 18 on 1 Dec 2025
    (11, 'T-EXEMPT2', '2011-02-11', 'Testdorp'),-- enrolled, absent, then exempt
    (12, 'T-OPEN', '2011-02-12', 'Teststad'),   -- an open registration over Christmas, with a case
    (13, 'T-LEFT', '2011-02-13', 'Testdorp');   -- enrolment ends: category 2 ends, category 1 begins
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day, last_day) VALUES
    (1, 1, '2025-08-01', NULL), (2, 1, '2025-08-01', NULL), (3, 1, '2025-08-01', NULL),
    (4, 1, '2025-08-01', NULL), (5, 1, '2025-08-01', NULL), (6, 1, '2025-08-01', NULL),
    (11, 1, '2025-08-01', NULL), (12, 2, '2025-08-01', NULL), (13, 1, '2025-08-01', '2025-12-19');
INSERT INTO attendance.exemption (pupil_id, kind, first_day, last_day) VALUES
    (8, '5a', '2025-08-01', '2026-07-31'),
    (11, '5a', '2025-11-24', '2026-07-31');
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    -- Mon 3 Nov is day 1; Sun 30 Nov day 28; Mon 1 Dec attended.
    (1, 1, 'unauthorised', '2025-11-03', '2025-11-28'),
    -- The same, and Mon 1 Dec too: day 29.
    (2, 1, 'unauthorised', '2025-11-03', '2025-11-14'),
    (2, 1, 'luxury', '2025-11-17', '2025-12-01'),
    -- Mon 6 Oct day 1, Sun 19 Oct day 14 (Sat 18 and Sun 19 are holiday days of
    -- a week that holds unauthorised schooldagen: they count), the week of
    -- 20 Oct skipped, Sun 2 Nov day 21, Sun 9 Nov day 28; Mon 10 Nov attended.
    (3, 1, 'unauthorised', '2025-10-06', '2025-11-07'),
    (4, 1, 'sick', '2025-11-03', '2025-12-12'),
    -- Mon 3 Nov day 1, Sun 16 Nov day 14, the sick week of 17 Nov (and its
    -- weekend) skipped, Sun 30 Nov day 21, Sun 7 Dec day 28, Mon 8 Dec day 29.
    (5, 1, 'unauthorised', '2025-11-03', '2025-11-14'),
    (5, 1, 'sick', '2025-11-17', '2025-11-21'),
    (5, 1, 'unauthorised', '2025-11-24', '2025-12-08'),
    -- Attended Mon 17 Nov: the run starts again Tue 18 Nov; Fri 12 Dec day 25.
    (6, 1, 'unauthorised', '2025-11-03', '2025-11-14'),
    (6, 1, 'unauthorised', '2025-11-18', '2025-12-12'),
    -- Day 29 would be Mon 1 Dec, but exempt from 24 Nov.
    (11, 1, 'unauthorised', '2025-11-03', '2025-12-12'),
    -- Mon 1 Dec day 1, Sun 21 Dec day 21 (Sat 20, Sun 21: kerstvakantie days
    -- in a week with unauthorised schooldagen), weeks of 22 and 29 Dec
    -- skipped, Sun 11 Jan day 28, Mon 12 Jan day 29, Fri 30 Jan day 47.
    (12, 2, 'unauthorised', '2025-12-01', NULL),
    -- Mon 3 Nov day 1 .. Mon 1 Dec day 29 .. Fri 19 Dec day 47, the last day enrolled.
    (13, 1, 'unauthorised', '2025-11-03', '2025-12-19');

PREPARE register(date) AS
SELECT reference, category AS cat, brin, first_day, listed_since, days, weeks, over_3_months AS over3
FROM attendance.thuiszitters($1) ORDER BY reference;

-- 28 days is not a thuiszitter (T-28, T-29 on Sun 30 Nov); T-HOLIDAY's 35
-- calendar days hold a holiday week: 28 counted on Sun 9 Nov; category 1:
-- T-NOSCHOOL since the data horizon 1 Aug 2025, T-EIGHTEEN until the day
-- before the 18th birthday.
EXECUTE register('2025-11-09');
EXECUTE register('2025-11-30');
-- Day 29: T-29 (Mon 1 Dec, the luxury days count alike), T-13 (T-LEFT);
-- T-EXEMPT2 is exempt from 24 Nov; T-EIGHTEEN turned 18 on 1 Dec.
EXECUTE register('2025-12-01');
-- T-SICKWEEK reaches day 29 on Mon 8 Dec; T-BREAK is at day 17 (run from
-- Tue 18 Nov); T-SICK is sick: never category 2.  T-29 attended Tue 2 Dec.
EXECUTE register('2025-12-08');
-- Over Christmas: T-OPEN counts its two kerstvakantie weeks nowhere;
-- T-LEFT left school on Fri 19 Dec: category 2 ends, category 1 begins
-- on Sat 20 Dec.
EXECUTE register('2026-01-11');
EXECUTE register('2026-01-12');
-- The view is as of today (Fri 30 Jan): T-NOSCHOOL over 3 months (since
-- 1 Nov), 183 days; T-OPEN day 47; T-LEFT category 1 since 20 Dec, 42 days.
SELECT reference, category, first_day, listed_since, days, weeks, over_3_months
FROM attendance.thuiszitter_register ORDER BY reference;

-- Episodes over a span: each stretch listed, with first and last day listed.
SELECT reference, school_id, category, first_day, listed_from, listed_to, days
FROM attendance.thuiszitter_episodes('2025-10-01', '2025-12-31') JOIN attendance.pupil USING (pupil_id)
ORDER BY reference, listed_from;

-- The case columns (DOMAIN 5; seed 004 Stap 5a, 7): T-OPEN's 18 hours in
-- 4 lesweken, registered today, opened a step plan case (dr_16h_4w) today
-- (and an unauthorised one: the case most recently acted on is shown).  As of 12 Jan no
-- case was open yet.  Today the case moves to the Meldpunt; a BPO-er is
-- assigned; an OPP is started.
SELECT case_id AS open_case FROM attendance."case"
WHERE pupil_id = 12 AND protocol = 'step_plan_drechtsteden' \gset
SELECT attendance.apply_event(:open_case, 'pupil_talk_held', 'mentor-1', NULL, '2026-01-30 10:00+01',
    '{"date": "2026-01-30", "attendees": ["mentor"], "outcome": "o", "agreements": "a", "follow_up": "f"}') > 0 AS applied;
SELECT attendance.apply_event(:open_case, 'parents_call_made', 'mentor-1', NULL, '2026-01-30 10:00+01',
    '{"date": "2026-01-30", "attendees": ["ouder"], "outcome": "o"}') > 0 AS applied;
SELECT attendance.apply_event(:open_case, 'participant_assigned', 'swv-1', NULL, '2026-01-30 10:00+01',
    '{"role": "bpo", "person": "bpo-anna"}') > 0 AS applied;
SELECT attendance.apply_event(:open_case, 'opp_started', 'zoco-1', NULL, '2026-01-30 10:00+01',
    '{"date": "2026-01-30"}') > 0 AS applied;
SELECT attendance.apply_event(:open_case, 'ot_zat_reported', 'zoco-1', NULL, '2026-01-30 10:00+01',
    '{"date": "2026-01-30", "absence_type": "langdurig"}') > 0 AS applied;
SELECT attendance.apply_event(:open_case, 'meldpunt_registered', 'bpo-anna', NULL, '2026-01-30 11:00+01',
    '{"date": "2026-01-30", "help_question": "passend aanbod", "opp": true}') > 0 AS applied;
SELECT reference, protocol, case_state, regisseur_role, bpo, opp, meldpunt_registered_on
FROM attendance.thuiszitters('2026-01-12') WHERE reference = 'T-OPEN';
SELECT reference, case_id = :open_case AS step_plan, protocol, case_state, regisseur_role, bpo, opp, meldpunt_registered_on
FROM attendance.thuiszitter_register WHERE reference = 'T-OPEN';

-- A correction is seen at once (today's corrected data): T-28's Mon 1 Dec
-- registered late as unauthorised makes it day 29.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (1, 1, 'unauthorised', '2025-12-01', '2025-12-01');
SELECT reference, listed_since, days FROM attendance.thuiszitters('2025-12-01') WHERE reference = 'T-28';

-- The rule is data: a user row of register_setting counts from day 15.
INSERT INTO attendance.register_setting (shipped, thuiszitter_kinds, thuiszitter_day, over_months, long_term_codes, watch_fraction)
VALUES (false, '{unauthorised,luxury}', 15, 3, '{long_unauthorised,long_authorised}', 0.75);
SELECT reference, listed_since, days FROM attendance.thuiszitters('2025-11-17') ORDER BY reference;
-- T-BREAK's run from Tue 18 Nov: Sun 23 Nov day 6, Tue 2 Dec day 15, Fri
-- 12 Dec day 25 (counted from Mon 3 Nov it would be 40).
SELECT reference, listed_since, days FROM attendance.thuiszitters('2025-12-12') WHERE reference = 'T-BREAK';
-- From day 28: T-HOLIDAY is listed on Sun 9 Nov with 28 days, not 35.
UPDATE attendance.register_setting SET thuiszitter_day = 28 WHERE NOT shipped;
SELECT reference, first_day, listed_since, days FROM attendance.thuiszitters('2025-11-09') WHERE category = 2;
DELETE FROM attendance.register_setting WHERE NOT shipped;

-- Bad input (VZ031): a date after today, a period ending before it starts.
SELECT * FROM attendance.thuiszitters('2026-02-02');
:sqlstate
SELECT * FROM attendance.thuiszitter_episodes('2025-12-01', '2025-11-01');
:sqlstate
SELECT * FROM attendance.thuiszitters('infinity');
:sqlstate
