-- User-defined operator classes (pg_opclass) with their members: the pg_amop /
-- pg_amproc rows bound to the class (deptype 'i') and, for a class in the family
-- CREATE OPERATOR CLASS made for it, that family's rows bound to no class (the
-- cross-type members PostgreSQL keeps as soft family members), each as
-- [kind, number, left type, right type, definition], the definition as
-- CREATE OPERATOR CLASS writes it after OPERATOR n / FUNCTION n (names
-- schema-qualified under search_path = ''). The family is 'schema.name'.
SELECT n.nspname AS schema,
       c.opcname AS name,
       am.amname AS method,
       pg_catalog.format_type(c.opcintype, NULL) AS type,
       c.opcdefault AS "default",
       fn.nspname || '.' || f.opfname AS family,
       CASE WHEN c.opckeytype <> 0 THEN pg_catalog.format_type(c.opckeytype, NULL) END AS storage,
       ARRAY(
         SELECT ARRAY['operator', a.amopstrategy::text, pg_catalog.format_type(a.amoplefttype, NULL),
                      pg_catalog.format_type(a.amoprighttype, NULL),
                      pg_catalog.quote_ident(opn.nspname) || '.' || op.oprname || ' ('
                        || pg_catalog.format_type(a.amoplefttype, NULL) || ', '
                        || pg_catalog.format_type(a.amoprighttype, NULL) || ')'
                        || CASE WHEN a.amoppurpose = 'o' THEN ' FOR ORDER BY ' || pg_catalog.quote_ident(sfn.nspname)
                                || '.' || pg_catalog.quote_ident(sf.opfname) ELSE '' END]
         FROM pg_catalog.pg_amop a
         JOIN pg_catalog.pg_operator op ON op.oid = a.amopopr
         JOIN pg_catalog.pg_namespace opn ON opn.oid = op.oprnamespace
         LEFT JOIN pg_catalog.pg_opfamily sf ON sf.oid = a.amopsortfamily
         LEFT JOIN pg_catalog.pg_namespace sfn ON sfn.oid = sf.opfnamespace
         LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_amop'::pg_catalog.regclass AND d.objid = a.oid
              AND d.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND d.deptype = 'i'
         WHERE a.amopfamily = c.opcfamily AND (d.refobjid = c.oid OR (d.refobjid IS NULL AND own.family))
         UNION ALL
         SELECT ARRAY['function', p.amprocnum::text, pg_catalog.format_type(p.amproclefttype, NULL),
                      pg_catalog.format_type(p.amprocrighttype, NULL),
                      '(' || pg_catalog.format_type(p.amproclefttype, NULL) || ', '
                        || pg_catalog.format_type(p.amprocrighttype, NULL) || ') ' || p.amproc::pg_catalog.regprocedure::text]
         FROM pg_catalog.pg_amproc p
         LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_amproc'::pg_catalog.regclass AND d.objid = p.oid
              AND d.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND d.deptype = 'i'
         WHERE p.amprocfamily = c.opcfamily AND (d.refobjid = c.oid OR (d.refobjid IS NULL AND own.family))
         ORDER BY 1
       ) AS members,
       (SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = c.oid
          AND d.classoid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_opclass c
JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace
JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
JOIN pg_catalog.pg_opfamily f ON f.oid = c.opcfamily
JOIN pg_catalog.pg_namespace fn ON fn.oid = f.opfnamespace
CROSS JOIN LATERAL (SELECT f.opfname = c.opcname AND f.opfnamespace = c.opcnamespace AS family) own
WHERE n.nspname = ANY(%(schemas)s::text[])
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend e
    WHERE e.classid = 'pg_catalog.pg_opclass'::pg_catalog.regclass
      AND e.objid = c.oid AND e.deptype = 'e')
ORDER BY n.nspname, c.opcname, am.amname
