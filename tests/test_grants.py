"""Grants: only the roles a spec names are managed; a named role holds exactly what is listed."""

from __future__ import annotations

from pathlib import Path

import psycopg

from conftest import run_sql
from harness import apply_and_replan, load_preset, plan_for
from pgdecl.export import export_database

SPEC = """\
version: 1
preset: supabase
schemas:
  public:
    functions:
      secret_count():
        returns: bigint
        language: sql
        body: SELECT count(*) FROM public.notes
        grants: {public: [], authenticated: [execute]}
    tables:
      notes:
        columns:
          id: bigint primary key
          body: text
        grants:
          authenticated: [select]
          anon: []
"""


def _privileges(dsn: str) -> set[tuple[str, str, str]]:
    with psycopg.connect(dsn) as conn:
        rows = conn.execute("""
            SELECT 'notes', coalesce(r.rolname, 'PUBLIC'), a.privilege_type
            FROM pg_class c, aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee
            WHERE c.oid = 'public.notes'::regclass AND a.grantee <> c.relowner
            UNION ALL
            SELECT 'secret_count', coalesce(r.rolname, 'PUBLIC'), a.privilege_type
            FROM pg_proc p, aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
            LEFT JOIN pg_roles r ON r.oid = a.grantee
            WHERE p.oid = 'public.secret_count()'::regprocedure AND a.grantee <> p.proowner""").fetchall()
    return set(rows)


def test_named_roles_exactly_others_untouched(db: str, tmp_path: Path) -> None:
    load_preset(db)
    run_sql(db, """
        CREATE TABLE public.notes (id bigint PRIMARY KEY, body text);
        CREATE FUNCTION public.secret_count() RETURNS bigint LANGUAGE sql AS $$SELECT count(*) FROM public.notes$$;
        GRANT ALL ON public.notes TO anon, authenticated, service_role;   -- Supabase default privileges
    """)
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    result = plan_for(spec, db)
    described = sorted(s.op.describe() for s in result.plan.steps)
    assert "revoke EXECUTE on function public.secret_count() from PUBLIC" in described
    assert "grant EXECUTE on function public.secret_count() to authenticated" in described
    assert "revoke SELECT on table public.notes from anon" in described
    assert "revoke INSERT on table public.notes from authenticated" in described
    assert not any("service_role" in d for d in described), described    # not named: left alone
    apply_and_replan(result, db)
    privileges = _privileges(db)
    assert ("notes", "authenticated", "SELECT") in privileges
    assert not any(role == "anon" for _, role, _ in privileges)
    assert ("notes", "service_role", "INSERT") in privileges
    assert ("secret_count", "authenticated", "EXECUTE") in privileges
    assert ("secret_count", "PUBLIC", "EXECUTE") not in privileges


def test_new_objects_under_default_privileges(db: str, tmp_path: Path) -> None:
    """Objects the plan creates get the target's default privileges (Supabase grants ALL to
    anon and authenticated on every new table, PUBLIC may EXECUTE every new function): a
    named role ends with exactly what the spec lists, a role not named keeps its defaults."""
    load_preset(db)
    run_sql(db, """
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO anon, authenticated, service_role;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON FUNCTIONS TO anon, authenticated, service_role;
    """)
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    result = plan_for(spec, db)
    described = [s.op.describe() for s in result.plan.steps]
    assert described.index("revoke ALL on table public.notes from anon") < \
        described.index("create table public.notes") + 99   # present
    assert described.index("revoke ALL on table public.notes from authenticated") < \
        described.index("grant SELECT on table public.notes to authenticated")
    apply_and_replan(result, db)
    privileges = _privileges(db)
    assert not any(role == "anon" for target, role, _ in privileges if target == "notes")
    assert {p for t, r, p in privileges if t == "notes" and r == "authenticated"} == {"SELECT"}
    assert ("notes", "service_role", "INSERT") in privileges          # not named: default kept
    assert ("secret_count", "PUBLIC", "EXECUTE") not in privileges
    assert ("secret_count", "authenticated", "EXECUTE") in privileges
    assert ("secret_count", "anon", "EXECUTE") in privileges          # not named: default kept


