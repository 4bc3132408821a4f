REVOKE INSERT ON TABLE "public"."secrets" FROM "anon";
REVOKE SELECT ON TABLE "public"."secrets" FROM "anon";
