-- bench/generate_region.sql: a synthetic region of N pupils with a school
-- year of registrations, loaded through the extension's normal triggers
-- (validation, history, criteria evaluation, signals, cases: nothing is
-- bypassed).  Run by bench/registers_bench.sh; by hand, on an empty database:
--
--     psql -v pupils=10000 -v seed=1 -v load_date=2026-07-02 -f bench/generate_region.sql
--
-- pupils (100000), seed (1) and load_date (2026-07-02, a Thursday: the last
-- day registered) are optional.  The same (pupils, seed, load_date) gives
-- the same region, row for row: every random choice is a hash of the seed,
-- the pupil and what is chosen (gen.u), not a random() sequence.
--
-- The region (everything synthetic and pseudonymous: references, no names;
-- holidays invented, "fictief": bench/holidays.sql, 2026-2027 below;
-- school years 2025 and 2026 loaded; municipalities and
-- partnerships invented):
--   * PO schools of about 250 pupils and VO schools of about 1,000 (60 % of
--     the pupils in PO), spread over the three holiday regions; profiles:
--     noord statutory; midden holland_rijnland, alphen_nieuwkoop, sppoh;
--     zuid rbl_brabant_noordoost (PO and VO) and drechtsteden (VO).
--   * Every enrolled pupil: about 9 registrations over the school year (a
--     schooldag has, by a hash of pupil and day: a sick episode of 1-4
--     schooldagen 1 %, late 1.8 %, 1-3 unauthorised hours 0.5 %, an
--     unauthorised day 0.12 %, 2 authorised hours 0.4 %, a suspension
--     0.02 %; 4 % of pupils are truants (five times the unauthorised and
--     late rates), 10 % often sick (twice the sick rate); a luxury day on
--     3 % of the last schooldagen before a holiday).
--   * Cohorts, per 100,000 pupils: 300 who stop coming (unauthorised whole
--     days for 3-24 weeks from a day in the year, registered week by week,
--     the last open (still running) if it reaches the load date: category 2
--     thuiszitters and long_unauthorised once past four weeks); 150 long
--     sick (4-14 weeks: long_authorised); 50 on an approved reduced
--     timetable (OPP) from a day in the year, also long sick (shown apart);
--     80 enrolled nowhere all year (a third of them exempt, 5 onder a; the
--     others category 1 while of compulsory age); 100 deregistered mid-year
--     and enrolled nowhere since (category 1 from then); 50 exempt
--     (5 onder a) mid-year, their enrolment ended the day before.
--
-- Loading, as a school year happens: schools, holidays and loaded year
-- first; pupils; enrolments from the first day with today = 2025-08-31;
-- then month by month, with attendance.today the month's last day (the
-- load date for the last month), the month's registrations (each in the
-- month of its last day; a running one in the month of its first),
-- deregistrations, exemptions and reduced timetables, each as an ordinary
-- statement, followed by attendance.close_cases and an ANALYZE of the tables
-- that grew (the nightly maintenance); last, attendance.evaluate
-- as of the load date.  gen.phase records how long each step took.
\set ON_ERROR_STOP on
\if :{?pupils}
\else
\set pupils 100000
\endif
\if :{?seed}
\else
\set seed 1
\endif
\if :{?load_date}
\else
\set load_date 2026-07-02
\endif
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2025-08-31';

CREATE SCHEMA gen;
CREATE TABLE gen.setting AS
SELECT :pupils::integer AS pupils, :seed::bigint AS seed, :'load_date'::date AS load_date;
CREATE TABLE gen.phase (phase text, rows bigint, seconds numeric, at timestamptz DEFAULT pg_catalog.clock_timestamp());

-- gen.u(key, seed): a fixed pseudo-random number 0 <= u < 1 for a key.
-- Keys are (pupil * 512 + schooldag index) * 16 + purpose, or pupil * 16 +
-- purpose, so every choice has its own.
CREATE FUNCTION gen.u(bigint, bigint) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT ((pg_catalog.hashint8extended($1, $2) >> 11) & 9007199254740991)::float8 / 9007199254740992.0 $$;

