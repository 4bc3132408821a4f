-- Privileges from aclexplode, one row per (object, grantee, privilege[, column]).
-- target = ARRAY[kind, schema, name, parent] (an ObjectKey). Entries held by the
-- object's owner are left out (owners hold everything implicitly); grantee 0 is
-- PUBLIC. A NULL relacl / attacl means owner-only: nothing to list. A NULL
-- proacl / nspacl means the built-in default (acldefault), which for functions
-- is EXECUTE to PUBLIC: listed, since REVOKE EXECUTE ... FROM PUBLIC is a
-- difference that matters.
WITH acl AS (
  -- tables, views, materialized views, sequences
  SELECT ARRAY[CASE WHEN c.relkind IN ('v', 'm') THEN 'view'
                    WHEN c.relkind = 'S' THEN 'sequence'
                    ELSE 'table' END,
               n.nspname::text, c.relname::text, ''] AS target,
         '' AS "column",
         c.relowner AS owner,
         x.grantee, x.privilege_type, x.is_grantable
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  CROSS JOIN LATERAL aclexplode(c.relacl) AS x
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')      -- not foreign tables: unmanaged (unmanaged.sql)
    AND c.relacl IS NOT NULL                        -- owner only (most relations): nothing to list
    AND n.nspname = ANY(%(schemas)s::text[])
    AND NOT EXISTS (
      SELECT FROM pg_catalog.pg_depend e
      WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
        AND e.objid = c.oid AND e.deptype = 'e')
  UNION ALL
  -- column privileges
  SELECT ARRAY[CASE WHEN c.relkind IN ('v', 'm') THEN 'view' ELSE 'table' END,
               n.nspname::text, c.relname::text, ''],
         a.attname::text,
         c.relowner,
         x.grantee, x.privilege_type, x.is_grantable
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  CROSS JOIN LATERAL aclexplode(a.attacl) AS x
  WHERE a.attacl IS NOT NULL AND c.relkind IN ('r', 'p', 'v', 'm')
    AND a.attnum > 0 AND NOT a.attisdropped
    AND n.nspname = ANY(%(schemas)s::text[])
    AND NOT EXISTS (
      SELECT FROM pg_catalog.pg_depend e
      WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
        AND e.objid = c.oid AND e.deptype = 'e')
  UNION ALL
  -- functions, procedures and aggregates
  SELECT ARRAY[CASE WHEN p.prokind = 'a' THEN 'aggregate' ELSE 'function' END, n.nspname::text,
               p.proname || '(' || CASE WHEN p.prokind = 'a' AND p.pronargs = 0 THEN '*'
                                        ELSE pg_get_function_identity_arguments(p.oid) END || ')', ''],
         '',
         p.proowner,
         x.grantee, x.privilege_type, x.is_grantable
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  CROSS JOIN LATERAL aclexplode(COALESCE(p.proacl, acldefault('f', p.proowner))) AS x
  WHERE p.prokind IN ('f', 'p', 'a')
    AND n.nspname = ANY(%(schemas)s::text[])
    AND NOT EXISTS (
      SELECT FROM pg_catalog.pg_depend e
      WHERE e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
        AND e.objid = p.oid AND e.deptype = 'e')
  UNION ALL
  -- schemas
  SELECT ARRAY['schema', n.nspname::text, n.nspname::text, ''],
         '',
         n.nspowner,
         x.grantee, x.privilege_type, x.is_grantable
  FROM pg_catalog.pg_namespace n
  CROSS JOIN LATERAL aclexplode(COALESCE(n.nspacl, acldefault('n', n.nspowner))) AS x
  WHERE n.nspname = ANY(%(schemas)s::text[])
)
SELECT acl.target,
       CASE WHEN acl.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(acl.grantee)::text END AS grantee,
       acl.privilege_type AS privilege,
       acl."column",
       acl.is_grantable AS grantable
FROM acl
WHERE acl.grantee <> acl.owner
ORDER BY 1, 2, 3, 4
