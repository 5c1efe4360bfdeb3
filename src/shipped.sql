
-- src/shipped.sql: the guard on shipped reference rows (src/shipped.c).

CREATE FUNCTION @extschema@.protect_shipped() RETURNS trigger
    AS 'MODULE_PATHNAME', 'attendance_protect_shipped' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.protect_shipped() IS
    'Trigger: refuses INSERT, UPDATE, DELETE and TRUNCATE of rows the extension ships (shipped = true); users add rows of their own.';
