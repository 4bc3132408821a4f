CREATE TABLE public.notes (id bigint PRIMARY KEY, owner text NOT NULL, body text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_notes ON public.notes FOR ALL TO authenticated USING (owner = auth.uid()::text);
