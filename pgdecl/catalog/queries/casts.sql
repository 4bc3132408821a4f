-- Casts that involve a type or a function of a managed schema (source, target or function;
-- an array of such a type counts), not extension members nor internal to a type. uses: [kind, schema, name, parent]
-- of what the cast needs (its function; each user type, as a type and as a table's row type).
WITH types AS (
  SELECT t.oid, n.nspname::text AS schema, COALESCE(e.typname, t.typname)::text AS name
  FROM pg_catalog.pg_type t
  LEFT JOIN pg_catalog.pg_type e ON e.typarray = t.oid
  JOIN pg_catalog.pg_namespace n ON n.oid = COALESCE(e.typnamespace, t.typnamespace)
)
SELECT pg_catalog.format_type(c.castsource, NULL) AS source,
       pg_catalog.format_type(c.casttarget, NULL) AS target,
       c.castmethod::text AS method,
       c.castcontext::text AS context,
       CASE WHEN c.castfunc <> 0 THEN c.castfunc::pg_catalog.regprocedure::text END AS function,
       ARRAY(SELECT ARRAY[u.kind, u.schema, u.name, ''] FROM (
               SELECT 'function' AS kind, fn.nspname::text AS schema,
                      p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')' AS name
               FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace fn ON fn.oid = p.pronamespace
               WHERE p.oid = c.castfunc AND fn.nspname = ANY(%(schemas)s::text[])
               UNION ALL
               SELECT k.kind, t.schema, t.name FROM types t CROSS JOIN (VALUES ('type'), ('table')) k(kind)
               WHERE t.oid IN (c.castsource, c.casttarget) AND t.schema = ANY(%(schemas)s::text[])) u) AS uses,
       ARRAY(SELECT DISTINCT x FROM pg_catalog.unnest(ARRAY[
               (SELECT t.schema FROM types t WHERE t.oid = c.castsource),
               (SELECT t.schema FROM types t WHERE t.oid = c.casttarget),
               (SELECT fn.nspname::text FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace fn
                  ON fn.oid = p.pronamespace WHERE p.oid = c.castfunc)]) x
             WHERE x = ANY(%(schemas)s::text[]) ORDER BY x) AS schemas,
       pg_catalog.obj_description(c.oid, 'pg_cast') AS comment
FROM pg_catalog.pg_cast c
WHERE c.oid >= 16384
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass AND d.objid = c.oid
                    AND d.deptype IN ('e', 'i'))     -- an extension's, or made with its type (range → multirange)
  AND (EXISTS (SELECT FROM types t WHERE t.oid IN (c.castsource, c.casttarget)
                 AND t.schema = ANY(%(schemas)s::text[]))
       OR EXISTS (SELECT FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace fn ON fn.oid = p.pronamespace
                  WHERE p.oid = c.castfunc AND fn.nspname = ANY(%(schemas)s::text[])))
ORDER BY 1, 2
