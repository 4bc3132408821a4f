"""Whose is each row: the owner column of every table, found from policies, helper functions,
foreign keys to auth.users, membership tables, or the spec's ``verify_rls:`` hints."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from graphlib import CycleError, TopologicalSorter
from typing import Any

from pglast import parser
from pglast.parser import ParseError

from pgdecl.catalog.model import Catalog, Constraint, Function, ObjectKey, Table
from pgdecl.errors import PgdeclError
from pgdecl.spec.model import VerifyRlsSpec

AUTH_USERS = ("auth", "users")
_UID_CALLS = {("auth", "uid"), ("auth", "jwt")}

# in a function body: a parameter compared with auth.uid() (bodies are not parsed: plpgsql)
_UID_TEXT = r"(?:\(\s*select\s+auth\.uid\s*\(\s*\)(?:\s+as\s+\w+)?\s*\)|auth\.uid\s*\(\s*\)|" \
            r"\(?\s*\(?\s*auth\.jwt\s*\(\s*\)\s*->>\s*'sub'(?:::text)?\s*\)?(?:::uuid)?\s*\)?)"


@dataclass(frozen=True, slots=True)
class Link:
    """A foreign key (or a column standing for one) from a table to the row that owns it."""

    columns: tuple[str, ...]
    parent: ObjectKey
    ref_columns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Owner:
    """How a table's rows belong to a user.

    ``user``: ``columns`` hold the user's id. ``tenant``: the table is a tenant (an organisation) a
    membership table ties users to; each simulated user gets one of their own. ``parent``: the row
    belongs to whoever owns the row ``link`` points at.
    """

    kind: str                                   # user | tenant | parent
    columns: tuple[str, ...] = ()               # user: the owner columns
    link: Link | None = None                    # parent
    why: str = ""                               # how it was found (for the report)


@dataclass(slots=True)
class Ownership:
    owners: dict[ObjectKey, Owner] = field(default_factory=dict)
    order: list[ObjectKey] = field(default_factory=list)       # tables to seed, parents first


# --- expressions -----------------------------------------------------------------------------

def _parse_expression(text: str) -> dict[str, Any] | None:
    try:
        statements = json.loads(parser.parse_sql_json(f"SELECT ({text})")).get("stmts", [])
    except ParseError:
        return None
    return statements[0]["stmt"] if statements else None


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _names(node: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(part["String"]["sval"] for part in node.get(key, []) if "String" in part)


def _column(node: dict[str, Any]) -> str | None:
    """The column a ColumnRef (under casts) names."""
    while "TypeCast" in node:
        node = node["TypeCast"]["arg"]
    if "ColumnRef" in node:
        fields = _names(node["ColumnRef"], "fields")
        return fields[-1] if fields else None
    return None


def _calls_uid(node: dict[str, Any]) -> bool:
    """An expression of the caller's identity: calls auth.uid()/auth.jwt() and reads no column."""
    calls = columns = False
    for child in _walk(node):
        if "FuncCall" in child:
            name = _names(child["FuncCall"], "funcname")
            calls |= name in _UID_CALLS
        if "ColumnRef" in child:
            columns = True
    return calls and not columns


def uid_columns(expression: str) -> set[str]:
    """Columns an expression compares with the caller's id: ``auth.uid() = owner``,
    ``(select auth.uid()) = owner``, ``(auth.jwt() ->> 'sub')::uuid = owner``."""
    tree = _parse_expression(expression)
    found: set[str] = set()
    for node in _walk(tree):
        expr = node.get("A_Expr")
        if not expr or expr.get("kind") != "AEXPR_OP" or _names(expr, "name") != ("=",) or "rexpr" not in expr \
                or "lexpr" not in expr:
            continue
        for one, other in ((expr["lexpr"], expr["rexpr"]), (expr["rexpr"], expr["lexpr"])):
            column = _column(one)
            if column and _calls_uid(other):
                found.add(column)
    return found


def function_calls(expression: str) -> list[tuple[tuple[str, ...], list[str | None]]]:
    """(name, argument columns) of every function called in an expression."""
    calls = []
    for node in _walk(_parse_expression(expression)):
        if "FuncCall" in node:
            call = node["FuncCall"]
            calls.append((_names(call, "funcname"), [_column(a) for a in call.get("args", [])]))
    return calls


