-- User-defined operators (pg_operator). The identity is 'op(left, right)' with
-- format_type names, 'NONE' as the left type of a prefix operator. The function,
-- restriction and join estimators as regproc text (schema-qualified under
-- search_path = '' unless in pg_catalog); the commutator and negator as
-- 'schema.op' (their argument types follow from this operator's). Shell
-- operators (oprcode 0: made by PostgreSQL for a COMMUTATOR or NEGATOR that did
-- not exist yet) are placeholders, not objects of their own, and are skipped.
SELECT n.nspname AS schema,
       o.oprname AS name,
       CASE WHEN o.oprleft <> 0 THEN pg_catalog.format_type(o.oprleft, NULL) END AS "left",
       pg_catalog.format_type(o.oprright, NULL) AS "right",
       o.oprcode::pg_catalog.regproc::text AS function,
       (SELECT cn.nspname || '.' || c.oprname FROM pg_catalog.pg_operator c
        JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprcom) AS commutator,
       (SELECT cn.nspname || '.' || c.oprname FROM pg_catalog.pg_operator c
        JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprnegate) AS negator,
       NULLIF(o.oprrest, 0)::pg_catalog.regproc::text AS restrict,
       NULLIF(o.oprjoin, 0)::pg_catalog.regproc::text AS "join",
       o.oprcanhash AS hashes,
       o.oprcanmerge AS merges,
       (SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = o.oid
          AND d.classoid = 'pg_catalog.pg_operator'::pg_catalog.regclass AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_operator o
JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
WHERE o.oprcode <> 0
  AND n.nspname = ANY(%(schemas)s::text[])
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend e
    WHERE e.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass
      AND e.objid = o.oid AND e.deptype = 'e')
ORDER BY n.nspname, o.oprname, 3, 4
