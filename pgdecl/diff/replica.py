"""REPLICA IDENTITY of tables (what logical replication sends for UPDATE/DELETE): operation and comparator."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pgdecl.catalog.model import ObjectKey, Table
from pgdecl.diff.context import DiffContext
from pgdecl.diff.ops import Op


@dataclass(frozen=True, slots=True)
class SetReplicaIdentity(Op):
    table: Table                     # as desired: replica_identity / replica_identity_index

    @property
    def key(self) -> ObjectKey:
        # an attribute hanging on the table (like a policy): ordered after the table and its indexes
        return ObjectKey("replica_identity", self.table.schema, "", self.table.name)

    @property
    def index(self) -> ObjectKey | None:
        """The index the identity uses (it must exist first)."""
        if self.table.replica_identity_index is None:
            return None
        return ObjectKey("index", self.table.schema, self.table.replica_identity_index)

    def describe(self) -> str:
        return f"replica identity of {self.table.key}"


def _identity(table: Table) -> tuple[str, str | None]:
    return table.replica_identity, table.replica_identity_index


def diff_replica_identity(ctx: DiffContext) -> Iterator[Op]:
    for key, table in sorted(ctx.desired.tables.items()):
        live = ctx.live.tables.get(key)
        before = _identity(live) if live is not None else ("default", None)
        if before != _identity(table):
            yield SetReplicaIdentity(table)
