CREATE TABLE public.t (id bigint PRIMARY KEY, score text);
INSERT INTO public.t VALUES (1, '42');
