-- Rules on the tables and views of the managed schemas (CREATE RULE), not a view's own
-- _RETURN rule (the view itself), not extension members. definition: pg_get_ruledef.
SELECT n.nspname::text AS schema,
       c.relname::text AS "table",
       r.rulename::text AS name,
       pg_catalog.pg_get_ruledef(r.oid) AS definition,
       pg_catalog.obj_description(r.oid, 'pg_rewrite') AS comment,
       r.ev_enabled::text AS enabled
FROM pg_catalog.pg_rewrite r
JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY(%(schemas)s::text[])
  AND r.rulename <> '_RETURN'
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2, 3
