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
CREATE TABLE IF NOT EXISTS "public"."t" (
    "id" bigint NOT NULL,
    "amount" numeric,
    "code" text DEFAULT public.next_code(),
    CONSTRAINT "t_amount_positive" CHECK (public.positive(amount)),
    CONSTRAINT "t_pkey" PRIMARY KEY (id)
);
CREATE MATERIALIZED VIEW IF NOT EXISTS "public"."mv" AS
SELECT t.id,
    public.next_code() AS code
   FROM public.t
WITH DATA;
CREATE OR REPLACE VIEW "public"."v" AS
SELECT t.id,
    public.positive(t.amount) AS ok,
    public.next_code() AS code
   FROM public.t;
