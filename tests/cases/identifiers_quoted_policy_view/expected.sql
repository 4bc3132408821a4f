ALTER TABLE "Sales Ünï"."Deals ""2024""" ADD COLUMN IF NOT EXISTS "Owner Name" text;
ALTER TABLE "Sales Ünï"."Deals ""2024""" ADD COLUMN IF NOT EXISTS "ünïcode" text[] DEFAULT '{}'::text[] NOT NULL;
ALTER TABLE "Sales Ünï"."Deals ""2024""" ALTER COLUMN "Stage Name" SET DEFAULT 'Lead'::text;
ALTER TABLE "Sales Ünï"."Deals ""2024""" ALTER COLUMN "Stage Name" SET NOT NULL;
ALTER TABLE "Sales Ünï"."Deals ""2024""" ENABLE ROW LEVEL SECURITY;
CREATE INDEX IF NOT EXISTS "Deals ""2024"" by ünïcode" ON "Sales Ünï"."Deals ""2024""" USING gin ("ünïcode");
CREATE OR REPLACE VIEW "Sales Ünï"."Deals View" WITH (security_invoker = 'true') AS
SELECT "Id",
    "Stage Name",
    "ünïcode"
   FROM "Sales Ünï"."Deals ""2024""";
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_policy o WHERE o.polrelid = to_regclass('"Sales Ünï"."Deals ""2024"""') AND o.polname = 'Own "Deals"')) THEN
    EXECUTE 'CREATE POLICY "Own ""Deals""" ON "Sales Ünï"."Deals ""2024""" AS PERMISSIVE FOR SELECT TO PUBLIC USING (("Owner Name" = CURRENT_USER))';
  END IF;
END $pgdecl$;
