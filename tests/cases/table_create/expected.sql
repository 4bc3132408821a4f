CREATE TABLE IF NOT EXISTS "public"."notes" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "body" text NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "notes_pkey" PRIMARY KEY (id)
);
