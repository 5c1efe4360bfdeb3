-- sql/term.sql: the type attendance.term (src/term.c, src/term_parse.c),
-- the deadline lengths of DOMAIN 2 "Time units".

-- DOMAIN 2: dag = calendar day; canonical Dutch output, singular for 1
SELECT '1 dag'::attendance.term, '5 dagen'::attendance.term, '1 day'::attendance.term, '5 days'::attendance.term;

-- DOMAIN 2: week = 7 calendar days
SELECT '1 week'::attendance.term, '2 weken'::attendance.term, '2 weeks'::attendance.term;

-- DOMAIN 2: maand = calendar month
SELECT '1 maand'::attendance.term, '3 maanden'::attendance.term, '1 month'::attendance.term, '3 months'::attendance.term;

-- DOMAIN 2: werkdag units (Dutch and English spellings)
SELECT '1 werkdag'::attendance.term, '5 werkdagen'::attendance.term,
       '1 working day'::attendance.term, '5 working days'::attendance.term,
       '1 workday'::attendance.term, '5 workdays'::attendance.term;

-- DOMAIN 2: schooldag units (Dutch and English spellings)
SELECT '1 schooldag'::attendance.term, '3 schooldagen'::attendance.term,
       '1 school day'::attendance.term, '3 school days'::attendance.term,
       '1 schoolday'::attendance.term, '3 schooldays'::attendance.term;

-- DOMAIN 2: schoolweek / lesweek are one unit, written lesweek(en)
SELECT '1 lesweek'::attendance.term, '4 lesweken'::attendance.term,
       '1 schoolweek'::attendance.term, '12 schoolweken'::attendance.term;
SELECT '1 school week'::attendance.term, '4 school weeks'::attendance.term,
       '4 schoolweeks'::attendance.term,
       '1 lesson week'::attendance.term, '4 lesson weeks'::attendance.term;

-- DOMAIN 2: the number decides singular or plural, not the spelling typed
SELECT '1 dagen'::attendance.term, '2 dag'::attendance.term, '1 weken'::attendance.term,
       '2 week'::attendance.term, '1 schoolweeks'::attendance.term, '3 month'::attendance.term;

-- DOMAIN 2: zero is the same day; plural; '-0' and '+0' are '0'
SELECT '0 dagen'::attendance.term, '0 dag'::attendance.term, '0 werkdagen'::attendance.term,
       '-0 dagen'::attendance.term, '+0 weken'::attendance.term;
SELECT attendance.term_count('-0 dagen'), attendance.term_count('+0 weken');

-- DOMAIN 2: negative terms lie before a date; '-1' is singular
SELECT '-8 weken'::attendance.term, '-1 week'::attendance.term, '-1 werkdag'::attendance.term,
       '-5 school days'::attendance.term, '+5 werkdagen'::attendance.term;

-- DOMAIN 2: white space around and inside, case, leading zeros
SELECT '  5 werkdagen  '::attendance.term, E'\t5\n\nWERKDAGEN\r'::attendance.term,
       '5 WorKinG   DaYs'::attendance.term, E'3 school\tdays'::attendance.term,
       '007 dagen'::attendance.term;

-- DOMAIN 2: the largest count either way (TERM_MAX_COUNT)
SELECT '10000 dagen'::attendance.term, '-10000 schooldagen'::attendance.term;

-- DOMAIN 2: accessors; term_unit is the Dutch plural whatever the count
SELECT t, attendance.term_count(t), attendance.term_unit(t)
FROM (VALUES ('1 dag'::attendance.term), ('2 weeks'), ('1 month'), ('-5 working days'),
             ('0 school days'), ('1 schoolweek')) AS v(t);

-- DOMAIN 2: bad input is refused, naming the problem and listing the units
\set SHOW_CONTEXT never
-- empty
SELECT ''::attendance.term;
\echo :LAST_ERROR_SQLSTATE
SELECT '   '::attendance.term;
-- missing number
SELECT 'werkdagen'::attendance.term;
SELECT 'vijf dagen'::attendance.term;
SELECT '-'::attendance.term;
SELECT '- 5 dagen'::attendance.term;
SELECT '--5 dagen'::attendance.term;
-- fractions
SELECT '1.5 weken'::attendance.term;
SELECT '1,5 weken'::attendance.term;
SELECT '.5 weken'::attendance.term;
-- count out of range, and too large for any integer
SELECT '10001 dagen'::attendance.term;
SELECT '-10001 dagen'::attendance.term;
SELECT '99999999999999999999 dagen'::attendance.term;
-- missing unit
SELECT '5'::attendance.term;
SELECT '5   '::attendance.term;
-- no space between number and unit, or another character there
SELECT '5dagen'::attendance.term;
SELECT '1/2 week'::attendance.term;
-- unknown unit (also a unit with more letters, and kwartaal, uur)
SELECT '5 dagenx'::attendance.term;
SELECT '1 kwartaal'::attendance.term;
SELECT '3 uur'::attendance.term;
SELECT '5 school'::attendance.term;
SELECT '5 école'::attendance.term;
-- trailing garbage
SELECT '5 dagen extra'::attendance.term;
SELECT '5 dagen.'::attendance.term;
SELECT '5 werkdagen 3 dagen'::attendance.term;
\set SHOW_CONTEXT errors

