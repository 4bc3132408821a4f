CREATE TYPE public.point3 AS (x real, y real, z real, legacy int);
CREATE TYPE public.address AS (street text, zip text, fax text);
CREATE TABLE public.customers (id bigint PRIMARY KEY, home public.address);
INSERT INTO public.customers VALUES (1, ROW('Main St', '12345', '555'));
