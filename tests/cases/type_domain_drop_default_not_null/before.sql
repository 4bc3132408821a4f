CREATE DOMAIN public.label AS text DEFAULT 'none' NOT NULL CONSTRAINT label_not_empty CHECK (VALUE <> '');
CREATE TABLE public.notes (id bigint PRIMARY KEY, label public.label);
