CREATE TABLE public.accounts (id bigint PRIMARY KEY, code text NOT NULL UNIQUE, changed_at timestamptz);
CREATE TABLE public.orders (id bigint PRIMARY KEY, account_code text REFERENCES public.accounts (code) ON UPDATE CASCADE);
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.changed_at := now(); RETURN NEW; END$$;
CREATE TRIGGER accounts_code_changed BEFORE UPDATE OF code ON public.accounts
  FOR EACH ROW WHEN (old.code IS DISTINCT FROM new.code) EXECUTE FUNCTION public.touch();
GRANT SELECT (id, code) ON public.accounts TO PUBLIC;
INSERT INTO public.accounts VALUES (1, 'ACME', NULL);
INSERT INTO public.orders VALUES (1, 'ACME');
