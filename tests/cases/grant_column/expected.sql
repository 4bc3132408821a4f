GRANT SELECT ("id") ON TABLE "public"."deals" TO "anon";
GRANT SELECT ("stage") ON TABLE "public"."deals" TO "anon";
