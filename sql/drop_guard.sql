-- drop_guard: DROP EXTENSION attendance drops every registration with it
-- (issue "Operations"): refused while the extension holds pupil data, unless
-- attendance.allow_drop is on (VZ040); allowed when there is none.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
-- The test runner allows drops (Makefile); this file checks the guard.
SET attendance.allow_drop = off;
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- No pupil data: dropping is allowed.
DROP EXTENSION attendance;
SELECT count(*) AS installed FROM pg_extension WHERE extname = 'attendance';
CREATE EXTENSION attendance;
INSERT INTO attendance.pupil (reference, birth_date, municipality) VALUES ('P-G001', '2012-03-01', 'Testdorp');
-- With a pupil: refused, also as DROP SCHEMA ... CASCADE and in a list.
DROP EXTENSION attendance;
:sqlstate
DROP EXTENSION IF EXISTS plpgsql_not_here, attendance CASCADE;
:sqlstate
DROP SCHEMA attendance CASCADE;
:sqlstate
SELECT count(*) AS installed FROM pg_extension WHERE extname = 'attendance';
-- Another extension's or schema's drop is not held up.
CREATE SCHEMA scratch;
DROP SCHEMA scratch;
-- Allowed on purpose.
SET attendance.allow_drop = on;
DROP EXTENSION attendance CASCADE;
SET attendance.allow_drop = off;
SELECT count(*) AS installed FROM pg_extension WHERE extname = 'attendance';
CREATE EXTENSION attendance;
