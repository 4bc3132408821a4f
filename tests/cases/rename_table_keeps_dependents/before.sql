CREATE TABLE public.clients (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.deals (
  id bigint PRIMARY KEY,
  user_id uuid NOT NULL,
  client_id bigint REFERENCES public.clients (id) ON DELETE CASCADE,
  stage text NOT NULL DEFAULT 'lead' CHECK (stage <> ''),
  updated_at timestamptz NOT NULL DEFAULT now(),
  tags text[] NOT NULL DEFAULT '{}',
  UNIQUE (client_id, stage)
);
CREATE TABLE public.deal_notes (id bigint PRIMARY KEY, deal_id bigint NOT NULL REFERENCES public.deals (id), body text);
CREATE INDEX idx_deals_tags ON public.deals USING gin (tags);
ALTER TABLE public.deals ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_own_deals ON public.deals FOR ALL TO authenticated USING (auth.uid() = user_id);
CREATE POLICY same_client ON public.deals FOR SELECT TO authenticated
  USING (EXISTS (SELECT 1 FROM public.clients c WHERE c.id = deals.client_id AND c.name <> ''));
CREATE FUNCTION public.set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated_at := now(); RETURN NEW; END$$;
CREATE TRIGGER deals_updated_at BEFORE UPDATE ON public.deals FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
GRANT SELECT, UPDATE ON public.deals TO authenticated;
INSERT INTO public.clients VALUES (1, 'Acme');
INSERT INTO public.deals (id, user_id, client_id) VALUES (1, gen_random_uuid(), 1);
INSERT INTO public.deal_notes VALUES (1, 1, 'call back');