def _functions_named(catalog: Catalog, name: tuple[str, ...]) -> list[Function]:
    if not name or name in _UID_CALLS:
        return []
    schema, base = (name[0], name[1]) if len(name) == 2 else ("public", name[0])
    return [f for _, f in sorted(catalog.functions.items()) if (f.schema, f.name) == (schema, base)]


def _parameters(function: Function) -> list[str]:
    names = []
    for argument in (a.strip() for a in function.identity_args.split(",") if a.strip()):
        words = argument.split()
        if words[0].lower() in ("in", "out", "inout", "variadic"):
            words = words[1:]
        names.append(words[0].strip('"') if len(words) > 1 else "")
    return names


def _body(function: Function) -> str:
    return function.definition


def helper_owner_positions(function: Function) -> set[int]:
    """Positions (0-based) of the parameters a helper function compares with auth.uid()."""
    body = _body(function)
    found = set()
    for position, name in enumerate(_parameters(function)):
        names = [re.escape(f"${position + 1}")] + ([re.escape(name)] if name else [])
        for ref in names:
            term = rf"(?<![\w.$]){ref}(?![\w$])"
            if re.search(rf"{term}\s*=\s*{_UID_TEXT}|{_UID_TEXT}\s*=\s*{term}", body, re.I):
                found.add(position)
    return found


# --- tables ----------------------------------------------------------------------------------

def foreign_keys(table: Table, catalog: Catalog) -> list[Constraint]:
    return sorted((c for c in catalog.constraints.values()
                   if c.kind == "f" and (c.schema, c.table) == (table.schema, table.name)), key=lambda c: c.name)


def primary_key(table: Table, catalog: Catalog) -> tuple[str, ...]:
    for constraint in catalog.constraints.values():
        if constraint.kind == "p" and (constraint.schema, constraint.table) == (table.schema, table.name):
            return constraint.columns
    return ()


def _parent(fk: Constraint) -> ObjectKey | None:
    return ObjectKey("table", fk.ref_table.schema, fk.ref_table.name) if fk.ref_table else None


def _policy_texts(table: Table, catalog: Catalog) -> list[str]:
    return [text for p in catalog.policies.values() if (p.schema, p.table) == (table.schema, table.name)
            for text in (p.using, p.check) if text]


def pinned_columns(expression: str, catalog: Catalog) -> dict[str, str]:
    """Columns an expression compares with the caller's id, directly or through a helper
    function's body -> how."""
    found = {column: "compared with the caller's id in a policy" for column in uid_columns(expression)}
    for name, arguments in function_calls(expression):
        for function in _functions_named(catalog, name):
            for position in helper_owner_positions(function):
                column = arguments[position] if position < len(arguments) else None
                if column:
                    found[column] = f"compared with the caller's id in {function.schema}.{function.signature}"
    return found


def _user_columns(table: Table, catalog: Catalog) -> dict[str, str]:
    """Owner columns of a table -> how each was found."""
    names = {c.name for c in table.columns}
    found: dict[str, str] = {}
    for fk in foreign_keys(table, catalog):
        if fk.ref_table and tuple(fk.ref_table) == AUTH_USERS and len(fk.columns) == 1:
            found.setdefault(fk.columns[0], "references auth.users")
    for text in _policy_texts(table, catalog):
        found.update({c: why for c, why in pinned_columns(text, catalog).items() if c in names})
    return found


def _mentions(texts: list[str], table: Table) -> bool:
    pattern = re.compile(rf"(?<![\w$]){re.escape(table.name)}(?![\w$])")
    return any(pattern.search(text) for text in texts)


def _policy_and_helper_texts(table: Table, catalog: Catalog) -> list[str]:
    texts = _policy_texts(table, catalog)
    for text in list(texts):
        for name, _ in function_calls(text):
            texts += [_body(f) for f in _functions_named(catalog, name)]
    return texts


def _relation_hint(hints: VerifyRlsSpec, key: ObjectKey):
    return hints.tables.get(f"{key.schema}.{key.name}") or (hints.tables.get(key.name) if key.schema == "public"
                                                           else None)


