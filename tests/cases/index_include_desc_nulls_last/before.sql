CREATE TABLE public.events (id bigint PRIMARY KEY, account_id bigint NOT NULL, created_at timestamptz, kind text);
