CREATE UNIQUE INDEX IF NOT EXISTS t_tenant_slug ON public.t USING btree (tenant_id, slug);
