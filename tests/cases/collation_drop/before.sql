CREATE COLLATION public.sorting (locale = 'C');
CREATE COLLATION public.kept (locale = 'POSIX');
COMMENT ON COLLATION public.kept IS 'to be removed';
CREATE TABLE public.items (id bigint PRIMARY KEY, name text COLLATE public.sorting);
