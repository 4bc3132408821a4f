DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."people"') AND a.attname = 'fullname' AND NOT a.attisdropped) AND NOT EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."people"') AND a.attname = 'display_name' AND NOT a.attisdropped) THEN
    EXECUTE 'ALTER TABLE "public"."people" RENAME COLUMN "fullname" TO "display_name"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."people"') AND o.conname = 'people_fullname_check') AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."people"') AND o.conname = 'people_display_name_check') THEN
    EXECUTE 'ALTER TABLE "public"."people" RENAME CONSTRAINT "people_fullname_check" TO "people_display_name_check"';
  END IF;
END $pgdecl$;
