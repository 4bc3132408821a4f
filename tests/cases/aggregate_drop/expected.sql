DROP AGGREGATE IF EXISTS "public"."old_count"(*);
DROP AGGREGATE IF EXISTS "public"."old_sum"(integer);
