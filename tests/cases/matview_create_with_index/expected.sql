CREATE MATERIALIZED VIEW IF NOT EXISTS "public"."stage_totals" AS
SELECT stage,
    sum(amount) AS total
   FROM public.deals d
  GROUP BY stage
WITH DATA;
CREATE UNIQUE INDEX IF NOT EXISTS stage_totals_stage ON public.stage_totals USING btree (stage);
