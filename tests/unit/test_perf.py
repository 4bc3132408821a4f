"""The pieces that make a plan fast: the spec cache and the step graph (not timed)."""

from __future__ import annotations

import random
from pathlib import Path

import networkx as nx
import pytest

import pgdecl.spec
from pgdecl import cache
from pgdecl.spec import chunks
from pgdecl.plan import _StepGraph

SPEC = """
schemas:
  public:
    tables:
      t:
        columns: {id: bigint primary key, tags: "text[]"}
"""


@pytest.fixture
def spec_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PGDECL_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PGDECL_CACHE", raising=False)
    path = tmp_path / "schema.yaml"
    path.write_text(SPEC, encoding="utf-8")
    return path


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the spec loads that read YAML: whole (the cache off) or with the files' indexes."""
    parses = [0]
    parse, parse_in_part = pgdecl.spec.load_spec, chunks.load

    def counting(paths):
        parses[0] += 1
        return parse(paths)

    def counting_in_part(*args):
        parses[0] += 1
        return parse_in_part(*args)

    monkeypatch.setattr(pgdecl.spec, "load_spec", counting)
    monkeypatch.setattr(chunks, "load", counting_in_part)
    return parses


def test_unchanged_spec_is_not_parsed_again(spec_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parses = _count_parses(monkeypatch)
    first = cache.load_spec(spec_file)
    second = cache.load_spec(spec_file)
    assert parses[0] == 1
    assert second is not first                  # Spec compares by identity: compare its parts
    assert (second.schemas, second.origins, second.files) == (first.schemas, first.origins, first.files)


def test_changed_bytes_are_parsed_again(spec_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parses = _count_parses(monkeypatch)
    cache.load_spec(spec_file)
    spec_file.write_text(SPEC.replace("tags", "labels"), encoding="utf-8")
    spec = cache.load_spec(spec_file)
    assert parses[0] == 2
    assert [c for c in spec.schemas["public"].tables["t"].columns] == ["id", "labels"]


def test_cache_off(spec_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGDECL_CACHE", "0")
    parses = _count_parses(monkeypatch)
    cache.load_spec(spec_file)
    cache.load_spec(spec_file)
    assert parses[0] == 2
    assert not (spec_file.parent / "cache").exists()


@pytest.mark.parametrize("seed", range(20))
def test_step_graph_orders_like_networkx(seed: int) -> None:
    rng = random.Random(seed)
    size = rng.randint(1, 40)
    keys = [rng.randint(0, 4) for _ in range(size)]
    graph, reference = _StepGraph(size), nx.DiGraph()
    reference.add_nodes_from(range(size))
    for _ in range(rng.randint(0, 3 * size)):
        a, b = rng.randrange(size), rng.randrange(size)
        if seed % 4 == 0 or a < b:          # every fourth graph may have cycles
            graph.add_edge(a, b)
            reference.add_edge(a, b)
    ordering, cycle = graph.lexicographical_order(lambda i: keys[i])
    if nx.is_directed_acyclic_graph(reference):
        assert not cycle
        assert ordering == list(nx.lexicographical_topological_sort(reference, key=lambda i: keys[i]))
    else:
        assert cycle
        assert all(b in graph.successors[a] for a, b in zip(cycle, cycle[1:] + cycle[:1]))


def test_cache_keeps_only_the_most_recently_used_entries(spec_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "KEEP", 3)
    first = spec_file
    cache.load_spec(first)                       # the entry that will be used again
    for i in range(5):
        other = spec_file.with_name(f"s{i}.yaml")
        other.write_text(SPEC + f"# edit {i}\n", encoding="utf-8")
        cache.load_spec(other)
        if i == 2:
            cache.load_spec(first)               # a hit refreshes it
    folder = spec_file.parent / "cache"
    assert len(list(folder.glob("*.pickle"))) == 3   # the newest: s4's head and index, s3's head
    parses = _count_parses(monkeypatch)
    cache.load_spec(spec_file.with_name("s4.yaml"))
    assert parses[0] == 0                        # the newest entry survived


def test_desired_state_round_trips_through_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pgdecl.catalog.model import Catalog, Column, Dependency, ObjectKey, SourceMark, Table
    from pgdecl.shadow import Desired

    table = Table("public", "t", (Column(name="id", type="bigint", not_null=True),), rls_enabled=True,
                  origin=SourceMark("schema.yaml", 3, 5), size_bytes=8192)
    key = ObjectKey("table", "public", "t")
    catalog = Catalog(tables={key: table}, server_version=180000,
                      dependencies=frozenset({Dependency(ObjectKey("view", "public", "v"), key, "id")}))
    desired = Desired(catalog, {key: frozenset({"anon"})}, {key: ObjectKey("table", "public", "old")})
    monkeypatch.setenv("PGDECL_CACHE_DIR", str(tmp_path / "cache"))
    cache._write("entry.pickle", desired)
    loaded = cache._read("entry.pickle")
    assert loaded == desired
    assert loaded.catalog.tables[key].origin == table.origin        # not compared by ==, kept all the same
    assert loaded.catalog.tables[key].size_bytes == 8192


def test_cache_entries_are_private(spec_file: Path) -> None:
    """Entries hold schema text (function bodies, policies): owner-only, like ~/.ssh."""
    cache.load_spec(spec_file)
    folder = spec_file.parent / "cache"
    assert folder.stat().st_mode & 0o777 == 0o700
    entries = list(folder.glob("*.pickle"))
    assert entries and all(entry.stat().st_mode & 0o777 == 0o600 for entry in entries)


def test_columns_alike_in_every_field_are_one_object_across_loads(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Columns equal in every field, fields never compared included, are shared by every
    catalog loaded in the process (a table's columns then compare by identity); a column
    that differs only in a field == ignores keeps its own object and value."""
    import pickle

    from pgdecl.catalog.model import Catalog, Column, ObjectKey, Table

    monkeypatch.setenv("PGDECL_CACHE_DIR", str(tmp_path / "cache"))
    own = Column(name="id", type="bigint", not_null=True)
    inherited = Column(name="id", type="bigint", not_null=True, inherited=True)
    assert own == inherited                       # `inherited` is not compared
    tables = {ObjectKey("table", "public", name): Table("public", name, (column,))
              for name, column in (("a", own), ("b", Column(name="id", type="bigint", not_null=True)),
                                   ("c", inherited))}
    cache._write("one.pickle", Catalog(tables=tables))
    cache._write("two.pickle", Catalog(tables=tables))
    one, two = cache._read("one.pickle"), cache._read("two.pickle")
    a, b, c = (one.tables[ObjectKey("table", "public", name)].columns[0] for name in "abc")
    assert a is b is two.tables[ObjectKey("table", "public", "b")].columns[0]
    assert c is not a and c.inherited and not a.inherited
    assert pickle.loads(pickle.dumps(one)) == one     # plain objects still: the default pickle takes them


def test_entries_written_before_the_builders_still_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry that names ``_rebuild_flat`` (written by an earlier pgdecl, whose cache folder
    outlives it) loads as it did."""
    import io
    import pickle

    from pgdecl.catalog.model import Catalog, Column, Dependency, ObjectKey, Table

    class Earlier(pickle.Pickler):
        def reducer_override(self, obj):
            how = cache._how_to_pickle(type(obj))
            if how is None or how[0] != "slotted":
                return NotImplemented
            return cache._rebuild_flat, (type(obj), *how[1](obj))

    key = ObjectKey("table", "public", "t")
    catalog = Catalog(tables={key: Table("public", "t", (Column(name="id", type="bigint"),))},
                      dependencies=frozenset({Dependency(ObjectKey("view", "public", "v"), key, "id")}))
    buffer = io.BytesIO()
    Earlier(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(catalog)
    monkeypatch.setenv("PGDECL_CACHE_DIR", str(tmp_path / "cache"))
    cache._write("placeholder.pickle", None)            # the folder, made as the cache makes it
    (tmp_path / "cache" / "earlier.pickle").write_bytes(buffer.getvalue())
    (tmp_path / "cache" / "earlier.pickle").chmod(0o600)
    assert cache._read("earlier.pickle") == catalog


def test_main_called_in_another_program_leaves_its_collector_alone() -> None:
    """Only ``cli.run`` (the program itself) turns the cyclic collector off for a command."""
    import gc

    from click.testing import CliRunner

    from pgdecl.cli import main

    assert gc.isenabled()
    result = CliRunner().invoke(main, ["plan", "/nonexistent/schema.yaml", "--database-url", "postgresql:///x"])
    assert result.exit_code == 1 and gc.isenabled()


def test_replacer_gives_what_dataclasses_replace_gives() -> None:
    import dataclasses as dc

    from pgdecl.catalog import model
    from pgdecl.perf import replacer

    table = model.Table("public", "t", (model.Column(name="id", type="bigint", not_null=True),), rls_enabled=True)
    mark = model.SourceMark("schema.yaml", 3, 5)
    copy = replacer(model.Table, "origin")(table, mark)
    assert copy == dc.replace(table, origin=mark) and copy.origin is mark and copy is not table
    assert table.origin is None                              # the original is left as it was
    with pytest.raises(dc.FrozenInstanceError):
        copy.name = "u"                                      # type: ignore[misc]
    renamed = replacer(model.Table, "name")(table, "u")
    assert renamed == dc.replace(table, name="u")
    # every catalog class with a position: slotted, no __post_init__ (or the fallback is taken)
    classes = [c for c in vars(model).values()
               if isinstance(c, type) and dc.is_dataclass(c) and "origin" in {f.name for f in dc.fields(c)}]
    assert len(classes) > 20
    for cls in classes:
        assert "__slots__" in cls.__dict__ and not hasattr(cls, "__post_init__"), cls

    @dc.dataclass(frozen=True)
    class Plain:                        # not slotted: dataclasses.replace
        a: int
        b: int = 2

    assert replacer(Plain, "b")(Plain(1), 3) == Plain(1, 3)
