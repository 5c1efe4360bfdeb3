
-- src/registers.sql: the registers and reports of DOMAIN 5: thuiszitters,
-- long-term absence, the quarterly report, the absence overview for a DUO
-- report, the watch list, and an aggregated summary without pupil
-- references (DOMAIN 8.2 "reporting: the registers, aggregated").  The
-- counting is in C (src/thuiszitters.c, src/long_absence.c,
-- src/register_data.c); doc/registers.md documents every column, the
-- Decisions and which index serves which query.

------------------------------------------------------------------------------
-- Settings as data (Decisions of DOMAIN 4.7, 4.8, 5)
------------------------------------------------------------------------------

CREATE TABLE @extschema@.register_setting (
    shipped             boolean PRIMARY KEY DEFAULT false,
    thuiszitter_kinds   text[] NOT NULL CHECK (pg_catalog.cardinality(thuiszitter_kinds) > 0),
    thuiszitter_day     integer NOT NULL CHECK (thuiszitter_day >= 1),
    over_months         integer NOT NULL CHECK (over_months >= 1),
    long_term_codes     text[] NOT NULL,
    watch_fraction      numeric NOT NULL CHECK (watch_fraction > 0 AND watch_fraction < 1)
);
COMMENT ON TABLE @extschema@.register_setting IS
    'Settings of the registers (DOMAIN 5): the shipped row, and at most one user row (shipped = false) that replaces it.';
COMMENT ON COLUMN @extschema@.register_setting.shipped IS 'True for the row shipped by the extension (never edited); a user row (false) takes precedence.';
COMMENT ON COLUMN @extschema@.register_setting.thuiszitter_kinds IS 'Kinds whose whole-day absence makes a run of thuiszitter category 2 (Decision: unauthorised, luxury; a reclassified sick day counts as unauthorised).';
COMMENT ON COLUMN @extschema@.register_setting.thuiszitter_day IS 'The day of the run from which a pupil is listed (Decision: 29, "more than four weeks", DOMAIN 4.8).';
COMMENT ON COLUMN @extschema@.register_setting.over_months IS 'Calendar months after the first day from which a thuiszitter is flagged (3: "geen kind langer dan 3 maanden thuis", seed 003; DOMAIN 4.8).';
COMMENT ON COLUMN @extschema@.register_setting.long_term_codes IS 'Criterion codes whose signals make the long-term absence register (long_unauthorised, long_authorised; DOMAIN 4.1, 5).';
COMMENT ON COLUMN @extschema@.register_setting.watch_fraction IS 'Default share of a reporting threshold at which a pupil enters the watch list (0.75); attendance.watch_fraction overrides it per criterion.';
CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.register_setting
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_shipped();
CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON @extschema@.register_setting
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.protect_shipped();
INSERT INTO @extschema@.register_setting
    (shipped, thuiszitter_kinds, thuiszitter_day, over_months, long_term_codes, watch_fraction)
VALUES (true, '{unauthorised,luxury}', 29, 3, '{long_unauthorised,long_authorised}', 0.75);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.register_setting', 'WHERE NOT shipped');

CREATE TABLE @extschema@.watch_fraction (
    code        text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    fraction    numeric NOT NULL CHECK (fraction > 0 AND fraction < 1)
);
COMMENT ON TABLE @extschema@.watch_fraction IS
    'Per criterion code, the share of its threshold at which a pupil enters the watch list, instead of register_setting.watch_fraction.';
COMMENT ON COLUMN @extschema@.watch_fraction.code IS 'Criterion code (e.g. statutory_16h_4w).';
COMMENT ON COLUMN @extschema@.watch_fraction.fraction IS 'Share of the threshold, between 0 and 1 (0.5: from 8 of 16 hours).';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.watch_fraction', '');

