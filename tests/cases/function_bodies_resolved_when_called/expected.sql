SET check_function_bodies = off;
CREATE OR REPLACE FUNCTION app.first_label()
 RETURNS text
 LANGUAGE plpgsql
 SET search_path TO 'app'
AS $function$DECLARE l label; BEGIN SELECT name INTO l FROM items ORDER BY id LIMIT 1; RETURN l; END$function$;
CREATE OR REPLACE FUNCTION app.item_count()
 RETURNS bigint
 LANGUAGE sql
 SET search_path TO 'app'
AS $function$SELECT count(*) FROM items$function$;
CREATE OR REPLACE FUNCTION app.stale_name()
 RETURNS text
 LANGUAGE sql
AS $function$SELECT gone FROM app.items$function$;
