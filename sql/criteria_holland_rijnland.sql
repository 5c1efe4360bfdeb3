-- criteria_holland_rijnland: the criteria of profile holland_rijnland (DOMAIN
-- 4.2, seed 000 "Regionale afsprakenkaart") and its variant alphen_nieuwkoop
-- replayed one registration at a time.  After each write the pupil's signals
-- are shown: a signal appears exactly with the registration that crosses the
-- threshold, not one registration earlier, with the crossing date of the day
-- the count passed it (DOMAIN 4.8) and the due date counted from it (DOMAIN
-- 2, 7): contact and conversation within 5 schooldagen, a DUO report within
-- 5 dagen (doc/criteria.md D4, D5).
--
-- Every due date below was counted by hand on a calendar: dagen are calendar
-- days (a due date on a weekend or in a holiday stands), schooldagen skip
-- weekends, public holidays and the fixture's school holidays.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2026-06-30';   -- a Tuesday, after every registration of 2025-2026
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- Fixture: invented holidays (not the real dates), all labelled.  Region
-- midden: herfstvakantie Mon 20 - Sun 26 Oct, kerstvakantie Sat 20 Dec -
-- Sun 4 Jan, voorjaarsvakantie Sat 14 - Sun 22 Feb, zomervakantie 18 Jul -
-- 30 Aug 2026; school 1 has a studiedag on Wed 19 Nov.  Schools 1 and 2 are
-- VO, school 3 is PO; school 2 follows the Alphen aan den Rijn/Nieuwkoop
-- variant.  Two school years are loaded for school 1.
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality) VALUES
    (1, '99HA', 'Rijnlands Lyceum (fixture)', 'VO', 'holland_rijnland', 'midden', 'Leiden'),
    (2, '99HB', 'Groene Hart College (fixture)', 'VO', 'alphen_nieuwkoop', 'midden', 'Alphen aan den Rijn'),
    (3, '99HC', 'Basisschool De Sleutel (fixture)', 'PO', 'holland_rijnland', 'midden', 'Leiden');
INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day) VALUES
    ('midden', NULL, 'zomervakantie (fixture)', '2025-08-01', '2025-08-31'),
    ('midden', NULL, 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26'),
    ('midden', NULL, 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04'),
    ('midden', NULL, 'voorjaarsvakantie (fixture)', '2026-02-14', '2026-02-22'),
    ('midden', NULL, 'zomervakantie (fixture)', '2026-07-18', '2026-08-30'),
    (NULL, 1, 'studiedag (fixture)', '2025-11-19', '2025-11-19');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025), (1, 2026), (2, 2025), (3, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'P-0101', '2012-02-01', 'Leiden'),
    (2, 'P-0102', '2012-03-02', 'Leiden'),
    (3, 'P-0103', '2012-04-03', 'Leiden'),
    (4, 'P-0104', '2012-05-04', 'Leiden'),
    (6, 'P-0106', '2017-07-06', 'Leiden'),
    (7, 'P-0107', '2012-08-07', 'Alphen aan den Rijn');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES
    (1, 1, '2025-08-01'), (2, 1, '2025-08-01'), (3, 1, '2025-08-01'), (4, 1, '2025-08-01'),
    (6, 3, '2025-08-01'), (7, 2, '2025-08-01');

PREPARE signals(bigint) AS
SELECT signal_id AS id, school_id AS school, code, crossing_date, window_first, measured,
       threshold, due_date, role, evidence, status
FROM attendance.signal WHERE pupil_id = $1 ORDER BY signal_id;
-- A late arrival (an occurrence on one day) at school 1.
PREPARE late(bigint, bigint, date) AS
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day)
VALUES ($1, $2, 1, 'late', $3);

------------------------------------------------------------------------------
-- hr_late_4, _8, _12, _16: the 4th, 8th, 12th and 16th late arrival in a
-- school year, VO (DOMAIN 4.2; seed 000 s4 "Leerling is 4 keer te laat";
-- "minimaal", so '>=').  4: the mentor contacts pupil and parents; 8: a
-- conversation; 12, 16: the verzuimcoordinator reports to Leerrecht via DUO.
------------------------------------------------------------------------------

