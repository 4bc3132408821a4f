CREATE OR REPLACE VIEW "public"."open_deals" AS
SELECT d.id,
    d.stage,
    d.amount,
    (d.amount * (2)::numeric) AS doubled
   FROM public.deals d
  WHERE (d.stage <> ALL (ARRAY['closed'::text, 'lost'::text]));
