
-- src/term.sql: the type attendance.term, a deadline length in the units
-- the protocols use ('5 werkdagen', '2 weken', '-8 weken') (DOMAIN 2).
-- C in src/term.c and src/term_parse.c; documented in doc/term.md.

CREATE TYPE @extschema@.term;

CREATE FUNCTION @extschema@.term_in(pg_catalog.cstring) RETURNS @extschema@.term
    AS 'MODULE_PATHNAME', 'attendance_term_in'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_in(pg_catalog.cstring) IS
    'Input function of type term: a whole number and a unit, Dutch or English (''5 werkdagen'', ''2 weeks'').';

CREATE FUNCTION @extschema@.term_out(@extschema@.term) RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'attendance_term_out'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_out(@extschema@.term) IS
    'Output function of type term: the canonical Dutch form (''1 werkdag'', ''5 werkdagen'').';

CREATE FUNCTION @extschema@.term_recv(pg_catalog.internal) RETURNS @extschema@.term
    AS 'MODULE_PATHNAME', 'attendance_term_recv'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_recv(pg_catalog.internal) IS
    'Binary input function of type term: count and unit number, each a network-order int4.';

CREATE FUNCTION @extschema@.term_send(@extschema@.term) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'attendance_term_send'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_send(@extschema@.term) IS
    'Binary output function of type term: count and unit number, each a network-order int4.';

CREATE TYPE @extschema@.term (
    INPUT = @extschema@.term_in,
    OUTPUT = @extschema@.term_out,
    RECEIVE = @extschema@.term_recv,
    SEND = @extschema@.term_send,
    INTERNALLENGTH = 8,
    ALIGNMENT = int4,
    STORAGE = plain
);
COMMENT ON TYPE @extschema@.term IS
    'A deadline length: a signed whole count of dagen, weken, maanden, werkdagen, schooldagen or lesweken (DOMAIN 2). Equality is structural: ''7 dagen'' <> ''1 week''.';

CREATE FUNCTION @extschema@.term_eq(@extschema@.term, @extschema@.term) RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attendance_term_eq'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.term_eq(@extschema@.term, @extschema@.term) IS
    'Implements = for term: same count and same unit.';

CREATE FUNCTION @extschema@.term_ne(@extschema@.term, @extschema@.term) RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attendance_term_ne'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.term_ne(@extschema@.term, @extschema@.term) IS
    'Implements <> for term: count or unit differs.';

CREATE FUNCTION @extschema@.term_hash(@extschema@.term) RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'attendance_term_hash'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_hash(@extschema@.term) IS
    'Hash of a term, support function of the hash operator class term_ops.';

CREATE FUNCTION @extschema@.term_hash_extended(@extschema@.term, pg_catalog.int8) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'attendance_term_hash_extended'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_hash_extended(@extschema@.term, pg_catalog.int8) IS
    'Seeded 64-bit hash of a term, support function of the hash operator class term_ops (hash partitioning).';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.term,
    RIGHTARG = @extschema@.term,
    FUNCTION = @extschema@.term_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.term, @extschema@.term) IS
    'Equal terms: same count and same unit (''7 dagen'' = ''1 week'' is false).';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.term,
    RIGHTARG = @extschema@.term,
    FUNCTION = @extschema@.term_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.term, @extschema@.term) IS
    'Different terms: count or unit differs.';

CREATE OPERATOR CLASS @extschema@.term_ops
    DEFAULT FOR TYPE @extschema@.term USING hash AS
        OPERATOR 1 @extschema@.= (@extschema@.term, @extschema@.term),
        FUNCTION 1 @extschema@.term_hash(@extschema@.term),
        FUNCTION 2 @extschema@.term_hash_extended(@extschema@.term, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.term_ops USING hash IS
    'Default hash operator class of term: hash joins, hash aggregation (GROUP BY, DISTINCT), hash indexes and hash partitioning.';
COMMENT ON OPERATOR FAMILY @extschema@.term_ops USING hash IS
    'Hash operator family of term (created with the operator class term_ops).';

CREATE FUNCTION @extschema@.term_count(@extschema@.term) RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'attendance_term_count'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_count(@extschema@.term) IS
    'The signed count of a term: term_count(''-8 weken'') = -8.';

CREATE FUNCTION @extschema@.term_unit(@extschema@.term) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'attendance_term_unit'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_unit(@extschema@.term) IS
    'The unit of a term in Dutch plural, whatever the count: dagen, weken, maanden, werkdagen, schooldagen or lesweken.';
