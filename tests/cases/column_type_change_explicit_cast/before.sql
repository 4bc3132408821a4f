CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE public.feeling AS ENUM ('sad', 'ok', 'happy', 'ecstatic');
CREATE TABLE public.t (id bigint PRIMARY KEY, m public.mood NOT NULL DEFAULT 'ok', at bigint);
INSERT INTO public.t VALUES (1, 'happy', 1700000000), (2, 'sad', NULL);
