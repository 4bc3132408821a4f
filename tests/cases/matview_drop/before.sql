CREATE TABLE public.deals (id bigint PRIMARY KEY, stage text NOT NULL, amount numeric(12,2) NOT NULL DEFAULT 0);

CREATE MATERIALIZED VIEW public.stage_totals AS SELECT d.stage, sum(d.amount) AS total FROM public.deals d GROUP BY d.stage;
CREATE UNIQUE INDEX stage_totals_stage ON public.stage_totals (stage);
