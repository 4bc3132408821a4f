CREATE TABLE public.t (id bigint PRIMARY KEY, name text NOT NULL DEFAULT '', tags text[]);
CREATE INDEX t_tags ON public.t USING gin (tags);
