SET check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.add_reading(bigint, integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$SELECT $1 + $2$function$;
CREATE OR REPLACE FUNCTION public.remove_reading(bigint, integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$SELECT $1 - $2$function$;
CREATE OR REPLACE AGGREGATE "public"."running_sum"(integer) (
    SFUNC = int4_sum,
    STYPE = bigint,
    MSFUNC = public.add_reading,
    MINVFUNC = public.remove_reading,
    MSTYPE = bigint,
    MINITCOND = '0',
    PARALLEL = SAFE
);
