CREATE TABLE public.notes (id bigint PRIMARY KEY, tags text[] NOT NULL DEFAULT '{}');
CREATE INDEX idx_notes_tags ON public.notes USING gin (tags);
