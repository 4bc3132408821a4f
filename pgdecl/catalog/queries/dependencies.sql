-- Dependencies between addressable objects, from pg_depend (deptype 'n'
-- normal and 'a' auto). The "objects" CTE maps every catalog row that can
-- appear in pg_depend to the ObjectKey pgdecl knows it by:
--   pg_class      table / view / sequence / index itself
--   pg_proc       function 'name(identity args)'; an aggregate likewise, '*' when
--                 it has no arguments (a view calling it, it on its support functions)
--   pg_rewrite    a view's _RETURN rule -> the view (or materialized view); any other rule ->
--                 rule (parent = its table or view)
--   pg_attrdef    a column default / generation expression -> its table
--   pg_constraint a table constraint -> the constraint (parent = table)
--   pg_policy     policy (parent = table)
--   pg_trigger    trigger (parent = table)
--   pg_type       enum / domain / composite / range type; a table's or view's row type
--                 is known as the relation; an array type is known as its
--                 element type (a column of mood[] depends on mood), a multirange (and
--                 its array) as its range type
--   pg_class 'c'  a composite type's relation (its attributes) -> the type
--   pg_constraint a domain constraint -> its domain
--   pg_operator   operator 'op(left, right)' ('NONE' for a prefix operator's left)
--   pg_opclass / pg_opfamily  'name using method'; a member (pg_amop / pg_amproc) is
--                 known as the class it is bound to, else as its family
--   pg_statistic_ext  statistics object (parent = table)
--   pg_ts_dict / pg_ts_config  text search dictionary / configuration (a configuration
--                 uses dictionaries; an expression casting to regconfig uses a configuration)
--   pg_collation  collation (a column, domain, composite attribute or index using it)
-- The dependent side is limited to managed schemas and not extension members;
-- the referenced side may be anywhere but pg_catalog / information_schema
-- (e.g. auth.uid()) and is only a relation, a function, a type, an operator, an operator
-- class or family, a collation or a text search dictionary or configuration. Self-references (a
-- view's rule on its own view, a generated column on its own table) are dropped.
-- dependent / referenced = ARRAY[kind, schema, name, parent];
-- column = the referenced relation's column when refobjsubid > 0.
WITH objects AS (
  -- an index backing a PK / UNIQUE / EXCLUDE constraint is known as that
  -- constraint (a foreign key depends on the referenced table's key index)
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass::oid AS classid,
         c.oid AS objid,
         CASE WHEN c.relkind IN ('r', 'p') THEN 'table'
              WHEN c.relkind = 'f' THEN 'foreign table'
              WHEN c.relkind = 'c' THEN 'type'
              WHEN c.relkind IN ('v', 'm') THEN 'view'
              WHEN c.relkind = 'S' THEN 'sequence'
              WHEN bc.oid IS NOT NULL THEN 'constraint'
              ELSE 'index' END AS kind,
         n.nspname::text AS schema,
         COALESCE(bc.conname, c.relname)::text AS name,
         COALESCE(bt.relname::text, '') AS parent,
         COALESCE(ix.indrelid, c.oid) AS relid   -- an index belongs to its table
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_index ix ON ix.indexrelid = c.oid
  LEFT JOIN pg_catalog.pg_constraint bc
         ON bc.conindid = c.oid AND bc.conrelid = ix.indrelid AND bc.contype IN ('p', 'u', 'x')
  LEFT JOIN pg_catalog.pg_class bt ON bt.oid = bc.conrelid
  WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S', 'i', 'I', 'c')
  UNION ALL
  SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass::oid, p.oid,
         CASE WHEN p.prokind = 'a' THEN 'aggregate' ELSE 'function' END, n.nspname::text,
         p.proname || '(' || CASE WHEN p.prokind = 'a' AND p.pronargs = 0 THEN '*'
                                  ELSE pg_get_function_identity_arguments(p.oid) END || ')', '', NULL::oid
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  WHERE p.prokind IN ('f', 'p', 'a')
  UNION ALL
  SELECT 'pg_catalog.pg_rewrite'::pg_catalog.regclass::oid, r.oid,
         CASE WHEN r.rulename = '_RETURN' THEN 'view' ELSE 'rule' END, n.nspname::text,
         CASE WHEN r.rulename = '_RETURN' THEN c.relname ELSE r.rulename END::text,
         CASE WHEN r.rulename = '_RETURN' THEN '' ELSE c.relname::text END, c.oid
  FROM pg_catalog.pg_rewrite r
  JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('v', 'm') OR r.rulename <> '_RETURN'
  UNION ALL
  SELECT 'pg_catalog.pg_attrdef'::pg_catalog.regclass::oid, ad.oid, 'table', n.nspname::text,
         c.relname::text, '', c.oid
  FROM pg_catalog.pg_attrdef ad
  JOIN pg_catalog.pg_class c ON c.oid = ad.adrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  UNION ALL
  SELECT 'pg_catalog.pg_constraint'::pg_catalog.regclass::oid, con.oid, 'constraint', n.nspname::text,
         con.conname::text, c.relname::text, c.oid
  FROM pg_catalog.pg_constraint con
  JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE con.contype IN ('p', 'u', 'f', 'c', 'x')
  UNION ALL
  SELECT 'pg_catalog.pg_constraint'::pg_catalog.regclass::oid, con.oid, 'type', n.nspname::text,
         t.typname::text, '', NULL::oid
  FROM pg_catalog.pg_constraint con
  JOIN pg_catalog.pg_type t ON t.oid = con.contypid
  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  UNION ALL
  SELECT 'pg_catalog.pg_type'::pg_catalog.regclass::oid, tt.oid,
         CASE WHEN c.relkind IN ('r', 'p') THEN 'table' WHEN c.relkind = 'f' THEN 'foreign table' WHEN c.relkind IN ('v', 'm') THEN 'view'
              ELSE 'type' END,
         n.nspname::text, t.typname::text, '', NULL::oid
  FROM pg_catalog.pg_type t
  CROSS JOIN LATERAL (VALUES (t.oid), (t.typarray)) AS tt(oid)
  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  LEFT JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
  WHERE (t.typtype IN ('e', 'd', 'r') OR t.typtype = 'c') AND tt.oid <> 0
  UNION ALL
  SELECT 'pg_catalog.pg_type'::pg_catalog.regclass::oid, mt.oid, 'type', n.nspname::text, t.typname::text, '',
         NULL::oid
  FROM pg_catalog.pg_range rg
  JOIN pg_catalog.pg_type t ON t.oid = rg.rngtypid
  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  JOIN pg_catalog.pg_type m ON m.oid = rg.rngmultitypid
  CROSS JOIN LATERAL (VALUES (m.oid), (m.typarray)) AS mt(oid)
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND mt.oid <> 0
  UNION ALL
  SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass::oid, o.oid, 'operator', n.nspname::text,
         o.oprname || '(' || COALESCE(pg_catalog.format_type(NULLIF(o.oprleft, 0), NULL), 'NONE') || ', '
           || pg_catalog.format_type(o.oprright, NULL) || ')', '', NULL::oid
  FROM pg_catalog.pg_operator o
  JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
  WHERE o.oprcode <> 0
  UNION ALL
  SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass::oid, c.oid, 'operator class', n.nspname::text,
         c.opcname || ' using ' || am.amname, '', NULL::oid
  FROM pg_catalog.pg_opclass c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace
  JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
  UNION ALL
  SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass::oid, f.oid, 'operator family', n.nspname::text,
         f.opfname || ' using ' || am.amname, '', NULL::oid
  FROM pg_catalog.pg_opfamily f
  JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace
  JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
  UNION ALL
  -- an operator class's or family's member (pg_amop / pg_amproc) -> the class it is bound to,
  -- else the class whose own family it is in, else its family
  SELECT m.classid, m.objid,
         CASE WHEN c.oid IS NOT NULL OR oc.oid IS NOT NULL THEN 'operator class' ELSE 'operator family' END,
         COALESCE(cn.nspname, fn.nspname)::text,
         COALESCE(c.opcname, f.opfname) || ' using ' || am.amname, '', NULL::oid
  FROM (SELECT 'pg_catalog.pg_amop'::pg_catalog.regclass::oid AS classid, a.oid AS objid, a.amopfamily AS family
        FROM pg_catalog.pg_amop a
        UNION ALL
        SELECT 'pg_catalog.pg_amproc'::pg_catalog.regclass::oid, p.oid, p.amprocfamily FROM pg_catalog.pg_amproc p) m
  JOIN pg_catalog.pg_opfamily f ON f.oid = m.family
  JOIN pg_catalog.pg_namespace fn ON fn.oid = f.opfnamespace
  JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
  LEFT JOIN pg_catalog.pg_depend b ON b.classid = m.classid AND b.objid = m.objid AND b.deptype = 'i'
        AND b.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass
  LEFT JOIN pg_catalog.pg_opclass c ON c.oid = b.refobjid
  LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = c.opcnamespace
  LEFT JOIN pg_catalog.pg_opclass oc      -- the class whose own family this is
         ON oc.opcfamily = f.oid AND oc.opcname = f.opfname AND oc.opcnamespace = f.opfnamespace
  WHERE fn.nspname NOT IN ('pg_catalog', 'information_schema')
  UNION ALL
  SELECT 'pg_catalog.pg_policy'::pg_catalog.regclass::oid, pol.oid, 'policy', n.nspname::text,
         pol.polname::text, c.relname::text, c.oid
  FROM pg_catalog.pg_policy pol
  JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  UNION ALL
  SELECT 'pg_catalog.pg_trigger'::pg_catalog.regclass::oid, tg.oid, 'trigger', n.nspname::text,
         tg.tgname::text, c.relname::text, c.oid
  FROM pg_catalog.pg_trigger tg
  JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE NOT tg.tgisinternal
  UNION ALL
  SELECT 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass::oid, x.oid, 'statistics', n.nspname::text,
         x.stxname::text, c.relname::text, c.oid
  FROM pg_catalog.pg_statistic_ext x
  JOIN pg_catalog.pg_class c ON c.oid = x.stxrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = x.stxnamespace
  UNION ALL
  SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass::oid, td.oid, 'text search dictionary', n.nspname::text,
         td.dictname::text, '', NULL::oid
  FROM pg_catalog.pg_ts_dict td JOIN pg_catalog.pg_namespace n ON n.oid = td.dictnamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  UNION ALL
  SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass::oid, tc.oid, 'text search configuration', n.nspname::text,
         tc.cfgname::text, '', NULL::oid
  FROM pg_catalog.pg_ts_config tc JOIN pg_catalog.pg_namespace n ON n.oid = tc.cfgnamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  UNION ALL
  SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass::oid, co.oid, 'collation', n.nspname::text,
         co.collname::text, '', NULL::oid
  FROM pg_catalog.pg_collation co
  JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
)
-- no DISTINCT / ORDER BY: the rows become a set (sorting ~16k arrays was a
-- third of this query's time on 1,000 tables)
SELECT ARRAY[dep.kind, dep.schema, dep.name, dep.parent] AS dependent,
       ARRAY[ref.kind, ref.schema, ref.name, ref.parent] AS referenced,
       COALESCE(a.attname::text, '') AS "column"
FROM pg_catalog.pg_depend d
JOIN objects dep ON dep.classid = d.classid AND dep.objid = d.objid
JOIN objects ref ON ref.classid = d.refclassid AND ref.objid = d.refobjid
LEFT JOIN pg_catalog.pg_attribute a
       ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND d.refobjsubid > 0
      AND a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
WHERE d.deptype IN ('n', 'a')
  AND d.refclassid IN ('pg_catalog.pg_class'::pg_catalog.regclass, 'pg_catalog.pg_proc'::pg_catalog.regclass,
                       'pg_catalog.pg_type'::pg_catalog.regclass, 'pg_catalog.pg_operator'::pg_catalog.regclass,
                       'pg_catalog.pg_opclass'::pg_catalog.regclass, 'pg_catalog.pg_opfamily'::pg_catalog.regclass,
                       'pg_catalog.pg_collation'::pg_catalog.regclass,
                       'pg_catalog.pg_ts_dict'::pg_catalog.regclass, 'pg_catalog.pg_ts_config'::pg_catalog.regclass)
  AND dep.schema = ANY(%(schemas)s::text[])
  AND ref.schema NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND (dep.kind, dep.schema, dep.name, dep.parent) <> (ref.kind, ref.schema, ref.name, ref.parent)
  -- extension members, as two hashed anti-joins (not a probe of pg_depend per row)
  AND (dep.classid, dep.objid) NOT IN (SELECT e.classid, e.objid FROM pg_catalog.pg_depend e WHERE e.deptype = 'e')
  AND COALESCE(dep.relid, 0) NOT IN (
    SELECT e.objid FROM pg_catalog.pg_depend e
    WHERE e.deptype = 'e' AND e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass)
