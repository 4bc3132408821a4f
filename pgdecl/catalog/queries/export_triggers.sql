-- Export only: trigger parts as pg_trigger stores them (tgtype bits decoded).
SELECT n.nspname AS schema,
       c.relname AS "table",
       tg.tgname AS name,
       CASE WHEN tg.tgtype & 2 <> 0 THEN 'before'
            WHEN tg.tgtype & 64 <> 0 THEN 'instead of' ELSE 'after' END AS timing,
       ARRAY_REMOVE(ARRAY[
         CASE WHEN tg.tgtype & 4 <> 0 THEN 'insert' END,
         CASE WHEN tg.tgtype & 16 <> 0 THEN 'update' END,
         CASE WHEN tg.tgtype & 8 <> 0 THEN 'delete' END,
         CASE WHEN tg.tgtype & 32 <> 0 THEN 'truncate' END], NULL) AS events,
       CASE WHEN tg.tgtype & 1 <> 0 THEN 'row' ELSE 'statement' END AS for_each,
       ARRAY(SELECT a.attname::text
             FROM unnest(tg.tgattr::pg_catalog.int2[]) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = tg.tgrelid AND a.attnum = k.attnum
             ORDER BY k.ord) AS "of",
       tg.tgoldtable AS old_table,
       tg.tgnewtable AS new_table,
       tg.tgconstraint <> 0 AS "constraint",
       tg.tgdeferrable AS deferrable,
       tg.tginitdeferred AS initially_deferred,
       tg.tgconstrrelid <> 0 AS has_from,
       fn.nspname AS function_schema
FROM pg_catalog.pg_trigger tg
JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_proc fp ON fp.oid = tg.tgfoid
JOIN pg_catalog.pg_namespace fn ON fn.oid = fp.pronamespace
WHERE NOT tg.tgisinternal
  AND n.nspname = ANY(%(schemas)s::text[])
ORDER BY 1, 2, 3
