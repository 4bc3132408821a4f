"""export of enums, domains, composite types, REPLICA IDENTITY, revoked default privileges and
all-default sequences: round trip."""

from __future__ import annotations

from pathlib import Path

from conftest import run_sql
from pgdecl.apply import ApplyOptions, apply_plan
from pgdecl.engine import make_plan, replan
from pgdecl.export import export_database
from pgdecl.plan import HazardKind
from pgdecl.spec import load_spec

SCHEMA = r"""
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'it''s ok', 'yes');
CREATE DOMAIN app.code AS text COLLATE "C" DEFAULT 'x' NOT NULL CONSTRAINT code_short CHECK (length(VALUE) < 10);
CREATE DOMAIN app.small_code AS app.code CHECK (length(VALUE) < 5);
CREATE TYPE app.address AS (street text, city text COLLATE "C", mood app.mood);
COMMENT ON TYPE app.mood IS 'feelings';
CREATE TABLE app.people (
  id bigint PRIMARY KEY,
  mood app.mood NOT NULL DEFAULT 'yes',
  moods app.mood[] NOT NULL DEFAULT '{}',
  home app.address,
  code app.small_code
);
ALTER TABLE app.people REPLICA IDENTITY FULL;
CREATE TABLE app.keyed (id bigint NOT NULL, at date NOT NULL);
CREATE UNIQUE INDEX keyed_key ON app.keyed (id, at);
ALTER TABLE app.keyed REPLICA IDENTITY USING INDEX keyed_key;
CREATE FUNCTION app.cheer(m app.mood) RETURNS app.mood LANGUAGE sql AS $$ SELECT 'yes'::app.mood $$;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO pgdecl_export_reader;
CREATE TABLE app.private (id int);
CREATE SEQUENCE app.plain_seq;
REVOKE ALL ON app.private FROM pgdecl_export_reader;
"""


def test_export_types_round_trip(make_db, tmp_path: Path) -> None:
    source = make_db()
    run_sql(source, "DO $$BEGIN CREATE ROLE pgdecl_export_reader; EXCEPTION WHEN duplicate_object THEN NULL; END$$")
    run_sql(source, SCHEMA)
    exported = export_database(source, ("app",))
    assert exported.warnings == []
    app = exported.document["schemas"]["app"]
    assert list(app["types"]) == ["mood", "address", "code", "small_code"]   # enums first, users after used
    assert app["types"]["mood"] == {"enum": ["sad", "it's ok", "yes"], "comment": "feelings"}
    assert app["types"]["code"] == {"domain": 'text COLLATE pg_catalog."C"', "default": "'x'::text",
                                    "not_null": True, "constraints": {"code_short": "(length(VALUE) < 10)"}}
    assert app["types"]["address"] == {"composite": {"street": "text", "city": 'text COLLATE pg_catalog."C"',
                                                     "mood": "app.mood"}}
    assert app["tables"]["people"]["replica_identity"] == "full"
    assert app["tables"]["keyed"]["replica_identity"] == {"index": "keyed_key"}
    # default privileges give pgdecl_export_reader SELECT on new tables: a schema grantee, it
    # holds nothing where not listed (REVOKE ALL on a private table created by the plan)
    assert "pgdecl_export_reader" in app["grantees"] and "grants" not in app["tables"]["private"]
    assert app["sequences"]["plain_seq"] == {}          # every option at its default (was a null, rejected)

    spec_file = tmp_path / "schema.yaml"
    exported.write(spec_file)
    spec = load_spec(spec_file)
    assert make_plan(spec, source).plan.empty, "export then plan against the same database is not empty"

    rebuilt = make_db()
    run_sql(rebuilt, "CREATE SCHEMA app; ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO pgdecl_export_reader")
    result = make_plan(spec, rebuilt)
    apply_plan(result.plan, rebuilt, ApplyOptions(allow_destructive=True, allow_hazards=frozenset(HazardKind)))
    assert replan(result, rebuilt).empty
    assert export_database(rebuilt, ("app",)).yaml() == exported.yaml()
