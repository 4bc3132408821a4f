CREATE TABLE public.t (id bigint PRIMARY KEY, body text) WITH (fillfactor = 90, autovacuum_enabled = off);
