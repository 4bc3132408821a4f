CREATE TABLE public.t (id bigint NOT NULL, name text);