-- --- Schools, holidays, the loaded school year -------------------------------
CREATE TABLE gen.school AS
SELECT pg_catalog.row_number() OVER (ORDER BY k.sector, k.k)::integer AS school_id,
       k.sector, k.k, k.n, k.region,
       CASE k.region WHEN 'noord' THEN 'statutory'
                     WHEN 'midden' THEN (ARRAY['holland_rijnland', 'alphen_nieuwkoop', 'sppoh'])[k.k / 3 % 3 + 1]
                     ELSE CASE WHEN k.sector = 'VO' AND k.k / 3 % 2 = 1 THEN 'drechtsteden'
                               ELSE 'rbl_brabant_noordoost' END END AS profile,
       pg_catalog.format('%s-%s (fictief)', pg_catalog.initcap(k.region), k.k / 3 % 4 + 1) AS municipality,
       pg_catalog.format('SWV %s %s (fictief)', k.sector, pg_catalog.initcap(k.region)) AS partnership
FROM (SELECT s.sector, g.k, s.n, (ARRAY['noord', 'midden', 'zuid'])[g.k % 3 + 1] AS region
      FROM (VALUES ('PO', GREATEST(3, pg_catalog.round(:pupils * 0.6 / 250))::integer),
                   ('VO', GREATEST(3, pg_catalog.round(:pupils * 0.4 / 1000))::integer)) AS s (sector, n)
      CROSS JOIN LATERAL pg_catalog.generate_series(0, s.n - 1) AS g (k)) AS k;
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality, partnership)
SELECT school_id, pg_catalog.format('%s%s%s', 10 + school_id % 90, pg_catalog.chr(65 + school_id / 90 % 26), pg_catalog.chr(65 + school_id / 2340 % 26)),
       pg_catalog.format('Regioschool %s %s', sector, k + 1), sector, profile, region, municipality, partnership
FROM gen.school ORDER BY school_id;
SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('attendance.school', 'school_id'), pg_catalog.max(school_id))
FROM attendance.school \gset
\ir holidays.sql
-- The next school year's holidays too (invented, fictief), loaded ahead as a
-- DBA would: a due date counted in schooldagen or lesweken from a crossing in
-- the last weeks before the summer falls in 2026-2027, and computing it needs
-- that year's calendar (without it the registration is refused, VZ006).
INSERT INTO attendance.school_holiday (holiday_region, name, first_day, last_day) VALUES
    ('noord',  'zomervakantie 2026 (fictief)', '2026-08-01', '2026-08-16'),
    ('midden', 'zomervakantie 2026 (fictief)', '2026-08-01', '2026-08-30'),
    ('zuid',   'zomervakantie 2026 (fictief)', '2026-08-01', '2026-08-23'),
    ('noord',  'herfstvakantie 2026 (fictief)', '2026-10-17', '2026-10-25'),
    ('midden', 'herfstvakantie 2026 (fictief)', '2026-10-17', '2026-10-25'),
    ('zuid',   'herfstvakantie 2026 (fictief)', '2026-10-17', '2026-10-25'),
    ('noord',  'kerstvakantie 2026 (fictief)', '2026-12-19', '2027-01-03'),
    ('midden', 'kerstvakantie 2026 (fictief)', '2026-12-19', '2027-01-03'),
    ('zuid',   'kerstvakantie 2026 (fictief)', '2026-12-19', '2027-01-03'),
    ('noord',  'voorjaarsvakantie 2027 (fictief)', '2027-02-13', '2027-02-21'),
    ('midden', 'voorjaarsvakantie 2027 (fictief)', '2027-02-20', '2027-02-28'),
    ('zuid',   'voorjaarsvakantie 2027 (fictief)', '2027-02-13', '2027-02-21'),
    ('noord',  'meivakantie 2027 (fictief)', '2027-04-24', '2027-05-02'),
    ('midden', 'meivakantie 2027 (fictief)', '2027-04-24', '2027-05-02'),
    ('zuid',   'meivakantie 2027 (fictief)', '2027-04-24', '2027-05-02'),
    ('noord',  'zomervakantie 2027 (fictief)', '2027-07-10', '2027-07-31'),
    ('midden', 'zomervakantie 2027 (fictief)', '2027-07-17', '2027-07-31'),
    ('zuid',   'zomervakantie 2027 (fictief)', '2027-07-03', '2027-07-31');
