"""Partitioning in the spec: the shape of partition_by / partition_of and its errors (file:line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pgdecl.catalog.model import ObjectKey
from pgdecl.spec import SpecError, load_spec, render_ddl


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _load(text: str):
    Path("schema.yaml").write_text(text, encoding="utf-8")
    return load_spec("schema.yaml")


def _error(text: str) -> str:
    with pytest.raises(SpecError) as caught:
        _load(text)
    return str(caught.value)


HEAD = """\
version: 1
schemas:
  public:
    tables:
      payment:
        columns: {id: bigint not null, paid_at: date not null}
        partition_by: range (paid_at)
"""


def test_partition_spec_values_and_ddl_order() -> None:
    spec = _load("""\
version: 1
schemas:
  public:
    tables:
      payment_2024:
        partition_of: {table: payment, bounds: "for values  from ('2024-01-01') to ('2025-01-01')"}
      payment:
        columns: {id: bigint not null, paid_at: date not null}
        partition_by: range (paid_at)
""")
    table = spec.schemas["public"].tables["payment"]
    assert table.partition_by == "RANGE (paid_at)"
    partition = spec.schemas["public"].tables["payment_2024"].partition_of
    assert (partition.table, partition.schema) == ("payment", None)
    assert partition.bounds == "for values from ('2024-01-01') to ('2025-01-01')"
    tables = [s for s in render_ddl(spec) if s.key.kind == "table"]
    # the partition is written first, but created after its parent
    assert [s.key for s in tables] == [ObjectKey("table", "public", "payment"), ObjectKey("table", "public", "payment_2024")]
    assert tables[1].sql.startswith('CREATE TABLE "public"."payment_2024" PARTITION OF "public"."payment" for values')


def test_bad_partition_key() -> None:
    message = _error(HEAD.replace("range (paid_at)", "by paid_at"))
    assert message.startswith("schema.yaml:7:23: schemas.public.tables.payment.partition_by: expected RANGE (…), "
                              "LIST (…) or HASH (…)"), message


def test_bad_bounds() -> None:
    message = _error(HEAD + "      p1:\n        partition_of: {table: payment, bounds: \"FROM (1) TO (2)\"}\n")
    assert message.startswith("schema.yaml:9:48: schemas.public.tables.p1.partition_of.bounds: expected DEFAULT, "
                              "FOR VALUES FROM"), message


def test_unknown_and_missing_keys() -> None:
    message = _error(HEAD + "      p1:\n        partition_of: {table: payment, bound: DEFAULT}\n")
    assert message.startswith("schema.yaml:9:40: schemas.public.tables.p1.partition_of: unknown key 'bound' "
                              "(did you mean 'bounds'?)"), message
    message = _error(HEAD + "      p1:\n        partition_of: {table: payment}\n")
    assert "schema.yaml:9:23: schemas.public.tables.p1.partition_of: missing required key 'bounds'" in message


def test_columns_on_a_partition_are_rejected() -> None:
    message = _error(HEAD + "      p1:\n        partition_of: {table: payment, bounds: DEFAULT}\n"
                            "        columns: {id: bigint}\n")
    assert message.startswith("schema.yaml:10:18: schemas.public.tables.p1.columns: columns does not go with "
                              "partition_of (a partition's columns"), message


def test_parent_must_be_a_partitioned_table_of_the_spec() -> None:
    message = _error(HEAD + "      p1:\n        partition_of: {table: nope, bounds: DEFAULT}\n")
    assert message == ("schema.yaml:9:23: schemas.public.tables.p1.partition_of: "
                       "table public.nope is not in the spec"), message
    message = _error(HEAD + "      plain: {columns: {id: int}}\n"
                            "      p1:\n        partition_of: {table: plain, bounds: DEFAULT}\n")
    assert "schema.yaml:10:23: schemas.public.tables.p1.partition_of: table public.plain is not " \
           "partitioned (it needs partition_by, at schema.yaml:8:7)" in message


def test_partitions_of_each_other() -> None:
    message = _error("""\
version: 1
schemas:
  public:
    tables:
      a: {partition_by: list (x), partition_of: {table: b, bounds: DEFAULT}}
      b: {partition_by: list (x), partition_of: {table: a, bounds: DEFAULT}}
""")
    assert "tables are partitions of each other (public.a → public.b → public.a)" in message
