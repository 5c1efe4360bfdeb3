-- config_cache: the engine caches the configuration across statements in
-- each backend (src/evaluate.c, EvalBegin); a change to a criterion,
-- committed or not, applies to the very next statement, and a change that
-- was rolled back is forgotten (DOMAIN 4: criteria are data, changed with
-- plain INSERTs).
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2025-11-28';

INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality)
VALUES (1, '99XA', 'Testcollege (fixture)', 'VO', 'drechtsteden', 'midden', 'Testdorp');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality)
VALUES (1, 'P-0001', '2012-03-01', 'Testdorp'), (2, 'P-0002', '2012-04-01', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (1, 1, '2025-08-01'), (2, 1, '2025-08-01');

-- DOMAIN 4.5: dr_late_9 fires at the 9th late arrival; 5 late arrivals raise nothing.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day)
SELECT 1, 1, 'late', d FROM unnest('{2025-11-03,2025-11-04,2025-11-05,2025-11-06,2025-11-07}'::date[]) AS d;
SELECT code, crossing_date, measured FROM attendance.signal ORDER BY signal_id;

-- A user version with threshold 6 (DOMAIN 4.7, one row away), inside a transaction that is
-- rolled back: the 6th late arrival raises a signal there, and nothing of it remains.
BEGIN;
INSERT INTO attendance.criterion (profile, code, valid_from, kinds, measure, window_kind, comparator,
                                  threshold, level, action, role, deadline, source)
SELECT profile, code, valid_from, kinds, measure, window_kind, comparator, 6, level, action, role,
       deadline, source || '; test: vanaf 6'
FROM attendance.criterion WHERE shipped AND code = 'dr_late_9';
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day) VALUES (1, 1, 'late', '2025-11-10');
SELECT code, crossing_date, measured, threshold FROM attendance.signal ORDER BY signal_id;
ROLLBACK;
-- After the rollback the shipped threshold (9) applies again: the 6th late arrival raises nothing.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day) VALUES (1, 1, 'late', '2025-11-10');
SELECT code, crossing_date, measured FROM attendance.signal ORDER BY signal_id;

-- A committed user version applies to the next statement; adding it re-evaluates the pupils
-- (DOMAIN 4: changes to criteria re-evaluate), so pupil 1's 6th late arrival is signalled at once.
INSERT INTO attendance.criterion (profile, code, valid_from, kinds, measure, window_kind, comparator,
                                  threshold, level, action, role, deadline, source)
SELECT profile, code, valid_from, kinds, measure, window_kind, comparator, 6, level, action, role,
       deadline, source || '; test: vanaf 6'
FROM attendance.criterion WHERE shipped AND code = 'dr_late_9';
SELECT pupil_id, code, crossing_date, measured, threshold, criterion_id = (SELECT criterion_id FROM attendance.criterion WHERE NOT shipped) AS user_version
FROM attendance.signal ORDER BY signal_id;
-- ... and pupil 2's 6th late arrival, written later, is signalled under it too.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day)
SELECT 2, 1, 'late', d FROM unnest('{2025-11-03,2025-11-04,2025-11-05,2025-11-06,2025-11-07,2025-11-10}'::date[]) AS d;
SELECT pupil_id, code, crossing_date, measured, threshold FROM attendance.signal ORDER BY signal_id;
-- A version that raised signals cannot be deleted: signals keep the version they were raised under.
DELETE FROM attendance.criterion WHERE NOT shipped;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
-- The way back is a new version: threshold 9 again from 1 November; both crossings of 10 November
-- now fall under it, so both signals are withdrawn, with the reason.
INSERT INTO attendance.criterion (profile, code, valid_from, kinds, measure, window_kind, comparator,
                                  threshold, level, action, role, deadline, source)
SELECT profile, code, '2025-11-01', kinds, measure, window_kind, comparator, threshold, level, action,
       role, deadline, source || '; test: weer vanaf 9'
FROM attendance.criterion WHERE shipped AND code = 'dr_late_9';
SELECT pupil_id, code, status, withdrawn_reason FROM attendance.signal ORDER BY signal_id;