INSERT INTO attendance.school_year (school_id, year)
SELECT school_id, y FROM attendance.school CROSS JOIN (VALUES (2025), (2026)) AS v (y);
SELECT sector, pg_catalog.count(*) AS schools,
       pg_catalog.string_agg(DISTINCT holiday_region || '/' || profile, ', ') AS regions_and_profiles
FROM attendance.school GROUP BY sector ORDER BY sector;

-- Each school's schooldagen of the school year up to the load date, numbered.
CREATE TABLE gen.day AS
SELECT s.school_id, d.day, pg_catalog.row_number() OVER (PARTITION BY s.school_id ORDER BY d.day)::integer AS n,
       pg_catalog.lead(d.day) OVER (PARTITION BY s.school_id ORDER BY d.day) AS next_day
FROM attendance.school s
CROSS JOIN LATERAL attendance.schooldays(s.school_id, '2025-08-01', :'load_date') AS d;
ALTER TABLE gen.day ADD PRIMARY KEY (school_id, n);
ANALYZE gen.day;

-- --- Pupils and cohorts ----------------------------------------------------------
CREATE TABLE gen.pupil AS
SELECT p.*,
       CASE WHEN p.c < 0.0030 THEN 'stops_coming'
            WHEN p.c < 0.0045 THEN 'long_sick'
            WHEN p.c < 0.0050 THEN 'reduced_timetable'
            WHEN p.c < 0.0058 THEN 'enrolled_nowhere'
            WHEN p.c < 0.0068 THEN 'deregistered'
            WHEN p.c < 0.0073 THEN 'exempted'
            ELSE 'regular' END AS cohort
FROM (SELECT y.i AS pupil_id, y.sector,
             (SELECT s.school_id FROM gen.school s
              WHERE s.sector = y.sector AND s.k = pg_catalog.floor(gen.u(y.i * 16 + 2, :seed) * s.n)::integer) AS school_id,
             CASE WHEN y.sector = 'PO' THEN date '2013-10-01' + pg_catalog.floor(gen.u(y.i * 16 + 3, :seed) * 7 * 365)::integer
                  ELSE date '2007-10-01' + pg_catalog.floor(gen.u(y.i * 16 + 3, :seed) * 6 * 365)::integer END AS birth_date,
             gen.u(y.i * 16 + 4, :seed) AS c,
             gen.u(y.i * 16 + 5, :seed) AS start_u,
             gen.u(y.i * 16 + 6, :seed) AS length_u,
             gen.u(y.i * 16 + 7, :seed) < 0.04 AS truant,
             gen.u(y.i * 16 + 8, :seed) < 0.10 AS often_sick
      FROM (SELECT i, CASE WHEN gen.u(i * 16 + 1, :seed) < 0.6 THEN 'PO' ELSE 'VO' END AS sector
            FROM pg_catalog.generate_series(1, :pupils) AS i) AS y) AS p;
ALTER TABLE gen.pupil ADD PRIMARY KEY (pupil_id);

INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality)
SELECT p.pupil_id, 'REG-' || pg_catalog.lpad(p.pupil_id::text, 7, '0'), p.birth_date, s.municipality
FROM gen.pupil p JOIN attendance.school s USING (school_id)
ORDER BY p.pupil_id;
SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('attendance.pupil', 'pupil_id'), :pupils) \gset
ANALYZE attendance.pupil;

