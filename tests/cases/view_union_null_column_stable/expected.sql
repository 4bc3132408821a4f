CREATE OR REPLACE VIEW "public"."ab_new" AS
SELECT b.id,
    NULL::text AS "?column?"
   FROM public.b
UNION ALL
 SELECT b.id,
    NULL::text
   FROM public.b;
CREATE MATERIALIZED VIEW IF NOT EXISTS "public"."abm" AS
SELECT b.id,
    NULL::text AS "?column?"
   FROM public.b
UNION
 SELECT a.id,
    a.note AS "?column?"
   FROM public.a
WITH DATA;
