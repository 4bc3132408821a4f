-- Objects in the managed schemas that pgdecl does not manage (their kind has no spec
-- syntax): listed so that plan and export name them, never silently ignored, and never
-- dropped. Objects without a schema of their own (event triggers, publication
-- membership) are listed when what they use lives in a managed schema (publication
-- membership: when the publication is one the spec does not name, engine.py);
-- subscriptions (schema '') always. Extension
-- members (deptype 'e') and objects internal to another (deptype 'i': a range type's
-- constructors, its multirange) are skipped.
-- kind: what the object is; name: its identity within the schema; detail: why, or '' .
WITH s AS (
  SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY(%(schemas)s::text[])
), found AS (
  -- functions the spec cannot describe: C / internal language, or loaded from a library
  SELECT 'function' AS kind, s.nspname AS schema,
         p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')' AS name,
         'language ' || l.lanname AS detail
  FROM pg_catalog.pg_proc p JOIN s ON s.oid = p.pronamespace
  JOIN pg_catalog.pg_language l ON l.oid = p.prolang
  WHERE p.prokind IN ('f', 'p') AND (l.lanname IN ('c', 'internal') OR p.probin IS NOT NULL)
    AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = p.tableoid AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
  UNION ALL
  SELECT 'window function', s.nspname,
         p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', ''
  FROM pg_catalog.pg_proc p JOIN s ON s.oid = p.pronamespace
  WHERE p.prokind = 'w' AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = p.tableoid AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
  UNION ALL
  SELECT CASE t.typtype WHEN 'b' THEN 'base type' ELSE 'shell type' END,
         s.nspname, t.typname::text, ''
  FROM pg_catalog.pg_type t JOIN s ON s.oid = t.typnamespace
  WHERE (t.typtype = 'b' OR (t.typtype = 'p' AND NOT t.typisdefined))
    AND NOT EXISTS (SELECT FROM pg_catalog.pg_type a WHERE a.typarray = t.oid)   -- an array type
    AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = t.tableoid AND d.objid = t.oid AND d.deptype IN ('e', 'i'))
  UNION ALL
  -- foreign tables are managed, but not one that is a partition, nor a foreign table's
  -- constraints and triggers
  SELECT 'foreign table partition', s.nspname, c.relname::text, ''
  FROM pg_catalog.pg_class c JOIN s ON s.oid = c.relnamespace
  WHERE c.relkind = 'f' AND c.relispartition AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = c.tableoid AND d.objid = c.oid AND d.deptype IN ('e', 'i'))
  UNION ALL
  SELECT 'foreign table constraint', s.nspname, con.conname || ' on ' || c.relname, ''
  FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid JOIN s ON s.oid = c.relnamespace
  WHERE c.relkind = 'f' AND con.contype <> 'n' AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = c.tableoid AND d.objid = c.oid AND d.deptype IN ('e', 'i'))
  UNION ALL
  SELECT 'foreign table trigger', s.nspname, t.tgname || ' on ' || c.relname, ''
  FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid JOIN s ON s.oid = c.relnamespace
  WHERE c.relkind = 'f' AND NOT t.tgisinternal AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = c.tableoid AND d.objid = c.oid AND d.deptype IN ('e', 'i'))
  UNION ALL
  -- the spec has no triggers on views (INSTEAD OF); a foreign table's are its own
  SELECT 'trigger', s.nspname, t.tgname || ' on view ' || c.relname, ''
  FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid JOIN s ON s.oid = c.relnamespace
  WHERE NOT t.tgisinternal AND c.relkind = 'v' AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = c.tableoid AND d.objid = c.oid AND d.deptype IN ('e', 'i'))
  UNION ALL
  -- a shell operator no operator names as its commutator or negator (operators are managed)
  SELECT 'shell operator', s.nspname,
         o.oprname || '(' || COALESCE(pg_catalog.format_type(NULLIF(o.oprleft, 0), NULL), 'NONE') || ', '
           || COALESCE(pg_catalog.format_type(NULLIF(o.oprright, 0), NULL), 'NONE') || ')', ''
  FROM pg_catalog.pg_operator o JOIN s ON s.oid = o.oprnamespace
  WHERE o.oprcode = 0 AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = o.tableoid AND d.objid = o.oid AND d.deptype IN ('e', 'i'))
    AND NOT EXISTS (SELECT FROM pg_catalog.pg_operator u WHERE o.oid IN (u.oprcom, u.oprnegate) AND u.oid <> o.oid)
  UNION ALL
  SELECT 'conversion', s.nspname, c.conname::text, ''
  FROM pg_catalog.pg_conversion c JOIN s ON s.oid = c.connamespace
  WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = c.tableoid AND d.objid = c.oid AND d.deptype IN ('e', 'i'))
  UNION ALL
  -- parsers and templates are made of C functions, which the spec never declares
  SELECT 'text search parser', s.nspname, p.prsname::text, 'its functions are C'
  FROM pg_catalog.pg_ts_parser p JOIN s ON s.oid = p.prsnamespace
  WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = p.tableoid AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
  UNION ALL
  SELECT 'text search template', s.nspname, t.tmplname::text, 'its functions are C'
  FROM pg_catalog.pg_ts_template t JOIN s ON s.oid = t.tmplnamespace
  WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = t.tableoid AND d.objid = t.oid AND d.deptype IN ('e', 'i'))
  UNION ALL
  -- statistics objects on a materialized or foreign table (the spec has them on tables only)
  SELECT 'statistics object', s.nspname, x.stxname::text,
         CASE c.relkind WHEN 'm' THEN 'on a materialized view' ELSE 'on a foreign table' END
  FROM pg_catalog.pg_statistic_ext x JOIN s ON s.oid = x.stxnamespace
  JOIN pg_catalog.pg_class c ON c.oid = x.stxrelid
  WHERE c.relkind NOT IN ('r', 'p') AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = x.tableoid AND d.objid = x.oid AND d.deptype IN ('e', 'i'))
  UNION ALL
  -- the statistics target set on an index's expression column (ALTER INDEX … ALTER COLUMN n
  -- SET STATISTICS): not in the spec; -1 before PostgreSQL 17 and NULL since are the default
  SELECT 'index column statistics', s.nspname, ic.relname || ' column ' || a.attnum,
         'SET STATISTICS ' || a.attstattarget
  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class ic ON ic.oid = a.attrelid
  JOIN s ON s.oid = ic.relnamespace
  WHERE ic.relkind IN ('i', 'I') AND a.attnum > 0 AND a.attstattarget IS NOT NULL AND a.attstattarget <> -1
    AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = ic.tableoid AND d.objid = ic.oid AND d.deptype IN ('e', 'i'))
  UNION ALL
  -- event triggers have no schema: listed under the schema of their function
  SELECT 'event trigger', s.nspname, e.evtname::text, ''
  FROM pg_catalog.pg_event_trigger e JOIN pg_catalog.pg_proc p ON p.oid = e.evtfoid JOIN s ON s.oid = p.pronamespace
  WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = e.tableoid AND d.objid = e.oid AND d.deptype IN ('e', 'i'))
  UNION ALL
  -- a table of a managed schema that a publication publishes (listed, FOR TABLES IN SCHEMA or
  -- FOR ALL TABLES: the view expands them all); those of the publications a spec names are
  -- left out by the plan (diff/publications.py unmanaged_publications)
  SELECT 'publication membership', s.nspname, pt.tablename || ' in publication ' || pt.pubname, ''
  FROM pg_catalog.pg_publication_tables pt JOIN s ON s.nspname = pt.schemaname
  UNION ALL
  -- subscriptions belong to the database, not to a schema: every one of this database is
  -- listed (it writes into tables of the managed schemas); pg_subscription hides only
  -- subconninfo from roles that are not superusers
  SELECT 'subscription', '', sub.subname::text,
         'publications ' || pg_catalog.array_to_string(sub.subpublications, ', ')
  FROM pg_catalog.pg_subscription sub
  WHERE sub.subdbid = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database())
)
SELECT kind, schema, name, detail FROM found ORDER BY schema, kind, name
