CREATE TYPE public.status AS ENUM ('draft', 'review', 'published');
COMMENT ON TYPE public.status IS 'publication state';
