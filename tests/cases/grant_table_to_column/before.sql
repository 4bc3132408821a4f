CREATE TABLE public.deals (id bigint PRIMARY KEY, stage text NOT NULL, amount numeric(12,2) NOT NULL DEFAULT 0);
GRANT SELECT, UPDATE ON public.deals TO anon;
