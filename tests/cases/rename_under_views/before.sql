CREATE TABLE public.clients (id bigint PRIMARY KEY, fullname text NOT NULL, tier integer NOT NULL DEFAULT 0);
CREATE VIEW public.client_names AS SELECT id, fullname FROM public.clients;
CREATE VIEW public.client_tiers AS SELECT tier, count(*) AS n FROM public.clients GROUP BY tier;
