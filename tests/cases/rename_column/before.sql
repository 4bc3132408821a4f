CREATE TABLE public.people (id bigint PRIMARY KEY, fullname text NOT NULL DEFAULT '' CHECK (fullname <> 'nobody'));
CREATE INDEX people_fullname_idx ON public.people (lower(fullname)) WHERE fullname <> '';
INSERT INTO public.people VALUES (1, 'Ada Lovelace');
