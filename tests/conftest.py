"""Test harness: one real PostgreSQL per session (embedded 18, or PGDECL_TEST_DSN), a fresh database per test."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest

from pgdecl.dsn import with_database


@pytest.fixture(scope="session")
def server_dsn() -> str:
    """DSN of the maintenance database of the test server."""
    dsn = os.environ.get("PGDECL_TEST_DSN")
    if dsn:
        return dsn
    from pgdecl.embedded import start_embedded

    return start_embedded(temporary=True)


@pytest.fixture(scope="session")
def server_version(server_dsn: str) -> int:
    with psycopg.connect(server_dsn) as conn:
        return int(conn.execute("SHOW server_version_num").fetchone()[0])


def create_database(server_dsn: str, prefix: str = "t") -> str:
    name = f"pgdecl_{prefix}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
    return name


def drop_database(server_dsn: str, name: str) -> None:
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def db(server_dsn: str) -> Iterator[str]:
    """DSN of a fresh, empty database, dropped after the test."""
    name = create_database(server_dsn)
    try:
        yield with_database(server_dsn, name)
    finally:
        drop_database(server_dsn, name)


@pytest.fixture
def make_db(server_dsn: str) -> Iterator:
    """Factory for extra fresh databases in one test."""
    names: list[str] = []

    def make() -> str:
        name = create_database(server_dsn)
        names.append(name)
        return with_database(server_dsn, name)

    yield make
    for name in names:
        drop_database(server_dsn, name)


def run_sql(dsn: str, text: str) -> None:
    """Run a (multi-statement) SQL script in one transaction."""
    with psycopg.connect(dsn) as conn:
        conn.execute(text)  # type: ignore[arg-type]
