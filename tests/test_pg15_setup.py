"""The CI PostgreSQL 15 server (.ci/pg15.sh): reachable, UTF8, with Debian's contrib extensions."""

from __future__ import annotations

import os

import psycopg
import pytest
from psycopg import sql

# what Supabase-style schemas in the corpus and the examples ask for
CONTRIB = ("pgcrypto", "uuid-ossp", "pg_trgm", "citext")


def test_server_accepts_a_fresh_utf8_database(db: str) -> None:
    with psycopg.connect(db) as conn:
        encoding = conn.execute("SHOW server_encoding").fetchone()
    assert encoding == ("UTF8",)


@pytest.mark.pg15
def test_pg15_has_contrib(db: str, server_version: int) -> None:
    if not os.environ.get("PGDECL_TEST_DSN") or server_version // 10000 != 15:
        pytest.skip("needs PGDECL_TEST_DSN pointing at PostgreSQL 15 (as .ci/run sets it)")
    with psycopg.connect(db, autocommit=True) as conn:
        for name in CONTRIB:
            conn.execute(sql.SQL("CREATE EXTENSION {}").format(sql.Identifier(name)))
        generated = conn.execute("SELECT uuid_generate_v4(), gen_random_bytes(4)").fetchone()
    assert generated is not None and None not in generated
