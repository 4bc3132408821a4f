DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."stage_totals"') AND pg_catalog.pg_get_viewdef(c.oid) <> ' SELECT d.stage,
    sum(d.amount) AS total,
    count(*) AS n
   FROM public.deals d
  GROUP BY d.stage;') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP MATERIALIZED VIEW "public"."stage_totals"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE MATERIALIZED VIEW IF NOT EXISTS "public"."stage_totals" AS
SELECT d.stage,
    sum(d.amount) AS total,
    count(*) AS n
   FROM public.deals d
  GROUP BY d.stage
WITH DATA;
CREATE UNIQUE INDEX IF NOT EXISTS stage_totals_stage ON public.stage_totals USING btree (stage);