-- DOMAIN 2: the operators live in schema attendance: without it on the
-- search_path, write OPERATOR(attendance.=)
SELECT '7 dagen'::attendance.term = '7 dagen';
SELECT '7 dagen'::attendance.term OPERATOR(attendance.=) '7 dagen' AS qualified,
       '7 dagen'::attendance.term OPERATOR(attendance.<>) '1 week' AS qualified_ne;
SET search_path = public, attendance;

-- DOMAIN 2: equality is structural: '7 dagen' is not '1 week'
SELECT '7 dagen'::attendance.term = '1 week' AS "7 dagen = 1 week",
       '5 werkdagen'::attendance.term = '5 schooldagen' AS "werkdagen = schooldagen",
       '5 werkdagen'::attendance.term = ' 5 Working Days' AS "same term",
       '5 werkdagen'::attendance.term <> '5 working days' AS "same term <>",
       '7 dagen'::attendance.term <> '1 week' AS "7 dagen <> 1 week",
       '2 weken'::attendance.term = '-2 weken' AS "sign counts";
SELECT NULL::attendance.term = '1 dag' AS "null =",
       '-0 dagen'::attendance.term = '0 dagen' AS "-0 = 0";

-- DOMAIN 2: operators and opclass are wired as documented
SELECT o.oprname, o.oprcanhash, c.oprname AS commutator, n.oprname AS negator,
       o.oprrest, o.oprjoin
FROM pg_operator o
LEFT JOIN pg_operator c ON c.oid = o.oprcom
LEFT JOIN pg_operator n ON n.oid = o.oprnegate
WHERE o.oprleft = 'attendance.term'::regtype
ORDER BY o.oprname;
SELECT opcname, amname, opcdefault, amvalidate(opc.oid)
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE opcintype = 'attendance.term'::regtype;
SELECT typlen, typbyval, typalign, typstorage
FROM pg_type WHERE oid = 'attendance.term'::regtype;

-- DOMAIN 2: hashing agrees with equality; the extended hash with seed 0
-- has the plain hash in its low 32 bits
SELECT attendance.term_hash('5 werkdagen') = attendance.term_hash(' 5 WORKING DAYS ') AS "equal terms",
       attendance.term_hash('0 dagen') = attendance.term_hash('-0 dagen') AS "zero",
       attendance.term_hash('7 dagen') <> attendance.term_hash('1 week') AS "7 dagen, 1 week";
SELECT bool_and((attendance.term_hash_extended(t, 0) & 4294967295)
                = (attendance.term_hash(t)::int8 & 4294967295)) AS "low bits agree",
       bool_and(attendance.term_hash_extended(t, 0) <> attendance.term_hash_extended(t, 1)) AS "seed matters"
FROM (VALUES ('1 dag'::attendance.term), ('5 werkdagen'), ('-8 weken'), ('10000 lesweken')) AS v(t);

CREATE TEMP TABLE term_deadline (id int, t attendance.term);
INSERT INTO term_deadline VALUES
    (1, '5 werkdagen'), (2, '5 working days'), (3, '5 workdays'),
    (4, '1 week'), (5, '7 dagen'), (6, '2 weeks'), (7, '2 weken'),
    (8, '-8 weken'), (9, '0 dagen'), (10, '-0 days'), (11, NULL);

-- DOMAIN 2: GROUP BY and DISTINCT group equal terms, by hashing
EXPLAIN (COSTS OFF) SELECT t, count(*) FROM term_deadline GROUP BY t;
SELECT t, count(*), min(id), max(id)
FROM term_deadline GROUP BY t ORDER BY min(id);
EXPLAIN (COSTS OFF) SELECT DISTINCT t FROM term_deadline;
SELECT count(*) AS distinct_terms FROM (SELECT DISTINCT t FROM term_deadline) AS d;
SELECT count(*) FROM term_deadline WHERE t IN ('5 werkdagen', '2 weken');

