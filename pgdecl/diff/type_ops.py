"""Operations on user-defined types (enums, domains, composite types), as data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from pgdecl.catalog.model import DomainConstraint, ObjectKey, TypeAttribute, UserType
from pgdecl.diff.ops import Op


def type_shape(user_type: UserType) -> str:
    """What makes a type need recreating, as the text render_types._SHAPE computes in the catalog."""
    if user_type.kind == "enum":
        return "e|" + ",".join(user_type.labels)
    if user_type.kind == "domain":
        return f"d|{user_type.base_type}|{user_type.collation or ''}"
    if user_type.kind == "range":
        return "r|" + "|".join(value or "" for value in (
            user_type.base_type, user_type.collation, user_type.subtype_opclass, user_type.canonical,
            user_type.subtype_diff, user_type.multirange))
    return "c|" + ",".join(f"{a.name} {a.type}" for a in user_type.attributes)


@dataclass(frozen=True, slots=True)
class CreateType(Op):
    user_type: UserType
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.user_type.key


@dataclass(frozen=True, slots=True)
class DropType(Op):
    user_type: UserType
    desired: UserType | None = None   # a replacement: drop only while the live type is not this one
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.user_type.key


class EnumValue(NamedTuple):
    label: str
    before: str | None = None        # at most one of before / after (neither: the enum was empty)
    after: str | None = None


@dataclass(frozen=True, slots=True)
class AddEnumValues(Op):
    """ALTER TYPE … ADD VALUE IF NOT EXISTS, one statement per value in this order (each placed
    next to a label that exists by then). Committed before the main transaction: a value
    added in a transaction cannot be used until that transaction commits."""

    user_type: UserType
    values: tuple[EnumValue, ...]
    renames: tuple[tuple[str, str], ...] = ()   # (old, new) labels renamed first (RENAME VALUE)
    before_transaction = True

    @property
    def key(self) -> ObjectKey:
        return self.user_type.key

    def describe(self) -> str:
        parts = [f"rename value {old!r} to {new!r}" for old, new in self.renames]
        if self.values:
            parts.append(f"add value(s) {', '.join(repr(v.label) for v in self.values)}")
        return f"{'; '.join(parts)} of {self.key}"


@dataclass(frozen=True, slots=True)
class AlterDomain(Op):
    """One in-place change of a domain: ``change`` is default | not_null."""

    user_type: UserType
    old: UserType
    change: str

    @property
    def key(self) -> ObjectKey:
        return self.user_type.key

    def describe(self) -> str:
        return f"alter {self.change} of {self.key}"


@dataclass(frozen=True, slots=True)
class AddDomainConstraint(Op):
    user_type: UserType
    constraint: DomainConstraint
    replaces: DomainConstraint | None = None   # the old definition of a redefined constraint
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.user_type.key

    def describe(self) -> str:
        return f"add constraint {self.constraint.name} to {self.key}"


@dataclass(frozen=True, slots=True)
class DropDomainConstraint(Op):
    user_type: UserType
    constraint: DomainConstraint
    action = "alter"               # the domain stays: not a destructive drop

    @property
    def key(self) -> ObjectKey:
        return self.user_type.key

    def describe(self) -> str:
        return f"drop constraint {self.constraint.name} of {self.key}"


@dataclass(frozen=True, slots=True)
class AlterTypeAttribute(Op):
    """ADD / DROP ATTRIBUTE, or ALTER ATTRIBUTE … TYPE, of a composite type."""

    user_type: UserType
    change: str                      # add | drop | type
    attribute: TypeAttribute         # the attribute as desired (as it was, for drop)
    old: TypeAttribute | None = None  # change == type: the attribute as it is

    @property
    def key(self) -> ObjectKey:
        return self.user_type.key

    def describe(self) -> str:
        if self.change == "type":
            return f"change the type of attribute {self.attribute.name} of {self.key} to {self.attribute.type}"
        return f"{self.change} attribute {self.attribute.name} of {self.key}"
