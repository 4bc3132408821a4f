"""export and diff: a database exported as a spec plans to nothing against itself and rebuilds equal."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from conftest import run_sql
from harness import check_export_round_trip
from pgdecl.catalog.model import Column, Constraint, Index, QualifiedName
from pgdecl.cli import main
from pgdecl.export import column_shorthand, constraint_body, export_database, index_body

SCHEMA = r"""
CREATE SCHEMA app;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE SEQUENCE app.order_no AS integer START 1000 CACHE 5;
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated_at := now(); RETURN NEW; END$$;
CREATE FUNCTION app.add(a integer, b integer DEFAULT 1) RETURNS integer LANGUAGE sql IMMUTABLE STRICT
  PARALLEL SAFE RETURN a + b;
CREATE FUNCTION app.secret() RETURNS text LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$SELECT 'x'$$;
REVOKE EXECUTE ON FUNCTION app.secret() FROM PUBLIC;
CREATE ROLE pgdecl_export_reader;
GRANT EXECUTE ON FUNCTION app.secret() TO pgdecl_export_reader;
CREATE TABLE app.clients (id bigserial PRIMARY KEY, name text NOT NULL COLLATE "C", email text UNIQUE);
CREATE TABLE app.deals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id bigint REFERENCES app.clients ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  amount numeric(12,2) CHECK (amount >= 0),
  tags text[] NOT NULL DEFAULT '{}',
  code int GENERATED ALWAYS AS IDENTITY,
  doubled numeric GENERATED ALWAYS AS (amount * 2) STORED,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT deals_code_key UNIQUE NULLS NOT DISTINCT (code) INCLUDE (amount)
);
COMMENT ON COLUMN app.deals.tags IS 'labels';
COMMENT ON TABLE app.deals IS 'the pipeline';
CREATE INDEX deals_tags ON app.deals USING gin (tags);
CREATE INDEX deals_lower ON app.deals (lower(tags[1]) text_pattern_ops) WHERE amount > 0;
CREATE INDEX deals_client ON app.deals (client_id) WHERE amount IS NOT NULL;
ALTER TABLE app.deals ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON app.deals FOR SELECT TO pgdecl_export_reader USING (amount > 0);
CREATE TRIGGER touch BEFORE UPDATE OF amount, tags ON app.deals FOR EACH ROW
  WHEN (OLD.amount IS DISTINCT FROM NEW.amount) EXECUTE FUNCTION app.touch();
ALTER TABLE app.clients ADD COLUMN search tsvector;
CREATE TRIGGER clients_search BEFORE INSERT OR UPDATE ON app.clients FOR EACH ROW
  EXECUTE FUNCTION tsvector_update_trigger('search', 'pg_catalog.english', 'name', 'email');
