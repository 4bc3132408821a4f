CREATE TABLE public.t (id bigint PRIMARY KEY, amount numeric);
