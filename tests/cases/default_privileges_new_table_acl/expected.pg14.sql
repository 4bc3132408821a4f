CREATE TABLE IF NOT EXISTS "public"."notes" (
    "id" bigint NOT NULL,
    CONSTRAINT "notes_pkey" PRIMARY KEY (id)
);
REVOKE ALL ON TABLE "public"."notes" FROM PUBLIC;
REVOKE ALL ON TABLE "public"."notes" FROM "pgdecl_dp_other";
GRANT SELECT ON TABLE "public"."notes" TO "pgdecl_dp_other";
REVOKE CREATE ON SCHEMA "public" FROM PUBLIC;
