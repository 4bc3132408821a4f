CREATE TABLE public.users (id bigint PRIMARY KEY);
ALTER TABLE public.users REPLICA IDENTITY FULL;
CREATE TABLE public.messages (id bigint PRIMARY KEY, body text);
