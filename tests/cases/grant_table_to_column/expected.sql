REVOKE SELECT ON TABLE "public"."deals" FROM "anon";
GRANT SELECT ("id") ON TABLE "public"."deals" TO "anon";
GRANT SELECT ("stage") ON TABLE "public"."deals" TO "anon";
REVOKE UPDATE ON TABLE "public"."deals" FROM "anon";
GRANT UPDATE ("stage") ON TABLE "public"."deals" TO "anon";