CREATE TABLE @extschema@.register_event (
    event       text NOT NULL,
    records     text NOT NULL CHECK (records IN ('opp', 'meldpunt')),
    shipped     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (event, records)
);
COMMENT ON TABLE @extschema@.register_event IS
    'Case events that the thuiszitter register reads as an OPP drawn up or a registration at the Meldpunt Thuiszitters (DOMAIN 5; seed 004 Stap 5a, 7).';
COMMENT ON COLUMN @extschema@.register_event.event IS 'Event code of a protocol (protocol_event.code).';
COMMENT ON COLUMN @extschema@.register_event.records IS 'opp (an OPP exists from the event on) or meldpunt (the date of registration at the Meldpunt).';
COMMENT ON COLUMN @extschema@.register_event.shipped IS 'True for rows shipped by the extension; never edited or dumped.';
CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.register_event
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_shipped();
CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON @extschema@.register_event
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.protect_shipped();
INSERT INTO @extschema@.register_event (event, records, shipped) VALUES
    ('opp_started', 'opp', true),           -- step_plan_drechtsteden, 004 Stap 5a
    ('opp_recorded', 'opp', true),          -- exemption_5a, 004 Stap 5d
    ('meldpunt_registered', 'opp', true),   -- the Meldpunt requires the OPP (004 Stap 5a)
    ('meldpunt_registered', 'meldpunt', true);  -- step_plan_drechtsteden, 004 Stap 7
SELECT pg_catalog.pg_extension_config_dump('@extschema@.register_event', 'WHERE NOT shipped');

------------------------------------------------------------------------------
-- Indexes the registers find their candidates through (doc/registers.md)
------------------------------------------------------------------------------

-- Whole-day registrations covering a day: runs still going (thuiszitters).
-- LEAST keeps the expression defined for a row that ends before it starts,
-- which the validation trigger refuses after the index is written (VZ001).
CREATE INDEX registration_span ON @extschema@.registration
    USING gist (pg_catalog.daterange(LEAST(first_day, last_day), last_day, '[]')) WHERE lesson_hours IS NULL;
-- Registrations of some kinds ending on or after a day, or running.
CREATE INDEX registration_kind_last_day ON @extschema@.registration (kind, last_day);
-- Open automatic signals of a criterion crossed up to a day (long-term
-- register, report).  Only automatic ones: the engine's per-pupil read of
-- its open signals (automatic, or manual doubt) must not be able to use it,
-- or with stale statistics it scans every open signal for each pupil.
CREATE INDEX signal_code_crossing ON @extschema@.signal (code, crossing_date)
    WHERE status = 'open' AND origin = 'automatic';

------------------------------------------------------------------------------
-- The counting, in C
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.thuiszitter_episodes(from_date date, to_date date)
    RETURNS TABLE (pupil_id bigint, school_id bigint, category integer, first_day date,
                   listed_from date, listed_to date, days integer)
    AS 'MODULE_PATHNAME', 'attendance_thuiszitter_episodes'
    LANGUAGE C STABLE STRICT PARALLEL SAFE SET jit = off SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION @extschema@.thuiszitter_episodes(date, date) IS
    'Every stretch in which a pupil is on the thuiszitter register that reaches into [from_date, to_date], judged up to today: school (null for category 1), category, first day of the absence, first and last day listed (null while still listed on to_date), days counted by then (DOMAIN 5, 4.8). VZ031 for a period that ends before it starts or starts after today.';

CREATE FUNCTION @extschema@.long_absence_rows(as_of date)
    RETURNS TABLE (pupil_id bigint, school_id bigint, signal_id bigint, code text, share numeric,
                   absent_hours numeric, school_hours numeric, first_day date, threshold numeric)
    AS 'MODULE_PATHNAME', 'attendance_long_absence_rows'
    LANGUAGE C STABLE STRICT PARALLEL SAFE SET jit = off SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION @extschema@.long_absence_rows(date) IS
    'The pupils whose open long-term signal (register_setting.long_term_codes) was crossed by as_of and whose share of school time absent over the criterion''s window still passes its threshold on as_of; the counting behind attendance.long_absence.';

