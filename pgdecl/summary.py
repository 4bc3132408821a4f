"""What changes in each object of a plan (`--format summary`): a DeepDiff of the live and desired object."""

from __future__ import annotations

import dataclasses
from dataclasses import replace as dc_replace
from typing import Any

from pgdecl.catalog.model import ObjectKey
from pgdecl.diff import ops as o

# catalog field → the word the spec uses for it
_LABELS = {
    "method": "using", "command": "for", "roles": "to", "check": "with_check",
    "rls_enabled": "row_level_security", "rls_forced": "force_row_level_security",
    "definition": "definition", "not_null": "not null", "check_option": "check_option",
}
# never shown: where the object came from, its size, what only names it
_HIDDEN = {"origin", "size_bytes", "populated", "schema", "table", "name"}
# only shown when nothing more specific differs (they repeat the other fields as text)
_FALLBACK = {"definition"}
_WIDTH = 70


def _subject(op: o.Op) -> Any:
    """The catalog object an operation creates, drops or ends with."""
    for name in ("new", "index", "constraint", "policy", "view", "function", "aggregate", "operator", "operator_class", "family", "wrapper", "server", "mapping", "trigger", "column", "sequence",
                 "table", "extension", "schema"):
        value = getattr(op, name, None)
        if value is not None and dataclasses.is_dataclass(value):
            return value
    return None


def _old_new(op: o.Op) -> tuple[Any, Any]:
    old = getattr(op, "old", None)
    if old is not None and dataclasses.is_dataclass(old):
        return old, _subject(op)
    return None, None


def _fields(value: Any, only: tuple[str, ...] | None) -> dict[str, Any]:
    return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)
            if f.name not in _HIDDEN and (only is None or f.name in only)}


def _short(value: Any, width: int | None = _WIDTH) -> str:
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, tuple) and all(isinstance(v, tuple) and len(v) == 2 for v in value):
        text = "[" + ", ".join(f"{k}={v}" for k, v in value) + "]"     # options: (('security_invoker', 'true'),)
    elif isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        text = "[" + ", ".join(value) + "]"
    elif isinstance(value, tuple) and all(dataclasses.is_dataclass(v) for v in value):
        text = "[" + ", ".join(getattr(v, "name", "?") for v in value) + "]"
    elif value is None:
        text = "(none)"
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if width is None or len(text) <= width else text[:width - 1] + "…"


def object_changes(old: Any, new: Any, only: tuple[str, ...] | None = None,
                   width: int | None = _WIDTH) -> list[str]:
    """``field: old → new`` for every top-level field DeepDiff finds changed (in field order);
    each value cut to ``width`` characters (None: never cut)."""
    from deepdiff import DeepDiff

    before, after = _fields(old, only), _fields(new, only)
    changed = set(DeepDiff(before, after, ignore_order=False).affected_root_keys)
    if changed - _FALLBACK:
        changed -= _FALLBACK
    return [f"{_LABELS.get(name, name)}: {_short(before[name], width)} → {_short(after[name], width)}"
            for name in before if name in changed]


def _only(op: o.Op) -> tuple[str, ...] | None:
    """The fields an in-place step changes (the others are other steps' business)."""
    if isinstance(op, o.AlterColumn):
        return {"type": ("type", "collation"), "generated": ("generated", "virtual")}.get(op.change, (op.change,))
    if isinstance(op, o.SetRowLevelSecurity):
        return ("rls_enabled", "rls_forced")
    if isinstance(op, o.SetTableStorage):
        return ("unlogged", "options")
    if isinstance(op, o.AlterViewOptions):
        return ("options", "check_option")
    return None


