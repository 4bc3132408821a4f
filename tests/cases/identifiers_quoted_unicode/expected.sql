CREATE TABLE IF NOT EXISTS "public"."Child Table" (
    "id" bigint NOT NULL,
    "deal id" bigint,
    CONSTRAINT "Child Table_pkey" PRIMARY KEY (id)
);
ALTER TABLE "public"."Deals ""2024""" ADD COLUMN IF NOT EXISTS "ünïcode" text;
ALTER TABLE "public"."Deals ""2024""" ALTER COLUMN "Stage Name" SET NOT NULL;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."Child Table"') AND o.conname = 'Child Table_deal id_fkey')) THEN
    EXECUTE 'ALTER TABLE "public"."Child Table" ADD CONSTRAINT "Child Table_deal id_fkey" FOREIGN KEY ("deal id") REFERENCES public."Deals ""2024"""("Id")';
  END IF;
END $pgdecl$;
CREATE INDEX IF NOT EXISTS "Deals ""2024"" by ünïcode" ON public."Deals ""2024""" USING btree ("ünïcode");
