CREATE OR REPLACE VIEW "public"."open_deals" AS
SELECT id,
    stage,
    amount
   FROM public.deals d
  WHERE (stage <> 'closed'::text);
