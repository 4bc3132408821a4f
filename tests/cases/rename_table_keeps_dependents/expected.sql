DO $pgdecl$ BEGIN
  IF to_regclass('"public"."deals"') IS NOT NULL AND to_regclass('"public"."opportunities"') IS NULL THEN
    EXECUTE 'ALTER TABLE "public"."deals" RENAME TO "opportunities"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."opportunities"') AND o.conname = 'deals_client_id_fkey') AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."opportunities"') AND o.conname = 'opportunities_client_id_fkey') THEN
    EXECUTE 'ALTER TABLE "public"."opportunities" RENAME CONSTRAINT "deals_client_id_fkey" TO "opportunities_client_id_fkey"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."opportunities"') AND o.conname = 'deals_client_id_stage_key') AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."opportunities"') AND o.conname = 'opportunities_client_id_stage_key') THEN
    EXECUTE 'ALTER TABLE "public"."opportunities" RENAME CONSTRAINT "deals_client_id_stage_key" TO "opportunities_client_id_stage_key"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."opportunities"') AND o.conname = 'deals_pkey') AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."opportunities"') AND o.conname = 'opportunities_pkey') THEN
    EXECUTE 'ALTER TABLE "public"."opportunities" RENAME CONSTRAINT "deals_pkey" TO "opportunities_pkey"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."opportunities"') AND o.conname = 'deals_stage_check') AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."opportunities"') AND o.conname = 'opportunities_stage_check') THEN
    EXECUTE 'ALTER TABLE "public"."opportunities" RENAME CONSTRAINT "deals_stage_check" TO "opportunities_stage_check"';
  END IF;
END $pgdecl$;
