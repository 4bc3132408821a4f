CREATE TYPE public.mood AS ENUM ('sad', 'happy');
CREATE TABLE public.people (id bigint PRIMARY KEY, current public.mood NOT NULL DEFAULT 'sad');
INSERT INTO public.people VALUES (1, 'happy');
