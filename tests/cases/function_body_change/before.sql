CREATE FUNCTION public.greet(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'hello ' || $1 $$;
