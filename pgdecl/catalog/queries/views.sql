-- Views and materialized views. columns = [[name, type], ...] in order;
-- options = sorted [[name, value], ...] from reloptions without check_option,
-- boolean values spelled 'true' / 'false' whatever the user wrote (reloptions
-- keep the text as given: security_invoker=on and =true must compare equal).
SELECT n.nspname AS schema,
       c.relname AS name,
       pg_get_viewdef(c.oid) AS definition,
       COALESCE((
         SELECT json_agg(json_build_array(a.attname, format_type(a.atttypid, a.atttypmod)) ORDER BY a.attnum)
         FROM pg_catalog.pg_attribute a
         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       ), '[]'::json) AS columns,
       COALESCE((
         SELECT json_agg(json_build_array(o.option_name,
                  CASE
                    WHEN o.option_name IN ('security_invoker', 'security_barrier', 'autovacuum_enabled',
                                           'toast.autovacuum_enabled', 'user_catalog_table',
                                           'vacuum_truncate', 'toast.vacuum_truncate')
                      THEN o.option_value::boolean::text
                    WHEN lower(o.option_value) IN ('on', 'true', 'yes', '1') THEN 'true'
                    WHEN lower(o.option_value) IN ('off', 'false', 'no', '0') THEN 'false'
                    ELSE o.option_value
                  END) ORDER BY o.option_name)
         FROM pg_options_to_table(c.reloptions) o
         WHERE o.option_name <> 'check_option'
       ), '[]'::json) AS options,
       (SELECT lower(o.option_value)
        FROM pg_options_to_table(c.reloptions) o
        WHERE o.option_name = 'check_option') AS check_option,
       c.relkind = 'm' AS materialized,
       c.relispopulated AS populated,
       COALESCE((
         SELECT json_agg(json_build_array(a.attname, d.description) ORDER BY a.attnum)
         FROM pg_catalog.pg_attribute a
         JOIN pg_catalog.pg_description d ON d.objoid = c.oid AND d.objsubid = a.attnum
           AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       ), '[]'::json) AS column_comments,
       (SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm')
  AND n.nspname = ANY(%(schemas)s::text[])
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend e
    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND e.objid = c.oid AND e.deptype = 'e')
ORDER BY n.nspname, c.relname
