CREATE TABLE public.t (id bigint PRIMARY KEY, amount numeric);
INSERT INTO public.t VALUES (1, -5);
