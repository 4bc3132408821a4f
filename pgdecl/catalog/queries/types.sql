-- User-defined types in managed schemas: enums, domains, range types and stand-alone
-- composite types (a table's row type is not listed), one row per type.
-- Extension members are skipped. labels = enum labels in sort order;
-- constraints = a domain's CHECK constraints (NOT NULL is not_null) by name;
-- attributes = a composite type's attributes in attnum order. Collations are
-- listed only where they differ from the default of the (base / sub) type. A range
-- type's subtype is base_type; its operator class is listed only when it is not the
-- subtype's default btree class; its multirange (created with it) by qualified name.
SELECT n.nspname AS schema,
       t.typname AS name,
       t.typtype::text AS kind,
       ARRAY(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e
             WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels,
       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod)
            WHEN t.typtype = 'r' THEN format_type(r.rngsubtype, NULL) END AS base_type,
       CASE WHEN t.typtype = 'd' THEN pg_get_expr(t.typdefaultbin, 0) END AS "default",
       t.typnotnull AS not_null,
       CASE WHEN t.typtype = 'd' AND t.typcollation <> bt.typcollation
            THEN quote_ident(dcn.nspname) || '.' || quote_ident(dco.collname)
            WHEN t.typtype = 'r' AND r.rngcollation <> st.typcollation
            THEN quote_ident(rcn.nspname) || '.' || quote_ident(rco.collname) END AS collation,
       CASE WHEN NOT opc.opcdefault THEN quote_ident(opn.nspname) || '.' || quote_ident(opc.opcname) END
         AS subtype_opclass,
       NULLIF(r.rngcanonical, 0)::pg_catalog.regproc::text AS canonical,
       NULLIF(r.rngsubdiff, 0)::pg_catalog.regproc::text AS subtype_diff,
       quote_ident(mtn.nspname) || '.' || quote_ident(mt.typname) AS multirange,
       COALESCE((
         SELECT json_agg(json_build_object('name', con.conname, 'definition', pg_get_constraintdef(con.oid),
                                           'comment', pg_catalog.obj_description(con.oid, 'pg_constraint'))
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
LEFT JOIN pg_catalog.pg_range r ON r.rngtypid = t.oid
LEFT JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
LEFT JOIN pg_catalog.pg_type mt ON mt.oid = r.rngmultitypid
LEFT JOIN pg_catalog.pg_namespace mtn ON mtn.oid = mt.typnamespace
LEFT JOIN pg_catalog.pg_collation rco ON rco.oid = r.rngcollation
LEFT JOIN pg_catalog.pg_namespace rcn ON rcn.oid = rco.collnamespace
LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = r.rngsubopc
LEFT JOIN pg_catalog.pg_namespace opn ON opn.oid = opc.opcnamespace
WHERE (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND c.relkind = 'c'))
  AND n.nspname = ANY(%(schemas)s::text[])
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend e
    WHERE e.deptype = 'e'
      AND ((e.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND e.objid = t.oid)
           OR (e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND e.objid = t.typrelid)))
ORDER BY n.nspname, t.typname
