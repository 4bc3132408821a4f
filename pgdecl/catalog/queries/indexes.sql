-- Stand-alone indexes on tables and materialized views. An index that backs a
-- PRIMARY KEY / UNIQUE / EXCLUDE constraint *of the same table* is part of the
-- constraint and not listed. A foreign key's conindid names the *referenced*
-- table's index, which stays listed: hence contype p/u/x and the conrelid check.
-- inherited: a partition's index attached to its parent's index (pg_inherits).
SELECT n.nspname AS schema,
       t.relname AS "table",
       ic.relname AS name,
       pg_get_indexdef(i.indexrelid) AS definition,
       am.amname AS method,
       i.indisunique AS "unique",
       ARRAY(SELECT COALESCE(a.attname::text, '')
             FROM unnest(i.indkey::pg_catalog.int2[]) WITH ORDINALITY AS k(attnum, ord)
             LEFT JOIN pg_catalog.pg_attribute a
                    ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0
             WHERE k.ord <= i.indnkeyatts
             ORDER BY k.ord) AS columns,
       i.indisvalid AS valid,
       ARRAY(SELECT o FROM pg_catalog.unnest(ic.reloptions) o ORDER BY 1) AS options,
       (SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = ic.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0) AS comment,
       EXISTS (SELECT FROM pg_catalog.pg_inherits ih WHERE ih.inhrelid = i.indexrelid) AS inherited
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
WHERE t.relkind IN ('r', 'p', 'm')
  AND n.nspname = ANY(%(schemas)s::text[])
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_constraint con
    WHERE con.conindid = i.indexrelid
      AND con.conrelid = i.indrelid
      AND con.contype IN ('p', 'u', 'x'))
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend e
    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND e.objid IN (t.oid, ic.oid) AND e.deptype = 'e')
ORDER BY n.nspname, ic.relname
