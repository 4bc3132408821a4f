CREATE DOMAIN public.posint AS integer CHECK (VALUE > 0);
CREATE DOMAIN public.small_posint AS public.posint CHECK (VALUE < 10);
