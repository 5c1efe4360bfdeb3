
-- src/reports.sql: reports over the registers of src/registers.sql: the
-- quarterly report (DOMAIN 5), the absence overview that accompanies a DUO
-- report (DOMAIN 3, 6), the watch list (early warning, "vroegtijdig
-- signaleren") and the aggregated summary without pupil references for the
-- reporting role (DOMAIN 8.2).  doc/registers.md documents every column.

CREATE FUNCTION @extschema@.quarterly_report(year integer, quarter integer)
    RETURNS TABLE (report_year integer, report_quarter integer, level text, school_id bigint, brin text,
                   school_name text, partnership text, municipality text,
                   thuiszitters_new bigint, thuiszitters_ongoing bigint, thuiszitters_ended bigint,
                   thuiszitters_at_end bigint, over_3_months_at_end bigint,
                   absolute_absence bigint, long_term_new bigint, long_term_at_end bigint)
    LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    q_first date;
    q_last date;
    judged date;
BEGIN
    IF quarter NOT BETWEEN 1 AND 4 OR year NOT BETWEEN 1900 AND 2200 THEN
        RAISE EXCEPTION 'no such quarter: % Q%', year, quarter
            USING ERRCODE = 'VZ032', HINT = 'A quarter is 1 to 4 of a year between 1900 and 2200.';
    END IF;
    q_first := make_date(year, 3 * quarter - 2, 1);
    q_last := (q_first + interval '3 months')::date - 1;
    IF q_first > @extschema@.today() THEN
        RAISE EXCEPTION 'a register is judged on known days only: % Q% starts after today (%)',
            year, quarter, @extschema@.today()
            USING ERRCODE = 'VZ031', HINT = 'attendance.today() is the last day with registrations.';
    END IF;
    judged := LEAST(q_last, @extschema@.today());
    RETURN QUERY
    WITH episode AS (
        SELECT e.* FROM @extschema@.thuiszitter_episodes(q_first, q_last) e
    ), listed AS (
        -- per pupil and school (null for category 1): DOMAIN 5 new, ongoing, ended
        SELECT e.pupil_id, e.school_id,
               bool_or(e.listed_from >= q_first) AS is_new,
               bool_or(e.listed_from <= q_first) AS at_start,
               bool_or(e.listed_to IS NULL) AS at_end,
               bool_or(e.listed_to IS NULL AND judged >= (e.first_day + make_interval(months =>
                   (SELECT r.over_months FROM @extschema@.register_setting r ORDER BY r.shipped LIMIT 1)))::date)
                   AS over_3,
               bool_or(e.category = 1) AS absolute
        FROM episode e GROUP BY e.pupil_id, e.school_id
    ), long_new AS (
        SELECT DISTINCT s.pupil_id, s.school_id FROM @extschema@.signal s
        WHERE s.code = ANY ((SELECT r.long_term_codes FROM @extschema@.register_setting r ORDER BY r.shipped LIMIT 1)::text[])
          AND s.status = 'open' AND s.origin = 'automatic' AND s.crossing_date BETWEEN q_first AND q_last
    ), long_end AS (
        SELECT DISTINCT l.pupil_id, l.school_id FROM @extschema@.long_absence_rows(judged) l
    ), fact AS (
        SELECT l.pupil_id, l.school_id, l.is_new, l.at_start AND l.at_end AS ongoing, NOT l.at_end AS ended,
               l.at_end, l.over_3, l.absolute, false AS lt_new, false AS lt_end FROM listed l
        UNION ALL
        SELECT n.pupil_id, n.school_id, false, false, false, false, false, false, true, false FROM long_new n
        UNION ALL
        SELECT e.pupil_id, e.school_id, false, false, false, false, false, false, false, true FROM long_end e
    )
    SELECT quarterly_report.year, quarterly_report.quarter,
           CASE WHEN GROUPING(s.school_id) = 0 THEN 'school'
                WHEN GROUPING(s.partnership) = 0 THEN 'partnership' ELSE 'municipality' END,
           s.school_id, s.brin, s.name, s.partnership, p.municipality,
           count(DISTINCT f.pupil_id) FILTER (WHERE f.is_new),
           count(DISTINCT f.pupil_id) FILTER (WHERE f.ongoing),
           count(DISTINCT f.pupil_id) FILTER (WHERE f.ended),
           count(DISTINCT f.pupil_id) FILTER (WHERE f.at_end),
           count(DISTINCT f.pupil_id) FILTER (WHERE f.over_3),
           count(DISTINCT f.pupil_id) FILTER (WHERE f.absolute),
           count(DISTINCT f.pupil_id) FILTER (WHERE f.lt_new),
           count(DISTINCT f.pupil_id) FILTER (WHERE f.lt_end)
    FROM fact f
    JOIN @extschema@.pupil p ON p.pupil_id = f.pupil_id
    LEFT JOIN @extschema@.school s ON s.school_id = f.school_id
    GROUP BY GROUPING SETS ((s.school_id, s.brin, s.name, s.partnership, p.municipality),
                            (s.partnership), (p.municipality))
    ORDER BY 3 DESC, s.brin NULLS LAST, s.partnership NULLS LAST, p.municipality NULLS LAST;
END;
$$;
COMMENT ON FUNCTION @extschema@.quarterly_report(integer, integer) IS
    'The quarterly figures (DOMAIN 5; seeds 000 s3 s5, 004 s2.2): per school (with the municipality of residence), per partnership and per municipality of residence, thuiszitters new (first listed in the quarter), ongoing (listed at its start and its end), ended (listed in it, not at its end; new and ended within one quarter counts as both), listed at the end and of those over 3 months, absolute absence (category 1 listed in the quarter), long-term absence crossed in the quarter and listed at its end; on today''s corrected data, judged up to today. VZ032 for a quarter outside 1-4, VZ031 for a quarter starting after today.';

CREATE FUNCTION @extschema@.absence_overview(pupil bigint, from_date date, to_date date)
    RETURNS TABLE (line text, registration_id bigint, brin text, kind text, counts_as text,
                   first_day date, last_day date, schooldays numeric, lesson_hours numeric,
                   occurrences bigint, registered_at timestamptz)
    LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    IF NOT isfinite(from_date) OR NOT isfinite(to_date) OR to_date < from_date THEN
        RAISE EXCEPTION 'period ends before it starts or is not finite: % to %', from_date, to_date
            USING ERRCODE = 'VZ031';
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.pupil p WHERE p.pupil_id = absence_overview.pupil) THEN
        RAISE EXCEPTION 'unknown pupil: %', absence_overview.pupil USING ERRCODE = 'VZ033';
    END IF;
    RETURN QUERY
    WITH day AS (
        SELECT r.registration_id, s.brin, d.kind, r.registered_at, d.day, d.lesson_hours, d.day_fraction,
               k.unit = 'occurrence' AS occurrence
        FROM @extschema@.registration r
        JOIN @extschema@.school s ON s.school_id = r.school_id
        CROSS JOIN LATERAL @extschema@.registration_days(r.registration_id) d
        LEFT JOIN LATERAL (SELECT rk.unit FROM @extschema@.registration_kind rk
                           WHERE rk.code = r.kind ORDER BY rk.shipped LIMIT 1) k ON true
        WHERE r.pupil_id = absence_overview.pupil
          AND r.first_day <= to_date AND (r.last_day IS NULL OR r.last_day >= from_date)
          AND d.day BETWEEN from_date AND to_date
    )
    SELECT CASE WHEN GROUPING(d.registration_id) = 0 THEN 'registration'
                WHEN GROUPING(d.kind) = 0 THEN 'total_kind' ELSE 'total' END,
           d.registration_id, d.brin, d.kind,
           CASE WHEN GROUPING(d.kind) = 0 THEN
               (SELECT rk.counts_as FROM @extschema@.registration_kind rk WHERE rk.code = d.kind
                ORDER BY rk.shipped LIMIT 1) END,
           min(d.day), max(d.day),
           sum(d.day_fraction) FILTER (WHERE NOT d.occurrence),
           sum(d.lesson_hours) FILTER (WHERE NOT d.occurrence),
           count(*) FILTER (WHERE d.occurrence),
           CASE WHEN GROUPING(d.registration_id) = 0 THEN min(d.registered_at) END
    FROM day d
    GROUP BY GROUPING SETS ((d.kind, d.registration_id, d.brin), (d.kind), ())
    ORDER BY GROUPING(d.kind), GROUPING(d.registration_id), min(d.day), d.kind, d.registration_id;
