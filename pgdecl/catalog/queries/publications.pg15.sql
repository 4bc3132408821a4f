-- Publications (database-wide, not limited to managed schemas; the spec manages those it
-- names), PostgreSQL 15 and later: column lists (prattrs, in column order), row filters
-- (prqual) and FOR TABLES IN SCHEMA (pg_publication_namespace).
-- tables: a JSON array of {schema, name, columns, where}, sorted.
SELECT p.pubname::text AS name,
       p.puballtables AS all_tables,
       pg_catalog.array_remove(ARRAY[CASE WHEN p.pubinsert THEN 'insert' END, CASE WHEN p.pubupdate THEN 'update' END,
                                     CASE WHEN p.pubdelete THEN 'delete' END,
                                     CASE WHEN p.pubtruncate THEN 'truncate' END], NULL) AS publish,
       p.pubviaroot AS via_root,
       COALESCE((SELECT pg_catalog.json_agg(pg_catalog.json_build_object(
                          'schema', n.nspname, 'name', c.relname,
                          'columns', (SELECT pg_catalog.array_agg(a.attname ORDER BY a.attnum)
                                      FROM pg_catalog.pg_attribute a
                                      WHERE a.attrelid = pr.prrelid AND a.attnum = ANY(pr.prattrs)),
                          'where', pg_catalog.pg_get_expr(pr.prqual, pr.prrelid))
                        ORDER BY n.nspname, c.relname)
                 FROM pg_catalog.pg_publication_rel pr
                 JOIN pg_catalog.pg_class c ON c.oid = pr.prrelid
                 JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                 WHERE pr.prpubid = p.oid), '[]') AS tables,
       ARRAY(SELECT n.nspname::text FROM pg_catalog.pg_publication_namespace pn
             JOIN pg_catalog.pg_namespace n ON n.oid = pn.pnnspid
             WHERE pn.pnpubid = p.oid ORDER BY n.nspname) AS schemas,
       pg_catalog.obj_description(p.oid, 'pg_publication') AS comment
FROM pg_catalog.pg_publication p
ORDER BY p.pubname
