"""Every kind pgdecl manages keeps its comment: a database with a comment on each exports
them all, and the export rebuilds them in an empty database (re-plan empty, same export)."""

from __future__ import annotations

from pathlib import Path

from conftest import run_sql
from harness import check_export_round_trip
from pgdecl.export import export_database

SCHEMA = """
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'c schema';
CREATE COLLATION app.bytes (locale = 'C');
COMMENT ON COLLATION app.bytes IS 'c collation';
CREATE TEXT SEARCH DICTIONARY app.plain (template = simple);
COMMENT ON TEXT SEARCH DICTIONARY app.plain IS 'c dictionary';
CREATE TEXT SEARCH CONFIGURATION app.docs (parser = default);
COMMENT ON TEXT SEARCH CONFIGURATION app.docs IS 'c configuration';
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
COMMENT ON TYPE app.mood IS 'c enum';
CREATE DOMAIN app.positive AS int CONSTRAINT positive_check CHECK (VALUE > 0);
COMMENT ON DOMAIN app.positive IS 'c domain';
COMMENT ON CONSTRAINT positive_check ON DOMAIN app.positive IS 'c domain constraint';
CREATE TYPE app.pair AS (a int, b int);
COMMENT ON TYPE app.pair IS 'c composite';
CREATE TYPE app.span AS RANGE (subtype = int4);
COMMENT ON TYPE app.span IS 'c range';
CREATE SEQUENCE app.counter;
COMMENT ON SEQUENCE app.counter IS 'c sequence';
CREATE FUNCTION app.f(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x';
COMMENT ON FUNCTION app.f(int) IS 'c function';
CREATE FUNCTION app.tg() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE AGGREGATE app.total(int) (sfunc = int4pl, stype = int);
COMMENT ON AGGREGATE app.total(int) IS 'c aggregate';
CREATE TABLE app.items (id int PRIMARY KEY, n app.positive, CONSTRAINT n_small CHECK (n < 100));
COMMENT ON TABLE app.items IS 'c table';
COMMENT ON COLUMN app.items.n IS 'c column';
COMMENT ON CONSTRAINT items_pkey ON app.items IS 'c primary key';
COMMENT ON CONSTRAINT n_small ON app.items IS 'c check';
CREATE INDEX items_n ON app.items (n);
COMMENT ON INDEX app.items_n IS 'c index';
CREATE STATISTICS app.items_stats ON id, n FROM app.items;
COMMENT ON STATISTICS app.items_stats IS 'c statistics';
ALTER TABLE app.items ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone ON app.items USING (true);
COMMENT ON POLICY everyone ON app.items IS 'c policy';
CREATE TRIGGER touch BEFORE UPDATE ON app.items FOR EACH ROW EXECUTE FUNCTION app.tg();
COMMENT ON TRIGGER touch ON app.items IS 'c trigger';
CREATE VIEW app.v AS SELECT id, n FROM app.items;
COMMENT ON VIEW app.v IS 'c view';
COMMENT ON COLUMN app.v.n IS 'c view column';
CREATE MATERIALIZED VIEW app.mv AS SELECT id FROM app.items;
COMMENT ON MATERIALIZED VIEW app.mv IS 'c materialized view';
COMMENT ON COLUMN app.mv.id IS 'c materialized view column';
CREATE INDEX mv_id ON app.mv (id);
COMMENT ON INDEX app.mv_id IS 'c materialized view index';
"""


def test_every_comment_round_trips(make_db, tmp_path: Path) -> None:
    source, rebuilt = make_db(), make_db()
    run_sql(source, SCHEMA)
    exported = export_database(source, ("app",))
    assert exported.warnings == []
    text = exported.yaml()
    missing = [line.split(" IS ")[1].strip("';") for line in SCHEMA.splitlines()
               if line.startswith("COMMENT ON") and line.split(" IS ")[1].strip("';") not in text]
    assert missing == []
    run_sql(rebuilt, "CREATE SCHEMA app")
    check_export_round_trip(exported, source, rebuilt, tmp_path / "schema.yaml", ("app",))
