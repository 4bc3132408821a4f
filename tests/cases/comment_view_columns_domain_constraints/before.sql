CREATE DOMAIN public.positive AS int CONSTRAINT positive_check CHECK (VALUE > 0)
  CONSTRAINT positive_small CHECK (VALUE < 1000);
COMMENT ON CONSTRAINT positive_check ON DOMAIN public.positive IS 'old';
COMMENT ON CONSTRAINT positive_small ON DOMAIN public.positive IS 'dropped';
CREATE TABLE public.items (id int PRIMARY KEY, n public.positive, label text);
CREATE VIEW public.v AS SELECT id, n, label FROM public.items;
COMMENT ON COLUMN public.v.n IS 'old';
COMMENT ON COLUMN public.v.label IS 'dropped';
CREATE VIEW public.narrowed AS SELECT id, n, label FROM public.items;
COMMENT ON COLUMN public.narrowed.id IS 'kept across the recreate';
