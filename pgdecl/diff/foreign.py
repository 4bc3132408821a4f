"""Comparator for foreign data wrappers and servers (database-wide: only those the spec
lists are compared, and none is ever dropped for being missing from it, like extensions)."""

from __future__ import annotations

from collections.abc import Iterator

from pgdecl.diff.context import DiffContext, added, common
from pgdecl.diff.ops import (
    AlterForeignDataWrapper, AlterServer, AlterUserMapping, CreateForeignDataWrapper, CreateServer,
    CreateUserMapping, DropServer, DropUserMapping, Op, SetComment, replacing, AlterForeignTable,
    CreateForeignTable, DefinitionDiffers, DropForeignTable,
)


def diff_foreign_data_wrappers(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.foreign_data_wrappers, ctx.desired.foreign_data_wrappers
    for key in added(live, desired):
        yield CreateForeignDataWrapper(desired[key])
        if desired[key].comment:
            yield SetComment(key, desired[key].comment)
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if (old.handler, old.validator, old.options) != (new.handler, new.validator, new.options):
            yield AlterForeignDataWrapper(new, old)
        if old.comment != new.comment:
            yield SetComment(key, new.comment)


def diff_servers(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.servers, ctx.desired.servers
    for key in added(live, desired):
        yield CreateServer(desired[key])
        if desired[key].comment:
            yield SetComment(key, desired[key].comment)
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if (old.wrapper, old.type) != (new.wrapper, new.type):
            # PostgreSQL cannot change either: DROP SERVER (refused while user mappings or foreign
            # tables use it) and CREATE SERVER
            yield replacing(DropServer(old))
            yield replacing(CreateServer(new))
            if new.comment:
                yield SetComment(key, new.comment)
            continue
        if (old.version, old.options) != (new.version, new.options):
            yield AlterServer(new, old)
        if old.comment != new.comment:
            yield SetComment(key, new.comment)


def diff_user_mappings(ctx: DiffContext) -> Iterator[Op]:
    """The user mappings of the servers the spec lists (all of them: a mapping the spec does not
    list on such a server is dropped)."""
    managed = {key.name for key in ctx.desired.servers}
    live = {key: m for key, m in ctx.live.user_mappings.items() if m.server in managed}
    desired = ctx.desired.user_mappings
    for key in added(live, desired):
        yield CreateUserMapping(desired[key])
    for key in sorted(live.keys() - desired.keys()):
        yield DropUserMapping(live[key])
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if (old.options, old.secrets) != (new.options, new.secrets):
            yield AlterUserMapping(new, old)


def diff_foreign_tables(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.foreign_tables, ctx.desired.foreign_tables
    for key in added(live, desired):
        yield CreateForeignTable(desired[key])
        if desired[key].comment:
            yield SetComment(key, desired[key].comment)
    for key in sorted(live.keys() - desired.keys()):
        yield DropForeignTable(live[key])
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if old.server != new.server:
            # ALTER FOREIGN TABLE cannot move a table to another server: views on it are
            # dropped first and created again (dependents.py)
            yield replacing(DropForeignTable(old, when=(DefinitionDiffers(key, new.server),)))
            yield replacing(CreateForeignTable(new))
            if new.comment:
                yield SetComment(key, new.comment)
            continue
        if (old.columns, old.options) != (new.columns, new.options):
            yield AlterForeignTable(new, old)
        if old.comment != new.comment:
            yield SetComment(key, new.comment)
