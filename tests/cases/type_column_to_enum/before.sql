CREATE TABLE public.tasks (id bigint PRIMARY KEY, priority text NOT NULL DEFAULT 'normal');
INSERT INTO public.tasks VALUES (1, 'high'), (2, 'low');
