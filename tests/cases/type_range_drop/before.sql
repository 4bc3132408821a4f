CREATE TYPE public.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TABLE public.t (id int, r public.floatrange, m public.floatmultirange);
