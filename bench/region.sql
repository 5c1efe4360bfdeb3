-- bench/region.sql: the benchmark's region (run by bench/insert_bench.sh).
--
-- Twelve schools, one PO and one VO school for each of the six shipped
-- profiles, so that every shipped criterion is evaluated for some pupils;
-- invented holidays ("fictief") for 2025-2026 in the three holiday regions;
-- school year 2025 loaded; 50,000 pseudonymous pupils enrolled from
-- 2025-08-01.  Also built here, outside the measured parts:
--   bench.copy_src           200,000 valid registrations (4 per pupil) for the COPY
--   bench.slot               free (pupil, day) slots, one valid registration
--                            each, for the single-row pgbench runs
--   bench.registration_bare  the baseline table: the same columns, defaults,
--                            checks and indexes, the same foreign keys, no triggers
--
-- Holidays, school years and the criterion override are written before any
-- pupil exists, so the re-evaluation triggers find nobody.  Pupils have no
-- triggers; the enrolments are loaded with session_replication_role =
-- replica (as a restore would), which skips the enrolment re-evaluation
-- trigger: it would evaluate 50,000 pupils without a registration and
-- find nothing.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SHOW attendance.today;

CREATE SCHEMA bench;

INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality)
SELECT i, pg_catalog.format('%sBA', 80 + i), pg_catalog.format('Bench %s %s', p.profile, s.sector),
       s.sector, p.profile, p.region, 'Benchstad'
FROM (VALUES (0, 'statutory', 'noord'), (1, 'holland_rijnland', 'midden'),
             (2, 'alphen_nieuwkoop', 'midden'), (3, 'rbl_brabant_noordoost', 'zuid'),
             (4, 'sppoh', 'midden'), (5, 'drechtsteden', 'zuid')) AS p (n, profile, region)
CROSS JOIN (VALUES (1, 'PO'), (2, 'VO')) AS s (m, sector)
CROSS JOIN LATERAL (SELECT p.n * 2 + s.m AS i) AS k;

-- Invented holidays, 2025-2026 (fictief): bench/holidays.sql.
\ir holidays.sql
INSERT INTO attendance.school_year (school_id, year) SELECT school_id, 2025 FROM attendance.school;

-- Every shipped criterion active: the one shipped disabled
-- (sppoh_4w_authorised, DOMAIN 4.4 Decision) is switched on by a user row
-- with the same profile, code and valid_from (doc/criteria.md).
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, valid_from, true, sectors, kinds, measure, window_kind, window_size,
       comparator, threshold, level, restart_after, replaces, action, role, deadline,
       deadline_from, duo_report_kind, 'bench: every shipped criterion active'
FROM attendance.criterion WHERE shipped AND NOT enabled;
SELECT pg_catalog.count(*) AS shipped_criteria,
       pg_catalog.count(*) FILTER (WHERE NOT enabled) AS shipped_disabled,
       (SELECT pg_catalog.count(*) FROM attendance.criterion WHERE NOT shipped) AS enabled_by_bench
FROM attendance.criterion WHERE shipped;

-- 50,000 pupils, spread over the twelve schools.
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality)
SELECT i, 'BENCH-' || pg_catalog.lpad(i::text, 6, '0'),
       CASE WHEN i % 2 = 1 THEN date '2014-10-01' + (i * 37) % 2190   -- PO: 5 to 11
            ELSE date '2009-10-01' + (i * 37) % 1825 END,             -- VO: 12 to 16
       'Benchstad'
FROM pg_catalog.generate_series(1, 50000) AS i;
SET session_replication_role = replica;
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day)
SELECT pupil_id, (pupil_id - 1) % 12 + 1, '2025-08-01' FROM attendance.pupil;
RESET session_replication_role;
ANALYZE attendance.pupil;
ANALYZE attendance.enrolment;

-- Per school, the weeks up to today whose five weekdays are all schooldagen,
-- numbered 1..n.  Each pupil gets 4 of them for the COPY and others for the
-- single-row slots, so no two generated registrations share a day.
CREATE TABLE bench.full_week AS
SELECT school_id, monday, pg_catalog.row_number() OVER (PARTITION BY school_id ORDER BY monday) AS n
FROM (SELECT s.school_id, w.monday
      FROM attendance.school s
      CROSS JOIN LATERAL attendance.schoolweeks(s.school_id, '2025-08-01', attendance.today() - 4) AS w (monday)
      WHERE (SELECT pg_catalog.count(*) FROM attendance.schooldays(s.school_id, w.monday, w.monday + 4)) = 5) t;
SELECT pg_catalog.min(c) AS full_weeks_min, pg_catalog.max(c) AS full_weeks_max
FROM (SELECT pg_catalog.count(*) AS c FROM bench.full_week GROUP BY school_id) t;

-- A fixed pseudo-random number per (pupil, purpose), 0 <= h < 1.
CREATE FUNCTION bench.h(bigint, integer) RETURNS float8 LANGUAGE sql IMMUTABLE AS
$$ SELECT (('x' || pg_catalog.substr(pg_catalog.md5($1 || ':' || $2), 1, 8))::bit(32)::bigint)::float8 / 4294967296.0 $$;

-- Each pupil's weeks in a pseudo-random order: the first 4 for the COPY,
-- the next 10 for slots.
CREATE TABLE bench.pupil_week AS
SELECT e.pupil_id, e.school_id, w.monday,
       pg_catalog.row_number() OVER (PARTITION BY e.pupil_id ORDER BY bench.h(e.pupil_id, w.n::integer)) AS rank
