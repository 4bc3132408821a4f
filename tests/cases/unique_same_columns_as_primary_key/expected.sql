CREATE TABLE IF NOT EXISTS "public"."books" (
    "google_books_id" text NOT NULL,
    "isbn" text,
    "title" text,
    CONSTRAINT "books_isbn_key" UNIQUE (isbn),
    CONSTRAINT "books_pkey" PRIMARY KEY (google_books_id)
);
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."books"') AND o.conname = 'books_google_books_id_key')) THEN
    EXECUTE 'ALTER TABLE "public"."books" ADD CONSTRAINT "books_google_books_id_key" UNIQUE (google_books_id)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."books"') AND o.conname = 'books_isbn_key2')) THEN
    EXECUTE 'ALTER TABLE "public"."books" ADD CONSTRAINT "books_isbn_key2" UNIQUE (isbn)';
  END IF;
END $pgdecl$;