CREATE FUNCTION @extschema@.watched_criterion(as_of date)
    RETURNS TABLE (school_id bigint, criterion_id bigint, code text, kinds text[], measure text,
                   window_kind text, window_size integer, comparator text, threshold numeric,
                   fraction numeric)
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    WITH RECURSIVE chain AS (
        SELECT s.school_id, s.profile, 0 AS depth FROM @extschema@.school s
        UNION ALL
        SELECT c.school_id, p.based_on, c.depth OPERATOR(pg_catalog.+) 1
        FROM chain c JOIN @extschema@.profile p ON p.code OPERATOR(pg_catalog.=) c.profile
        WHERE p.based_on IS NOT NULL
    ), version AS (
        SELECT DISTINCT ON (v.profile, v.code) v.*
        FROM @extschema@.criterion v
        WHERE v.valid_from OPERATOR(pg_catalog.<=) as_of
        ORDER BY v.profile, v.code, v.valid_from DESC, v.shipped
    ), own AS (
        SELECT DISTINCT ON (ch.school_id, v.code) ch.school_id, v.*
        FROM chain ch JOIN version v ON v.profile OPERATOR(pg_catalog.=) ch.profile
        ORDER BY ch.school_id, v.code, ch.depth
    ), applying AS (
        SELECT * FROM own
        UNION ALL
        SELECT s.school_id, v.*
        FROM @extschema@.school s CROSS JOIN version v
        WHERE v.profile IS NULL
          AND NOT EXISTS (SELECT FROM own o WHERE o.school_id OPERATOR(pg_catalog.=) s.school_id
                          AND (o.code OPERATOR(pg_catalog.=) v.code OR o.replaces OPERATOR(pg_catalog.=) v.code))
    )
    SELECT a.school_id, a.criterion_id, a.code, a.kinds, a.measure, a.window_kind, a.window_size,
           a.comparator, a.threshold,
           COALESCE((SELECT w.fraction FROM @extschema@.watch_fraction w WHERE w.code OPERATOR(pg_catalog.=) a.code),
                    (SELECT r.watch_fraction FROM @extschema@.register_setting r ORDER BY r.shipped LIMIT 1))
    FROM applying a JOIN @extschema@.school s ON s.school_id OPERATOR(pg_catalog.=) a.school_id
    WHERE a.enabled AND a.duo_report_kind IS NOT NULL
      AND a.measure OPERATOR(pg_catalog.=) ANY ('{hours,days,count,share}'::text[])
      AND a.window_kind OPERATOR(pg_catalog.=) ANY ('{weeks,schoolweeks,schooldays}'::text[])
      AND (a.sectors IS NULL OR s.sector OPERATOR(pg_catalog.=) ANY (a.sectors));
END;
COMMENT ON FUNCTION @extschema@.watched_criterion(date) IS
    'Per school, the reporting criteria the watch list watches on as_of: in force (newest version, a user row over a shipped one, the school''s profile chain over statutory criteria it restates or replaces), enabled, filing a DUO report, measuring hours, days, a count or a share over a rolling window; with the watch fraction.';

CREATE FUNCTION @extschema@.watch_rows(as_of date)
    RETURNS TABLE (pupil_id bigint, school_id bigint, criterion_id bigint, code text, measured numeric,
                   absent_hours numeric, school_hours numeric, window_first date, watch_from numeric)
    AS 'MODULE_PATHNAME', 'attendance_watch_rows'
    LANGUAGE C STABLE STRICT PARALLEL SAFE SET jit = off SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION @extschema@.watch_rows(date) IS
    'The pupils whose measure of a watched criterion on as_of has reached the watch level without passing the threshold; the counting behind attendance.watch_list.';

