DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_operator o WHERE o.oid = pg_catalog.to_regoperator('"public".<<<(integer, integer)') AND (o.oprcode::pg_catalog.regproc::text || '|' || COALESCE((SELECT cn.nspname || '.' || c.oprname FROM pg_catalog.pg_operator c JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprcom), '') || '|' || COALESCE((SELECT cn.nspname || '.' || c.oprname FROM pg_catalog.pg_operator c JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprnegate), '') || '|' || o.oprcanhash::text || '|' || o.oprcanmerge::text) <> 'public.f_lt|public.>>>||false|false') OR EXISTS (SELECT FROM pg_catalog.pg_operator o WHERE o.oid = pg_catalog.to_regoperator('"public".===(integer, integer)') AND (o.oprcode::pg_catalog.regproc::text || '|' || COALESCE((SELECT cn.nspname || '.' || c.oprname FROM pg_catalog.pg_operator c JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprcom), '') || '|' || COALESCE((SELECT cn.nspname || '.' || c.oprname FROM pg_catalog.pg_operator c JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprnegate), '') || '|' || o.oprcanhash::text || '|' || o.oprcanmerge::text) <> 'public.f_eq|public.===||true|true') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP VIEW "public"."v"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_operator o WHERE o.oid = pg_catalog.to_regoperator('"public".<<<(integer, integer)') AND (o.oprcode::pg_catalog.regproc::text || '|' || COALESCE((SELECT cn.nspname || '.' || c.oprname FROM pg_catalog.pg_operator c JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprcom), '') || '|' || COALESCE((SELECT cn.nspname || '.' || c.oprname FROM pg_catalog.pg_operator c JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprnegate), '') || '|' || o.oprcanhash::text || '|' || o.oprcanmerge::text) <> 'public.f_lt|public.>>>||false|false') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP OPERATOR "public".<<< (integer, integer)';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_operator o WHERE o.oid = pg_catalog.to_regoperator('"public".<<<(integer, integer)') AND o.oprcode <> 0)) THEN
    EXECUTE 'CREATE OPERATOR "public".<<< (
    FUNCTION = public.f_lt,
    LEFTARG = integer,
    RIGHTARG = integer,
    COMMUTATOR = OPERATOR("public".>>>)
)';
  END IF;
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_operator o WHERE o.oid = pg_catalog.to_regoperator('"public".===(integer, integer)') AND (o.oprcode::pg_catalog.regproc::text || '|' || COALESCE((SELECT cn.nspname || '.' || c.oprname FROM pg_catalog.pg_operator c JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprcom), '') || '|' || COALESCE((SELECT cn.nspname || '.' || c.oprname FROM pg_catalog.pg_operator c JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprnegate), '') || '|' || o.oprcanhash::text || '|' || o.oprcanmerge::text) <> 'public.f_eq|public.===||true|true') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP OPERATOR "public".=== (integer, integer)';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_operator o WHERE o.oid = pg_catalog.to_regoperator('"public".===(integer, integer)') AND o.oprcode <> 0)) THEN
    EXECUTE 'CREATE OPERATOR "public".=== (
    FUNCTION = public.f_eq,
    LEFTARG = integer,
    RIGHTARG = integer,
    COMMUTATOR = OPERATOR("public".===),
    HASHES,
    MERGES
)';
  END IF;
END $pgdecl$;
CREATE OR REPLACE VIEW "public"."v" AS
SELECT (1 OPERATOR(public.<<<) 2) AS lt,
    (1 OPERATOR(public.===) 2) AS eq;
