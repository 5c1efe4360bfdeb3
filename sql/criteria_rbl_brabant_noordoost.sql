-- criteria_rbl_brabant_noordoost: the thresholds of profile
-- rbl_brabant_noordoost (DOMAIN 4.3; seed 001 and its Bijlage A "Richtlijn
-- beginnend schoolverzuim") replayed one registration at a time.  After each
-- write the pupil's signals are shown: each appears exactly on the
-- registration that crosses its threshold, not one earlier, with the due date
-- of its term counted from the crossing (DOMAIN 4.8: day 0, counting starts
-- the next day).
--
-- Calendar used by hand (school year 2025-2026; VO, 6 lesson hours a day):
--   public holidays: 25-26 Dec 2025, 1 Jan 2026, Easter Monday 6 Apr 2026
--   (Good Friday 3 Apr is a werkdag), King's Day Mon 27 Apr 2026, Ascension
--   Thu 14 May 2026, Whit Monday 25 May 2026; 5 May 2026 is no holiday
--   (attendance.liberation_day = lustrum, 2026 is no lustrum).
--   school holidays (fixture, invented): herfst 11-19 Oct 2025, kerst
--   20 Dec 2025 - 4 Jan 2026, voorjaar 14-22 Feb 2026, mei 25 Apr - 3 May 2026.
-- Werkdagen skip weekends and public holidays only; schooldagen also skip
-- the school holidays above.
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

-- Fixture: a VO school of the profile and, for contrast, one that follows
-- the statutory criteria only; invented holidays in region zuid.
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality)
VALUES (1, '98BA', 'Maaslandcollege (fixture)', 'VO', 'rbl_brabant_noordoost', 'zuid', 'Testdorp'),
       (2, '98BB', 'Wettelijk lyceum (fixture)', 'VO', 'statutory', 'zuid', 'Testdorp');
INSERT INTO attendance.school_holiday (holiday_region, name, first_day, last_day) VALUES
    ('zuid', 'herfstvakantie (fixture)', '2025-10-11', '2025-10-19'),
    ('zuid', 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04'),
    ('zuid', 'voorjaarsvakantie (fixture)', '2026-02-14', '2026-02-22'),
    ('zuid', 'meivakantie (fixture)', '2026-04-25', '2026-05-03');
-- A short day: 4 lesson hours on Tuesday 16 September (DOMAIN 2, per-date hours).
INSERT INTO attendance.school_day (school_id, day, lesson_hours, reason)
VALUES (1, '2025-09-16', 4, 'korte dag (fixture)');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025), (2, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'P-0101', '2011-04-01', 'Testdorp'),
    (2, 'P-0102', '2011-05-02', 'Testdorp'),
    (3, 'P-0103', '2011-06-03', 'Testdorp'),
    (4, 'P-0104', '2011-07-04', 'Testdorp'),
    (5, 'P-0105', '2011-08-05', 'Testdorp'),
    (6, 'P-0106', '2011-09-06', 'Testdorp'),
    (7, 'P-0107', '2011-10-07', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day, last_day) VALUES
    (1, 1, '2025-08-01', NULL), (2, 1, '2025-08-01', NULL), (3, 1, '2025-08-01', NULL),
    (4, 1, '2025-08-01', NULL), (5, 1, '2025-08-01', NULL), (6, 1, '2025-08-01', NULL),
    (7, 2, '2025-08-01', NULL);
\set reg 'INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours) VALUES'

