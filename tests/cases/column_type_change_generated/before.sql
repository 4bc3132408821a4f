CREATE TABLE public.t (id bigint PRIMARY KEY, price integer NOT NULL, doubled integer GENERATED ALWAYS AS (price * 2) STORED);
INSERT INTO public.t (id, price) VALUES (1, 21);
