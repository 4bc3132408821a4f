CREATE TABLE IF NOT EXISTS "public"."channels" (
    "id" bigint NOT NULL,
    CONSTRAINT "channels_pkey" PRIMARY KEY (id)
);
CREATE TABLE IF NOT EXISTS "public"."events" (
    "id" bigint NOT NULL,
    "at" timestamp with time zone NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS events_key ON public.events USING btree (id, at);
ALTER TABLE "public"."channels" REPLICA IDENTITY USING INDEX "channels_pkey";
ALTER TABLE "public"."events" REPLICA IDENTITY USING INDEX "events_key";
ALTER TABLE "public"."messages" REPLICA IDENTITY FULL;
ALTER TABLE "public"."users" REPLICA IDENTITY DEFAULT;
