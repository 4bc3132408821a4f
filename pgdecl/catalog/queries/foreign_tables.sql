-- Foreign tables (pg_foreign_table) of the managed schemas: the server, the table's
-- options and the columns (attnum order) as [name, type, not null, default, options
-- as 'name=value' lines]; extension members skipped.
SELECT n.nspname AS schema,
       c.relname AS name,
       s.srvname AS server,
       ARRAY(SELECT ARRAY[o.option_name, o.option_value] FROM pg_catalog.pg_options_to_table(ft.ftoptions) o)
         AS options,
       ARRAY(
         SELECT ARRAY[a.attname::text, pg_catalog.format_type(a.atttypid, a.atttypmod),
                      a.attnotnull::text,
                      (SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid) FROM pg_catalog.pg_attrdef d
                       WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum),
                      (SELECT pg_catalog.string_agg(o.option_name || '=' || o.option_value, E'\n' ORDER BY o.option_name)
                       FROM pg_catalog.pg_options_to_table(a.attfdwoptions) o)]
         FROM pg_catalog.pg_attribute a
         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
         ORDER BY a.attnum) AS columns,
       (SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = c.oid
          AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_foreign_table ft
JOIN pg_catalog.pg_class c ON c.oid = ft.ftrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver
WHERE n.nspname = ANY(%(schemas)s::text[])
  AND NOT c.relispartition
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend e
    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND e.objid = c.oid AND e.deptype = 'e')
ORDER BY n.nspname, c.relname
