
-- src/registration.sql: validation, history and reclassification of
-- registrations (src/registration.c), and what a registration counts.

-- The triggers run with the extension owner's rights and a fixed search_path,
-- so that validation and evaluation see all of a pupil's rows whatever the
-- writer may see, and the writer cannot write history or signals directly.
-- enable_seqscan = off: their per-pupil queries all have an index, and their
-- plans are cached; statistics taken while a table was empty (registrations
-- and signals grow during a COPY) must not fix a scan of the whole table for
-- every pupil.  jit = off: the cost that setting puts on the few scans that
-- remain (small reference tables, read when the configuration is reread)
-- would otherwise switch JIT compilation on for them.
CREATE FUNCTION @extschema@.registration_write() RETURNS trigger
    AS 'MODULE_PATHNAME', 'attendance_registration_write' LANGUAGE C
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET enable_seqscan = off SET jit = off;
COMMENT ON FUNCTION @extschema@.registration_write() IS
    'Trigger (AFTER STATEMENT, with transition tables): validates the written registrations per pupil (DOMAIN 3) and appends every version to registration_history.';

CREATE FUNCTION @extschema@.append_only() RETURNS trigger
    AS 'MODULE_PATHNAME', 'attendance_append_only' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.append_only() IS
    'Trigger: refuses UPDATE, DELETE and TRUNCATE on append-only tables; with argument keeps_history, refuses TRUNCATE of registration.';

CREATE FUNCTION @extschema@.reclassification_check() RETURNS trigger
    AS 'MODULE_PATHNAME', 'attendance_reclassification_check' LANGUAGE C
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET enable_seqscan = off SET jit = off;
COMMENT ON FUNCTION @extschema@.reclassification_check() IS
    'Trigger (BEFORE INSERT): a reclassification splits a sick registration of the same pupil from a day within it (DOMAIN 3).';

CREATE TRIGGER registration_insert AFTER INSERT ON @extschema@.registration
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registration_write();
CREATE TRIGGER registration_update AFTER UPDATE ON @extschema@.registration
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registration_write();
CREATE TRIGGER registration_delete AFTER DELETE ON @extschema@.registration
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registration_write();
CREATE TRIGGER registration_truncate BEFORE TRUNCATE ON @extschema@.registration
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.append_only('keeps_history');

CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON @extschema@.registration_history
    FOR EACH ROW EXECUTE FUNCTION @extschema@.append_only();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON @extschema@.registration_history
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.append_only();

CREATE TRIGGER reclassification_check BEFORE INSERT ON @extschema@.reclassification
    FOR EACH ROW EXECUTE FUNCTION @extschema@.reclassification_check();
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON @extschema@.reclassification
    FOR EACH ROW EXECUTE FUNCTION @extschema@.append_only();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON @extschema@.reclassification
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.append_only();

CREATE FUNCTION @extschema@.registration_days(registration bigint)
    RETURNS TABLE (day date, kind text, lesson_hours numeric, day_fraction numeric)
    AS 'MODULE_PATHNAME', 'attendance_registration_days'
    LANGUAGE C STABLE STRICT PARALLEL SAFE SET enable_seqscan = off SET jit = off;
COMMENT ON FUNCTION @extschema@.registration_days(bigint) IS
    'The schooldagen a registration covers: the kind it counts as that day (unauthorised from a reclassification on), its lesson hours and the fraction of the pupil''s school day (DOMAIN 2, 3, 4.8). A running registration counts up to today; a late arrival yields its day with 0 hours.';

CREATE VIEW @extschema@.registration_extent AS
SELECT r.registration_id, r.pupil_id, r.school_id, d.kind,
       pg_catalog.count(d.day) AS schooldays,
       pg_catalog.sum(d.day_fraction) AS days,
       pg_catalog.sum(d.lesson_hours) AS lesson_hours,
       pg_catalog.min(d.day) AS first_schooldag,
       pg_catalog.max(d.day) AS last_schooldag
FROM @extschema@.registration r
CROSS JOIN LATERAL @extschema@.registration_days(r.registration_id) d
GROUP BY r.registration_id, r.pupil_id, r.school_id, d.kind;
COMMENT ON VIEW @extschema@.registration_extent IS
    'What each registration counts, per kind it counts as (a reclassified sick episode has a sick and an unauthorised row): schooldagen touched, days (partial days as fractions), lesson hours.';
COMMENT ON COLUMN @extschema@.registration_extent.registration_id IS 'The registration.';
COMMENT ON COLUMN @extschema@.registration_extent.pupil_id IS 'The pupil.';
COMMENT ON COLUMN @extschema@.registration_extent.school_id IS 'The school.';
COMMENT ON COLUMN @extschema@.registration_extent.kind IS 'The kind the days count as.';
COMMENT ON COLUMN @extschema@.registration_extent.schooldays IS 'Schooldagen touched (a partial day counts 1).';
COMMENT ON COLUMN @extschema@.registration_extent.days IS 'School days absent: a partial day counts as its hours over the day''s hours (DOMAIN 4.8).';
COMMENT ON COLUMN @extschema@.registration_extent.lesson_hours IS 'Lesson hours absent (0 for late arrivals).';
COMMENT ON COLUMN @extschema@.registration_extent.first_schooldag IS 'First schooldag counted.';
COMMENT ON COLUMN @extschema@.registration_extent.last_schooldag IS 'Last schooldag counted (today for a running registration).';
