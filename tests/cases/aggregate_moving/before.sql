CREATE TABLE public.readings (at integer PRIMARY KEY, value integer NOT NULL);
CREATE AGGREGATE public.running_sum(integer) (SFUNC = int4_sum, STYPE = bigint);
CREATE VIEW public.windowed AS
  SELECT at, running_sum(value) OVER (ORDER BY at ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS last3
  FROM public.readings;
