-- criteria_statutory: the statutory criteria (DOMAIN 4.1) replayed one
-- registration at a time at a school with profile 'statutory'.  After each
-- write the pupil's signals are shown: a signal must appear exactly with the
-- registration that crosses the threshold, not one registration earlier, with
-- the crossing date of the day the measure passed it (DOMAIN 4.8) and the due
-- date counted from it in the criterion's unit (DOMAIN 2, 7).  Then the
-- machinery around signals: evaluate() for time-driven criteria, import mode
-- and NOTIFY, the feed, manual signals (DOMAIN 4.6) and a change of school.
--
-- Every due date below was counted by hand on a calendar: dagen are calendar
-- days (a due date on a weekend stands), werkdagen skip weekends and public
-- holidays, schooldagen also skip the fixture's school holidays.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2026-04-30';   -- a Thursday, after every registration below unless a case sets it
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- Fixture: invented holidays (not the real 2025-2026 dates), all labelled.
-- Region midden: zomervakantie to 31 Aug, herfstvakantie Mon 20 - Sun 26 Oct,
-- kerstvakantie Sat 20 Dec - Sun 4 Jan, voorjaarsvakantie 16-22 Feb; school 1
-- has a studiedag on Fri 21 Nov.  Public holidays in the year (computed):
-- 25/26 Dec, 1 Jan, Easter Monday 6 Apr, King's Day Mon 27 Apr (Good Friday
-- 3 Apr is no holiday; 5 May 2026 is no lustrum year).
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality) VALUES
    (1, '99SA', 'Wettelijk College (fixture)', 'VO', 'statutory', 'midden', 'Testdorp'),
    (2, '99SB', 'Tweede College (fixture)', 'VO', 'statutory', 'midden', 'Testdorp'),
    (3, '99SC', 'Basisschool De Proef (fixture)', 'PO', 'statutory', 'midden', 'Testdorp');
INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day) VALUES
    ('midden', NULL, 'zomervakantie (fixture)', '2025-08-01', '2025-08-31'),
    ('midden', NULL, 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26'),
    ('midden', NULL, 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04'),
    ('midden', NULL, 'voorjaarsvakantie (fixture)', '2026-02-14', '2026-02-22'),
    ('midden', NULL, 'zomervakantie (fixture)', '2026-07-18', '2026-07-31'),
    (NULL, 1, 'studiedag (fixture)', '2025-11-21', '2025-11-21');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025), (2, 2025), (3, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'P-0001', '2012-03-01', 'Testdorp'),
    (2, 'P-0002', '2012-04-02', 'Testdorp'),
    (3, 'P-0003', '2012-05-03', 'Testdorp'),
    (4, 'P-0004', '2012-06-04', 'Testdorp'),
    (5, 'P-0005', '2011-07-05', 'Testdorp'),
    (6, 'P-0006', '2011-08-06', 'Testdorp'),
    (10, 'P-0010', '2012-10-10', 'Testdorp'),
    (11, 'P-0011', '2012-11-11', 'Testdorp'),
    (12, 'P-0012', '2012-12-12', 'Testdorp'),
    (13, 'P-0013', '2013-01-13', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day, last_day) VALUES
    (1, 1, '2025-08-01', NULL), (2, 1, '2025-08-01', NULL), (3, 1, '2025-08-01', NULL),
    (4, 1, '2025-08-01', NULL), (5, 1, '2025-08-01', NULL), (6, 1, '2025-08-01', NULL),
    (10, 1, '2025-08-01', NULL), (11, 1, '2025-08-01', NULL), (13, 1, '2025-08-01', NULL),
    (12, 1, '2025-08-01', '2025-10-31'), (12, 2, '2025-11-01', NULL);

-- What a pupil's signals look like after each write.
PREPARE signals(bigint) AS
SELECT signal_id AS id, school_id AS school, code, crossing_date, window_first, measured,
       threshold, due_date, role, evidence, status
FROM attendance.signal WHERE pupil_id = $1 ORDER BY signal_id;

------------------------------------------------------------------------------
-- statutory_16h_4w: more than 16 lesson hours unauthorised within 4
-- consecutive schoolweeks (DOMAIN 4.1; seed 000 s5, 004 s1.2; '>' per 4.7),
-- report within 5 dagen of the crossing (000 s5).  VO: 6 hours a day.
------------------------------------------------------------------------------

-- DOMAIN 4.1: 4 hours on Mon 6 Oct: nothing.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (101, 1, 1, 'unauthorised', '2025-10-06', '2025-10-06', 4);
EXECUTE signals(1);
-- DOMAIN 4.1: a whole day on Mon 13 Oct (6 hours): 10 hours, nothing.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (102, 1, 1, 'unauthorised', '2025-10-13', '2025-10-13');
EXECUTE signals(1);
-- DOMAIN 2, 4.1: a whole day on Mon 27 Oct, after the herfstvakantie: the 4
-- schoolweeks up to it are the weeks of 27, 13 and 6 Oct and 29 Sep (the
-- holiday week neither counts nor breaks the window): exactly 16 hours is not
-- more than 16, nothing.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (103, 1, 1, 'unauthorised', '2025-10-27', '2025-10-27');
EXECUTE signals(1);
-- DOMAIN 2, 4.1, 4.8: one more hour on Tue 4 Nov: the schoolweeks of 3 Nov,
-- 27 Oct, 13 Oct and 6 Oct hold 1 + 6 + 6 + 4 = 17 hours: crossed on 4 Nov.
-- Had the holiday week counted, the window (3 Nov, 27 Oct, 20 Oct, 13 Oct)
-- would hold 13.  Due 5 dagen later: Sun 9 Nov (calendar days; it stands).
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (104, 1, 1, 'unauthorised', '2025-11-04', '2025-11-04', 1);
EXECUTE signals(1);
-- DOMAIN 4.8: continuing absence is one crossing: a whole day on Thu 6 Nov
-- raises nothing new.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (105, 1, 1, 'unauthorised', '2025-11-06', '2025-11-06');
EXECUTE signals(1);
-- DOMAIN 4, 4.8: a back-dated hour on Thu 30 Oct crosses earlier (the weeks
-- of 27, 13, 6 Oct and 29 Sep now hold 7 + 6 + 4 + 0 = 17 hours on 30 Oct).
-- It is the same crossing (one run of days above 16), so no second signal;
-- "a signal's crossing date is the day the measure first passes the
-- threshold in date order, whatever order rows arrive in": 30 Oct, due 4 Nov,
-- window from 29 Sep, 17 hours, evidence 101, 102, 103, 106.
-- Regression guard (an earlier engine got this wrong): it keeps the signal as first raised (crossing 4 Nov, window
-- from 6 Oct, evidence 101-104, due 9 Nov), so the crossing date depends on
-- the order rows arrived in; the expected output here and below is DOMAIN's.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (106, 1, 1, 'unauthorised', '2025-10-30', '2025-10-30', 1);
EXECUTE signals(1);

-- DOMAIN 4.1 Decision: the school files the wettelijk report (period 6 Oct -
-- 6 Nov) on Mon 10 Nov; from then the count restarts on 7 Nov, the day after
-- the reported period.  The signal that asked for it stays.
INSERT INTO attendance.duo_report (pupil_id, school_id, kind, period_first, period_last, reported_on, signal_id)
SELECT 1, 1, 'wettelijk', '2025-10-06', '2025-11-06', '2025-11-10', signal_id
FROM attendance.signal WHERE pupil_id = 1 AND code = 'statutory_16h_4w';
EXECUTE signals(1);
-- DOMAIN 4.1 Decision: Fri 7 Nov (the day after the reported period) counts
-- in the new count: 6 hours.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (107, 1, 1, 'unauthorised', '2025-11-07', '2025-11-07');
EXECUTE signals(1);
-- ... Mon 10 Nov: 12 hours since the restart; without the restart the run of
-- the first crossing would still go on, so nothing new either way.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (108, 1, 1, 'unauthorised', '2025-11-10', '2025-11-10');
EXECUTE signals(1);
-- ... 4 hours on Tue 11 Nov: exactly 16 since the restart, nothing.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (109, 1, 1, 'unauthorised', '2025-11-11', '2025-11-11', 4);
EXECUTE signals(1);
-- DOMAIN 4.1 Decision, 4.8: 1 hour on Wed 12 Nov: 17 hours since 7 Nov, a new
-- crossing after the report: a second signal, window from 7 Nov, due Mon 17 Nov.
-- (A restart from the report date, 10 Nov, would give 11 hours and no signal.)
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (110, 1, 1, 'unauthorised', '2025-11-12', '2025-11-12', 1);
EXECUTE signals(1);

-- DOMAIN 4 (a correction un-crosses a threshold: the signal is withdrawn with
-- a reason, never deleted), pupil 2: 6 + 6 + 4 hours on Mon 22 - Wed 24 Sep.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (201, 2, 1, 'unauthorised', '2025-09-22', '2025-09-23');
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (202, 2, 1, 'unauthorised', '2025-09-24', '2025-09-24', 4);
EXECUTE signals(2);
-- DOMAIN 4.1: 1 hour on Thu 25 Sep: 17 hours in the schoolweeks of 22, 15,
-- 8 and 1 Sep: crossed on 25 Sep, due Tue 30 Sep.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (203, 2, 1, 'unauthorised', '2025-09-25', '2025-09-25', 1);
EXECUTE signals(2);
-- DOMAIN 4: the hour was registered in error: deleting it brings the measure
-- back to 16: the signal is withdrawn, with the reason, and kept.
DELETE FROM attendance.registration WHERE registration_id = 203;
EXECUTE signals(2);
SELECT signal_id, status, withdrawn_at IS NOT NULL AS withdrawn_at_set, withdrawn_reason
FROM attendance.signal WHERE pupil_id = 2 ORDER BY signal_id;
-- DOMAIN 4, 4.8: the hour was really on Fri 26 Sep: a new crossing, a new
-- signal, due Wed 1 Oct; the withdrawn one stays withdrawn.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (204, 2, 1, 'unauthorised', '2025-09-26', '2025-09-26', 1);
EXECUTE signals(2);

------------------------------------------------------------------------------
-- statutory_luxury: any luxury registration, a luxe report due the first
-- schooldag after the leave (DOMAIN 4.1 Decision; 000 s5 "z.s.m. na
-- terugkeer").
------------------------------------------------------------------------------

-- DOMAIN 4.1: luxury leave Thu 18 - Fri 19 Dec, just before the kerstvakantie
-- (20 Dec - 4 Jan, with 25, 26 Dec and 1 Jan): crossed on 18 Dec, due the
-- first schooldag after the leave, Mon 5 Jan.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (301, 3, 1, 'luxury', '2025-12-18', '2025-12-19');
EXECUTE signals(3);
-- DOMAIN 4.1: luxury leave from Mon 2 Feb, still running (today Wed 4 Feb):
-- crossed on 2 Feb.  Its due date is not shown: the first schooldag after
-- the leave is not known while it runs.
SET attendance.today = '2026-02-04';
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day)
VALUES (302, 3, 1, 'luxury', '2026-02-02');
SELECT signal_id AS id, code, crossing_date, evidence, status
FROM attendance.signal WHERE pupil_id = 3 ORDER BY signal_id;
-- DOMAIN 4.1 Decision: the pupil is back on Mon 9 Feb and the leave is
-- ended on Fri 6 Feb: due the first schooldag after the leave, Mon 9 Feb.
-- Regression guard (an earlier engine got this wrong): it keeps the due date it computed while the leave ran (the
-- schooldag after that day's today, Thu 5 Feb); expected Mon 9 Feb.
SET attendance.today = '2026-02-09';
UPDATE attendance.registration SET last_day = '2026-02-06' WHERE registration_id = 302;
EXECUTE signals(3);
SET attendance.today = '2026-04-30';

------------------------------------------------------------------------------
-- suspension_over_1_day: a suspension longer than one schooldag, reported to
-- the Inspectorate (DOMAIN 4.1; seed 000 s2); due 1 werkdag (Decision D5).
------------------------------------------------------------------------------

-- DOMAIN 4.1: a one-day suspension (Mon 15 Sep): nothing.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (401, 4, 1, 'suspension', '2025-09-15', '2025-09-15');
EXECUTE signals(4);
-- DOMAIN 4.1: two days (Thu 18 - Fri 19 Sep): crossed on the second day,
-- due the next werkdag, Mon 22 Sep.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (402, 4, 1, 'suspension', '2025-09-18', '2025-09-19');
EXECUTE signals(4);
-- DOMAIN 2: Thu 2 - Fri 3 Apr: Good Friday is a werkdag and a schooldag, so
-- the suspension is 2 days, crossed on 3 Apr; the next werkdag skips Easter
-- Monday (6 Apr): due Tue 7 Apr.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (403, 4, 1, 'suspension', '2026-04-02', '2026-04-03');
EXECUTE signals(4);

------------------------------------------------------------------------------
-- long_unauthorised and long_authorised: more than 4 weeks with more than 90%
-- (unauthorised, luxury) or 50% (sick, authorised, suspension) of school time
-- absent (DOMAIN 4.1, 4.8; seed 000 s5, s7); the share over the 21 most
-- recent schooldagen (doc/criteria.md D1).
------------------------------------------------------------------------------

-- DOMAIN 4.1: unauthorised Mon 6 - Fri 10 Oct: statutory_16h_4w crosses on
-- Wed 8 Oct (18 hours; window the schoolweeks of 6 Oct, 29, 22 and 15 Sep),
-- due Mon 13 Oct; long_unauthorised not yet.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (501, 5, 1, 'unauthorised', '2025-10-06', '2025-10-10');
EXECUTE signals(5);
-- DOMAIN 4.8: 13 - 17 Oct and, after the herfstvakantie, 27 - 31 Oct: 15
-- schooldagen; continuing absence, still the one 16-hour signal.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (502, 5, 1, 'unauthorised', '2025-10-13', '2025-10-17');
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (503, 5, 1, 'unauthorised', '2025-10-27', '2025-10-31');
EXECUTE signals(5);
-- DOMAIN 4.1: Mon 3 - Wed 5 Nov: 18 of the 21 schooldagen up to 5 Nov
-- (1 Oct - 5 Nov without the holiday week): 0.857, not more than 0.9.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (504, 5, 1, 'unauthorised', '2025-11-03', '2025-11-05');
EXECUTE signals(5);
-- DOMAIN 4.1, 4.8: Thu 6 Nov: 19 of 21 (2 Oct - 6 Nov): 0.9048 > 0.9:
-- crossed on 6 Nov, window from Thu 2 Oct, due Tue 11 Nov (5 dagen).
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (505, 5, 1, 'unauthorised', '2025-11-06', '2025-11-06');
EXECUTE signals(5);

-- DOMAIN 4.1: sick Mon-Wed each week from 27 Oct.  Three weeks: at most 9 of
-- 21 schooldagen, nothing.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (601, 6, 1, 'sick', '2025-10-27', '2025-10-29');
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (602, 6, 1, 'sick', '2025-11-03', '2025-11-05');
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (603, 6, 1, 'sick', '2025-11-10', '2025-11-12');
EXECUTE signals(6);
-- DOMAIN 4.1, 4.8: Mon 17 - Wed 19 Nov: on 17 Nov 10 of the 21 schooldagen
-- (13 Oct - 17 Nov) are sick (0.476); on Tue 18 Nov 11 of 21 (14 Oct -
-- 18 Nov): 0.5238 > 0.5, crossed on 18 Nov.  Due 5 schooldagen: 19, 20, 24,
-- 25, 26 Nov (21 Nov is the school's studiedag): Wed 26 Nov.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (604, 6, 1, 'sick', '2025-11-17', '2025-11-19');
EXECUTE signals(6);

------------------------------------------------------------------------------
-- Time-driven: an open sick episode crosses long_authorised without a new
-- row; evaluate(date) finds it on the day (doc/signals.md; DOMAIN 4.1, 4.8).
------------------------------------------------------------------------------

-- DOMAIN 3: sick from Mon 12 Jan, still running.
SET attendance.today = '2026-01-12';
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day)
VALUES (1001, 10, 1, 'sick', '2026-01-12');
EXECUTE signals(10);
-- DOMAIN 4.1: Fri 23 Jan: 10 of the 21 schooldagen up to it are sick: nothing.
SET attendance.today = '2026-01-23';
SELECT attendance.evaluate('2026-01-23') AS raised;
EXECUTE signals(10);
-- DOMAIN 4.1, 4.8: Mon 26 Jan: 11 of 21 (15 Dec - 26 Jan without the
-- kerstvakantie): 0.5238: crossed on 26 Jan; due 5 schooldagen: 27, 28, 29,
-- 30 Jan, 2 Feb.
SET attendance.today = '2026-01-26';
SELECT attendance.evaluate('2026-01-26') AS raised;
EXECUTE signals(10);
-- DOMAIN 4.8: a second call for the same date changes nothing; the next day
-- the episode continues: one crossing.
SELECT attendance.evaluate('2026-01-26') AS raised;
SET attendance.today = '2026-01-27';
SELECT attendance.evaluate('2026-01-27') AS raised;
EXECUTE signals(10);
-- DOMAIN 3: the betermelding: the episode ends Fri 30 Jan; still one signal.
SET attendance.today = '2026-02-02';
UPDATE attendance.registration SET last_day = '2026-01-30' WHERE registration_id = 1001;
EXECUTE signals(10);
SET attendance.today = '2026-04-30';

------------------------------------------------------------------------------
-- Import mode and NOTIFY (doc/signals.md): history loaded with
-- attendance.import_mode on is recorded historical and not announced; a
-- normal write is announced on commit, with ids and codes only (DOMAIN 4,
-- 8.2).  psql prints each notification after the statement; the sed filter
-- hides the backend's PID, which differs from run to run.
------------------------------------------------------------------------------

LISTEN attendance_signal;
-- DOMAIN 4 (import): 18 hours Mon 22 - Wed 24 Sep, loaded as history:
-- crossed on 24 Sep, historical, no notification.
SET attendance.import_mode = on;
\o | sed -e 's/PID [0-9]*/PID N/'
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (1101, 11, 1, 'unauthorised', '2025-09-22', '2025-09-24');
\o
SET attendance.import_mode = off;
-- DOMAIN 4: 18 hours Mon 1 - Wed 3 Dec, registered normally: crossed on
-- 3 Dec (window from 10 Nov), due 8 Dec, announced.
\o | sed -e 's/PID [0-9]*/PID N/'
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (1102, 11, 1, 'unauthorised', '2025-12-01', '2025-12-03');
\o
SELECT signal_id, code, crossing_date, window_first, due_date, historical, status
FROM attendance.signal WHERE pupil_id = 11 ORDER BY signal_id;
-- DOMAIN 4: a withdrawal is announced too.
\o | sed -e 's/PID [0-9]*/PID N/'
DELETE FROM attendance.registration WHERE registration_id = 1102;
\o
UNLISTEN attendance_signal;
SELECT signal_id, code, crossing_date, historical, status
FROM attendance.signal WHERE pupil_id = 11 ORDER BY signal_id;

------------------------------------------------------------------------------
-- The feed (doc/signals.md): signal_cursor() and signal_feed(after, up_to)
-- deliver each signal raised or withdrawn exactly once, by transaction, also
-- one with a lower id that commits after a higher one.
------------------------------------------------------------------------------

-- doc/signals.md: the first read (cursor '0') delivers every signal so far, once.
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT attendance.signal_cursor() AS c1 \gset
SELECT count(*) AS delivered, count(DISTINCT signal_id) AS distinct_ids,
       count(*) = (SELECT count(*) FROM attendance.signal) AS all_signals
FROM attendance.signal_feed('0', :'c1');
COMMIT;
-- A writer draws a signal id now and commits later (simulated: the id is
-- taken from the sequence, the row inserted after the next read).
SELECT pg_catalog.nextval(pg_catalog.pg_get_serial_sequence('attendance.signal', 'signal_id')) AS late_id \gset
-- Meanwhile pupil 13 crosses 16 hours (Mon 24 - Wed 26 Nov; 21 Nov is a
-- studiedag): a signal with a higher id, committed first.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (1301, 13, 1, 'unauthorised', '2025-11-24', '2025-11-26');
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT attendance.signal_cursor() AS c2 \gset
SELECT signal_id > :late_id AS higher_than_late, pupil_id, code, status
FROM attendance.signal_feed(:'c1', :'c2');
COMMIT;
-- The late writer commits its row with the lower id.
INSERT INTO attendance.signal (signal_id, pupil_id, school_id, origin, code, crossing_date, role, action, source, note)
VALUES (:late_id, 11, 1, 'manual', 'special_circumstances', '2025-12-05', 'mentor',
        'Bijzondere omstandigheden (bijv. zorgen) bij minder dan 16 uur verzuim', 'DOMAIN 4.6', 'late commit (fixture)');
-- ... and a correction withdraws pupil 2's second signal (an old, low id).
DELETE FROM attendance.registration WHERE registration_id = 204;
-- doc/signals.md: the next read delivers both, although their ids are lower
-- than the one already delivered; a read after that delivers nothing.
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT attendance.signal_cursor() AS c3 \gset
SELECT signal_id = :late_id AS is_late_row, pupil_id, code, status
FROM attendance.signal_feed(:'c2', :'c3');
COMMIT;
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT attendance.signal_cursor() AS c4 \gset
SELECT count(*) AS delivered FROM attendance.signal_feed(:'c3', :'c4');
COMMIT;

------------------------------------------------------------------------------
-- Manual signals (DOMAIN 4.6): a role raises one for a reason it may raise,
-- one open per pupil and reason, withdrawn by hand; automatic signals are not.
------------------------------------------------------------------------------

SET attendance.today = '2025-12-01';
-- DOMAIN 4.6: the mentor raises 'concern' for pupil 13 (dated today, no due date).
SELECT attendance.raise_signal(13, 'concern', 'mentor', 'Zorgen na gesprek met ouders (fixture)', 1) AS concern_id \gset
SELECT signal_id = :concern_id AS same, school_id, origin, code, crossing_date, role, action, due_date, note, status
FROM attendance.signal WHERE pupil_id = 13 AND origin = 'manual' ORDER BY signal_id;
-- DOMAIN 4.6: deduplicated: raising it again (another role, another text)
-- returns the open one.
SELECT attendance.raise_signal(13, 'concern', 'attendance_coordinator', 'Nogmaals (fixture)', 1) = :concern_id AS same_signal;
SELECT count(*) AS manual_signals FROM attendance.signal WHERE pupil_id = 13 AND origin = 'manual';
-- DOMAIN 4.6: a reason the role may not raise (absolute absence is the LPA's), and an unknown reason.
SELECT attendance.raise_signal(13, 'absolute_absence', 'mentor', 'niet ingeschreven? (fixture)', 1);
:sqlstate
SELECT attendance.raise_signal(13, 'gut_feeling', 'mentor', 'onbekende reden (fixture)', 1);
:sqlstate
-- DOMAIN 4.6: withdrawn by hand, with a reason; then a new one may be raised.
SELECT attendance.withdraw_signal(:concern_id, 'besproken in OT; geen vervolg nodig (fixture)');
SELECT attendance.raise_signal(13, 'concern', 'mentor', 'Nieuwe zorgen (fixture)', 1) <> :concern_id AS new_signal;
SELECT code, note, status, withdrawn_reason
FROM attendance.signal WHERE pupil_id = 13 AND origin = 'manual' ORDER BY signal_id;
-- doc/signals.md: a withdrawn signal cannot be withdrawn again, and an
-- automatic signal is withdrawn by correcting the data only (VZ019).
SELECT attendance.withdraw_signal(:concern_id, 'nogmaals');
:sqlstate
SELECT attendance.withdraw_signal(signal_id, 'handmatig intrekken')
FROM attendance.signal WHERE pupil_id = 13 AND origin = 'automatic';
:sqlstate
SELECT code, status FROM attendance.signal WHERE pupil_id = 13 AND origin = 'automatic';
SET attendance.today = '2026-04-30';

------------------------------------------------------------------------------
-- A pupil who changes school mid-year: counts are per school (doc/signals.md
-- Decision: each school reports its own absence).
------------------------------------------------------------------------------

-- doc/signals.md Decision: 12 hours at school 1 (Wed 29 - Thu 30 Oct), then
-- school 2 from 1 Nov.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (1201, 12, 1, 'unauthorised', '2025-10-29', '2025-10-30');
EXECUTE signals(12);
-- ... 6 hours at school 2 on Mon 3 Nov: 18 hours together, 6 at school 2: nothing.
-- Regression guard (an earlier engine got this wrong): it raises long_unauthorised here (crossing 3 Nov, share 1.0):
-- the pupil's first and only day of school time at school 2 is the whole
-- 21-schooldag window.  One day absent is not "more than 4 weeks" (DOMAIN
-- 4.1, 4.8): expected nothing.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (1202, 12, 2, 'unauthorised', '2025-11-03', '2025-11-03');
EXECUTE signals(12);
-- ... Tue 4 Nov (12) and 4 hours on Wed 5 Nov (16): nothing.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day)
VALUES (1203, 12, 2, 'unauthorised', '2025-11-04', '2025-11-04');
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (1204, 12, 2, 'unauthorised', '2025-11-05', '2025-11-05', 4);
EXECUTE signals(12);
-- DOMAIN 4.1: 1 hour on Thu 6 Nov: 17 hours at school 2: school 2's signal,
-- crossed on 6 Nov, due Tue 11 Nov; school 1's hours are not evidence.
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours)
VALUES (1205, 12, 2, 'unauthorised', '2025-11-06', '2025-11-06', 1);
EXECUTE signals(12);

------------------------------------------------------------------------------
-- statutory_absolute: of compulsory age, not enrolled, not exempt (DOMAIN
-- 4.1, 5 category 1; seed 000 s3, 003 route 2).  Nothing is registered for
-- such a child, so only evaluate() finds it (or the LPA raises it by hand).
-- Compulsory education starts on the first day of the month after the fifth
-- birthday (DOMAIN 1); calendar days count (4.8); the LPA acts within
-- 5 werkdagen (D5).
------------------------------------------------------------------------------

-- Three children known from the LBA, none enrolled: pupil 7 turned 5 on
-- 20 May 2025 (leerplichtig from Sun 1 Jun 2025); pupils 8 and 9 turn 5 on
-- 15 Sep 2025 (leerplichtig from Wed 1 Oct 2025); pupil 9 is exempt
-- (5 onder a) from 1 Oct.
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (7, 'P-0007', '2020-05-20', 'Testdorp'),
    (8, 'P-0008', '2020-09-15', 'Testdorp'),
    (9, 'P-0009', '2020-09-15', 'Testdorp');
INSERT INTO attendance.exemption (pupil_id, kind, first_day) VALUES (9, '5a', '2025-10-01');
PREPARE absolute AS
SELECT pupil_id, school_id, origin, code, crossing_date, window_first, due_date, role, status, withdrawn_reason
FROM attendance.signal WHERE pupil_id IN (7, 8, 9) ORDER BY signal_id;
-- DOMAIN 1, 4.1, 4.8: evaluate() on Tue 30 Sep: pupil 7 has been of
-- compulsory age and not enrolled since Sun 1 Jun 2025: crossed on 1 Jun,
-- due 5 werkdagen later: 2, 3, 4, 5, 6 Jun: Fri 6 Jun 2025.  Pupils 8 and 9
-- are not of compulsory age yet: nothing.
-- Regression guard (an earlier engine got this wrong): it raises nothing for pupil 7: evaluate() drops a run of
-- absolute absence that began before the school year it evaluates, so a
-- child who was never enrolled is never signalled; expected as described.
SELECT attendance.evaluate('2025-09-30') AS raised;
EXECUTE absolute;
-- DOMAIN 4.1, 4.8: on Wed 1 Oct pupil 8 is of compulsory age, not enrolled:
-- crossed on 1 Oct, due 2, 3, 6, 7, 8 Oct: Wed 8 Oct.  Pupil 9 is exempt:
-- nothing.
SELECT attendance.evaluate('2025-10-01') AS raised;
EXECUTE absolute;
-- DOMAIN 4.8: idempotent: the same date again raises nothing.
SELECT attendance.evaluate('2025-10-01') AS raised;
-- DOMAIN 4.6: the LPA may also raise it by hand; a mentor may not (VZ017).
SET attendance.today = '2025-10-02';
SELECT attendance.raise_signal(8, 'absolute_absence', 'mentor', 'niet ingeschreven? (fixture)');
:sqlstate
SELECT attendance.raise_signal(8, 'absolute_absence', 'lpa', 'Signaal uit de LBA (fixture)') IS NOT NULL AS raised;
SET attendance.today = '2026-04-30';
EXECUTE absolute;
-- DOMAIN 4.8, 5, 6 (absolute absence: ... -> enrolled): pupil 8 is enrolled
-- from Mon 3 Nov.  The absolute absence of 1 Oct - 2 Nov happened: the
-- signal stays open (enrolment is the case's outcome, not a correction).
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (8, 3, '2025-11-03');
EXECUTE absolute;
-- DOMAIN 4 (corrections): the enrolment really started on 1 Sep (it was
-- registered late): the child was never unenrolled: the automatic signal is
-- withdrawn with the reason; the LPA's own signal is the LPA's to withdraw.
UPDATE attendance.enrolment SET first_day = '2025-09-01' WHERE pupil_id = 8;
EXECUTE absolute;

-- Every open automatic signal once per crossing (DOMAIN 4: never two for the same crossing).
SELECT pupil_id, school_id, code, crossing_date, count(*)
FROM attendance.signal WHERE status = 'open' AND origin = 'automatic'
GROUP BY 1, 2, 3, 4 HAVING count(*) > 1;