def find_owners(catalog: Catalog, hints: VerifyRlsSpec) -> dict[ObjectKey, Owner]:
    """The owner of every table it can be found for."""
    owners: dict[ObjectKey, Owner] = {}
    for key, table in sorted(catalog.tables.items()):
        hint = _relation_hint(hints, key)
        if hint is not None and hint.owner:
            if table.column(hint.owner) is None:
                raise PgdeclError(f"{hint.origin}: verify_rls: table {key.schema}.{key.name} has no column "
                                  f"{hint.owner!r}")
            owners[key] = Owner("user", (hint.owner,), why="named in verify_rls")
            continue
        columns = _user_columns(table, catalog)
        if columns:
            owners[key] = Owner("user", tuple(sorted(columns)), why="; ".join(
                f"{c}: {why}" for c, why in sorted(columns.items())))
    # membership tables: a user-owned table with a foreign key to a tenant, used in another table's policy
    memberships = [(key, fk) for key in sorted(owners) for fk in foreign_keys(catalog.tables[key], catalog)
                   if (parent := _parent(fk)) in catalog.tables and parent not in owners]
    for key, table in sorted(catalog.tables.items()):
        texts = _policy_and_helper_texts(table, catalog)
        for member, fk in memberships:
            tenant = _parent(fk)
            if member == key or tenant is None or not _mentions(texts, catalog.tables[member]):
                continue
            name = f"{member.schema}.{member.name}"
            if key == tenant and key not in owners:
                owners[key] = Owner("tenant", why=f"a tenant: users belong to it through {name}")
            elif key not in owners:
                link = _tenant_link(table, catalog, fk, tenant)
                if link is not None:
                    owners.setdefault(tenant, Owner("tenant", why=f"a tenant: users belong to it through {name}"))
                    owners[key] = Owner("parent", link=link, why=f"{', '.join(link.columns)}: checked through {name}")
    _owned_through_parents(catalog, owners)
    return owners


def _tenant_link(table: Table, catalog: Catalog, membership_fk: Constraint, tenant: ObjectKey) -> Link | None:
    for fk in foreign_keys(table, catalog):
        if _parent(fk) == tenant:
            return Link(fk.columns, tenant, fk.ref_columns)
    if all(table.column(c) is not None for c in membership_fk.columns):      # same column, no foreign key
        return Link(membership_fk.columns, tenant, membership_fk.ref_columns)
    return None


def _owned_through_parents(catalog: Catalog, owners: dict[ObjectKey, Owner]) -> None:
    """Tables that reference an owned table belong to whoever owns the row they reference."""
    changed = True
    while changed:
        changed = False
        for key, table in sorted(catalog.tables.items()):
            if key in owners:
                continue
            for fk in foreign_keys(table, catalog):
                parent = _parent(fk)
                if parent in owners and parent != key:
                    owners[key] = Owner("parent", link=Link(fk.columns, parent, fk.ref_columns),
                                        why=f"{', '.join(fk.columns)} references {parent.schema}.{parent.name}")
                    changed = True
                    break


def seed_order(catalog: Catalog, tables: set[ObjectKey], owners: dict[ObjectKey, Owner]
               ) -> tuple[list[ObjectKey], set[ObjectKey]]:
    """``tables`` plus the parents their NOT NULL foreign keys need, parents first; and the tables
    left out because their foreign keys form a cycle (or they need a table that is in one)."""
    seeded = set(tables)
    stack = list(tables)
    while stack:
        table = catalog.tables[stack.pop()]
        for fk in foreign_keys(table, catalog):
            parent = _parent(fk)
            required = all((c := table.column(name)) is not None and c.not_null for name in fk.columns)
            if parent in catalog.tables and parent not in seeded and (required or parent in owners):
                seeded.add(parent)
                stack.append(parent)
    for key in list(seeded):
        owner = owners.get(key)
        if owner and owner.link and owner.link.parent in catalog.tables:
            seeded.add(owner.link.parent)
    graph: dict[ObjectKey, set[ObjectKey]] = {}
    for key in seeded:
        parents = {p for fk in foreign_keys(catalog.tables[key], catalog) if (p := _parent(fk)) in seeded}
        owner = owners.get(key)
        if owner and owner.link:
            parents.add(owner.link.parent)
        graph[key] = parents - {key}
    cyclic: set[ObjectKey] = set()
    while True:
        try:
            order = list(TopologicalSorter({k: sorted(v) for k, v in sorted(graph.items())}).static_order())
            return order, cyclic
        except CycleError as exc:       # left out: the tables of the cycle and every table that needs one
            cyclic |= set(exc.args[1])
            changed = True
            while changed:
                changed = False
                for key, parents in list(graph.items()):
                    if key in cyclic or parents & cyclic:
                        cyclic.add(key)
                        del graph[key]
                        changed = True
            graph = {k: v - cyclic for k, v in graph.items()}
