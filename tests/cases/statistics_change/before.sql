CREATE TABLE public.addresses (id bigint PRIMARY KEY, city text, zip text, street text);
CREATE STATISTICS public.addresses_city_zip (ndistinct) ON city, zip FROM public.addresses;
CREATE STATISTICS public.addresses_tuned ON city, street FROM public.addresses;
ALTER STATISTICS public.addresses_tuned SET STATISTICS 200;
COMMENT ON STATISTICS public.addresses_tuned IS 'old';
CREATE STATISTICS public.addresses_gone ON zip, street FROM public.addresses;
