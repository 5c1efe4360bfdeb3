-- criteria_drechtsteden: the thresholds of profile drechtsteden (DOMAIN 4.5;
-- seed 004 "Procedure ter voorkoming van thuiszitten", SWV Drechtsteden VO)
-- replayed one registration at a time.  After each write the pupil's signals
-- are shown: each appears exactly on the registration that crosses its
-- threshold, not one earlier, with the due date of its term counted from the
-- crossing (DOMAIN 4.8: day 0), the criterion version it was raised under and,
-- for a monthly repeat, the DUO report it repeats.
--
-- Calendar used by hand (school year 2025-2026; VO, 6 lesson hours a day):
-- school holidays (fixture, invented) in region zuid: herfst 11-19 Oct 2025
-- (the week of Monday 13 October holds no schooldag), kerst 20 Dec 2025 -
-- 4 Jan 2026 (the weeks of 22 and 29 December hold none), voorjaar 14-22 Feb
-- 2026 (the week of 16 February holds none).  Every drechtsteden term is
-- '5 dagen': 5 calendar days, a due date on a weekend stands
-- (doc/calendar.md "Dagen, weken and maanden are calendar units").
--
-- DOMAIN 4.5 Decision (doubt): the shipped profile has require_doubt, so the
-- report deadline of the two sick criteria opens only once doubt is
-- recorded.  The sick thresholds are therefore replayed at a school of a
-- profile of our own based on drechtsteden with require_doubt = false
-- ("false follows Stap 5b"), where the term runs from the crossing; the case
-- at the end shows the shipped profile.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2025-12-15';   -- a Monday; moved on below

-- The pupil's signals, oldest crossing first, with the criterion version
-- (valid_from, shipped) they were raised under and the report they repeat.
CREATE FUNCTION pg_temp.signals(p bigint)
RETURNS TABLE (code text, crossing_date date, window_first date, measured numeric,
               threshold numeric, due_date date, role text, evidence bigint[], status text,
               report_id bigint, version_from date, shipped boolean)
LANGUAGE sql AS $$
    SELECT s.code, s.crossing_date, s.window_first, trim_scale(round(s.measured, 4)), s.threshold,
           s.due_date, s.role, s.evidence, s.status, s.report_id, c.valid_from, c.shipped
    FROM attendance.signal s LEFT JOIN attendance.criterion c USING (criterion_id)
    WHERE s.pupil_id = p
    ORDER BY s.crossing_date, s.level, s.code COLLATE "C", s.signal_id
$$;

-- Fixture: a school of the shipped profile, one of a profile of our own
-- based on it without require_doubt (seed 004 Stap 5b "Meld aan ouders ...
-- bij 50 uur ziekte afwezigheid en bij 4 keer ziekmelding"), and one that
-- follows the statutory criteria only.
INSERT INTO attendance.profile (code, name, source, based_on, require_doubt)
VALUES ('drechtsteden_stap5b', 'SWV Drechtsteden VO, ziekteverzuim altijd melden (fixture)',
        'seed 004 Stap 5b', 'drechtsteden', false);
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality)
VALUES (1, '96DA', 'Drechtcollege (fixture)', 'VO', 'drechtsteden', 'zuid', 'Testdorp'),
       (2, '96DB', 'Merwedecollege (fixture)', 'VO', 'drechtsteden_stap5b', 'zuid', 'Testdorp'),
       (3, '96DC', 'Wettelijk college (fixture)', 'VO', 'statutory', 'zuid', 'Testdorp');
INSERT INTO attendance.school_holiday (holiday_region, name, first_day, last_day) VALUES
    ('zuid', 'herfstvakantie (fixture)', '2025-10-11', '2025-10-19'),
    ('zuid', 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04'),
    ('zuid', 'voorjaarsvakantie (fixture)', '2026-02-14', '2026-02-22');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025), (2, 2025), (3, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality)