-- DOMAIN 4.2: three late arrivals (Mon 1, Wed 3, Fri 5 Sep): nothing.
EXECUTE late(101, 1, '2025-09-01');
EXECUTE late(102, 1, '2025-09-03');
EXECUTE late(103, 1, '2025-09-05');
EXECUTE signals(1);
-- DOMAIN 4.2: the 4th (Tue 9 Sep): hr_late_4, the school year from 1 Aug,
-- due 5 schooldagen: 10, 11, 12, 15, 16 Sep: Tue 16 Sep.
EXECUTE late(104, 1, '2025-09-09');
EXECUTE signals(1);
-- DOMAIN 4.8: the 5th to 7th (16, 23 Sep, 7 Oct): a count level signals once
-- per school year: nothing new.
EXECUTE late(105, 1, '2025-09-16');
EXECUTE late(106, 1, '2025-09-23');
EXECUTE late(107, 1, '2025-10-07');
EXECUTE signals(1);
-- DOMAIN 4.2, 2: the 8th (Thu 16 Oct): hr_late_8, due 5 schooldagen across
-- the herfstvakantie: 17, 27, 28, 29, 30 Oct: Thu 30 Oct.
EXECUTE late(108, 1, '2025-10-16');
EXECUTE signals(1);
-- DOMAIN 4.2: the 9th to 11th (3, 10, 17 Nov): nothing new.
EXECUTE late(109, 1, '2025-11-03');
EXECUTE late(110, 1, '2025-11-10');
EXECUTE late(111, 1, '2025-11-17');
EXECUTE signals(1);
-- DOMAIN 4.2: the 12th (Tue 9 Dec): hr_late_12, a DUO report (overig) due
-- 5 dagen later: Sun 14 Dec (calendar days; it stands).
EXECUTE late(112, 1, '2025-12-09');
EXECUTE signals(1);
-- DOMAIN 4.2: the school reports (Fri 12 Dec, period 1 Sep - 9 Dec).
-- holland_rijnland does not restart its counts after a report.
INSERT INTO attendance.duo_report (pupil_id, school_id, kind, reason, period_first, period_last, reported_on, signal_id)
SELECT 1, 1, 'overig', 'veelvuldig te laat (fixture)', '2025-09-01', '2025-12-09', '2025-12-12', signal_id
FROM attendance.signal WHERE pupil_id = 1 AND code = 'hr_late_12';
-- DOMAIN 4.2: the 13th to 15th (12, 19, 26 Jan): nothing new; in particular
-- no second hr_late_4 (the 4th late after the report is the 16th of the
-- year).
EXECUTE late(113, 1, '2026-01-12');
EXECUTE late(114, 1, '2026-01-19');
EXECUTE late(115, 1, '2026-01-26');
EXECUTE signals(1);
-- DOMAIN 4.2: the 16th (Mon 9 Feb): hr_late_16, due 5 dagen: Sat 14 Feb.
EXECUTE late(116, 1, '2026-02-09');
EXECUTE signals(1);
-- DOMAIN 4.8: the 17th (Mon 2 Mar): no level above 16: nothing new.
EXECUTE late(117, 1, '2026-03-02');
EXECUTE signals(1);

-- DOMAIN 2, 4.2, 4.8: a new school year counts anew ("per schooljaar"):
-- four late arrivals Tue 1 - Fri 4 Sep 2026 raise hr_late_4 again on the
-- 4th, window from 1 Aug 2026, due 5 schooldagen: 7, 8, 9, 10, 11 Sep: Fri
-- 11 Sep 2026; the signals of 2025-2026 stay as they are.
SET attendance.today = '2026-09-30';
EXECUTE late(121, 1, '2026-09-01');
EXECUTE late(122, 1, '2026-09-02');
EXECUTE late(123, 1, '2026-09-03');
EXECUTE signals(1);
EXECUTE late(124, 1, '2026-09-04');
EXECUTE signals(1);
SET attendance.today = '2026-06-30';

------------------------------------------------------------------------------
-- hr_unauth_4, _8, _12, _16: 4/8/12/16 unauthorised registrations per
-- school year, VO, counted apart from lateness (DOMAIN 4.2; seed 000 s4
-- "4 keer te laat en/of 4 keer verzuim").  One lesson hour each Tuesday, so
-- the 16 hours of statutory_16h_4w are never passed.
------------------------------------------------------------------------------

