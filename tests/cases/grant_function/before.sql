CREATE FUNCTION public.secret() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
