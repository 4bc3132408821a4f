"""A column type change no cast converts is refused at plan time, naming the column; the database is unchanged."""

from __future__ import annotations

import psycopg
import pytest

from conftest import run_sql
from harness import plan_for
from pgdecl.errors import PgdeclError

SPEC = """\
version: 1
schemas:
  public:
    tables:
      t:
        columns:
          id: bigint primary key
          at: timestamptz
"""


def test_no_cast_is_refused(db: str, tmp_path) -> None:
    run_sql(db, "CREATE TABLE public.t (id bigint PRIMARY KEY, at bigint); INSERT INTO public.t VALUES (1, 1700000000)")
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    with pytest.raises(PgdeclError, match=r"column public\.t\.at: no cast converts bigint to timestamp with time zone"):
        plan_for(spec, db)
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                            "WHERE attrelid = 'public.t'::regclass AND attname = 'at'").fetchone() == ("bigint",)


GENERATED_SPEC = """\
version: 1
schemas:
  public:
    tables:
      g:
        columns:
          id: bigint primary key
          price: bigint not null
          doubled: {type: integer, generated: price * 2}
        indexes:
          g_doubled: {columns: [doubled]}
"""


def test_generated_column_with_an_index_is_refused(db: str, tmp_path) -> None:
    run_sql(db, "CREATE TABLE public.g (id bigint PRIMARY KEY, price integer NOT NULL, "
                "doubled integer GENERATED ALWAYS AS (price * 2) STORED); CREATE INDEX g_doubled ON public.g (doubled)")
    spec = tmp_path / "schema.yaml"
    spec.write_text(GENERATED_SPEC)
    with pytest.raises(PgdeclError, match=r"column public\.g\.price: .* generated column doubled uses it.*g_doubled"):
        plan_for(spec, db)