FROM attendance.enrolment e
JOIN bench.full_week w USING (school_id);
DELETE FROM bench.pupil_week WHERE rank > 14;

-- The COPY: 4 registrations per pupil, one in each of its first 4 weeks.
CREATE TABLE bench.copy_src AS
SELECT w.pupil_id, w.school_id, k.kind, w.monday + k.d AS first_day,
       w.monday + k.d + k.len AS last_day, k.hours
FROM bench.pupil_week w
CROSS JOIN LATERAL (SELECT bench.h(w.pupil_id, 1000 + w.rank::integer) AS r) AS x
CROSS JOIN LATERAL (
    SELECT CASE WHEN x.r < 0.30 THEN 'sick'
                WHEN x.r < 0.55 THEN 'late'
                WHEN x.r < 0.75 THEN 'unauthorised'
                WHEN x.r < 0.83 THEN 'unauthorised'
                WHEN x.r < 0.93 THEN 'authorised'
                WHEN x.r < 0.97 THEN 'luxury'
                ELSE 'suspension' END AS kind,
           (x.r * 1000)::integer % 3 AS d,                                     -- Mon-Wed
           CASE WHEN x.r < 0.30 THEN (x.r * 10000)::integer % 3                 -- sick 1-3 days
                WHEN x.r >= 0.93 THEN (x.r * 10000)::integer % 2                -- luxury, suspension 1-2
                ELSE 0 END AS len,
           CASE WHEN x.r >= 0.55 AND x.r < 0.75 THEN (1 + (x.r * 10000)::integer % 3)::numeric  -- 1-3 h
                WHEN x.r >= 0.83 AND x.r < 0.93 THEN 2::numeric
                END AS hours
) AS k
WHERE w.rank <= 4
ORDER BY w.pupil_id, first_day;
SELECT kind, pg_catalog.count(*) FROM bench.copy_src GROUP BY kind ORDER BY kind;

-- The single-row slots: Tuesday to Thursday of the pupil's weeks 5-14, one
-- registration each (1,500,000), in a pseudo-random order of pupils.
CREATE TABLE bench.slot AS
SELECT pg_catalog.row_number() OVER (ORDER BY bench.h(w.pupil_id, 2000 + (w.rank * 4 + d.d)::integer)) AS slot_id,
       w.pupil_id, w.school_id, k.kind, w.monday + d.d AS day, k.hours
FROM bench.pupil_week w
CROSS JOIN (VALUES (1), (2), (3)) AS d (d)
CROSS JOIN LATERAL (SELECT bench.h(w.pupil_id, 3000 + (w.rank * 4 + d.d)::integer) AS r) AS x
CROSS JOIN LATERAL (
    SELECT CASE WHEN x.r < 0.40 THEN 'late'
                WHEN x.r < 0.65 THEN 'unauthorised'
                WHEN x.r < 0.85 THEN 'sick'
                WHEN x.r < 0.95 THEN 'authorised'
                ELSE 'unauthorised' END AS kind,
           CASE WHEN x.r >= 0.40 AND x.r < 0.65 THEN (1 + (x.r * 10000)::integer % 2)::numeric
                WHEN x.r >= 0.85 AND x.r < 0.95 THEN 2::numeric END AS hours
) AS k
WHERE w.rank BETWEEN 5 AND 14;
ALTER TABLE bench.slot ADD PRIMARY KEY (slot_id);
ANALYZE bench.slot;
SELECT pg_catalog.count(*) AS slots FROM bench.slot;
-- Each target has its own slot sequence: the attendance runs never reuse a
-- slot (a repeat would overlap and fail); the bare runs go round.
CREATE SEQUENCE bench.slot_att_seq;
SELECT pg_catalog.format('CREATE SEQUENCE bench.slot_bare_seq MAXVALUE %s CYCLE', pg_catalog.count(*))
FROM bench.slot \gexec

-- The baseline: the same table without triggers.
CREATE TABLE bench.registration_bare (LIKE attendance.registration INCLUDING ALL);
ALTER TABLE bench.registration_bare
    ADD FOREIGN KEY (pupil_id) REFERENCES attendance.pupil,
    ADD FOREIGN KEY (school_id) REFERENCES attendance.school;
SELECT c.conrelid::regclass AS "table", pg_catalog.count(*) FILTER (WHERE c.contype = 'f') AS foreign_keys,
       pg_catalog.count(*) FILTER (WHERE c.contype = 'c') AS checks,
       (SELECT pg_catalog.count(*) FROM pg_catalog.pg_index i WHERE i.indrelid = c.conrelid) AS indexes,
       (SELECT pg_catalog.count(*) FROM pg_catalog.pg_trigger t WHERE t.tgrelid = c.conrelid AND NOT t.tgisinternal) AS triggers
FROM pg_catalog.pg_constraint c
WHERE c.conrelid IN ('attendance.registration'::regclass, 'bench.registration_bare'::regclass)
GROUP BY c.conrelid ORDER BY 1;

-- The floor (insert_floor.sql): the writes any engine must make besides the
-- insert itself, without triggers: the registration's history row (issue
-- "Foundation": every version kept) and the pupil row's write_seq (the per-pupil
-- serialisation that turns a concurrent writer into 40001 under REPEATABLE READ).
CREATE TABLE bench.history_bare (LIKE attendance.registration_history INCLUDING ALL);
SELECT pg_catalog.format('CREATE SEQUENCE bench.slot_floor_seq MAXVALUE %s CYCLE', pg_catalog.count(*))
FROM bench.slot \gexec

COPY (SELECT pupil_id, school_id, kind, first_day, last_day, hours FROM bench.copy_src ORDER BY pupil_id, first_day) TO :'copy_file';
