-- sql/calendar.sql: the school calendar (DOMAIN 2 time units, DOMAIN 3
-- known school years): today, Easter, public holidays, werkdagen,
-- schooldagen, lesson hours, school years, schoolweeks and due dates.
-- Every school holiday below is INVENTED for the test; the extension ships
-- none (DOMAIN 2).

\pset null '(null)'
SET attendance.today = '2025-11-12';
SET DateStyle = 'ISO, YMD';
SET TIME ZONE 'Europe/Amsterdam';

------------------------------------------------------------------------------
-- Fixture: one school per sector and region, invented holidays, school year
-- 2025-2026 loaded (2026-2027 too for school 3), per-date overrides.
------------------------------------------------------------------------------

INSERT INTO attendance.school
    (school_id, brin, name, sector, profile, holiday_region, municipality, lesson_hours_per_day)
VALUES
    (1, '12AB', 'Invented VO school (noord, sector hours)', 'VO', 'statutory', 'noord', 'Leiden', NULL),
    (2, '34CD', 'Invented PO school (zuid, sector hours)', 'PO', 'sppoh', 'zuid', 'Den Haag', NULL),
    (3, '56EF01', 'Invented VO school (midden, own hours)', 'VO', 'drechtsteden', 'midden', 'Dordrecht', 7);

INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day) VALUES
    ('noord', NULL, 'herfstvakantie (invented)', '2025-10-18', '2025-10-26'),
    ('zuid', NULL, 'herfstvakantie (invented)', '2025-10-11', '2025-10-19'),
    ('noord', NULL, 'kerstvakantie (invented)', '2025-12-20', '2026-01-04'),
    ('midden', NULL, 'kerstvakantie (invented)', '2025-12-20', '2026-01-04'),
    ('noord', NULL, 'zomervakantie (invented)', '2026-07-11', '2026-08-23'),
    ('midden', NULL, 'zomervakantie (invented)', '2026-07-18', '2026-08-30'),
    (NULL, 1, 'studiedag (invented)', '2025-11-14', '2025-11-14');

INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025), (2, 2025), (3, 2025), (3, 2026);

INSERT INTO attendance.school_day (school_id, day, lesson_hours, reason) VALUES
    (1, '2025-11-19', 4.5, 'short day (invented)'),
    (1, '2025-10-22', 3, 'override inside the herfstvakantie (invented)'),
    (1, '2025-11-15', 2, 'override on a Saturday (invented)');

