-- history: every version of every registration is kept, append-only (DOMAIN 3;
-- issue "Foundation": corrections are allowed, every version is kept with who
-- and when; the history refuses UPDATE, DELETE and TRUNCATE).
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2025-11-14';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality)
VALUES (1, '99XA', 'Testcollege (fixture)', 'VO', 'statutory', 'noord', 'Testdorp');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('attendance.registration', 'registration_id'), 1000);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality)
VALUES (1, 'P-0001', '2012-03-01', 'Testdorp'), (2, 'P-0002', '2012-04-01', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (1, 1, '2025-08-01'), (2, 1, '2025-08-01');

-- DOMAIN 3: an insert, a correction and a delete each leave a version, with who and when
-- (in one transaction, so that when and which transaction can be compared).
BEGIN;
INSERT INTO attendance.registration (registration_id, pupil_id, school_id, kind, first_day, last_day, registered_by)
VALUES (1, 1, 1, 'unauthorised', '2025-11-03', '2025-11-03', 'mentor_a'),
       (2, 2, 1, 'sick', '2025-11-04', NULL, 'reception_b');
UPDATE attendance.registration SET last_day = '2025-11-04' WHERE registration_id = 1;
UPDATE attendance.registration SET last_day = '2025-11-06' WHERE registration_id = 2;
DELETE FROM attendance.registration WHERE registration_id = 1;
SELECT history_id, registration_id, pupil_id, operation,
       row_data->>'kind' AS kind, row_data->>'first_day' AS first_day, row_data->>'last_day' AS last_day,
       row_data->>'registered_by' AS registered_by,
       changed_by = current_user AS by_me, changed_at = pg_catalog.now() AS at_txn_start,
       transaction_id = pg_catalog.pg_current_xact_id() AS this_txn
FROM attendance.registration_history ORDER BY history_id;
COMMIT;

-- DOMAIN 3: a statement that is refused leaves no history either.
UPDATE attendance.registration SET last_day = '2025-11-01' WHERE registration_id = 2;
:sqlstate
SELECT count(*) AS versions FROM attendance.registration_history;

-- The history refuses UPDATE, DELETE and TRUNCATE.
UPDATE attendance.registration_history SET changed_by = 'someone' WHERE history_id = 1;
:sqlstate
DELETE FROM attendance.registration_history WHERE history_id = 1;
:sqlstate
TRUNCATE attendance.registration_history;
:sqlstate
-- TRUNCATE of the registrations would bypass the history.
TRUNCATE attendance.registration CASCADE;
:sqlstate
-- Reclassifications are append-only too (DOMAIN 3: no row is edited).
INSERT INTO attendance.reclassification (pupil_id, registration_id, from_day, requested_by)
VALUES (2, 2, '2025-11-05', 'lpa');
UPDATE attendance.reclassification SET from_day = '2025-11-06';
:sqlstate
DELETE FROM attendance.reclassification;
:sqlstate
SELECT count(*) AS versions FROM attendance.registration_history;

-- A multi-row statement writes one version per row, in one go.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day)
SELECT 1, 1, 'late', d::date FROM pg_catalog.generate_series('2025-11-10'::date, '2025-11-14', '1 day') AS d;
SELECT operation, count(*) FROM attendance.registration_history GROUP BY operation ORDER BY operation;
