CREATE TABLE public.p (a integer NOT NULL, b integer NOT NULL, CONSTRAINT p_a_b_key UNIQUE (a, b));
CREATE TABLE public.c (id bigint PRIMARY KEY, x integer, y integer, CONSTRAINT c_y_x_fkey FOREIGN KEY (y, x) REFERENCES public.p (b, a));
