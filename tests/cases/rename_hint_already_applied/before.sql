CREATE TABLE public.customers (id bigint PRIMARY KEY, display_name text NOT NULL);
CREATE INDEX customers_name_idx ON public.customers (display_name);
CREATE VIEW public.customer_names AS SELECT display_name FROM public.customers;
