-- Collations in managed schemas (PostgreSQL 16: colliculocale, collicurules), one row per collation;
-- extension members are skipped. provider = pg_collation.collprovider (c libc, i icu,
-- b builtin); locale = the icu / builtin locale, lc_collate / lc_ctype = libc's.
SELECT n.nspname AS schema,
       c.collname AS name,
       c.collprovider::text AS provider,
       c.colliculocale AS locale,
       c.collcollate AS lc_collate,
       c.collctype AS lc_ctype,
       c.collisdeterministic AS deterministic,
       c.collicurules AS rules,
       (SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = c.oid
          AND d.classoid = 'pg_catalog.pg_collation'::pg_catalog.regclass AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_collation c
JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
WHERE n.nspname = ANY(%(schemas)s::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e WHERE e.deptype = 'e'
                  AND e.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass AND e.objid = c.oid)
ORDER BY n.nspname, c.collname
