CREATE TABLE public.orders (id bigint PRIMARY KEY, status text NOT NULL, legacy text);
CREATE TABLE public.old_things (id bigint PRIMARY KEY);
CREATE PUBLICATION app_changes FOR TABLE public.orders (id, status, legacy), TABLE public.old_things;
