CREATE TABLE IF NOT EXISTS "public"."addresses" (
    "id" bigint NOT NULL,
    "city" text,
    "zip" text,
    CONSTRAINT "addresses_pkey" PRIMARY KEY (id)
);
CREATE STATISTICS IF NOT EXISTS public.addresses_city_zip (ndistinct, dependencies) ON city, zip FROM public.addresses;
ALTER STATISTICS "public"."addresses_city_zip" SET STATISTICS 500;
CREATE STATISTICS IF NOT EXISTS public.addresses_lower_city ON lower(city) FROM public.addresses;
COMMENT ON STATISTICS "public"."addresses_city_zip" IS 'zip determines city';
