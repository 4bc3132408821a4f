"""Features newer than the server: a spec using them gets one clear error naming the feature,
the version it needs and the spec position, exit 1, the database unchanged.

These run on whatever server the suite uses; the checks need an older one (.ci/run runs
this file on PostgreSQL 14 to 17) and are skipped with that reason elsewhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_sql
from test_cli_errors import _one_line_error, _unchanged, pgdecl

INVOKER = """\
version: 1
schemas:
  public:
    tables:
      deals:
        columns:
          id: bigint primary key
          stage: text not null
    views:
      open_deals:
        security_invoker: true
        query: SELECT d.id, d.stage FROM public.deals d WHERE d.stage <> 'closed'
"""

MAINTAIN = """\
version: 1
preset: supabase
schemas:
  public:
    tables:
      deals:
        columns:
          id: bigint primary key
        grants:
          authenticated: [maintain]
"""


def _needs_older(server_version: int, major: int) -> None:
    if server_version >= major * 10000:
        pytest.skip(f"needs a server older than PostgreSQL {major} (PGDECL_TEST_DSN; .ci/run uses 14 to 17)")


def test_security_invoker_before_15_is_a_clear_error(tmp_path: Path, db: str, server_version: int) -> None:
    _needs_older(server_version, 15)
    run_sql(db, "CREATE TABLE public.deals (id bigint PRIMARY KEY, stage text NOT NULL)")
    spec = tmp_path / "schema.yaml"
    spec.write_text(INVOKER)
    check = _unchanged(db)
    for command in ("plan", "apply"):
        line = _one_line_error(pgdecl(command, "--database-url", db, str(spec)))
        assert f"{spec}:10:7: view public.open_deals:" in line, line
        assert "security_invoker needs PostgreSQL 15 or later (the server runs 14." in line, line
    check()


def test_maintain_before_17_is_a_clear_error(tmp_path: Path, db: str, server_version: int) -> None:
    _needs_older(server_version, 17)
    spec = tmp_path / "schema.yaml"
    spec.write_text(MAINTAIN)
    check = _unchanged(db)
    line = _one_line_error(pgdecl("plan", "--database-url", db, str(spec)))
    assert "the MAINTAIN privilege needs PostgreSQL 17 or later" in line, line
    assert f"{spec}:" in line, line
    check()


VIRTUAL = """\
version: 1
schemas:
  public:
    tables:
      t:
        columns:
          id: bigint primary key
          price: numeric not null
          total: {type: numeric, generated: price * 2, virtual: true}
"""


def test_virtual_column_before_18_is_a_clear_error(tmp_path: Path, db: str, server_version: int) -> None:
    _needs_older(server_version, 18)
    spec = tmp_path / "schema.yaml"
    spec.write_text(VIRTUAL)
    check = _unchanged(db)
    line = _one_line_error(pgdecl("plan", "--database-url", db, str(spec)))
    assert f"{spec}:5:7: table public.t:" in line, line
    assert "a VIRTUAL generated column needs PostgreSQL 18 or later" in line, line
    check()
