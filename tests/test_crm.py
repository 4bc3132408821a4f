"""The Supabase CRM example: the seed's three fixes as a minimal plan, and its checklist."""

from __future__ import annotations

import json
import uuid

import psycopg
import pytest

from conftest import run_sql
from harness import ROOT, apply_and_replan, check_script_twice, load_preset, plan_for

CRM = ROOT / "examples" / "crm"
TABLES = ("clients", "deals", "activities", "meetings", "emails")
ARRAY_COLUMNS = {("deals", "tags"), ("meetings", "attendees"), ("emails", "labels"),
                 ("emails", "cc_email"), ("emails", "bcc_email")}


def _before(dsn: str) -> None:
    load_preset(dsn)
    run_sql(dsn, (CRM / "before.sql").read_text())


def test_plan_from_before_is_exactly_the_three_fixes(make_db) -> None:
    dsn = make_db()
    _before(dsn)
    result = plan_for(CRM / "schema.yaml", dsn)
    steps = result.plan.steps
    kinds = sorted((s.action, s.key.kind, s.key.name) for s in steps)
    assert kinds == sorted([
        ("alter", "view", "client_summary"),
        ("alter", "view", "pipeline_summary"),
        ("replace", "index", "idx_deals_tags"),     # drop the B-tree ...
        ("replace", "index", "idx_deals_tags"),     # ... create the GIN
        ("create", "index", "idx_meetings_attendees"),
        ("create", "index", "idx_emails_labels"),
        ("create", "index", "idx_emails_cc_email"),
        ("create", "index", "idx_emails_bcc_email"),
    ]), result.plan.sql()
    sql_text = result.plan.sql()
    assert sql_text.count('ALTER VIEW "public"."client_summary" SET (security_invoker = true)') == 1
    assert sql_text.count('ALTER VIEW "public"."pipeline_summary" SET (security_invoker = true)') == 1
    creates = [line for line in sql_text.splitlines() if line.startswith("CREATE INDEX")]
    assert len(creates) == 5 and all("USING gin" in line for line in creates), creates
    for word in ("POLICY", "TRIGGER", "FUNCTION", "CREATE TABLE", "ALTER TABLE", "GRANT", "REVOKE"):
        assert word not in sql_text, f"unexpected {word} statement in the CRM plan"
    apply_and_replan(result, dsn)
    assert plan_for(CRM / "schema.yaml", dsn).plan.empty


def test_crm_script_runs_twice(make_db) -> None:
    dsn = make_db()
    _before(dsn)
    check_script_twice(plan_for(CRM / "schema.yaml", dsn), dsn)


@pytest.fixture
def crm(make_db) -> str:
    """A database with the CRM applied from scratch (plan against an empty Supabase-like database)."""
    dsn = make_db()
    load_preset(dsn)
    result = plan_for(CRM / "schema.yaml", dsn)
    apply_and_replan(result, dsn)
    return dsn


def test_checklist_on_applied_crm(crm: str) -> None:
    with psycopg.connect(crm) as conn:
        options = dict(conn.execute(
            "SELECT c.relname, c.reloptions FROM pg_class c WHERE c.relkind = 'v' "
            "AND c.relnamespace = 'public'::regnamespace").fetchall())
        assert options == {"client_summary": ["security_invoker=true"], "pipeline_summary": ["security_invoker=true"]}
        gin = set(conn.execute(
            "SELECT t.relname, a.attname FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid "
            "JOIN pg_am am ON am.oid = x.relam JOIN pg_class t ON t.oid = i.indrelid "
            "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0] "
            "WHERE am.amname = 'gin' AND t.relnamespace = 'public'::regnamespace").fetchall())
        assert ARRAY_COLUMNS <= gin
        rls = dict(conn.execute(
            "SELECT relname, relrowsecurity FROM pg_class WHERE relnamespace = 'public'::regnamespace "
            "AND relkind = 'r'").fetchall())
        assert rls == {t: True for t in TABLES}


def _as_user(conn: psycopg.Connection, user: uuid.UUID) -> None:
    conn.execute("SET ROLE authenticated")
    conn.execute("SELECT set_config('request.jwt.claims', %s, false)",
                 [json.dumps({"sub": str(user), "role": "authenticated"})])