PREPARE unauth(bigint, date) AS
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES ($1, 2, 1, 'unauthorised', $2, $2, 1);
-- DOMAIN 4.2: three late arrivals and three unauthorised hours: six in all,
-- but three of each kind: nothing.
EXECUTE late(201, 2, '2025-09-01');
EXECUTE unauth(211, '2025-09-02');
EXECUTE late(202, 2, '2025-09-03');
EXECUTE unauth(212, '2025-09-09');
EXECUTE late(203, 2, '2025-09-11');
EXECUTE unauth(213, '2025-09-16');
EXECUTE signals(2);
-- DOMAIN 4.2: the 4th unauthorised registration (Tue 23 Sep): hr_unauth_4
-- only, due 5 schooldagen: 24, 25, 26, 29, 30 Sep: Tue 30 Sep.
EXECUTE unauth(214, '2025-09-23');
EXECUTE signals(2);
-- DOMAIN 4.2: the 4th late arrival (Thu 25 Sep): hr_late_4, due 26, 29,
-- 30 Sep, 1, 2 Oct: Thu 2 Oct.
EXECUTE late(204, 2, '2025-09-25');
EXECUTE signals(2);
-- DOMAIN 4.2: unauthorised 5 to 7 (30 Sep, 7, 14 Oct): nothing new.
EXECUTE unauth(215, '2025-09-30');
EXECUTE unauth(216, '2025-10-07');
EXECUTE unauth(217, '2025-10-14');
EXECUTE signals(2);
-- DOMAIN 4.2: the 8th (Tue 28 Oct): hr_unauth_8, due 29, 30, 31 Oct, 3,
-- 4 Nov: Tue 4 Nov.
EXECUTE unauth(218, '2025-10-28');
EXECUTE signals(2);
-- DOMAIN 4.2: 9 to 11 (4, 11, 18 Nov): nothing new.
EXECUTE unauth(219, '2025-11-04');
EXECUTE unauth(220, '2025-11-11');
EXECUTE unauth(221, '2025-11-18');
EXECUTE signals(2);
-- DOMAIN 4.2: the 12th (Tue 25 Nov): hr_unauth_12, DUO report due 5 dagen:
-- Sun 30 Nov.
EXECUTE unauth(222, '2025-11-25');
EXECUTE signals(2);
-- DOMAIN 4.2: 13 to 15 (2, 9, 16 Dec): nothing new.
EXECUTE unauth(223, '2025-12-02');
EXECUTE unauth(224, '2025-12-09');
EXECUTE unauth(225, '2025-12-16');
EXECUTE signals(2);
-- DOMAIN 4.2: the 16th (Tue 6 Jan): hr_unauth_16, due 5 dagen: Sun 11 Jan.
EXECUTE unauth(226, '2026-01-06');
EXECUTE signals(2);

------------------------------------------------------------------------------
-- hr_sick_worrying: sick for more than 2 weeks in one episode (more than 10
-- schooldagen); hr_sick_worrying_4x: the 4th sick report within a quarter,
-- a rolling 13 weeks (DOMAIN 4.2 and its Decision; seed 000 s6 "Langer dan
-- 2 weken ziek, 4e ziekmelding in een kwartaal").  The mentor talks to the
-- parents within 5 schooldagen.
------------------------------------------------------------------------------

-- DOMAIN 3: a sick report on Mon 3 Nov, still running; evaluate() runs daily.
SET attendance.today = '2025-11-03';
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day)
VALUES (301, 3, 1, 'sick', '2025-11-03');
EXECUTE signals(3);
-- DOMAIN 4.2: Fri 14 Nov: 10 schooldagen sick (3-7, 10-14 Nov): not more
-- than 2 weeks: nothing.
SET attendance.today = '2025-11-14';
SELECT attendance.evaluate() AS raised;
EXECUTE signals(3);
-- DOMAIN 4.2, 4.8: Mon 17 Nov, the 11th schooldag: hr_sick_worrying,
-- crossed on 17 Nov, window from the episode's first day, due 5
-- schooldagen: 18, 20, 21, 24, 25 Nov (19 Nov is the school's studiedag):
-- Tue 25 Nov.  11 of the 21 schooldagen up to 17 Nov (13 Oct - 17 Nov) are
-- sick as well: the statutory long_authorised (DOMAIN 4.1) crosses the
-- same day, with the same due date.
SET attendance.today = '2025-11-17';
SELECT attendance.evaluate() AS raised;
EXECUTE signals(3);
-- DOMAIN 4.8: the episode continues and ends (betermelding) on Fri 21 Nov:
-- one crossing, nothing new.
SET attendance.today = '2025-11-24';
SELECT attendance.evaluate() AS raised;
UPDATE attendance.registration SET last_day = '2025-11-21' WHERE registration_id = 301;
EXECUTE signals(3);
SET attendance.today = '2026-06-30';

-- DOMAIN 4.2 Decision, 4.8: four one-day sick reports on Mon 1 Sep, Mon
-- 29 Sep, Mon 27 Oct and Mon 1 Dec: the 13 weeks up to 1 Dec are the 91
-- days 2 Sep - 1 Dec, which hold only three of them: nothing.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (401, 4, 1, 'sick', '2025-09-01', '2025-09-01');
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (402, 4, 1, 'sick', '2025-09-29', '2025-09-29');
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (403, 4, 1, 'sick', '2025-10-27', '2025-10-27');
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (404, 4, 1, 'sick', '2025-12-01', '2025-12-01');
EXECUTE signals(4);
-- DOMAIN 4.2 Decision, 4.8: a 5th on Tue 2 Dec: 29 Sep, 27 Oct, 1 and 2 Dec
-- lie within 3 Sep - 2 Dec: the 4th sick report within 13 weeks, crossed on
-- 2 Dec, window from 3 Sep, due 5 schooldagen: 3, 4, 5, 8, 9 Dec: Tue 9 Dec.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (405, 4, 1, 'sick', '2025-12-02', '2025-12-02');
EXECUTE signals(4);
-- DOMAIN 4.8: a 6th on Mon 8 Dec, while the count is still at 4 or more:
-- the same crossing, nothing new.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (406, 4, 1, 'sick', '2025-12-08', '2025-12-08');
EXECUTE signals(4);

------------------------------------------------------------------------------
-- PO: hr_late_* and hr_unauth_* are VO only (DOMAIN 4.2 "(VO)"; seed 000 s4
-- is the VO column).
------------------------------------------------------------------------------

-- DOMAIN 4.2: a PO pupil with four late arrivals and four unauthorised
-- hours at a holland_rijnland school: no signal.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day) VALUES
    (601, 6, 3, 'late', '2025-09-01'), (602, 6, 3, 'late', '2025-09-02'),
    (603, 6, 3, 'late', '2025-09-03'), (604, 6, 3, 'late', '2025-09-04');
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours) VALUES
    (605, 6, 3, 'unauthorised', '2025-09-08', '2025-09-08', 1),
    (606, 6, 3, 'unauthorised', '2025-09-09', '2025-09-09', 1),
    (607, 6, 3, 'unauthorised', '2025-09-10', '2025-09-10', 1),
    (608, 6, 3, 'unauthorised', '2025-09-11', '2025-09-11', 1);
