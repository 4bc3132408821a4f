CREATE TABLE public.t (id serial PRIMARY KEY, n bigserial, m serial, name text);
INSERT INTO public.t (name) VALUES ('a'), ('b');
