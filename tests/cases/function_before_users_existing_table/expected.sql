SET check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.positive(n numeric)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (n > (0)::numeric);
CREATE TABLE IF NOT EXISTS "public"."zz" (
    "id" bigint NOT NULL,
    "ok" boolean DEFAULT public.positive((1)::numeric),
    CONSTRAINT "zz_pkey" PRIMARY KEY (id)
);
CREATE OR REPLACE FUNCTION public.next_code()
 RETURNS text
 LANGUAGE sql
BEGIN ATOMIC
 SELECT ('c-'::text || count(*))
    FROM public.zz;
END;
ALTER TABLE "public"."t" ALTER COLUMN "code" SET DEFAULT public.next_code();
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."t"') AND o.conname = 't_amount_positive')) THEN
    EXECUTE 'ALTER TABLE "public"."t" ADD CONSTRAINT "t_amount_positive" CHECK (public.positive(amount))';
  END IF;
END $pgdecl$;
CREATE MATERIALIZED VIEW IF NOT EXISTS "public"."mv" AS
SELECT id,
    public.next_code() AS code
   FROM public.t
WITH DATA;
CREATE OR REPLACE VIEW "public"."v" AS
SELECT id,
    public.positive(amount) AS ok,
    public.next_code() AS code
   FROM public.t;
