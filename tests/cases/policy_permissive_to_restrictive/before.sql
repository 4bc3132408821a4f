CREATE TABLE public.notes (id bigint PRIMARY KEY, owner text NOT NULL, archived boolean NOT NULL DEFAULT false);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON public.notes USING (owner = current_user);
CREATE POLICY not_archived ON public.notes AS PERMISSIVE FOR SELECT USING (NOT archived);
