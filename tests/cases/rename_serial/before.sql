CREATE TABLE public.tickets (id serial PRIMARY KEY, title text NOT NULL);
CREATE TABLE public.counters (n bigserial PRIMARY KEY, label text);
INSERT INTO public.tickets (title) VALUES ('first'), ('second');
INSERT INTO public.counters (label) VALUES ('a');
