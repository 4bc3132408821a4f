-- Functions and procedures (not aggregates or window functions) in a language a spec can write.
SELECT n.nspname AS schema,
       p.proname AS name,
       pg_get_function_identity_arguments(p.oid) AS identity_args,
       pg_get_function_arguments(p.oid) AS arguments,
       CASE WHEN p.prokind = 'p' THEN NULL ELSE pg_get_function_result(p.oid) END AS result,
       CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END AS kind,
       l.lanname AS language,
       pg_get_functiondef(p.oid) AS definition,
       CASE p.provolatile WHEN 'i' THEN 'immutable' WHEN 's' THEN 'stable' ELSE 'volatile' END AS volatility,
       p.prosecdef AS security_definer,
       COALESCE(p.proconfig, '{}'::text[]) AS config,
       (SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
WHERE p.prokind IN ('f', 'p')
  -- C / internal functions are unmanaged (unmanaged.sql): never created, never dropped
  AND l.lanname NOT IN ('c', 'internal') AND p.probin IS NULL
  AND n.nspname = ANY(%(schemas)s::text[])
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend e
    WHERE e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
      AND e.objid = p.oid AND e.deptype = 'e')
ORDER BY n.nspname, p.proname, identity_args
