CREATE TABLE public.films (id integer PRIMARY KEY, title text NOT NULL, rating integer);
