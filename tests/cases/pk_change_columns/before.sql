CREATE TABLE public.t (tenant_id bigint NOT NULL, id bigint NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (id));
