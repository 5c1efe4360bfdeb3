
-- src/tail.sql: last part of the install script.  Every identity sequence
-- gets a comment naming the column it numbers.
DO $$
DECLARE
    s record;
BEGIN
    FOR s IN
        SELECT d.objid::pg_catalog.regclass AS seq, c.relname AS tab, a.attname AS col
        FROM pg_catalog.pg_depend d
        JOIN pg_catalog.pg_class c ON c.oid = d.refobjid
        JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
        WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
          AND d.deptype = 'i'
          AND c.relnamespace = '@extschema@'::pg_catalog.regnamespace
          AND (SELECT relkind FROM pg_catalog.pg_class WHERE oid = d.objid) = 'S'
    LOOP
        EXECUTE pg_catalog.format('COMMENT ON SEQUENCE %s IS %L', s.seq,
            pg_catalog.format('Numbers %s.%s (identity).', s.tab, s.col));
    END LOOP;
END
$$;
