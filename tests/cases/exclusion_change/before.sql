CREATE TABLE public.rooms (id bigint PRIMARY KEY, area box NOT NULL, floor integer NOT NULL DEFAULT 0);
ALTER TABLE public.rooms ADD CONSTRAINT rooms_no_overlap EXCLUDE USING gist (area WITH &&);
INSERT INTO public.rooms VALUES (1, '((0,0),(1,1))', 0), (2, '((5,5),(6,6))', 1);
