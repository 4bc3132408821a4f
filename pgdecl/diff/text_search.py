"""Comparator for text search dictionaries and configurations.

A dictionary's options change in place (ALTER TEXT SEARCH DICTIONARY … (option = value,
removed_option)); its template cannot change: the dictionary is recreated. A
configuration's mappings change in place (ALTER MAPPING FOR … WITH adds or replaces, DROP
MAPPING IF EXISTS removes); its parser cannot change: the configuration is recreated.
Recreating is refused while something that stays uses the object (a configuration using
the dictionary, a column, an index or a view using the configuration): PostgreSQL refuses
the drop, and pgdecl does not drop data with it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pgdecl.catalog.model import ObjectKey, TextSearchConfiguration, TextSearchDictionary
from pgdecl.diff.context import DiffContext, added, common, removed
from pgdecl.diff.ops import Op, SetComment, replacing
from pgdecl.errors import PgdeclError


class UnsupportedTextSearchChange(PgdeclError):
    """A parser or template change while other objects use the configuration or dictionary."""


@dataclass(frozen=True, slots=True)
class CreateTextSearchDictionary(Op):
    dictionary: TextSearchDictionary
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.dictionary.key


@dataclass(frozen=True, slots=True)
class AlterTextSearchDictionary(Op):
    dictionary: TextSearchDictionary
    removed_options: tuple[str, ...] = ()

    @property
    def key(self) -> ObjectKey:
        return self.dictionary.key

    def describe(self) -> str:
        return f"alter the options of {self.key}"


@dataclass(frozen=True, slots=True)
class DropTextSearchDictionary(Op):
    dictionary: TextSearchDictionary
    desired: TextSearchDictionary | None = None    # a replacement: drop only while the template differs
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.dictionary.key


@dataclass(frozen=True, slots=True)
class CreateTextSearchConfiguration(Op):
    configuration: TextSearchConfiguration
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.configuration.key


@dataclass(frozen=True, slots=True)
class AlterTextSearchMappings(Op):
    """ALTER MAPPING FOR the token types of ``configuration`` in ``tokens`` (as desired, their
    dictionaries grouped), DROP MAPPING IF EXISTS FOR ``dropped``."""

    configuration: TextSearchConfiguration
    tokens: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()

    @property
    def key(self) -> ObjectKey:
        return self.configuration.key

    def describe(self) -> str:
        return f"alter the mappings of {self.key}"


@dataclass(frozen=True, slots=True)
class DropTextSearchConfiguration(Op):
    configuration: TextSearchConfiguration
    desired: TextSearchConfiguration | None = None   # a replacement: drop only while the parser differs
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.configuration.key


def diff_text_search(ctx: DiffContext) -> Iterator[Op]:
    yield from _dictionaries(ctx)
    yield from _configurations(ctx)


def _dictionaries(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.text_search_dictionaries, ctx.desired.text_search_dictionaries
    for key in added(live, desired):
        yield CreateTextSearchDictionary(desired[key])
        if desired[key].comment is not None:
            yield SetComment(key, desired[key].comment)
    for key in removed(live, desired):
        yield DropTextSearchDictionary(live[key])
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if old.template != new.template:
            _refuse_if_used(ctx, key, new.origin, f"changing its template ({old.template} → {new.template})")
            yield replacing(DropTextSearchDictionary(old, new))
            yield replacing(CreateTextSearchDictionary(new))
            if new.comment is not None:
                yield SetComment(key, new.comment)
            continue
        if old.options != new.options:
            gone = tuple(sorted(dict(old.options).keys() - dict(new.options).keys()))
            yield AlterTextSearchDictionary(new, gone)
        if old.comment != new.comment:
            yield SetComment(key, new.comment)


def _configurations(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.text_search_configurations, ctx.desired.text_search_configurations
    for key in added(live, desired):
        yield CreateTextSearchConfiguration(desired[key])
        if desired[key].comment is not None:
            yield SetComment(key, desired[key].comment)
    for key in removed(live, desired):
        yield DropTextSearchConfiguration(live[key])
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if old.parser != new.parser:
            _refuse_if_used(ctx, key, new.origin, f"changing its parser ({old.parser} → {new.parser})")
            yield replacing(DropTextSearchConfiguration(old, new))
            yield replacing(CreateTextSearchConfiguration(new))
            if new.comment is not None:
                yield SetComment(key, new.comment)
            continue
        before, after = dict(old.mappings), dict(new.mappings)
        changed = tuple(token for token, dictionaries in new.mappings if before.get(token) != dictionaries)
        dropped = tuple(sorted(before.keys() - after.keys()))
        if changed or dropped:
            yield AlterTextSearchMappings(new, changed, dropped)
        if old.comment != new.comment:
            yield SetComment(key, new.comment)


def _refuse_if_used(ctx: DiffContext, key: ObjectKey, origin: object, what: str) -> None:
    users = sorted(dependent for dependent in ctx.live.dependents_of(key) if ctx.desired.get(dependent) is not None)
    if users:
        where = f"{origin}: " if origin else ""
        raise UnsupportedTextSearchChange(
            f"{where}{key}: {what} means dropping and creating it again, which PostgreSQL refuses while these use "
            f"it: {', '.join(map(str, users))}. Declare it under a new name, move its users to it, then drop the old one")