def step_changes(steps: list[Any], width: int | None = _WIDTH) -> dict[int, list[str]]:
    """Position of a step in ``steps`` → what it changes in its object (values cut to ``width``).

    In-place steps carry the old object; a replacement is a drop and a create of the same
    object (or, for an online index swap, a rename aside and a create), paired here.
    """
    replaced: dict[ObjectKey, Any] = {}
    found: dict[int, list[str]] = {}
    for position, step in enumerate(steps):
        op = step.op
        if not isinstance(op, o.Op):
            continue                                   # a saved plan's steps keep no objects
        old, new = _old_new(op)
        if isinstance(op, o.RenameIndex):
            replaced[ObjectKey("index", op.index.schema, op.from_name)] = dc_replace(op.index, name=op.from_name)
            continue
        if old is None and op.replace:
            if op.action == "drop":
                replaced[op.key] = _subject(op)
                continue
            old, new = replaced.pop(op.key, None), _subject(op)
        if old is not None and new is not None and type(old) is type(new):
            lines = object_changes(old, new, _only(op), width)
            if lines:
                found[position] = lines
    return found


# --- the summary as printed (`plan --format summary`, `apply`) ---

_SIGN = {"create": "+", "alter": "~", "replace": "-/+", "drop": "-", "grant": "+", "revoke": "-"}
_COLOR = {"create": "green", "alter": "yellow", "replace": "magenta", "drop": "red", "grant": "green",
          "revoke": "yellow"}


def summary_kind(step: Any) -> str:
    """How the summary shows and counts a step: its action, or grant / revoke for a
    privilege change (the object stays: a REVOKE is no drop)."""
    op = step.op
    if isinstance(op, o.Grant) or isinstance(op, o.AlterDefaultPrivileges) and op.grant:
        return "grant"
    if isinstance(op, o.Revoke) or isinstance(op, o.AlterDefaultPrivileges):
        return "revoke"
    return step.action


def starting_privileges(steps: list[Any]) -> set[int]:
    """Positions of the REVOKEs that start an object this plan creates (new or replaced): CREATE
    gives it built-in and default privileges, taken back before the spec's are granted.
    Part of creating the object, not a change of an existing one."""
    created = {step.op.key for step in steps
               if isinstance(step.op, o.Op) and step.op.action == "create"
               and not isinstance(step.op, (o.Grant, o.AddColumn))}
    return {position for position, step in enumerate(steps)
            if isinstance(step.op, o.Revoke) and step.op.privilege.privilege == "ALL" and step.op.key in created}


def print_summary(plan: Any, out: Any = None) -> None:
    """The plan for people: one line per step, what changes in its object, its hazards,
    and the counts. Values are cut to one line on a terminal only: piped or saved
    output keeps whole policy expressions and definitions."""
    import sys

    from rich.console import Console
    from rich.markup import escape

    console = Console(file=out or sys.stdout, highlight=False, soft_wrap=True)
    if plan.empty:
        console.print(escape(plan.unmanaged_notice() or "No changes. The database matches the spec."))
        return
    changes = step_changes(plan.steps, _WIDTH if console.is_terminal else None)
    starting = starting_privileges(plan.steps)
    counts: dict[str, int] = {}
    for position, step in enumerate(plan.steps):
        kind = summary_kind(step)
        console.print(f"[{_COLOR[kind]}]{_SIGN[kind]} {escape(step.op.describe())}[/]")
        if position in starting:
            console.print("    (starting privileges of an object this plan creates)")
        else:
            counts[kind] = counts.get(kind, 0) + 1
        for change in changes.get(position, ()):
            console.print(f"    {escape(change)}")
        for hazard in step.hazards:
            console.print(f"    [bold red]! {hazard.kind.value}[/]: {escape(hazard.message)}")
    objects = [f"{counts[a]} to {a}" for a in ("create", "alter", "replace", "drop") if a in counts]
    privileges = [f"{counts[a]} to {a}" for a in ("grant", "revoke") if a in counts]
    line = ", ".join(objects) or "no object changes"
    if privileges:
        line += "; privileges: " + ", ".join(privileges)
    console.print(f"Plan: {line}.")
