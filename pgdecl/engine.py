"""The pipeline: spec → desired catalog, target → live catalog, diff → ordered plan."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import psycopg

from pgdecl.catalog.introspect import introspect
from pgdecl.catalog.model import Catalog
from pgdecl.diff import diff
from pgdecl.dsn import mask
from pgdecl.errors import PgdeclError
from pgdecl.plan import Plan, build_plan
from pgdecl.shadow import Desired, canonicalize
from pgdecl.spec import Spec

log = logging.getLogger(__name__)


@dataclass(slots=True)
class PlanResult:
    plan: Plan
    live: Catalog
    desired: Desired
    schemas: tuple[str, ...]


def connect(dsn: str, **kwargs) -> psycopg.Connection:
    """A connection, or one readable error naming the (masked) database."""
    try:
        return psycopg.connect(dsn, connect_timeout=10, **kwargs)
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PgdeclError(f"cannot connect to {mask(dsn)}: {mask(first)}") from None


def read_live(dsn: str, schemas: tuple[str, ...]) -> Catalog:
    with connect(dsn) as conn:
        return introspect(conn, schemas)


def desired_state(spec: Spec, target_dsn: str | None, shadow_dsn: str | None) -> Desired:
    server = shadow_dsn or target_dsn
    if server is None:
        from pgdecl.embedded import start_embedded

        server = start_embedded()
    return canonicalize(spec, server)


def make_plan(spec: Spec, target_dsn: str | None, *, shadow_dsn: str | None = None) -> PlanResult:
    """Plan ``spec`` against ``target_dsn`` (None: an empty database on the embedded server)."""
    if target_dsn is None:
        from pgdecl.embedded import start_embedded
        from pgdecl.shadow import scratch_database

        server = shadow_dsn or start_embedded()
        desired = canonicalize(spec, server)
        with scratch_database(server) as empty:      # what a brand-new database contains
            live = read_live(empty, spec.managed_schemas)
    else:
        desired = desired_state(spec, target_dsn, shadow_dsn)
        live = read_live(target_dsn, spec.managed_schemas)
    return plan_between(live, desired, spec.managed_schemas)


def plan_between(live: Catalog, desired: Desired, schemas: tuple[str, ...]) -> PlanResult:
    ops = diff(live, desired.catalog, grant_targets=desired.grant_targets)
    return PlanResult(build_plan(ops, live, desired.catalog), live, desired, schemas)


def replan(result: PlanResult, target_dsn: str) -> Plan:
    """What is left to do after an apply: the live catalog read again against the same desired state."""
    live = read_live(target_dsn, result.schemas)
    return plan_between(live, result.desired, result.schemas).plan
