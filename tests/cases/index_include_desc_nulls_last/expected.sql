CREATE INDEX IF NOT EXISTS events_account_recent ON public.events USING btree (account_id, created_at DESC NULLS LAST) INCLUDE (kind);