------------------------------------------------------------------------------
-- bno_sick_7d (DOMAIN 4.3, 4.7 "> 7 schooldagen", 4.8 runs; seed 001
-- "Ziek langer aaneen dan 7 schooldagen", "> 7 DAGEN / 4 x in 12 WEKEN"):
-- the 8th consecutive schooldag sick.  The episode starts Wednesday 8 October;
-- the weekend and the herfstvakantie inside neither count nor break the run:
--   Wed 8, Thu 9, Fri 10 (3), [11-19 Oct], Mon 20 .. Thu 23 (7), Fri 24 (8).
-- An open sick report, evaluated by the daily job as the clock moves on
-- (doc/signals.md "Time-driven criteria").
------------------------------------------------------------------------------
SET attendance.today = '2025-10-23';
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, expected_return)
VALUES (301, 3, 1, 'sick', '2025-10-08', NULL, '2025-10-27');
-- Thursday 23 October: 7 schooldagen, not more than 7: no signal.
SELECT attendance.evaluate();
SELECT * FROM pg_temp.signals(3);
-- Friday 24 October, the 8th schooldag: bno_sick_7d, measured 8, run from
-- 8 October; due 5 schooldagen: Mon 27, Tue 28, Wed 29, Thu 30, Fri 31 Oct.
-- Here raised by evaluate_pupils for 256 pupils and pupil 3 twice, the
-- second time where it would fall just past the first chunk of 256
-- (src/evaluate.c, DistinctIds, EvalEachPupil): each pupil is evaluated
-- once, and one signal is raised (DOMAIN 4: exactly once).  evaluate()
-- then finds nothing left to raise.
SET attendance.today = '2025-10-24';
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality)
SELECT i, 'P-F' || -i, '2011-01-01', 'Testdorp' FROM generate_series(-253, -1) AS i;
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day)
SELECT i, 1, '2025-08-01' FROM generate_series(-253, -1) AS i;
SELECT attendance.evaluate_pupils(ARRAY(SELECT generate_series(-253, -1))::bigint[] || '{1, 2, 3, 3}'::bigint[],
                                  '2025-10-01', '2025-10-24') AS raised;
SELECT attendance.evaluate();
SELECT * FROM pg_temp.signals(3);
-- Continuing absence is one crossing (DOMAIN 4.8): the next schooldag and the
-- betermelding (last sick day Monday 27 October) change nothing.
SET attendance.today = '2025-10-27';
SELECT attendance.evaluate();
UPDATE attendance.registration SET last_day = '2025-10-27' WHERE registration_id = 301;
SELECT * FROM pg_temp.signals(3);
-- The rest of the file is replayed with the clock after the school year's
-- registrations (DOMAIN 4.8: the crossing is the day in date order, the due
-- date counts from it, not from when the row arrived).
SET attendance.today = '2026-06-30';

