CREATE TABLE public.t (id bigint PRIMARY KEY, legacy text, keepme int);
