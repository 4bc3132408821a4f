GRANT INSERT ON TABLE "public"."deals" TO "authenticated";
GRANT SELECT ON TABLE "public"."deals" TO "authenticated";
GRANT UPDATE ON TABLE "public"."deals" TO "authenticated";
REVOKE DELETE ON TABLE "public"."deals" FROM "anon";
