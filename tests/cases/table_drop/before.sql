CREATE TABLE public.keep (id bigint PRIMARY KEY);
CREATE TABLE public.obsolete (id bigint PRIMARY KEY, note text);
