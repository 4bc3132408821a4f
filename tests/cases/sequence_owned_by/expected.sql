ALTER SEQUENCE "public"."order_no" OWNED BY "public"."orders"."no";