CREATE VIEW app.big AS SELECT id, amount FROM app.deals WHERE amount > 100;
CREATE VIEW app.bigger WITH (security_invoker = true) AS SELECT id FROM app.big WHERE amount > 1000;
CREATE MATERIALIZED VIEW app.totals AS SELECT client_id, sum(amount) AS total FROM app.deals GROUP BY 1 WITH NO DATA;
CREATE UNIQUE INDEX totals_client ON app.totals (client_id);
GRANT SELECT ON app.big TO pgdecl_export_reader;
GRANT SELECT (id, name) ON app.clients TO pgdecl_export_reader;
GRANT USAGE ON SCHEMA app TO pgdecl_export_reader;
"""


def _ensure_role(dsn: str) -> None:
    run_sql(dsn, "DO $$BEGIN CREATE ROLE pgdecl_export_reader; EXCEPTION WHEN duplicate_object THEN NULL; END$$")


def test_export_round_trip(make_db, tmp_path: Path) -> None:
    source = make_db()
    _ensure_role(source)
    run_sql(source, SCHEMA.replace("CREATE ROLE pgdecl_export_reader;", ""))
    exported = export_database(source, ("app",))
    assert exported.warnings == []
    document = exported.document
    deals = document["schemas"]["app"]["tables"]["deals"]
    assert deals["columns"]["tags"] == {"type": "text[]", "not_null": True, "default": "'{}'::text[]",
                                        "comment": "labels"}
    assert deals["columns"]["code"] == "integer generated always as identity not null"
    assert deals["indexes"]["deals_tags"] == {"using": "gin", "columns": ["tags"]}
    assert deals["indexes"]["deals_client"] == {"columns": ["client_id"], "where": "amount IS NOT NULL"}
    assert deals["indexes"]["deals_lower"]["definition"].startswith("USING btree (lower(")
    assert list(document["schemas"]["app"]["views"]) == ["big", "bigger", "totals"]
    search = document["schemas"]["app"]["tables"]["clients"]["triggers"]["clients_search"]
    assert search["function"].startswith("pg_catalog.tsvector_update_trigger('search'"), search
    functions = document["schemas"]["app"]["functions"]
    # the roles holding a privilege anywhere: each holds exactly what an object lists, else nothing
    assert document["schemas"]["app"]["grantees"] == ["pgdecl_export_reader", "public"]
    assert functions["secret()"]["grants"] == {"pgdecl_export_reader": ["execute"], "public": []}
    assert "grants" not in functions["add(a integer, b integer DEFAULT 1)"]     # PUBLIC EXECUTE: the default
    assert "grants" not in deals

    check_export_round_trip(exported, source, make_db(), tmp_path / "schema.yaml", ("app",))


def test_export_cli_directory_and_diff(make_db, tmp_path: Path) -> None:
    source, other = make_db(), make_db()
    run_sql(source, "CREATE TABLE t (id int PRIMARY KEY, note text); CREATE SCHEMA extra; CREATE TABLE extra.x (a int)")
    run_sql(other, "CREATE TABLE t (id int PRIMARY KEY); CREATE SCHEMA extra; CREATE TABLE extra.x (a int)")
    runner = CliRunner()
    out = tmp_path / "spec"
    done = runner.invoke(main, ["export", "--database-url", source, "--out", str(out)])
    assert done.exit_code == 0, done.output
    files = sorted(p.name for p in out.iterdir())
    assert files == ["00_extra.yaml", "01_public.yaml"]
    assert yaml.safe_load((out / "01_public.yaml").read_text())["schemas"]["public"]["tables"]["t"]["columns"] == \
        {"id": "integer not null", "note": "text"}

    same = runner.invoke(main, ["diff", "--from", source, "--to", str(out)])
    assert same.exit_code == 0, same.output
    changed = runner.invoke(main, ["diff", "--from", other, "--to", source])
    assert changed.exit_code == 2, changed.output
    assert "ALTER TABLE public.t ADD COLUMN note text;" in changed.output
    back = runner.invoke(main, ["diff", "--from", str(out), "--to", other, "--format", "summary"])
    assert back.exit_code == 2, back.output
    assert "drop column" in back.output.lower() or "alter table" in back.output.lower()
    bad = runner.invoke(main, ["diff", "--from", str(tmp_path / "missing.yaml"), "--to", source])
    assert bad.exit_code == 1


def test_export_stdout_single_schema(db: str) -> None:
    run_sql(db, "CREATE TABLE t (id int)")
    done = CliRunner().invoke(main, ["export", "--database-url", db, "--schema", "public"])
    assert done.exit_code == 0
    assert yaml.safe_load(done.stdout)["schemas"]["public"]["tables"]["t"] == {"columns": {"id": "integer"}}
    missing = CliRunner().invoke(main, ["export", "--database-url", db, "--schema", "nope"])
    assert missing.exit_code == 1


def test_catalog_text_to_spec_keys() -> None:
    assert column_shorthand(Column("tags", "text[]", not_null=True, default="'{}'::text[]")) == \
        "text[] not null default '{}'::text[]"
    fk = Constraint("public", "deals", "deals_client_fk", "f",
                    "FOREIGN KEY (client_id) REFERENCES crm.clients(id) MATCH FULL ON UPDATE SET NULL "
                    "ON DELETE CASCADE DEFERRABLE NOT VALID",
                    ("client_id",), QualifiedName("crm", "clients"), ("id",))
    assert constraint_body(fk) == {
        "foreign_key": ["client_id"],
        "references": {"table": "clients", "schema": "crm", "columns": ["id"], "match": "full",
                       "on_delete": "cascade", "on_update": "set null"},
        "not_valid": True, "deferrable": True}
    check = Constraint("public", "t", "c", "c", "CHECK ((a > 0)) NO INHERIT", ("a",))
    assert constraint_body(check) == {"check": "(a > 0)", "no_inherit": True}
    exclude = Constraint("public", "t", "x", "x", "EXCLUDE USING gist (r WITH &&) DEFERRABLE INITIALLY DEFERRED")
    assert constraint_body(exclude) == {"exclude": "USING gist (r WITH &&)", "deferrable": True,
                                        "initially_deferred": True}
    desc = Index("public", "t", "i", "CREATE INDEX i ON public.t USING btree (a DESC)", "btree", columns=("a",))
    assert index_body(desc) == {"definition": "USING btree (a DESC)"}
    stored = Index("public", "t", "i", "CREATE INDEX i ON public.t USING btree (a) WITH (fillfactor='70', "
                   "x='a''b)') WHERE (a > 0)", "btree", columns=("a",), options=("fillfactor=70", "x=a'b)"))
    assert stored.shape == "CREATE INDEX i ON public.t USING btree (a) WHERE (a > 0)"
    assert index_body(stored) == {"columns": ["a"], "with": {"fillfactor": "70", "x": "a'b)"}, "where": "a > 0"}


def test_export_storage_round_trip(make_db, tmp_path: Path) -> None:
    """UNLOGGED, storage parameters (the TOAST table's too, an index's) and per-column statistics,
    storage and compression are exported and rebuilt."""
    source = make_db()
    run_sql(source, """
        CREATE SCHEMA app;
        CREATE UNLOGGED TABLE app.events (id bigint PRIMARY KEY, payload text, doc jsonb)
          WITH (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.02, toast.autovacuum_enabled = off);
        ALTER TABLE app.events ALTER COLUMN payload SET STATISTICS 300, ALTER COLUMN payload SET STORAGE external,
          ALTER COLUMN doc SET COMPRESSION pglz;
        CREATE INDEX events_payload ON app.events (payload) WITH (fillfactor = 60) WHERE id > 0;
        CREATE INDEX events_doc ON app.events USING gin (doc jsonb_path_ops) WITH (fastupdate = off);
    """)
    exported = export_database(source, ("app",))
    assert exported.warnings == []
    events = exported.document["schemas"]["app"]["tables"]["events"]
    assert events["unlogged"] is True
    assert events["with"] == {"autovacuum_vacuum_scale_factor": "0.02", "fillfactor": "80",
                                            "toast.autovacuum_enabled": "off"}
    assert events["columns"]["payload"] == {"type": "text", "statistics": 300, "storage": "external"}
    assert events["columns"]["doc"] == {"type": "jsonb", "compression": "pglz"}
    assert events["indexes"]["events_payload"] == {"columns": ["payload"], "with": {"fillfactor": "60"},
                                                   "where": "id > 0"}
    assert events["indexes"]["events_doc"] == {"definition": "USING gin (doc jsonb_path_ops) WITH (fastupdate=off)"}
    check_export_round_trip(exported, source, make_db(), tmp_path / "schema.yaml", ("app",))
