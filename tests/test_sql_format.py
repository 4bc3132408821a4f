"""`plan --format sql` (plain, pretty, BEGIN … COMMIT, then the non-transactional phase) and
`--format script` (guarded, re-runnable), run with psql against a real PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from harness import ROOT, load_preset, plan_for, run_psql
from pgdecl.engine import replan
from pgdecl.sqlformat import plain_statements, review_sql
from test_cases import CASE_DIRS, _prepare

CRM = ROOT / "examples" / "crm"


def pgdecl(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pgdecl.cli", *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


def _crm_before(dsn: str) -> None:
    load_preset(dsn)
    result = run_psql(dsn, (CRM / "before.sql").read_text())
    assert result.returncode == 0, result.stderr


# --- statements ---

def test_guard_do_block_becomes_its_statement() -> None:
    guarded = ("DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN\n"
               "  PERFORM pg_catalog.set_config('search_path', '', true);\n"
               "  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_policy o WHERE o.polname = 'p')) THEN\n"
               "    PERFORM pg_catalog.set_config('search_path', saved, true);\n"
               "    EXECUTE 'CREATE POLICY \"p\" ON \"public\".\"t\" AS PERMISSIVE FOR ALL TO \"authenticated\" "
               "USING ((user_id = ''x''::text))';\n  END IF;\n"
               "  PERFORM pg_catalog.set_config('search_path', saved, true);\nEND $pgdecl$")
    assert plain_statements(guarded) == \
        "CREATE POLICY p ON public.t AS PERMISSIVE FOR all TO authenticated USING (user_id = 'x'::text)"


def test_nested_guards_and_existence_clauses_are_removed() -> None:
    inner = "ALTER INDEX IF EXISTS \"public\".\"i\" RENAME TO \"i_old\""
    middle = f"DO $a$ BEGIN\n  IF true THEN\n    EXECUTE '{inner}';\n  END IF;\nEND $a$"
    outer = "DO $$ BEGIN\n  IF true THEN\n    EXECUTE '" + middle.replace("'", "''") + "';\n  END IF;\nEND $$"
    assert plain_statements(outer) == "ALTER INDEX public.i RENAME TO i_old"
    assert plain_statements('CREATE INDEX CONCURRENTLY IF NOT EXISTS "i" ON "public"."t" USING gin ("tags")') == \
        "CREATE INDEX CONCURRENTLY i ON public.t USING gin (tags)"
    assert plain_statements('ALTER TABLE IF EXISTS "t" DROP CONSTRAINT IF EXISTS "c"') == \
        "ALTER TABLE t DROP CONSTRAINT c"


def test_long_statements_are_indented_and_unparsable_text_is_kept() -> None:
    view = ("CREATE OR REPLACE VIEW public.v WITH (security_invoker = true) AS SELECT stage, count(*) AS n, "
            "sum(value) AS total FROM public.deals d WHERE d.user_id = auth.uid() GROUP BY stage")
    pretty = plain_statements(view)
    assert pretty.startswith("CREATE OR REPLACE VIEW public.v\n") and "GROUP BY stage" in pretty
    assert plain_statements("THIS IS NOT SQL") == "THIS IS NOT SQL"


def test_no_guard_is_left_in_any_expected_statement() -> None:
    """Every statement the table-driven cases expect, as --format sql prints it."""
    from pglast.parser import split

    guarded = []
    for expected in sorted((ROOT / "tests" / "cases").glob("*/expected*.sql")):
        for statement in split(expected.read_text()):
            plain = plain_statements(statement)
            if "DO $" in plain or "IF NOT EXISTS" in plain or "IF EXISTS" in plain:
                guarded.append(f"{expected.parent.name}: {plain[:120]}")
    assert not guarded, "\n".join(guarded)


# --- whole plans, through the CLI ---

@pytest.mark.parametrize("online", [False, True], ids=["offline", "online"])
def test_crm_review_sql_runs_in_psql_and_equals_apply(make_db, online: bool) -> None:
    by_psql, by_apply = make_db(), make_db()
    for dsn in (by_psql, by_apply):
        _crm_before(dsn)
    flags = ["--online"] if online else []
    shown = pgdecl("plan", str(CRM / "schema.yaml"), "--database-url", by_psql, *flags)
    assert shown.returncode == 2, shown.stderr
    text = shown.stdout
    assert "DO $" not in text and "search_path" not in text and "IF NOT EXISTS" not in text, text
    assert text.startswith("BEGIN;\n"), text
    transaction, _, after = text.partition("COMMIT;\n")
    assert "ALTER VIEW public.client_summary SET (security_invoker = 'true');" in transaction
    if online:
        assert "CONCURRENTLY" not in transaction
        assert after.lstrip().startswith("-- Outside the transaction"), after
        assert "CREATE INDEX CONCURRENTLY idx_deals_tags ON public.deals USING gin (tags);" in after
    else:
        assert after == "", after
        assert "DROP INDEX public.idx_deals_tags;\nCREATE INDEX idx_deals_tags ON public.deals USING gin (tags);" \
            in transaction

    ran = run_psql(by_psql, text)
    assert ran.returncode == 0, ran.stderr
    applied = pgdecl("apply", str(CRM / "schema.yaml"), "--database-url", by_apply, "--yes", *flags)
    assert applied.returncode == 0, applied.stderr
    for dsn in (by_psql, by_apply):
        again = pgdecl("plan", str(CRM / "schema.yaml"), "--database-url", dsn)
        assert again.returncode == 0 and again.stdout == "", again.stdout + again.stderr
    same = pgdecl("diff", "--from", by_psql, "--to", by_apply, "--schema", "public")
    assert same.returncode == 0, same.stdout + same.stderr


def test_crm_script_runs_twice_and_changes_nothing_the_second_time(make_db) -> None:
    dsn = make_db()
    _crm_before(dsn)
    script = pgdecl("plan", str(CRM / "schema.yaml"), "--database-url", dsn, "--format", "script", "--online")
    assert script.returncode == 2, script.stderr
    assert "DO $" in script.stdout and "IF NOT EXISTS" in script.stdout      # the guarded form
    for _ in range(2):
        ran = run_psql(dsn, script.stdout)
        assert ran.returncode == 0, ran.stderr
        again = pgdecl("plan", str(CRM / "schema.yaml"), "--database-url", dsn)
        assert again.returncode == 0, again.stdout


# --- every table-driven case: the plain form does what apply does ---

@pytest.mark.parametrize("case", CASE_DIRS, ids=[p.name for p in CASE_DIRS])
def test_review_sql_of_case_reaches_the_spec(case: Path, make_db) -> None:
    dsn = make_db()
    _prepare(case, dsn)
    result = plan_for(case / "schema.yaml", dsn)
    text = review_sql(result.plan)
    ran = run_psql(dsn, text)
    assert ran.returncode == 0, f"{ran.stderr}\n{text}"
    left = replan(result, dsn)
    assert left.empty, "re-plan after the --format sql run is not empty:\n" + left.sql() + "\n--- ran:\n" + text
