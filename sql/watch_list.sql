-- watch_list: pupils close to a reporting threshold (by default 75% of it,
-- configurable per criterion) who have not crossed it, so a mentor can act
-- before the legal report is due ("vroegtijdig signaleren").  And the
-- aggregated summary for the reporting role: no pupil reference (DOMAIN 8.2).
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2025-11-28';   -- a Friday
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality, partnership) VALUES
    (1, '99WA', 'Wacht College (fixture)', 'VO', 'statutory', 'midden', 'Testdorp', 'SWV Test (fixture)');
INSERT INTO attendance.school_holiday (holiday_region, name, first_day, last_day) VALUES
    ('midden', 'zomervakantie (fixture)', '2025-08-01', '2025-08-31');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'W-12H', '2011-07-01', 'Testdorp'), (2, 'W-11H', '2011-07-02', 'Testdorp'),
    (3, 'W-16H', '2011-07-03', 'Testdorp'), (4, 'W-18H', '2011-07-04', 'Testdorp'),
    (5, 'W-SHARE', '2011-07-05', 'Testdorp'), (6, 'W-OLD', '2011-07-06', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day)
SELECT g, 1, '2025-08-01' FROM generate_series(1, 6) g;
-- statutory_16h_4w: more than 16 hours unauthorised in 4 schoolweeks (the
-- weeks of 3, 10, 17 and 24 Nov on Fri 28 Nov); watched from 12 hours.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day, lesson_hours) VALUES
    (1, 1, 'unauthorised', '2025-11-24', '2025-11-25', NULL),   -- 12 hours: watched
    (2, 1, 'unauthorised', '2025-11-24', '2025-11-24', NULL),   -- 6 + 5 = 11 hours: not yet
    (2, 1, 'unauthorised', '2025-11-25', '2025-11-25', 5),
    (3, 1, 'unauthorised', '2025-11-10', '2025-11-10', NULL),   -- 6 + 6 + 4 = 16: not more than 16
    (3, 1, 'unauthorised', '2025-11-17', '2025-11-17', NULL),
    (3, 1, 'unauthorised', '2025-11-26', '2025-11-26', 4),
    (4, 1, 'unauthorised', '2025-11-03', '2025-11-05', NULL),   -- 18 hours: crossed, reported
    -- long_unauthorised (> 0.9 of 21 schooldagen), watched from 0.675:
    -- Mon 3 Nov - Fri 21 Nov is 15 of the 21 schooldagen to Fri 28 Nov
    -- (0.7143); it also crossed statutory_16h_4w.
    (5, 1, 'unauthorised', '2025-11-03', '2025-11-21', NULL),
    -- 12 hours, but in October: outside the 4 schoolweeks.
    (6, 1, 'unauthorised', '2025-10-27', '2025-10-28', NULL);

SELECT reference, code, measure, measured, watch_from, comparator, threshold, share_of_threshold, window_first, role
FROM attendance.watch_list('2025-11-28');
-- Per criterion: statutory_16h_4w watched from half of it (8 hours).
INSERT INTO attendance.watch_fraction (code, fraction) VALUES ('statutory_16h_4w', 0.5);
SELECT reference, code, measured, watch_from FROM attendance.watch_list('2025-11-28');
-- On Fri 21 Nov (the weeks of 27 Oct - 17 Nov): W-12H had nothing yet,
-- W-16H 12 hours (6 + 6), W-OLD's October hours are inside the window.
SELECT reference, code, measured, watch_from FROM attendance.watch_list('2025-11-21');
-- A bad fraction is refused by its check (23514).
INSERT INTO attendance.watch_fraction (code, fraction) VALUES ('long_unauthorised', 1.5);
:sqlstate

-- The aggregated summary carries no pupil reference: its columns, and its rows.
SELECT column_name FROM information_schema.columns
WHERE table_schema = 'attendance' AND table_name = 'register_summary' ORDER BY ordinal_position;
SELECT * FROM attendance.register_summary;
-- Nothing in it names a pupil, a reference or a birth date.
SELECT count(*) AS personal_columns FROM information_schema.columns
WHERE table_schema = 'attendance' AND table_name = 'register_summary'
  AND (column_name LIKE '%pupil%' OR column_name LIKE '%reference%' OR column_name LIKE '%birth%'
       OR column_name LIKE '%kind%' OR column_name LIKE '%sick%');
-- The reporting role reads the summary, and no pupil row.
CREATE ROLE attendance_reporting_test;
GRANT USAGE ON SCHEMA attendance TO attendance_reporting_test;
GRANT SELECT ON attendance.register_summary TO attendance_reporting_test;
GRANT EXECUTE ON FUNCTION attendance.register_summary_as_of(date) TO attendance_reporting_test;
SET ROLE attendance_reporting_test;
SELECT register, category, listed FROM attendance.register_summary;
SELECT * FROM attendance.watch_list('2025-11-28');
RESET ROLE;
DROP OWNED BY attendance_reporting_test;
DROP ROLE attendance_reporting_test;
