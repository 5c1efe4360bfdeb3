-- schema: the extension's objects, shipped rows and dump registration
-- (DOMAIN 3; DEVELOPERS "Engineering standards").
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- The extension lives in schema attendance, version 1.0, not relocatable.
SELECT extname, extversion, extrelocatable, extnamespace::regnamespace FROM pg_extension WHERE extname = 'attendance';

-- Every public object has a COMMENT ON: tables, views, sequences, their columns, functions, types.
SELECT c.relname AS uncommented_relation
FROM pg_class c
WHERE c.relnamespace = 'attendance'::regnamespace AND c.relkind IN ('r', 'v', 'S')
  AND obj_description(c.oid, 'pg_class') IS NULL;
SELECT c.relname, a.attname AS uncommented_column
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relnamespace = 'attendance'::regnamespace AND c.relkind IN ('r', 'v')
  AND col_description(c.oid, a.attnum) IS NULL;
SELECT p.oid::regprocedure AS uncommented_function
FROM pg_proc p WHERE p.pronamespace = 'attendance'::regnamespace
  AND obj_description(p.oid, 'pg_proc') IS NULL;
SELECT t.typname AS uncommented_type
FROM pg_type t WHERE t.typnamespace = 'attendance'::regnamespace AND t.typtype = 'b' AND t.typelem = 0
  AND obj_description(t.oid, 'pg_type') IS NULL;

-- User data and the user's own reference rows are dumped; shipped rows are not.
SELECT c.relname, x.cond
FROM pg_extension e,
     LATERAL unnest(e.extconfig, e.extcondition) AS x(oid, cond)
     JOIN pg_class c ON c.oid = x.oid
WHERE e.extname = 'attendance'
ORDER BY c.relkind, c.relname;
-- Every table of the schema is dumped (the reference tables without their shipped rows).
SELECT c.relname AS not_dumped
FROM pg_class c, pg_extension e
WHERE e.extname = 'attendance' AND c.relnamespace = 'attendance'::regnamespace
  AND c.relkind IN ('r', 'S') AND c.oid <> ALL (e.extconfig);

-- Shipped rows (DOMAIN 3 kinds, sectors, regions, profiles).
SELECT code, counts_as, unit, partial_day, may_be_future, may_be_open, max_schooldays
FROM attendance.registration_kind ORDER BY code;
SELECT code, default_lesson_hours FROM attendance.sector ORDER BY code;
SELECT code FROM attendance.holiday_region ORDER BY code;
SELECT code FROM attendance.profile ORDER BY code;

-- Shipped rows are never edited (VZ012); users add their own.
UPDATE attendance.sector SET default_lesson_hours = 5 WHERE code = 'PO';
:sqlstate
DELETE FROM attendance.holiday_region WHERE code = 'noord';
:sqlstate
INSERT INTO attendance.profile (code, name, source, shipped) VALUES ('mine', 'Mine', 'none', true);
:sqlstate
TRUNCATE attendance.registration_kind;
:sqlstate
INSERT INTO attendance.holiday_region (code, name) VALUES ('caribisch', 'Caribisch Nederland');
UPDATE attendance.holiday_region SET name = 'Caribisch Nederland (BES)' WHERE code = 'caribisch';
UPDATE attendance.holiday_region SET shipped = true WHERE code = 'caribisch';
:sqlstate
DELETE FROM attendance.holiday_region WHERE code = 'caribisch';

-- DOMAIN 3: a school has a valid BRIN code, a known sector, profile and holiday region.
INSERT INTO attendance.school (brin, name, sector, profile, holiday_region, municipality)
VALUES ('9XAA', 'Bad BRIN', 'VO', 'statutory', 'noord', 'Testdorp');
:sqlstate
INSERT INTO attendance.school (brin, name, sector, profile, holiday_region, municipality)
VALUES ('99AA', 'Bad sector', 'HBO', 'statutory', 'noord', 'Testdorp');
:sqlstate
INSERT INTO attendance.school (brin, name, sector, profile, holiday_region, municipality)
VALUES ('99AA01', 'Vestiging', 'VO', 'statutory', 'noord', 'Testdorp');
-- DOMAIN 2: a school holiday belongs to a region or a school, not both; it ends on or after its start.
INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day)
SELECT 'noord', school_id, 'both', '2025-10-01', '2025-10-02' FROM attendance.school;
:sqlstate
INSERT INTO attendance.school_holiday (holiday_region, name, first_day, last_day)
VALUES ('noord', 'backwards', '2025-10-02', '2025-10-01');
:sqlstate

-- The install script is search_path-safe: it installs with an empty search_path.
SET client_min_messages = warning;
DROP EXTENSION attendance CASCADE;
SET search_path = '';
CREATE EXTENSION attendance;
RESET search_path;
RESET client_min_messages;
SELECT count(*) AS shipped_kinds FROM attendance.registration_kind WHERE shipped;
