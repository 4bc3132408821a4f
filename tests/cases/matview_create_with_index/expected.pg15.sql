CREATE MATERIALIZED VIEW IF NOT EXISTS "public"."stage_totals" AS
SELECT d.stage,
    sum(d.amount) AS total
   FROM public.deals d
  GROUP BY d.stage
WITH DATA;
CREATE UNIQUE INDEX IF NOT EXISTS stage_totals_stage ON public.stage_totals USING btree (stage);
