CREATE DOMAIN public.amount AS integer CHECK (VALUE >= 0);
