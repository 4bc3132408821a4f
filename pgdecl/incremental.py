"""Incremental canonicalization: after an edit, only what the edit can change is built again.

The spec's DDL is split into *units*: a table with everything on it (columns,
constraints, indexes, policies, triggers, statistics, rules, comments, grants), a view
with its indexes and rules, a type, a sequence, a function, an aggregate. Everything else
(schemas, default privileges, the preset's objects, and the kinds in ``WHOLE``:
extensions, collations, text search, operators and their classes, casts, foreign data
wrappers, servers, user mappings, foreign tables, publications, event triggers) is built
every time: it is small. A change to one of the ``WHOLE`` kinds builds the whole spec.

A *snapshot* records, for each unit of the last spec canonicalized under the same key
(pgdecl's code, the server version and the settings that change canonical text, the
preset: ``cache.units_key``), the digest of its statements, the catalog entries it
produced (as read back, before the spec's source positions are attached), the
dependencies PostgreSQL recorded for them, and its functions' canonical keys.

A new spec is compared with the snapshot, unit by unit. Built again, in the usual
rolled-back scratch session (``shadow.spec_session``: nothing of it persists):

* the units whose statements changed, and new ones;
* the units that depend on a changed or removed one (PostgreSQL's pg_depend, as
  recorded); when one of those comes out different, its own dependents, and so on;
* the units whose SQL names a unit that was added or removed (a new overload or a
  table of the same name in another schema can change what a name resolves to);
* a partition's parents (a partition inherits their indexes, constraints, triggers);
* not a table that references a changed one by a foreign key only, unless the column or
  constraint the key references came out different.

What those need to exist is created with them, in part only ("skeletons": a table's
CREATE TABLE and unique indexes, a function's do-nothing stand-in, a view, a type, a
sequence), found from the recorded dependencies and from the names their SQL (and that
of what is built every time) uses.
The entries of every other unit are the snapshot's. Any doubt (an entry that cannot be
told which unit it belongs to, a statement PostgreSQL refuses in the partial build)
falls back to building the whole spec, as without a snapshot.

Snapshots are written whole and renamed into place (``cache._write``): a run killed
midway leaves the previous one, two concurrent runs each leave a consistent one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import pickle
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pgdecl.catalog.model import Catalog, Constraint, Dependency, ObjectKey
from pgdecl.shadow import Desired, Scratch, SpecSQLError, build_and_read, finish, scratch_session
from pgdecl.spec.ddl import FUNCTIONS, INDEXES, SCHEMAS_AND_EXTENSIONS, SEQUENCES, TABLES, VIEWS, DDLStatement
from pgdecl.spec.names import parse_signature

if TYPE_CHECKING:
    from pgdecl.spec import Spec

log = logging.getLogger(__name__)

# the unit of what is built every time (schemas, extensions, default privileges, preset objects)
ALWAYS = ObjectKey("always", "", "")
# the catalog's per-key dictionaries held by units
_KINDS = ("types", "sequences", "tables", "constraints", "indexes", "functions", "aggregates", "triggers", "views",
          "policies", "inherited", "privileges", "statistics", "rules")
# kinds of units whose name other SQL can use
_NAMED = ("table", "view", "function", "aggregate", "type", "sequence")
_SKELETON_PHASES = frozenset({SCHEMAS_AND_EXTENSIONS, SEQUENCES, FUNCTIONS, TABLES, VIEWS})
# more rounds than this: build everything (a long chain of dependents that all change)
MAX_ROUNDS = 3
# kinds built every time, with the schemas (their catalog entries are the partial build's,
# which has all of them); any change to one builds the whole spec, as an extension's does:
# what uses them (a column of a collation, an index of an operator class) is not told apart
WHOLE = frozenset({"extension", "collation", "text search dictionary", "text search configuration", "operator",
                   "operator family", "operator class", "cast", "foreign data wrapper", "server", "user mapping",
                   "foreign table", "publication", "event trigger"})
# kinds held by the unit of the relation they are on
_ON_RELATION = ("column", "constraint", "policy", "trigger", "statistics", "rule")
# the kinds of statement keys a spec may have to be built in part: a spec with any other kind
# is built whole (no such kind is left today; a new one is built whole until it is placed)
UNDERSTOOD = frozenset({"schema", "default_privileges", "index", "table", "view", "function", "aggregate", "type",
                        "sequence", *_ON_RELATION}) | WHOLE
_IDENTIFIER = re.compile(r'"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_$]*)')


@dataclasses.dataclass(slots=True)
class Unit:
    """What one unit produced: catalog entries by dictionary name, dependencies whose
    dependent is one of its objects, its routines' canonical keys (spec key → catalog key)."""

    digest: str
    entries: dict[str, dict[Any, Any]]
    dependencies: tuple[Dependency, ...]
    routines: dict[ObjectKey, ObjectKey]
    names: frozenset[str]              # identifiers its SQL uses (lower case)


