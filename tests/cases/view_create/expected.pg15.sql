CREATE OR REPLACE VIEW "public"."open_deals" AS
SELECT d.id,
    d.stage,
    d.amount
   FROM public.deals d
  WHERE (d.stage <> 'closed'::text);
