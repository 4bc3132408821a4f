"""Comparators for policies and privileges (row-level security itself is a table attribute)."""

from __future__ import annotations

from collections.abc import Iterator

from pgdecl.catalog.model import Policy
from pgdecl.diff.context import DiffContext, added, common, removed
from pgdecl.diff.indexes import _gone_relation
from pgdecl.diff.ops import (
    AlterPolicy, CreatePolicy, DefinitionDiffers, DropPolicy, Grant, Op, Revoke,
    SetComment, replacing,
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


def diff_privileges(ctx: DiffContext) -> Iterator[Op]:
    targets = ctx.grant_targets

    def managed(priv_key) -> bool:
        target, grantee = priv_key[0], priv_key[1]
        return targets is None or grantee in targets.get(target, ())

    live = {k: v for k, v in ctx.live.privileges.items() if managed(k)}
    desired = {k: v for k, v in ctx.desired.privileges.items() if managed(k)}
    for key in added(live, desired):
        yield Grant(desired[key])
    for key in removed(live, desired):
        target = key[0]
        if target in ctx.live.all_objects() and target not in ctx.desired.all_objects():
            continue    # the object itself is dropped
        yield Revoke(live[key])
    for key in common(live, desired):
        if live[key].grantable != desired[key].grantable:
            yield Grant(desired[key]) if desired[key].grantable else Revoke(live[key])
