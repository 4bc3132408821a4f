-- Export only: relation facts the catalog model does not keep (and which the
-- spec cannot express yet, reported as warnings): populated materialized
-- views, inheritance (other than partitions), foreign tables, unlogged tables.
SELECT n.nspname AS schema,
       c.relname AS name,
       c.relkind::text AS relkind,
       c.relispopulated AS populated,
       c.relpersistence::text AS persistence,
       c.relispartition AS is_partition,
       EXISTS (SELECT FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid) AS inherits
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'm', 'f')
  AND n.nspname = ANY(%(schemas)s::text[])
ORDER BY 1, 2
