"""Tests of an application's schema, each on a database migrated from schema.yaml."""

from __future__ import annotations

import psycopg

import pgdecl
from conftest import SPEC


def test_the_database_matches_the_spec(database_url: str) -> None:
    assert pgdecl.plan(SPEC, database_url=database_url).is_empty


def test_owners_see_only_their_notes(database_url: str) -> None:
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute("DO $$ BEGIN CREATE ROLE app_alice; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
        conn.execute("GRANT SELECT, INSERT ON public.notes TO app_alice")
        conn.execute("INSERT INTO public.notes (owner, body) VALUES ('someone_else', 'hidden')")
        conn.execute("SET ROLE app_alice")
        conn.execute("INSERT INTO public.notes (body, tags) VALUES ('mine', '{todo}')")
        rows = conn.execute("SELECT body, tags FROM public.notes ORDER BY body").fetchall()
    assert rows == [("mine", ["todo"])]           # not the other owner's note


def test_the_spec_has_no_lint_errors() -> None:
    errors = [f.message for f in pgdecl.lint(SPEC).findings if str(f.level) == "error"]
    assert errors == []
