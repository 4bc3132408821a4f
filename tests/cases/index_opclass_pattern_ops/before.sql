CREATE TABLE public.files (id bigint PRIMARY KEY, path text NOT NULL);
CREATE INDEX files_path ON public.files (path);
