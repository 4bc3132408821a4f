DO $$ BEGIN CREATE ROLE pgdecl_case_app NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgdecl_case_reporting NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SEQUENCE public.order_no START 1000;
GRANT SELECT ON SEQUENCE public.order_no TO pgdecl_case_reporting;
