"""Grants: only the roles a spec names are managed; a named role holds exactly what is listed."""

from __future__ import annotations

from pathlib import Path

import psycopg

from conftest import run_sql
from harness import apply_and_replan, load_preset, plan_for

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
