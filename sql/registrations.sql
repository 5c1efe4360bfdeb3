-- registrations: validation of absence registrations (DOMAIN 3) and what
-- they count (DOMAIN 2, 4.8).  Every bad input of DOMAIN 3 is tried, shown
-- with its SQLSTATE, and followed by a check that nothing was written.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET attendance.today = '2025-11-14';   -- a Friday; the test clock (DOMAIN 2)
SET datestyle = 'ISO, YMD';
-- Ids below 1000 are given by hand; generated ones start at 1001.
SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('attendance.registration', 'registration_id'), 1000);
\set written 'SELECT (SELECT count(*) FROM attendance.registration) AS registrations, (SELECT count(*) FROM attendance.registration_history) AS history;'
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- Fixture: invented holidays (not the real 2025-2026 dates), two schools.
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality)
VALUES (1, '99XA', 'Testcollege (fixture)', 'VO', 'holland_rijnland', 'midden', 'Testdorp'),
       (2, '99XB', 'Testschool (fixture)', 'PO', 'sppoh', 'zuid', 'Testdorp');
INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day) VALUES
    ('midden', NULL, 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26'),
    ('midden', NULL, 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04'),
    (NULL, 1, 'studiedag (fixture)', '2025-11-10', '2025-11-10');
INSERT INTO attendance.school_day (school_id, day, lesson_hours, reason)
VALUES (1, '2025-11-07', 4, 'korte dag (fixture)');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025), (2, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'P-0001', '2012-03-01', 'Testdorp'),
    (2, 'P-0002', '2012-05-01', 'Testdorp'),
    (3, 'P-0003', '2017-01-15', 'Testdorp'),
    (4, 'P-0004', '2011-09-09', 'Testdorp'),
    (5, 'P-0005', '2011-10-10', 'Testdorp'),
    (6, 'P-0006', '2012-12-12', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day, last_day) VALUES
    (1, 1, '2025-08-01', NULL),
    (2, 1, '2025-09-01', '2025-10-31'),
    (3, 2, '2025-08-01', NULL),
    (4, 1, '2025-08-01', NULL),
    (5, 1, '2025-08-01', NULL),
    (6, 1, '2025-08-01', '2025-11-05'),
    (6, 1, '2025-11-06', NULL);

-- DOMAIN 3: a sick episode over three schooldagen (Mon-Wed) counts 3 days of 6 hours (DOMAIN 2: VO default 6).
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, expected_return, parents_answered)
VALUES (1, 1, 1, 'sick', '2025-11-03', '2025-11-05', '2025-11-06', true);
-- DOMAIN 3: partial-day registrations of different kinds share a day while their hours fit (2 + 3 <= 6); a late arrival is an occurrence.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours) VALUES
    (2, 1, 1, 'unauthorised', '2025-11-06', '2025-11-06', 2),
    (3, 1, 1, 'authorised', '2025-11-06', '2025-11-06', 3),
    (4, 1, 1, 'late', '2025-11-06', NULL, NULL);
-- DOMAIN 2: a per-date override (4 hours on 2025-11-07) sets that day's hours.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (5, 1, 1, 'unauthorised', '2025-11-07', '2025-11-07');
-- DOMAIN 3 Decision: sick and authorised may be announced ahead; a running sick episode counts up to today.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day) VALUES
    (6, 1, 1, 'authorised', '2025-11-20', '2025-11-20'),
    (7, 5, 1, 'sick', '2025-11-13', NULL);
-- DOMAIN 3: a pupil may change enrolment without a gap (two enrolment rows cover the registration).
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (8, 6, 1, 'unauthorised', '2025-11-04', '2025-11-06');
-- DOMAIN 3: luxury absence in school days, over a weekend (Fri-Mon = 2 schooldagen).
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (9, 4, 1, 'luxury', '2025-10-31', '2025-11-03');
-- DOMAIN 3: a suspension of exactly one week (Wed-Tue, 5 schooldagen) is allowed.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (10, 5, 1, 'suspension', '2025-10-29', '2025-11-04');
:written

SELECT registration_id, kind, schooldays, days, lesson_hours, first_schooldag, last_schooldag
FROM attendance.registration_extent ORDER BY registration_id, kind;

