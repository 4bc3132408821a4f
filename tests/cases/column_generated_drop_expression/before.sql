CREATE TABLE public.t (id bigint PRIMARY KEY, price numeric(12,2) NOT NULL, qty integer NOT NULL,
  total numeric GENERATED ALWAYS AS (price * qty) STORED);
INSERT INTO public.t VALUES (1, 2.50, 4);
