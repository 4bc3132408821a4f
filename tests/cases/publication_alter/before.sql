CREATE SCHEMA sales;
CREATE TABLE public.orders (id bigint PRIMARY KEY, status text NOT NULL, total numeric);
CREATE TABLE public.customers (id bigint PRIMARY KEY, name text);
CREATE TABLE sales.leads (id bigint PRIMARY KEY);
CREATE PUBLICATION app_changes FOR TABLE public.orders (id, status) WHERE (status <> 'draft'), TABLE public.customers
  WITH (publish = 'insert');
CREATE PUBLICATION to_everything FOR TABLE public.customers;
CREATE PUBLICATION emptied FOR TABLE public.customers, TABLES IN SCHEMA sales;
CREATE PUBLICATION retired FOR TABLE public.orders;
CREATE PUBLICATION someone_elses FOR TABLE public.orders;
COMMENT ON PUBLICATION app_changes IS 'old comment';
CREATE PUBLICATION schema_in FOR TABLE public.orders;