END;
$$;
COMMENT ON FUNCTION @extschema@.absence_overview(bigint, date, date) IS
    'A pupil''s absence over [from_date, to_date], ready to attach to a DUO report (verzuimoverzicht; DOMAIN 3, 6): one line per registration (the part inside the period; a reclassified sick episode as two lines, sick and unauthorised), then a total per kind and a grand total, in school days (partial days as fractions, DOMAIN 4.8) and lesson hours; late arrivals as occurrences. VZ031 for a bad period, VZ033 for an unknown pupil.';

CREATE FUNCTION @extschema@.watch_list(as_of date)
    RETURNS TABLE (pupil_id bigint, reference text, school_id bigint, brin text, school_name text,
                   code text, measure text, measured numeric, watch_from numeric, comparator text,
                   threshold numeric, share_of_threshold numeric, window_first date, role text,
                   action text)
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT w.pupil_id, p.reference, w.school_id, s.brin, s.name, w.code, c.measure, w.measured,
           w.watch_from, c.comparator, c.threshold,
           pg_catalog.round(w.measured OPERATOR(pg_catalog./) c.threshold, 2),
           w.window_first, c.role, c.action
    FROM @extschema@.watch_rows(as_of) w
    JOIN @extschema@.criterion c ON c.criterion_id OPERATOR(pg_catalog.=) w.criterion_id
    JOIN @extschema@.pupil p ON p.pupil_id OPERATOR(pg_catalog.=) w.pupil_id
    JOIN @extschema@.school s ON s.school_id OPERATOR(pg_catalog.=) w.school_id
    ORDER BY s.brin, w.code, w.measured OPERATOR(pg_catalog./) c.threshold DESC, p.reference;
