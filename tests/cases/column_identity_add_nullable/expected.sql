ALTER TABLE "public"."t" ALTER COLUMN "id" SET NOT NULL;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."t"') AND a.attname = 'id' AND a.attidentity <> '') THEN
    EXECUTE 'ALTER TABLE "public"."t" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY; SELECT pg_catalog.setval(q.seqrelid, m.v) FROM pg_catalog.pg_sequence q, (SELECT max("id") AS v FROM "public"."t") m WHERE q.seqrelid = pg_catalog.pg_get_serial_sequence(''"public"."t"'', ''id'')::pg_catalog.regclass AND q.seqincrement > 0 AND m.v >= q.seqstart';
  END IF;
END $pgdecl$;