-- DOMAIN 2: hash join on term
CREATE TEMP TABLE term_name (t attendance.term, name text);
INSERT INTO term_name VALUES
    ('5 werkdagen', 'vijf werkdagen'), ('2 weken', 'twee weken'), ('-8 weken', 'acht weken ervoor');
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT d.id, n.name FROM term_deadline d JOIN term_name n ON d.t = n.t;
SELECT d.id, d.t, n.name FROM term_deadline d JOIN term_name n ON d.t = n.t ORDER BY d.id;
RESET enable_nestloop;

-- DOMAIN 2: a hash index finds equal terms
CREATE INDEX ON term_deadline USING hash (t);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM term_deadline WHERE t = '1 week';
SELECT id FROM term_deadline WHERE t = '1 week' ORDER BY id;
RESET enable_seqscan;

-- DOMAIN 2: terms have no order; sorting is refused, and so is an
-- aggregate with its own ORDER BY grouped by term (PostgreSQL 15 cannot
-- hash such a grouping); grouping by the accessors works instead
SELECT t FROM term_deadline ORDER BY t;
SELECT t, array_agg(id ORDER BY id) FROM term_deadline GROUP BY t;
SELECT term_unit(t) AS unit, term_count(t) AS count, array_agg(id ORDER BY id) AS ids
FROM term_deadline GROUP BY 1, 2 ORDER BY 1, 2;

-- DOMAIN 2: binary send/receive round trip through COPY (FORMAT binary);
-- the file goes through the client, so term_send and term_recv both run
\copy term_deadline TO 'results/term_copy.bin' WITH (FORMAT binary)
CREATE TEMP TABLE term_copy (LIKE term_deadline);
\copy term_copy FROM 'results/term_copy.bin' WITH (FORMAT binary)
SELECT d.id, d.t, c.t AS copied, d.t = c.t AS same
FROM term_deadline d JOIN term_copy c USING (id) ORDER BY id;
SELECT count(*) AS rows_differing
FROM term_deadline d FULL JOIN term_copy c USING (id)
WHERE d.t IS DISTINCT FROM c.t;

-- DOMAIN 2: the binary form is count then unit number, network order
-- (an int8 written in binary is read back as a term)
\copy (SELECT (5::int8 << 32) | 3) TO 'results/term_raw.bin' WITH (FORMAT binary)
CREATE TEMP TABLE term_raw (t attendance.term);
\copy term_raw FROM 'results/term_raw.bin' WITH (FORMAT binary)
\copy (SELECT (-1::int8 << 32) | 5) TO 'results/term_raw.bin' WITH (FORMAT binary)
\copy term_raw FROM 'results/term_raw.bin' WITH (FORMAT binary)
SELECT t, attendance.term_count(t), attendance.term_unit(t) FROM term_raw;

-- DOMAIN 2: bad binary input is refused: unknown unit, count out of range
\copy (SELECT (5::int8 << 32) | 6) TO 'results/term_raw.bin' WITH (FORMAT binary)
\copy term_raw FROM 'results/term_raw.bin' WITH (FORMAT binary)
\set VERBOSITY sqlstate
\copy term_raw FROM 'results/term_raw.bin' WITH (FORMAT binary)
\set VERBOSITY default
\copy (SELECT (1::int8 << 32) - 1) TO 'results/term_raw.bin' WITH (FORMAT binary)
\copy term_raw FROM 'results/term_raw.bin' WITH (FORMAT binary)
\copy (SELECT (10001::int8 << 32) | 0) TO 'results/term_raw.bin' WITH (FORMAT binary)
\copy term_raw FROM 'results/term_raw.bin' WITH (FORMAT binary)
\copy (SELECT (-10001::int8 << 32) | 0) TO 'results/term_raw.bin' WITH (FORMAT binary)
\copy term_raw FROM 'results/term_raw.bin' WITH (FORMAT binary)
-- too short (an int4) and too long (12 bytes of bytea)
\copy (SELECT 5::int4) TO 'results/term_raw.bin' WITH (FORMAT binary)
\copy term_raw FROM 'results/term_raw.bin' WITH (FORMAT binary)
\copy (SELECT '\x000000050000000300000000'::bytea) TO 'results/term_raw.bin' WITH (FORMAT binary)
\copy term_raw FROM 'results/term_raw.bin' WITH (FORMAT binary)
SELECT count(*) AS rows_after_bad_input FROM term_raw;

-- DOMAIN 2: every object of the type has a comment
SELECT p.oid::regprocedure AS function
FROM pg_proc p
WHERE p.pronamespace = 'attendance'::regnamespace AND p.proname LIKE 'term%'
  AND obj_description(p.oid, 'pg_proc') IS NULL;
SELECT obj_description('attendance.term'::regtype, 'pg_type') IS NOT NULL AS type_comment;
SELECT count(*) AS uncommented_operators
FROM pg_operator o WHERE o.oprleft = 'attendance.term'::regtype
  AND obj_description(o.oid, 'pg_operator') IS NULL;
