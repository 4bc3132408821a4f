"""What every exporting function receives: the catalog, the extras, and the warnings so far."""

from __future__ import annotations

import heapq
import logging
from collections import defaultdict
from collections.abc import Callable
from typing import Any, TypeVar

from pgdecl.catalog.model import Catalog, ObjectKey, Privilege
from pgdecl.export.reader import Extras
from pgdecl.spec.names import SIMPLE_NAME

log = logging.getLogger("pgdecl.export")

T = TypeVar("T")


class Unexpressible(Exception):
    """Catalog text the spec format cannot express exactly."""


class ExportContext:
    def __init__(self, catalog: Catalog, extras: Extras) -> None:
        self.catalog = catalog
        self.extras = extras
        self.warnings: list[str] = []
        self.privileges: dict[ObjectKey, list[Privilege]] = defaultdict(list)
        for privilege in catalog.privileges.values():
            self.privileges[privilege.target].append(privilege)
        self.grantees = self._all_grantees()
        self._on_relation: dict[str, dict[tuple[str, str], list]] = {}

    def on_relation(self, kind: str, schema: str, relation: str) -> list:
        """The constraints, indexes, policies or triggers (``kind``: the catalog's dictionary)
        of one table or view, in catalog order: grouped once per kind, not scanned per table
        (export was quadratic in the number of tables)."""
        grouped = self._on_relation.get(kind)
        if grouped is None:
            grouped = self._on_relation[kind] = defaultdict(list)
            for obj in getattr(self.catalog, kind).values():
                grouped[(obj.schema, obj.table)].append(obj)
        return grouped.get((schema, relation), [])

    def dependency_order(self, objects: dict[ObjectKey, T], key: Callable[[ObjectKey], Any] | None = None) -> list[T]:
        """``objects`` with each after those of them it depends on (``extras.order``), ties broken by
        ``key`` (default: the object key): Kahn's algorithm taking the smallest ready one, as
        networkx.lexicographical_topological_sort does (importing networkx took 0.1 s of an
        export). PostgreSQL allows no cycle here; one would leave its objects last, by key."""
        rank = key or (lambda k: k)
        successors: dict[ObjectKey, list[ObjectKey]] = defaultdict(list)
        indegree = dict.fromkeys(objects, 0)
        for before, after in self.extras.order:
            if before in objects and after in objects:
                successors[before].append(after)
                indegree[after] += 1
        ready = [(rank(k), k) for k, degree in indegree.items() if degree == 0]
        heapq.heapify(ready)
        order: list[ObjectKey] = []
        while ready:
            _, k = heapq.heappop(ready)
            order.append(k)
            for after in successors[k]:
                indegree[after] -= 1
                if indegree[after] == 0:
                    heapq.heappush(ready, (rank(after), after))
        if len(order) < len(objects):
            order += sorted((k for k, degree in indegree.items() if degree > 0), key=rank)
        return [objects[k] for k in order]

    def warn(self, message: str) -> None:
        log.warning("export: %s", message)
        self.warnings.append(message)

    def _all_grantees(self) -> frozenset[str]:
        """Every role holding a privilege on an object of the exported schemas, or that default
        privileges give something: written as each schema's ``grantees``, so that a privilege
        of theirs the spec does not list is revoked (a stray GRANT after adoption). Not the
        exporting role: it creates (and so owns) what a plan adds, and REVOKE ALL FROM it would
        take its owner's privileges away."""
        roles = {"public" if p.grantee == "PUBLIC" else p.grantee for p in self.catalog.privileges.values()}
        for grantees in self.extras.default_grantees.values():
            roles |= grantees
        return frozenset(roles - {self.extras.current_user})

    def integer(self, value: float, key: ObjectKey, what: str) -> int:
        if value != int(value):
            self.warn(f"{key}: {what} {value} rounded to an integer")
        return int(value)


def quote_name(name: str) -> str:
    """A name as a spec value that names something (``references``, ``owned_by``, keys of functions)."""
    return name if SIMPLE_NAME.fullmatch(name) else '"' + name.replace('"', '""') + '"'


def unquote(name: str) -> str:
    name = name.strip()
    if name.startswith('"') and name.endswith('"'):
        return name[1:-1].replace('""', '"')
    return name
