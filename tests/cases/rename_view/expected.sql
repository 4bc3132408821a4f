DO $pgdecl$ BEGIN
  IF to_regclass('"public"."stage_counts"') IS NOT NULL AND to_regclass('"public"."pipeline_summary"') IS NULL THEN
    EXECUTE 'ALTER VIEW "public"."stage_counts" RENAME TO "pipeline_summary"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF to_regclass('"public"."stage_totals"') IS NOT NULL AND to_regclass('"public"."pipeline_totals"') IS NULL THEN
    EXECUTE 'ALTER MATERIALIZED VIEW "public"."stage_totals" RENAME TO "pipeline_totals"';
  END IF;
END $pgdecl$;
ALTER VIEW "public"."pipeline_summary" SET (security_invoker = true);