-- Each cohort pupil's long episode: from schooldag n0 for len schooldagen
-- (weeks * 5), at the pupil's school.
CREATE TABLE gen.episode AS
SELECT p.pupil_id, p.school_id, p.cohort, e.n0, e.len, d0.day AS first_day
FROM gen.pupil p
CROSS JOIN LATERAL (SELECT pg_catalog.max(n) AS nmax FROM gen.day d WHERE d.school_id = p.school_id) AS m
CROSS JOIN LATERAL (
    SELECT 10 + pg_catalog.floor(p.start_u * (m.nmax - 30))::integer AS n0,
           5 * CASE p.cohort WHEN 'stops_coming' THEN 3 + pg_catalog.floor(p.length_u * 22)::integer
                             WHEN 'long_sick' THEN 4 + pg_catalog.floor(p.length_u * 11)::integer
                             WHEN 'reduced_timetable' THEN 4 + pg_catalog.floor(p.length_u * 8)::integer
                             ELSE 0 END AS len
) AS e
JOIN gen.day d0 ON d0.school_id = p.school_id AND d0.n = e.n0
WHERE p.cohort <> 'regular';

-- --- Registrations ---------------------------------------------------------------
-- Candidate events, one at most per pupil and schooldag: r picks the kind by
-- bands of rates, and (r - band start) / band width, uniform again, its length
-- or hours.  Enrolled pupils only, and only where their cohort lets the day be
-- ordinary (not around or in a long episode, not after deregistration or
-- exemption, nothing during a reduced timetable).
CREATE TABLE gen.candidate AS
SELECT x.pupil_id, x.school_id, x.n, x.day,
       CASE WHEN x.r < x.b1 THEN 'sick' WHEN x.r < x.b2 THEN 'late' WHEN x.r < x.b3 THEN 'unauthorised'
            WHEN x.r < x.b4 THEN 'unauthorised' WHEN x.r < x.b5 THEN 'authorised'
            WHEN x.r < x.b6 THEN 'suspension' ELSE 'luxury' END AS kind,
       CASE WHEN x.r < x.b1 THEN 1 + pg_catalog.floor(x.r / x.b1 * 4)::integer
            WHEN x.r >= x.b5 AND x.r < x.b6 THEN 1 + pg_catalog.floor((x.r - x.b5) / (x.b6 - x.b5) * 3)::integer
            ELSE 1 END AS len,
       CASE WHEN x.r >= x.b2 AND x.r < x.b3 THEN (1 + pg_catalog.floor((x.r - x.b2) / (x.b3 - x.b2) * 3))::numeric
            WHEN x.r >= x.b4 AND x.r < x.b5 THEN 2::numeric END AS hours
FROM (
    SELECT p.pupil_id, d.school_id, d.n, d.day, gen.u((p.pupil_id * 512 + d.n) * 16 + 1, :seed) AS r,
           b.b1, b.b2, b.b3, b.b4, b.b5, b.b6,
           b.b6 + CASE WHEN d.next_day - d.day > 4 THEN 0.03 ELSE 0 END AS b7
    FROM gen.pupil p
    LEFT JOIN gen.episode e USING (pupil_id)
    JOIN gen.day d ON d.school_id = p.school_id
    CROSS JOIN LATERAL (SELECT CASE WHEN p.often_sick THEN 0.02 ELSE 0.01 END AS s,
                               CASE WHEN p.truant THEN 5 ELSE 1 END AS t) AS m
    CROSS JOIN LATERAL (SELECT m.s AS b1, m.s + 0.018 * m.t AS b2, m.s + 0.023 * m.t AS b3,
                               m.s + 0.0242 * m.t AS b4, m.s + 0.0242 * m.t + 0.004 AS b5,
                               m.s + 0.0242 * m.t + 0.0042 AS b6) AS b
    WHERE p.cohort <> 'enrolled_nowhere'
      AND (e.pupil_id IS NULL
           OR (e.cohort IN ('stops_coming', 'long_sick') AND (d.n < e.n0 - 5 OR d.n > e.n0 + e.len))
           OR (e.cohort IN ('reduced_timetable', 'deregistered', 'exempted') AND d.n < e.n0 - 5))
) AS x
WHERE x.r < x.b7;

