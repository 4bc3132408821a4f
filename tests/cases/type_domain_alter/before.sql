CREATE DOMAIN public.quantity AS integer DEFAULT 1
  CONSTRAINT quantity_positive CHECK (VALUE > 0)
  CONSTRAINT quantity_small CHECK (VALUE < 100)
  CONSTRAINT quantity_legacy CHECK (VALUE <> 13);
CREATE TABLE public.items (id bigint PRIMARY KEY, amount public.quantity);
INSERT INTO public.items VALUES (1, 2), (2, 40);
