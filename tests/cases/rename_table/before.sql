CREATE TABLE public.clients (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
COMMENT ON TABLE public.clients IS 'people we sell to';
INSERT INTO public.clients (name) VALUES ('Ada'), ('Grace');
