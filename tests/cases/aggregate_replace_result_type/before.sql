CREATE TABLE public.payments (id integer PRIMARY KEY, amount integer NOT NULL);
CREATE FUNCTION public.to_average(bigint[]) RETURNS numeric LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN $1[2] = 0 THEN NULL ELSE $1[1]::numeric / $1[2] END $$;
CREATE FUNCTION public.add_amount(bigint[], integer) RETURNS bigint[] LANGUAGE sql IMMUTABLE
  AS $$ SELECT ARRAY[$1[1] + $2, $1[2] + 1] $$;
CREATE AGGREGATE public.avg_amount(integer) (SFUNC = public.add_amount, STYPE = bigint[], INITCOND = '{0,0}');
CREATE VIEW public.payment_stats AS SELECT avg_amount(amount) AS average FROM public.payments;
GRANT SELECT ON public.payment_stats TO PUBLIC;
