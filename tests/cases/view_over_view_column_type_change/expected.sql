DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."big_open_deals"') AND pg_catalog.pg_get_viewdef(c.oid) <> ' SELECT id,
    amount
   FROM public.open_deals o
  WHERE (amount > (1000)::numeric);') OR EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."open_deals"') AND pg_catalog.pg_get_viewdef(c.oid) <> ' SELECT id,
    stage,
    amount
   FROM public.deals d
  WHERE (stage <> ''closed''::text);') OR EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."deals"') AND a.attname = 'amount' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'numeric(12,2)') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP VIEW "public"."big_open_deals"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."open_deals"') AND pg_catalog.pg_get_viewdef(c.oid) <> ' SELECT id,
    stage,
    amount
   FROM public.deals d
  WHERE (stage <> ''closed''::text);') OR EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."deals"') AND a.attname = 'amount' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'numeric(12,2)') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP VIEW "public"."open_deals"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."deals"') AND a.attname = 'amount' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'numeric(12,2)') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."deals" ALTER COLUMN "amount" DROP DEFAULT, ALTER COLUMN "amount" TYPE numeric(12,2) USING "amount"::numeric(12,2), ALTER COLUMN "amount" SET DEFAULT 0';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE OR REPLACE VIEW "public"."open_deals" AS
SELECT id,
    stage,
    amount
   FROM public.deals d
  WHERE (stage <> 'closed'::text);
CREATE OR REPLACE VIEW "public"."big_open_deals" AS
SELECT id,
    amount
   FROM public.open_deals o
  WHERE (amount > (1000)::numeric);
