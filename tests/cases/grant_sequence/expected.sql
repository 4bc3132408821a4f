GRANT SELECT ON SEQUENCE "public"."order_no" TO "pgdecl_case_app";
GRANT USAGE ON SEQUENCE "public"."order_no" TO "pgdecl_case_app";
REVOKE SELECT ON SEQUENCE "public"."order_no" FROM "pgdecl_case_reporting";
