-- User-defined operator families (pg_opfamily) but those CREATE OPERATOR CLASS made
-- for itself (a class of the same name, schema and method in it), with their loose
-- members: the pg_amop / pg_amproc rows not bound to a class (ALTER OPERATOR
-- FAMILY … ADD), as operator_classes.sql writes members.
SELECT n.nspname AS schema,
       f.opfname AS name,
       am.amname AS method,
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
         WHERE a.amopfamily = f.oid
           AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_amop'::pg_catalog.regclass
                             AND d.objid = a.oid AND d.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass)
         UNION ALL
         SELECT ARRAY['function', p.amprocnum::text, pg_catalog.format_type(p.amproclefttype, NULL),
                      pg_catalog.format_type(p.amprocrighttype, NULL),
                      '(' || pg_catalog.format_type(p.amproclefttype, NULL) || ', '
                        || pg_catalog.format_type(p.amprocrighttype, NULL) || ') ' || p.amproc::pg_catalog.regprocedure::text]
         FROM pg_catalog.pg_amproc p
         WHERE p.amprocfamily = f.oid
           AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_amproc'::pg_catalog.regclass
                             AND d.objid = p.oid AND d.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass)
         ORDER BY 1
       ) AS members,
       (SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = f.oid
          AND d.classoid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_opfamily f
JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace
JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
WHERE n.nspname = ANY(%(schemas)s::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_opclass c WHERE c.opcfamily = f.oid AND c.opcname = f.opfname
                    AND c.opcnamespace = f.opfnamespace)
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend e
    WHERE e.classid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass
      AND e.objid = f.oid AND e.deptype = 'e')
ORDER BY n.nspname, f.opfname, am.amname
