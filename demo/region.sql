-- demo/region.sql: a small synthetic region for the demo (tools/demo.sh).
-- Five schools in three holiday regions and five profiles, 300
-- pseudonymous pupils and the first term of 2025-2026 of registrations,
-- all written through the extension's normal triggers.  The holiday dates
-- are INVENTED for the demo ("fictief"); the extension ships none.  The demo
-- creates no objects of its own (every COMMENT ON of the extension is in src/).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS attendance;
RESET client_min_messages;
-- The demo's "today" at the end: the last schooldag before the (invented)
-- Christmas holiday; the term below advances it week by week.
SET attendance.today = '2025-12-19';

INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality, partnership) VALUES
    (1, '90AA', 'Demo Lyceum Rijnland', 'VO', 'holland_rijnland', 'midden', 'Leiden', 'SWV VO Leiden'),
    (2, '90AB', 'Demo College Drechtsteden', 'VO', 'drechtsteden', 'zuid', 'Dordrecht', 'SWV Drechtsteden VO'),
    (3, '90AC', 'Demo Basisschool De Duinen', 'PO', 'sppoh', 'midden', 'Den Haag', 'SPPOH'),
    (4, '90AD', 'Demo Scholengemeenschap Maasland', 'VO', 'rbl_brabant_noordoost', 'zuid', 'Oss', 'SWV VO 30-06'),
    (5, '90AE', 'Demo Basisschool Het Veen', 'PO', 'statutory', 'noord', 'Assen', 'SWV PO Drenthe');

-- Invented holidays per region (fictief), and one school's own study day.
INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day) VALUES
    ('noord',  NULL, 'zomervakantie 2025 (fictief)', '2025-07-12', '2025-08-24'),
    ('midden', NULL, 'zomervakantie 2025 (fictief)', '2025-07-19', '2025-08-31'),
    ('zuid',   NULL, 'zomervakantie 2025 (fictief)', '2025-07-05', '2025-08-17'),
    ('noord',  NULL, 'herfstvakantie (fictief)', '2025-10-11', '2025-10-19'),
    ('midden', NULL, 'herfstvakantie (fictief)', '2025-10-18', '2025-10-26'),
    ('zuid',   NULL, 'herfstvakantie (fictief)', '2025-10-11', '2025-10-19'),
    ('noord',  NULL, 'kerstvakantie (fictief)', '2025-12-20', '2026-01-04'),
    ('midden', NULL, 'kerstvakantie (fictief)', '2025-12-20', '2026-01-04'),
    ('zuid',   NULL, 'kerstvakantie (fictief)', '2025-12-20', '2026-01-04'),
    ('noord',  NULL, 'voorjaarsvakantie (fictief)', '2026-02-14', '2026-02-22'),
    ('midden', NULL, 'voorjaarsvakantie (fictief)', '2026-02-21', '2026-03-01'),
    ('zuid',   NULL, 'voorjaarsvakantie (fictief)', '2026-02-14', '2026-02-22'),
    ('noord',  NULL, 'meivakantie (fictief)', '2026-04-25', '2026-05-03'),
    ('midden', NULL, 'meivakantie (fictief)', '2026-04-25', '2026-05-03'),
    ('zuid',   NULL, 'meivakantie (fictief)', '2026-04-25', '2026-05-03'),
    ('noord',  NULL, 'zomervakantie 2026 (fictief)', '2026-07-04', '2026-07-31'),
    ('midden', NULL, 'zomervakantie 2026 (fictief)', '2026-07-18', '2026-07-31'),
    ('zuid',   NULL, 'zomervakantie 2026 (fictief)', '2026-07-11', '2026-07-31'),
    (NULL, 3, 'studiedag (fictief)', '2025-11-14', '2025-11-14');
