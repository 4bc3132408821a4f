DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_inherits i WHERE i.inhrelid = to_regclass('"public"."m_2025_city"') AND i.inhparent = to_regclass('"public"."m_city"')) THEN
    EXECUTE 'ALTER INDEX "public"."m_city" ATTACH PARTITION "public"."m_2025_city"';
  END IF;
END $pgdecl$;