------------------------------------------------------------------------------
-- today() and the test clock (DOMAIN 3: "a registration dated in the future
-- beyond today"; every use of today goes through attendance.today())
------------------------------------------------------------------------------

-- DOMAIN 3: the test clock drives today().
SELECT attendance.today();
SHOW attendance.today;
-- DOMAIN 3: without the test clock, today is the date in Europe/Amsterdam
-- whatever the session time zone.
RESET attendance.today;
SET TIME ZONE 'Pacific/Kiritimati';
SELECT attendance.today() = (pg_catalog.transaction_timestamp() AT TIME ZONE 'Europe/Amsterdam')::date AS amsterdam_date;
SET TIME ZONE 'Pacific/Pago_Pago';
SELECT attendance.today() = (pg_catalog.transaction_timestamp() AT TIME ZONE 'Europe/Amsterdam')::date AS amsterdam_date;
SET TIME ZONE 'Europe/Amsterdam';
-- DOMAIN 3: a bad test clock is refused and the old value stays.
SET attendance.today = '2025-11-12';
SET attendance.today = '2025-02-29';
\echo :LAST_ERROR_SQLSTATE
SET attendance.today = '12-11-2025';
SET attendance.today = 'today';
SELECT attendance.today();

------------------------------------------------------------------------------
-- Easter (DOMAIN 2: "Easter comes from the Gregorian computus")
------------------------------------------------------------------------------

-- DOMAIN 2: known Easter Sundays, including the earliest (22 March, 2285)
-- and latest (25 April, 2038) possible dates.
SELECT y, attendance.easter(y)
FROM unnest(ARRAY[1583, 2000, 2024, 2025, 2026, 2038, 2285, 9999]) AS y;
-- DOMAIN 2: the computus is refused before the Gregorian calendar.
SELECT attendance.easter(1582);
\echo :LAST_ERROR_SQLSTATE
SELECT attendance.easter(10000);

------------------------------------------------------------------------------
-- Public holidays (DOMAIN 2: werkdag)
------------------------------------------------------------------------------

-- DOMAIN 2: 2025 (lustrum, so Liberation Day; 27 April is a Sunday, so
-- King's Day is Saturday 26 April; no Good Friday).
SELECT * FROM attendance.public_holidays(2025);
-- DOMAIN 2: 2014, the first King's Day, on Saturday 26 April (27th a Sunday).
SELECT * FROM attendance.public_holidays(2014) WHERE name = 'Koningsdag';
-- DOMAIN 2: 2024: King's Day on Saturday 27 April itself.
SELECT * FROM attendance.public_holidays(2024) WHERE name = 'Koningsdag';
-- DOMAIN 2: Queen's Day before 2014: 30 April (2013); a Sunday 30 April
-- moved to Saturday 29 April from 1980 (2006) and to Monday 1 May before
-- (1978).
SELECT * FROM attendance.public_holidays(2013) WHERE name = 'Koninginnedag';
SELECT * FROM attendance.public_holidays(2006) WHERE name = 'Koninginnedag';
SELECT * FROM attendance.public_holidays(1978) WHERE name = 'Koninginnedag';
-- DOMAIN 2: in 2005 Ascension Day fell on Liberation Day: both are listed.
SELECT * FROM attendance.public_holidays(2005) WHERE day = '2005-05-05';
-- DOMAIN 2: Liberation Day is configurable: lustrum (default) only in years
-- divisible by 5, always, never.
SHOW attendance.liberation_day;
SELECT attendance.is_public_holiday('2025-05-05') AS y2025,
       attendance.is_public_holiday('2026-05-05') AS y2026;
SET attendance.liberation_day = 'always';
SELECT attendance.is_public_holiday('2025-05-05') AS y2025,
       attendance.is_public_holiday('2026-05-05') AS y2026,
       attendance.is_werkdag('2026-05-05') AS werkdag_2026;
SET attendance.liberation_day = 'never';
SELECT attendance.is_public_holiday('2025-05-05') AS y2025,
       attendance.is_public_holiday('2026-05-05') AS y2026,
       attendance.is_werkdag('2025-05-05') AS werkdag_2025;
SET attendance.liberation_day = 'sometimes';
RESET attendance.liberation_day;
-- DOMAIN 2: Good Friday is not a public holiday; Easter Monday, Ascension
-- Day, Whit Monday and Christmas are.
SELECT d, attendance.is_public_holiday(d) AS holiday, attendance.is_werkdag(d) AS werkdag
FROM unnest(ARRAY['2025-04-18', '2025-04-21', '2025-05-29', '2025-06-09',
                  '2025-12-25', '2025-12-26', '2026-01-01', '2026-04-27']::date[]) AS d;

------------------------------------------------------------------------------
-- Werkdagen (DOMAIN 2: Monday-Friday, not a public holiday)
------------------------------------------------------------------------------

-- DOMAIN 2: Friday, Saturday, Sunday, Monday.
SELECT d, to_char(d, 'Dy') AS dow, attendance.is_werkdag(d)
FROM (SELECT generate_series('2025-11-14'::date, '2025-11-17', '1 day')::date) AS g(d);
-- DOMAIN 2: the calendar needs a finite date.
SELECT attendance.is_werkdag('infinity');

------------------------------------------------------------------------------
-- Schooldagen and lesson hours (DOMAIN 2: schooldag, lesuur)
------------------------------------------------------------------------------

-- DOMAIN 2: a werkdag is a schooldag unless a holiday of the school's region
-- or of the school itself covers it.  School 1 (noord) is off in its
-- herfstvakantie (18-26 Oct) and on its own studiedag (Fri 14 Nov); school 2
-- (zuid) is off 11-19 Oct; school 3 (midden) has no autumn holiday.
SELECT d, to_char(d, 'Dy') AS dow,
       attendance.is_schooldag(1, d) AS s1,
       attendance.is_schooldag(2, d) AS s2,
       attendance.is_schooldag(3, d) AS s3
FROM unnest(ARRAY['2025-10-14', '2025-10-17', '2025-10-20', '2025-10-21',
                  '2025-10-27', '2025-11-14', '2025-11-15', '2025-12-25',
                  '2025-12-29', '2026-01-05']::date[]) AS d;
-- DOMAIN 2 (lesuur, Decision): lesson hours are the school_day override,
-- else the school's own hours, else the sector default (VO 6, PO 5.5); 0 on
-- a day without school, even when an override names it (22 Oct in the
-- holiday, Saturday 15 Nov).
SELECT d, attendance.lesson_hours(1, d) AS s1,
       attendance.lesson_hours(2, d) AS s2,
       attendance.lesson_hours(3, d) AS s3
FROM unnest(ARRAY['2025-11-18', '2025-11-19', '2025-10-22', '2025-11-15']::date[]) AS d;
-- DOMAIN 2: the schooldagen of two weeks of school 1: the studiedag and the
-- weekend are missing, the short day has 4.5 hours.
SELECT * FROM attendance.schooldays(1, '2025-11-10', '2025-11-23');
-- DOMAIN 2: an empty span gives no rows.
SELECT * FROM attendance.schooldays(1, '2025-11-23', '2025-11-10');
-- DOMAIN 2 (schoolweek): the Monday of each week holding a schooldag; the
-- herfstvakantie week of 20 Oct is skipped for school 1, not for school 3.
SELECT attendance.schoolweeks(1, '2025-10-08', '2025-11-09') AS s1;
SELECT attendance.schoolweeks(3, '2025-10-08', '2025-11-09') AS s3;
-- DOMAIN 2 (schoolweek): the kerstvakantie (20 Dec - 4 Jan) has no
-- schoolweek; the weeks of 15 Dec and 5 Jan are.
SELECT attendance.schoolweeks(1, '2025-12-10', '2026-01-10') AS s1;

------------------------------------------------------------------------------
-- School years (DOMAIN 2: 1 August - 31 July; DOMAIN 3: only known years)
------------------------------------------------------------------------------

-- DOMAIN 2: 31 July is the last day of a school year, 1 August the first.
SELECT d, attendance.school_year(d)
FROM unnest(ARRAY['2025-07-31', '2025-08-01', '2026-07-31', '2026-08-01', '2028-02-29']::date[]) AS d;
-- DOMAIN 3: 31 July 2026 still lies in 2025-2026 (loaded; the invented
-- zomervakantie of noord began 11 July, that of midden on 18 July).
SELECT attendance.is_schooldag(1, '2026-07-10') AS s1_fri_10_jul,
       attendance.is_schooldag(1, '2026-07-31') AS s1_fri_31_jul,
       attendance.is_schooldag(3, '2026-07-17') AS s3_fri_17_jul;
-- DOMAIN 3: school 3 has 2026-2027 loaded; its zomervakantie ends 30 Aug.
SELECT attendance.is_schooldag(3, '2026-08-28') AS s3_fri_28_aug,
       attendance.is_schooldag(3, '2026-08-31') AS s3_mon_31_aug;
-- DOMAIN 3: a school year not marked loaded is refused, naming the year and
-- the school, on either side of the loaded year.
SELECT attendance.is_schooldag(1, '2026-08-03');
\echo :LAST_ERROR_SQLSTATE
SELECT attendance.lesson_hours(1, '2025-07-31');
\echo :LAST_ERROR_SQLSTATE
-- DOMAIN 3: a span reaching into an unloaded year is refused as a whole.
SELECT count(*) FROM attendance.schooldays(1, '2026-07-01', '2026-08-31');
\echo :LAST_ERROR_SQLSTATE
-- DOMAIN 3: once the year is marked loaded, the calendar is usable.
BEGIN;
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2026);
SELECT count(*) AS schooldays_jul_aug_2026 FROM attendance.schooldays(1, '2026-07-01', '2026-08-31');
ROLLBACK;
-- DOMAIN 3: an unknown school is refused.
SELECT attendance.is_schooldag(999, '2025-11-12');
\echo :LAST_ERROR_SQLSTATE

------------------------------------------------------------------------------
-- Due dates (DOMAIN 2: "every deadline names its unit"; the start date is
-- day 0 and counting starts the next day; DOMAIN 4.8: due dates count from
-- the crossing date, day 0)
------------------------------------------------------------------------------

-- DOMAIN 2 (dag, week): calendar units; a due date on a weekend stands;
-- negative terms count backwards; a count of 0 is the start date.
SELECT t AS term, attendance.due_date('2025-11-12', t::attendance.term) AS due,
       to_char(attendance.due_date('2025-11-12', t::attendance.term), 'Dy') AS dow
FROM unnest(ARRAY['0 dagen', '1 dag', '3 dagen', '-3 dagen', '2 weken',
                  '-8 weken', '0 weken']) AS t;
-- DOMAIN 2 (maand): calendar months, the day clamped to the month's end;
-- a due date on a Saturday stands.
SELECT f AS from_date, t AS term, attendance.due_date(f, t::attendance.term) AS due
FROM (VALUES ('2025-01-31'::date, '1 maand'), ('2024-01-31', '1 maand'),
             ('2025-03-31', '-1 maand'), ('2025-08-31', '6 maanden'),
             ('2025-01-31', '13 maanden'), ('2024-05-31', '-12 maanden'),
             ('2025-10-15', '1 maand'), ('2025-11-12', '0 maanden')) AS v(f, t);
-- DOMAIN 2 (werkdag): only werkdagen count, across weekends, Easter
-- (Good Friday counts, Easter Monday not), Christmas and New Year, King's
-- Day; backwards too.
SELECT f AS from_date, t AS term, attendance.due_date(f, t::attendance.term) AS due
FROM (VALUES ('2025-11-12'::date, '5 werkdagen'), ('2026-04-02', '2 werkdagen'),
             ('2026-04-07', '-3 werkdagen'), ('2025-12-23', '3 werkdagen'),
             ('2025-12-23', '5 werkdagen'), ('2026-01-05', '-5 werkdagen'),
             ('2026-04-24', '1 werkdag'), ('2025-11-12', '0 werkdagen')) AS v(f, t);
-- DOMAIN 2 (werkdag, Liberation Day configurable): 5 May 2026 counts unless
-- the setting is always.
SELECT attendance.due_date('2026-05-04', '1 werkdag') AS lustrum;
SET attendance.liberation_day = 'always';
SELECT attendance.due_date('2026-05-04', '1 werkdag') AS always;
RESET attendance.liberation_day;
-- DOMAIN 2 (werkdag): werkdagen ignore school holidays and need no school,
-- also in the form that takes one (16, 17, 20 October: in school 1's
-- herfstvakantie).
SELECT attendance.due_date(1, '2025-10-15', '3 werkdagen') AS s1,
       attendance.due_date(999, '2025-10-15', '3 werkdagen') AS no_such_school;

-- DOMAIN 2 (schooldag): schooldagen skip the school's holidays: school 1
-- resumes on 27 October after its herfstvakantie, school 3 has none.
SELECT attendance.due_date(1, '2025-10-15', '3 schooldagen') AS s1,
       attendance.due_date(3, '2025-10-15', '3 schooldagen') AS s3;
-- DOMAIN 2 (schooldag): the school's own studiedag (Fri 14 Nov) is skipped;
-- backwards across the herfstvakantie; across the kerstvakantie; 0.
SELECT f AS from_date, t AS term, attendance.due_date(1, f, t::attendance.term) AS due
FROM (VALUES ('2025-11-13'::date, '1 schooldag'), ('2025-10-28', '-2 schooldagen'),
             ('2025-12-18', '3 schooldagen'), ('2026-01-06', '-3 schooldagen'),
             ('2025-11-12', '0 schooldagen')) AS v(f, t);
-- DOMAIN 2, 3: across the school-year boundary when both years are loaded
-- (school 3, zomervakantie 18 July - 30 August 2026), both ways.
SELECT attendance.due_date(3, '2026-07-15', '4 schooldagen') AS forwards,
       attendance.due_date(3, '2026-09-01', '-3 schooldagen') AS backwards;
-- DOMAIN 3: a count that runs into a school year not loaded is refused.
SELECT attendance.due_date(1, '2026-07-08', '5 schooldagen');
\echo :LAST_ERROR_SQLSTATE
-- DOMAIN 3: an unknown school is refused for schooldagen.
SELECT attendance.due_date(999, '2025-11-12', '1 schooldag');
\echo :LAST_ERROR_SQLSTATE

-- DOMAIN 2 (lesweek, Decision): step k = 1, 2, ... weeks; a step counts when
-- the Monday-Sunday week of start + 7k holds a schooldag.  From Wed 15 Oct,
-- school 1: 22 Oct (holiday week, no), 29 Oct (1), 5 Nov (2); school 3 has
-- no holiday: 22 Oct (1), 29 Oct (2).
SELECT attendance.due_date(1, '2025-10-15', '2 lesweken') AS s1,
       attendance.due_date(3, '2025-10-15', '2 lesweken') AS s3;
-- DOMAIN 2 (lesweek): the two weeks of the kerstvakantie neither count nor
-- break the count, forwards and backwards alike; 0 lesweken is the start.
SELECT f AS from_date, t AS term, attendance.due_date(1, f, t::attendance.term) AS due
FROM (VALUES ('2025-12-17'::date, '1 lesweek'), ('2026-01-07', '-1 lesweek'),
             ('2025-12-10', '3 lesweken'), ('2025-11-12', '0 lesweken')) AS v(f, t);
-- DOMAIN 2 (lesweek): the due date keeps the start's weekday even when that
-- day is no schooldag (Fri 14 Nov, school 1's studiedag): its week counts.
SELECT attendance.due_date(1, '2025-11-07', '1 lesweek') AS due;
-- DOMAIN 2, 3 (lesweek): across the summer holiday of school 3 (six weeks
-- without school), into the next loaded school year.
SELECT attendance.due_date(3, '2026-07-15', '2 lesweken') AS due;
-- DOMAIN 3 (lesweek): the week of 27 July - 2 August 2026 reaches into the
-- unloaded 2026-2027 of school 1 only on its weekend, which needs no
-- calendar; the count back from 5 August ends on 8 July.
SELECT attendance.due_date(1, '2026-08-05', '-1 lesweek') AS due;
-- DOMAIN 3 (lesweek): forwards, the count reaches a werkdag of 2026-2027
-- and is refused.
SELECT attendance.due_date(1, '2026-07-01', '2 lesweken');
\echo :LAST_ERROR_SQLSTATE

-- DOMAIN 2: without a school, schooldagen and lesweken are refused with a
-- hint to pass the school.
SELECT attendance.due_date('2025-11-12', '1 schooldag');
\echo :LAST_ERROR_SQLSTATE
SELECT attendance.due_date('2025-11-12', '2 lesweken');
-- DOMAIN 2: due dates are strict: a null term gives null.
SELECT attendance.due_date(1, '2025-11-12', NULL) AS due;
