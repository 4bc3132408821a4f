CREATE TYPE public.level AS ENUM ('low', 'medium', 'high');
CREATE VIEW public.levels AS SELECT 'low'::public.level AS lowest, 'high'::public.level AS highest;
