CREATE FUNCTION public.tier(amount numeric) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN amount > 1000 THEN 2 ELSE 1 END $$;
CREATE TABLE public.deals (id bigint PRIMARY KEY, owner text NOT NULL, amount numeric NOT NULL DEFAULT 0);
ALTER TABLE public.deals ENABLE ROW LEVEL SECURITY;
CREATE POLICY small_deals ON public.deals FOR SELECT USING (public.tier(amount) < 2);
CREATE VIEW public.deal_tiers AS SELECT id, public.tier(amount) AS tier FROM public.deals;
INSERT INTO public.deals VALUES (1, 'ann', 10), (2, 'bob', 5000);
