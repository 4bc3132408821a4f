CREATE TABLE public.a (id bigint PRIMARY KEY, note text);
CREATE TABLE public.b (id bigint PRIMARY KEY);
CREATE VIEW public.ab AS SELECT id, note FROM public.a UNION ALL SELECT id, NULL FROM public.b;
CREATE VIEW public.ba AS SELECT id, NULL FROM public.b UNION ALL SELECT id, note FROM public.a;
