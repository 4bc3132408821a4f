CREATE TABLE public.audit (id bigserial PRIMARY KEY, tbl text NOT NULL, op text NOT NULL, tag text);
CREATE TABLE public.docs (id bigint PRIMARY KEY, title text);
CREATE FUNCTION public.log_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.audit (tbl, op, tag) VALUES (TG_TABLE_NAME, TG_OP, TG_ARGV[0]);
  RETURN NULL;
END $$;
CREATE TRIGGER docs_log AFTER INSERT ON public.docs FOR EACH STATEMENT EXECUTE FUNCTION public.log_statement('v1');
