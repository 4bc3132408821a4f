"""Explicit renames: the live catalog as it will be once the spec's ``renamed_from`` hints are applied.

The comparators then see a renamed object under its new name, so everything that hangs
on it (indexes, constraints, policies, triggers, privileges) is kept rather than dropped
and created again, and any other change to it is an ordinary ALTER. Catalog text that
names the renamed object is rewritten the way PostgreSQL will print it after the rename
(``CREATE INDEX i ON public.new USING …``, ``REFERENCES public.t(new_column)``); text
that cannot be followed exactly (a view's query) is left as it is, so it differs from the
desired text and is replaced the usual way: never equal by mistake.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable

from pgdecl.catalog.model import Catalog, Dependency, ObjectKey, Privilege, QualifiedName, Table
from pgdecl.diff.ops import Rename

log = logging.getLogger(__name__)

# containers first: a column, index or policy hint names its table by the table's new name
_ORDER = {"table": 0, "view": 0, "column": 1, "index": 2, "policy": 3}

# words PostgreSQL's quote_identifier() quotes: every keyword but the unreserved ones
# (pg_get_keywords() where catcode <> 'U', PostgreSQL 15 to 18)
_KEYWORDS = frozenset("""
all analyse analyze and any array as asc asymmetric authorization between bigint binary bit boolean
both case cast char character check coalesce collate collation column concurrently constraint create
cross current_catalog current_date current_role current_schema current_time current_timestamp
current_user dec decimal default deferrable desc distinct do else end except exists extract false
fetch float for foreign freeze from full grant greatest group grouping having ilike in initially
inner inout int integer intersect interval into is isnull join json json_array json_arrayagg
json_exists json_object json_objectagg json_query json_scalar json_serialize json_table json_value
lateral leading least left like limit localtime localtimestamp merge_action national natural nchar
none normalize not notnull null nullif numeric offset on only or order out outer overlaps overlay
placing position precision primary real references returning right row select session_user setof
similar smallint some substring symmetric system_user table tablesample then time timestamp to
trailing treat trim true union unique user using values varchar variadic verbose when where window
with xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot
xmlserialize xmltable
""".split())

_SAFE = re.compile(r"[a-z_][a-z0-9_]*")
# a string literal, a quoted or plain identifier, '::', or any other single character
_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|[A-Za-z_][A-Za-z0-9_$]*|::|\S")


def quote(name: str) -> str:
    """``name`` as PostgreSQL prints it in deparsed catalog text (quote_identifier)."""
    if _SAFE.fullmatch(name) and name not in _KEYWORDS:
        return name
    return '"' + name.replace('"', '""') + '"'


def qualified(schema: str, name: str) -> str:
    return f"{quote(schema)}.{quote(name)}"


def rename_identifier(text: str, old: str, new: str, *, qualifiers: frozenset[str] = frozenset(),
                      bare: bool = True, as_qualifier: bool = False) -> str:
    """``text`` with the identifier ``old`` replaced by ``new`` (both raw names) where it
    names a column: unqualified when ``bare``, or after one of ``qualifiers`` (quoted
    names); with ``as_qualifier``, only where it qualifies something (``old.column``).
    Never a function name, a type after ``::``, or the name part of ``x.old`` otherwise."""
    old_q, new_q = quote(old), quote(new)
    if old_q not in text:
        return text
    tokens = list(_TOKEN.finditer(text))
    pieces: list[str] = []
    last = 0
    for i, token in enumerate(tokens):
        if token.group() != old_q:
            continue
        prev = tokens[i - 1].group() if i > 0 else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        adjacent = after is not None and after.start() == token.end()
        if prev == "::" or (adjacent and after.group() == "(") or (adjacent and after.group()[0] == "'"):
            continue                       # a type, a function call, a typed literal (E'…')
        qualifies = adjacent and after.group() == "."
        if as_qualifier:
            wanted = qualifies and prev != "."
        elif prev == ".":
            outer = tokens[i - 3].group() if i >= 3 else ""
            wanted = tokens[i - 2].group() in qualifiers and outer != "."
        else:
            wanted = bare and not qualifies
        if wanted:
            pieces.append(text[last:token.start()])
            pieces.append(new_q)
            last = token.end()
    pieces.append(text[last:])
    return "".join(pieces)


def follow_renames(live: Catalog, desired: Catalog,
                   renames: dict[ObjectKey, ObjectKey]) -> tuple[Catalog, list[Rename]]:
    """``live`` as it will be after the hinted renames, and the Rename ops that get it there.

    A hint acts only while the old object exists and the new name is free; otherwise
    (already renamed, never existed, both exist) it does nothing.
    """
    if not renames:
        return live, []
    catalog = _copy(live)
    ops: list[Rename] = []
    tables: dict[ObjectKey, str] = {}                  # renamed table (new key) -> old name
    columns: dict[ObjectKey, list[tuple[str, str]]] = {}
    for new, old in sorted(renames.items(), key=lambda item: (_ORDER.get(item[0].kind, 9), item[0])):
        if new.kind in ("table", "view"):
            objects = catalog.by_kind(new.kind)
            if old in objects and not _relation_taken(catalog, new.schema, new.name):
                materialized = bool(getattr(objects[old], "materialized", False))
                _rename_relation(catalog, old, new)
                ops.append(Rename(old, new, materialized=materialized))
                tables[new._replace(kind="table")] = old.name
        elif new.kind == "column":
            table_key = ObjectKey("table", new.schema, new.parent)
            table = catalog.tables.get(table_key)
            if table is not None and table.column(old.name) and not table.column(new.name):
                _rename_column(catalog, table, old.name, new.name)
                ops.append(Rename(old, new))
                columns.setdefault(table_key, []).append((old.name, new.name))
        elif new.kind == "index":
            if old in catalog.indexes and not _relation_taken(catalog, new.schema, new.name):
                _rename_index(catalog, old, new)
                ops.append(Rename(old, new))
        elif new.kind == "policy":
            if old in catalog.policies and new not in catalog.policies:
                policy = catalog.policies.pop(old)
                catalog.policies[new] = dataclasses.replace(policy, name=new.name)
                catalog.dependencies = frozenset(_moved_dependency(d, {old: new}.get) for d in catalog.dependencies)
                ops.append(Rename(old, new))
    ops.extend(_follow_constraint_names(catalog, desired, tables, columns))
    ops.extend(_follow_sequence_names(catalog, desired, tables, columns))
    if not ops:
        return live, []      # every hint already applied (the steady state) or moot
    for op in ops:
        log.info("rename hint: %s", op.describe())
    return catalog, ops


def _copy(live: Catalog) -> Catalog:
    """A copy whose dicts can be changed without touching ``live``."""
    values = {f.name: getattr(live, f.name) for f in dataclasses.fields(live)}
    return Catalog(**{name: dict(value) if isinstance(value, dict) else value for name, value in values.items()})


def _relation_taken(catalog: Catalog, schema: str, name: str) -> bool:
    """Tables, views, sequences, indexes (and the indexes of key constraints) share one namespace."""
    for kind in ("table", "view", "sequence", "index"):
        if ObjectKey(kind, schema, name) in catalog.by_kind(kind):
            return True
    return any(c.schema == schema and c.name == name and c.kind in ("p", "u", "x") for c in catalog.constraints.values())


def _moved_dependency(dep: Dependency, move: Callable[[ObjectKey], ObjectKey | None],
                      column: Callable[[ObjectKey, str], str] | None = None) -> Dependency:
    dependent = move(dep.dependent) or dep.dependent
    referenced = move(dep.referenced) or dep.referenced
    name = column(referenced, dep.column) if column and dep.column else dep.column
    if (dependent, referenced, name) == (dep.dependent, dep.referenced, dep.column):
        return dep
    return Dependency(dependent, referenced, name)


def _rename_relation(catalog: Catalog, old: ObjectKey, new: ObjectKey) -> None:
    """A table or view (and what hangs on it) takes its new name."""
    s, o, n = old.schema, old.name, new.name
    objects = catalog.by_kind(old.kind)
    objects[new] = dataclasses.replace(objects.pop(old), name=n)  # type: ignore[type-var]
    on_old, on_new = f" ON {qualified(s, o)} ", f" ON {qualified(s, n)} "
    only_old, only_new = f" ON ONLY {qualified(s, o)} ", f" ON ONLY {qualified(s, n)} "
    ref_old, ref_new = f"REFERENCES {qualified(s, o)}(", f"REFERENCES {qualified(s, n)}("

    constraints = {}
    for con in catalog.constraints.values():
        if (con.schema, con.table) == (s, o):
            con = dataclasses.replace(con, table=n)
        if con.ref_table == (s, o):
            con = dataclasses.replace(con, ref_table=QualifiedName(s, n),
                                      definition=con.definition.replace(ref_old, ref_new, 1))
        constraints[con.key] = con
    catalog.constraints = constraints
    indexes = {}
    for index in catalog.indexes.values():
        if (index.schema, index.table) == (s, o):
            definition = index.definition.replace(on_old, on_new, 1).replace(only_old, only_new, 1)
            index = dataclasses.replace(index, table=n, definition=definition)
        indexes[index.key] = index
    catalog.indexes = indexes
    policies = {}
    for policy in catalog.policies.values():
        if (policy.schema, policy.table) == (s, o):
            # a subquery names the policy's own table's columns as "table.column"
            policy = dataclasses.replace(
                policy, table=n,
                using=policy.using and rename_identifier(policy.using, o, n, as_qualifier=True),
                check=policy.check and rename_identifier(policy.check, o, n, as_qualifier=True))
        policies[policy.key] = policy
    catalog.policies = policies
    triggers = {}
    for trigger in catalog.triggers.values():
        if (trigger.schema, trigger.table) == (s, o):
            trigger = dataclasses.replace(trigger, table=n, definition=trigger.definition.replace(on_old, on_new, 1))
        triggers[trigger.key] = trigger
    catalog.triggers = triggers
    for key, seq in list(catalog.sequences.items()):
        if seq.owned_by and seq.owned_by[:2] == (s, o):
            catalog.sequences[key] = dataclasses.replace(seq, owned_by=(s, n, seq.owned_by[2]))

    def move(key: ObjectKey) -> ObjectKey | None:
        if key == old:
            return new
        if key.schema == s and key.parent == o and key.kind in ("constraint", "policy", "trigger"):
            return key._replace(parent=n)
        return None

    catalog.privileges = _moved_privileges(catalog, lambda p: dataclasses.replace(p, target=new) if p.target == old else p)
    catalog.dependencies = frozenset(_moved_dependency(d, move) for d in catalog.dependencies)


def _moved_privileges(catalog: Catalog, change: Callable[[Privilege], Privilege]) -> dict:
    moved = (change(p) for p in catalog.privileges.values())
    return {p.key: p for p in moved}


def _rename_column(catalog: Catalog, table: Table, old: str, new: str) -> None:
    """Column ``old`` of ``table`` becomes ``new``, in the table and in the text of what uses it."""
    s, t = table.schema, table.name
    own = frozenset({quote(t)})
    catalog.tables[table.key] = dataclasses.replace(table, columns=tuple(
        dataclasses.replace(c, name=new) if c.name == old else c for c in table.columns))

    def names(values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(new if v == old else v for v in values)

    constraints = {}
    for con in catalog.constraints.values():
        mine = (con.schema, con.table) == (s, t)
        referenced = con.ref_table == (s, t)
        if mine or referenced:
            head, ref, tail = con.definition.partition(" REFERENCES ") if con.kind == "f" else (con.definition, "", "")
            if mine:
                head = rename_identifier(head, old, new)
                con = dataclasses.replace(con, columns=names(con.columns))
            if referenced and ref:
                target, paren, rest = tail.partition("(")
                listed, close, after = rest.partition(")")
                tail = target + paren + rename_identifier(listed, old, new) + close + after
                con = dataclasses.replace(con, ref_columns=names(con.ref_columns))
            con = dataclasses.replace(con, definition=head + ref + tail)
        constraints[con.key] = con
    catalog.constraints = constraints
    for key, index in list(catalog.indexes.items()):
        if (index.schema, index.table) == (s, t):
            head, using, tail = index.definition.partition(" USING ")
            method, paren, keys = tail.partition("(")
            definition = head + using + method + paren + rename_identifier(keys, old, new)
            catalog.indexes[key] = dataclasses.replace(index, definition=definition, columns=names(index.columns))
    for key, policy in list(catalog.policies.items()):
        if (policy.schema, policy.table) == (s, t):
            catalog.policies[key] = dataclasses.replace(
                policy,
                using=policy.using and rename_identifier(policy.using, old, new, qualifiers=own),
                check=policy.check and rename_identifier(policy.check, old, new, qualifiers=own))
    for key, trigger in list(catalog.triggers.items()):
        if (trigger.schema, trigger.table) == (s, t):
            catalog.triggers[key] = dataclasses.replace(trigger, definition=_trigger_columns(trigger.definition, old, new))
    for key, seq in list(catalog.sequences.items()):
        if seq.owned_by == (s, t, old):
            catalog.sequences[key] = dataclasses.replace(seq, owned_by=(s, t, new))
    catalog.privileges = _moved_privileges(
        catalog, lambda p: dataclasses.replace(p, column=new) if p.target == table.key and p.column == old else p)
    catalog.dependencies = frozenset(_moved_dependency(
        d, lambda key: None, lambda ref, column: new if ref == table.key and column == old else column)
        for d in catalog.dependencies)


def _trigger_columns(definition: str, old: str, new: str) -> str:
    """A trigger definition after a column rename: ``UPDATE OF column`` and ``WHEN (old.column …)``."""
    head, of, rest = definition.partition(" UPDATE OF ")
    if of:
        listed, on, after = rest.partition(" ON ")
        definition = head + of + rename_identifier(listed, old, new) + on + after
    head, when, rest = definition.partition(" WHEN (")
    if when:
        condition, execute, after = rest.rpartition(" EXECUTE ")
        renamed = rename_identifier(condition, old, new, qualifiers=frozenset({"old", "new"}), bare=False)
        definition = head + when + renamed + execute + after
    return definition


def _rename_index(catalog: Catalog, old: ObjectKey, new: ObjectKey) -> None:
    index = catalog.indexes.pop(old)
    definition = index.definition
    for prefix in ("CREATE UNIQUE INDEX ", "CREATE INDEX "):
        start = prefix + quote(old.name) + " ON "
        if definition.startswith(start):
            definition = prefix + quote(new.name) + " ON " + definition[len(start):]
            break
    catalog.indexes[new] = dataclasses.replace(index, name=new.name, definition=definition)
    catalog.dependencies = frozenset(_moved_dependency(d, {old: new}.get) for d in catalog.dependencies)


def _followed_name(name: str, table_key: ObjectKey, tables: dict[ObjectKey, str],
                   columns: dict[ObjectKey, list[tuple[str, str]]]) -> str:
    """A default name (``<table>_<column>_<suffix>``) with the old table and column names replaced."""
    old_table = tables.get(table_key)
    if old_table is not None and name.startswith(old_table + "_"):
        name = table_key.name + name[len(old_table):]
    for old, new in columns.get(table_key, ()):
        name = ("_" + name).replace(f"_{old}_", f"_{new}_")[1:]
    return name


def _follow_sequence_names(catalog: Catalog, desired: Catalog, tables: dict[ObjectKey, str],
                           columns: dict[ObjectKey, list[tuple[str, str]]]) -> list[Rename]:
    """The sequence of a serial column (``deals_id_seq``) follows its renamed table or column,
    keeping its current value; the defaults that call nextval() on it name it anew."""
    ops: list[Rename] = []
    for key, seq in sorted(catalog.sequences.items()):
        if key in desired.sequences or not seq.owned_by:
            continue
        table_key = ObjectKey("table", seq.owned_by[0], seq.owned_by[1])
        if table_key not in tables and table_key not in columns:
            continue
        new_key = key._replace(name=_followed_name(seq.name, table_key, tables, columns))
        wanted = desired.sequences.get(new_key)
        if new_key == key or wanted is None or _relation_taken(catalog, key.schema, new_key.name):
            continue
        if dataclasses.replace(wanted, origin=None, comment=seq.comment) != dataclasses.replace(seq, name=new_key.name):
            continue
        del catalog.sequences[key]
        catalog.sequences[new_key] = dataclasses.replace(seq, name=new_key.name)
        call_old = _literal(qualified(key.schema, key.name)) + "::regclass"
        call_new = _literal(qualified(key.schema, new_key.name)) + "::regclass"
        for table_key_, table in list(catalog.tables.items()):
            if any(c.default and call_old in c.default for c in table.columns):
                catalog.tables[table_key_] = dataclasses.replace(table, columns=tuple(
                    dataclasses.replace(c, default=c.default.replace(call_old, call_new)) if c.default else c
                    for c in table.columns))
        catalog.privileges = _moved_privileges(
            catalog, lambda p: dataclasses.replace(p, target=new_key) if p.target == key else p)
        catalog.dependencies = frozenset(_moved_dependency(d, {key: new_key}.get) for d in catalog.dependencies)
        ops.append(Rename(key, new_key))
    return ops


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _follow_constraint_names(catalog: Catalog, desired: Catalog, tables: dict[ObjectKey, str],
                             columns: dict[ObjectKey, list[tuple[str, str]]]) -> list[Rename]:
    """Constraints named by PostgreSQL's default (``deals_pkey``, ``deals_client_id_fkey``)
    follow their renamed table or column: the spec's scratch database named them after the
    new names. A live constraint the spec lacks is renamed when the name with the old table
    or column name replaced is a desired constraint of the same definition that is not live."""
    ops: list[Rename] = []
    for key, con in sorted(catalog.constraints.items()):
        table_key = ObjectKey("table", con.schema, con.table)
        if key in desired.constraints or (table_key not in tables and table_key not in columns):
            continue
        name = _followed_name(con.name, table_key, tables, columns)
        new_key = key._replace(name=name)
        wanted = desired.constraints.get(new_key)
        if name == con.name or wanted is None or new_key in catalog.constraints:
            continue
        if (wanted.kind, wanted.definition) != (con.kind, con.definition):
            continue
        if con.kind in ("p", "u", "x") and _relation_taken(catalog, con.schema, name):
            continue                       # the constraint's index would take a name in use
        del catalog.constraints[key]
        catalog.constraints[new_key] = dataclasses.replace(con, name=name)
        catalog.dependencies = frozenset(_moved_dependency(d, {key: new_key}.get) for d in catalog.dependencies)
        ops.append(Rename(key, new_key))
    return ops
