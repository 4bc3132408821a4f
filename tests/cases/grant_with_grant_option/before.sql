CREATE TABLE public.deals (id bigint PRIMARY KEY, stage text, amount numeric);
REVOKE ALL ON public.deals FROM anon, authenticated, service_role;
GRANT SELECT ON public.deals TO anon WITH GRANT OPTION;
GRANT SELECT, UPDATE ON public.deals TO authenticated;
