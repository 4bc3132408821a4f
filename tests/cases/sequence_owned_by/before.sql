CREATE TABLE public.orders (id bigint PRIMARY KEY, no bigint);
CREATE SEQUENCE public.order_no AS bigint;