-- The PO school ends at noon on Wednesdays of the first term: per-date overrides.
INSERT INTO attendance.school_day (school_id, day, lesson_hours, reason)
SELECT 3, d::date, 3.5, 'woensdagmiddag vrij (fictief)'
FROM pg_catalog.generate_series('2025-09-03'::date, '2025-12-17', '7 days') AS d;
INSERT INTO attendance.school_year (school_id, year) SELECT school_id, 2025 FROM attendance.school;

-- 300 pupils, 60 per school; references only, synthetic birth dates.
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality)
SELECT i, 'DEMO-' || pg_catalog.lpad(i::text, 4, '0'),
       CASE WHEN s.sector = 'PO' THEN date '2014-09-01' + (i * 37) % 2190
            ELSE date '2009-09-01' + (i * 37) % 1460 END,
       s.municipality
FROM pg_catalog.generate_series(1, 300) AS i
JOIN attendance.school s ON s.school_id = (i - 1) / 60 + 1;
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day)
SELECT pupil_id, (pupil_id - 1) / 60 + 1, '2025-08-01' FROM attendance.pupil;

-- The term's registrations, each written in the week it is registered
-- (the Friday of the week its last day falls in; a running episode in the
-- week it starts).  Longer episodes first, for a few pupils each:
CREATE TEMP TABLE demo_episode (pupil_id bigint, kind text, first_day date, last_day date);
INSERT INTO demo_episode
-- a week of flu in November
SELECT pupil_id, 'sick', date '2025-11-03', date '2025-11-07' FROM attendance.pupil WHERE pupil_id % 12 = 0
UNION ALL
-- a pupil who stopped coming (a thuiszitter in the making), registered week by week
SELECT pupil_id, 'unauthorised', w::date, w::date + 4
FROM attendance.pupil, pg_catalog.generate_series(date '2025-11-17', date '2025-12-15', '7 days') AS w
WHERE pupil_id % 50 = 7
UNION ALL
-- a sick episode still running today
SELECT pupil_id, 'sick', '2025-12-08', NULL FROM attendance.pupil WHERE pupil_id % 40 = 3
UNION ALL
-- an early start of the Christmas holiday (luxe verzuim)
SELECT pupil_id, 'luxury', '2025-12-18', '2025-12-19' FROM attendance.pupil WHERE pupil_id % 30 = 11
UNION ALL
-- a three-day suspension
SELECT pupil_id, 'suspension', '2025-10-06', '2025-10-08' FROM attendance.pupil WHERE pupil_id IN (77, 196);
CREATE TEMP TABLE demo_registration AS
SELECT e.pupil_id, (e.pupil_id - 1) / 60 + 1 AS school_id, e.kind, e.first_day, e.last_day,
       NULL::numeric AS lesson_hours
FROM demo_episode e
UNION ALL
-- ... then single days: about one schooldag in twenty, by a fixed hash of pupil and day.
SELECT p.pupil_id, s.school_id, k.kind, d.day, d.day, k.hours
FROM attendance.pupil p
JOIN attendance.school s ON s.school_id = (p.pupil_id - 1) / 60 + 1
CROSS JOIN LATERAL attendance.schooldays(s.school_id, '2025-08-18', '2025-12-19') AS d
CROSS JOIN LATERAL (SELECT ('x' || pg_catalog.substr(pg_catalog.md5(p.pupil_id || ':' || d.day), 1, 7))::bit(28)::integer % 1000 AS r) AS h
CROSS JOIN LATERAL (
    SELECT CASE WHEN h.r < 15 THEN 'sick'
                WHEN h.r < 35 THEN 'late'
                WHEN h.r < 45 THEN 'unauthorised'
                WHEN h.r < 50 THEN 'authorised'
                WHEN h.r < 53 THEN 'unauthorised' END AS kind,
           CASE WHEN h.r >= 35 AND h.r < 45 THEN 1 + h.r % 2
                WHEN h.r >= 45 AND h.r < 50 THEN 2 END::numeric AS hours
) AS k
WHERE k.kind IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM demo_episode x
                  WHERE x.pupil_id = p.pupil_id
                    AND d.day BETWEEN x.first_day AND COALESCE(x.last_day, date '2025-12-19'));

