SET check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.greet(text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT 'hi ' || $1$function$;