------------------------------------------------------------------------------
-- Case facts the registers show
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.register_case(pupil bigint, as_of date, signal bigint DEFAULT NULL)
    RETURNS TABLE (case_id bigint, protocol text, state text, regisseur_role text,
                   regisseur_person text, bpo text, opp boolean, meldpunt_on date)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH open_case AS (
        SELECT c.* FROM @extschema@."case" c
        WHERE c.pupil_id OPERATOR(pg_catalog.=) pupil
          AND c.opened_on OPERATOR(pg_catalog.<=) as_of
          AND (c.closed_on IS NULL OR c.closed_on OPERATOR(pg_catalog.>) as_of)
    ), facts AS (
        SELECT e.event_id, e.on_day, r.records
        FROM @extschema@."case" c
        JOIN @extschema@.case_event e ON e.case_id OPERATOR(pg_catalog.=) c.case_id
        JOIN @extschema@.register_event r ON r.event OPERATOR(pg_catalog.=) e.event
        WHERE c.pupil_id OPERATOR(pg_catalog.=) pupil AND e.on_day OPERATOR(pg_catalog.<=) as_of
          AND NOT EXISTS (SELECT FROM @extschema@.case_event v WHERE v.revokes OPERATOR(pg_catalog.=) e.event_id)
    )
    SELECT o.case_id, o.protocol, o.state, o.regisseur_role, o.regisseur_person,
           (SELECT p.person FROM open_case c2 JOIN @extschema@.case_participant p
                ON p.case_id OPERATOR(pg_catalog.=) c2.case_id
            WHERE p.role OPERATOR(pg_catalog.=) 'bpo' ORDER BY c2.opened_on DESC LIMIT 1),
           EXISTS (SELECT FROM facts f WHERE f.records OPERATOR(pg_catalog.=) 'opp')
             OR EXISTS (SELECT FROM @extschema@.reduced_timetable t
                        WHERE t.pupil_id OPERATOR(pg_catalog.=) pupil AND t.opp
                          AND t.status OPERATOR(pg_catalog.<>) 'drafted'
                          AND t.first_day OPERATOR(pg_catalog.<=) as_of),
           (SELECT pg_catalog.min(f.on_day) FROM facts f WHERE f.records OPERATOR(pg_catalog.=) 'meldpunt')
    FROM (SELECT NULL::bigint AS dummy) AS one
    LEFT JOIN LATERAL (
        SELECT c.* FROM open_case c
        ORDER BY (signal IS NOT NULL AND EXISTS (
                      SELECT FROM @extschema@.case_signal s
                      WHERE s.case_id OPERATOR(pg_catalog.=) c.case_id
                        AND s.signal_id OPERATOR(pg_catalog.=) signal)) DESC,
                 (SELECT pg_catalog.max(e.event_id) FROM @extschema@.case_event e
                  WHERE e.case_id OPERATOR(pg_catalog.=) c.case_id
                    AND e.on_day OPERATOR(pg_catalog.<=) as_of) DESC NULLS LAST,
                 c.case_id DESC
        LIMIT 1) o ON true;
END;
COMMENT ON FUNCTION @extschema@.register_case(bigint, date, bigint) IS
    'What the registers show of a pupil''s cases on as_of: the case open that day (the one the given signal opened or joined, else the one most recently acted on) with its protocol, state and regisseur; the BPO-er (participant role bpo) of the pupil''s open cases; whether an OPP exists (an event of register_event ''opp'', or a reduced timetable with an OPP); the first Meldpunt registration date.';