@dataclasses.dataclass(slots=True)
class Snapshot:
    """Pickled unit by unit: a snapshot written again after an edit pickles only the units
    built again, the others' pickles are kept as read (``pickled``)."""

    units: dict[ObjectKey, Unit]
    # what is built every time: its statements' digest, and the catalog of its entries only
    # (schemas, extensions, default privileges, objects the spec does not describe)
    base_digest: str
    base: Catalog
    extensions_digest: str
    # unit → (the unit as unpickled, its pickle)
    pickled: dict[ObjectKey, tuple[Unit, bytes]] = dataclasses.field(default_factory=dict, compare=False,
                                                                      repr=False)

    def __reduce__(self) -> tuple[Any, ...]:
        from pgdecl.cache import dumps

        blobs = {}
        for key, unit in self.units.items():
            known = self.pickled.get(key)
            blobs[key] = known[1] if known is not None and known[0] is unit else dumps(unit)
        return _unpickle_snapshot, (blobs, self.base_digest, self.base, self.extensions_digest)

    def same_units(self, other: Snapshot) -> bool:
        """Whether this snapshot holds what ``other`` does (nothing was built again)."""
        return self.base is other.base and self.units.keys() == other.units.keys() \
            and all(unit is other.units[key] for key, unit in self.units.items())


def _unpickle_snapshot(blobs: dict[ObjectKey, bytes], base_digest: str, base: Catalog,
                       extensions_digest: str) -> Snapshot:
    units, pickled = {}, {}
    for key, blob in blobs.items():
        unit = pickle.loads(blob)
        if not isinstance(unit, Unit):
            raise TypeError("not a unit")
        units[key] = unit
        pickled[key] = (unit, blob)
    return Snapshot(units, base_digest, base, extensions_digest, pickled)


def unit_of_statement(statement: DDLStatement, index_owner: dict[ObjectKey, ObjectKey],
                      views: frozenset[tuple[str, str]] = frozenset(),
                      foreign: frozenset[tuple[str, str]] = frozenset()) -> ObjectKey:
    key = statement.key
    if key.kind in ("schema", "default_privileges") or key.kind in WHOLE:
        return ALWAYS
    if key.kind in _ON_RELATION:
        relation = (key.schema, key.parent)
        if relation in foreign:             # a foreign table's column comments: with it
            return ALWAYS
        return ObjectKey("view" if relation in views else "table", key.schema, key.parent)
    if key.kind == "index":
        return index_owner.get(key, ALWAYS)
    return ObjectKey(key.kind, key.schema, key.name)


def _index_owners(spec: Spec) -> dict[ObjectKey, ObjectKey]:
    owners = {}
    for schema in spec.schemas.values():
        for kind, relations in (("table", schema.tables), ("view", schema.views)):
            for relation in relations.values():
                for index in relation.indexes.values():
                    owners[ObjectKey("index", schema.name, index.name)] = ObjectKey(kind, schema.name, relation.name)
    return owners


def _relations(spec: Spec, kind: str) -> frozenset[tuple[str, str]]:
    return frozenset((s, name) for s, schema in spec.schemas.items() for name in getattr(schema, kind))


def _partition_parents(spec: Spec) -> dict[ObjectKey, ObjectKey]:
    return {ObjectKey("table", s, t.name): ObjectKey("table", t.partition_of.schema or s, t.partition_of.table)
            for s, schema in spec.schemas.items() for t in schema.tables.values() if t.partition_of}


def _names_in(statements: Iterable[DDLStatement]) -> frozenset[str]:
    found = set()
    for statement in statements:
        for quoted, plain in _IDENTIFIER.findall(statement.sql):
            found.add((quoted.replace('""', '"') if quoted else plain).lower())
    return frozenset(found)


def bare_name(unit: ObjectKey) -> str:
    name = parse_signature(unit.name).name if unit.kind in ("function", "aggregate") else unit.name
    return name.lower()


