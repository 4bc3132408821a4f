DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhrelid = to_regclass('"public"."measurement_h1"') AND i.inhparent = to_regclass('"public"."measurement"') AND pg_catalog.pg_get_expr(c.relpartbound, c.oid) <> 'FOR VALUES FROM (''2024-01-01'') TO (''2025-01-01'')') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."measurement" DETACH PARTITION "public"."measurement_h1"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DROP TABLE IF EXISTS "public"."measurement_h2";
CREATE TABLE IF NOT EXISTS "public"."measurement_2025" PARTITION OF "public"."measurement" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhrelid = to_regclass('"public"."measurement_h1"') AND i.inhparent = to_regclass('"public"."measurement"')) THEN
    EXECUTE 'ALTER TABLE "public"."measurement" ATTACH PARTITION "public"."measurement_h1" FOR VALUES FROM (''2024-01-01'') TO (''2025-01-01'')';
  END IF;
END $pgdecl$;
