CREATE SCHEMA sales;
CREATE TABLE public.orders (id bigint PRIMARY KEY, status text NOT NULL, total numeric, note text);
CREATE TABLE public.customers (id bigint PRIMARY KEY, name text);
CREATE TABLE sales.leads (id bigint PRIMARY KEY);
