CREATE UNLOGGED TABLE IF NOT EXISTS "public"."events" (
    "id" bigint NOT NULL,
    "payload" text,
    CONSTRAINT "events_pkey" PRIMARY KEY (id)
) WITH ("fillfactor" = '80', "toast"."autovacuum_enabled" = 'false');
ALTER TABLE "public"."events" ALTER COLUMN "payload" SET STATISTICS 200, ALTER COLUMN "payload" SET STORAGE MAIN;
