-- Export only: the order types and views are written in (export/context.py,
-- dependency_order): which type of an exported schema uses another type of that
-- schema, which view reads another view of it. The rows of dependencies.sql whose two
-- sides are types, or two views, of one schema, keyed as there; reading just these
-- rather than every dependency took a ninth of an export's time (1.8 s on 5,000 tables).
--   pg_class      a view or materialized view -> the view; a composite type's relation
--                 (its attributes) -> the type
--   pg_rewrite    a view's _RETURN rule -> the view
--   pg_type       enum / domain / composite / range type and its array type -> the type;
--                 a view's row type -> the view; a multirange (and its array) -> its range
--   pg_constraint a domain constraint -> its domain
WITH objects AS MATERIALIZED (
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass::oid AS classid, c.oid AS objid,
         CASE WHEN c.relkind = 'c' THEN 'type' ELSE 'view' END AS kind,
         n.nspname::text AS schema, c.relname::text AS name
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('v', 'm', 'c') AND n.nspname = ANY(%(schemas)s::text[])
  UNION ALL
  SELECT 'pg_catalog.pg_rewrite'::pg_catalog.regclass::oid, r.oid, 'view', n.nspname::text, c.relname::text
  FROM pg_catalog.pg_rewrite r
  JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('v', 'm') AND r.rulename = '_RETURN' AND n.nspname = ANY(%(schemas)s::text[])
  UNION ALL
  SELECT 'pg_catalog.pg_type'::pg_catalog.regclass::oid, tt.oid, 'type', n.nspname::text, t.typname::text
  FROM pg_catalog.pg_type t
  CROSS JOIN LATERAL (VALUES (t.oid), (t.typarray)) AS tt(oid)
  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  WHERE t.typtype IN ('e', 'd', 'r') AND tt.oid <> 0 AND n.nspname = ANY(%(schemas)s::text[])
  UNION ALL
  SELECT 'pg_catalog.pg_type'::pg_catalog.regclass::oid, tt.oid,
         CASE WHEN c.relkind = 'c' THEN 'type' ELSE 'view' END, n.nspname::text, t.typname::text
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_catalog.pg_type t ON t.oid = c.reltype
  CROSS JOIN LATERAL (VALUES (t.oid), (t.typarray)) AS tt(oid)
  WHERE c.relkind IN ('c', 'v', 'm') AND tt.oid <> 0 AND n.nspname = ANY(%(schemas)s::text[])
  UNION ALL
  SELECT 'pg_catalog.pg_type'::pg_catalog.regclass::oid, mt.oid, 'type', n.nspname::text, t.typname::text
  FROM pg_catalog.pg_range rg
  JOIN pg_catalog.pg_type t ON t.oid = rg.rngtypid
  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  JOIN pg_catalog.pg_type m ON m.oid = rg.rngmultitypid
  CROSS JOIN LATERAL (VALUES (m.oid), (m.typarray)) AS mt(oid)
  WHERE mt.oid <> 0 AND n.nspname = ANY(%(schemas)s::text[])
  UNION ALL
  SELECT 'pg_catalog.pg_constraint'::pg_catalog.regclass::oid, con.oid, 'type', n.nspname::text, t.typname::text
  FROM pg_catalog.pg_type t
  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  JOIN pg_catalog.pg_constraint con ON con.contypid = t.oid
  WHERE t.typtype = 'd' AND n.nspname = ANY(%(schemas)s::text[])
)
-- each object's own dependencies by index (not a hash of all of pg_depend), then their
-- targets by hash; kind and schema compared last: as join keys of two small sets they made
-- the planner pair every object with every other first (12 s on 5,000 tables)
, edges AS MATERIALIZED (
  SELECT dep.kind, dep.schema, dep.name, d.refclassid, d.refobjid
  FROM objects dep
  JOIN pg_catalog.pg_depend d ON d.classid = dep.classid AND d.objid = dep.objid
  WHERE d.deptype IN ('n', 'a')
    AND d.refclassid IN ('pg_catalog.pg_class'::pg_catalog.regclass, 'pg_catalog.pg_type'::pg_catalog.regclass)
)
SELECT DISTINCT e.kind, e.schema, e.name AS dependent, ref.name AS referenced
FROM edges e
JOIN objects ref ON ref.classid = e.refclassid AND ref.objid = e.refobjid
WHERE (ref.kind, ref.schema) = (e.kind, e.schema) AND ref.name <> e.name
