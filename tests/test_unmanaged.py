"""Never silent: objects of kinds pgdecl does not manage are named by export and plan, never dropped."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
from click.testing import CliRunner

from conftest import run_sql
from harness import plan_for
from pgdecl.cli import main
from pgdecl.export import export_database

UNMANAGED = """
CREATE SCHEMA app;
CREATE FUNCTION app.c_len(text) RETURNS integer LANGUAGE internal IMMUTABLE STRICT AS 'textlen';
CREATE TABLE app.t (id int, body text) WITH (fillfactor = 70, toast.autovacuum_enabled = false);
CREATE RULE no_delete AS ON DELETE TO app.t DO INSTEAD NOTHING;
CREATE TYPE app.floatrange AS RANGE (subtype = float8);
CREATE COLLATION app.c2 (provider = libc, locale = 'C');
CREATE TEXT SEARCH CONFIGURATION app.en (COPY = pg_catalog.english);
CREATE TEXT SEARCH DICTIONARY app.simple_d (TEMPLATE = pg_catalog.simple);
CREATE STATISTICS app.t_stats ON id, body FROM app.t;
CREATE FUNCTION app.eq3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE OPERATOR app.=== (LEFTARG = int, RIGHTARG = int, FUNCTION = app.eq3);
CREATE OPERATOR CLASS app.int_ops FOR TYPE int USING hash AS OPERATOR 1 app.===, FUNCTION 1 hashint4(int);
CREATE OPERATOR FAMILY app.fam USING btree;
CREATE TYPE app.pair AS (a int, b int);
CREATE FUNCTION app.pair_a(app.pair) RETURNS int LANGUAGE sql AS 'SELECT $1.a';
CREATE CAST (app.pair AS int) WITH FUNCTION app.pair_a(app.pair);
CREATE UNLOGGED TABLE app.u (id int);
CREATE TABLE app.parent (id int);
CREATE TABLE app.child () INHERITS (app.parent);
CREATE FOREIGN DATA WRAPPER pgdecl_test_fdw;
CREATE SERVER pgdecl_test_server FOREIGN DATA WRAPPER pgdecl_test_fdw;
CREATE FOREIGN TABLE app.ft (id int CHECK (id > 0)) SERVER pgdecl_test_server;
GRANT SELECT ON app.ft TO PUBLIC;
CREATE FUNCTION app.tg() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER ft_tg BEFORE INSERT ON app.ft FOR EACH ROW EXECUTE FUNCTION app.tg();   -- on it: unmanaged too
CREATE FUNCTION app.evt() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';
CREATE EVENT TRIGGER pgdecl_test_evt ON ddl_command_start EXECUTE FUNCTION app.evt();
CREATE PUBLICATION pgdecl_test_pub FOR TABLE ONLY app.parent;
CREATE CONVERSION app.myconv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
CREATE VIEW app.v AS SELECT id FROM app.t;
CREATE TRIGGER v_ins INSTEAD OF INSERT ON app.v FOR EACH ROW EXECUTE FUNCTION app.tg();
CREATE INDEX t_lower ON app.t (lower(body));
ALTER INDEX app.t_lower ALTER COLUMN 1 SET STATISTICS 500;   -- as danbooru's structure.sql does
"""

EXPECTED = {
    "function app.c_len(text) (language internal)",
    "table inheritance app.child inherits app.parent",
    "conversion app.myconv",
    "trigger app.v_ins on view v",
    "foreign table constraint app.ft_id_check on ft",
    "foreign table trigger app.ft_tg on ft",
    "index column statistics app.t_lower column 1 (SET STATISTICS 500)",
}


def _drop_global(dsn: str) -> None:
    """Event triggers, publications and servers belong to the database, not to app."""
    run_sql(dsn, "DROP EVENT TRIGGER IF EXISTS pgdecl_test_evt; DROP PUBLICATION IF EXISTS pgdecl_test_pub; "
                 "DROP SERVER IF EXISTS pgdecl_test_server CASCADE; DROP FOREIGN DATA WRAPPER IF EXISTS pgdecl_test_fdw")


def test_export_and_plan_name_every_unmanaged_object(db: str, tmp_path: Path) -> None:
    run_sql(db, UNMANAGED)
    try:
        exported = export_database(db, ("app",))
        named = {w.removesuffix(": not managed by pgdecl, not exported") for w in exported.warnings
                 if w.endswith(": not managed by pgdecl, not exported")}
        assert named == EXPECTED, sorted(named ^ EXPECTED)
        # a publication is managed: exported with its tables (so its membership is not named)
        assert exported.document["publications"] == {"pgdecl_test_pub": {"tables": {"app.parent": None}}}
        assert exported.document["schemas"]["app"]["tables"]["t"]["rules"] == {
            "no_delete": {"event": "delete", "instead": True, "do": "nothing"}}
        assert exported.document["casts"] == {"app.pair AS integer": {"function": "app.pair_a(app.pair)"}}
        assert exported.document["event_triggers"] == {
            "pgdecl_test_evt": {"event": "ddl_command_start", "function": "app.evt()"}}
        spec = tmp_path / "schema.yaml"
        exported.write(spec)

        result = plan_for(spec, db)
        assert result.plan.empty, [s.op.describe() for s in result.plan.steps]  # nothing unmanaged is touched
        assert {u.describe() for u in result.plan.unmanaged} == EXPECTED

        runner = CliRunner()
        text = runner.invoke(main, ["plan", str(spec), "--database-url", db])
        assert text.exit_code == 0, text.output
        assert text.stdout == ""
        assert text.stderr.startswith(f"pgdecl: No changes to what the spec describes; {len(EXPECTED)} objects "
                                      "are not managed: "), text.stderr
        assert "conversion app.myconv" in text.stderr
        summary = runner.invoke(main, ["plan", str(spec), "--database-url", db, "--format", "summary"])
        assert summary.exit_code == 0, summary.output
        assert "No changes to what the spec describes" in summary.stdout
        assert "The database matches the spec" not in summary.output
        as_json = runner.invoke(main, ["plan", str(spec), "--database-url", db, "--format", "json"])
        assert as_json.exit_code == 0, as_json.output
        document = json.loads(as_json.stdout)
        assert document["steps"] == []
        assert {"kind": "conversion", "schema": "app", "name": "myconv", "detail": ""} in document["unmanaged"]
        assert len(document["unmanaged"]) == len(EXPECTED)

        lenient = runner.invoke(main, ["export", "--database-url", db, "--schema", "app"])
        assert lenient.exit_code == 0, lenient.output
        assert "pgdecl: warning: rule app.no_delete on t: not managed" in lenient.stderr
        strict = runner.invoke(main, ["export", "--database-url", db, "--schema", "app", "--strict",
                                      "--out", str(tmp_path / "strict.yaml")])
        assert strict.exit_code == 1, strict.output
        assert "pgdecl: error: rule app.no_delete on t: not managed" in strict.stderr
        assert not (tmp_path / "strict.yaml").exists()
    finally:
        _drop_global(db)


def test_c_function_never_dropped(db: str, tmp_path: Path) -> None:
    """A C-language function the spec cannot describe is not dropped, even with --allow-destructive."""
    run_sql(db, """
        CREATE SCHEMA app;
        CREATE FUNCTION app.c_len(text) RETURNS integer LANGUAGE internal IMMUTABLE STRICT AS 'textlen';
        CREATE TABLE app.t (id int);
        CREATE FUNCTION app.gone() RETURNS int LANGUAGE sql AS 'SELECT 1';
    """)
    spec = tmp_path / "schema.yaml"
    spec.write_text("version: 1\nschemas:\n  app:\n    tables:\n      t:\n        columns: {id: integer, note: text}\n")
    result = plan_for(spec, db)
    described = [step.op.describe() for step in result.plan.steps]
    assert any("gone()" in d for d in described), described          # a managed kind is dropped...
    assert not any("c_len" in d for d in described), described       # ...an unmanaged one never
    assert [u.describe() for u in result.plan.unmanaged] == ["function app.c_len(text) (language internal)"]

    done = CliRunner().invoke(main, ["plan", str(spec), "--database-url", db])
    assert done.exit_code == 2, done.output
    assert "pgdecl: 1 object in managed schemas is not described by this spec: function app.c_len(text) " \
           "(language internal)" in done.stderr

    applied = CliRunner().invoke(main, ["apply", str(spec), "--database-url", db, "--yes", "--allow-destructive"])
    assert applied.exit_code == 0, applied.output
    assert "1 object is not described" not in applied.stdout and "The database matches the spec" not in applied.output
    assert applied.stdout.rstrip().endswith("What the spec describes matches; 1 object(s) not managed (listed above).")
    assert "function app.c_len(text) (language internal)" in applied.stderr
    assert plan_for(spec, db).plan.empty
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT to_regprocedure('app.c_len(text)') IS NOT NULL, "
                            "to_regprocedure('app.gone()') IS NULL").fetchone() == (True, True)


def test_replacing_a_view_warns_of_its_triggers(db: str, tmp_path: Path) -> None:
    """DROP VIEW drops the view's INSTEAD OF triggers, which the spec cannot describe: the
    drop half of a view replacement says so, as a data_loss hazard."""
    run_sql(db, """
        CREATE TABLE public.t (id int, note text);
        CREATE VIEW public.v AS SELECT id, note FROM public.t;
        CREATE FUNCTION public.v_ins() RETURNS trigger LANGUAGE plpgsql
          AS 'BEGIN INSERT INTO public.t VALUES (NEW.id, NEW.note); RETURN NEW; END';
        CREATE TRIGGER v_ins INSTEAD OF INSERT ON public.v FOR EACH ROW EXECUTE FUNCTION public.v_ins();
    """)
    spec = tmp_path / "schema.yaml"
    exported = export_database(db, ("public",))
    exported.document["schemas"]["public"]["views"]["v"]["query"] = "SELECT id FROM public.t"   # a column less
    exported.write(spec)
    result = plan_for(spec, db)
    drops = [step for step in result.plan.steps if step.op.describe() == "drop view public.v"]
    assert len(drops) == 1, [step.op.describe() for step in result.plan.steps]
    assert [h.message for h in drops[0].hazards if h.kind.value == "data_loss"] == [
        "the view's triggers, which the spec does not describe, are dropped with it and not created again: v_ins"]
