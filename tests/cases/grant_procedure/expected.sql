GRANT EXECUTE ON PROCEDURE "public"."tidy"() TO "authenticated";
COMMENT ON PROCEDURE "public"."tidy"() IS 'tidies up';