SELECT n, 'P-03' || lpad(n::text, 2, '0'), make_date(2011, 1 + n % 12, n), 'Testdorp'
FROM generate_series(1, 13) AS n;
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day, last_day) VALUES
    (1, 1, '2025-08-01', NULL), (2, 1, '2025-08-01', NULL), (3, 1, '2025-08-01', NULL),
    (4, 1, '2025-08-01', NULL), (5, 3, '2025-08-01', NULL), (6, 1, '2025-08-01', NULL),
    (7, 2, '2025-08-01', NULL), (8, 2, '2025-08-01', NULL), (9, 2, '2025-08-01', NULL),
    (10, 2, '2025-08-01', NULL), (11, 2, '2025-08-01', NULL), (12, 1, '2025-08-01', NULL),
    (13, 2, '2025-08-01', NULL);
\set reg 'INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours) VALUES'

------------------------------------------------------------------------------
-- dr_late_9 (DOMAIN 4.5, 4.7 "no window": per school year; seed 004 s1.2
-- "Negen keer te laat komen op school of in de les", Stap 5c): the 9th late
-- arrival of the school year.  Pupil 1, clock at Monday 15 December.
------------------------------------------------------------------------------
:reg (101, 1, 1, 'late', '2025-09-01', NULL, NULL);
:reg (102, 1, 1, 'late', '2025-09-08', NULL, NULL);
:reg (103, 1, 1, 'late', '2025-09-15', NULL, NULL);
:reg (104, 1, 1, 'late', '2025-09-22', NULL, NULL);
:reg (105, 1, 1, 'late', '2025-09-29', NULL, NULL);
:reg (106, 1, 1, 'late', '2025-10-06', NULL, NULL);
:reg (107, 1, 1, 'late', '2025-10-20', NULL, NULL);
:reg (108, 1, 1, 'late', '2025-11-03', NULL, NULL);
-- 8 late arrivals: no signal.
SELECT * FROM pg_temp.signals(1);
-- The 9th, Wednesday 10 December: dr_late_9 under the shipped version.
-- Due 10 Dec + 5 days = Monday 15 December.
:reg (109, 1, 1, 'late', '2025-12-10', NULL, NULL);
SELECT * FROM pg_temp.signals(1);
-- Pupil 2: 5 late arrivals, pupil 3: 7, all before January: no signal.
:reg (201, 2, 1, 'late', '2025-09-02', NULL, NULL);
:reg (202, 2, 1, 'late', '2025-09-09', NULL, NULL);
:reg (203, 2, 1, 'late', '2025-09-16', NULL, NULL);
:reg (204, 2, 1, 'late', '2025-10-07', NULL, NULL);
:reg (205, 2, 1, 'late', '2025-11-04', NULL, NULL);
:reg (301, 3, 1, 'late', '2025-09-03', NULL, NULL);
:reg (302, 3, 1, 'late', '2025-09-10', NULL, NULL);
:reg (303, 3, 1, 'late', '2025-09-17', NULL, NULL);
:reg (304, 3, 1, 'late', '2025-09-24', NULL, NULL);
:reg (305, 3, 1, 'late', '2025-10-01', NULL, NULL);
:reg (306, 3, 1, 'late', '2025-10-08', NULL, NULL);
:reg (307, 3, 1, 'late', '2025-11-05', NULL, NULL);
SELECT * FROM pg_temp.signals(2);
SELECT * FROM pg_temp.signals(3);

