-- Extended statistics objects (CREATE STATISTICS) on tables of managed schemas, one row
-- per object; extension members are skipped. definition = pg_get_statisticsobjdef (the
-- kinds are printed only when not all of them are built); target = ALTER STATISTICS …
-- SET STATISTICS, NULL for the default (-1 before PostgreSQL 17, NULL from 17 on);
-- columns (in stxkeys order), expressions and kinds are for export.
SELECT n.nspname AS schema,
       c.relname AS "table",
       x.stxname AS name,
       pg_catalog.pg_get_statisticsobjdef(x.oid) AS definition,
       NULLIF(x.stxstattarget, -1)::int AS target,
       ARRAY(SELECT a.attname::text FROM pg_catalog.unnest(x.stxkeys) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = x.stxrelid AND a.attnum = k.attnum
             ORDER BY k.position) AS columns,
       COALESCE(pg_catalog.pg_get_statisticsobjdef_expressions(x.oid), '{}') AS expressions,
       ARRAY(SELECT CASE k WHEN 'd' THEN 'ndistinct' WHEN 'f' THEN 'dependencies' ELSE 'mcv' END
             FROM pg_catalog.unnest(x.stxkind) AS k WHERE k IN ('d', 'f', 'm') ORDER BY k) AS kinds,
       (SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = x.oid
          AND d.classoid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_statistic_ext x
JOIN pg_catalog.pg_namespace n ON n.oid = x.stxnamespace
JOIN pg_catalog.pg_class c ON c.oid = x.stxrelid
WHERE n.nspname = ANY(%(schemas)s::text[]) AND c.relkind IN ('r', 'p')   -- a view's: unmanaged.sql
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e WHERE e.deptype = 'e'
                  AND e.classid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass AND e.objid = x.oid)
ORDER BY n.nspname, x.stxname
