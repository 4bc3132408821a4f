DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_publication p WHERE p.pubname = 'app_changes') THEN
    EXECUTE 'CREATE PUBLICATION "app_changes" FOR TABLE ONLY "public"."customers", ONLY "public"."orders" WHERE ((status <> ''draft''::text)), TABLES IN SCHEMA "sales" WITH (publish = ''insert, update, delete'', publish_via_partition_root = false)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_publication p WHERE p.pubname = 'everything') THEN
    EXECUTE 'CREATE PUBLICATION "everything" FOR ALL TABLES WITH (publish = ''insert, update, delete, truncate'', publish_via_partition_root = true)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_publication p WHERE p.pubname = 'not_yet_used') THEN
    EXECUTE 'CREATE PUBLICATION "not_yet_used" WITH (publish = ''insert, update, delete, truncate'', publish_via_partition_root = false)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_publication p WHERE p.pubname = 'orders_slim') THEN
    EXECUTE 'CREATE PUBLICATION "orders_slim" FOR TABLE ONLY "public"."orders" ("id", "status", "total") WHERE ((total > (0)::numeric)) WITH (publish = ''insert, update, delete, truncate'', publish_via_partition_root = false)';
  END IF;
END $pgdecl$;
COMMENT ON PUBLICATION "app_changes" IS 'changes the warehouse replicates';
