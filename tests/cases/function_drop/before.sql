CREATE FUNCTION public.keep_me() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION public.old_helper(integer) RETURNS integer LANGUAGE sql AS $$ SELECT $1 $$;
