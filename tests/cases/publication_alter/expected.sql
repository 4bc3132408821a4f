DROP PUBLICATION IF EXISTS "retired";
DROP PUBLICATION IF EXISTS "to_everything";
ALTER PUBLICATION "app_changes" SET (publish = 'insert, update', publish_via_partition_root = true);
ALTER PUBLICATION "app_changes" SET TABLE ONLY "public"."orders" ("id", "status", "total") WHERE ((status <> 'void'::text));
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_publication_rel r JOIN pg_catalog.pg_publication p ON p.oid = r.prpubid WHERE p.pubname = 'emptied') OR EXISTS (SELECT FROM pg_catalog.pg_publication_namespace r JOIN pg_catalog.pg_publication p ON p.oid = r.pnpubid WHERE p.pubname = 'emptied') THEN
    EXECUTE 'ALTER PUBLICATION "emptied" DROP TABLE ONLY "public"."customers", TABLES IN SCHEMA "sales"';
  END IF;
END $pgdecl$;
ALTER PUBLICATION "schema_in" SET TABLES IN SCHEMA "sales";
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_publication p WHERE p.pubname = 'to_everything') THEN
    EXECUTE 'CREATE PUBLICATION "to_everything" FOR ALL TABLES WITH (publish = ''insert, update, delete, truncate'', publish_via_partition_root = false)';
  END IF;
END $pgdecl$;
COMMENT ON PUBLICATION "app_changes" IS NULL;