END;
COMMENT ON FUNCTION @extschema@.watch_list(date) IS
    'Early warning ("vroegtijdig signaleren"): pupils whose measure of a reporting criterion (one that files a DUO report, over a rolling window) on as_of has reached the watch level (default 75% of the threshold, attendance.watch_fraction per criterion) but does not pass the threshold; with who would act and what. VZ031 for a date after today.';

------------------------------------------------------------------------------
-- Aggregated, without pupil references (DOMAIN 8.2: reporting)
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.register_summary_as_of(as_of date)
    RETURNS TABLE (register text, category text, municipality text, partnership text, brin text,
                   school_name text, listed bigint, over_3_months bigint, shown_apart bigint)
    LANGUAGE sql STABLE STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT 'thuiszitter', t.category::text, t.municipality, t.partnership, t.brin, t.school_name,
           count(*), count(*) FILTER (WHERE t.over_3_months), 0::bigint
    FROM @extschema@.thuiszitters(as_of) t
    GROUP BY t.category, t.municipality, t.partnership, t.brin, t.school_name
    UNION ALL
    SELECT 'long_absence', l.code, l.municipality, l.partnership, l.brin, l.school_name,
           count(*), 0::bigint, count(*) FILTER (WHERE NOT l.at_risk)
    FROM @extschema@.long_absence(as_of) l
    GROUP BY l.code, l.municipality, l.partnership, l.brin, l.school_name
    UNION ALL
    SELECT 'watch_list', w.code, p.municipality, s.partnership, s.brin, s.name,
           count(DISTINCT w.pupil_id), 0::bigint, 0::bigint
    FROM @extschema@.watch_rows(as_of) w
    JOIN @extschema@.pupil p ON p.pupil_id OPERATOR(pg_catalog.=) w.pupil_id
    JOIN @extschema@.school s ON s.school_id OPERATOR(pg_catalog.=) w.school_id
    GROUP BY w.code, p.municipality, s.partnership, s.brin, s.name
    ORDER BY 1, 2, 3, 5;
END;
-- Counts over every pupil, past the caller's policies: only the roles
-- create_roles() names (SWV, reporting, admin) call it.
REVOKE EXECUTE ON FUNCTION @extschema@.register_summary_as_of(date) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.register_summary_as_of(date) IS
    'The registers on as_of counted per register, category (or criterion code), municipality of residence and school, without any pupil reference, birth date or medical detail (DOMAIN 8.2 "reporting: the registers, aggregated"). SECURITY DEFINER so that the reporting role needs no access to pupil rows: grant it EXECUTE on this function (and SELECT on the view register_summary), and nothing else; EXECUTE is revoked from PUBLIC.';

CREATE VIEW @extschema@.register_summary AS
    SELECT * FROM @extschema@.register_summary_as_of(@extschema@.today());
COMMENT ON VIEW @extschema@.register_summary IS 'The registers as of today, aggregated without pupil references (register_summary_as_of); for the reporting role.';
COMMENT ON COLUMN @extschema@.register_summary.register IS 'thuiszitter, long_absence or watch_list.';
COMMENT ON COLUMN @extschema@.register_summary.category IS 'Thuiszitter category (1 or 2), or the criterion code (long_unauthorised, long_authorised; the watched criterion).';
COMMENT ON COLUMN @extschema@.register_summary.municipality IS 'Municipality of residence of the pupils counted.';
COMMENT ON COLUMN @extschema@.register_summary.partnership IS 'The school''s samenwerkingsverband (null for category 1).';
COMMENT ON COLUMN @extschema@.register_summary.brin IS 'The school''s BRIN code (null for category 1).';
COMMENT ON COLUMN @extschema@.register_summary.school_name IS 'The school''s name.';
COMMENT ON COLUMN @extschema@.register_summary.listed IS 'Number of pupils listed.';
COMMENT ON COLUMN @extschema@.register_summary.over_3_months IS 'Thuiszitters of them listed for more than 3 months since their first day (0 for the other registers).';
COMMENT ON COLUMN @extschema@.register_summary.shown_apart IS 'Long-term absentees of them shown apart (exemption or reduced timetable; 0 for the other registers).';
