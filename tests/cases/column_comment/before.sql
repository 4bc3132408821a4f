CREATE TABLE public.t (id bigint PRIMARY KEY, a text, b text);
COMMENT ON COLUMN public.t.b IS 'old comment';
