SET check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.ci_eq(a text, b text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$select lower(a) = lower(b)$function$;
CREATE OR REPLACE FUNCTION public.ci_ne(a text, b text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$select lower(a) <> lower(b)$function$;
CREATE OR REPLACE FUNCTION public.negate_int(a integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$select -a$function$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_operator o WHERE o.oid = pg_catalog.to_regoperator('"public".!~=(text, text)') AND o.oprcode <> 0)) THEN
    EXECUTE 'CREATE OPERATOR "public".!~= (
    FUNCTION = public.ci_ne,
    LEFTARG = text,
    RIGHTARG = text,
    NEGATOR = OPERATOR("public".=~=),
    RESTRICT = neqsel,
    JOIN = neqjoinsel
)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_operator o WHERE o.oid = pg_catalog.to_regoperator('"public".=~=(text, text)') AND o.oprcode <> 0)) THEN
    EXECUTE 'CREATE OPERATOR "public".=~= (
    FUNCTION = public.ci_eq,
    LEFTARG = text,
    RIGHTARG = text,
    COMMUTATOR = OPERATOR("public".=~=),
    NEGATOR = OPERATOR("public".!~=),
    RESTRICT = eqsel,
    JOIN = eqjoinsel
)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_operator o WHERE o.oid = pg_catalog.to_regoperator('"public".~~-(NONE, integer)') AND o.oprcode <> 0)) THEN
    EXECUTE 'CREATE OPERATOR "public".~~- (
    FUNCTION = public.negate_int,
    RIGHTARG = integer
)';
  END IF;
END $pgdecl$;
CREATE TABLE IF NOT EXISTS "public"."people" (
    "id" integer NOT NULL,
    "name" text NOT NULL,
    CONSTRAINT "not_admin" CHECK ((NOT (name OPERATOR(public.=~=) 'admin'::text))),
    CONSTRAINT "people_pkey" PRIMARY KEY (id)
);
CREATE OR REPLACE VIEW "public"."admins" AS
SELECT id
   FROM public.people
  WHERE (name OPERATOR(public.=~=) 'root'::text);
COMMENT ON OPERATOR "public".=~=(text, text) IS 'case-insensitive equality';
