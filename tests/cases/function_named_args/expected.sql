SET check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.add(a integer, b integer DEFAULT 1)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT a + b$function$;
CREATE OR REPLACE FUNCTION public.greet(name text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT 'hi ' || name$function$;
