-- Foreign servers (database-wide), except extension members; options as [name, value].
SELECT s.srvname AS name,
       w.fdwname AS wrapper,
       s.srvtype AS type,
       s.srvversion AS version,
       ARRAY(SELECT ARRAY[o.option_name, o.option_value] FROM pg_catalog.pg_options_to_table(s.srvoptions) o)
         AS options,
       (SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = s.oid
          AND d.classoid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_foreign_server s
JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw
WHERE NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend e
    WHERE e.classid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass
      AND e.objid = s.oid AND e.deptype = 'e')
ORDER BY s.srvname
