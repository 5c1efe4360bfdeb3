-- test/sql/catalog_snapshot.sql: everything the extension defines, as text
-- that does not depend on OIDs or creation order, for comparing an upgraded
-- database with a fresh install (test/upgrade.sh).
\pset format unaligned
\pset tuples_only on
SELECT 'member ' || pg_describe_object(classid, objid, objsubid)
FROM pg_depend WHERE refclassid = 'pg_extension'::regclass
  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'attendance') AND deptype = 'e'
ORDER BY 1;
SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
       || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
       || COALESCE(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
       || COALESCE(' identity ' || NULLIF(a.attidentity::text, ''), '')
       || COALESCE(' -- ' || col_description(c.oid, a.attnum), '')
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
WHERE c.relnamespace = 'attendance'::regnamespace
ORDER BY c.relname, a.attname;
SELECT 'relation ' || c.relkind::text || ' ' || c.relname || COALESCE(' options ' || array_to_string(c.reloptions, ','), '')
       || COALESCE(' -- ' || obj_description(c.oid, 'pg_class'), '')
FROM pg_class c WHERE c.relnamespace = 'attendance'::regnamespace ORDER BY c.relname;
SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
FROM pg_constraint WHERE connamespace = 'attendance'::regnamespace ORDER BY 1;
SELECT 'index ' || pg_get_indexdef(indexrelid)
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
WHERE c.relnamespace = 'attendance'::regnamespace ORDER BY 1;
SELECT 'view ' || c.relname || ' ' || pg_get_viewdef(c.oid)
FROM pg_class c WHERE c.relnamespace = 'attendance'::regnamespace AND c.relkind IN ('v', 'm') ORDER BY 1;
SELECT 'function ' || p.oid::regprocedure || ' ' || pg_get_functiondef(p.oid)
       || COALESCE(' -- ' || obj_description(p.oid, 'pg_proc'), '')
FROM pg_proc p WHERE p.pronamespace = 'attendance'::regnamespace AND p.prokind IN ('f', 'p', 'w') ORDER BY 1;
SELECT 'aggregate-or-other ' || p.oid::regprocedure
FROM pg_proc p WHERE p.pronamespace = 'attendance'::regnamespace AND p.prokind NOT IN ('f', 'p', 'w') ORDER BY 1;
SELECT 'trigger ' || pg_get_triggerdef(t.oid)
FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
WHERE c.relnamespace = 'attendance'::regnamespace AND NOT t.tgisinternal ORDER BY 1;
SELECT 'policy ' || schemaname || '.' || tablename || ' ' || policyname || ' ' || cmd || ' ' || array_to_string(roles, ',')
       || ' ' || COALESCE(qual, '') || ' ' || COALESCE(with_check, '')
FROM pg_policies WHERE schemaname = 'attendance' ORDER BY 1;
SELECT 'rls ' || relname || ' ' || relrowsecurity::text || ' ' || relforcerowsecurity::text
FROM pg_class WHERE relnamespace = 'attendance'::regnamespace AND relkind = 'r' ORDER BY 1;
SELECT 'type ' || t.typname || COALESCE(' -- ' || obj_description(t.oid, 'pg_type'), '')
FROM pg_type t WHERE t.typnamespace = 'attendance'::regnamespace AND t.typtype NOT IN ('c') ORDER BY 1;
SELECT 'operator ' || o.oid::regoperator || COALESCE(' -- ' || obj_description(o.oid, 'pg_operator'), '')
FROM pg_operator o WHERE o.oprnamespace = 'attendance'::regnamespace ORDER BY 1;
SELECT 'event trigger ' || evtname || ' ' || evtevent || ' ' || COALESCE(array_to_string(evttags, ','), '')
FROM pg_event_trigger ORDER BY 1;
SELECT 'config ' || c::regclass || ' ' || COALESCE(w, '')
FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(c, w) WHERE e.extname = 'attendance' ORDER BY 1;
SELECT 'shipped ' || relname || ' ' || n
FROM (SELECT 'criterion' AS relname, count(*) AS n FROM attendance.criterion WHERE shipped
      UNION ALL SELECT 'protocol_state', count(*) FROM attendance.protocol_state WHERE shipped
      UNION ALL SELECT 'protocol_transition', count(*) FROM attendance.protocol_transition WHERE shipped
      UNION ALL SELECT 'state_deadline', count(*) FROM attendance.state_deadline WHERE shipped
      UNION ALL SELECT 'signal_protocol', count(*) FROM attendance.signal_protocol WHERE shipped) s
ORDER BY 1;
