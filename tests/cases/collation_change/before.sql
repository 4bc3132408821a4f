CREATE COLLATION public.sorting (locale = 'C');
COMMENT ON COLLATION public.sorting IS 'old';
CREATE TABLE public.items (id bigint PRIMARY KEY, name text);
CREATE INDEX items_name_sorted ON public.items (name COLLATE public.sorting);
CREATE VIEW public.sorted_items AS SELECT id, name COLLATE public.sorting AS name FROM public.items;
INSERT INTO public.items VALUES (1, 'b'), (2, 'a');
