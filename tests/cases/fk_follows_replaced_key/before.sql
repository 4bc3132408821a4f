CREATE TABLE public.a (id bigint PRIMARY KEY, code text NOT NULL CONSTRAINT a_code_key UNIQUE);
CREATE TABLE public.b (id bigint PRIMARY KEY, a_code text REFERENCES public.a(code), a_id bigint REFERENCES public.a(id));
