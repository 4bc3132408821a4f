-- Objects in the managed schemas that pgdecl does not manage (their kind has no spec
-- syntax): listed so that plan and export name them, never silently ignored, and never
-- dropped. Objects without a schema of their own (casts, event triggers, publication
-- membership) are listed when what they use lives in a managed schema. Extension
-- members (deptype 'e') and objects internal to another (deptype 'i': a range type's
-- constructors, its multirange) are skipped.
-- kind: what the object is; name: its identity within the schema; detail: why, or '' .
WITH s AS (
  SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY(%(schemas)s::text[])
), skipped AS (
  SELECT d.classid, d.objid FROM pg_catalog.pg_depend d WHERE d.deptype IN ('e', 'i')
), found AS (
  -- functions the spec cannot describe: C / internal language, or loaded from a library
  SELECT 'function' AS kind, s.nspname AS schema,
         p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')' AS name,
         'language ' || l.lanname AS detail
  FROM pg_catalog.pg_proc p JOIN s ON s.oid = p.pronamespace
  JOIN pg_catalog.pg_language l ON l.oid = p.prolang
  WHERE p.prokind IN ('f', 'p') AND (l.lanname IN ('c', 'internal') OR p.probin IS NOT NULL)
    AND (p.tableoid, p.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  SELECT 'window function', s.nspname,
         p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', ''
  FROM pg_catalog.pg_proc p JOIN s ON s.oid = p.pronamespace
  WHERE p.prokind = 'w' AND (p.tableoid, p.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  SELECT CASE t.typtype WHEN 'r' THEN 'range type' WHEN 'b' THEN 'base type' ELSE 'shell type' END,
         s.nspname, t.typname::text, ''
  FROM pg_catalog.pg_type t JOIN s ON s.oid = t.typnamespace
  WHERE (t.typtype IN ('r', 'b') OR (t.typtype = 'p' AND NOT t.typisdefined))
    AND NOT EXISTS (SELECT FROM pg_catalog.pg_type a WHERE a.typarray = t.oid)   -- an array type
    AND (t.tableoid, t.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  SELECT 'foreign table', s.nspname, c.relname::text, ''
  FROM pg_catalog.pg_class c JOIN s ON s.oid = c.relnamespace
  WHERE c.relkind = 'f' AND (c.tableoid, c.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  SELECT 'rule', s.nspname, r.rulename || ' on ' || c.relname, ''
  FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class JOIN s ON s.oid = c.relnamespace
  WHERE r.rulename <> '_RETURN' AND (c.tableoid, c.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  -- the spec has no triggers on views (INSTEAD OF); a foreign table's are its own
  SELECT 'trigger', s.nspname, t.tgname || ' on view ' || c.relname, ''
  FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid JOIN s ON s.oid = c.relnamespace
  WHERE NOT t.tgisinternal AND c.relkind = 'v' AND (c.tableoid, c.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  SELECT 'operator', s.nspname,
         o.oprname || '(' || COALESCE(pg_catalog.format_type(NULLIF(o.oprleft, 0), NULL), 'NONE') || ', '
           || COALESCE(pg_catalog.format_type(NULLIF(o.oprright, 0), NULL), 'NONE') || ')', ''
  FROM pg_catalog.pg_operator o JOIN s ON s.oid = o.oprnamespace
  WHERE (o.tableoid, o.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  SELECT 'operator class', s.nspname, c.opcname || ' using ' || am.amname, ''
  FROM pg_catalog.pg_opclass c JOIN s ON s.oid = c.opcnamespace JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
  WHERE (c.tableoid, c.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  -- a family made by CREATE OPERATOR CLASS for itself (same name, method and schema) is the class's
  SELECT 'operator family', s.nspname, f.opfname || ' using ' || am.amname, ''
  FROM pg_catalog.pg_opfamily f JOIN s ON s.oid = f.opfnamespace JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
  WHERE (f.tableoid, f.oid) NOT IN (SELECT classid, objid FROM skipped)
    AND NOT EXISTS (SELECT FROM pg_catalog.pg_opclass c WHERE c.opcfamily = f.oid AND c.opcname = f.opfname
                      AND c.opcnamespace = f.opfnamespace)
  UNION ALL
  SELECT 'collation', s.nspname, c.collname::text, ''
  FROM pg_catalog.pg_collation c JOIN s ON s.oid = c.collnamespace
  WHERE (c.tableoid, c.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  SELECT 'conversion', s.nspname, c.conname::text, ''
  FROM pg_catalog.pg_conversion c JOIN s ON s.oid = c.connamespace
  WHERE (c.tableoid, c.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  SELECT 'text search configuration', s.nspname, c.cfgname::text, ''
  FROM pg_catalog.pg_ts_config c JOIN s ON s.oid = c.cfgnamespace
  WHERE (c.tableoid, c.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  SELECT 'text search dictionary', s.nspname, d.dictname::text, ''
  FROM pg_catalog.pg_ts_dict d JOIN s ON s.oid = d.dictnamespace
  WHERE (d.tableoid, d.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  SELECT 'text search parser', s.nspname, p.prsname::text, ''
  FROM pg_catalog.pg_ts_parser p JOIN s ON s.oid = p.prsnamespace
  WHERE (p.tableoid, p.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  SELECT 'text search template', s.nspname, t.tmplname::text, ''
  FROM pg_catalog.pg_ts_template t JOIN s ON s.oid = t.tmplnamespace
  WHERE (t.tableoid, t.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  SELECT 'statistics object', s.nspname, x.stxname::text, ''
  FROM pg_catalog.pg_statistic_ext x JOIN s ON s.oid = x.stxnamespace
  WHERE (x.tableoid, x.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  -- the statistics target set on an index's expression column (ALTER INDEX … ALTER COLUMN n
  -- SET STATISTICS): not in the spec; -1 before PostgreSQL 17 and NULL since are the default
  SELECT 'index column statistics', s.nspname, ic.relname || ' column ' || a.attnum,
         'SET STATISTICS ' || a.attstattarget
  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class ic ON ic.oid = a.attrelid
  JOIN s ON s.oid = ic.relnamespace
  WHERE ic.relkind IN ('i', 'I') AND a.attnum > 0 AND a.attstattarget IS NOT NULL AND a.attstattarget <> -1
    AND (ic.tableoid, ic.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  -- casts have no schema: listed under the schema of their function, else of their source or target type
  SELECT 'cast', COALESCE(fs.nspname, ss.nspname, ts.nspname),
         '(' || pg_catalog.format_type(c.castsource, NULL) || ' AS ' || pg_catalog.format_type(c.casttarget, NULL)
           || ')', ''
  FROM pg_catalog.pg_cast c
  LEFT JOIN pg_catalog.pg_proc p ON p.oid = c.castfunc
  LEFT JOIN s fs ON fs.oid = p.pronamespace
  LEFT JOIN pg_catalog.pg_type st ON st.oid = c.castsource LEFT JOIN s ss ON ss.oid = st.typnamespace
  LEFT JOIN pg_catalog.pg_type tt ON tt.oid = c.casttarget LEFT JOIN s ts ON ts.oid = tt.typnamespace
  WHERE COALESCE(fs.nspname, ss.nspname, ts.nspname) IS NOT NULL
    AND (c.tableoid, c.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  -- event triggers have no schema: listed under the schema of their function
  SELECT 'event trigger', s.nspname, e.evtname::text, ''
  FROM pg_catalog.pg_event_trigger e JOIN pg_catalog.pg_proc p ON p.oid = e.evtfoid JOIN s ON s.oid = p.pronamespace
  WHERE (e.tableoid, e.oid) NOT IN (SELECT classid, objid FROM skipped)
  UNION ALL
  SELECT 'publication membership', s.nspname, c.relname || ' in publication ' || pub.pubname, ''
  FROM pg_catalog.pg_publication_rel pr JOIN pg_catalog.pg_publication pub ON pub.oid = pr.prpubid
  JOIN pg_catalog.pg_class c ON c.oid = pr.prrelid JOIN s ON s.oid = c.relnamespace
  UNION ALL
  SELECT 'table inheritance', s.nspname, c.relname || ' inherits ' || pn.nspname || '.' || p.relname, ''
  FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
  JOIN pg_catalog.pg_class p ON p.oid = i.inhparent JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
  JOIN s ON s.oid = c.relnamespace
  WHERE NOT c.relispartition AND c.relkind IN ('r', 'p')
)
SELECT kind, schema, name, detail FROM found ORDER BY schema, kind, name
