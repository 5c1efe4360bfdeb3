-- absence_overview: a pupil's registrations over a period with totals in
-- lesson hours and school days (DOMAIN 3 DUO reports; DOMAIN 6 "absence
-- overview (mandatory)"), partial days as fractions (DOMAIN 4.8).
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2025-11-28';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality) VALUES
    (1, '99OA', 'Overzicht College (fixture)', 'VO', 'statutory', 'midden', 'Testdorp');
INSERT INTO attendance.school_holiday (holiday_region, name, first_day, last_day) VALUES
    ('midden', 'zomervakantie (fixture)', '2025-08-01', '2025-08-31');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'O-1', '2011-06-01', 'Testdorp'), (2, 'O-2', '2011-06-02', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (1, 1, '2025-08-01'), (2, 1, '2025-08-01');
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours) VALUES
    (1, 1, 1, 'sick', '2025-11-03', '2025-11-05', NULL),          -- 3 days, 18 hours
    (2, 1, 1, 'unauthorised', '2025-11-06', '2025-11-06', 2),     -- 2 of 6 hours: 0.3333 day
    (3, 1, 1, 'late', '2025-11-07', '2025-11-07', NULL),          -- an occurrence
    (4, 1, 1, 'luxury', '2025-11-10', '2025-11-14', NULL),        -- 5 days, 30 hours
    (5, 1, 1, 'sick', '2025-11-17', '2025-11-21', NULL),          -- reclassified from Wed 19 Nov
    (6, 1, 1, 'unauthorised', '2025-10-01', '2025-10-01', NULL),  -- before the period
    (7, 2, 1, 'sick', '2025-11-03', '2025-11-03', NULL);          -- another pupil
INSERT INTO attendance.reclassification (pupil_id, registration_id, from_day, requested_by)
VALUES (1, 5, '2025-11-19', 'lpa-1');

-- 3 Nov - 20 Nov: registration 4 counts Mon 10 to Fri 14 (5 days, 30
-- hours); registration 5 is sick Mon 17 - Tue 18 and unauthorised
-- Wed 19 - Thu 20 (the period ends on the 20th).  Totals per kind: sick 5
-- days 30 hours, unauthorised 2.3333 days 14 hours, late 1, luxury 5 days
-- 30 hours; in all 12.3333 days, 74 hours.
SELECT line, registration_id AS reg, brin, kind, counts_as, first_day, last_day, schooldays, lesson_hours, occurrences,
       registered_at IS NOT NULL AS has_registered_at
FROM attendance.absence_overview(1, '2025-11-03', '2025-11-20');
-- A period that clips a registration: luxury Wed 12 - Thu 13 only.
SELECT line, registration_id AS reg, kind, first_day, last_day, schooldays, lesson_hours
FROM attendance.absence_overview(1, '2025-11-12', '2025-11-13');
-- No registrations: only the empty grand total.
SELECT line, schooldays, lesson_hours, occurrences FROM attendance.absence_overview(2, '2025-09-01', '2025-09-30');
-- Bad input: VZ031 (a period ending before it starts), VZ033 (unknown pupil).
SELECT * FROM attendance.absence_overview(1, '2025-11-20', '2025-11-03');
:sqlstate
SELECT * FROM attendance.absence_overview(99, '2025-11-03', '2025-11-20');
:sqlstate
