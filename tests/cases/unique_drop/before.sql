CREATE TABLE public.t (id bigint PRIMARY KEY, email text NOT NULL CONSTRAINT t_email_key UNIQUE);
