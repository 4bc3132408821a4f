CREATE TABLE public.t (id bigint NOT NULL PRIMARY KEY, name text);
