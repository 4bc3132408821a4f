"""The Python API: plan, apply, export, lint and verify_rls, as the command line runs them."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from pgdecl.errors import PgdeclError

if TYPE_CHECKING:
    from pgdecl.apply import ApplyOptions
    from pgdecl.engine import PlanResult
    from pgdecl.export import Export
    from pgdecl.lint.runner import LintResult
    from pgdecl.plan import Hazard, HazardKind, Step
    from pgdecl.spec import Spec
    from pgdecl.verify_rls import Report

__all__ = ["Applied", "Plan", "RefusedError", "VerificationError", "apply", "export", "lint", "load_spec", "plan",
           "verify_rls"]

# a spec: a file or directory, several of them, or one already loaded
SpecSource = Union[str, "os.PathLike[str]", Sequence[Union[str, "os.PathLike[str]"]], "Spec"]


class RefusedError(PgdeclError):
    """``apply`` refused the plan: a step is destructive or carries a security hazard that
    was not allowed. Nothing was changed. ``refused``: each refused step with the hazard
    kinds it is refused for and the reason."""

    def __init__(self, message: str, refused: list[tuple[Step, tuple[HazardKind, ...], str]]) -> None:
        super().__init__(message)
        self.refused = refused

    @property
    def steps(self) -> list[Step]:
        return [step for step, _, _ in self.refused]


class VerificationError(PgdeclError):
    """The plan was applied (and committed), but planning again finds the database still
    differs from the spec. ``remaining``: the steps still to do."""

    def __init__(self, message: str, remaining: list[Step]) -> None:
        super().__init__(message)
        self.remaining = remaining


class Plan:
    """What ``pgdecl.plan`` returns and ``pgdecl.apply`` takes: the ordered steps that make a
    database match a spec, with their SQL and hazards, pinned to the catalog they were
    computed against (``fingerprint``)."""

    __slots__ = ("result", "database_url")

    def __init__(self, result: PlanResult, database_url: str | None) -> None:
        self.result = result                # the engine's PlanResult (catalogs, schemas, online policy)
        self.database_url = database_url    # the database planned against (None: an empty embedded one)

    @property
    def steps(self) -> list[Step]:
        """The steps in the order they run; each has ``op``, ``statements``, ``hazards``,
        ``transactional``, ``lock``, ``action`` and ``destructive``."""
        return self.result.plan.steps

    @property
    def sql(self) -> str:
        """The whole script, every statement terminated (what ``pgdecl plan`` prints)."""
        return self.result.plan.sql()

    @property
    def hazards(self) -> list[Hazard]:
        """The hazards of every step, in step order."""
        return [hazard for step in self.steps for hazard in step.hazards]

    @property
    def is_empty(self) -> bool:
        """True when the database already matches the spec."""
        return self.result.plan.empty

    @property
    def fingerprint(self) -> str:
        return self.result.plan.fingerprint

    @property
    def schemas(self) -> tuple[str, ...]:
        """The schemas the spec manages (the only ones compared)."""
        return self.result.schemas

    def to_json(self) -> dict[str, Any]:
        """The plan as ``pgdecl plan --format json`` prints it (docs/plan-json.md)."""
        return self.result.plan.to_json()

    def summary(self) -> str:
        """The plan as ``pgdecl plan --format summary`` prints it, without colours."""
        from pgdecl.summary import print_summary

        out = io.StringIO()
        print_summary(self.result.plan, out)
        return out.getvalue()

    def __repr__(self) -> str:
        return f"<pgdecl.Plan {len(self.steps)} step(s), {len(self.hazards)} hazard(s), fingerprint {self.fingerprint}>"


@dataclass(frozen=True, slots=True)
class Applied:
    """What ``pgdecl.apply`` did: ``steps`` applied (0: nothing to do), from ``plan``; the
    database then matched the spec (verified by planning again)."""

    steps: int
    plan: Plan


def load_spec(spec: SpecSource = "schema.yaml") -> Spec:
    """A spec from a file or directory (or several), cached by content like the CLI does;
    a loaded ``Spec`` is returned as it is. Errors name the YAML file and line (``SpecError``)."""
    if not isinstance(spec, (str, os.PathLike, list, tuple)):
        return spec                                 # loaded already (a Spec, or the cache's CachedSpec)
    from pgdecl.cache import load_spec as cached    # an unchanged spec is not parsed again

    paths = [Path(spec)] if isinstance(spec, (str, os.PathLike)) else [Path(p) for p in spec]
    paths = paths or [Path("schema.yaml")]
    for path in paths:
        if not path.exists():
            raise PgdeclError(f"{path}: no such spec file or directory")
    return cached(paths if len(paths) > 1 else paths[0])


def _online(online: bool, online_threshold: str | None):
    from pgdecl.online import OnlinePolicy, parse_size

    return OnlinePolicy(always=online, threshold_bytes=parse_size(online_threshold or "off"))


def plan(spec: SpecSource = "schema.yaml", database_url: str | None = None, *, shadow_url: str | None = None,
         online: bool = False, online_threshold: str | None = "10MB", lock_timeout: str = "10s") -> Plan:
    """Plan ``spec`` against ``database_url`` (None: an empty database on the embedded
    PostgreSQL); read-only on the target, like ``pgdecl plan``.

    ``shadow_url``: the server for the scratch database that canonicalizes the spec
    (default: the target's). ``online`` / ``online_threshold``: as ``--online`` /
    ``--online-threshold`` (``"10MB"``, ``"1GB"``, ``"off"`` or None for never).
    ``lock_timeout``: how long reading the catalog waits for a table another session holds.
    """
    from pgdecl.engine import make_plan

    policy = _online(online, online_threshold)
    loaded = load_spec(spec)
    return Plan(make_plan(loaded, database_url, shadow_dsn=shadow_url, lock_timeout=lock_timeout, online=policy),
                database_url)


def plan_for_apply(spec: SpecSource, database_url: str, *, shadow_url: str | None = None, online: bool = False,
                   online_threshold: str | None = "10MB", lock_timeout: str = "5s", wait: float = 0.0) -> Plan:
    """``plan``, holding pgdecl's advisory lock (waiting up to ``wait`` seconds for another
    apply): what ``apply(spec)`` and ``pgdecl apply`` plan with. The live catalog read is not
    cached, since the plan is about to change the database."""
    from pgdecl.apply import advisory_lock
    from pgdecl.engine import make_plan

    policy = _online(online, online_threshold)
    loaded = load_spec(spec)
    with advisory_lock(database_url, wait):
        result = make_plan(loaded, database_url, shadow_dsn=shadow_url, lock_timeout=lock_timeout, online=policy,
                           applying=True)
    return Plan(result, database_url)


def apply_options(*, allow_destructive: bool = False, allow_hazards: Iterable[str | HazardKind] = (),
                  lock_timeout: str = "5s", statement_timeout: str = "0", lock_retries: int = 2,
                  wait: float = 0.0) -> ApplyOptions:
    """The ``ApplyOptions`` that ``apply`` builds from its keywords (``allow_hazards``: hazard
    kinds or their names, comma lists allowed; an unknown name is an error)."""
    from pgdecl.apply import ApplyOptions, parse_hazard_kinds

    names = [getattr(kind, "value", kind) for kind in allow_hazards]
    return ApplyOptions(lock_timeout=lock_timeout, statement_timeout=statement_timeout,
                        allow_destructive=allow_destructive, allow_hazards=parse_hazard_kinds(names),
                        wait=wait, lock_retries=lock_retries)


def apply(plan_or_spec: Plan | SpecSource, database_url: str | None = None, *, allow_destructive: bool = False,
          allow_hazards: Iterable[str | HazardKind] = (), lock_timeout: str = "5s", statement_timeout: str = "0",
          lock_retries: int = 2, wait: float = 0.0, shadow_url: str | None = None, online: bool = False,
          online_threshold: str | None = "10MB") -> Applied:
    """Apply a plan (from ``pgdecl.plan``) or a spec to ``database_url`` (default: the
    database the plan was made against), with the safety of ``pgdecl apply``:

    * refused before anything runs, with ``RefusedError``, if a step is destructive and
      ``allow_destructive`` is false, or carries a ``security`` hazard not in ``allow_hazards``;
    * the advisory lock (waiting up to ``wait`` seconds for another apply), then the
      plan's fingerprint checked against the database (``PlanOutdated`` if it changed
      since; with a spec, planned again once);
    * transactional steps in one transaction under ``lock_timeout`` / ``statement_timeout``,
      retried ``lock_retries`` times after a lock timeout (``LockTimeout``); CONCURRENTLY
      and VALIDATE steps after it commits;
    * then planned again: ``VerificationError`` unless nothing is left.

    ``shadow_url`` and ``online*`` are used only to plan a spec.
    """
    from pgdecl.apply import PlanOutdated

    options = apply_options(allow_destructive=allow_destructive, allow_hazards=allow_hazards,
                            lock_timeout=lock_timeout, statement_timeout=statement_timeout,
                            lock_retries=lock_retries, wait=wait)
    if isinstance(plan_or_spec, Plan):
        dsn = database_url or plan_or_spec.database_url
        if not dsn:
            raise PgdeclError("apply needs a database_url (the plan was made against an empty embedded database)")
        return _apply_planned(plan_or_spec, dsn, options)
    if not database_url:
        raise PgdeclError("apply needs a database_url")
    loaded = load_spec(plan_or_spec)
    for attempt in range(2):
        planned = plan_for_apply(loaded, database_url, shadow_url=shadow_url, online=online,
                                 online_threshold=online_threshold, lock_timeout=lock_timeout, wait=wait)
        try:
            return _apply_planned(planned, database_url, options)
        except PlanOutdated:
            if attempt == 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def check_allowed(plan: Plan, options: ApplyOptions) -> None:
    """``RefusedError`` (the message ``pgdecl apply`` prints) when ``options`` refuse a step."""
    from pgdecl.apply import ApplyError, check_guards, refusals

    try:
        check_guards(plan.result.plan, options)
    except ApplyError as exc:
        raise RefusedError(str(exc), refusals(plan.result.plan, options)) from None


def _apply_planned(plan: Plan, database_url: str, options: ApplyOptions) -> Applied:
    from pgdecl.apply import apply_plan
    from pgdecl.engine import replan
    from pgdecl.saved import live_fingerprint

    check_allowed(plan, options)
    if plan.is_empty:
        return Applied(0, plan)
    applied = apply_plan(plan.result.plan, database_url, options,
                         current_fingerprint=live_fingerprint(plan.schemas))
    remaining = replan(plan.result, database_url)
    if not remaining.empty:
        raise VerificationError(
            f"applied {applied} steps, but the database still differs from the spec in "
            f"{len(remaining.steps)} step(s): " + "; ".join(s.op.describe() for s in remaining.steps),
            remaining.steps)
    return Applied(applied, plan)


def apply_saved(path: str | os.PathLike[str], database_url: str, options: ApplyOptions,
                confirm: Callable[[], bool] | None = None) -> int:
    """Apply a saved plan (``pgdecl plan --out plan.json``) unchanged, after checking the
    database has not changed since; returns the number of steps applied."""
    from pgdecl.saved import apply_saved_plan

    return apply_saved_plan(Path(path), database_url, options, confirm=confirm)


def export(database_url: str, schemas: Sequence[str] = ()) -> Export:
    """The live schema of a database as a spec (adoption): ``.yaml()`` is the document,
    ``.write(path)`` writes a file or a directory (one file per schema), ``.warnings`` what
    the spec cannot express. Without ``schemas``: every application schema."""
    from pgdecl.export import export_database

    return export_database(database_url, tuple(schemas))


def lint(spec: SpecSource | None = None, *, database_url: str | None = None, shadow_url: str | None = None,
         schemas: Sequence[str] = (), exposed_schemas: Sequence[str] = ("public",)) -> LintResult:
    """Security and performance findings on a spec (canonicalized on ``shadow_url``, default
    the embedded PostgreSQL) or, with ``database_url``, on a live database (``schemas``, or
    every application schema). ``.findings``: most severe first; ``.at_least(Level.WARN)``."""
    from pgdecl.lint import LintOptions, lint_catalog, suppressions_from_spec

    options = LintOptions(exposed_schemas=tuple(exposed_schemas))
    if database_url:
        from pgdecl.engine import read_live
        from pgdecl.lint.command import live_schemas

        catalog = read_live(database_url, tuple(schemas) or live_schemas(database_url))
        return lint_catalog(catalog, options)
    from pgdecl.shadow import canonicalize

    loaded = load_spec(spec if spec is not None else "schema.yaml")
    if shadow_url is None:
        from pgdecl.embedded import start_embedded

        shadow_url = start_embedded()
    catalog = canonicalize(loaded, shadow_url).catalog
    return lint_catalog(catalog, options, suppressions_from_spec(loaded, catalog))


def verify_rls(spec: SpecSource = "schema.yaml", *, shadow_url: str | None = None) -> Report:
    """Build the spec in a scratch database (rolled back), seed two simulated users and
    report every row one can read, update or delete of the other's (``.leaks``)."""
    from pgdecl.rls import verify

    loaded = load_spec(spec)
    if shadow_url is None:
        from pgdecl.embedded import start_embedded

        shadow_url = start_embedded()
    return verify(loaded, shadow_url)
