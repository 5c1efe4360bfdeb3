
-- src/drop_guard.sql: the guard against dropping the pupil data with the
-- extension (src/drop_guard.c).

CREATE FUNCTION @extschema@.drop_guard() RETURNS event_trigger
    AS 'MODULE_PATHNAME', 'attendance_drop_guard' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.drop_guard() IS
    'Event trigger: refuses DROP EXTENSION attendance (or DROP SCHEMA of its schema) while attendance.pupil has rows, unless attendance.allow_drop is on (SQLSTATE VZ040).';
CREATE EVENT TRIGGER attendance_drop_guard ON ddl_command_start
    WHEN TAG IN ('DROP EXTENSION', 'DROP SCHEMA')
    EXECUTE FUNCTION @extschema@.drop_guard();
COMMENT ON EVENT TRIGGER attendance_drop_guard IS
    'Refuses dropping the extension while it holds pupil data (src/drop_guard.c).';
