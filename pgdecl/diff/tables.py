"""Comparators for schemas, extensions, sequences, tables and columns."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from pgdecl.catalog.model import Column, ObjectKey, Table
from pgdecl.errors import PgdeclError
from psycopg import sql
from pgdecl.diff.context import DiffContext, added, common, removed
from pgdecl.diff.ops import (
    AddColumn, AlterColumn, AlterExtensionSchema, AlterInheritance, AlterExtensionVersion, AlterSequence,
    CreateExtension, CreateSchema, CreateSequence, CreateTable, DropColumn, DropConstraint, RelationKindIs,
    relkinds_of, DropSequence, DropTable, Op, SetComment, inline_constraints, SetRowLevelSecurity,
    SetSequenceOwner, SetTableStorage,
)


def diff_schemas(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.schemas, ctx.desired.schemas
    for key in added(live, desired):
        yield CreateSchema(desired[key])
        if desired[key].comment:
            yield SetComment(key, desired[key].comment)
    for key in common(live, desired):
        if live[key].comment != desired[key].comment:
            yield SetComment(key, desired[key].comment)
    # schemas the spec lacks are not managed, so never dropped


def diff_extensions(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.extensions, ctx.desired.extensions
    for key in added(live, desired):
        yield CreateExtension(desired[key])
    for key in common(live, desired):
        want = desired[key].version
        if not desired[key].any_schema and live[key].schema != desired[key].schema:
            yield AlterExtensionSchema(desired[key], live[key].schema)
        if want is not None and live[key].version != want:
            yield AlterExtensionVersion(desired[key], live[key].version)
    # extensions are database-wide: pgdecl never drops one the spec does not list


def diff_sequences(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.sequences, ctx.desired.sequences
    for key in added(live, desired):
        seq = desired[key]
        yield CreateSequence(seq)
        if seq.owned_by:
            yield SetSequenceOwner(seq)
        if seq.comment:
            yield SetComment(key, seq.comment)
    for key in removed(live, desired):
        owner = live[key].owned_by
        if owner and ObjectKey("table", owner[0], owner[1]) not in ctx.desired.tables:
            continue  # goes with its table
        table = ctx.desired.tables.get(ObjectKey("table", owner[0], owner[1])) if owner else None
        column = next((c for c in table.columns if c.name == owner[2]), None) if table and owner else None
        if owner and column is None and ObjectKey("table", owner[0], owner[1]) in ctx.live.tables:
            continue  # goes with its column
        yield DropSequence(live[key], not_identity=column is not None and column.identity is not None)
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if _sequence_params(old) != _sequence_params(new):
            yield AlterSequence(old, new)
        if old.owned_by != new.owned_by:
            yield SetSequenceOwner(new)
        if old.comment != new.comment:
            yield SetComment(key, new.comment)


def _sequence_params(seq) -> tuple:
    return (seq.data_type, seq.start, seq.increment, seq.min_value, seq.max_value, seq.cache, seq.cycle)


def diff_tables(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.tables, ctx.desired.tables
    by_table: dict[tuple[str, str], list] = {}     # grouped once: per table it was quadratic in N
    for c in ctx.desired.constraints.values():
        by_table.setdefault((c.schema, c.table), []).append(c)
    for key in added(live, desired):
        table = desired[key]
        yield CreateTable(table, tuple(inline_constraints(by_table.get((table.schema, table.name), ()))))
        if table.rls_enabled or table.rls_forced:
            yield SetRowLevelSecurity(table, None)
        if table.comment:
            yield SetComment(key, table.comment)
        for col in table.columns:
            if col.comment:
                yield SetComment(key, col.comment, column=col.name)
    gone = set(removed(live, desired))
    for key in removed(live, desired):
        if ObjectKey("view", key.schema, key.name) in ctx.desired.views:     # becomes a view
            yield DropTable(live[key], when=(RelationKindIs(key, relkinds_of(live[key])),))
        else:
            yield DropTable(live[key])
    yield from _foreign_key_cycles(ctx, gone)
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if new.partition_of is None and old.columns != new.columns:
            # a partition's columns are its parent's: a change is made on the parent only;
            # equal columns (most tables; shared objects compare by identity) give no step
            yield from diff_columns(ctx, old, new)
        for parent in old.inherits:
            if parent not in new.inherits:
                yield AlterInheritance(new, tuple(parent), add=False)
        for parent in new.inherits:
            if parent not in old.inherits:
                yield AlterInheritance(new, tuple(parent), add=True)
        if (old.unlogged, old.options) != (new.unlogged, new.options):
            yield SetTableStorage(new, old)
        if (old.rls_enabled, old.rls_forced) != (new.rls_enabled, new.rls_forced):
            yield SetRowLevelSecurity(new, old)
        if old.comment != new.comment:
            yield SetComment(key, new.comment)


def _foreign_key_cycles(ctx: DiffContext, gone: set[ObjectKey]) -> Iterator[Op]:
    """DropConstraint for foreign keys that tie dropped tables in a cycle, one per cycle: no
    order of DROP TABLE satisfies a cycle (the plan orders dropped tables by their keys)."""
    edges: dict[ObjectKey, set[ObjectKey]] = {}
    keys = [c for c in ctx.live.constraints.values() if c.kind == "f" and c.ref_table is not None]
    for c in keys:
        source, target = ObjectKey("table", c.schema, c.table), ObjectKey("table", *c.ref_table)
        if source in gone and target in gone and source != target:
            edges.setdefault(source, set()).add(target)

    def reaches(start: ObjectKey, goal: ObjectKey) -> bool:
        seen, todo = {start}, [start]
        while todo:
            for nxt in edges.get(todo.pop(), ()):
                if nxt == goal:
                    return True
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return False

    broken: set[tuple[ObjectKey, ObjectKey]] = set()
    for c in sorted(keys, key=lambda c: c.key):
        source, target = ObjectKey("table", c.schema, c.table), ObjectKey("table", *c.ref_table)
        if target in edges.get(source, ()) and reaches(target, source):
            edges[source].discard(target)
            broken.add((source, target))
        if (source, target) in broken:          # every key of that pair of tables
            yield DropConstraint(c, replace=True)


def _column_names(expression: str) -> set[str]:
    """The column names an expression reads (pglast's parse of it)."""
    from pglast import parser                   # the SQL parser: imported only when needed (start-up)
    from pglast.parser import ParseError

    try:
        tree = json.loads(parser.parse_sql_json(f"SELECT {expression}"))
    except (ParseError, ValueError):
        return set()
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            ref = node.get("ColumnRef")
            if isinstance(ref, dict):
                last = ref.get("fields", [{}])[-1]
                if "String" in last:
                    found.add(last["String"]["sval"])
            for value in node.values():
                walk(value)

    walk(tree)
    return found


def _generated_over(ctx: DiffContext, old: Table, new: Table) -> dict[str, tuple[Column, ...]]:
    """column -> the generated columns over it, when its type changes: PostgreSQL refuses to
    change the type of a column a generated column uses, so those are dropped and added
    again in the same ALTER TABLE (their values are computed again). A generated column
    with an index, a constraint or column privileges is refused: they would go with it."""
    old_cols, new_cols = {c.name: c for c in old.columns}, {c.name: c for c in new.columns}
    changed = {name for name, col in new_cols.items()
               if name in old_cols and (old_cols[name].type, old_cols[name].collation) != (col.type, col.collation)}
    over: dict[str, tuple[Column, ...]] = {}
    for name in sorted(changed):
        users = tuple(new_cols[g.name] for g in old.columns
                      if g.generated is not None and g.name != name and g.name in new_cols
                      and new_cols[g.name].generated is not None and name in _column_names(g.generated))
        for g in users:
            attached = [c.name for c in ctx.live.constraints.values() if (c.schema, c.table) == (old.schema, old.name)
                        and g.name in c.columns] + \
                       [i.name for i in ctx.live.indexes.values() if (i.schema, i.table) == (old.schema, old.name)
                        and (g.name in i.columns or g.name in i.definition)] + \
                       [p.grantee for p in ctx.live.privileges.values() if p.target == old.key and p.column == g.name]
            if attached:
                raise PgdeclError(
                    f"column {old.schema}.{old.name}.{name}: its type cannot change while the generated column "
                    f"{g.name} uses it, and {g.name} cannot be dropped and added again here because "
                    f"{', '.join(sorted(attached))} would go with it; change it in a migration, then plan again")
        if users:
            over[name] = users
    return over


def diff_columns(ctx: DiffContext, old: Table, new: Table) -> Iterator[Op]:
    old_cols = {c.name: c for c in old.columns}
    new_cols = {c.name: c for c in new.columns}
    # a column inherited from a parent (INHERITS) is added, dropped and changed on the parent;
    # the table adds one itself only to gain a parent (INHERIT needs it), and drops one only
    # when it gives up a parent (NO INHERIT leaves the column as its own)
    gains_parent = not set(new.inherits) <= set(old.inherits)
    loses_parent = not set(old.inherits) <= set(new.inherits)
    over = _generated_over(ctx, old, new)
    rebuilt = {g.name for users in over.values() for g in users}
    for col in new.columns:
        if col.name not in old_cols and (not col.inherited or gains_parent):
            yield AddColumn(new, col)
            if col.comment:
                yield SetComment(new.key, col.comment, column=col.name)
    for col in old.columns:
        if col.name not in new_cols and (not col.inherited or loses_parent):
            yield DropColumn(old, col)
    for col in new.columns:
        before = old_cols.get(col.name)
        if col.name in rebuilt:
            if col.comment:     # dropped and added with the type change of a column it uses
                yield SetComment(new.key, col.comment, column=col.name)
        elif before is not None and before != col and not (before.inherited and col.inherited):
            yield from _column_changes(ctx, new, before, col, over.get(col.name, ()))


_STRING_TYPES = frozenset({"text", "character varying", "character", "name", '"char"'})


def _base_type(ctx: DiffContext, type_name: str) -> str:
    """``type_name`` without modifiers (``numeric(12,2)`` → ``numeric``), a domain as its base type."""
    name = re.sub(r"\(\d+(,\d+)?\)", "", type_name).strip()
    for _ in range(8):              # domains over domains
        schema, dot, rest = name.partition(".")
        found = ctx.desired.types.get(ObjectKey("type", schema, rest)) or ctx.live.types.get(ObjectKey("type", schema, rest)) \
            if dot else None
        if found is None or found.kind != "domain" or not found.base_type:
            return name
        name = re.sub(r"\(\d+(,\d+)?\)", "", found.base_type).strip()
    return name


def _is_enum(ctx: DiffContext, type_name: str) -> bool:
    schema, dot, rest = type_name.partition(".")
    key = ObjectKey("type", schema, rest)
    found = ctx.desired.types.get(key) or ctx.live.types.get(key)
    return bool(dot) and found is not None and found.kind == "enum"


def _castable(ctx: DiffContext, source: str, target: str) -> bool:
    """Whether ``source::target`` converts: the same type, a cast in pg_cast (arrays
    element by element), or through a string type (the I/O conversion an explicit cast
    allows)."""
    if source == target or source in _STRING_TYPES or target in _STRING_TYPES:
        return True
    if source.endswith("[]") and target.endswith("[]"):
        return _castable(ctx, source[:-2], target[:-2])
    paths = ctx.live.cast_paths | ctx.desired.cast_paths
    return (source, target) in paths


def _type_change_using(ctx: DiffContext, table: Table, old: Column, new: Column) -> str | None:
    """The USING of a column type change: none for a generated column (PostgreSQL computes
    it again and refuses one), ``column::type`` (None) when a cast converts, ``::text``
    between two enums; else the change is refused: no USING is given that could fail."""
    if new.generated is not None:
        return ""
    if not (ctx.live.cast_paths or ctx.desired.cast_paths):
        return None                 # casts not read (a catalog from elsewhere): as before
    source, target = _base_type(ctx, old.type), _base_type(ctx, new.type)
    if _castable(ctx, source, target):
        return None
    column = sql.Identifier(new.name).as_string(None)
    if _is_enum(ctx, source.removesuffix("[]")) and _is_enum(ctx, target.removesuffix("[]")):
        text = "text[]" if source.endswith("[]") else "text"
        return f"{column}::{text}::{new.type}"      # an enum into another through its labels
    raise PgdeclError(
        f"column {table.schema}.{table.name}.{new.name}: no cast converts {old.type} to {new.type}, so "
        f"ALTER COLUMN … TYPE needs an explicit USING expression, which the spec cannot give; change the "
        f"column's type in a migration (ALTER TABLE … ALTER COLUMN {column} TYPE {new.type} USING …), then plan again")


def _column_changes(ctx: DiffContext, table: Table, old: Column, new: Column,
                    rebuilt: tuple[Column, ...] = ()) -> Iterator[Op]:
    version = ctx.server_version

    def change(kind: str) -> AlterColumn:
        return AlterColumn(table, old, new, kind, server_version=version)

    if (old.generated, old.virtual) != (new.generated, new.virtual):
        yield change("generated")
        return   # the column is rebuilt with every other attribute
    type_changed = (old.type, old.collation) != (new.type, new.collation)
    if type_changed:                # also re-sets the default when there is one
        yield AlterColumn(table, old, new, "type", server_version=version,
                          using=_type_change_using(ctx, table, old, new), rebuilt=rebuilt)
    if old.default != new.default and not (type_changed and (old.default or new.default)):
        yield change("default")
    if old.identity != new.identity:
        yield change("identity")
    if old.identity and new.identity and old.identity_options is not None and new.identity_options is not None \
            and old.identity_options.explicit(old.type) != new.identity_options.explicit(new.type):
        yield change("identity_options")   # compared as given: a type change moves a default MAXVALUE
    if old.not_null != new.not_null:
        yield change("not_null")
    for attribute in ("statistics", "storage", "compression"):
        if getattr(old, attribute) != getattr(new, attribute):
            yield change(attribute)
    if old.comment != new.comment:
        yield SetComment(table.key, new.comment, column=new.name)
