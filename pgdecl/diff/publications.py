"""Publications (database-wide): operations and comparator.

Only the publications the spec names are compared (the desired catalog holds no other);
a live publication the spec does not name is left alone, one it lists with ``absent: true``
is dropped. A managed publication's options are altered in place (ALTER PUBLICATION … SET
(…)), its tables and schemas set as a whole (ALTER PUBLICATION … SET TABLE …); only a
change between FOR ALL TABLES and a list of tables drops and creates it again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pgdecl.catalog.model import ObjectKey, Publication, PublicationTable, UnmanagedObject
from pgdecl.diff.context import DiffContext
from pgdecl.diff.ops import Op, SetComment, replacing


def _table_key(table: PublicationTable) -> ObjectKey:
    return ObjectKey("table", table.schema, table.name)


@dataclass(frozen=True, slots=True)
class CreatePublication(Op):
    publication: Publication
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.publication.key

    @property
    def needs_tables(self) -> tuple[ObjectKey, ...]:
        """Tables that exist (with the columns it lists) before this step runs."""
        return tuple(map(_table_key, self.publication.tables))

    @property
    def releases_tables(self) -> tuple[ObjectKey, ...]:
        return ()

    def own_hazards(self) -> list[tuple[str, str]]:
        if self.publication.all_tables:
            return [("security", f"publication {self.publication.name} publishes every table of the database, "
                                 "now and later, to its subscribers")]
        return []


@dataclass(frozen=True, slots=True)
class DropPublication(Op):
    publication: Publication
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.publication.key

    def own_hazards(self) -> list[tuple[str, str]]:
        if self.replace:
            return [("data_loss", f"publication {self.publication.name} is dropped and created again: its "
                                  "subscriptions must be refreshed (ALTER SUBSCRIPTION … REFRESH PUBLICATION)")]
        return [("data_loss", f"publication {self.publication.name} dropped: its subscriptions stop replicating")]


@dataclass(frozen=True, slots=True)
class AlterPublicationOptions(Op):
    """ALTER PUBLICATION … SET (publish = …, publish_via_partition_root = …)."""

    publication: Publication         # as desired
    old: Publication

    @property
    def key(self) -> ObjectKey:
        return self.publication.key

    def describe(self) -> str:
        return f"alter options of {self.key}"

    def own_hazards(self) -> list[tuple[str, str]]:
        lost = [action for action in self.old.publish if action not in self.publication.publish]
        if lost:
            return [("data_loss", f"publication {self.publication.name} stops publishing {', '.join(lost)}: "
                                  "its subscribers no longer receive those changes")]
        return []


@dataclass(frozen=True, slots=True)
class SetPublicationObjects(Op):
    """The tables (with column lists and row filters) and schemas of a publication, set as a whole.

    ``releasing``: a first step before the plan drops columns of its tables: those tables
    published whole (a column list or row filter depends on the columns it names), set to
    what the spec says by a second step once the tables have their new columns."""

    publication: Publication         # as desired (as the first step leaves it, when releasing)
    old: Publication                 # as live (tables a plan replaces left out)
    releasing: bool = False
    # releasing: the (table, column) pairs the plan drops; the step runs while one still exists
    dropped_columns: tuple[tuple[ObjectKey, str], ...] = ()

    @property
    def key(self) -> ObjectKey:
        return self.publication.key

    def describe(self) -> str:
        return f"alter tables of {self.key}"

    def describe(self) -> str:
        return f"{'release the columns' if self.releasing else 'alter tables'} of {self.key}"

    @property
    def needs_tables(self) -> tuple[ObjectKey, ...]:
        return () if self.releasing else tuple(map(_table_key, self.publication.tables))

    @property
    def releases_tables(self) -> tuple[ObjectKey, ...]:
        """Tables leaving the publication, or whose columns it lets go of: dropped (or their
        columns dropped) only after this step."""
        new = {(t.schema, t.name): t for t in self.publication.tables}
        if self.releasing:
            return tuple(_table_key(t) for t in self.old.tables if new.get((t.schema, t.name)) != t)
        return tuple(_table_key(t) for t in self.old.tables if (t.schema, t.name) not in new)

    def own_hazards(self) -> list[tuple[str, str]]:
        if self.releasing:
            return []
        name = self.publication.name
        old = {(t.schema, t.name): t for t in self.old.tables}
        new = {(t.schema, t.name): t for t in self.publication.tables}
        found = []
        gone = [f"{s}.{t}" for s, t in sorted(old.keys() - new.keys())]
        gone += [f"tables in schema {s}" for s in self.old.schemas if s not in self.publication.schemas]
        if gone:
            found.append(("data_loss", f"publication {name} stops publishing {', '.join(gone)}: its subscribers no "
                                       "longer receive their changes"))
        wider = [f"{s}.{t}" for s, t in sorted(new.keys() - old.keys())]
        wider += [f"tables in schema {s}" for s in self.publication.schemas if s not in self.old.schemas]
        wider += [f"more rows or columns of {s}.{t}" for (s, t), table in sorted(new.items())
                  if (s, t) in old and _wider(old[(s, t)], table)]
        if wider:
            found.append(("security", f"publication {name} now publishes {', '.join(wider)} to its subscribers "
                                      "(a subscription reads them without row level security)"))
        return found


def _wider(old: PublicationTable, new: PublicationTable) -> bool:
    """Whether ``new`` may publish rows or columns ``old`` did not."""
    if old.where is not None and new.where != old.where:
        return True
    if old.columns is not None and (new.columns is None or set(new.columns) - set(old.columns)):
        return True
    return False


def _as_compared(ctx: DiffContext, publication: Publication) -> Publication:
    """The live publication without the tables of managed schemas the plan drops and creates
    again (compared as absent, partitions.prepare): a new table is not a member."""
    managed = {key.name for key in ctx.live.schemas}
    tables = tuple(t for t in publication.tables if t.schema not in managed or _table_key(t) in ctx.live.tables)
    if len(tables) == len(publication.tables):
        return publication
    from dataclasses import replace

    return replace(publication, tables=tables)


def _released(ctx: DiffContext, publication: Publication) -> tuple[Publication, list[tuple[ObjectKey, str]]] | None:
    """``publication`` with its tables whose columns the plan drops published whole (no column
    list, no row filter: PostgreSQL refuses to drop a column either names), and those
    columns; None if there are none."""
    dropped: list[tuple[ObjectKey, str]] = []
    tables = []
    for table in publication.tables:
        key = _table_key(table)
        live, desired = ctx.live.tables.get(key), ctx.desired.tables.get(key)
        if live is None or desired is None or (table.columns is None and table.where is None):
            tables.append(table)
            continue
        kept = {c.name for c in desired.columns}
        lost = [(key, c.name) for c in live.columns if c.name not in kept]
        dropped += lost
        tables.append(PublicationTable(table.schema, table.name) if lost else table)
    if not dropped:
        return None
    from dataclasses import replace

    return replace(publication, tables=tuple(tables)), dropped


def diff_publications(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.publications, ctx.desired.publications
    for key in sorted(ctx.desired.absent & live.keys()):
        yield DropPublication(live[key])
    for key, want in sorted(desired.items()):
        have = live.get(key)
        if have is None:
            yield CreatePublication(want)
            if want.comment is not None:
                yield SetComment(key, want.comment)
            continue
        if have.all_tables != want.all_tables:       # ALTER PUBLICATION cannot switch FOR ALL TABLES
            yield replacing(DropPublication(have))
            yield replacing(CreatePublication(want))
            if want.comment is not None:
                yield SetComment(key, want.comment)
            continue
        if (have.publish, have.via_root) != (want.publish, want.via_root):
            yield AlterPublicationOptions(want, have)
        compared = _as_compared(ctx, have)
        if (compared.tables, compared.schemas) != (want.tables, want.schemas):
            released = _released(ctx, compared)
            if released is not None:
                yield SetPublicationObjects(released[0], compared, releasing=True, dropped_columns=tuple(released[1]))
                compared = released[0]
            yield SetPublicationObjects(want, compared)
        if have.comment != want.comment:
            yield SetComment(key, want.comment)


def unmanaged_publications(unmanaged: tuple[UnmanagedObject, ...],
                           managed: set[str] | frozenset[str]) -> tuple[UnmanagedObject, ...]:
    """``unmanaged`` without the membership of tables in the publications the spec names
    (``managed``): the plan manages those; the others' stay named."""
    return tuple(u for u in unmanaged if not (u.kind == "publication membership"
                                               and u.name.rpartition(" in publication ")[2] in managed))
