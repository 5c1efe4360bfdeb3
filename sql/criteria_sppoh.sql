-- criteria_sppoh: the thresholds of profile sppoh (DOMAIN 4.4; seeds 002
-- "Schema ziekteverzuim SPPOH" and 003 "Routeboek verzuim en thuiszitters
-- PO") replayed one registration at a time, at a PO and a VO school.  After
-- each write the pupil's signals are shown: each appears exactly on the
-- registration that crosses its threshold, not one earlier, with the due date
-- of its term counted from the crossing (DOMAIN 4.8: day 0).
--
-- Calendar used by hand (school year 2025-2026; VO 6, PO 5.5 lesson hours a
-- day, DOMAIN 2): school holidays (fixture, invented) in region midden:
-- herfst Sat 18 - Sun 26 Oct 2025 (the week of Monday 20 October holds no
-- schooldag), kerst 20 Dec 2025 - 4 Jan 2026.  Every SPPOH term is '2 weken'
-- (seed 003 s2.1 "altijd binnen 2 weken eerst in gesprek met ouders"):
-- 14 calendar days, a due date on a weekend stands (doc/calendar.md).
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2026-06-30';   -- a Tuesday; every registration below lies before it

-- The pupil's signals, oldest crossing first.
CREATE FUNCTION pg_temp.signals(p bigint)
RETURNS TABLE (code text, crossing_date date, window_first date, measured numeric,
               threshold numeric, due_date date, role text, evidence bigint[], status text)
LANGUAGE sql AS $$
    SELECT code, crossing_date, window_first, trim_scale(round(measured, 4)), threshold, due_date, role, evidence, status
    FROM attendance.signal WHERE pupil_id = p
    ORDER BY crossing_date, level, code COLLATE "C", signal_id
$$;

-- Fixture: a PO and a VO school of the profile, invented holidays.
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality)
VALUES (1, '97CA', 'De Duinroos (fixture)', 'PO', 'sppoh', 'midden', 'Testdorp'),
       (2, '97CB', 'Hofstadcollege (fixture)', 'VO', 'sppoh', 'midden', 'Testdorp');
