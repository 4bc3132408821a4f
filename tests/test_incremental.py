"""Incremental canonicalization (pgdecl.incremental) equals a full one, object for object.

Random edit sequences (seeded, reproducible) are applied to a spec: tables, columns,
indexes, policies, views, functions, types, partitions and renames are added, altered
and dropped. After every step the desired state built incrementally from the previous
step's snapshot is compared with ``shadow.canonicalize`` of the same spec from scratch.

PGDECL_INCREMENTAL_STEPS (default 16) and PGDECL_INCREMENTAL_SEEDS (default "1")
make the run longer: e.g. PGDECL_INCREMENTAL_STEPS=200 PGDECL_INCREMENTAL_SEEDS=1,2,3,4.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import os
import random
from pathlib import Path

import pytest
import yaml

from pgdecl import cache, incremental
from pgdecl.catalog.introspect import deparse_settings
from pgdecl.catalog.model import Catalog
from pgdecl.engine import connect
from pgdecl.shadow import Desired, canonicalize
from pgdecl.spec import load_spec

STEPS = int(os.environ.get("PGDECL_INCREMENTAL_STEPS", "16"))
SEEDS = [int(s) for s in os.environ.get("PGDECL_INCREMENTAL_SEEDS", "1").split(",")]
# every dictionary of the catalog (statistics, rules, collations, publications, ... too)
FIELDS = tuple(f.name for f in dataclasses.fields(Catalog) if f.type.startswith("dict["))


def differences(incremental_: Desired, full: Desired) -> list[str]:
    """What differs between two desired states, object for object (source positions included)."""
    found = []
    for name in FIELDS:
        a, b = getattr(incremental_.catalog, name), getattr(full.catalog, name)
        for key in sorted(set(a) | set(b), key=repr):
            if key not in a:
                found.append(f"{name}: missing {key}")
            elif key not in b:
                found.append(f"{name}: extra {key}")
            elif a[key] != b[key]:
                found.append(f"{name}: {key}: {a[key]!r} != {b[key]!r}")
            elif getattr(a[key], "origin", None) != getattr(b[key], "origin", None):
                found.append(f"{name}: {key}: origin {a[key].origin} != {b[key].origin}")
    for name in ("absent", "cast_paths", "unmanaged"):
        if getattr(incremental_.catalog, name) != getattr(full.catalog, name):
            found.append(f"{name}: {getattr(incremental_.catalog, name)} != {getattr(full.catalog, name)}")
    deps_a, deps_b = incremental_.catalog.dependencies, full.catalog.dependencies
    found += [f"dependency missing: {d}" for d in sorted(deps_b - deps_a, key=repr)]
    found += [f"dependency extra: {d}" for d in sorted(deps_a - deps_b, key=repr)]
    for name in ("grant_targets", "renames", "default_privilege_scopes"):
        if getattr(incremental_, name) != getattr(full, name):
            found.append(f"{name}: {getattr(incremental_, name)} != {getattr(full, name)}")
    return found


class Model:
    """A spec as plain data, edited at random, always valid."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.counter = 0
        self.types: dict[str, list[str]] = {"mood": ["sad", "ok"]}
        self.functions: dict[str, tuple[int, str]] = {"f0": (1, "integer")}
        self.tables: dict[str, dict] = {}
        self.views: dict[str, dict] = {}
        self.partitioned: dict[str, dict] = {}
        self.renames: dict[str, str] = {}
        for _ in range(4):
            self.add_table()
        self.add_view()
        self.add_partitioned()

    def name(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    # --- edits -----------------------------------------------------------------------------
    def add_table(self) -> str:
        name = self.name("t")
        ref = self.rng.choice(sorted(self.tables)) if self.tables and self.rng.random() < 0.6 else None
        self.tables[name] = {"columns": {"c1": "text"}, "fn": self.rng.choice(sorted(self.functions)), "ref": ref,
                             "indexes": {}, "policies": {}}
        return name

    def drop_table(self) -> None:
        if len(self.tables) <= 2:
            return
        name = self.rng.choice(sorted(self.tables))
        self._forget_table(name)
        del self.tables[name]
        self.renames.pop(name, None)

    def _forget_table(self, name: str) -> None:
        for view in list(self.views):
            if self.views[view]["table"] == name:
                del self.views[view]
        for table in self.tables.values():
            if table["ref"] == name:
                table["ref"] = None

    def rename_table(self) -> None:
        old = self.rng.choice(sorted(self.tables))
        new = self.name("t")
        self.tables[new] = self.tables.pop(old)
        for view in self.views.values():
            if view["table"] == old:
                view["table"] = new
        for table in self.tables.values():
            if table["ref"] == old:
                table["ref"] = new
        self.renames = {k: v for k, v in self.renames.items() if k != old}
        self.renames[new] = old

    def add_column(self) -> None:
        table = self.tables[self.rng.choice(sorted(self.tables))]
        kind = self.rng.choice(["text", "integer", "varchar(20)", "public.mood", "bigint default 7"])
        table["columns"][self.name("c")] = kind

    def alter_column(self) -> None:
        table = self.tables[self.rng.choice(sorted(self.tables))]
        column = self.rng.choice(sorted(table["columns"]))
        table["columns"][column] = self.rng.choice(["text", "varchar(40)", "text not null", "text default 'x'"])

    def drop_column(self) -> None:
        table = self.tables[self.rng.choice(sorted(self.tables))]
        if len(table["columns"]) <= 1:
            return
        column = self.rng.choice(sorted(table["columns"]))
        del table["columns"][column]
        table["indexes"] = {k: v for k, v in table["indexes"].items() if v != column}

    def add_index(self) -> None:
        table = self.tables[self.rng.choice(sorted(self.tables))]
        table["indexes"][self.name("i")] = self.rng.choice(sorted(table["columns"]) + ["n"])

    def drop_index(self) -> None:
        table = self.tables[self.rng.choice(sorted(self.tables))]
        if table["indexes"]:
            del table["indexes"][self.rng.choice(sorted(table["indexes"]))]

    def add_policy(self) -> None:
        table = self.tables[self.rng.choice(sorted(self.tables))]
        table["policies"][self.name("p")] = (self.rng.choice(sorted(self.functions)), self.rng.randint(0, 9))

    def alter_policy(self) -> None:
        table = self.tables[self.rng.choice(sorted(self.tables))]
        if table["policies"]:
            policy = self.rng.choice(sorted(table["policies"]))
            table["policies"][policy] = (self.rng.choice(sorted(self.functions)), self.rng.randint(0, 9))

    def drop_policy(self) -> None:
        table = self.tables[self.rng.choice(sorted(self.tables))]
        if table["policies"]:
            del table["policies"][self.rng.choice(sorted(table["policies"]))]

    def add_view(self) -> None:
        self.views[self.name("v")] = {"table": self.rng.choice(sorted(self.tables)),
                                      "fn": self.rng.choice(sorted(self.functions)), "over": None}
        if len(self.views) > 1 and self.rng.random() < 0.3:
            name = self.name("w")
            self.views[name] = {"table": None, "fn": None, "over": self.rng.choice(sorted(self.views))}

    def alter_view(self) -> None:
        plain = sorted(name for name, view in self.views.items() if view["over"] is None)
        if plain:
            self.views[self.rng.choice(plain)]["fn"] = self.rng.choice(sorted(self.functions))

    def drop_view(self) -> None:
        if self.views:
            name = self.rng.choice(sorted(self.views))
            del self.views[name]
            for other in list(self.views):
                if other in self.views and self.views[other]["over"] == name:
                    del self.views[other]

    def add_function(self) -> None:
        self.functions[self.name("f")] = (self.rng.randint(0, 9), "integer")

    def alter_function(self) -> None:
        name = self.rng.choice(sorted(self.functions))
        k, result = self.functions[name]
        if self.rng.random() < 0.5:
            self.functions[name] = (k + 1, result)
        else:
            self.functions[name] = (k, "bigint" if result == "integer" else "integer")

    def drop_function(self) -> None:
        used = {t["fn"] for t in self.tables.values()} | {v["fn"] for v in self.views.values()} | {
            fn for t in self.tables.values() for fn, _ in t["policies"].values()}
        free = sorted(set(self.functions) - used)
        if free:
            del self.functions[self.rng.choice(free)]

    def alter_type(self) -> None:
        name = self.rng.choice(sorted(self.types))
        self.types[name] = [*self.types[name], self.name("l")]

    def alter_key(self) -> None:
        """What a foreign key references changes: its type, or a unique constraint for the key."""
        table = self.tables[self.rng.choice(sorted(self.tables))]
        table["id"] = self.rng.choice(["bigint primary key", "integer primary key", "bigint not null unique"])

    def add_type(self) -> None:
        self.types[self.name("e")] = ["a", "b"]

    def add_partitioned(self) -> None:
        self.partitioned[self.name("pt")] = {"parts": {}, "index": False}
        self.add_partition()

    def add_partition(self) -> None:
        if not self.partitioned:
            return
        parent = self.partitioned[self.rng.choice(sorted(self.partitioned))]
        year = 2000 + len(parent["parts"]) + self.counter
        parent["parts"][self.name("part")] = year

    def drop_partition(self) -> None:
        parent = self.partitioned[self.rng.choice(sorted(self.partitioned))]
        if parent["parts"]:
            del parent["parts"][self.rng.choice(sorted(parent["parts"]))]

    def toggle_partition_index(self) -> None:
        parent = self.partitioned[self.rng.choice(sorted(self.partitioned))]
        parent["index"] = not parent["index"]

    EDITS = ("add_table", "drop_table", "rename_table", "add_column", "alter_column", "drop_column", "add_index",
             "drop_index", "add_policy", "alter_policy", "drop_policy", "add_view", "alter_view", "drop_view",
             "add_function", "alter_function", "drop_function", "alter_type", "add_type", "add_partition",
             "drop_partition", "toggle_partition_index", "add_partitioned", "alter_key")

    def edit(self) -> str:
        name = self.rng.choice(self.EDITS)
        getattr(self, name)()
        return name

    # --- the spec --------------------------------------------------------------------------
    def spec(self) -> dict:
        functions = {f"{name}(x integer)": {"returns": result, "language": "sql", "volatility": "immutable",
                                            "body": f"SELECT (x + {k})::{result}"}
                     for name, (k, result) in self.functions.items()}
        functions["touch()"] = {"returns": "trigger", "language": "plpgsql",
                                "body": " BEGIN RETURN NEW; END "}
        tables: dict[str, dict] = {}
        for name, table in self.tables.items():
            columns: dict[str, str] = {"id": table.get("id", "bigint primary key"),
                                       "n": f"integer default public.{table['fn']}(1)"}
            if table["ref"]:
                columns["ref_id"] = f"bigint references public.{table['ref']}(id)"
            columns.update(table["columns"])
            spec: dict = {"columns": columns}
            if name in self.renames:
                spec["renamed_from"] = self.renames[name]
            if table["indexes"]:
                spec["indexes"] = {index: {"columns": [column]} for index, column in table["indexes"].items()}
            if table["policies"]:
                spec["row_level_security"] = True
                spec["policies"] = {policy: {"for": "select", "using": f"public.{fn}(n) > {k}"}
                                    for policy, (fn, k) in table["policies"].items()}
            spec["triggers"] = {f"{name}_touch": {"timing": "before", "events": ["update"], "for_each": "row",
                                                  "function": "touch()"}}
            tables[name] = spec
        for name, parent in self.partitioned.items():
            spec = {"columns": {"id": "bigint not null", "d": "date not null", "n": "integer"},
                    "primary_key": ["id", "d"], "partition_by": "RANGE (d)"}
            if parent["index"]:
                spec["indexes"] = {f"{name}_n": {"columns": ["n"]}}
            tables[name] = spec
            for part, year in parent["parts"].items():
                tables[part] = {"partition_of": {
                    "table": name, "bounds": f"FOR VALUES FROM ('{year}-01-01') TO ('{year + 1}-01-01')"}}
        views = {}
        for name, view in self.views.items():
            if view["over"]:
                views[name] = {"query": f"SELECT id, v FROM public.{view['over']}"}
            else:
                views[name] = {"query": f"SELECT id, public.{view['fn']}(n) AS v FROM public.{view['table']}"}
        return {"version": 1, "schemas": {"public": {
            "types": {name: {"enum": labels} for name, labels in self.types.items()},
            "functions": functions, "tables": tables, "views": views}}}


def _write(path: Path, model: Model) -> None:
    path.write_text(yaml.safe_dump(model.spec(), sort_keys=False))


@pytest.mark.parametrize("seed", SEEDS)
def test_random_edits_match_a_full_canonicalization(server_dsn: str, tmp_path: Path, seed: int,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="pgdecl.incremental")
    rng = random.Random(seed)
    model = Model(rng)
    path = tmp_path / "schema.yaml"
    with connect(server_dsn) as conn:
        settings = deparse_settings(conn)
    key = "test"
    _write(path, model)
    _, snapshot = incremental.desired(load_spec(path), server_dsn, settings, None, key)
    assert snapshot is not None
    partial = fallbacks = 0
    for step in range(STEPS):
        before = copy.deepcopy(model.spec())
        edits = [model.edit() for _ in range(rng.choice((1, 2, 2, 3)))]
        _write(path, model)
        spec = load_spec(path)
        caplog.clear()
        result, fresh = incremental.desired(spec, server_dsn, settings, snapshot, key)
        full = canonicalize(spec, server_dsn, settings)
        problems = differences(result, full)
        assert not problems, (f"seed {seed}, step {step}, edits {edits}:\n" + "\n".join(problems[:20])
                              + f"\nspec before:\n{yaml.safe_dump(before)}")
        assert fresh is not None
        partial += any("built again" in r.getMessage() or "nothing to build" in r.getMessage()
                       for r in caplog.records)
        fallbacks += any("refused" in r.getMessage() for r in caplog.records)
        snapshot = fresh
    # the incremental path was taken (not a fall back to the whole build every time)
    assert partial >= STEPS // 2, partial
    assert fallbacks <= STEPS // 10, fallbacks


FUNCTION_USERS = """
version: 1
schemas:
  public:
    functions:
      score(x integer):
        returns: {result}
        language: sql
        volatility: immutable
        body: SELECT (x * {k})::{result}
    tables:
      deals:
        columns:
          id: bigint primary key
          amount: integer default public.score(1)
        row_level_security: true
        policies:
          big: {{for: select, using: public.score(amount) > 10}}
      other:
        columns:
          id: bigint primary key
    views:
      scored:
        query: SELECT id, public.score(amount) AS s FROM public.deals
      doubled:
        query: SELECT id, s * 2 AS d FROM public.scored
"""


def test_editing_a_function_rebuilds_what_uses_it(server_dsn: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    """A function used by a view (and a view over it), a policy and a default: its return type
    changes, and the incremental desired state equals the full one; through the cache folder."""
    monkeypatch.setenv("PGDECL_CACHE_DIR", str(tmp_path / "cache"))
    caplog.set_level(logging.INFO, logger="pgdecl.incremental")
    path = tmp_path / "schema.yaml"
    with connect(server_dsn) as conn:
        settings = deparse_settings(conn)
    path.write_text(FUNCTION_USERS.format(result="integer", k=2))
    first = cache.desired(load_spec(path), server_dsn, settings)
    assert first.catalog.views[next(k for k in first.catalog.views if k.name == "doubled")].columns[1][1] == "integer"
    for result, k in (("bigint", 2), ("bigint", 3), ("numeric", 3)):
        path.write_text(FUNCTION_USERS.format(result=result, k=k))
        spec = load_spec(path)
        caplog.clear()
        built = cache.desired(spec, server_dsn, settings)
        assert any("built again" in r.getMessage() for r in caplog.records)
        # the unrelated table was not built again
        message = next(r.getMessage() for r in caplog.records if "built again" in r.getMessage())
        full = canonicalize(spec, server_dsn, settings)
        assert not differences(built, full), (message, differences(built, full))
        doubled = next(v for key, v in built.catalog.views.items() if key.name == "doubled")
        assert doubled.columns[1][1] == result
        assert "3" in next(f.definition for f in built.catalog.functions.values()) or k == 2


def test_an_unchanged_spec_with_moved_lines_builds_nothing(server_dsn: str, tmp_path: Path,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    """Only source positions change: no scratch database, and the positions are the new ones."""
    caplog.set_level(logging.INFO, logger="pgdecl.incremental")
    path = tmp_path / "schema.yaml"
    with connect(server_dsn) as conn:
        settings = deparse_settings(conn)
    path.write_text(FUNCTION_USERS.format(result="integer", k=2))
    _, snapshot = incremental.desired(load_spec(path), server_dsn, settings, None, "k")
    path.write_text("# a comment\n\n" + FUNCTION_USERS.format(result="integer", k=2))
    spec = load_spec(path)
    caplog.clear()
    result, _ = incremental.desired(spec, server_dsn, settings, snapshot, "k")
    assert any("nothing to build" in r.getMessage() for r in caplog.records)
    assert not differences(result, canonicalize(spec, server_dsn, settings))
    table = next(t for key, t in result.catalog.tables.items() if key.name == "deals")
    assert table.origin is not None and table.origin.line > 10
    assert dataclasses.is_dataclass(table)


def test_a_snapshot_is_used_only_by_the_server_that_made_it(server_dsn: str, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    """Another server identity (a clone, a restarted or another server) gets its own snapshot;
    none at all (pg_control_system() revoked) gets none, never a weaker key."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("PGDECL_CACHE_DIR", str(folder))
    caplog.set_level(logging.INFO, logger="pgdecl.incremental")
    path = tmp_path / "schema.yaml"
    with connect(server_dsn) as conn:
        settings = deparse_settings(conn)
    assert dict(settings)["server_identity"]
    path.write_text(FUNCTION_USERS.format(result="integer", k=2))
    cache.desired(load_spec(path), server_dsn, settings)
    assert len(list(folder.glob("units-*-*.pickle"))) == 1
    path.write_text(FUNCTION_USERS.format(result="integer", k=3))
    other = tuple((name, "another server" if name == "server_identity" else value) for name, value in settings)
    caplog.clear()
    cache.desired(load_spec(path), server_dsn, other)
    assert not any("built again" in r.getMessage() for r in caplog.records)
    assert len(list(folder.glob("units-*-*.pickle"))) == 2
    unknown = tuple((name, None if name == "server_identity" else value) for name, value in settings)
    path.write_text(FUNCTION_USERS.format(result="integer", k=4))
    cache.desired(load_spec(path), server_dsn, unknown)
    assert not any("built again" in r.getMessage() for r in caplog.records)
    assert len(list(folder.glob("units-*-*.pickle"))) == 2


def test_an_edit_is_compared_with_the_spec_planned_last(server_dsn: str, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    """A spec whose desired state comes whole from the cache becomes the one the next edit is
    compared with: after planning A, then B, then A again, an edit of A builds one unit
    again, not B's units too."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("PGDECL_CACHE_DIR", str(folder))
    caplog.set_level(logging.INFO, logger="pgdecl.incremental")
    path = tmp_path / "schema.yaml"
    with connect(server_dsn) as conn:
        settings = deparse_settings(conn)
    base = FUNCTION_USERS.format(result="integer", k=2)
    other_table = "      other:\n        columns:\n          id: bigint primary key\n"
    for text in (base, base):                       # planned twice: its desired state is kept whole
        path.write_text(text)
        cache.desired(load_spec(path), server_dsn, settings)
    path.write_text(base.replace("body: SELECT (x * 2)", "body: SELECT (x * 5)"))     # B: the function
    cache.desired(load_spec(path), server_dsn, settings)
    path.write_text(base)                           # A again, whole from the cache
    cache.desired(load_spec(path), server_dsn, settings)
    edited = base.replace(other_table, other_table + "          note: text\n")
    assert edited != base
    path.write_text(edited)
    caplog.clear()
    spec = load_spec(path)
    built = cache.desired(spec, server_dsn, settings)
    messages = [r.getMessage() for r in caplog.records if "built again" in r.getMessage()]
    assert messages and messages[0].startswith("incremental canonicalization: 1 of "), messages
    assert not differences(built, canonicalize(spec, server_dsn, settings))


KINDS = """
version: 1
schemas:
  public:
    collations:
      posix_sort: {{locale: POSIX}}
    text_search_configurations:
      docs: {{copy: english}}
    tables:
      accounts:
        columns:
          id: bigint primary key
          name: text collate public.posix_sort
          balance: numeric not null default {balance}
          search: tsvector generated always as (to_tsvector('public.docs'::regconfig, name)) stored
        statistics:
          accounts_name_balance: {{columns: [name, balance], kinds: [{kinds}]}}
        rules:
          no_delete: {{event: delete, instead: true, do: nothing}}
      audit:
        columns:
          account: bigint
          note: text
          {audit_column}
      unrelated:
        columns:
          id: bigint primary key
          {unrelated_column}
    views:
      open_accounts:
        query: SELECT id, balance FROM public.accounts
        rules:
          insert_open:
            event: insert
            instead: true
            do: INSERT INTO public.accounts (id, balance) VALUES (new.id, new.balance)
publications:
  changes:
    tables:
      public.audit: {publication_where}
"""


def test_specs_with_other_kinds_are_built_in_part(server_dsn: str, tmp_path: Path,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    """Collations, text search, statistics, rules and publications: a table edit builds that
    table again (statistics and rules go with their relation), a change to a kind built every
    time (the publication, the collation) builds the whole spec; each equals the full build."""
    caplog.set_level(logging.INFO, logger="pgdecl.incremental")
    path = tmp_path / "schema.yaml"
    with connect(server_dsn) as conn:
        settings = deparse_settings(conn)
    values = {"balance": 0, "kinds": "ndistinct", "audit_column": "", "unrelated_column": "",
              "publication_where": "{where: \"note <> ''\"}"}
    path.write_text(KINDS.format(**values))
    _, snapshot = incremental.desired(load_spec(path), server_dsn, settings, None, "k")
    assert snapshot is not None
    steps = [({"unrelated_column": "extra: text"}, "1 of "),
             ({"kinds": "ndistinct, dependencies"}, "2 of "),         # the table and the view over it
             ({"balance": 5}, "2 of "),
             ({"audit_column": "at: timestamptz"}, "1 of "),          # published: its skeleton and the publication
             ({"publication_where": "{where: \"note <> 'x'\"}"}, None),   # a kind built every time: everything
             ({"kinds": "mcv"}, "2 of ")]
    for change, built in steps:
        values.update(change)
        path.write_text(KINDS.format(**values))
        spec = load_spec(path)
        caplog.clear()
        result, snapshot = incremental.desired(spec, server_dsn, settings, snapshot, "k")
        assert snapshot is not None
        messages = [r.getMessage() for r in caplog.records if "built again" in r.getMessage()]
        if built is None:
            assert not messages, messages
        else:
            assert messages and messages[0].startswith(f"incremental canonicalization: {built}"), (change, messages)
        assert not differences(result, canonicalize(spec, server_dsn, settings)), change


@pytest.mark.parametrize("entry", ["chinook", "zync", "supabase_slack_clone", "django_vvf"])
def test_corpus_specs_built_in_part_match_a_full_build(entry: str, server_dsn: str, make_db, tmp_path: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    """Real schemas (exported from the corpus): after an edit of one table, then of another
    and a view or function, the desired state built in part equals the full one."""
    import test_corpus as corpus

    from pgdecl.export import export_database

    if entry not in corpus.FOLDERS:
        pytest.skip(f"no corpus entry {entry} (../shared/corpus missing?)")

    caplog.set_level(logging.INFO, logger="pgdecl.incremental")
    source = make_db()
    for path in ([corpus.FOLDERS[entry].parent / "_supabase_stub.sql"] if corpus._supabase(entry) else []) + \
            corpus._files(entry):
        corpus._psql_file(source, path)
    exported = export_database(source)
    document = exported.document
    spec_dir = tmp_path / "spec"
    exported.write(spec_dir)
    with connect(server_dsn) as conn:
        settings = deparse_settings(conn)
    _, snapshot = incremental.desired(load_spec(spec_dir), server_dsn, settings, None, "k")
    assert snapshot is not None, "the exported spec is built whole only"
    managed = [(s, body) for s, body in document["schemas"].items() if body.get("managed", True) is not False]
    tables = [(s, t) for s, body in managed for t, table in (body.get("tables") or {}).items()
              if table and "columns" in table]
    edits = [tables[0], tables[len(tables) // 2]]
    for number, (schema, table) in enumerate(edits):
        document["schemas"][schema]["tables"][table]["columns"][f"incremental_{number}"] = "text"
        for old in spec_dir.iterdir():
            old.unlink()
        dataclasses.replace(exported, document=document).write(spec_dir)
        spec = load_spec(spec_dir)
        caplog.clear()
        built, snapshot = incremental.desired(spec, server_dsn, settings, snapshot, "k")
        assert snapshot is not None
        assert any("built again" in r.getMessage() for r in caplog.records), [r.getMessage() for r in caplog.records]
        assert not differences(built, canonicalize(spec, server_dsn, settings)), (entry, schema, table)


def test_managed_false_schemas_are_built_in_part(server_dsn: str, tmp_path: Path,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    """Supabase's platform tables (``managed: false``): the project's policies on storage.objects
    and triggers on auth.users are edited, and so are its own tables; each equals the full build."""
    caplog.set_level(logging.INFO, logger="pgdecl.incremental")
    base = (Path(__file__).parent / "cases" / "supabase_platform_objects" / "schema.yaml").read_text()
    path = tmp_path / "schema.yaml"
    with connect(server_dsn) as conn:
        settings = deparse_settings(conn)
    path.write_text(base)
    _, snapshot = incremental.desired(load_spec(path), server_dsn, settings, None, "k")
    assert snapshot is not None
    edits = [("          name: text\n", "          name: text\n          bio: text\n"),
             ("auth.role() = 'authenticated'", "auth.role() = 'anon'"),
             ("            events: [insert]\n", "            events: [insert, update]\n"),
             ("        volatility: stable\n", "        volatility: immutable\n"),
             ("          going away: {absent: true}   # removed\n", "")]
    text = base
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
        path.write_text(text)
        spec = load_spec(path)
        caplog.clear()
        built, snapshot = incremental.desired(spec, server_dsn, settings, snapshot, "k")
        assert snapshot is not None
        messages = [r.getMessage() for r in caplog.records]
        assert any("built again" in m or "nothing to build" in m for m in messages), messages
        assert not differences(built, canonicalize(spec, server_dsn, settings)), (old, new)
        assert built.partial == canonicalize(spec, server_dsn, settings).partial


def test_an_edit_after_a_converged_plan_is_compared_with_that_spec(db: str, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    """A plan known to be empty needs no desired state, yet its spec is the one a next edit is
    compared with (and that plan still loads nothing of the spec)."""
    from pgdecl.apply import ApplyOptions, apply_plan
    from pgdecl.engine import make_plan

    monkeypatch.setenv("PGDECL_CACHE_DIR", str(tmp_path / "cache"))
    caplog.set_level(logging.INFO, logger="pgdecl.incremental")
    path = tmp_path / "schema.yaml"
    base = FUNCTION_USERS.format(result="integer", k=2)
    path.write_text(base)
    apply_plan(make_plan(cache.load_spec(path), db, applying=True).plan, db, ApplyOptions())
    assert make_plan(cache.load_spec(path), db).plan.empty                 # converged, recorded
    path.write_text(base.replace("body: SELECT (x * 2)", "body: SELECT (x * 5)"))
    assert not make_plan(cache.load_spec(path), db).plan.empty             # another spec planned
    path.write_text(base)
    again = cache.load_spec(path)
    assert make_plan(again, db).plan.empty and again._spec is None          # converged, from the cache
    other_table = "      other:\n        columns:\n          id: bigint primary key\n"
    path.write_text(base.replace(other_table, other_table + "          note: text\n"))
    caplog.clear()
    make_plan(cache.load_spec(path), db)
    messages = [r.getMessage() for r in caplog.records if "built again" in r.getMessage()]
    assert messages and messages[0].startswith("incremental canonicalization: 1 of "), messages
