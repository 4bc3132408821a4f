-- Row-level security policies. command is pg_policy.polcmd (mapped with
-- POLICY_COMMANDS); role 0 in polroles is PUBLIC, reported as 'public'.
SELECT n.nspname AS schema,
       c.relname AS "table",
       pol.polname AS name,
       pol.polcmd::text AS command,
       pol.polpermissive AS permissive,
       ARRAY(SELECT CASE WHEN r.role = 0 THEN 'public' ELSE pg_get_userbyid(r.role)::text END
             FROM unnest(pol.polroles) AS r(role)) AS roles,
       pg_get_expr(pol.polqual, pol.polrelid) AS "using",
       pg_get_expr(pol.polwithcheck, pol.polrelid) AS "check",
       (SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = pol.oid AND d.classoid = 'pg_catalog.pg_policy'::pg_catalog.regclass AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_policy pol
JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY(%(schemas)s::text[])
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend e
    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND e.objid = c.oid AND e.deptype = 'e')
ORDER BY n.nspname, c.relname, pol.polname
