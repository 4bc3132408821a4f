DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."accounts"') AND a.attname = 'code' AND NOT a.attisdropped) AND NOT EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."accounts"') AND a.attname = 'account_code' AND NOT a.attisdropped) THEN
    EXECUTE 'ALTER TABLE "public"."accounts" RENAME COLUMN "code" TO "account_code"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."accounts"') AND o.conname = 'accounts_code_key') AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."accounts"') AND o.conname = 'accounts_account_code_key') THEN
    EXECUTE 'ALTER TABLE "public"."accounts" RENAME CONSTRAINT "accounts_code_key" TO "accounts_account_code_key"';
  END IF;
END $pgdecl$;