INSERT INTO attendance.school_holiday (holiday_region, name, first_day, last_day) VALUES
    ('midden', 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26'),
    ('midden', 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025), (2, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'P-0201', '2017-02-01', 'Testdorp'),
    (2, 'P-0202', '2017-03-02', 'Testdorp'),
    (3, 'P-0203', '2011-04-03', 'Testdorp'),
    (4, 'P-0204', '2011-05-04', 'Testdorp'),
    (5, 'P-0205', '2011-06-05', 'Testdorp'),
    (6, 'P-0206', '2011-07-06', 'Testdorp'),
    (7, 'P-0207', '2011-08-07', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day, last_day) VALUES
    (1, 1, '2025-08-01', NULL), (2, 1, '2025-08-01', NULL),
    (3, 2, '2025-08-01', NULL), (4, 2, '2025-08-01', NULL), (5, 2, '2025-08-01', NULL),
    (6, 2, '2025-08-01', NULL), (7, 2, '2025-08-01', NULL);
\set reg 'INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours) VALUES'

------------------------------------------------------------------------------
-- sppoh_po_sick_5x (DOMAIN 4.4; seed 002 "PO: >= 5 ziekmeldingen per
-- schooljaar"; 003 s2.2 item 3): the 5th sick report of the school year at
-- the PO school.  One-day reports.
------------------------------------------------------------------------------
:reg (101, 1, 1, 'sick', '2025-09-02', '2025-09-02', NULL);
SELECT * FROM pg_temp.signals(1);
:reg (102, 1, 1, 'sick', '2025-09-16', '2025-09-16', NULL);
SELECT * FROM pg_temp.signals(1);
:reg (103, 1, 1, 'sick', '2025-10-01', '2025-10-01', NULL);
SELECT * FROM pg_temp.signals(1);
-- 4th report: no signal (PO has no 4-in-12-weeks rule).
:reg (104, 1, 1, 'sick', '2025-10-29', '2025-10-29', NULL);
SELECT * FROM pg_temp.signals(1);
-- 5th report, Wednesday 12 November: sppoh_po_sick_5x.  Due 12 Nov + 14 days
-- = Wednesday 26 November.
:reg (105, 1, 1, 'sick', '2025-11-12', '2025-11-12', NULL);
SELECT * FROM pg_temp.signals(1);

------------------------------------------------------------------------------
-- sppoh_po_sick_10d (DOMAIN 4.4; seed 002 "OF >= 10 schooldagen
-- ziekteverzuim per schooljaar"): schooldagen sick summed over the school
-- year; a partial day counts hours / the day's hours (DOMAIN 4.8: 2.75 of
-- 5.5 hours is 0.5 day).  The crossing is the day the sum reaches 10, inside
-- the last episode, not its first day.
------------------------------------------------------------------------------
-- Mon 8 - Fri 12 Sep: 5 days.
:reg (201, 2, 1, 'sick', '2025-09-08', '2025-09-12', NULL);
SELECT * FROM pg_temp.signals(2);
-- Wed 1 - Thu 2 Oct: 7 days.
:reg (202, 2, 1, 'sick', '2025-10-01', '2025-10-02', NULL);
SELECT * FROM pg_temp.signals(2);
-- Fri 10 Oct, 2.75 of 5.5 hours: 7.5 days.
:reg (203, 2, 1, 'sick', '2025-10-10', '2025-10-10', 2.75);
SELECT * FROM pg_temp.signals(2);
-- Mon 3 - Thu 6 Nov: 8.5 on Monday, 9.5 on Tuesday, 10.5 on Wednesday 5 Nov:
-- sppoh_po_sick_10d crosses on Wednesday (without the half day above it
-- would be Thursday).  4 reports: no sppoh_po_sick_5x.  Due 5 Nov + 14 days =
-- Wednesday 19 November.
:reg (204, 2, 1, 'sick', '2025-11-03', '2025-11-06', NULL);
SELECT * FROM pg_temp.signals(2);

------------------------------------------------------------------------------
-- sppoh_vo_sick_4x_12w (DOMAIN 4.4; seed 002 "VO: 4e ziekmelding in 12
-- schoolweken"; DOMAIN 2: a holiday week neither counts nor breaks the
-- window).  Reports on Mon 1 Sep, Tue 23 Sep, Wed 29 Oct and then:
--   pupil 3: Mon 24 Nov.  The weeks of Monday 1 Sep .. 24 Nov are 13 calendar
--   weeks, one of them the herfstvakantie (20 Oct): 12 schoolweeks, so the
--   window (from Monday 1 Sep) holds all four.  In 12 calendar weeks (84
--   days, from 2 Sep) it would not.
--   pupil 4: Mon 1 Dec, 13 schoolweeks after the first: the window starts
--   Monday 8 Sep and holds three.
------------------------------------------------------------------------------
:reg (301, 3, 2, 'sick', '2025-09-01', '2025-09-01', NULL);
SELECT * FROM pg_temp.signals(3);
:reg (302, 3, 2, 'sick', '2025-09-23', '2025-09-23', NULL);
SELECT * FROM pg_temp.signals(3);
:reg (303, 3, 2, 'sick', '2025-10-29', '2025-10-29', NULL);
SELECT * FROM pg_temp.signals(3);
-- The 4th: sppoh_vo_sick_4x_12w on Monday 24 November, window from 1 Sep.
-- Due 24 Nov + 14 days = Monday 8 December.
:reg (304, 3, 2, 'sick', '2025-11-24', '2025-11-24', NULL);
SELECT * FROM pg_temp.signals(3);
-- A 5th report two days later: the same window, one crossing (DOMAIN 4.8),
-- and no sppoh_po_sick_5x at a VO school (sectors {PO}).
:reg (305, 3, 2, 'sick', '2025-11-26', '2025-11-26', NULL);
SELECT * FROM pg_temp.signals(3);
:reg (401, 4, 2, 'sick', '2025-09-01', '2025-09-01', NULL);
:reg (402, 4, 2, 'sick', '2025-09-23', '2025-09-23', NULL);
:reg (403, 4, 2, 'sick', '2025-10-29', '2025-10-29', NULL);
-- 13 schoolweeks: no signal.
:reg (404, 4, 2, 'sick', '2025-12-01', '2025-12-01', NULL);
SELECT * FROM pg_temp.signals(4);

------------------------------------------------------------------------------
-- sppoh_vo_sick_7d (DOMAIN 4.4, 4.7 "vanaf de 7e": >=; seed 002 "vanaf de 7e
-- schooldag aaneengesloten ziek"): the 7th consecutive schooldag sick, the
-- weekend inside neither counting nor breaking the run:
--   Wed 10, Thu 11, Fri 12, Mon 15, Tue 16, Wed 17 (6), Thu 18 Sep (7).
-- The sick report is entered, then its last day moved on (betermelding later).
------------------------------------------------------------------------------
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, expected_return)
VALUES (501, 5, 2, 'sick', '2025-09-10', '2025-09-17', '2025-09-18');
-- 6 schooldagen: no signal.
SELECT * FROM pg_temp.signals(5);
-- 7 schooldagen: sppoh_vo_sick_7d on Thursday 18 September, run from 10 Sep.
-- Due 18 Sep + 14 days = Thursday 2 October.
UPDATE attendance.registration SET last_day = '2025-09-18', expected_return = '2025-09-19' WHERE registration_id = 501;
SELECT * FROM pg_temp.signals(5);

------------------------------------------------------------------------------
-- absent_4_weeks (DOMAIN 4.4, 4.7 "4 weken of langer": >=; seed 003 s2.2
-- item 2 "4 weken aaneengesloten niet op de stamschool"): absence of any kind
-- on 20 consecutive schooldagen.  Pupil 6 is sick and on authorised leave in
-- turn from Monday 3 November:
--   sick 3-7 Nov (5), authorised 10-14 Nov (10), sick 17-24 Nov (16),
--   authorised 25-27 Nov (19), authorised Fri 28 Nov (20).
-- The sick runs stay under 7 schooldagen (no sppoh_vo_sick_7d), and there
-- are 2 sick reports.  The statutory long_authorised also applies (DOMAIN
-- 4.1: > 50% of school time authorised absent over 21 schooldagen, the
-- shipped Decision): on Monday 17 Nov the 21 schooldagen from Mon 13 Oct
-- (herfstvakantie skipped) hold 11 absent days, 66 of 126 hours = 0.5238;
-- on Fri 14 Nov only 10 of 21.  Its term is 5 schooldagen: Tue 18, Wed 19,
-- Thu 20, Fri 21, Mon 24 Nov.
------------------------------------------------------------------------------
:reg (601, 6, 2, 'sick', '2025-11-03', '2025-11-07', NULL);
SELECT * FROM pg_temp.signals(6);
:reg (602, 6, 2, 'authorised', '2025-11-10', '2025-11-14', NULL);
SELECT * FROM pg_temp.signals(6);
:reg (603, 6, 2, 'sick', '2025-11-17', '2025-11-24', NULL);
SELECT * FROM pg_temp.signals(6);
-- 19 schooldagen: no absent_4_weeks yet.
:reg (604, 6, 2, 'authorised', '2025-11-25', '2025-11-27', NULL);
SELECT * FROM pg_temp.signals(6);
-- The 20th schooldag, Friday 28 November: absent_4_weeks, run from 3 Nov.
-- Due 28 Nov + 14 days = Friday 12 December.  sppoh_4w_authorised ships
-- disabled (DOMAIN 4.4 Decision): not raised.
:reg (605, 6, 2, 'authorised', '2025-11-28', '2025-11-28', NULL);
SELECT * FROM pg_temp.signals(6);

-- Pupil 7: authorised 3-14 Nov (10), one unauthorised day Mon 17 Nov (11),
-- authorised 18-28 Nov (20).  Any kind counts: absent_4_weeks on Friday
-- 28 November.  long_authorised: on Tue 18 Nov the 21 schooldagen from
-- Tue 14 Oct hold 11 authorised days (0.5238; the unauthorised day is not
-- authorised); due Wed 19, Thu 20, Fri 21, Mon 24, Tue 25 Nov.
:reg (701, 7, 2, 'authorised', '2025-11-03', '2025-11-14', NULL);
SELECT * FROM pg_temp.signals(7);
:reg (702, 7, 2, 'unauthorised', '2025-11-17', '2025-11-17', NULL);
SELECT * FROM pg_temp.signals(7);
:reg (703, 7, 2, 'authorised', '2025-11-18', '2025-11-28', NULL);
SELECT * FROM pg_temp.signals(7);

------------------------------------------------------------------------------
-- sppoh_4w_authorised is one row away (DOMAIN 4.4 Decision, alternative
-- "authorised only (002)"; seed 002 "bij 4 weken aaneengesloten geoorloofde
-- afwezigheid"; doc/criteria.md "Which row applies": a user row with the
-- same profile, code and valid_from wins over the shipped one).
------------------------------------------------------------------------------
SELECT code, shipped, enabled FROM attendance.criterion WHERE code = 'sppoh_4w_authorised';
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, valid_from, true, sectors, kinds, measure, window_kind, window_size,
       comparator, threshold, level, restart_after, replaces, action, role, deadline,
       deadline_from, duo_report_kind, source || '; ingeschakeld (fixture)'
FROM attendance.criterion WHERE shipped AND code = 'sppoh_4w_authorised';
-- Pupil 6 was sick or on authorised leave on all 20 schooldagen: the signal
-- appears for the same crossing, Friday 28 November, due 12 December.
SELECT * FROM pg_temp.signals(6);
-- Pupil 7's unauthorised Monday breaks the authorised run (10 + 9 days): no
-- sppoh_4w_authorised, while absent_4_weeks stands.
SELECT * FROM pg_temp.signals(7);

------------------------------------------------------------------------------
-- Every signal of the file once more: nothing was raised twice, nothing was
-- withdrawn (DOMAIN 4: one signal per crossing).
------------------------------------------------------------------------------
SELECT pupil_id, code, count(*) AS signals, count(*) FILTER (WHERE status <> 'open') AS withdrawn
FROM attendance.signal GROUP BY pupil_id, code ORDER BY pupil_id, code COLLATE "C";
