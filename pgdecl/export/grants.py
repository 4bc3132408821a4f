"""Privileges: an object's ``grants:`` and the ``default_privileges:`` entries."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from pgdecl.catalog.model import ObjectKey
from pgdecl.export.context import ExportContext
from pgdecl.export.document import Document

_DEFAULT_ACL_TYPE = {"table": "r", "view": "r", "sequence": "S", "function": "f"}


def _word(privilege: str, grantable: bool) -> str:
    """A privilege as the spec writes it: ``select``, ``select with grant option``."""
    return privilege.lower() + (" with grant option" if grantable else "")


def grants(ctx: ExportContext, body: Document, target: ObjectKey, kind: str) -> None:
    held = ctx.privileges.get(target, [])
    by_role: dict[str, list] = defaultdict(list)
    for privilege in held:
        by_role["public" if privilege.grantee == "PUBLIC" else privilege.grantee].append(privilege)
    objtype = _DEFAULT_ACL_TYPE.get(kind)
    if objtype is not None:
        # a role that default privileges would give something to, but that holds nothing
        # here, is named with an empty list: the spec then revokes what the defaults give
        for role in ctx.extras.default_grantees.get((target.schema, objtype), set()) | \
                ctx.extras.default_grantees.get(("", objtype), set()):
            by_role.setdefault(role, [])
    if kind == "schema" and target.name == "public" and "public" not in by_role:
        by_role["public"] = []      # PostgreSQL gives PUBLIC USAGE on schema public; it was revoked
    if kind == "function":
        public = by_role.get("public", [])
        if [p.privilege for p in public] == ["EXECUTE"] and len(by_role) == 1:
            return                  # the built-in default: EXECUTE to PUBLIC only
        if not public:
            by_role["public"] = []  # REVOKE EXECUTE ... FROM PUBLIC
    # a role of the schema's `grantees` holds nothing where it is not listed (but PUBLIC
    # EXECUTE on a function: `public: []` stays)
    by_role = defaultdict(list, {role: items for role, items in by_role.items()
                                 if items or role not in ctx.grantees or (kind, role) == ("function", "public")})
    if not by_role:
        return
    result: Document = {}
    for role in sorted(by_role):
        whole = sorted({_word(p.privilege, p.grantable) for p in by_role[role] if not p.column})
        columns: dict[str, list[str]] = defaultdict(list)
        for p in by_role[role]:
            if p.column:
                columns[_word(p.privilege, p.grantable)].append(p.column)
        items: list[Any] = list(whole)
        items += [{priv: sorted(cols)} for priv, cols in sorted(columns.items())]
        result[role] = items
    body["grants"] = result


def default_privileges(ctx: ExportContext, schema: str) -> Document:
    """The entries of ``schema`` ('' = the global ones), by creating role then kind. A global
    entry is written as its difference from the built-in defaults (a grantee holding what
    they give is left out; one holding less is listed, with [] for nothing); a schema
    entry lists everything it adds."""
    by_role: Document = {}
    entries = [e for e in ctx.catalog.default_privileges.values() if e.schema == schema]
    if not entries:
        return by_role
    from pgdecl.spec.model import DEFAULT_PRIVILEGE_KINDS     # imported when needed: 0.05 s

    entries.sort(key=lambda e: (e.role, DEFAULT_PRIVILEGE_KINDS.index(e.kind)))
    for entry in entries:
        held: dict[str, set[str]] = defaultdict(set)
        for grantee, privilege, grantable in entry.grants:
            held[grantee].add(_word(privilege, grantable))
        builtin: dict[str, set[str]] = defaultdict(set)
        for grantee, privilege, grantable in entry.builtin:
            builtin[grantee].add(_word(privilege, grantable))
        found = {("public" if grantee == "PUBLIC" else grantee): sorted(held[grantee])
                 for grantee in sorted(held.keys() | builtin.keys()) if held[grantee] != builtin[grantee]}
        if found:
            by_role.setdefault(entry.role, {})[entry.kind] = found
    return by_role
