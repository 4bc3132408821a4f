CREATE OR REPLACE VIEW "public"."open_deals" AS
SELECT id,
    stage,
    amount,
    (amount * (2)::numeric) AS doubled
   FROM public.deals d
  WHERE (stage <> ALL (ARRAY['closed'::text, 'lost'::text]));
