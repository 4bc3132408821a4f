-- Table constraints: primary key, unique, foreign key, check, exclusion.
-- NOT NULL ('n', PostgreSQL 18), constraint triggers ('t') and domain
-- constraints (conrelid = 0) are not listed. inherited: a partition's copy of
-- its parent's constraint (conislocal false, or a clone with conparentid; a
-- foreign key referencing a partitioned table also has a clone per referenced
-- partition), kept apart from the partition's own.
SELECT n.nspname AS schema,
       t.relname AS "table",
       con.conname AS name,
       con.contype::text AS kind,
       pg_get_constraintdef(con.oid) AS definition,
       ARRAY(SELECT a.attname::text
             FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
             ORDER BY k.ord) AS columns,
       CASE WHEN con.contype = 'f' THEN ARRAY[rn.nspname::text, rt.relname::text] END AS ref_table,
       ARRAY(SELECT a.attname::text
             FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
             ORDER BY k.ord) AS ref_columns,
       (SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = con.oid AND d.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND d.objsubid = 0) AS comment,
       (con.conparentid <> 0 OR NOT con.conislocal) AS inherited
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class t ON t.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
LEFT JOIN pg_catalog.pg_class rt ON rt.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rt.relnamespace
WHERE con.contype IN ('p', 'u', 'f', 'c', 'x')
  AND con.conrelid <> 0
  AND t.relkind <> 'f'      -- a foreign table is unmanaged (unmanaged.sql), and so is what is on it
  AND n.nspname = ANY(%(schemas)s::text[])
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend e
    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND e.objid = t.oid AND e.deptype = 'e')
ORDER BY n.nspname, t.relname, con.conname
