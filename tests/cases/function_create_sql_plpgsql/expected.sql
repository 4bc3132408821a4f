SET check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.add(integer, integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT $1 + $2$function$;
CREATE OR REPLACE FUNCTION public.clamp(numeric, numeric, numeric)
 RETURNS numeric
 LANGUAGE plpgsql
 IMMUTABLE STRICT
AS $function$BEGIN
  IF $1 < $2 THEN RETURN $2; END IF;
  IF $1 > $3 THEN RETURN $3; END IF;
  RETURN $1;
END;
$function$;
