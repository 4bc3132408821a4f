CREATE TABLE public.deals (id bigint PRIMARY KEY, tags text[] NOT NULL DEFAULT '{}');
CREATE INDEX idx_deals_tags ON public.deals (tags);
