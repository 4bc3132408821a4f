"""export of aggregates (normal, zero-argument, ordered-set, hypothetical, moving, with a sort
operator, a comment and grants): plan against the same database is empty; rebuilt equal."""

from __future__ import annotations

from pathlib import Path

from conftest import run_sql
from harness import check_export_round_trip
from pgdecl.export import export_database

SCHEMA = r"""
CREATE SCHEMA app;
CREATE FUNCTION app._concat(text, text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN $1 IS NULL THEN $2 ELSE $1 || ', ' || $2 END $$;
CREATE AGGREGATE app.group_concat(text) (SFUNC = app._concat, STYPE = text);
COMMENT ON AGGREGATE app.group_concat(text) IS 'comma list';
CREATE AGGREGATE app.mycount(*) (SFUNC = int8inc, STYPE = int8, INITCOND = '0', COMBINEFUNC = int8pl,
  PARALLEL = SAFE);
CREATE AGGREGATE app."Best"(integer) (SFUNC = int4larger, STYPE = integer, SORTOP = >);
REVOKE ALL ON FUNCTION app."Best"(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app."Best"(integer) TO pgdecl_export_reader;
CREATE FUNCTION app.collect(integer[], integer) RETURNS integer[] LANGUAGE sql IMMUTABLE
  AS $$ SELECT array_append($1, $2) $$;
CREATE FUNCTION app.value_at(integer[], double precision, integer) RETURNS integer LANGUAGE sql IMMUTABLE
  AS $$ SELECT (SELECT v FROM unnest($1) v ORDER BY v OFFSET floor($2 * (cardinality($1) - 1)) LIMIT 1) $$;
CREATE FUNCTION app.rank_of(integer[], integer, integer) RETURNS bigint LANGUAGE sql IMMUTABLE
  AS $$ SELECT 1 + count(*) FROM unnest($1) v WHERE v < $2 $$;
CREATE AGGREGATE app.value_at_fraction(float8 ORDER BY integer) (SFUNC = app.collect, STYPE = integer[],
  INITCOND = '{}', FINALFUNC = app.value_at, FINALFUNC_EXTRA);
CREATE AGGREGATE app.rank_if(integer ORDER BY integer) (SFUNC = app.collect, STYPE = integer[],
  INITCOND = '{}', FINALFUNC = app.rank_of, FINALFUNC_EXTRA, FINALFUNC_MODIFY = SHAREABLE, HYPOTHETICAL);
CREATE FUNCTION app.add_reading(bigint, integer) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 + $2 $$;
CREATE FUNCTION app.remove_reading(bigint, integer) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 - $2 $$;
CREATE AGGREGATE app.running_sum(integer) (SFUNC = int4_sum, STYPE = bigint, MSFUNC = app.add_reading,
  MINVFUNC = app.remove_reading, MSTYPE = bigint, MINITCOND = '0');
CREATE TABLE app.films (id integer PRIMARY KEY, title text NOT NULL, rating integer);
CREATE VIEW app.film_list AS SELECT app.group_concat(title) AS titles, app.mycount(*) AS n,
  app."Best"(rating) AS best, app.value_at_fraction(0.5) WITHIN GROUP (ORDER BY rating) AS median FROM app.films;
"""


def test_export_aggregates_round_trip(make_db, tmp_path: Path) -> None:
    source = make_db()
    run_sql(source, "DO $$BEGIN CREATE ROLE pgdecl_export_reader; EXCEPTION WHEN duplicate_object THEN NULL; END$$")
    run_sql(source, SCHEMA)
    exported = export_database(source, ("app",))
    assert exported.warnings == []
    app = exported.document["schemas"]["app"]
    assert "functions" in app and list(app)[list(app).index("functions") + 1] == "aggregates"
    aggregates = app["aggregates"]
    assert set(aggregates) == {"group_concat(text)", "mycount(*)", 'Best(integer)',
                               "value_at_fraction(double precision ORDER BY integer)",
                               "rank_if(integer ORDER BY integer)", "running_sum(integer)"}
    assert set(app["functions"]).isdisjoint(aggregates)       # an aggregate is not also a function
    assert aggregates["group_concat(text)"] == {"sfunc": "app._concat", "stype": "text", "comment": "comma list"}
    assert aggregates["mycount(*)"] == {"sfunc": "int8inc", "stype": "bigint", "combinefunc": "int8pl",
                                        "initcond": "0", "parallel": "safe"}
    assert aggregates['Best(integer)'] == {"sfunc": "int4larger", "stype": "integer", "sortop": ">",
                                             "grants": {"pgdecl_export_reader": ["execute"], "public": []}}
    assert aggregates["rank_if(integer ORDER BY integer)"] == {
        "kind": "hypothetical", "sfunc": "app.collect", "stype": "integer[]", "finalfunc": "app.rank_of",
        "finalfunc_extra": True, "finalfunc_modify": "shareable", "initcond": "{}"}
    assert aggregates["running_sum(integer)"] == {
        "sfunc": "int4_sum", "stype": "bigint", "msfunc": "app.add_reading", "minvfunc": "app.remove_reading",
        "mstype": "bigint", "minitcond": "0"}

    check_export_round_trip(exported, source, make_db(), tmp_path / "schema.yaml", ("app",))
