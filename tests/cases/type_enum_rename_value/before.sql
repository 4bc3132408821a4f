CREATE TYPE public.status AS ENUM ('draft', 'review', 'published');
CREATE TABLE public.posts (id bigint PRIMARY KEY, status public.status NOT NULL DEFAULT 'draft');
INSERT INTO public.posts VALUES (1, 'review'), (2, 'published');
