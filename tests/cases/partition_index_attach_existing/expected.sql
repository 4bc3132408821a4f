DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."m"') AND o.conname = 'm_pkey')) THEN
    EXECUTE 'ALTER TABLE "public"."m" ADD CONSTRAINT "m_pkey" PRIMARY KEY (city_id, logdate)';
  END IF;
END $pgdecl$;
CREATE INDEX IF NOT EXISTS m_city ON public.m USING btree (city_id, logdate);
