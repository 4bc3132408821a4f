CREATE TABLE public.items (id bigint PRIMARY KEY, qty integer NOT NULL);
CREATE INDEX items_qty_idx ON public.items (qty);
INSERT INTO public.items VALUES (1, 5), (2, 7);
