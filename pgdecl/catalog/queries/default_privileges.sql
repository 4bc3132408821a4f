-- Default privileges (pg_default_acl), one row per (creating role, schema, kind,
-- grantee, privilege); schema '' is a global entry (no IN SCHEMA). PostgreSQL keeps
-- an entry only while it differs from what having none means: for a global entry
-- the built-in defaults (acldefault: the creating role holds everything, PUBLIC may
-- EXECUTE functions and USE types), for a schema entry nothing (it only adds to the
-- global one). The built-in defaults of every global entry are listed too, with
-- builtin = true, so that a diff knows what removing the entry means. An entry whose
-- ACL is empty (everything revoked, the owner's own privileges too) is one row with
-- a NULL grantee. Large objects (PostgreSQL 18) are not managed.
SELECT pg_catalog.pg_get_userbyid(d.defaclrole)::text AS role,
       COALESCE(n.nspname::text, '') AS schema,
       CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions'
                            WHEN 'T' THEN 'types' ELSE 'schemas' END AS kind,
       COALESCE(x.builtin, false) AS builtin,
       CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(x.grantee)::text END AS grantee,
       x.privilege_type AS privilege,
       x.is_grantable AS grantable
FROM pg_catalog.pg_default_acl d
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
LEFT JOIN LATERAL (
  SELECT false AS builtin, a.grantee, a.privilege_type, a.is_grantable
  FROM pg_catalog.aclexplode(d.defaclacl) AS a
  UNION ALL
  -- acldefault names sequences 's' ('S' is a foreign server there)
  SELECT true, a.grantee, a.privilege_type, a.is_grantable
  FROM pg_catalog.aclexplode(pg_catalog.acldefault(
         CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END, d.defaclrole)) AS a
  WHERE d.defaclnamespace = 0
) AS x ON true
WHERE d.defaclobjtype IN ('r', 'S', 'f', 'T', 'n')
  AND (d.defaclnamespace = 0 OR n.nspname = ANY(%(schemas)s::text[]))
ORDER BY 1, 2, 3, 4, 5, 6
