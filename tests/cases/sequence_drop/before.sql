CREATE SEQUENCE public.keep_seq;
CREATE SEQUENCE public.old_seq;
