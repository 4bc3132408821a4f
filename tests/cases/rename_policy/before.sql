CREATE TABLE public.notes (id bigint PRIMARY KEY, user_id uuid NOT NULL, published boolean NOT NULL DEFAULT false);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_notes ON public.notes FOR ALL TO authenticated USING (auth.uid() = user_id);
CREATE POLICY read_published ON public.notes FOR SELECT TO anon USING (published);