class _Owners:
    """Which unit a catalog entry belongs to; ``None``: cannot tell (build everything)."""

    def __init__(self, units: set[ObjectKey], catalog: Catalog, routines: dict[ObjectKey, ObjectKey]) -> None:
        self.units = units
        self.routine_units = {canonical: spec_key for spec_key, canonical in routines.items()}
        self.index_tables = {key: (index.schema, index.table)
                             for key, index in (*catalog.indexes.items(), *catalog.inherited.items())
                             if key.kind == "index"}
        self.sequence_tables = {key: sequence.owned_by for key, sequence in catalog.sequences.items()}

    def relation(self, schema: str, name: str) -> ObjectKey | None:
        for kind in ("table", "view"):
            if (key := ObjectKey(kind, schema, name)) in self.units:
                return key
        return ALWAYS

    def of_key(self, key: ObjectKey) -> ObjectKey | None:
        kind = key.kind
        if kind == "schema" or kind in WHOLE:
            return ALWAYS
        if kind in ("table", "view", "type"):
            return key if key in self.units else ALWAYS
        if kind == "sequence":
            if key in self.units:
                return key
            owned = self.sequence_tables.get(key)
            return self.relation(owned[0], owned[1]) if owned else ALWAYS
        if kind in ("constraint", "policy", "trigger", "statistics", "rule"):
            return self.relation(key.schema, key.parent)
        if kind == "index":
            owner = self.index_tables.get(key)
            return self.relation(*owner) if owner else None
        if kind in ("function", "aggregate"):
            # one the spec does not describe (the preset's) is built every time
            return self.routine_units.get(key, ALWAYS)
        return None

    def of_entry(self, kind: str, key: Any, value: Any) -> ObjectKey | None:
        if kind == "privileges":
            return self.of_key(value.target)
        return self.of_key(key)


def _split(catalog: Catalog, owners: _Owners) -> dict[ObjectKey, dict[str, dict[Any, Any]]] | None:
    """The catalog's unit-held entries by unit; None if one cannot be placed."""
    split: dict[ObjectKey, dict[str, dict[Any, Any]]] = {}
    for kind in _KINDS:
        for key, value in getattr(catalog, kind).items():
            unit = owners.of_entry(kind, key, value)
            if unit is None:
                log.info("incremental canonicalization: no unit for %s %s", kind, key)
                return None
            split.setdefault(unit, {}).setdefault(kind, {})[key] = value
    return split


def _split_dependencies(catalog: Catalog, owners: _Owners) -> dict[ObjectKey, list[Dependency]] | None:
    split: dict[ObjectKey, list[Dependency]] = {}
    for dep in catalog.dependencies:
        unit = owners.of_key(dep.dependent)
        if unit is None:
            log.info("incremental canonicalization: no unit for the dependency of %s", dep.dependent)
            return None
        split.setdefault(unit, []).append(dep)
    return split


class Plan:
    """The spec's statements by unit, and what changed against a snapshot."""

    def __init__(self, spec: Spec, statements: list[DDLStatement], settings_digest: str) -> None:
        self.spec = spec
        self.statements = statements
        owners = _index_owners(spec)
        views, foreign = _relations(spec, "views"), _relations(spec, "foreign_tables")
        self.unit_of = [unit_of_statement(s, owners, views, foreign) for s in statements]
        by_unit: dict[ObjectKey, list[DDLStatement]] = {}
        for statement, unit in zip(statements, self.unit_of):
            by_unit.setdefault(unit, []).append(statement)
        self.by_unit = by_unit
        self.digests = {}
        for unit, unit_statements in by_unit.items():
            digest = hashlib.sha256(settings_digest.encode())
            for statement in unit_statements:
                digest.update(f"{statement.phase}\0{statement.sql}\0".encode())
            self.digests[unit] = digest.hexdigest()[:32]
        self.units = set(by_unit) - {ALWAYS}
        self.base_digest = self.digests.get(ALWAYS, "")
        # what builds the whole spec again when it changes (the name is older than WHOLE)
        extensions = hashlib.sha256(settings_digest.encode())
        for statement in statements:
            if statement.key.kind in WHOLE:
                extensions.update(f"{statement.phase}\0{statement.sql}\0".encode())
        self.extensions_digest = extensions.hexdigest()[:32]
        # the units what is built every time names (a publication's tables, a cast's function)
        self.always_names = _names_in(s for s, unit in zip(statements, self.unit_of)
                                      if unit is ALWAYS and s.key.kind in WHOLE)
        self.parents = _partition_parents(spec)
        # (a ``managed: false`` schema's policies and triggers go with the unit of the platform
        # table they are on, whose CREATE TABLE the preset runs every time)
        self.understood = all(s.key.kind in UNDERSTOOD for s in statements)

    def release(self) -> None:
        """Let the statements go once nothing more is built: a large spec's are tens of
        megabytes, and the desired catalog is assembled next (the peak of a plan)."""
        self.statements, self.unit_of, self.by_unit = [], [], {}
        rendered = getattr(self.spec, "rendered", None)
        if rendered:
            rendered.clear()