------------------------------------------------------------------------------
-- Thuiszitter register (DOMAIN 5)
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.thuiszitters(as_of date)
    RETURNS TABLE (pupil_id bigint, reference text, category integer, school_id bigint, brin text,
                   school_name text, partnership text, municipality text, first_day date,
                   listed_since date, days integer, weeks numeric, over_3_months boolean,
                   case_id bigint, protocol text, case_state text, regisseur_role text,
                   regisseur_person text, bpo text, opp boolean, meldpunt_registered_on date)
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT e.pupil_id, p.reference, e.category, e.school_id, s.brin, s.name, s.partnership,
           p.municipality, e.first_day, e.listed_from, e.days,
           pg_catalog.trunc(e.days::numeric OPERATOR(pg_catalog./) 7, 1),
           as_of OPERATOR(pg_catalog.>=) (e.first_day OPERATOR(pg_catalog.+)
               pg_catalog.make_interval(months => (SELECT r.over_months FROM @extschema@.register_setting r
                                                    ORDER BY r.shipped LIMIT 1)))::date,
           c.case_id, c.protocol, c.state, c.regisseur_role, c.regisseur_person, c.bpo, c.opp,
           c.meldpunt_on
    FROM @extschema@.thuiszitter_episodes(as_of, as_of) e
    JOIN @extschema@.pupil p ON p.pupil_id OPERATOR(pg_catalog.=) e.pupil_id
    LEFT JOIN @extschema@.school s ON s.school_id OPERATOR(pg_catalog.=) e.school_id
    CROSS JOIN LATERAL @extschema@.register_case(e.pupil_id, as_of) c
    WHERE e.listed_to IS NULL
    ORDER BY e.category, s.brin, e.first_day, p.reference;
END;
COMMENT ON FUNCTION @extschema@.thuiszitters(date) IS
    'The thuiszitter register on as_of (DOMAIN 5; doc/registers.md): category 1 (of compulsory or qualification age, enrolled nowhere, not exempt) and category 2 (enrolled, a run of unauthorised absence that reached day 29), with school, first day, duration, the 3-month flag, the open case and its regisseur, OPP, BPO-er and Meldpunt date. VZ031 for a date after today.';

CREATE VIEW @extschema@.thuiszitter_register AS
    SELECT * FROM @extschema@.thuiszitters(@extschema@.today());
COMMENT ON VIEW @extschema@.thuiszitter_register IS 'The thuiszitter register as of today (attendance.today()); columns as attendance.thuiszitters.';
COMMENT ON COLUMN @extschema@.thuiszitter_register.pupil_id IS 'The pupil.';
COMMENT ON COLUMN @extschema@.thuiszitter_register.reference IS 'The pupil''s pseudonymous reference.';
COMMENT ON COLUMN @extschema@.thuiszitter_register.category IS '1: not enrolled and not exempt (absolute absence); 2: enrolled, more than four weeks without valid reason in no education (DOMAIN 5).';
COMMENT ON COLUMN @extschema@.thuiszitter_register.school_id IS 'The school enrolled at (category 2); null for category 1.';
COMMENT ON COLUMN @extschema@.thuiszitter_register.brin IS 'The school''s BRIN code.';
COMMENT ON COLUMN @extschema@.thuiszitter_register.school_name IS 'The school''s name.';
COMMENT ON COLUMN @extschema@.thuiszitter_register.partnership IS 'The school''s samenwerkingsverband.';
COMMENT ON COLUMN @extschema@.thuiszitter_register.municipality IS 'The pupil''s municipality of residence (responsible for compulsory education).';
COMMENT ON COLUMN @extschema@.thuiszitter_register.first_day IS 'First day: of the run of unauthorised absence (category 2), or of the stretch enrolled nowhere (category 1).';
COMMENT ON COLUMN @extschema@.thuiszitter_register.listed_since IS 'First day listed: day 29 of the run (category 2), the first day (category 1).';
COMMENT ON COLUMN @extschema@.thuiszitter_register.days IS 'Days counted from the first day up to today: category 2 without weeks that hold no unauthorised schooldag and without excused schooldagen (DOMAIN 4.8); category 1 calendar days.';
COMMENT ON COLUMN @extschema@.thuiszitter_register.weeks IS 'Duration in weeks: days / 7, one decimal, rounded down.';
COMMENT ON COLUMN @extschema@.thuiszitter_register.over_3_months IS 'Today is on or after first_day plus 3 calendar months (register_setting.over_months; seed 003 "geen kind langer dan 3 maanden thuis").';
COMMENT ON COLUMN @extschema@.thuiszitter_register.case_id IS 'The pupil''s case open today that was most recently acted on (its latest event), if any.';
COMMENT ON COLUMN @extschema@.thuiszitter_register.protocol IS 'The protocol of that case.';
COMMENT ON COLUMN @extschema@.thuiszitter_register.case_state IS 'Its state.';
COMMENT ON COLUMN @extschema@.thuiszitter_register.regisseur_role IS 'The role holding the regie of that case.';
COMMENT ON COLUMN @extschema@.thuiszitter_register.regisseur_person IS 'The person holding it, when named.';
COMMENT ON COLUMN @extschema@.thuiszitter_register.bpo IS 'The BPO-er: the person in role bpo of the pupil''s open cases.';
COMMENT ON COLUMN @extschema@.thuiszitter_register.opp IS 'An OPP is present: an event of register_event ''opp'' (opp_started, opp_recorded, meldpunt_registered) up to today, or a reduced timetable based on an OPP (004 Stap 5a).';
COMMENT ON COLUMN @extschema@.thuiszitter_register.meldpunt_registered_on IS 'Day of the first registration at the Meldpunt Thuiszitters (event meldpunt_registered; 004 Stap 7), if any.';

