CREATE TABLE public.t (id bigint PRIMARY KEY, tags text[], n int);
CREATE INDEX t_n ON public.t (n) WITH (fillfactor = 90, deduplicate_items = off);
CREATE INDEX t_tags ON public.t USING gin (tags);
