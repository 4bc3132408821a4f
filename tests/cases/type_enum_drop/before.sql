CREATE TYPE public.unused AS ENUM ('a', 'b');
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
CREATE TABLE public.t (id bigint PRIMARY KEY);
CREATE TABLE public.moods (id bigint, m public.mood, ms public.mood[]);
CREATE FUNCTION public.cheer(m public.mood) RETURNS public.mood LANGUAGE sql AS $$ SELECT 'happy'::public.mood $$;
