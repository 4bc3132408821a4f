CREATE INDEX IF NOT EXISTS jobs_pending_run_at ON public.jobs USING btree (run_at) WHERE (status = 'pending'::text);