-- DOMAIN 3 bad input: an end before the start.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (1, 1, 'unauthorised', '2025-11-12', '2025-11-11');
:sqlstate
:written
-- DOMAIN 3: a late arrival is one occurrence on one day.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (1, 1, 'late', '2025-11-11', '2025-11-12');
:sqlstate
:written

-- DOMAIN 3 bad input: a pupil not enrolled at that school on those dates.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (2, 1, 'unauthorised', '2025-10-30', '2025-11-03');
:sqlstate
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (1, 2, 'unauthorised', '2025-11-03', '2025-11-03');
:sqlstate
:written

-- DOMAIN 3 bad input: overlapping episodes that would count twice.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (1, 1, 'sick', '2025-11-05', '2025-11-06');
:sqlstate
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (1, 1, 'unauthorised', '2025-11-04', '2025-11-04', 1);
:sqlstate
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day)
VALUES (1, 1, 'late', '2025-11-04');
:sqlstate
-- DOMAIN 3: a running episode overlaps everything after its start, also what is announced ahead.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (5, 1, 'unauthorised', '2025-11-14', '2025-11-14', 1);
:sqlstate
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (5, 1, 'authorised', '2025-11-24', '2025-11-24');
:sqlstate
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day)
VALUES (5, 1, 'sick', '2025-12-01');
:sqlstate
-- ... and a running episode cannot start before another registration either.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day)
VALUES (1, 1, 'sick', '2025-11-17');
:sqlstate
:written

-- DOMAIN 3 bad input: lesson hours above the day's lesson hours.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (1, 1, 'unauthorised', '2025-11-06', '2025-11-06', 1.5);
:sqlstate
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (4, 1, 'unauthorised', '2025-11-07', '2025-11-07', 5);
:sqlstate
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (4, 1, 'unauthorised', '2025-11-11', '2025-11-11', 7);
:sqlstate
:written
-- ... while 1 more hour on 2025-11-06 still fits (2 + 3 + 1 = 6).
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (11, 1, 1, 'unauthorised', '2025-11-06', '2025-11-06', 1);

-- DOMAIN 3 bad input: a suspension longer than one consecutive week (seed 000 s2): Tue 4 - Wed 12 Nov is 6 schooldagen (10 Nov is a studiedag).
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (4, 1, 'suspension', '2025-11-04', '2025-11-12');
:sqlstate
-- ... also when it continues an earlier one (10: Wed 29 Oct - Tue 4 Nov; Wed 5 Nov follows directly).
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (5, 1, 'suspension', '2025-11-05', '2025-11-05');
:sqlstate
:written

-- DOMAIN 3 bad input: a date outside any known school year (2024-2025 and 2026-2027 are not loaded).
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (1, 1, 'authorised', '2026-09-01', '2026-09-01');
:sqlstate
UPDATE attendance.enrolment SET first_day = '2025-06-01' WHERE pupil_id = 1;
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (1, 1, 'unauthorised', '2025-07-14', '2025-07-14');
:sqlstate
:written

-- DOMAIN 3 bad input: dated in the future beyond today (Decision: only sick and authorised may be announced ahead).
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (4, 1, 'unauthorised', '2025-11-17', '2025-11-17');
:sqlstate
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (4, 1, 'luxury', '2025-11-13', '2025-11-18');
:sqlstate
:written

-- DOMAIN 3: lesson_hours only on a single-day partial registration, of a kind that counts time.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (4, 1, 'unauthorised', '2025-11-11', '2025-11-12', 2);
:sqlstate
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (4, 1, 'luxury', '2025-11-11', '2025-11-11', 2);
:sqlstate
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, lesson_hours)
VALUES (4, 1, 'late', '2025-11-11', 1);
:sqlstate
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (4, 1, 'unauthorised', '2025-11-11', '2025-11-11', 0);
:sqlstate
:written

-- DOMAIN 2: a registration must cover a schooldag (a weekend, a school's studiedag).
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (4, 1, 'unauthorised', '2025-11-08', '2025-11-09');
:sqlstate
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day)
VALUES (4, 1, 'late', '2025-11-10');
:sqlstate
:written

-- DOMAIN 3: the six kinds only (or a kind the user added).
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (4, 1, 'holiday', '2025-11-11', '2025-11-11');
:sqlstate
-- DOMAIN 3: kinds that may not run open need a last day.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day)
VALUES (4, 1, 'suspension', '2025-11-11');
:sqlstate
:written

