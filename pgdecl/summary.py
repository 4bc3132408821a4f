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
    for name in ("new", "index", "constraint", "policy", "view", "function", "aggregate", "trigger", "column", "sequence",
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


def _short(value: Any) -> str:
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
    return text if len(text) <= _WIDTH else text[:_WIDTH - 1] + "…"


def object_changes(old: Any, new: Any, only: tuple[str, ...] | None = None) -> list[str]:
    """``field: old → new`` for every top-level field DeepDiff finds changed (in field order)."""
    from deepdiff import DeepDiff

    before, after = _fields(old, only), _fields(new, only)
    changed = set(DeepDiff(before, after, ignore_order=False).affected_root_keys)
    if changed - _FALLBACK:
        changed -= _FALLBACK
    return [f"{_LABELS.get(name, name)}: {_short(before[name])} → {_short(after[name])}"
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


def step_changes(steps: list[Any]) -> dict[int, list[str]]:
    """Position of a step in ``steps`` → what it changes in its object.

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
            lines = object_changes(old, new, _only(op))
            if lines:
                found[position] = lines
    return found
