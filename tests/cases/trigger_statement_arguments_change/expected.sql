SET check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.log_statement()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$BEGIN
  INSERT INTO public.audit (tbl, op, tag) VALUES (TG_TABLE_NAME, TG_OP, TG_ARGV[0]);
  RETURN NULL;
END
$function$;
CREATE OR REPLACE TRIGGER docs_log AFTER INSERT OR DELETE ON public.docs FOR EACH STATEMENT EXECUTE FUNCTION public.log_statement('v2', 'extra');
