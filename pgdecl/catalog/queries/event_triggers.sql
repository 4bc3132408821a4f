-- Event triggers (database-wide; the spec manages those it names), not extension members.
-- function: evtfoid::regproc, schema-qualified under the empty search_path.
SELECT e.evtname::text AS name,
       e.evtevent::text AS event,
       e.evtfoid::pg_catalog.regproc::text AS function,
       COALESCE(e.evttags, ARRAY[]::text[]) AS tags,
       e.evtenabled::text AS enabled,
       pg_catalog.obj_description(e.oid, 'pg_event_trigger') AS comment
FROM pg_catalog.pg_event_trigger e
WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass AND d.objid = e.oid
                    AND d.deptype = 'e')
ORDER BY e.evtname
