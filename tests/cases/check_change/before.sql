CREATE TABLE public.t (id bigint PRIMARY KEY, amount numeric, CONSTRAINT t_amount_positive CHECK (amount >= 0));
