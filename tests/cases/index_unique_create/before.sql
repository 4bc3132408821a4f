CREATE TABLE public.t (id bigint PRIMARY KEY, tenant_id bigint NOT NULL, slug text NOT NULL);
