-- User-defined aggregates: pg_aggregate joined to its pg_proc row (prokind 'a').
-- Support functions as regproc text (schema-qualified under search_path = ''
-- unless in pg_catalog), types as format_type, the sort operator as
-- 'schema.op'. A zero-argument aggregate's identity is '*' (count(*) style),
-- as the DROP / COMMENT ON AGGREGATE syntax writes it.
SELECT n.nspname AS schema,
       p.proname AS name,
       CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_catalog.pg_get_function_identity_arguments(p.oid) END AS identity_args,
       CASE a.aggkind WHEN 'o' THEN 'ordered-set' WHEN 'h' THEN 'hypothetical' ELSE 'normal' END AS kind,
       pg_catalog.pg_get_function_result(p.oid) AS result,
       a.aggtransfn::pg_catalog.regproc::text AS sfunc,
       pg_catalog.format_type(a.aggtranstype, NULL) AS stype,
       a.aggtransspace AS sspace,
       NULLIF(a.aggfinalfn, 0)::pg_catalog.regproc::text AS finalfunc,
       a.aggfinalextra AS finalfunc_extra,
       CASE a.aggfinalmodify WHEN 's' THEN 'shareable' WHEN 'w' THEN 'read_write' ELSE 'read_only' END AS finalfunc_modify,
       NULLIF(a.aggcombinefn, 0)::pg_catalog.regproc::text AS combinefunc,
       NULLIF(a.aggserialfn, 0)::pg_catalog.regproc::text AS serialfunc,
       NULLIF(a.aggdeserialfn, 0)::pg_catalog.regproc::text AS deserialfunc,
       a.agginitval AS initcond,
       NULLIF(a.aggmtransfn, 0)::pg_catalog.regproc::text AS msfunc,
       NULLIF(a.aggminvtransfn, 0)::pg_catalog.regproc::text AS minvfunc,
       CASE WHEN a.aggmtranstype <> 0 THEN pg_catalog.format_type(a.aggmtranstype, NULL) END AS mstype,
       a.aggmtransspace AS msspace,
       NULLIF(a.aggmfinalfn, 0)::pg_catalog.regproc::text AS mfinalfunc,
       a.aggmfinalextra AS mfinalfunc_extra,
       CASE a.aggmfinalmodify WHEN 's' THEN 'shareable' WHEN 'w' THEN 'read_write' ELSE 'read_only' END AS mfinalfunc_modify,
       a.aggminitval AS minitcond,
       (SELECT opn.nspname || '.' || o.oprname FROM pg_catalog.pg_operator o
        JOIN pg_catalog.pg_namespace opn ON opn.oid = o.oprnamespace WHERE o.oid = a.aggsortop) AS sortop,
       CASE p.proparallel WHEN 's' THEN 'safe' WHEN 'r' THEN 'restricted' ELSE 'unsafe' END AS parallel,
       (SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_aggregate a
JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind = 'a'
  AND n.nspname = ANY(%(schemas)s::text[])
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend e
    WHERE e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
      AND e.objid = p.oid AND e.deptype = 'e')
ORDER BY n.nspname, p.proname, identity_args
