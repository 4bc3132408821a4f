"""Saved plans (`plan --out plan.json`): pinned to a fingerprint of the live catalog."""

from __future__ import annotations

import json
from dataclasses import replace
from collections.abc import Callable
from pathlib import Path

import psycopg

from pgdecl.apply import ApplyError, ApplyOptions, PlanOutdated, apply_plan
from pgdecl.catalog.introspect import introspect
from pgdecl.engine import read_live
from pgdecl.errors import PgdeclError
from pgdecl.plan import PLAN_FORMAT_VERSION, Hazard, HazardKind, Lock, Plan, Step, fingerprint
from pgdecl.plan_audit import EditedPlan, Findings


def load_saved_plan(path: Path) -> tuple[Plan, tuple[str, ...]]:
    """The plan saved in ``path``, its hazards re-derived from its SQL (``plan_audit``): a
    flag written in the file can only add to them, and SQL pgdecl would not write is refused."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise PgdeclError(f"{path}: not a readable plan file: {exc}") from None
    if not isinstance(document, dict) or document.get("format_version") != PLAN_FORMAT_VERSION:
        version = document.get("format_version") if isinstance(document, dict) else None
        raise PgdeclError(f"{path}: plan format {version!r} is not {PLAN_FORMAT_VERSION}")
    try:
        steps = [_saved_step(raw) for raw in document["steps"]]
        plan = Plan(steps=steps, fingerprint=str(document["fingerprint"]))
        schemas = tuple(str(schema) for schema in document.get("schemas", ()))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise PgdeclError(f"{path}: not a valid plan file ({type(exc).__name__}: {exc})") from None
    return _with_derived_hazards(plan, path), schemas


def _saved_step(raw: dict) -> Step:
    op = SavedOp(str(raw["description"]), str(raw["action"]), bool(raw["destructive"]))
    op.before_transaction = bool(raw.get("before_transaction", False))
    hazards = tuple(Hazard(HazardKind(h["kind"]), str(h["message"])) for h in raw["hazards"])
    lock = Lock(raw["lock"]["level"], raw["lock"]["relation"]) if raw.get("lock") else None
    statements = raw["sql"]
    if not isinstance(statements, list) or not all(isinstance(text, str) for text in statements):
        raise ValueError("sql: expected a list of statements")
    return Step(op, tuple(statements), hazards, bool(raw["transactional"]), lock)  # type: ignore[arg-type]


def _with_derived_hazards(plan: Plan, path: Path) -> Plan:
    """Each step with the hazards its SQL has, before those the file claims."""
    findings = Findings()
    numbered = [((index, position), text) for index, step in enumerate(plan.steps)
                for position, text in enumerate(step.statements)]
    for (index, position), text in numbered:
        try:
            findings.statement(index * 10_000 + position, text)
        except EditedPlan as exc:
            raise PgdeclError(f"{path}: step {index + 1} ({plan.steps[index].op.describe()}): {exc}; pgdecl did "
                              "not write this SQL, so the file was edited: run `pgdecl plan` again") from None
    steps = []
    for index, step in enumerate(plan.steps):
        derived = [hazard for position in range(len(step.statements))
                   for hazard in findings.hazards_of(index * 10_000 + position)]
        steps.append(replace(step, hazards=tuple(dict.fromkeys((*derived, *step.hazards)))))
    return replace(plan, steps=steps)


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
