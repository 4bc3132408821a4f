CREATE TABLE public.rooms (id bigint PRIMARY KEY, area box NOT NULL);
ALTER TABLE public.rooms ADD CONSTRAINT rooms_no_overlap EXCLUDE USING gist (area WITH &&);
