-- Managed schemas. %(schemas)s = the requested names, or NULL for every
-- non-system schema. Schemas created by an extension are skipped.
SELECT n.nspname AS name,
       (SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = n.oid AND d.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_namespace n
WHERE CASE
        WHEN %(schemas)s::text[] IS NULL THEN
          n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
          AND n.nspname !~ '^pg_(toast_)?temp_'
        ELSE n.nspname = ANY(%(schemas)s::text[])
      END
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend e
    WHERE e.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
      AND e.objid = n.oid AND e.deptype = 'e')
ORDER BY n.nspname
