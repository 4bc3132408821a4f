GRANT EXECUTE ON FUNCTION "public"."secret"() TO "authenticated";
