
-- src/evaluate.sql: the criteria engine's entry points (src/evaluate.c).

-- The engine keeps the configuration it reads (kinds, criteria, profiles,
-- schools, calendars) in each backend across statements; every change to
-- those tables tells every backend to reread it (src/config_cache.c).
CREATE FUNCTION @extschema@.config_changed() RETURNS trigger
    AS 'MODULE_PATHNAME', 'attendance_config_changed' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.config_changed() IS
    'Trigger (AFTER STATEMENT): tells every backend, once the change commits, and this one at once, to reread the configuration the engine caches.';

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['registration_kind', 'criterion', 'profile', 'sector', 'holiday_region',
                             'school', 'school_holiday', 'school_day', 'school_year']
    LOOP
        EXECUTE pg_catalog.format('CREATE TRIGGER config_changed
            AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.%I
            FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.config_changed()', t);
    END LOOP;
END
$$;

CREATE FUNCTION @extschema@.evaluate(as_of date DEFAULT NULL) RETURNS integer
    AS 'MODULE_PATHNAME', 'attendance_evaluate' LANGUAGE C VOLATILE
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET enable_seqscan = off SET jit = off;
COMMENT ON FUNCTION @extschema@.evaluate(date) IS
    'Evaluates every pupil as of a date (default today) for the criteria of their schools, raising the signals that are due and withdrawing those a correction un-crossed. Idempotent: running it twice for a date changes nothing. Returns the number of signals raised. Schedule it daily (doc/criteria.md).';
REVOKE EXECUTE ON FUNCTION @extschema@.evaluate(date) FROM PUBLIC;

CREATE FUNCTION @extschema@.evaluate_pupils(pupils bigint[], from_date date, to_date date)
    RETURNS integer
    AS 'MODULE_PATHNAME', 'attendance_evaluate_pupils' LANGUAGE C VOLATILE STRICT
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET enable_seqscan = off SET jit = off;
REVOKE EXECUTE ON FUNCTION @extschema@.evaluate_pupils(bigint[], date, date) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.evaluate_pupils(bigint[], date, date) IS
    'Re-evaluates the given pupils over the school years touched by [from_date, to_date], up to today; returns the number of signals raised. Called by the triggers on what the measures depend on.';

-- What the measures depend on: a change re-evaluates the pupils it affects
-- over the dates it touches (one call per statement, from its transition
-- tables).
CREATE FUNCTION @extschema@.reevaluate_after_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    q text;
    pupils bigint[];
    lo date;
    hi date;
    today date := @extschema@.today();
BEGIN
    -- The rows the statement changed, whatever the event.
    q := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
        WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
        ELSE 'SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows' END;
    IF TG_TABLE_NAME IN ('enrolment', 'exemption', 'reduced_timetable') THEN
        EXECUTE format('SELECT array_agg(DISTINCT pupil_id), min(first_day), max(COALESCE(last_day, %L::date)) FROM (%s) c', today, q)
            INTO pupils, lo, hi;
    ELSIF TG_TABLE_NAME = 'reclassification' THEN
        EXECUTE format('SELECT array_agg(DISTINCT pupil_id), min(from_day), %L::date FROM (%s) c', today, q)
            INTO pupils, lo, hi;
    ELSIF TG_TABLE_NAME = 'duo_report' THEN
        EXECUTE format('SELECT array_agg(DISTINCT pupil_id), min(LEAST(reported_on, COALESCE(period_first, reported_on))), %L::date FROM (%s) c', today, q)
            INTO pupils, lo, hi;
    ELSIF TG_TABLE_NAME = 'school_holiday' THEN
        EXECUTE format('SELECT array_agg(DISTINCT e.pupil_id), min(c.first_day), max(c.last_day)
                        FROM (%s) c JOIN @extschema@.school s ON s.school_id = c.school_id OR s.holiday_region = c.holiday_region
                        JOIN @extschema@.enrolment e ON e.school_id = s.school_id', q)
            INTO pupils, lo, hi;
    ELSIF TG_TABLE_NAME = 'school_day' THEN
        EXECUTE format('SELECT array_agg(DISTINCT e.pupil_id), min(c.day), max(c.day)
                        FROM (%s) c JOIN @extschema@.enrolment e ON e.school_id = c.school_id', q)
            INTO pupils, lo, hi;
    ELSIF TG_TABLE_NAME = 'school_year' THEN
        EXECUTE format('SELECT array_agg(DISTINCT e.pupil_id), make_date(min(c.year), 8, 1), make_date(max(c.year) + 1, 7, 31)
                        FROM (%s) c JOIN @extschema@.enrolment e ON e.school_id = c.school_id', q)
            INTO pupils, lo, hi;
    ELSIF TG_TABLE_NAME = 'school' THEN
        EXECUTE format('SELECT array_agg(DISTINCT e.pupil_id), %L::date, %L::date
                        FROM (%s) c JOIN @extschema@.enrolment e ON e.school_id = c.school_id',
                       (SELECT lower(@extschema@.school_year(today))), today, q)
            INTO pupils, lo, hi;
    ELSIF TG_TABLE_NAME = 'criterion' THEN
        -- A criterion applies from its valid_from; re-evaluate the school year of
        -- that day (at the earliest the current one's predecessor) up to today.
        EXECUTE format('SELECT (SELECT array_agg(pupil_id) FROM @extschema@.pupil), GREATEST(min(valid_from), %L::date), %L::date FROM (%s) c',
                       (SELECT lower(@extschema@.school_year(today)) - 365), today, q)
            INTO pupils, lo, hi;
    END IF;
    IF pupils IS NOT NULL AND lo IS NOT NULL THEN
        PERFORM @extschema@.evaluate_pupils(pupils, lo, LEAST(hi, today));
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.reevaluate_after_change() IS
    'Trigger (AFTER STATEMENT, with transition tables): re-evaluates the pupils a change to enrolments, exemptions, reduced timetables, reclassifications, DUO reports, holidays, lesson hours, loaded years, schools or criteria affects.';

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['enrolment', 'exemption', 'reduced_timetable', 'reclassification',
                             'duo_report', 'school_holiday', 'school_day', 'school_year',
                             'school', 'criterion']
    LOOP
        EXECUTE pg_catalog.format('CREATE TRIGGER reevaluate_insert AFTER INSERT ON @extschema@.%I
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
            EXECUTE FUNCTION @extschema@.reevaluate_after_change()', t);
        EXECUTE pg_catalog.format('CREATE TRIGGER reevaluate_update AFTER UPDATE ON @extschema@.%I
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
            EXECUTE FUNCTION @extschema@.reevaluate_after_change()', t);
        EXECUTE pg_catalog.format('CREATE TRIGGER reevaluate_delete AFTER DELETE ON @extschema@.%I
            REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
            EXECUTE FUNCTION @extschema@.reevaluate_after_change()', t);
    END LOOP;
END
$$;