------------------------------------------------------------------------------
-- Long-term absence register (DOMAIN 5; seed 000 s5, s7)
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.long_absence(as_of date)
    RETURNS TABLE (pupil_id bigint, reference text, school_id bigint, brin text, school_name text,
                   partnership text, municipality text, code text, share numeric, absent_hours numeric,
                   school_hours numeric, first_day date, weeks numeric, signal_id bigint,
                   case_id bigint, protocol text, case_state text, regisseur_role text,
                   shown_apart text, at_risk boolean)
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT l.pupil_id, p.reference, l.school_id, s.brin, s.name, s.partnership, p.municipality,
           l.code, l.share, l.absent_hours, l.school_hours, f.first_day,
           pg_catalog.trunc(((as_of OPERATOR(pg_catalog.-) f.first_day) OPERATOR(pg_catalog.+) 1)::numeric
                            OPERATOR(pg_catalog./) 7, 1),
           l.signal_id, c.case_id, c.protocol, c.state, c.regisseur_role, a.apart, a.apart IS NULL
    FROM @extschema@.long_absence_rows(as_of) l
    JOIN @extschema@.pupil p ON p.pupil_id OPERATOR(pg_catalog.=) l.pupil_id
    JOIN @extschema@.school s ON s.school_id OPERATOR(pg_catalog.=) l.school_id
    CROSS JOIN LATERAL (SELECT COALESCE(pg_catalog.min(r.first_day), l.first_day) AS first_day
        FROM @extschema@.signal g JOIN @extschema@.registration r
          ON r.registration_id OPERATOR(pg_catalog.=) ANY (g.evidence)
        WHERE g.signal_id OPERATOR(pg_catalog.=) l.signal_id) f
    CROSS JOIN LATERAL @extschema@.register_case(l.pupil_id, as_of, l.signal_id) c
    CROSS JOIN LATERAL (SELECT CASE
        WHEN EXISTS (SELECT FROM @extschema@.exemption x
                     WHERE x.pupil_id OPERATOR(pg_catalog.=) l.pupil_id
                       AND x.first_day OPERATOR(pg_catalog.<=) as_of
                       AND (x.last_day IS NULL OR x.last_day OPERATOR(pg_catalog.>=) as_of))
            THEN 'exemption'
        WHEN EXISTS (SELECT FROM @extschema@.reduced_timetable t
                     WHERE t.pupil_id OPERATOR(pg_catalog.=) l.pupil_id
                       AND t.status OPERATOR(pg_catalog.<>) 'drafted'
                       AND t.first_day OPERATOR(pg_catalog.<=) as_of
                       AND t.last_day OPERATOR(pg_catalog.>=) as_of
                       AND (t.closed_on IS NULL OR t.closed_on OPERATOR(pg_catalog.>) as_of))
            THEN 'reduced_timetable'
        END AS apart) a
    ORDER BY a.apart IS NOT NULL, s.brin, l.code, f.first_day, p.reference;
