CREATE EXTENSION pg_trgm VERSION '1.5';
CREATE TABLE public.people (id bigint PRIMARY KEY, name text NOT NULL);
CREATE INDEX people_name_trgm ON public.people USING gin (name gin_trgm_ops);
