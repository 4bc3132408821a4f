SET check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.abs_cmp(a integer, b integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$select case when abs(a) < abs(b) then -1 when abs(a) > abs(b) then 1 else 0 end$function$;
CREATE OR REPLACE FUNCTION public.abs_cmp_big(a integer, b bigint)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$select case when abs(a) < abs(b) then -1 when abs(a) > abs(b) then 1 else 0 end$function$;
CREATE OR REPLACE FUNCTION public.abs_le(a integer, b integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$select abs(a) <= abs(b)$function$;
CREATE OR REPLACE FUNCTION public.abs_lt(a integer, b integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$select abs(a) < abs(b)$function$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_operator o WHERE o.oid = pg_catalog.to_regoperator('"public".<<<(integer, integer)') AND o.oprcode <> 0)) THEN
    EXECUTE 'CREATE OPERATOR "public".<<< (
    FUNCTION = public.abs_lt,
    LEFTARG = integer,
    RIGHTARG = integer
)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_operator o WHERE o.oid = pg_catalog.to_regoperator('"public".<<=(integer, integer)') AND o.oprcode <> 0)) THEN
    EXECUTE 'CREATE OPERATOR "public".<<= (
    FUNCTION = public.abs_le,
    LEFTARG = integer,
    RIGHTARG = integer
)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_opfamily o JOIN pg_catalog.pg_namespace n ON n.oid = o.opfnamespace JOIN pg_catalog.pg_am am ON am.oid = o.opfmethod WHERE n.nspname = 'public' AND o.opfname = 'abs_fam' AND am.amname = 'btree')) THEN
    EXECUTE 'CREATE OPERATOR FAMILY "public"."abs_fam" USING "btree"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog."pg_amproc" m JOIN pg_catalog.pg_opfamily f ON f.oid = m."amprocfamily" JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod WHERE n.nspname = 'public' AND f.opfname = 'abs_fam' AND am.amname = 'btree' AND m."amprocnum" = 1 AND m."amproclefttype" = pg_catalog.to_regtype('integer') AND m."amprocrighttype" = pg_catalog.to_regtype('bigint')) THEN
    EXECUTE 'ALTER OPERATOR FAMILY "public"."abs_fam" USING "btree" ADD FUNCTION 1 (integer, bigint) public.abs_cmp_big(integer,bigint)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_opclass o JOIN pg_catalog.pg_namespace n ON n.oid = o.opcnamespace JOIN pg_catalog.pg_am am ON am.oid = o.opcmethod WHERE n.nspname = 'public' AND o.opcname = 'abs_ops' AND am.amname = 'btree')) THEN
    EXECUTE 'CREATE OPERATOR CLASS "public"."abs_ops" FOR TYPE integer USING "btree" FAMILY "public"."abs_fam" AS
    FUNCTION 1 (integer, integer) public.abs_cmp(integer,integer),
    OPERATOR 1 public.<<< (integer, integer),
    OPERATOR 2 public.<<= (integer, integer)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_opclass o JOIN pg_catalog.pg_namespace n ON n.oid = o.opcnamespace JOIN pg_catalog.pg_am am ON am.oid = o.opcmethod WHERE n.nspname = 'public' AND o.opcname = 'abs_own_ops' AND am.amname = 'btree')) THEN
    EXECUTE 'CREATE OPERATOR CLASS "public"."abs_own_ops" FOR TYPE integer USING "btree" AS
    FUNCTION 1 (integer, integer) public.abs_cmp(integer,integer),
    OPERATOR 1 public.<<< (integer, integer)';
  END IF;
END $pgdecl$;
CREATE TABLE IF NOT EXISTS "public"."readings" (
    "id" integer NOT NULL,
    "delta" integer NOT NULL,
    CONSTRAINT "readings_pkey" PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS readings_delta_abs ON public.readings USING btree (delta public.abs_ops);
COMMENT ON OPERATOR FAMILY "public"."abs_fam" USING "btree" IS 'absolute-value ordering';
COMMENT ON OPERATOR CLASS "public"."abs_ops" USING "btree" IS 'order by absolute value';
