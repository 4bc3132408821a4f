-- Sizes (pg_total_relation_size: table, TOAST and indexes) of the named tables,
-- given as two parallel arrays; a name that is not a table is left out. Only the
-- tables a plan would change are measured (online.tables_to_measure): on a large
-- schema, measuring every table costs a third of the tables query.
SELECT n.nspname AS schema, c.relname AS name, pg_catalog.pg_total_relation_size(c.oid) AS size_bytes
FROM unnest(%(schemas)s::text[], %(names)s::text[]) AS t(schema, name)
JOIN pg_catalog.pg_namespace n ON n.nspname = t.schema
JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = t.name
WHERE c.relkind IN ('r', 'p')
