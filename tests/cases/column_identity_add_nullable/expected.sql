ALTER TABLE "public"."t" ALTER COLUMN "id" SET NOT NULL;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."t"') AND a.attname = 'id' AND a.attidentity <> '') THEN
    EXECUTE 'ALTER TABLE "public"."t" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY';
  END IF;
END $pgdecl$;
