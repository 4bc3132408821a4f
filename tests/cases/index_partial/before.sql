CREATE TABLE public.jobs (id bigint PRIMARY KEY, status text NOT NULL, run_at timestamptz);
