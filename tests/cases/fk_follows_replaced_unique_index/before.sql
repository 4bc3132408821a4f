CREATE TABLE public.a (id bigint PRIMARY KEY, code text NOT NULL);
CREATE UNIQUE INDEX a_code_idx ON public.a (code);
CREATE TABLE public.b (id bigint PRIMARY KEY, a_code text REFERENCES public.a(code));