def test_replaced_view_keeps_grants_of_roles_not_named(db: str, tmp_path: Path) -> None:
    """A view dropped and created again (a column removed) gets back the grants the spec
    does not manage."""
    load_preset(db)
    run_sql(db, """
        CREATE TABLE public.t (id bigint PRIMARY KEY, a text, b text);
        CREATE VIEW public.v AS SELECT id, a, b FROM public.t;
        GRANT SELECT ON public.v TO authenticated;
        GRANT SELECT (id) ON public.v TO anon;
    """)
    spec = tmp_path / "schema.yaml"
    spec.write_text("""\
version: 1
preset: supabase
schemas:
  public:
    tables:
      t:
        columns: {id: bigint primary key, a: text, b: text}
    views:
      v:
        query: SELECT id, a FROM public.t
""")
    result = plan_for(spec, db)
    described = [s.op.describe() for s in result.plan.steps]
    assert "grant SELECT on view public.v to authenticated" in described, described
    assert not any(s.hazards for s in result.plan.steps if "grant" in s.op.describe()), "a restored grant is no hazard"
    apply_and_replan(result, db)
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT has_table_privilege('authenticated', 'public.v', 'SELECT'), "
                            "has_column_privilege('anon', 'public.v', 'id', 'SELECT')").fetchone() == (True, True)


def test_adopted_privileges_converge(db: str, tmp_path: Path) -> None:
    """After adoption (export), a privilege the spec does not list is revoked, even for a role
    the object's grants do not name: the exported schema lists its `grantees`."""
    load_preset(db)
    run_sql(db, """
        CREATE TABLE public.t (id bigint PRIMARY KEY, a text);
        CREATE VIEW public.v AS SELECT id FROM public.t;
        GRANT SELECT ON public.t TO anon;
        GRANT SELECT ON public.v TO authenticated;
        CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
    """)
    exported = export_database(db, ("public",))
    assert {"anon", "authenticated", "public"} <= set(exported.document["schemas"]["public"]["grantees"])
    spec = tmp_path / "schema.yaml"
    exported.write(spec)
    assert plan_for(spec, db).plan.empty

    run_sql(db, "GRANT SELECT ON public.v TO anon; GRANT INSERT ON public.t TO PUBLIC; "
                "GRANT EXECUTE ON FUNCTION public.f() TO anon")   # strays
    result = plan_for(spec, db)
    assert sorted(s.op.describe() for s in result.plan.steps) == [
        "revoke EXECUTE on function public.f() from anon", "revoke INSERT on table public.t from PUBLIC",
        "revoke SELECT on view public.v from anon"]
    apply_and_replan(result, db)
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT has_table_privilege('anon', 'public.v', 'SELECT'), "
                            "has_table_privilege('authenticated', 'public.v', 'SELECT'), "
                            "has_table_privilege('anon', 'public.t', 'SELECT'), "
                            "has_table_privilege('anon', 'public.t', 'INSERT'), "
                            "has_function_privilege('anon', 'public.f()', 'EXECUTE')").fetchone() == \
            (False, True, True, False, True)      # EXECUTE through PUBLIC, as before the stray grant


def test_grantees_key_names_roles_on_every_object(tmp_path: Path) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text("""\
version: 1
schemas:
  app:
    grantees: [anon, public]
    functions:
      f():
        returns: int
        language: sql
        body: SELECT 1
        grants: {PUBLIC: [execute]}
      g():
        returns: int
        language: sql
        body: SELECT 1
    tables:
      t:
        columns: {id: int}
        grants: {anon: [select], reporting: [select]}
    views:
      v: {query: SELECT id FROM app.t}
""")
    from pgdecl.catalog.model import ObjectKey
    from pgdecl.spec import load_spec

    loaded = load_spec(spec)
    assert loaded.grant_roles == {
        ObjectKey("schema", "app", "app"): frozenset({"anon", "PUBLIC"}),
        ObjectKey("function", "app", "f()"): frozenset({"anon", "PUBLIC"}),
        ObjectKey("function", "app", "g()"): frozenset({"anon", "PUBLIC"}),
        ObjectKey("table", "app", "t"): frozenset({"anon", "PUBLIC", "reporting"}),
        ObjectKey("view", "app", "v"): frozenset({"anon", "PUBLIC"}),
    }
    assert loaded.schemas["app"].tables["t"].grants["public"] == ()
    functions = loaded.schemas["app"].functions
    assert set(functions["f()"].grants) == {"PUBLIC", "anon"} and functions["f()"].grants["anon"] == ()
    # not listed: what PostgreSQL gives a new function, EXECUTE for PUBLIC only
    assert {role: [p.privilege for p in privileges] for role, privileges in functions["g()"].grants.items()} == \
        {"anon": [], "public": ["execute"]}
