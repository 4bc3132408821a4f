CREATE TABLE public.deals (id bigint PRIMARY KEY, stage text NOT NULL, amount numeric(12,2) NOT NULL DEFAULT 0);

CREATE VIEW public.open_deals AS SELECT d.id, d.stage, d.amount FROM public.deals d WHERE d.stage <> 'closed';
