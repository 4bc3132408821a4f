CREATE TABLE public.notes (id bigint PRIMARY KEY, user_id uuid NOT NULL, body text, published boolean NOT NULL DEFAULT false);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
