-- Text search dictionaries in managed schemas, one row per dictionary; extension members
-- are skipped. template = its qualified name; options = dictinitoption as stored
-- (name = 'value', …), split into pairs by the loader.
SELECT n.nspname AS schema,
       d.dictname AS name,
       quote_ident(tn.nspname) || '.' || quote_ident(t.tmplname) AS template,
       d.dictinitoption AS options,
       (SELECT x.description FROM pg_catalog.pg_description x WHERE x.objoid = d.oid
          AND x.classoid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass AND x.objsubid = 0) AS comment
FROM pg_catalog.pg_ts_dict d
JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace
JOIN pg_catalog.pg_ts_template t ON t.oid = d.dicttemplate
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.tmplnamespace
WHERE n.nspname = ANY(%(schemas)s::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e WHERE e.deptype = 'e'
                  AND e.classid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass AND e.objid = d.oid)
ORDER BY n.nspname, d.dictname
