CREATE TABLE public.films (id integer PRIMARY KEY, title text NOT NULL);
CREATE FUNCTION public._concat_comma(text, text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN $1 IS NULL THEN $2 ELSE $1 || ', ' || $2 END $$;
CREATE FUNCTION public._concat_semicolon(text, text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN $1 IS NULL THEN $2 ELSE $1 || '; ' || $2 END $$;
CREATE AGGREGATE public.group_concat(text) (SFUNC = public._concat_comma, STYPE = text);
COMMENT ON AGGREGATE public.group_concat(text) IS 'old';
CREATE VIEW public.film_list AS SELECT group_concat(title) AS titles FROM public.films;
INSERT INTO public.films VALUES (1, 'Alien'), (2, 'Brazil');
