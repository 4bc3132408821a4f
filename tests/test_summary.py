"""`pgdecl plan --format summary` against a real PostgreSQL: what changes in each object."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import run_sql

SPEC = """\
version: 1
schemas:
  public:
    tables:
      deals:
        columns:
          id: bigint primary key
          stage: text not null default 'lead'
          tags: text[] not null default '{}'
        indexes:
          idx_deals_tags: {using: gin, columns: [tags]}
        row_level_security: true
        policies:
          own: {for: all, using: stage <> 'secret'}
    views:
      pipeline:
        security_invoker: true
        query: SELECT stage, count(*) AS n FROM public.deals GROUP BY stage
"""

BEFORE = """
CREATE TABLE public.deals (id bigint PRIMARY KEY, stage text DEFAULT 'new', tags text[] NOT NULL DEFAULT '{}');
CREATE INDEX idx_deals_tags ON public.deals (tags);
ALTER TABLE public.deals ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON public.deals FOR SELECT USING (stage <> 'secret');
CREATE VIEW public.pipeline AS SELECT stage, count(*) AS n FROM public.deals GROUP BY stage;
"""


def test_summary_shows_what_changes_in_each_object(db: str, tmp_path: Path) -> None:
    run_sql(db, BEFORE)
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    for online in ([], ["--online"]):
        result = subprocess.run([sys.executable, "-m", "pgdecl.cli", "plan", str(spec), "--database-url", db,
                                 "--format", "summary", *online], capture_output=True, text=True, timeout=120)
        assert result.returncode == 2, result.stderr
        lines = [line.strip() for line in result.stdout.splitlines()]

        def under(step: str) -> list[str]:
            start = lines.index(step) + 1
            found = []
            for line in lines[start:]:
                if line[:1] in "+~-" or line.startswith("Plan:"):
                    break
                found.append(line)
            return found

        assert under("-/+ create index public.idx_deals_tags")[0] == "using: btree → gin", lines
        assert under("~ alter column stage of table public.deals (default)") == ["default: 'new'::text → 'lead'::text"]
        assert under("~ alter column stage of table public.deals (not_null)")[0] == "not null: false → true"
        assert under("-/+ create policy own on public.deals") == [
            "for: select → all",
            "! security: policy own on public.deals: command select → all, it now also allows delete, insert, update"]
        assert under("~ alter view public.pipeline") == ["options: [] → [security_invoker=true]"]