END;
COMMENT ON FUNCTION @extschema@.long_absence(date) IS
    'The long-term absence register on as_of (DOMAIN 5): pupils with long_unauthorised or long_authorised whose share of school time absent still passes the threshold; share, first day, weeks, signal and case; pupils with an exemption or on a reduced timetable (ingroeiprogramma) shown apart (seed 000 s7). VZ031 for a date after today.';

CREATE VIEW @extschema@.long_absence_register AS
    SELECT * FROM @extschema@.long_absence(@extschema@.today());
COMMENT ON VIEW @extschema@.long_absence_register IS 'The long-term absence register as of today (attendance.today()); columns as attendance.long_absence.';
COMMENT ON COLUMN @extschema@.long_absence_register.pupil_id IS 'The pupil.';
COMMENT ON COLUMN @extschema@.long_absence_register.reference IS 'The pupil''s pseudonymous reference.';
COMMENT ON COLUMN @extschema@.long_absence_register.school_id IS 'The school whose registrations crossed.';
COMMENT ON COLUMN @extschema@.long_absence_register.brin IS 'The school''s BRIN code.';
COMMENT ON COLUMN @extschema@.long_absence_register.school_name IS 'The school''s name.';
COMMENT ON COLUMN @extschema@.long_absence_register.partnership IS 'The school''s samenwerkingsverband.';
COMMENT ON COLUMN @extschema@.long_absence_register.municipality IS 'The pupil''s municipality of residence.';
COMMENT ON COLUMN @extschema@.long_absence_register.code IS 'long_unauthorised (langdurig relatief verzuim, > 90% unauthorised) or long_authorised (> 50% authorised absent).';
COMMENT ON COLUMN @extschema@.long_absence_register.share IS 'Share of the pupil''s school time absent (of the criterion''s kinds) over the criterion''s window ending today (21 schooldagen).';
COMMENT ON COLUMN @extschema@.long_absence_register.absent_hours IS 'Lesson hours absent in that window.';
COMMENT ON COLUMN @extschema@.long_absence_register.school_hours IS 'The pupil''s lesson hours in that window (reduced timetable included).';
COMMENT ON COLUMN @extschema@.long_absence_register.first_day IS 'First day of the long absence: the first day of the registrations that made the signal cross (its evidence), else of the window measured at the crossing.';
COMMENT ON COLUMN @extschema@.long_absence_register.weeks IS 'Calendar weeks from the first day to today, one decimal, rounded down.';
COMMENT ON COLUMN @extschema@.long_absence_register.signal_id IS 'The signal of the crossing.';
COMMENT ON COLUMN @extschema@.long_absence_register.case_id IS 'The case that signal opened or joined, if open; else the pupil''s open case most recently acted on.';
COMMENT ON COLUMN @extschema@.long_absence_register.protocol IS 'The protocol of that case.';
COMMENT ON COLUMN @extschema@.long_absence_register.case_state IS 'Its state.';
COMMENT ON COLUMN @extschema@.long_absence_register.regisseur_role IS 'The role holding the regie of that case.';
COMMENT ON COLUMN @extschema@.long_absence_register.shown_apart IS 'exemption (an exemption runs today) or reduced_timetable (a reduced timetable, the ingroeiprogramma, runs today): shown apart, not as risk (seed 000 s7); null otherwise.';
COMMENT ON COLUMN @extschema@.long_absence_register.at_risk IS 'True unless shown apart.';
