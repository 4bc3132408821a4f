"""Saved plans (`plan --out plan.json`): pinned to a fingerprint of the live catalog."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import psycopg

from pgdecl.apply import ApplyError, ApplyOptions, PlanOutdated, apply_plan
from pgdecl.catalog.introspect import introspect
from pgdecl.engine import read_live
from pgdecl.errors import PgdeclError
from pgdecl.plan import PLAN_FORMAT_VERSION, Hazard, HazardKind, Lock, Plan, Step, fingerprint


def load_saved_plan(path: Path) -> tuple[Plan, tuple[str, ...]]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise PgdeclError(f"{path}: not a readable plan file: {exc}") from None
    if document.get("format_version") != PLAN_FORMAT_VERSION:
        raise PgdeclError(f"{path}: plan format {document.get('format_version')!r} is not {PLAN_FORMAT_VERSION}")
    steps = []
    for raw in document["steps"]:
        op = SavedOp(raw["description"], raw["action"], raw["destructive"])
        op.before_transaction = bool(raw.get("before_transaction", False))
        hazards = tuple(Hazard(HazardKind(h["kind"]), h["message"]) for h in raw["hazards"])
        lock = Lock(raw["lock"]["level"], raw["lock"]["relation"]) if raw.get("lock") else None
        steps.append(Step(op, tuple(raw["sql"]), hazards, raw["transactional"], lock))  # type: ignore[arg-type]
    return Plan(steps=steps, fingerprint=document["fingerprint"]), tuple(document.get("schemas", ()))


class SavedOp:
    """The operation of a saved step: its description, action and destructiveness survive."""

    def __init__(self, description: str, action: str, destructive: bool) -> None:
        self._description = description
        self.action = "drop" if destructive else ("create" if action == "replace" else action)
        self.replace = action == "replace" and not destructive
        self.key = description
        self.before_transaction = False

    def describe(self) -> str:
        return self._description


def live_fingerprint(schemas: tuple[str, ...]) -> Callable[[psycopg.Connection], str]:
    """The check apply runs once it holds the advisory lock: the fingerprint of the managed schemas now."""
    def current(conn: psycopg.Connection) -> str:
        return fingerprint(introspect(conn, schemas))
    return current


def apply_saved_plan(path: Path, dsn: str, options: ApplyOptions,
                     confirm: Callable[[], bool] | None = None) -> int:
    plan, schemas = load_saved_plan(path)
    live = read_live(dsn, schemas, options.lock_timeout)
    if fingerprint(live) != plan.fingerprint:
        raise ApplyError(f"{path}: the database changed since this plan was made "
                         f"(fingerprint {fingerprint(live)}, plan made against {plan.fingerprint}); "
                         "run `pgdecl plan` again")
    if confirm is not None and not confirm():
        raise ApplyError("not applied")
    try:
        return apply_plan(plan, dsn, options, current_fingerprint=live_fingerprint(schemas))
    except PlanOutdated as exc:
        raise ApplyError(f"{path}: {exc}; run `pgdecl plan` again") from None
