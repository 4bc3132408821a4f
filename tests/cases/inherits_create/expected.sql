CREATE SCHEMA IF NOT EXISTS "audit";
CREATE TABLE IF NOT EXISTS "audit"."stamped" (
    "stamped_at" timestamp with time zone DEFAULT now() NOT NULL
);
CREATE TABLE IF NOT EXISTS "public"."z_base" (
    "id" bigint NOT NULL,
    "created" timestamp with time zone DEFAULT now()
);
CREATE TABLE IF NOT EXISTS "public"."a_child" (
    "extra" text
) INHERITS ("public"."z_base", "audit"."stamped");
