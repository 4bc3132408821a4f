CREATE TYPE public.pair AS (a integer, b integer);
CREATE TABLE public.pairs (id int, p public.pair);
