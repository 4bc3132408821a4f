CREATE SCHEMA IF NOT EXISTS "app";
CREATE TABLE IF NOT EXISTS "app"."items" (
    "id" bigint NOT NULL,
    "name" text NOT NULL,
    CONSTRAINT "items_pkey" PRIMARY KEY (id)
);
COMMENT ON SCHEMA "app" IS 'application data';
