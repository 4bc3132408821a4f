CREATE TABLE public.deals (id bigint PRIMARY KEY, stage text NOT NULL);
CREATE VIEW public.stage_counts AS SELECT stage, count(*) AS n FROM public.deals GROUP BY stage;
CREATE MATERIALIZED VIEW public.stage_totals AS SELECT stage, count(*) AS n FROM public.deals GROUP BY stage;
CREATE UNIQUE INDEX stage_totals_stage ON public.stage_totals (stage);
