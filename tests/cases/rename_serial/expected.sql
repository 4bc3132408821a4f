DO $pgdecl$ BEGIN
  IF to_regclass('"public"."tickets"') IS NOT NULL AND to_regclass('"public"."issues"') IS NULL THEN
    EXECUTE 'ALTER TABLE "public"."tickets" RENAME TO "issues"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."counters"') AND a.attname = 'n' AND NOT a.attisdropped) AND NOT EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."counters"') AND a.attname = 'counter_id' AND NOT a.attisdropped) THEN
    EXECUTE 'ALTER TABLE "public"."counters" RENAME COLUMN "n" TO "counter_id"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."issues"') AND o.conname = 'tickets_pkey') AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."issues"') AND o.conname = 'issues_pkey') THEN
    EXECUTE 'ALTER TABLE "public"."issues" RENAME CONSTRAINT "tickets_pkey" TO "issues_pkey"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF to_regclass('"public"."counters_n_seq"') IS NOT NULL AND to_regclass('"public"."counters_counter_id_seq"') IS NULL THEN
    EXECUTE 'ALTER SEQUENCE "public"."counters_n_seq" RENAME TO "counters_counter_id_seq"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF to_regclass('"public"."tickets_id_seq"') IS NOT NULL AND to_regclass('"public"."issues_id_seq"') IS NULL THEN
    EXECUTE 'ALTER SEQUENCE "public"."tickets_id_seq" RENAME TO "issues_id_seq"';
  END IF;
END $pgdecl$;