def desired(spec: Spec, server_dsn: str, settings: Iterable[tuple[str, str | None]],
            snapshot: Snapshot | None, settings_digest: str,
            scratch: Scratch | None = None) -> tuple[Desired, Snapshot | None]:
    """The desired state of ``spec`` and the snapshot to store for the next run (None: keep
    the one there is); whatever is built, in ``scratch`` (``shadow.scratch_session``;
    without one, a scratch database is made if something is built)."""
    from pgdecl.spec import render_ddl

    if scratch is None:
        with scratch_session(server_dsn, eager=False) as own:
            return desired(spec, server_dsn, settings, snapshot, settings_digest, own)

    settings = tuple(settings)
    plan = Plan(spec, render_ddl(spec), settings_digest)
    if not plan.understood:
        # no snapshot either: its base would hold those kinds' entries for a later spec
        log.info("incremental canonicalization: the spec has kinds it does not split into units")
        catalog, routines = build_and_read(spec, server_dsn, settings, plan.statements, scratch=scratch)
        return finish(catalog, spec, routines), None
    if snapshot is not None and snapshot.extensions_digest == plan.extensions_digest:
        try:
            result = _incremental(plan, server_dsn, settings, snapshot, scratch)
        except SpecSQLError as exc:      # reported, if it is one, by the whole build below
            log.info("incremental canonicalization refused (%s): building the whole spec", exc)
            result = None
        if result is not None:
            return result
    catalog, routines = build_and_read(spec, server_dsn, settings, plan.statements, scratch=scratch)
    fresh = _units_from(plan, catalog, routines, plan.units)
    base = _base(plan, catalog, routines)
    plan.release()
    snapshot = Snapshot(fresh, plan.base_digest, base, plan.extensions_digest) \
        if fresh is not None and base is not None else None
    return finish(catalog, spec, routines), snapshot


def _base(plan: Plan, catalog: Catalog, routines: dict[ObjectKey, ObjectKey]) -> Catalog | None:
    """``catalog`` with only what is built every time."""
    owners = _Owners(plan.units, catalog, routines)
    base = dataclasses.replace(catalog)
    for kind in _KINDS:
        own = {}
        for key, value in getattr(catalog, kind).items():
            unit = owners.of_entry(kind, key, value)
            if unit is None:
                return None
            if unit is ALWAYS:
                own[key] = value
        setattr(base, kind, own)
    base.dependencies = frozenset(dep for dep in catalog.dependencies if owners.of_key(dep.dependent) is ALWAYS)
    return base


def _units_from(plan: Plan, catalog: Catalog, routines: dict[ObjectKey, ObjectKey],
                built: set[ObjectKey]) -> dict[ObjectKey, Unit] | None:
    """The records of the units in ``built`` from a catalog read back; None if its entries
    cannot all be placed."""
    owners = _Owners(plan.units, catalog, routines)
    entries = _split(catalog, owners)
    dependencies = _split_dependencies(catalog, owners)
    if entries is None or dependencies is None:
        return None
    units = {}
    for unit in built:
        unit_routines = {key: value for key, value in routines.items() if key == unit}
        if unit.kind in ("function", "aggregate") and unit not in unit_routines:
            return None             # an overloaded name whose key PostgreSQL cannot resolve
        units[unit] = Unit(plan.digests[unit], entries.get(unit, {}), tuple(dependencies.get(unit, ())),
                           unit_routines, _names_in(plan.by_unit[unit]))
    return units


