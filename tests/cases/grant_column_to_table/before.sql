CREATE TABLE public.deals (id bigint PRIMARY KEY, stage text, amount numeric);
GRANT SELECT (id, stage), UPDATE (stage) ON public.deals TO anon;