-- DOMAIN 3: one bad row in a multi-row statement writes nothing at all.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (4, 1, 'unauthorised', '2025-11-11', '2025-11-11'),
    (3, 2, 'unauthorised', '2025-11-11', '2025-11-11'),
    (4, 1, 'unauthorised', '2025-11-12', '2025-11-11');
:sqlstate
:written
-- DOMAIN 3: a correction that would overlap is refused and leaves the row as it was.
UPDATE attendance.registration SET last_day = '2025-11-06' WHERE registration_id = 1;
:sqlstate
SELECT registration_id, first_day, last_day FROM attendance.registration WHERE registration_id = 1;

-- DOMAIN 3 Decision, alternative one row away: a user row overrides the shipped kind.
INSERT INTO attendance.registration_kind
    (code, shipped, counts_as, unit, partial_day, may_be_future, may_be_open, max_schooldays, name)
VALUES ('luxury', false, 'unauthorised', 'days', false, true, true, NULL, 'luxe verzuim (aangekondigd)');
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (12, 4, 1, 'luxury', '2025-11-17', '2025-11-18');
DELETE FROM attendance.registration WHERE registration_id = 12;
DELETE FROM attendance.registration_kind WHERE code = 'luxury' AND NOT shipped;

-- DOMAIN 3, Variawet (001 Bijlage J): a reduced timetable sets the pupil's own hours (15 a week = 3 a day).
INSERT INTO attendance.reduced_timetable (pupil_id, school_id, category, hours_per_week, opp, status, first_day, last_day)
VALUES (4, 1, 'D', 15, true, 'applied', '2025-11-10', '2026-07-31');
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (13, 4, 1, 'unauthorised', '2025-11-11', '2025-11-12');
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (4, 1, 'unauthorised', '2025-11-13', '2025-11-13', 4);
:sqlstate
SELECT kind, schooldays, days, lesson_hours FROM attendance.registration_extent WHERE registration_id = 13;
-- ... with hours per weekday (none on Wednesday: that day is no absence at all).
INSERT INTO attendance.reduced_timetable (pupil_id, school_id, category, hours_per_week, day_hours, status, first_day, last_day)
VALUES (6, 1, 'B', 16, '{4,4,0,4,4}', 'approved', '2025-11-10', '2026-07-31');
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (14, 6, 1, 'unauthorised', '2025-11-11', '2025-11-13');
SELECT day, kind, lesson_hours, day_fraction FROM attendance.registration_days(14);
-- 001 Bijlage J: valid for the current school year only.
INSERT INTO attendance.reduced_timetable (pupil_id, school_id, category, hours_per_week, first_day, last_day)
VALUES (5, 1, 'A', 10, '2025-11-10', '2026-08-31');
:sqlstate

-- DOMAIN 3, seed 002: reclassification splits a sick episode without editing it.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (15, 2, 1, 'sick', '2025-10-27', '2025-10-31');
INSERT INTO attendance.reclassification (pupil_id, registration_id, from_day, requested_by)
VALUES (2, 15, '2025-10-29', 'lpa');
SELECT day, kind, lesson_hours FROM attendance.registration_days(15);
SELECT registration_id, kind, schooldays, lesson_hours FROM attendance.registration_extent WHERE registration_id = 15 ORDER BY kind;
SELECT kind, first_day, last_day FROM attendance.registration WHERE registration_id = 15;
-- ... only a sick episode, from a day within it, once.
INSERT INTO attendance.reclassification (pupil_id, registration_id, from_day, requested_by)
VALUES (4, 13, '2025-11-12', 'lpa');
:sqlstate
INSERT INTO attendance.reclassification (pupil_id, registration_id, from_day, requested_by)
VALUES (1, 1, '2025-11-10', 'lpa');
:sqlstate
INSERT INTO attendance.reclassification (pupil_id, registration_id, from_day, requested_by)
VALUES (2, 15, '2025-10-30', 'lpa');
:sqlstate
-- ... and the episode cannot later be shortened past it.
UPDATE attendance.registration SET last_day = '2025-10-28' WHERE registration_id = 15;
:sqlstate