def _incremental(plan: Plan, server_dsn: str, settings: tuple[tuple[str, str | None], ...],
                 snapshot: Snapshot, scratch: Scratch) -> tuple[Desired, Snapshot] | None:
    old = snapshot.units
    changed = {unit for unit in plan.units if unit not in old or old[unit].digest != plan.digests[unit]}
    removed = set(old) - plan.units
    rebuild = set(changed)
    dependents = _dependents(old)
    # a name added or removed can change what other SQL resolves a name to
    moved = {bare_name(unit) for unit in (plan.units - set(old)) | removed if unit.kind in _NAMED}
    if moved:
        for unit in plan.units:
            record = old.get(unit)
            if record is not None and record.names & moved:
                rebuild.add(unit)
    frontier = changed | removed
    owner_of = _owner_of(old)
    # dependents through foreign keys only: built again only if what their keys reference
    # (a column, a unique constraint) comes out different
    by_key: dict[ObjectKey, list[Dependency]] = {}
    for _ in range(MAX_ROUNDS):
        for unit in frontier:
            for dependent in dependents.get(unit, ()):
                if dependent not in plan.units or dependent in rebuild:
                    continue
                keys = _foreign_key_dependencies(old[dependent], unit, owner_of)
                if keys is None or unit in removed:
                    rebuild.add(dependent)
                else:
                    by_key.setdefault(dependent, []).extend(keys)
        full = set(rebuild)
        for unit in rebuild:
            parent = plan.parents.get(unit)
            while parent is not None and parent not in full:
                full.add(parent)
                parent = plan.parents.get(parent)
        if not full and plan.base_digest == snapshot.base_digest:
            log.info("incremental canonicalization: nothing to build again")
            plan.release()
            return _merge(plan, snapshot.base, old, {}, snapshot)
        skeletons = _skeletons(plan, old, full)
        statements = [s for s, unit in zip(plan.statements, plan.unit_of)
                      if unit is ALWAYS or unit in full
                      or (unit in skeletons and _in_skeleton(s))]
        log.info("incremental canonicalization: %d of %d units built again (%d in part)",
                 len(full), len(plan.units), len(skeletons))
        routine_units = {u for u in full | skeletons if u.kind in ("function", "aggregate")}
        catalog, routines = build_and_read(plan.spec, server_dsn, settings, statements, routine_units, scratch)
        if routine_units - set(routines):
            return None                 # an overloaded name whose key PostgreSQL cannot resolve
        built = _units_from(plan, catalog, routines, full)
        base = _base(plan, catalog, routines)
        if built is None or base is None:
            return None
        # dependents of what came out different (not the edited units: theirs are in already)
        frontier = {unit for unit, record in built.items()
                    if unit not in changed and unit in old and not _same(record, old[unit])}
        frontier = {unit for unit in frontier if not dependents.get(unit, set()) <= rebuild}
        referencing = {unit for unit, keys in by_key.items()
                       if unit not in rebuild and any(_referenced_changed(dep, owner_of, built, old) for dep in keys)}
        rebuild |= referencing
        if not frontier and not referencing:
            plan.release()
            return _merge(plan, base, old, built, snapshot)
        frontier |= referencing
    return None


def _same(new: Unit, old: Unit) -> bool:
    return new.entries == old.entries and set(new.dependencies) == set(old.dependencies) \
        and new.routines == old.routines


def _owner_of(units: dict[ObjectKey, Unit]) -> dict[ObjectKey, ObjectKey]:
    """Catalog key → the unit that holds it."""
    owner_of: dict[ObjectKey, ObjectKey] = {}
    for unit, record in units.items():
        for kind, entries in record.entries.items():
            if kind != "privileges":
                for key in entries:
                    owner_of[key] = unit
    return owner_of


def _dependents(units: dict[ObjectKey, Unit]) -> dict[ObjectKey, set[ObjectKey]]:
    """Unit → the units that depend on it (from the recorded dependencies)."""
    owner_of = _owner_of(units)
    dependents: dict[ObjectKey, set[ObjectKey]] = {}
    for unit, record in units.items():
        for dep in record.dependencies:
            referenced = owner_of.get(dep.referenced)
            if referenced is not None and referenced != unit:
                dependents.setdefault(referenced, set()).add(unit)
    return dependents


def _in_skeleton(statement: DDLStatement) -> bool:
    if statement.phase == INDEXES:
        return statement.sql.startswith("CREATE UNIQUE INDEX")    # what a foreign key may reference
    return statement.phase in _SKELETON_PHASES


