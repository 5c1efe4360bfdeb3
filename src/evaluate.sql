
-- src/evaluate.sql: the criteria engine's entry points (src/evaluate.c).

CREATE FUNCTION @extschema@.evaluate(as_of date DEFAULT NULL) RETURNS integer
    AS 'MODULE_PATHNAME', 'attendance_evaluate' LANGUAGE C VOLATILE
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION @extschema@.evaluate(date) IS
    'Evaluates every pupil as of a date (default today) for the criteria of their schools, raising the signals that are due and withdrawing those a correction un-crossed. Idempotent: running it twice for a date changes nothing. Returns the number of signals raised. Schedule it daily (doc/criteria.md).';