------------------------------------------------------------------------------
-- Criterion versioning (doc/criteria.md "Versions"; DOMAIN 4 "criteria are
-- data", 4.5 "Users add ... criteria of their own with plain INSERTs"): a
-- version of dr_late_9 with threshold 6 from Monday 5 January 2026, entered
-- ahead of time.  A signal raised before keeps its criterion version.
------------------------------------------------------------------------------
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, '2026-01-05', enabled, sectors, kinds, measure, window_kind, window_size,
       comparator, 6, level, restart_after, replaces, replace(action, '9 keer', '6 keer'), role, deadline,
       deadline_from, duo_report_kind, source || '; eigen afspraak: vanaf 6 keer te laat (fixture)'
FROM attendance.criterion WHERE shipped AND code = 'dr_late_9';
SELECT profile, code, valid_from, shipped, enabled, comparator, threshold
FROM attendance.criterion WHERE code = 'dr_late_9' ORDER BY valid_from;
-- Pupil 1's signal is unchanged: still the shipped version, threshold 9.
SELECT * FROM pg_temp.signals(1);

-- Monday 5 January, the daily evaluation (doc/signals.md "Time-driven
-- criteria").  The new version applies from today and pupil 3's count for the
-- school year, 7, already passes its threshold 6, without a signal of this
-- code this school year: the measure passes the threshold in force for the
-- first time on 5 January (DOMAIN 4.8), so dr_late_9 is raised with crossing
-- date 5 January, due 5 + 5 = 10 January.  (Pupil 1 has had the signal of
-- this level for the school year already: nothing new, DOMAIN 4.8 "a
-- per-school-year count level signals once per school year".)
-- Regression guard (an earlier engine got this wrong): no signal was raised for pupil 3, here or on the 8th and 9th late
-- arrival below: a run of the new version that started before its
-- valid_from is never a crossing, so 9 late arrivals go unreported.
SET attendance.today = '2026-01-05';
SELECT attendance.evaluate() > 0 AS raised;
SELECT * FROM pg_temp.signals(3);
SELECT * FROM pg_temp.signals(1);

-- The rest of the file is replayed with the clock after the school year's
-- registrations.
SET attendance.today = '2026-06-30';
-- Pupil 2's 6th late, Wednesday 7 January, after valid_from: dr_late_9 under
-- the new version (threshold 6).  Due 7 Jan + 5 days = Monday 12 January.
:reg (206, 2, 1, 'late', '2026-01-07', NULL, NULL);
SELECT * FROM pg_temp.signals(2);
-- Pupil 3's 8th and 9th late: still the one signal of 5 January.
-- Regression guard: expected as above (an earlier engine raised nothing).
:reg (308, 3, 1, 'late', '2026-01-08', NULL, NULL);
SELECT * FROM pg_temp.signals(3);
:reg (309, 3, 1, 'late', '2026-01-13', NULL, NULL);
SELECT * FROM pg_temp.signals(3);
-- Pupil 1's 10th late: the signal raised before keeps its criterion version.
:reg (110, 1, 1, 'late', '2026-01-14', NULL, NULL);
SELECT * FROM pg_temp.signals(1);

------------------------------------------------------------------------------
-- dr_16h_4w replaces statutory_16h_4w (DOMAIN 4 "A profile criterion that
-- restates a statutory one (dr_16h_4w) replaces it for that profile's
-- schools", 4.5, 4.7 "Meer dan": >; seed 004 s1.2 "Meer dan 16 uur les of
-- praktijktijd verzuim in een periode van 4 weken", Stap 5c "16 uur verzuim
-- in 4 opeenvolgende lesweken").  Pupil 4 is absent unauthorised
-- Mon 27 Oct (6 h), Tue 28 Oct (12 h), Wed 29 Oct 4 h (16 h: not more than
-- 16) and Thu 30 Oct 1 h (17 h).  The 4 schoolweeks up to Thursday 30 October
-- start Monday 29 September (the herfstvakantie week of 13 October skipped).
------------------------------------------------------------------------------
:reg (401, 4, 1, 'unauthorised', '2025-10-27', '2025-10-27', NULL);
SELECT * FROM pg_temp.signals(4);
:reg (402, 4, 1, 'unauthorised', '2025-10-28', '2025-10-28', NULL);
SELECT * FROM pg_temp.signals(4);
:reg (403, 4, 1, 'unauthorised', '2025-10-29', '2025-10-29', 4);
SELECT * FROM pg_temp.signals(4);
-- 17 hours: exactly one signal, dr_16h_4w, on Thursday 30 October; due
-- 30 Oct + 5 days = Tuesday 4 November.
:reg (404, 4, 1, 'unauthorised', '2025-10-30', '2025-10-30', 1);
SELECT * FROM pg_temp.signals(4);
-- The same absence at a school of the statutory profile raises
-- statutory_16h_4w (so the replacement is what keeps it away above).
:reg (501, 5, 3, 'unauthorised', '2025-10-27', '2025-10-27', NULL);
:reg (502, 5, 3, 'unauthorised', '2025-10-28', '2025-10-28', NULL);
:reg (503, 5, 3, 'unauthorised', '2025-10-29', '2025-10-29', 4);
:reg (504, 5, 3, 'unauthorised', '2025-10-30', '2025-10-30', 1);
SELECT * FROM pg_temp.signals(5);
SELECT school_id, code, count(*) AS signals FROM attendance.signal
WHERE code IN ('statutory_16h_4w', 'dr_16h_4w') GROUP BY school_id, code ORDER BY school_id, code COLLATE "C";

------------------------------------------------------------------------------
-- dr_monthly_repeat (DOMAIN 3 DUO reports "a repeat links to the open
-- report", 4.5, 4.7 "elke maand": calendar month; seed 004 s1.2 "De leerling
-- moet elke maand gemeld worden bij DUO en bij leerplicht als het verzuim
-- aanhoudt. Dit kan dan gekoppeld worden aan reeds gedane en openstaande
-- melding"): while the report is open, each calendar month after its report
-- date in which absence was registered raises a repeat, dated the month's
-- last day and due 5 dagen after it (criteria_rows.sql Decision), linked by
-- report_id.
-- Pupil 4's school files the wettelijk report on Friday 31 October.
------------------------------------------------------------------------------
INSERT INTO attendance.duo_report (report_id, pupil_id, school_id, kind, period_first, period_last, reported_on, signal_id)
SELECT 1, 4, 1, 'wettelijk', '2025-10-27', '2025-10-30', '2025-10-31', signal_id
FROM attendance.signal WHERE pupil_id = 4 AND code = 'dr_16h_4w';
-- No absence after the report yet: no repeat.
SELECT * FROM pg_temp.signals(4);
-- Absence continues, Monday 10 November (6 h; the 16-hour count restarts
-- after the reported period, DOMAIN 4.1 Decision: no new dr_16h_4w):
-- a repeat for November, dated Sunday 30 November, due 30 Nov + 5 days =
-- Friday 5 December, report 1.
:reg (405, 4, 1, 'unauthorised', '2025-11-10', '2025-11-10', NULL);
SELECT * FROM pg_temp.signals(4);
-- Nothing in December; a sick day on Wednesday 14 January: a repeat for
-- January, dated Saturday 31 January, due Thursday 5 February.  No repeat
-- for December, a month without absence.
:reg (406, 4, 1, 'sick', '2026-01-14', '2026-01-14', NULL);
SELECT * FROM pg_temp.signals(4);
-- The LPA closes the report on Tuesday 10 February: the repeats already due
-- stay; absence in February raises no repeat.
UPDATE attendance.duo_report SET closed_on = '2026-02-10', closed_by = 'lpa (fixture)' WHERE report_id = 1;
:reg (407, 4, 1, 'unauthorised', '2026-02-11', '2026-02-11', 2);
SELECT * FROM pg_temp.signals(4);

-- A report filed mid-month (Thursday 20 November; an overig report about
-- sick absence) and a sick day on Wednesday 3 December: the calendar month
-- after the report date with absence is December, so the repeat is dated
-- Wednesday 31 December, window from 1 December, due 31 Dec + 5 days =
-- Monday 5 January 2026 (DOMAIN 2 "maand = calendar month", 4.7 "elke maand":
-- calendar month; doc/criteria.md "For a months window it is the month's
-- last day").
-- Regression guard (an earlier engine got this wrong): it counts months from the report date (21 Nov - 20 Dec) and
-- dates the repeat 20 December, due 25 December.
INSERT INTO attendance.duo_report (report_id, pupil_id, school_id, kind, reason, period_first, period_last, reported_on)
VALUES (2, 6, 1, 'overig', 'ziekteverzuim: 4e ziekmelding in 12 schoolweken (fixture)', '2025-09-01', '2025-11-17', '2025-11-20');
:reg (601, 6, 1, 'sick', '2025-12-03', '2025-12-03', NULL);
SELECT * FROM pg_temp.signals(6);

------------------------------------------------------------------------------
-- dr_sick_4x_12w (DOMAIN 4.5; seed 004 s1.1 "voor de 4e keer in 12
-- schoolweken"; DOMAIN 2: holiday weeks neither count nor break the window),
-- at the Stap 5b school.  Reports on Mondays 17 Nov, 8 Dec, 19 Jan and then:
--   pupil 7: Mon 23 Feb.  12 schoolweeks back from the week of 23 Feb:
--   23 Feb, 9 Feb, 2 Feb, 26 Jan, 19 Jan, 12 Jan, 5 Jan, 15 Dec, 8 Dec,
--   1 Dec, 24 Nov, 17 Nov (the weeks of 16 Feb, 29 Dec and 22 Dec hold no
--   schooldag): the window starts 17 November and holds four reports, 15
--   calendar weeks apart.
--   pupil 8: Mon 2 Mar, 13 schoolweeks after the first: window from 24 Nov,
--   three reports.
------------------------------------------------------------------------------
:reg (701, 7, 2, 'sick', '2025-11-17', '2025-11-17', NULL);
:reg (702, 7, 2, 'sick', '2025-12-08', '2025-12-08', NULL);
:reg (703, 7, 2, 'sick', '2026-01-19', '2026-01-19', NULL);
SELECT * FROM pg_temp.signals(7);
-- The 4th: dr_sick_4x_12w on Monday 23 February; due 23 Feb + 5 days =
-- Saturday 28 February (calendar days: a weekend due date stands).
:reg (704, 7, 2, 'sick', '2026-02-23', '2026-02-23', NULL);
SELECT * FROM pg_temp.signals(7);
:reg (801, 8, 2, 'sick', '2025-11-17', '2025-11-17', NULL);
:reg (802, 8, 2, 'sick', '2025-12-08', '2025-12-08', NULL);
:reg (803, 8, 2, 'sick', '2026-01-19', '2026-01-19', NULL);
:reg (804, 8, 2, 'sick', '2026-03-02', '2026-03-02', NULL);
SELECT * FROM pg_temp.signals(8);

------------------------------------------------------------------------------
-- dr_sick_50h (DOMAIN 4.5, 4.7 "50 hours": lesson hours, one episode, >;
-- seed 004 s1.1 "meer dan 50 uur aaneengesloten ziekgemeld"), at the Stap 5b
-- school.  With 6-hour days 8 days are 48 hours, the 9th day 54.
-- Pupil 9: sick from Wednesday 24 September: 24, 25, 26, 29, 30 Sep, 1, 2,
-- 3 Oct (8 schooldagen), then the betermelding moves to Monday 6 October.
------------------------------------------------------------------------------
:reg (901, 9, 2, 'sick', '2025-09-24', '2025-10-03', NULL);
SELECT * FROM pg_temp.signals(9);
-- The 9th schooldag, Monday 6 October: 54 hours, run from 24 September.
-- Due 6 Oct + 5 days = Saturday 11 October.
UPDATE attendance.registration SET last_day = '2025-10-06' WHERE registration_id = 901;
SELECT * FROM pg_temp.signals(9);
-- Pupil 10: sick Mon 1 - Fri 5 Sep (30 h), a partial day Mon 8 Sep (3 of
-- 6 h: back at school part of the day), sick Tue 9 - Mon 15 Sep (30 h).
-- 63 hours in all, but the partial day breaks the run (doc/criteria.md
-- consecutive measures): two runs of 30 hours, no signal.
:reg (1001, 10, 2, 'sick', '2025-09-01', '2025-09-05', NULL);
SELECT * FROM pg_temp.signals(10);
:reg (1002, 10, 2, 'sick', '2025-09-08', '2025-09-08', 3);
SELECT * FROM pg_temp.signals(10);
:reg (1003, 10, 2, 'sick', '2025-09-09', '2025-09-15', NULL);
SELECT * FROM pg_temp.signals(10);

------------------------------------------------------------------------------
-- Switching a criterion off from a date (doc/criteria.md "enabled = false
-- switches the criterion off from valid_from"; DOMAIN 4 criteria are data,
-- `enabled`): dr_sick_50h off from Monday 2 March 2026 for the profile (and
-- so for the Stap 5b school, which inherits it).
------------------------------------------------------------------------------
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, '2026-03-02', false, sectors, kinds, measure, window_kind, window_size,
       comparator, threshold, level, restart_after, replaces, action, role, deadline,
       deadline_from, duo_report_kind, source || '; uitgeschakeld vanaf 2026-03-02 (fixture)'
FROM attendance.criterion WHERE shipped AND code = 'dr_sick_50h';
-- Pupil 9's signal of October stays.
SELECT * FROM pg_temp.signals(9);
-- Pupil 11: sick Mon 9 - Fri 20 March, 10 schooldagen (60 h), all after the
-- switch: no signal.
:reg (1101, 11, 2, 'sick', '2026-03-09', '2026-03-20', NULL);
SELECT * FROM pg_temp.signals(11);
-- Pupil 13: sick Tue 10 Feb - Mon 2 Mar: 10, 11, 12, 13 Feb (4), the
-- voorjaarsvakantie, 23 - 27 Feb (9): the 9th schooldag, Friday 27 February,
-- is before the switch, so dr_sick_50h is raised although the episode runs
-- on into March.  Due 27 Feb + 5 days = Wednesday 4 March.
:reg (1301, 13, 2, 'sick', '2026-02-10', '2026-03-02', NULL);
SELECT * FROM pg_temp.signals(13);

------------------------------------------------------------------------------
-- The shipped profile keeps require_doubt (DOMAIN 4.5 Decision (doubt):
-- "the signal comes on the count; the report deadline opens when a doubt
-- event is recorded"; seed 004 s1.1 "en indien er twijfel is over de
-- verklaring van het ziek zijn").  Pupil 12 at the shipped school reports
-- sick on Mondays 20 Oct, 3 Nov, 17 Nov and 1 Dec: dr_sick_4x_12w is raised
-- on 1 December (12 schoolweeks from Monday 8 September, the herfstvakantie
-- week skipped), but no doubt is recorded, so no report deadline runs:
-- due_date is empty.
-- Regression guard (an earlier engine got this wrong): it ignores profile.require_doubt and sets the due date
-- 1 Dec + 5 days = 2025-12-06.
------------------------------------------------------------------------------
:reg (1201, 12, 1, 'sick', '2025-10-20', '2025-10-20', NULL);
:reg (1202, 12, 1, 'sick', '2025-11-03', '2025-11-03', NULL);
:reg (1203, 12, 1, 'sick', '2025-11-17', '2025-11-17', NULL);
SELECT * FROM pg_temp.signals(12);
:reg (1204, 12, 1, 'sick', '2025-12-01', '2025-12-01', NULL);
SELECT * FROM pg_temp.signals(12);

------------------------------------------------------------------------------
-- Every signal of the file once more: nothing was raised twice, nothing was
-- withdrawn (DOMAIN 4: one signal per crossing).
------------------------------------------------------------------------------
SELECT pupil_id, code, count(*) AS signals, count(*) FILTER (WHERE status <> 'open') AS withdrawn
FROM attendance.signal GROUP BY pupil_id, code ORDER BY pupil_id, code COLLATE "C";