------------------------------------------------------------------------------
-- bno_late_3/6/9/12 (DOMAIN 4.3; seed 001 Bijlage A "Aantal keer te laat per
-- schooljaar": 3x, 6x, 9x, 12x): each level fires once per school year
-- (DOMAIN 4.8).  Term: 3 werkdagen (seed 001 "binnen 3 werkdagen").
------------------------------------------------------------------------------
:reg (101, 1, 1, 'late', '2025-09-01', NULL, NULL);
SELECT * FROM pg_temp.signals(1);
:reg (102, 1, 1, 'late', '2025-09-03', NULL, NULL);
SELECT * FROM pg_temp.signals(1);
-- 3rd late, Friday 10 October: bno_late_3.  Werkdagen do not skip school
-- holidays: Mon 13, Tue 14, Wed 15 October (herfstvakantie) -> 2025-10-15.
:reg (103, 1, 1, 'late', '2025-10-10', NULL, NULL);
SELECT * FROM pg_temp.signals(1);
:reg (104, 1, 1, 'late', '2025-10-21', NULL, NULL);
SELECT * FROM pg_temp.signals(1);
:reg (105, 1, 1, 'late', '2025-10-23', NULL, NULL);
SELECT * FROM pg_temp.signals(1);
-- 6th late, Friday 19 December: bno_late_6 (support coordinator, DUO).
-- Mon 22, Tue 23, Wed 24 December (werkdagen in the kerstvakantie) -> 2025-12-24.
:reg (106, 1, 1, 'late', '2025-12-19', NULL, NULL);
SELECT * FROM pg_temp.signals(1);
:reg (107, 1, 1, 'late', '2026-01-13', NULL, NULL);
SELECT * FROM pg_temp.signals(1);
:reg (108, 1, 1, 'late', '2026-02-04', NULL, NULL);
SELECT * FROM pg_temp.signals(1);
-- 9th late, Thursday 2 April: bno_late_9.  Good Friday 3 April is a werkdag
-- (DOMAIN 2), Easter Monday 6 April is not: Fri 3, Tue 7, Wed 8 -> 2026-04-08.
:reg (109, 1, 1, 'late', '2026-04-02', NULL, NULL);
SELECT * FROM pg_temp.signals(1);
:reg (110, 1, 1, 'late', '2026-04-14', NULL, NULL);
SELECT * FROM pg_temp.signals(1);
:reg (111, 1, 1, 'late', '2026-05-06', NULL, NULL);
SELECT * FROM pg_temp.signals(1);
-- 12th late, Tuesday 12 May: bno_late_12.  Ascension (Thu 14 May) is no
-- werkdag: Wed 13, Fri 15, Mon 18 -> 2026-05-18.
:reg (112, 1, 1, 'late', '2026-05-12', NULL, NULL);
SELECT * FROM pg_temp.signals(1);
-- 13th late: no level left, nothing new (each level once per school year).
:reg (113, 1, 1, 'late', '2026-05-22', NULL, NULL);
SELECT * FROM pg_temp.signals(1);

------------------------------------------------------------------------------
-- bno_hours_1/3/5/6 and bno_days_0_5/1/1_5 (DOMAIN 4.3; seed 001 Bijlage A
-- "Aantal lesuren ongeoorloofd afwezig per schooljaar" 1-2, 3-4, 5, >5 and
-- "Aantal dagen ongeoorloofd afwezig per schooljaar" 0,5, 1, 1,5 dag).
-- DOMAIN 4.7 Decision "apart; each level fires once": the same unauthorised
-- registrations feed both tables, each level fires once per school year.
-- DOMAIN 4.8: a partial day counts its hours, and hours / the day's lesson
-- hours as days.  Term 3 werkdagen.
------------------------------------------------------------------------------
-- 1 hour (Mon 8 Sep): bno_hours_1 (>= 1); 1/6 day is below 0.5.  Due Thu 11 Sep.
:reg (201, 2, 1, 'unauthorised', '2025-09-08', '2025-09-08', 1);
SELECT * FROM pg_temp.signals(2);
-- 2 hours: still the 1-2 level, nothing new.
:reg (202, 2, 1, 'unauthorised', '2025-09-09', '2025-09-09', 1);
SELECT * FROM pg_temp.signals(2);
-- 3 hours (Wed 10 Sep): bno_hours_3, and 3/6 = 0.5 day: bno_days_0_5.
-- Due Thu 11, Fri 12, Mon 15 -> 2025-09-15.
:reg (203, 2, 1, 'unauthorised', '2025-09-10', '2025-09-10', 1);
SELECT * FROM pg_temp.signals(2);
-- 4 hours: nothing new.
:reg (204, 2, 1, 'unauthorised', '2025-09-11', '2025-09-11', 1);
SELECT * FROM pg_temp.signals(2);
-- 5 hours (Fri 12 Sep): bno_hours_5 (>= 5) but not yet bno_hours_6 (> 5).
-- Due Mon 15, Tue 16, Wed 17 -> 2025-09-17.
:reg (205, 2, 1, 'unauthorised', '2025-09-12', '2025-09-12', 1);
SELECT * FROM pg_temp.signals(2);
-- 6 hours (Mon 15 Sep): bno_hours_6 (> 5), and 6/6 = 1 day: bno_days_1.
-- Due Tue 16, Wed 17, Thu 18 -> 2025-09-18.
:reg (206, 2, 1, 'unauthorised', '2025-09-15', '2025-09-15', 1);
SELECT * FROM pg_temp.signals(2);
-- 2 hours on the 4-hour short day (Tue 16 Sep) are half that day: 1.5 days,
-- bno_days_1_5 (hours 8: no hours level left).  Due Wed 17, Thu 18, Fri 19.
:reg (207, 2, 1, 'unauthorised', '2025-09-16', '2025-09-16', 2);
SELECT * FROM pg_temp.signals(2);
-- A whole day more (14 hours, 2.5 days; under the 16 hours of
-- statutory_16h_4w): every level has fired, nothing new.
:reg (208, 2, 1, 'unauthorised', '2025-09-17', '2025-09-17', NULL);
SELECT * FROM pg_temp.signals(2);

------------------------------------------------------------------------------
-- bno_sick_4x_12w (DOMAIN 4.3 Decision: 12 calendar weeks, a window of 84
-- days ending on the day, DOMAIN 4.8; seed 001 "Ziek 4e keer in 12 weken"):
-- the 4th sick report counts when all four first days lie in 84 days.
-- Two pupils report sick on the same first three days (Tue 2 Sep, Wed 1 Oct,
-- Tue 4 Nov); the 4th report comes 83 days after the first for pupil 4
-- (Mon 24 Nov: window 2 Sep - 24 Nov, four reports) and 84 days after it for
-- pupil 5 (Tue 25 Nov: window 3 Sep - 25 Nov, three reports).
------------------------------------------------------------------------------
:reg (401, 4, 1, 'sick', '2025-09-02', '2025-09-02', NULL);
:reg (402, 4, 1, 'sick', '2025-10-01', '2025-10-01', NULL);
:reg (403, 4, 1, 'sick', '2025-11-04', '2025-11-04', NULL);
-- Three reports: no signal.
SELECT * FROM pg_temp.signals(4);
-- The 4th inside 84 days: bno_sick_4x_12w on Mon 24 Nov, window from 2 Sep.
-- Due 5 schooldagen: Tue 25, Wed 26, Thu 27, Fri 28 Nov, Mon 1 Dec -> 2025-12-01.
:reg (404, 4, 1, 'sick', '2025-11-24', '2025-11-24', NULL);
SELECT * FROM pg_temp.signals(4);
:reg (501, 5, 1, 'sick', '2025-09-02', '2025-09-02', NULL);
:reg (502, 5, 1, 'sick', '2025-10-01', '2025-10-01', NULL);
:reg (503, 5, 1, 'sick', '2025-11-04', '2025-11-04', NULL);
-- The 4th one day later, just outside: no signal.
:reg (504, 5, 1, 'sick', '2025-11-25', '2025-11-25', NULL);
SELECT * FROM pg_temp.signals(5);

------------------------------------------------------------------------------
-- statutory_luxury, overridden for the profile (DOMAIN 4.1 Decision; seed 001
-- Bijlage A "Bij vermoeden van luxe verzuim meteen, zo mogelijk diezelfde
-- dag, melden bij het RBL BNO ... Tevens een melding via het DUO
-- Verzuimloket"): due '0 dagen' from the crossing, the first day of the leave.
-- Luxury Thu 18 - Fri 19 December, before the kerstvakantie.
------------------------------------------------------------------------------
:reg (601, 6, 1, 'luxury', '2025-12-18', '2025-12-19', NULL);
-- Brabant Noordoost: due the same day, 2025-12-18.
SELECT * FROM pg_temp.signals(6);
SELECT s.code, c.profile, c.deadline, c.deadline_from, c.duo_report_kind, s.action
FROM attendance.signal s JOIN attendance.criterion c USING (criterion_id) WHERE s.pupil_id = 6;
-- The same leave at a school without the override (seed 000 s5 "z.s.m. na
-- terugkeer"): 1 schooldag after the last day of the leave, the first
-- schooldag after the kerstvakantie, Monday 5 January 2026.
:reg (701, 7, 2, 'luxury', '2025-12-18', '2025-12-19', NULL);
SELECT * FROM pg_temp.signals(7);

------------------------------------------------------------------------------
-- Every signal of the file once more: nothing was raised twice, nothing was
-- withdrawn (DOMAIN 4: one signal per crossing).
------------------------------------------------------------------------------
SELECT pupil_id, code, count(*) AS signals, count(*) FILTER (WHERE status <> 'open') AS withdrawn
FROM attendance.signal GROUP BY pupil_id, code ORDER BY pupil_id, code COLLATE "C";
