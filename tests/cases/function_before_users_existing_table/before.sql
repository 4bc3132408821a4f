CREATE TABLE public.t (id bigint PRIMARY KEY, amount numeric, code text);
INSERT INTO public.t VALUES (1, 5, 'x');
