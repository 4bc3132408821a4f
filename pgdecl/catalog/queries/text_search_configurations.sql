-- Text search configurations in managed schemas, one row per configuration; extension
-- members are skipped. parser = its qualified name; mappings = [token type alias,
-- [dictionary (regdictionary text), …] in mapseqno order] by alias.
SELECT n.nspname AS schema,
       c.cfgname AS name,
       quote_ident(pn.nspname) || '.' || quote_ident(p.prsname) AS parser,
       COALESCE((
         SELECT json_agg(json_build_array(m.alias, m.dicts) ORDER BY m.alias)
         FROM (SELECT t.alias::text AS alias, json_agg(cm.mapdict::pg_catalog.regdictionary::text
                                                 ORDER BY cm.mapseqno) AS dicts
               FROM pg_catalog.pg_ts_config_map cm
               JOIN pg_catalog.ts_token_type(c.cfgparser) t ON t.tokid = cm.maptokentype
               WHERE cm.mapcfg = c.oid
               GROUP BY t.alias) m
       ), '[]'::json) AS mappings,
       (SELECT x.description FROM pg_catalog.pg_description x WHERE x.objoid = c.oid
          AND x.classoid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass AND x.objsubid = 0) AS comment
FROM pg_catalog.pg_ts_config c
JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
JOIN pg_catalog.pg_ts_parser p ON p.oid = c.cfgparser
JOIN pg_catalog.pg_namespace pn ON pn.oid = p.prsnamespace
WHERE n.nspname = ANY(%(schemas)s::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e WHERE e.deptype = 'e'
                  AND e.classid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass AND e.objid = c.oid)
ORDER BY n.nspname, c.cfgname
