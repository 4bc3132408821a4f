-- User triggers (not the internal ones behind foreign keys). inherited: a
-- partition's clone of its parent's trigger (tgparentid).
-- function = ARRAY['function', schema, 'name(identity args)'] (an ObjectKey).
SELECT n.nspname AS schema,
       c.relname AS "table",
       tg.tgname AS name,
       pg_get_triggerdef(tg.oid) AS definition,
       ARRAY['function', fn.nspname::text,
             p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'] AS function,
       tg.tgconstraint <> 0 AS constraint,
       tg.tgenabled::text AS enabled,
       (SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = tg.oid AND d.classoid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND d.objsubid = 0) AS comment,
       tg.tgparentid <> 0 AS inherited
FROM pg_catalog.pg_trigger tg
JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_proc p ON p.oid = tg.tgfoid
JOIN pg_catalog.pg_namespace fn ON fn.oid = p.pronamespace
WHERE NOT tg.tgisinternal
  AND c.relkind IN ('r', 'p')   -- triggers on views and foreign tables are unmanaged (unmanaged.sql)
  AND n.nspname = ANY(%(schemas)s::text[])
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend e
    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND e.objid = c.oid AND e.deptype = 'e')
ORDER BY n.nspname, c.relname, tg.tgname