def _seed_two_users(dsn: str) -> tuple[uuid.UUID, uuid.UUID]:
    a, b = uuid.uuid4(), uuid.uuid4()
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("INSERT INTO auth.users (id, email) VALUES (%s, 'a@example.com'), (%s, 'b@example.com')", [a, b])
        for user in (a, b):
            client = conn.execute(
                "INSERT INTO public.clients (user_id, name) VALUES (%s, 'client') RETURNING id", [user]).fetchone()[0]
            deal = conn.execute(
                "INSERT INTO public.deals (user_id, client_id, title, tags) VALUES (%s, %s, 'deal', '{urgent}') "
                "RETURNING id", [user, client]).fetchone()[0]
            conn.execute("INSERT INTO public.activities (user_id, client_id, deal_id, type) VALUES (%s, %s, %s, 'call')",
                         [user, client, deal])
            conn.execute("INSERT INTO public.meetings (user_id, client_id, title, start_time, attendees) "
                         "VALUES (%s, %s, 'm', now(), '{x}')", [user, client])
            conn.execute("INSERT INTO public.emails (user_id, client_id, subject, labels) VALUES (%s, %s, 's', '{l}')",
                         [user, client])
    return a, b


def _visible_users(dsn: str, viewer: uuid.UUID, relation: str) -> set[uuid.UUID]:
    with psycopg.connect(dsn) as conn:
        _as_user(conn, viewer)
        return {row[0] for row in conn.execute(f"SELECT user_id FROM public.{relation}").fetchall()}


def test_users_see_only_their_rows_through_tables_and_views(crm: str) -> None:
    a, b = _seed_two_users(crm)
    for relation in TABLES + ("client_summary", "pipeline_summary"):
        assert _visible_users(crm, a, relation) == {a}, relation
        assert _visible_users(crm, b, relation) == {b}, relation


def test_without_security_invoker_the_view_leaks(crm: str) -> None:
    """The negative: the check above can fail."""
    a, b = _seed_two_users(crm)
    run_sql(crm, "ALTER VIEW public.pipeline_summary RESET (security_invoker)")
    assert _visible_users(crm, b, "pipeline_summary") == {a, b}
    # and pgdecl puts it back, flagging nothing destructive
    result = plan_for(CRM / "schema.yaml", crm)
    assert [s.op.describe() for s in result.plan.steps] == ["alter view public.pipeline_summary"]
    apply_and_replan(result, crm)
    assert _visible_users(crm, b, "pipeline_summary") == {b}


def test_stage_change_trigger_logs_activity(crm: str) -> None:
    a, _ = _seed_two_users(crm)
    with psycopg.connect(crm, autocommit=True) as conn:
        conn.execute("UPDATE public.deals SET stage = 'qualified' WHERE user_id = %s", [a])
        logged = conn.execute("SELECT description FROM public.activities WHERE type = 'stage_change'").fetchall()
    assert logged == [("Stage changed from lead to qualified",)]


def test_top_level_schema_is_the_crm() -> None:
    assert (ROOT / "schema.yaml").read_text() == (CRM / "schema.yaml").read_text()




def test_preset_stand_ins_are_never_touched_in_the_target(make_db) -> None:
    """The target's own auth schema differs from the preset's stand-ins (a real Supabase project
    has more columns, other function bodies, grants): the plan never acts on it or on the roles."""
    dsn = make_db()
    load_preset(dsn)
    run_sql(dsn, """
        ALTER TABLE auth.users ADD COLUMN pgdecl_test_extra text;
        CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE
          AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
        CREATE TABLE auth.sessions (id uuid PRIMARY KEY);
        GRANT SELECT ON auth.users TO service_role;
    """)
    with psycopg.connect(dsn) as conn:
        before = conn.execute("""
            SELECT array_agg(c.relname || ':' || c.relnatts ORDER BY c.relname), (SELECT md5(prosrc) FROM pg_proc
              WHERE oid = 'auth.uid()'::regprocedure), (SELECT array_agg(rolname ORDER BY rolname) FROM pg_roles)
            FROM pg_class c WHERE c.relnamespace = 'auth'::regnamespace""").fetchone()
    result = plan_for(CRM / "schema.yaml", dsn)
    assert result.plan.steps
    for step in result.plan.steps:
        assert step.key.schema != "auth", step.op.describe()
        for statement in step.statements:
            assert "CREATE ROLE" not in statement and "DROP ROLE" not in statement, statement
            assert "FUNCTION auth." not in statement and 'TABLE "auth"' not in statement, statement
    apply_and_replan(result, dsn)
    with psycopg.connect(dsn) as conn:
        after = conn.execute("""
            SELECT array_agg(c.relname || ':' || c.relnatts ORDER BY c.relname), (SELECT md5(prosrc) FROM pg_proc
              WHERE oid = 'auth.uid()'::regprocedure), (SELECT array_agg(rolname ORDER BY rolname) FROM pg_roles)
            FROM pg_class c WHERE c.relnamespace = 'auth'::regnamespace""").fetchone()
    assert after == before