-- A reduced timetable (Variawet, 12 hours a week) from the start of September (DOMAIN 3).
INSERT INTO attendance.reduced_timetable (pupil_id, school_id, category, hours_per_week, opp, status, first_day, last_day)
VALUES (57, 1, 'D', 12, true, 'approved', '2025-09-01', '2026-07-31');

-- The term, week by week: on each Friday ("today" for that week) the
-- schools write the week's registrations, which raise signals and open
-- cases; the daily jobs run (evaluate, close_cases); and the case workers
-- act on the deadlines falling due: three in four on time (the day before
-- the due date) by the event that fulfils it, the rest are left to go
-- overdue.  Every event goes through attendance.apply_event like an
-- application's would; an event the case's state does not allow (yet) is
-- simply not applied.
DO $$
DECLARE
    friday date;
    d record;
    e record;
    acted boolean;
BEGIN
    FOR friday IN SELECT pg_catalog.generate_series(date '2025-08-22', date '2025-12-19', '7 days')::date LOOP
        PERFORM pg_catalog.set_config('attendance.today', friday::text, false);
        INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day, lesson_hours, registered_by)
        SELECT r.pupil_id, r.school_id, r.kind, r.first_day, r.last_day, r.lesson_hours, 'demo'
        FROM demo_registration r
        WHERE COALESCE(r.last_day, r.first_day) BETWEEN friday - 6 AND friday
        ORDER BY r.pupil_id, r.first_day;
        PERFORM attendance.evaluate(friday);
        PERFORM attendance.close_cases(friday);
        FOR d IN
            SELECT dl.deadline_id, dl.case_id, dl.role, dl.done_by,
                   LEAST(friday, GREATEST(dl.anchor_date, dl.due_date - 1)) AS day
            FROM attendance.deadline dl JOIN attendance."case" c ON c.case_id = dl.case_id
            WHERE dl.status = 'open' AND c.status = 'open' AND dl.due_date <= friday + 2
              AND pg_catalog.cardinality(dl.done_by) > 0 AND dl.deadline_id % 4 <> 0
            ORDER BY dl.due_date, dl.deadline_id
        LOOP
            acted := false;
            FOR e IN
                SELECT u.code, ev.records
                FROM pg_catalog.unnest(d.done_by) WITH ORDINALITY AS u(code, n)
                JOIN attendance."case" c ON c.case_id = d.case_id
                JOIN attendance.effective_protocol_event ev ON ev.code = u.code AND (ev.protocol = c.protocol OR ev.protocol IS NULL)
                ORDER BY u.n
            LOOP
                EXIT WHEN acted;
                BEGIN
                    PERFORM attendance.apply_event(d.case_id, e.code, d.role || '-demo', 'demo',
                        (d.day + time '10:00') AT TIME ZONE 'Europe/Amsterdam',
                        COALESCE((SELECT pg_catalog.jsonb_object_agg(k, CASE WHEN k LIKE '%date%' OR k LIKE '%\_on' OR k = 'worrying_since'
                                                                       THEN to_jsonb(d.day) ELSE to_jsonb('demo'::text) END)
                                  FROM pg_catalog.unnest(e.records) AS k), '{}'));
                    acted := true;
                EXCEPTION WHEN SQLSTATE 'VZ020' OR SQLSTATE 'VZ022' OR SQLSTATE 'VZ023' OR SQLSTATE 'VZ024' THEN
                    NULL;
                END;
            END LOOP;
        END LOOP;
    END LOOP;
END
$$;

-- A reclassified sick week (DOMAIN 3).
INSERT INTO attendance.reclassification (pupil_id, registration_id, from_day, requested_by)
SELECT pupil_id, registration_id, '2025-11-05', 'lpa'
FROM attendance.registration WHERE pupil_id = 24 AND kind = 'sick' AND first_day = '2025-11-03';
