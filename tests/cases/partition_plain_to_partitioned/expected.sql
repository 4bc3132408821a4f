DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."visit"') AND COALESCE(pg_catalog.pg_get_partkeydef(c.oid), '') <> 'RANGE (at)') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP TABLE "public"."visit"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE TABLE IF NOT EXISTS "public"."visit" (
    "id" bigint NOT NULL,
    "city_id" integer NOT NULL,
    "at" date NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE IF NOT EXISTS "public"."visit_2024" PARTITION OF "public"."visit" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."visit"') AND o.conname = 'visit_city_id_fkey')) THEN
    EXECUTE 'ALTER TABLE "public"."visit" ADD CONSTRAINT "visit_city_id_fkey" FOREIGN KEY (city_id) REFERENCES public.city(id)';
  END IF;
END $pgdecl$;
CREATE INDEX IF NOT EXISTS visit_city_idx ON public.visit USING btree (city_id);
COMMENT ON TABLE "public"."visit" IS 'visits';
