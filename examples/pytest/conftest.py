"""A pytest fixture that gives each test a fresh database migrated from schema.yaml with
pgdecl's Python API. Copy it into your project's tests and point SPEC at your spec.

The server: $TEST_DATABASE_URL (any PostgreSQL you may create databases on), or
pgdecl's embedded PostgreSQL when it is not set.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import make_conninfo

import pgdecl

SPEC = Path(__file__).with_name("schema.yaml")


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """The server's maintenance database."""
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    from pgdecl.embedded import start_embedded

    return start_embedded()


@pytest.fixture(scope="session")
def migrated_template(postgres_url: str) -> Iterator[str]:
    """A database migrated from the spec once per session: plan, check, apply (which
    verifies the database then matches), and the spec is in step."""
    name = f"app_template_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_conninfo(postgres_url, dbname=name)
    plan = pgdecl.plan(SPEC, database_url=url)
    assert not plan.is_empty
    assert not any(h.kind is pgdecl.HazardKind.DATA_LOSS for h in plan.hazards), plan.sql
    applied = pgdecl.apply(plan, database_url=url)          # refuses destructive steps: RefusedError
    assert applied.steps == len(plan.steps)
    assert pgdecl.plan(SPEC, database_url=url).is_empty
    yield name
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def database_url(postgres_url: str, migrated_template: str) -> Iterator[str]:
    """A fresh copy of the migrated database for one test."""
    name = f"app_test_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{migrated_template}"')
    yield make_conninfo(postgres_url, dbname=name)
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
