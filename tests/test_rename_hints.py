"""renamed_from on a real PostgreSQL: the renamed objects are the same objects (same OIDs,
same rows), and a saved plan with renames applies (it is pinned to the database as it is)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psycopg

from conftest import run_sql
from harness import apply_and_replan, plan_for

BEFORE = """
CREATE TABLE public.clients (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.deals (id bigint PRIMARY KEY, client_id bigint REFERENCES public.clients (id),
                           title text NOT NULL CHECK (title <> ''));
CREATE INDEX deals_title_idx ON public.deals (lower(title));
ALTER TABLE public.deals ENABLE ROW LEVEL SECURITY;
CREATE POLICY deals_visible ON public.deals FOR SELECT USING (title <> 'secret');
INSERT INTO public.clients VALUES (1, 'Acme');
INSERT INTO public.deals VALUES (1, 1, 'first'), (2, 1, 'second');
"""

SPEC = """\
version: 1
schemas:
  public:
    tables:
      clients:
        columns:
          id: bigint primary key
          name: text not null
      opportunities:
        renamed_from: deals
        columns:
          id: bigint primary key
          client_id: {type: bigint, references: clients}
          headline: {type: text, not_null: true, check: "headline <> ''", renamed_from: title}
        indexes:
          opportunities_headline_idx: {columns: ["lower(headline)"], renamed_from: deals_title_idx}
        row_level_security: true
        policies:
          opportunities_visible: {for: select, using: "headline <> 'secret'", renamed_from: deals_visible}
"""

IDENTITIES = """
SELECT 'table', oid::text FROM pg_class WHERE oid = to_regclass(%(table)s)
UNION ALL SELECT 'index', indexrelid::text FROM pg_index WHERE indrelid = to_regclass(%(table)s)
UNION ALL SELECT 'constraint', oid::text FROM pg_constraint WHERE conrelid = to_regclass(%(table)s)
UNION ALL SELECT 'policy', oid::text FROM pg_policy WHERE polrelid = to_regclass(%(table)s)
ORDER BY 1, 2
"""


def _identities(dsn: str, table: str) -> list[tuple[str, str]]:
    with psycopg.connect(dsn) as conn:
        return conn.execute(IDENTITIES, {"table": table}).fetchall()


def test_renamed_objects_keep_their_identity_and_rows(tmp_path: Path, db: str) -> None:
    run_sql(db, BEFORE)
    before = _identities(db, "public.deals")
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    result = plan_for(spec, db)
    assert [step.action for step in result.plan.steps] == ["alter"] * len(result.plan.steps)
    assert not any(step.hazards for step in result.plan.steps)
    apply_and_replan(result, db)
    assert _identities(db, "public.opportunities") == before
    with psycopg.connect(db) as conn:
        rows = conn.execute("SELECT id, headline FROM public.opportunities ORDER BY id").fetchall()
        names = conn.execute(
            "SELECT conname FROM pg_constraint WHERE conrelid = 'public.opportunities'::regclass "
            "AND contype <> 'n' ORDER BY 1").fetchall()     # PostgreSQL 18 NOT NULL constraints: not managed
    assert rows == [(1, "first"), (2, "second")]
    assert names == [("opportunities_client_id_fkey",), ("opportunities_headline_check",), ("opportunities_pkey",)]


def test_saved_plan_with_renames_applies(tmp_path: Path, db: str) -> None:
    run_sql(db, BEFORE)
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    saved = tmp_path / "plan.json"

    def pgdecl(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pgdecl.cli", *args], capture_output=True, text=True, timeout=120)

    assert pgdecl("plan", str(spec), "--database-url", db, "--out", str(saved)).returncode == 2
    applied = pgdecl("apply", str(saved), "--database-url", db, "--yes")
    assert applied.returncode == 0, applied.stderr
    assert pgdecl("plan", str(spec), "--database-url", db).returncode == 0
