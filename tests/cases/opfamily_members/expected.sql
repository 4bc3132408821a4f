DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog."pg_amproc" m JOIN pg_catalog.pg_opfamily f ON f.oid = m."amprocfamily" JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod WHERE n.nspname = 'public' AND f.opfname = 'abs_fam' AND am.amname = 'btree' AND m."amprocnum" = 1 AND m."amproclefttype" = pg_catalog.to_regtype('integer') AND m."amprocrighttype" = pg_catalog.to_regtype('smallint')) THEN
    EXECUTE 'ALTER OPERATOR FAMILY "public"."abs_fam" USING "btree" DROP FUNCTION 1 (integer, smallint)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog."pg_amproc" m JOIN pg_catalog.pg_opfamily f ON f.oid = m."amprocfamily" JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod WHERE n.nspname = 'public' AND f.opfname = 'abs_fam' AND am.amname = 'btree' AND m."amprocnum" = 1 AND m."amproclefttype" = pg_catalog.to_regtype('integer') AND m."amprocrighttype" = pg_catalog.to_regtype('bigint')) THEN
    EXECUTE 'ALTER OPERATOR FAMILY "public"."abs_fam" USING "btree" ADD FUNCTION 1 (integer, bigint) public.abs_cmp_big(integer,bigint)';
  END IF;
END $pgdecl$;
