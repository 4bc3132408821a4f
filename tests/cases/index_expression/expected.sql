CREATE UNIQUE INDEX IF NOT EXISTS users_email_lower_key ON public.users USING btree (lower(email));