-- Drop every candidate that falls inside an earlier candidate's days (an
-- earlier episode covers schooldagen n .. n + len - 1): whole-day
-- registrations share no day.  Then one row per registration.
CREATE TABLE gen.registration AS
SELECT c.pupil_id, c.school_id, c.kind, c.day AS first_day, e.day AS last_day, c.hours AS lesson_hours
FROM (SELECT c.*, pg_catalog.max(c.n + c.len - 1) OVER (PARTITION BY c.pupil_id ORDER BY c.n
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS covered_to
      FROM gen.candidate c) AS c
JOIN gen.day e ON e.school_id = c.school_id
              AND e.n = LEAST(c.n + c.len - 1, (SELECT pg_catalog.max(n) FROM gen.day m WHERE m.school_id = c.school_id))
WHERE c.covered_to IS NULL OR c.covered_to < c.n;

-- The long episodes, registered week by week (the schooldagen of the episode
-- in each Monday-Sunday week).  A pupil who stops coming and is still away on
-- the load date has the last week open (last_day null); a sick episode is
-- registered with its last day (the betermelding), as the generator knows it.
INSERT INTO gen.registration (pupil_id, school_id, kind, first_day, last_day, lesson_hours)
SELECT w.pupil_id, w.school_id, w.kind, w.first_day,
       CASE WHEN w.running AND w.kind = 'unauthorised' AND w.last_day = w.episode_last THEN NULL ELSE w.last_day END, NULL
FROM (SELECT e.pupil_id, e.school_id,
             CASE e.cohort WHEN 'stops_coming' THEN 'unauthorised' ELSE 'sick' END AS kind,
             pg_catalog.min(d.day) AS first_day, pg_catalog.max(d.day) AS last_day,
             pg_catalog.max(pg_catalog.max(d.day)) OVER (PARTITION BY e.pupil_id) AS episode_last,
             e.n0 + e.len - 1 >= (SELECT pg_catalog.max(n) FROM gen.day m WHERE m.school_id = e.school_id) AS running
      FROM gen.episode e
      JOIN gen.day d ON d.school_id = e.school_id AND d.n BETWEEN e.n0 AND e.n0 + e.len - 1
      WHERE e.cohort IN ('stops_coming', 'long_sick', 'reduced_timetable')
      GROUP BY e.pupil_id, e.school_id, e.cohort, e.n0, e.len, pg_catalog.date_trunc('week', d.day)) AS w;
ALTER TABLE gen.registration ADD COLUMN batch date;
UPDATE gen.registration
SET batch = LEAST((pg_catalog.date_trunc('month', COALESCE(last_day, first_day)) + interval '1 month - 1 day')::date,
                  :'load_date'::date);
CREATE INDEX ON gen.registration (batch);
ANALYZE gen.registration;

SELECT cohort, pg_catalog.count(*) AS pupils FROM gen.pupil GROUP BY cohort ORDER BY pupils DESC;
SELECT kind, pg_catalog.count(*) AS registrations, pg_catalog.count(*) FILTER (WHERE last_day IS NULL) AS running
FROM gen.registration GROUP BY kind ORDER BY registrations DESC;
DROP TABLE gen.candidate;

-- --- Loading, through the triggers -------------------------------------------------
-- Enrolments from the first day, written at the start of the year.
SELECT pg_catalog.clock_timestamp() AS t0 \gset
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day)
SELECT pupil_id, school_id, '2025-08-01' FROM gen.pupil WHERE cohort <> 'enrolled_nowhere' ORDER BY pupil_id;
INSERT INTO gen.phase (phase, rows, seconds)
SELECT 'enrolments (today 2025-08-31)', pg_catalog.count(*), pg_catalog.round(extract(epoch FROM pg_catalog.clock_timestamp() - :'t0'::timestamptz)::numeric, 1)
FROM attendance.enrolment;
ANALYZE attendance.enrolment;
-- A third of the children enrolled nowhere are exempt (5 onder a) all year.
INSERT INTO attendance.exemption (pupil_id, kind, first_day)
SELECT pupil_id, '5a', '2025-08-01' FROM gen.pupil WHERE cohort = 'enrolled_nowhere' AND length_u < 1.0 / 3;

-- One month at a time, each statement committed on its own, as schools and
-- officers write them.
CREATE PROCEDURE gen.load_months()
LANGUAGE plpgsql AS $$
DECLARE
    load_date date := (SELECT load_date FROM gen.setting);
    m date;
    t timestamptz;
    n bigint;
    k bigint;
