SET check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN NEW.updated_at := clock_timestamp(); RETURN NEW; END $function$;
