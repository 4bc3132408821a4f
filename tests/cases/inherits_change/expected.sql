ALTER TABLE "public"."joining" ADD COLUMN IF NOT EXISTS "label" text;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_inherits i WHERE i.inhrelid = to_regclass('"public"."joining"') AND i.inhparent = to_regclass('"public"."other"')) THEN
    EXECUTE 'ALTER TABLE "public"."joining" INHERIT "public"."other"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_inherits i WHERE i.inhrelid = to_regclass('"public"."leaving"') AND i.inhparent = to_regclass('"public"."base"')) THEN
    EXECUTE 'ALTER TABLE "public"."leaving" NO INHERIT "public"."base"';
  END IF;
END $pgdecl$;
ALTER TABLE "public"."leaving" DROP COLUMN IF EXISTS "created";
