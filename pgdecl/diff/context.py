"""What every comparator receives besides the two catalogs."""

from __future__ import annotations

from dataclasses import dataclass

from pgdecl.catalog.model import Catalog, ObjectKey


@dataclass(frozen=True, slots=True)
class DiffContext:
    live: Catalog
    desired: Catalog
    # objects whose privileges are managed (the spec has `grants:` for them) → the roles
    # managed on each; None = every privilege of every object
    grant_targets: dict[ObjectKey, frozenset[str]] | None = None
    # (schema, creating role) pairs whose default privileges are managed (schema '' = the
    # global entries); None = every entry of the managed schemas and every global one
    default_privilege_scopes: frozenset[tuple[str, str]] | None = frozenset()

    @property
    def server_version(self) -> int:
        return self.live.server_version or self.desired.server_version


def added(live: dict, desired: dict) -> list:
    """Keys only the desired side has, sorted so output is deterministic."""
    return sorted(desired.keys() - live.keys())


def removed(live: dict, desired: dict) -> list:
    return sorted(live.keys() - desired.keys())


def common(live: dict, desired: dict) -> list:
    return sorted(live.keys() & desired.keys())
