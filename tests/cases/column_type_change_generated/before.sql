CREATE TABLE public.t (id bigint PRIMARY KEY, price integer NOT NULL, doubled integer GENERATED ALWAYS AS (price * 2) STORED,
  tripled integer GENERATED ALWAYS AS (price * 3) STORED, note text);
COMMENT ON COLUMN public.t.tripled IS 'three times';
CREATE VIEW public.v AS SELECT id, tripled FROM public.t;
INSERT INTO public.t (id, price) VALUES (1, 21);
