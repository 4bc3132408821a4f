DROP VIEW IF EXISTS "public"."v";
DROP OPERATOR IF EXISTS "public".=== (integer, integer);
