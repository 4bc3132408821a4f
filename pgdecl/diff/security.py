"""Comparators for policies and privileges (row-level security itself is a table attribute)."""

from __future__ import annotations

from collections.abc import Iterator

from pgdecl.catalog.model import AclItem, ObjectKey, Policy, Privilege
from pgdecl.diff.context import DiffContext, added, common, removed
from pgdecl.diff.indexes import _gone_relation
from pgdecl.diff.ops import (
    AddColumn, AlterDefaultPrivileges, AlterPolicy, CreatePolicy, DefinitionDiffers, DropColumn, DropPolicy, Grant, Op,
    Revoke, SetComment, replacing,
)


def policy_signature(policy: Policy) -> str:
    """What ALTER POLICY cannot change: command, permissive/restrictive, and
    whether USING / WITH CHECK are present (ALTER POLICY cannot remove one)."""
    return f"{policy.command}|{policy.permissive}|{policy.using is not None}|{policy.check is not None}"


def alterable(old: Policy, new: Policy) -> bool:
    if (old.command, old.permissive) != (new.command, new.permissive):
        return False
    return not ((old.using is not None and new.using is None) or (old.check is not None and new.check is None))


def diff_policies(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.policies, ctx.desired.policies
    for key in added(live, desired):
        yield CreatePolicy(desired[key])
        if desired[key].comment:
            yield SetComment(key, desired[key].comment)
    for key in removed(live, desired):
        policy = live[key]
        if not _gone_relation(ctx, policy.schema, policy.table):
            yield DropPolicy(policy)
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if (old.roles, old.using, old.check) != (new.roles, new.using, new.check) or \
                (old.command, old.permissive) != (new.command, new.permissive):
            if alterable(old, new):
                yield AlterPolicy(old, new)
            else:
                yield replacing(DropPolicy(old, when=(DefinitionDiffers(key, policy_signature(new)),)))
                yield replacing(CreatePolicy(new))
        if old.comment != new.comment:
            yield SetComment(key, new.comment)


GRANTABLE_KINDS = frozenset({"schema", "table", "view", "sequence", "function", "aggregate"})


def recreated_objects(ctx: DiffContext, ops: list[Op]) -> set[ObjectKey]:
    """Objects the plan creates anew: absent from the live database, or dropped and created
    again (a replaced view, function or table). Either way CREATE gives them the server's
    default privileges, not the ones they hold now."""
    live = ctx.live.all_objects()
    # a column added or dropped is keyed by its table, which stays: its privileges too
    whole = [op for op in ops if op.key.kind in GRANTABLE_KINDS and not isinstance(op, (AddColumn, DropColumn))]
    dropped = {op.key for op in whole if op.action == "drop"}
    return {op.key for op in whole if op.action == "create" and (op.key not in live or op.key in dropped)}


def diff_privileges(ctx: DiffContext, fresh: set[ObjectKey] = frozenset()) -> Iterator[Op]:
    """Grants and revokes for the (object, role) pairs the spec manages.

    ``fresh`` objects are created by this plan: CREATE gives them built-in and default
    privileges (PUBLIC EXECUTE on functions, ALTER DEFAULT PRIVILEGES grants), so every
    managed role first loses everything (REVOKE ALL) and then gets exactly what the spec
    lists. A replaced object also gets back the privileges of the roles the spec does not
    manage, which the drop took away.
    """
    targets = ctx.grant_targets
    procedures = {key for catalog in (ctx.live, ctx.desired)
                  for key, fn in catalog.functions.items() if fn.kind == "procedure"}

    def grant(privilege: Privilege, **kw) -> Op:          # ON PROCEDURE when it is one
        return Grant(privilege, procedure=privilege.target in procedures, **kw)

    def revoke(privilege: Privilege) -> Op:
        return Revoke(privilege, procedure=privilege.target in procedures)

    def managed(priv_key) -> bool:
        target, grantee = priv_key[0], priv_key[1]
        return targets is None or grantee in targets.get(target, ())

    live = {k: v for k, v in ctx.live.privileges.items() if managed(k) and k[0] not in fresh}
    desired = {k: v for k, v in ctx.desired.privileges.items() if managed(k)}
    for target in sorted(fresh):
        if targets is not None:
            roles = set(targets.get(target, ()))
        else:
            roles = {k[1] for k in desired if k[0] == target} | ({"PUBLIC"} if target.kind in ("function", "aggregate") else set())
        for role in sorted(roles):
            yield revoke(Privilege(target, role, "ALL"))
        if target in ctx.live.all_objects():
            columns = {c[0] if isinstance(c, tuple) else c.name
                       for c in getattr(ctx.desired.all_objects().get(target), "columns", ())}
            for key, privilege in sorted(ctx.live.privileges.items()):
                if key[0] == target and not managed(key) and (not privilege.column or privilege.column in columns):
                    yield grant(privilege, replace=True)   # restored: the drop took it away
    for key in added(live, desired):
        yield grant(desired[key])
    for key in removed(live, desired):
        target = key[0]
        if target in ctx.live.all_objects() and target not in ctx.desired.all_objects():
            continue    # the object itself is dropped
        yield revoke(live[key])
    for key in common(live, desired):
        if live[key].grantable != desired[key].grantable:
            yield grant(desired[key]) if desired[key].grantable else revoke(live[key])


def diff_default_privileges(ctx: DiffContext) -> Iterator[Op]:
    """GRANT / REVOKE of default privileges, for the (schema, creating role) pairs the spec
    manages. An entry is compared as the ACL PostgreSQL stores; a missing entry means its
    built-in value (global: acldefault, schema: nothing), so removing one from the spec
    resets it: PostgreSQL deletes an entry that comes back to that value."""
    live, desired = ctx.live.default_privileges, ctx.desired.default_privileges
    scopes = ctx.default_privilege_scopes
    keys = {key for key in live.keys() | desired.keys() if scopes is None or (key.schema, key.parent) in scopes}
    for key in sorted(keys):
        old, new = live.get(key), desired.get(key)
        entry = old if old is not None else new
        assert entry is not None            # the key comes from one of the two sides
        baseline = entry.builtin
        have = set(old.grants if old is not None else baseline)
        want = set(new.grants if new is not None else baseline)
        if have != want:
            yield from _default_privilege_changes(key, have, want)


def _default_privilege_changes(key: ObjectKey, have: set[AclItem], want: set[AclItem]) -> Iterator[Op]:
    for grantee in sorted({item[0] for item in have | want}):
        held = {privilege: grantable for g, privilege, grantable in have if g == grantee}
        wanted = {privilege: grantable for g, privilege, grantable in want if g == grantee}

        def change(privileges, grant: bool, grantable: bool = False) -> Iterator[Op]:
            if privileges:
                yield AlterDefaultPrivileges(key.parent, key.schema, key.name, grantee, tuple(sorted(privileges)),
                                             grant, grantable)

        yield from change([p for p in held if p not in wanted], grant=False)
        yield from change([p for p, g in wanted.items() if not g and p not in held], grant=True)
        yield from change([p for p, g in wanted.items() if g and not held.get(p)], grant=True, grantable=True)
        yield from change([p for p, g in wanted.items() if not g and held.get(p)], grant=False, grantable=True)