BEGIN
    FOR m IN SELECT DISTINCT batch FROM gen.registration ORDER BY batch LOOP
        PERFORM pg_catalog.set_config('attendance.today', m::text, false);
        t := pg_catalog.clock_timestamp();
        -- Deregistrations and exemptions starting this month (the enrolment ends the day before).
        UPDATE attendance.enrolment en SET last_day = e.first_day - 1
        FROM gen.episode e
        WHERE en.pupil_id = e.pupil_id AND e.cohort IN ('deregistered', 'exempted')
          AND e.first_day BETWEEN pg_catalog.date_trunc('month', m)::date AND m;
        INSERT INTO attendance.exemption (pupil_id, kind, first_day)
        SELECT pupil_id, '5a', first_day FROM gen.episode
        WHERE cohort = 'exempted' AND first_day BETWEEN pg_catalog.date_trunc('month', m)::date AND m;
        INSERT INTO attendance.reduced_timetable (pupil_id, school_id, category, hours_per_week, opp, status, first_day, last_day)
        SELECT pupil_id, school_id, 'B', 12, true, 'approved', first_day, '2026-07-31' FROM gen.episode
        WHERE cohort = 'reduced_timetable' AND first_day BETWEEN pg_catalog.date_trunc('month', m)::date AND m;
        COMMIT;
        INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day, lesson_hours, registered_by)
        SELECT pupil_id, school_id, kind, first_day, last_day, lesson_hours, 'generator'
        FROM gen.registration WHERE batch = m ORDER BY pupil_id, first_day;
        GET DIAGNOSTICS n = ROW_COUNT;
        COMMIT;
        k := attendance.close_cases(m);
        COMMIT;
        -- The nightly maintenance (autovacuum would, given time): fresh
        -- statistics for the tables that grew, so the trigger's queries keep
        -- their plans as the year fills up.
        ANALYZE attendance.registration, attendance.registration_history, attendance.signal,
                attendance."case", attendance.deadline, attendance.case_event;
        INSERT INTO gen.phase (phase, rows, seconds)
        VALUES (pg_catalog.format('registrations of %s (today %s)', pg_catalog.to_char(m, 'YYYY-MM'), m), n,
                pg_catalog.round(extract(epoch FROM pg_catalog.clock_timestamp() - t)::numeric, 1));
        COMMIT;
    END LOOP;
END
$$;
CALL gen.load_months();

-- The daily evaluation as of the load date (what time alone crosses: the
-- absolute absence of children enrolled nowhere, running episodes).
SET attendance.today = :'load_date';
SELECT pg_catalog.clock_timestamp() AS t0 \gset
SELECT attendance.evaluate(:'load_date') AS evaluate_raised \gset
INSERT INTO gen.phase (phase, rows, seconds)
VALUES (pg_catalog.format('evaluate(%s)', :'load_date'), :evaluate_raised,
        pg_catalog.round(extract(epoch FROM pg_catalog.clock_timestamp() - :'t0'::timestamptz)::numeric, 1));
SELECT attendance.close_cases(:'load_date') AS closed \gset
VACUUM ANALYZE;

-- What was loaded.
SELECT phase, rows, seconds FROM gen.phase ORDER BY at;
SELECT (SELECT pg_catalog.count(*) FROM attendance.pupil) AS pupils,
       (SELECT pg_catalog.count(*) FROM attendance.registration) AS registrations,
       (SELECT pg_catalog.count(*) FROM attendance.registration_history) AS history_rows,
       (SELECT pg_catalog.count(*) FROM attendance.signal) AS signals,
       (SELECT pg_catalog.count(*) FROM attendance."case") AS cases,
       (SELECT pg_catalog.count(*) FROM attendance.deadline) AS deadlines;
SELECT code, pg_catalog.count(*) AS signals FROM attendance.signal GROUP BY code ORDER BY signals DESC, code;
SELECT protocol, status, pg_catalog.count(*) AS cases FROM attendance."case" GROUP BY protocol, status ORDER BY protocol, status;
