-- Foreign data wrappers (database-wide), except extension members (postgres_fdw,
-- file_fdw ... belong to their extension). Handler and validator as regproc text
-- (schema-qualified unless in pg_catalog under search_path = ''); options as
-- [name, value] pairs in catalog order.
SELECT w.fdwname AS name,
       NULLIF(w.fdwhandler, 0)::pg_catalog.regproc::text AS handler,
       NULLIF(w.fdwvalidator, 0)::pg_catalog.regproc::text AS validator,
       ARRAY(SELECT ARRAY[o.option_name, o.option_value] FROM pg_catalog.pg_options_to_table(w.fdwoptions) o)
         AS options,
       (SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = w.oid
          AND d.classoid = 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_foreign_data_wrapper w
WHERE NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend e
    WHERE e.classid = 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass
      AND e.objid = w.oid AND e.deptype = 'e')
ORDER BY w.fdwname
