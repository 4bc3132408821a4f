GRANT SELECT ON TABLE "public"."deals" TO "anon";
REVOKE SELECT ("id") ON TABLE "public"."deals" FROM "anon";
REVOKE SELECT ("stage") ON TABLE "public"."deals" FROM "anon";
REVOKE UPDATE ("stage") ON TABLE "public"."deals" FROM "anon";
