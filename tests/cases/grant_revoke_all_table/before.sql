CREATE TABLE public.secrets (id bigint PRIMARY KEY, value text);
GRANT SELECT, INSERT ON public.secrets TO anon;
GRANT SELECT ON public.secrets TO authenticated;
