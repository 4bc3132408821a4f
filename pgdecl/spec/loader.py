"""load_spec: spec files in, a validated Spec with the origin of every object out."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml

from pgdecl.catalog.model import ObjectKey, SourceMark
from pgdecl.spec.errors import SpecError
from pgdecl.spec.fields import Site, mark_of
from pgdecl.spec.format import DOCUMENT
from pgdecl.spec.model import SchemaSpec, Spec, SpecDocument, TableSpec, VerifyRlsSpec, ViewSpec
from pgdecl.spec.source import compose_file, merge_documents, spec_files


def load_spec(paths: str | Path | Iterable[str | Path]) -> Spec:
    """Load, merge and validate spec files (a directory means every *.yaml/*.yml in it)."""
    files = spec_files(paths)
    return build_spec(files, [compose_file(path) for path in files])


def build_spec(files: tuple[Path, ...], roots: list[yaml.MappingNode]) -> Spec:
    """The spec of ``files`` from their composed YAML (``roots``, in the same order)."""
    root = merge_documents(roots)
    document: SpecDocument = DOCUMENT.convert(root, Site("", mark_of(root)))
    origins = _origins(document)
    _check_partitions(document)
    _check_user_mappings(document)
    return Spec(
        preset=None if document.preset in (None, "none") else document.preset,
        schemas=document.schemas,
        extensions=document.extensions,
        origins=origins,
        grant_targets=frozenset(_grant_targets(document)),
        grant_roles=_grant_roles(document),
        files=files,
        renames=_renames(document, origins),
        default_privileges=document.default_privileges or {},
        verify_rls=document.verify_rls or VerifyRlsSpec(),
        foreign_data_wrappers=document.foreign_data_wrappers,
        servers=document.servers,
        user_mappings=document.user_mappings,
        publications=document.publications,
        event_triggers=document.event_triggers,
        casts=document.casts,
    )


class _Registry:
    """Collects origins, rejecting two objects that would share one name in PostgreSQL."""

    def __init__(self) -> None:
        self.origins: dict[ObjectKey, SourceMark] = {}
        self.relations: dict[tuple[str, str], tuple[str, SourceMark]] = {}

    def add(self, key: ObjectKey, origin: SourceMark, *where: str) -> None:
        """``where``: the parts of the YAML path, joined only for an error."""
        if key in self.origins:
            raise SpecError(f"{key} defined twice (first at {self.origins[key]})", origin, ".".join(where))
        self.origins[key] = origin

    def relation(self, kind: str, schema: str, name: str, origin: SourceMark, *where: str) -> None:
        """Tables, views, sequences and indexes share one namespace per schema."""
        taken = self.relations.get((schema, name))
        if taken:
            raise SpecError(f"{kind} {name!r} has the same name as the {taken[0]} at {taken[1]}", origin,
                            ".".join(where))
        self.relations[(schema, name)] = (kind, origin)


def _origins(document: SpecDocument) -> dict[ObjectKey, SourceMark]:
    registry = _Registry()
    for extension in document.extensions.values():
        registry.add(ObjectKey("extension", "", extension.name), extension.origin, "extensions", extension.name)
    for wrapper in document.foreign_data_wrappers.values():
        registry.add(ObjectKey("foreign data wrapper", "", wrapper.name), wrapper.origin,
                     "foreign_data_wrappers", wrapper.name)
    for server in document.servers.values():
        registry.add(ObjectKey("server", "", server.name), server.origin, "servers", server.name)
    for schema in document.schemas.values():
        _schema_origins(registry, schema)
    for publication in document.publications.values():
        registry.add(publication.key, publication.origin, "publications", publication.name)
    for trigger in document.event_triggers.values():
        registry.add(trigger.key, trigger.origin, "event_triggers", trigger.name)
    return registry.origins


def _schema_origins(registry: _Registry, schema: SchemaSpec) -> None:
    s = schema.name
    path = f"schemas.{s}"
    registry.add(ObjectKey("schema", s, s), schema.origin, path)
    for dictionary in schema.text_search_dictionaries.values():
        registry.add(ObjectKey("text search dictionary", s, dictionary.name), dictionary.origin,
                     path, "text_search_dictionaries", dictionary.name)
    for configuration in schema.text_search_configurations.values():
        registry.add(ObjectKey("text search configuration", s, configuration.name), configuration.origin,
                     path, "text_search_configurations", configuration.name)
    for collation in schema.collations.values():
        registry.add(ObjectKey("collation", s, collation.name), collation.origin,
                     path, "collations", collation.name)
    for user_type in schema.types.values():
        registry.add(ObjectKey("type", s, user_type.name), user_type.origin, path, "types", user_type.name)
    for sequence in schema.sequences.values():
        registry.add(ObjectKey("sequence", s, sequence.name), sequence.origin, path, "sequences", sequence.name)
        registry.relation("sequence", s, sequence.name, sequence.origin, path, "sequences", sequence.name)
    for function in schema.functions.values():
        registry.add(ObjectKey("function", s, function.name), function.origin, path, "functions", function.name)
    for aggregate in schema.aggregates.values():
        registry.add(ObjectKey("aggregate", s, aggregate.name), aggregate.origin,
                     path, "aggregates", aggregate.name)
    for operator in schema.operators.values():
        registry.add(ObjectKey("operator", s, operator.name), operator.origin, path, "operators", operator.name)
    for family in schema.operator_families.values():
        registry.add(ObjectKey("operator family", s, family.name), family.origin,
                     path, "operator_families", family.name)
    for operator_class in schema.operator_classes.values():
        registry.add(ObjectKey("operator class", s, operator_class.name), operator_class.origin,
                     path, "operator_classes", operator_class.name)
    for foreign in schema.foreign_tables.values():
        registry.add(ObjectKey("foreign table", s, foreign.name), foreign.origin, path, "foreign_tables", foreign.name)
        registry.relation("foreign table", s, foreign.name, foreign.origin, path, "foreign_tables", foreign.name)
    for table in schema.tables.values():
        _table_origins(registry, s, table, f"{path}.tables.{table.name}")
    for view in schema.views.values():
        _view_origins(registry, s, view, f"{path}.views.{view.name}")


def _table_origins(registry: _Registry, s: str, table: TableSpec, path: str) -> None:
    t = table.name
    registry.add(ObjectKey("table", s, t), table.origin, path)
    for statistics in table.statistics.values():
        # one namespace per schema: the key without the table says that two tables name the same one
        where = path, "statistics", statistics.name
        registry.add(ObjectKey("statistics", s, statistics.name), statistics.origin, *where)
        registry.add(ObjectKey("statistics", s, statistics.name, t), statistics.origin, *where)
    registry.relation("table", s, t, table.origin, path)
    for column in table.columns.values():
        registry.add(ObjectKey("column", s, column.name, t), column.origin, path, "columns", column.name)
        ref = column.references
        if ref and ref.constraint_name:
            registry.add(ObjectKey("constraint", s, ref.constraint_name, t), ref.origin,
                         path, "columns", column.name, "references")
    if table.primary_key and table.primary_key.name:
        registry.add(ObjectKey("constraint", s, table.primary_key.name, t), table.primary_key.origin,
                     path, "primary_key")
    for constraint in table.constraints.values():
        registry.add(ObjectKey("constraint", s, constraint.name, t), constraint.origin,
                     path, "constraints", constraint.name)
        if constraint.kind in ("unique", "primary_key", "exclude"):   # backed by an index of that name
            registry.relation("constraint", s, constraint.name, constraint.origin,
                              path, "constraints", constraint.name)
    for index in table.indexes.values():
        registry.add(ObjectKey("index", s, index.name), index.origin, path, "indexes", index.name)
        registry.relation("index", s, index.name, index.origin, path, "indexes", index.name)
    for policy in table.policies.values():
        registry.add(ObjectKey("policy", s, policy.name, t), policy.origin, path, "policies", policy.name)
    for trigger in table.triggers.values():
        registry.add(ObjectKey("trigger", s, trigger.name, t), trigger.origin, path, "triggers", trigger.name)
    for rule in table.rules.values():
        registry.add(ObjectKey("rule", s, rule.name, t), rule.origin, path, "rules", rule.name)


def _view_origins(registry: _Registry, s: str, view: ViewSpec, path: str) -> None:
    registry.add(ObjectKey("view", s, view.name), view.origin, path)
    registry.relation("materialized view" if view.materialized else "view", s, view.name, view.origin, path)
    for rule in view.rules.values():
        registry.add(ObjectKey("rule", s, rule.name, view.name), rule.origin, path, "rules", rule.name)
    for index in view.indexes.values():
        registry.add(ObjectKey("index", s, index.name), index.origin, path, "indexes", index.name)
        registry.relation("index", s, index.name, index.origin, path, "indexes", index.name)


def _check_user_mappings(document: SpecDocument) -> None:
    """A user mapping's server is one the spec manages (user mappings are managed per server)."""
    for mapping in document.user_mappings.values():
        server = mapping.parts[1]
        if server not in document.servers:
            raise SpecError(f"user mapping {mapping.name}: server {server!r} is not listed under servers: "
                            f"(pgdecl manages the user mappings of the servers the spec lists)", mapping.origin)


def _check_partitions(document: SpecDocument) -> None:
    """Every ``partition_of`` names a table of the spec that has ``partition_by``, and no
    table is (through its parents) a partition of itself."""
    tables = {(s, t.name): t for s, schema in document.schemas.items() for t in schema.tables.values()}
    for (s, name), table in tables.items():
        seen = [(s, name)]
        current = table
        while current.partition_of is not None:
            part = current.partition_of
            path = f"schemas.{seen[-1][0]}.tables.{seen[-1][1]}.partition_of"
            parent_key = (part.schema or seen[-1][0], part.table)
            parent = tables.get(parent_key)
            if parent is None:
                raise SpecError(f"table {parent_key[0]}.{parent_key[1]} is not in the spec",
                                part.origin, path)
            if parent.partition_by is None:
                raise SpecError(f"table {parent_key[0]}.{parent_key[1]} is not partitioned "
                                f"(it needs partition_by, at {parent.origin})", part.origin, path)
            if parent_key in seen:
                cycle = " → ".join(f"{a}.{b}" for a, b in seen + [parent_key])
                raise SpecError(f"tables are partitions of each other ({cycle})", part.origin, path)
            seen.append(parent_key)
            current = parent


def _renames(document: SpecDocument, origins: dict[ObjectKey, SourceMark]) -> dict[ObjectKey, ObjectKey]:
    """The ``renamed_from`` hints: new key -> old key. A hint may not name the object
    itself, an object the spec also defines, or the same old object as another hint."""
    renames: dict[ObjectKey, ObjectKey] = {}
    claimed: dict[ObjectKey, ObjectKey] = {}

    def hint(new: ObjectKey, previous: str | None, origin: SourceMark, *where: str) -> None:
        if previous is None:
            return
        path = ".".join(where)
        old = new._replace(name=previous)
        if old == new:
            raise SpecError(f"renamed_from names the {new.kind} itself ({previous!r})", origin, path)
        if old in origins:
            raise SpecError(f"renamed_from: {previous!r} is {old}, which the spec also defines "
                            f"(at {origins[old]}); a renamed object has only its new name", origin, path)
        if old in claimed:
            raise SpecError(f"{old} is renamed twice: to {claimed[old].name!r} and to {new.name!r}", origin, path)
        claimed[old] = new
        renames[new] = old

    for schema in document.schemas.values():
        s = schema.name
        for table in schema.tables.values():
            t = table.name
            path = f"schemas.{s}.tables.{t}"
            hint(ObjectKey("table", s, t), table.renamed_from, table.origin, path)
            # (hints are few: the keys of the others are not made)
            for column in table.columns.values():
                if column.renamed_from is not None:
                    hint(ObjectKey("column", s, column.name, t), column.renamed_from, column.origin,
                         path, "columns", column.name)
            for index in table.indexes.values():
                if index.renamed_from is not None:
                    hint(ObjectKey("index", s, index.name), index.renamed_from, index.origin, path, "indexes",
                         index.name)
            for policy in table.policies.values():
                if policy.renamed_from is not None:
                    hint(ObjectKey("policy", s, policy.name, t), policy.renamed_from, policy.origin,
                         path, "policies", policy.name)
        for view in schema.views.values():
            path = f"schemas.{s}.views.{view.name}"
            hint(ObjectKey("view", s, view.name), view.renamed_from, view.origin, path)
            for index in view.indexes.values():
                hint(ObjectKey("index", s, index.name), index.renamed_from, index.origin, path, "indexes", index.name)
    return renames


def _grant_targets(document: SpecDocument) -> Iterable[ObjectKey]:
    return _grant_roles(document).keys()


def _grant_roles(document: SpecDocument) -> dict[ObjectKey, frozenset[str]]:
    """Objects with `grants:` and the roles named there (their privileges are managed;
    other roles' privileges on the object are left alone). ``public`` is ``PUBLIC``."""
    roles: dict[ObjectKey, frozenset[str]] = {}

    def named(grants) -> frozenset[str]:
        return frozenset("PUBLIC" if role.lower() == "public" else role for role in grants)

    for schema in document.schemas.values():
        s = schema.name
        if schema.grants is not None:
            roles[ObjectKey("schema", s, s)] = named(schema.grants)
        kinds = (("sequence", schema.sequences), ("function", schema.functions), ("aggregate", schema.aggregates),
                 ("table", schema.tables), ("view", schema.views))
        for kind, objects in kinds:
            for obj in objects.values():
                if obj.grants is not None:
                    roles[ObjectKey(kind, s, obj.name)] = named(obj.grants)
    return roles