def _skeletons(plan: Plan, old: dict[ObjectKey, Unit], full: set[ObjectKey]) -> set[ObjectKey]:
    """The units, not built in full, whose skeletons the units in ``full`` need: those their
    recorded dependencies name and those the SQL of the edited ones names, those the SQL of
    what is built every time names, and what those need in turn."""
    owner_of = _owner_of(old)
    by_name: dict[str, list[ObjectKey]] = {}
    for unit in plan.units:
        if unit.kind in _NAMED:
            by_name.setdefault(bare_name(unit), []).append(unit)
    # what is built every time needs what it names (a publication's tables)
    needed = {unit for name in plan.always_names for unit in by_name.get(name, ()) if unit not in full}
    pending = [*full, *needed]
    while pending:
        unit = pending.pop()
        record = old.get(unit)
        found: set[ObjectKey] = set()
        if record is not None:
            skeleton_names: frozenset[str] | None = None
            for dep in record.dependencies:
                if unit not in full and _foreign_key(dep, record):
                    # a foreign key written in the column's definition is part of CREATE TABLE
                    if skeleton_names is None:
                        skeleton_names = _names_in(s for s in plan.by_unit.get(unit, ()) if _in_skeleton(s))
                    if bare_name(owner_of.get(dep.referenced, ALWAYS)) not in skeleton_names:
                        continue
                if unit in full or _skeleton_dependency(dep, record):
                    owner = owner_of.get(dep.referenced)
                    if owner is not None:
                        found.add(owner)
        if record is None or record.digest != plan.digests.get(unit):
            for name in _names_in(plan.by_unit.get(unit, ())):
                found.update(by_name.get(name, ()))
        for other in found:
            if other in plan.units and other not in full and other not in needed:
                needed.add(other)
                pending.append(other)
    return needed


def _foreign_key_dependencies(record: Unit, on: ObjectKey, owner_of: dict[ObjectKey, ObjectKey]
                              ) -> list[Dependency] | None:
    """The dependencies of a unit on the unit ``on``, if all of them are its foreign keys'
    (on a column or a constraint); None if any is not (a view, a default, a policy, a type
    use: those are built again whenever ``on`` is)."""
    found = []
    for dep in record.dependencies:
        if owner_of.get(dep.referenced) != on:
            continue
        if not _foreign_key(dep, record) or (dep.referenced.kind == "table" and not dep.column):
            return None
        found.append(dep)
    return found


def _entry(record: Unit, key: ObjectKey) -> Any:
    for entries in record.entries.values():
        if key in entries:
            return entries[key]
    return None


def _referenced_changed(dep: Dependency, owner_of: dict[ObjectKey, ObjectKey], built: dict[ObjectKey, Unit],
                        old: dict[ObjectKey, Unit]) -> bool:
    """Whether what a foreign key references (a column of a table, or a constraint) came out
    different from the snapshot's in the unit built again."""
    unit = owner_of.get(dep.referenced)
    if unit not in built or unit not in old:
        return unit is not None
    before, after = _entry(old[unit], dep.referenced), _entry(built[unit], dep.referenced)
    if before is None or after is None:
        return True
    if dep.referenced.kind == "table":
        def column(table: Any) -> Any:
            return next((c for c in table.columns if c.name == dep.column), None)
        before, after = column(before), column(after)
        return before is None or before != after
    return before != after


def _foreign_key(dep: Dependency, record: Unit) -> bool:
    constraint = record.entries.get("constraints", {}).get(dep.dependent) if dep.dependent.kind == "constraint" \
        else None
    return isinstance(constraint, Constraint) and constraint.kind == "f"


def _skeleton_dependency(dep: Dependency, record: Unit) -> bool:
    """Whether a unit's skeleton needs what ``dep`` references (not its policies or triggers,
    which a skeleton does not have; a foreign key only if CREATE TABLE has it, checked by
    the caller)."""
    return dep.dependent.kind not in ("policy", "trigger")


def _merge(plan: Plan, base: Catalog, old: dict[ObjectKey, Unit], built: dict[ObjectKey, Unit],
           snapshot: Snapshot) -> tuple[Desired, Snapshot]:
    """The desired state: the units built now, the others from the snapshot, on ``base``
    (what is built every time)."""
    units = {unit: built.get(unit) or old[unit] for unit in plan.units}
    merged = dataclasses.replace(base)
    for kind in _KINDS:
        setattr(merged, kind, dict(getattr(base, kind)))
    dependencies = set(base.dependencies)
    routines: dict[ObjectKey, ObjectKey] = {}
    for unit in sorted(plan.units):
        record = units[unit]
        for kind, entries in record.entries.items():
            getattr(merged, kind).update(entries)
        dependencies.update(record.dependencies)
        routines.update(record.routines)
    merged.dependencies = frozenset(dependencies)
    new_snapshot = Snapshot(units, plan.base_digest, base, plan.extensions_digest, snapshot.pickled)
    # finish() attaches source positions to a copy's entries, not to the snapshot's
    merged.extensions = dict(merged.extensions)
    merged.schemas = dict(merged.schemas)
    return finish(merged, plan.spec, routines), new_snapshot
