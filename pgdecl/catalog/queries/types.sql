-- User-defined types in managed schemas: enums, domains and stand-alone
-- composite types (a table's row type is not listed), one row per type.
-- Extension members are skipped. labels = enum labels in sort order;
-- constraints = a domain's CHECK constraints (NOT NULL is not_null) by name;
-- attributes = a composite type's attributes in attnum order. Collations are
-- listed only where they differ from the default of the (base) type.
SELECT n.nspname AS schema,
       t.typname AS name,
       t.typtype::text AS kind,
       ARRAY(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e
             WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels,
       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base_type,
       CASE WHEN t.typtype = 'd' THEN pg_get_expr(t.typdefaultbin, 0) END AS "default",
       t.typnotnull AS not_null,
       CASE WHEN t.typtype = 'd' AND t.typcollation <> bt.typcollation
            THEN quote_ident(dcn.nspname) || '.' || quote_ident(dco.collname) END AS collation,
       COALESCE((
         SELECT json_agg(json_build_object('name', con.conname, 'definition', pg_get_constraintdef(con.oid))
                         ORDER BY con.conname)
         FROM pg_catalog.pg_constraint con
         WHERE con.contypid = t.oid AND con.contype = 'c'
       ), '[]'::json) AS constraints,
       COALESCE((
         SELECT json_agg(json_build_object(
                  'name', a.attname,
                  'type', format_type(a.atttypid, a.atttypmod),
                  'collation', CASE WHEN a.attcollation <> aty.typcollation
                                    THEN quote_ident(acn.nspname) || '.' || quote_ident(aco.collname) END)
                ORDER BY a.attnum)
         FROM pg_catalog.pg_attribute a
         JOIN pg_catalog.pg_type aty ON aty.oid = a.atttypid
         LEFT JOIN pg_catalog.pg_collation aco ON aco.oid = a.attcollation
         LEFT JOIN pg_catalog.pg_namespace acn ON acn.oid = aco.collnamespace
         WHERE t.typtype = 'c' AND a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
       ), '[]'::json) AS attributes,
       (SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_collation dco ON dco.oid = t.typcollation
LEFT JOIN pg_catalog.pg_namespace dcn ON dcn.oid = dco.collnamespace
WHERE (t.typtype IN ('e', 'd') OR (t.typtype = 'c' AND c.relkind = 'c'))
  AND n.nspname = ANY(%(schemas)s::text[])
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend e
    WHERE e.deptype = 'e'
      AND ((e.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND e.objid = t.oid)
           OR (e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND e.objid = t.typrelid)))
ORDER BY n.nspname, t.typname
