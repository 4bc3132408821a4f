CREATE TABLE public.events (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), kind text);
INSERT INTO public.events (id, kind) VALUES (1, 'a'), (2, 'b');
