"""Applying a plan: one transaction, timeouts, an advisory lock, clear errors."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import psycopg
from psycopg import errors as pg_errors
from psycopg import sql

from pgdecl.dsn import mask
from pgdecl.engine import connect
from pgdecl.errors import PgdeclError
from pgdecl.plan import Plan, Step, relation_of

log = logging.getLogger(__name__)

# pg_advisory_lock key shared by every pgdecl process: 'pgdl'
ADVISORY_LOCK_KEY = 0x7067646C


class ApplyError(PgdeclError):
    pass


@dataclass(frozen=True, slots=True)
class ApplyOptions:
    lock_timeout: str = "5s"
    statement_timeout: str = "0"
    allow_destructive: bool = False
    wait: float = 0.0               # seconds to wait for another applier's advisory lock


def refused_steps(plan: Plan, options: ApplyOptions) -> list[Step]:
    if options.allow_destructive:
        return []
    return [s for s in plan.steps if s.destructive]


def apply_plan(plan: Plan, dsn: str, options: ApplyOptions = ApplyOptions()) -> int:
    """Run every step of ``plan`` on ``dsn``; returns the number of steps applied.

    Transactional steps run in one transaction (all or nothing); non-transactional
    ones (CONCURRENTLY) run after it commits, each idempotent.
    """
    refused = refused_steps(plan, options)
    if refused:
        listing = "; ".join(s.op.describe() for s in refused)
        raise ApplyError(f"refusing {len(refused)} destructive step(s) without --allow-destructive: {listing}")
    if plan.empty:
        return 0
    with connect(dsn, autocommit=True) as conn:
        _take_lock(conn, options.wait)
        try:
            transactional = [s for s in plan.steps if s.transactional]
            online = [s for s in plan.steps if not s.transactional]
            with conn.transaction():
                conn.execute(sql.SQL("SET LOCAL lock_timeout = {}").format(sql.Literal(options.lock_timeout)))
                conn.execute(sql.SQL("SET LOCAL statement_timeout = {}").format(sql.Literal(options.statement_timeout)))
                for step in transactional:
                    _run_step(conn, step)
            for step in online:
                conn.execute(sql.SQL("SET lock_timeout = {}").format(sql.Literal(options.lock_timeout)))
                _run_step(conn, step)
        finally:
            if not conn.closed:
                conn.execute("SELECT pg_catalog.pg_advisory_unlock(%s)", [ADVISORY_LOCK_KEY])
    return len(plan.steps)


def _take_lock(conn: psycopg.Connection, wait: float) -> None:
    deadline = time.monotonic() + wait
    while True:
        got = conn.execute("SELECT pg_catalog.pg_try_advisory_lock(%s)", [ADVISORY_LOCK_KEY]).fetchone()[0]  # type: ignore[index]
        if got:
            return
        if time.monotonic() >= deadline:
            raise ApplyError("another pgdecl apply is running on this database (advisory lock held); "
                             "try again later or pass --wait SECONDS")
        time.sleep(0.2)


def _run_step(conn: psycopg.Connection, step: Step) -> None:
    log.info("applying: %s", step.op.describe())
    outcome = "nothing was changed" if step.transactional else \
        "the transactional part was committed; run apply again to finish"
    for statement in step.statements:
        try:
            conn.execute(statement)  # type: ignore[arg-type]
        except pg_errors.LockNotAvailable:
            relation = relation_of(step.op)
            where = f"{relation.schema}.{relation.name}" if relation else str(step.key)
            raise ApplyError(f"lock timeout on {where} ({step.op.describe()}): another session holds a "
                             f"conflicting lock; {outcome}") from None
        except pg_errors.QueryCanceled:
            raise ApplyError(f"statement timeout on {step.key} ({step.op.describe()}); {outcome}") from None
        except psycopg.Error as exc:
            diag = exc.diag
            message = diag.message_primary or str(exc).strip().splitlines()[0]
            raise ApplyError(f"{step.op.describe()} failed: {mask(message)}; {outcome}") from None
