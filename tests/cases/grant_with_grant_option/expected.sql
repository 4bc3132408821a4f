CREATE TABLE IF NOT EXISTS "public"."notes" (
    "id" bigint NOT NULL,
    CONSTRAINT "notes_pkey" PRIMARY KEY (id)
);
GRANT SELECT ("id") ON TABLE "public"."deals" TO "service_role" WITH GRANT OPTION;
GRANT SELECT ("stage") ON TABLE "public"."deals" TO "service_role" WITH GRANT OPTION;
GRANT UPDATE ON TABLE "public"."deals" TO "authenticated" WITH GRANT OPTION;
REVOKE GRANT OPTION FOR SELECT ON TABLE "public"."deals" FROM "anon";
REVOKE ALL ON TABLE "public"."notes" FROM "service_role";
GRANT INSERT ON TABLE "public"."notes" TO "service_role";
GRANT SELECT ON TABLE "public"."notes" TO "service_role" WITH GRANT OPTION;
