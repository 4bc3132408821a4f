CREATE TABLE public.rooms (id bigint PRIMARY KEY, area box NOT NULL);