EXECUTE signals(6);

------------------------------------------------------------------------------
-- alphen_nieuwkoop: the Alphen aan den Rijn/Nieuwkoop variant, based on
-- holland_rijnland: after a report the counts start again from the
-- agreements made ("het verzuim wordt niet bij elkaar opgeteld"; DOMAIN 4.2,
-- profile option reset_after_report).  Pupil 7 arrives late on the same days
-- as pupil 1 above.
------------------------------------------------------------------------------

-- DOMAIN 4.2, 4.8: the first eleven late arrivals in one statement, newest
-- first: the crossings are dated in date order whatever order rows arrive
-- in: hr_late_4 on 9 Sep (due 16 Sep), hr_late_8 on 16 Oct (due 30 Oct).
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day) VALUES
    (711, 7, 2, 'late', '2025-11-17'), (710, 7, 2, 'late', '2025-11-10'),
    (709, 7, 2, 'late', '2025-11-03'), (708, 7, 2, 'late', '2025-10-16'),
    (707, 7, 2, 'late', '2025-10-07'), (706, 7, 2, 'late', '2025-09-23'),
    (705, 7, 2, 'late', '2025-09-16'), (704, 7, 2, 'late', '2025-09-09'),
    (703, 7, 2, 'late', '2025-09-05'), (702, 7, 2, 'late', '2025-09-03'),
    (701, 7, 2, 'late', '2025-09-01');
EXECUTE signals(7);
-- DOMAIN 4.2: the 12th (Tue 9 Dec): hr_late_12, due Sun 14 Dec.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day)
VALUES (712, 7, 2, 'late', '2025-12-09');
EXECUTE signals(7);
-- DOMAIN 4.2: the school reports on Fri 12 Dec (period 1 Sep - 9 Dec): the
-- counts start again on 10 Dec.
INSERT INTO attendance.duo_report (pupil_id, school_id, kind, reason, period_first, period_last, reported_on, signal_id)
SELECT 7, 2, 'overig', 'veelvuldig te laat (fixture)', '2025-09-01', '2025-12-09', '2025-12-12', signal_id
FROM attendance.signal WHERE pupil_id = 7 AND code = 'hr_late_12';
EXECUTE signals(7);
-- DOMAIN 4.2: late 1 to 3 after the report (12, 19, 26 Jan): nothing.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day)
VALUES (713, 7, 2, 'late', '2026-01-12');
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day)
VALUES (714, 7, 2, 'late', '2026-01-19');
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day)
VALUES (715, 7, 2, 'late', '2026-01-26');
EXECUTE signals(7);
-- DOMAIN 4.2, 4.8: the 4th after the report (Mon 9 Feb): hr_late_4 again
-- (the report restarted the count), window from 10 Dec, due 5 schooldagen
-- across the voorjaarsvakantie: 10, 11, 12, 13, 23 Feb: Mon 23 Feb.  Not
-- hr_late_16: at a holland_rijnland school the same 16th late raised
-- hr_late_16 (pupil 1 above) and no second hr_late_4.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day)
VALUES (716, 7, 2, 'late', '2026-02-09');
EXECUTE signals(7);

-- Every open automatic signal once per crossing (DOMAIN 4: never two for the same crossing).
SELECT pupil_id, school_id, code, crossing_date, count(*)
FROM attendance.signal WHERE status = 'open' AND origin = 'automatic'
GROUP BY 1, 2, 3, 4 HAVING count(*) > 1;
