"""Applying a plan: one transaction, timeouts, an advisory lock, guards, retries, clear errors."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
from psycopg import errors as pg_errors
from psycopg import sql

from pgdecl.dsn import mask
from pgdecl.engine import connect
from pgdecl.errors import PgdeclError
from pgdecl.catalog.model import ObjectKey
from pgdecl.diff import ops as o
from pgdecl.plan import HazardKind, Plan, Step, relation_of

log = logging.getLogger(__name__)

# pg_advisory_lock key shared by every pgdecl process: 'pgdl'
ADVISORY_LOCK_KEY = 0x7067646C

# test-only fault injection: after step N (1-based, plan order) print a marker and sleep
# PAUSE_SECONDS (default 600), or less once the file named by PAUSE_WHILE_ENV is gone
PAUSE_ENV = "PGDECL_TEST_PAUSE_AFTER_STEP"
PAUSE_SECONDS_ENV = "PGDECL_TEST_PAUSE_SECONDS"
PAUSE_WHILE_ENV = "PGDECL_TEST_PAUSE_WHILE_EXISTS"
PAUSE_MARKER = "PGDECL-TEST-PAUSED-AFTER-STEP"


class ApplyError(PgdeclError):
    pass


class LockTimeout(ApplyError):
    """A lock could not be taken within lock_timeout (retried up to --lock-retries)."""


class PlanOutdated(ApplyError):
    """The database changed between planning and taking the advisory lock."""


@dataclass(frozen=True, slots=True)
class ApplyOptions:
    lock_timeout: str = "5s"
    statement_timeout: str = "0"
    allow_destructive: bool = False
    allow_hazards: frozenset[HazardKind] = frozenset()
    wait: float = 0.0               # seconds to wait for another applier's advisory lock
    lock_retries: int = 2           # extra attempts after a lock timeout
    retry_backoff: float = 1.0      # seconds before the first retry; doubled each time


def parse_hazard_kinds(values: Iterable[str]) -> frozenset[HazardKind]:
    """``--allow-hazards security,index_build --allow-hazards data_loss`` → the kinds."""
    kinds = set()
    valid = ", ".join(k.value for k in HazardKind)
    for value in values:
        for word in value.replace(" ", ",").split(","):
            if not word:
                continue
            try:
                kinds.add(HazardKind(word.strip().lower()))
            except ValueError:
                raise PgdeclError(f"unknown hazard kind {word!r} (expected one of: {valid})") from None
    return frozenset(kinds)


# what allows each refused hazard kind, as `pgdecl apply` spells it
ALLOWED_BY = {HazardKind.DATA_LOSS: "--allow-destructive", HazardKind.SECURITY: "--allow-hazards security"}


def refusals(plan: Plan, options: ApplyOptions,
             allowed_by: dict[HazardKind, str] = ALLOWED_BY) -> list[tuple[Step, tuple[HazardKind, ...], str]]:
    """Each refused step with the hazard kinds it is refused for and the reason (the hazard
    and what allows it, worded by ``allowed_by``)."""
    allowed = set(options.allow_hazards)
    if options.allow_destructive:
        allowed.add(HazardKind.DATA_LOSS)
    refused = []
    for step in plan.steps:
        kinds: list[HazardKind] = []
        reasons = []
        if step.destructive and HazardKind.DATA_LOSS not in allowed:
            loss = [h for h in step.hazards if h.kind is HazardKind.DATA_LOSS]
            kinds.append(HazardKind.DATA_LOSS)
            reasons.append("data_loss: " + (loss[0].message if loss else "drops an object the spec no longer lists")
                           + f", needs {allowed_by[HazardKind.DATA_LOSS]}")
        security = [h for h in step.hazards if h.kind is HazardKind.SECURITY]
        if security and HazardKind.SECURITY not in allowed:
            kinds.append(HazardKind.SECURITY)
            reasons += [f"security: {h.message}, needs {allowed_by[HazardKind.SECURITY]}" for h in security]
        if kinds:
            refused.append((step, tuple(kinds), "; ".join(reasons)))
    return refused


@dataclass(frozen=True, slots=True)
class Withheld:
    """A step a partial apply leaves out: refused for ``kinds``, or (no kinds) waiting for a
    refused step it depends on."""

    step: Step
    kinds: tuple[HazardKind, ...]
    reason: str


def restores_security(step: Step) -> bool:
    """Turns protection back on: RLS or FORCE RLS enabled, a policy created or altered
    (without a security hazard: not a loosening), security_invoker set, a privilege revoked."""
    op = step.op
    if any(h.kind is HazardKind.SECURITY for h in step.hazards):
        return False
    if isinstance(op, o.SetRowLevelSecurity):
        before = op.old
        return (op.table.rls_enabled and not (before and before.rls_enabled)) or \
            (op.table.rls_forced and not (before and before.rls_forced))
    if isinstance(op, o.AlterViewOptions):
        return ("security_invoker", "true") in op.set_options
    if isinstance(op, o.AlterDefaultPrivileges):
        return not op.grant
    return isinstance(op, (o.CreatePolicy, o.AlterPolicy, o.Revoke))


def _creates(step: Step) -> bool:
    """Makes something exist that later steps may need (a security step waits only for these)."""
    return isinstance(step.op, o.Rename) or step.op.action == "create"


def partial_plan(plan: Plan, options: ApplyOptions,
                 allowed_by: dict[HazardKind, str] = ALLOWED_BY) -> tuple[Plan, list[Withheld]]:
    """The largest part of ``plan`` that ``options`` allow and that depends on no refused
    step (``Plan.prerequisites``), in plan order, and the steps left out.

    Left out with a refused step: every step that depends on it; the other half of a
    replacement (a drop without its create, or a create without its drop, would leave the
    object gone or unchanged); and a replacement's drop that clears the way for a step
    left out (a policy dropped with its table stays while the table stays). A
    security-restoring step (``restores_security``) waits only for a left-out step that
    creates what it needs, never for a refused drop or in-place change of something else.
    """
    refused = {id(step): (kinds, reason) for step, kinds, reason in refusals(plan, options, allowed_by)}
    if not refused:
        return plan, []
    steps = plan.steps
    prerequisites = plan.prerequisites()
    halves: dict[ObjectKey, list[int]] = {}
    for position, step in enumerate(steps):
        if isinstance(step.op, o.Op) and step.op.replace:
            halves.setdefault(step.op.key, []).append(position)
    clears_way_for: list[list[int]] = [[] for _ in steps]
    for position, before in enumerate(prerequisites):
        for earlier in before:
            clears_way_for[earlier].append(position)
    left: dict[int, str] = {position: refused[id(step)][1] for position, step in enumerate(steps)
                            if id(step) in refused}
    changed = True
    while changed:
        changed = False
        for position, step in enumerate(steps):
            if position in left:
                continue
            security = restores_security(step)
            blocking = [before for before in sorted(prerequisites[position]) if before in left
                        and (not security or _creates(steps[before]))]
            if not blocking and isinstance(step.op, o.Op) and step.op.replace:
                blocking = [other for other in halves.get(step.op.key, ()) if other in left]
                if not blocking and step.op.action == "drop":
                    blocking = [later for later in sorted(clears_way_for[position]) if later in left]
            if blocking:
                left[position] = f"waits for: {steps[blocking[0]].op.describe()}"
                changed = True
    kept = [step for position, step in enumerate(steps) if position not in left]
    withheld = [Withheld(step, refused[id(step)][0] if id(step) in refused else (), left[position])
                for position, step in enumerate(steps) if position in left]
    return Plan(steps=kept, fingerprint=plan.fingerprint), withheld


def check_guards(plan: Plan, options: ApplyOptions) -> None:
    refused = refusals(plan, options)
    if refused:
        flags = sorted({ALLOWED_BY[kind] for _, kinds, _ in refused for kind in kinds})
        listing = "; ".join(f"{step.op.describe()} [{reason}]" for step, _, reason in refused)
        raise ApplyError(f"refusing {len(refused)} step(s) without {' / '.join(flags)}: {listing}")


def apply_plan(plan: Plan, dsn: str, options: ApplyOptions = ApplyOptions(),
               current_fingerprint: Callable[[psycopg.Connection], str] | None = None) -> int:
    """Run every step of ``plan`` on ``dsn``; returns the number of steps applied.

    Transactional steps run in one transaction (all or nothing), retried as a whole
    after a lock timeout; non-transactional ones (CONCURRENTLY, VALIDATE) run after it
    commits, each idempotent. With ``current_fingerprint``, the live catalog is checked
    against the plan's fingerprint once the advisory lock is held (``PlanOutdated``).
    """
    check_guards(plan, options)
    if plan.empty:
        return 0
    with connect(dsn, autocommit=True) as conn:
        _take_lock(conn, options.wait)
        try:
            if current_fingerprint is not None and plan.fingerprint:
                # pgdecl's own catalog read: under --lock-timeout (a table locked elsewhere
                # fails it in time), not under the statement timeout set for the steps
                conn.execute(sql.SQL("SET lock_timeout = {}").format(sql.Literal(options.lock_timeout)))
                now = _read_fingerprint(conn, current_fingerprint, options)
                if now != plan.fingerprint:
                    raise PlanOutdated(f"the database changed since the plan was made "
                                       f"(fingerprint {now}, plan made against {plan.fingerprint})")
            _set_timeouts(conn, options, local=False)
            _set_secrets(conn, plan)
            numbered = list(enumerate(plan.steps, start=1))
            transactional = [(n, s) for n, s in numbered if s.transactional]
            # ADD VALUE of an enum is committed first: the transaction may use the new value
            early = [(n, s) for n, s in numbered if not s.transactional and getattr(s.op, "before_transaction", False)]
            online = [(n, s) for n, s in numbered if not s.transactional and (n, s) not in early]
            for number, step in early:
                _with_retries(options, lambda: _run_online(conn, number, step, options))
            if transactional:
                _with_retries(options, lambda: _run_transaction(conn, transactional, options))
            for number, step in online:
                _with_retries(options, lambda: _run_online(conn, number, step, options))
        finally:
            if not conn.closed and not conn.broken:
                conn.execute("SELECT pg_catalog.pg_advisory_unlock(%s)", [ADVISORY_LOCK_KEY])
    return len(plan.steps)


# relations another session of this database holds in ACCESS EXCLUSIVE mode
_LOCKED_SQL = """
SELECT DISTINCT n.nspname || '.' || c.relname
FROM pg_catalog.pg_locks l
JOIN pg_catalog.pg_class c ON c.oid = l.relation
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE l.granted AND l.mode = 'AccessExclusiveLock' AND l.pid <> pg_catalog.pg_backend_pid()
  AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())
ORDER BY 1
"""


def _read_fingerprint(conn: psycopg.Connection, current_fingerprint: Callable[[psycopg.Connection], str],
                      options: ApplyOptions) -> str:
    """The live fingerprint, read under lock_timeout: a lock held elsewhere fails it, naming the relation."""
    try:
        return current_fingerprint(conn)
    except pg_errors.LockNotAvailable:
        locked = ", ".join(row[0] for row in conn.execute(_LOCKED_SQL).fetchall()) or "a relation"
        raise LockTimeout(f"lock timeout after {options.lock_timeout} while reading the catalog: {locked} "
                          "is locked by another session; nothing was changed") from None


def _run_transaction(conn: psycopg.Connection, steps: list[tuple[int, Step]], options: ApplyOptions) -> None:
    with conn.transaction():
        _set_timeouts(conn, options, local=True)
        for number, step in steps:
            _run_step(conn, step)
            _maybe_pause(number)


def _run_online(conn: psycopg.Connection, number: int, step: Step, options: ApplyOptions) -> None:
    _set_timeouts(conn, options, local=False)
    _run_step(conn, step)
    _maybe_pause(number)


def _set_secrets(conn: psycopg.Connection, plan: Plan) -> None:
    """The secrets of user mappings (``secret_options``), from the environment variables the
    spec names, as session settings the steps read (render_foreign): never in the plan's SQL."""
    from pgdecl.render_foreign import secret_setting

    wanted: dict[str, str] = {}
    for step in plan.steps:
        mapping = getattr(step.op, "mapping", None)
        for _, env in getattr(mapping, "secret_env", ()) if step.op.action != "drop" else ():
            wanted.setdefault(env, str(step.key))
    for env, what in sorted(wanted.items()):
        value = os.environ.get(env)
        if value is None:
            raise ApplyError(f"{what}: environment variable {env} (a secret option's value) is not set; "
                             f"nothing was changed")
        conn.execute("SELECT pg_catalog.set_config(%s, %s, false)", [secret_setting(env), value])


def _set_timeouts(conn: psycopg.Connection, options: ApplyOptions, *, local: bool) -> None:
    scope = sql.SQL("SET LOCAL" if local else "SET")
    conn.execute(sql.SQL("{} lock_timeout = {}").format(scope, sql.Literal(options.lock_timeout)))
    conn.execute(sql.SQL("{} statement_timeout = {}").format(scope, sql.Literal(options.statement_timeout)))
    # like pg_dump: a SQL function may read a table the plan creates later; its body was
    # already checked when the desired state was built in the scratch database
    conn.execute(sql.SQL("{} check_function_bodies = off").format(scope))


def _with_retries(options: ApplyOptions, attempt: Callable[[], None]) -> None:
    """Run ``attempt``; after a lock timeout wait (exponential backoff) and run it again."""
    delay = options.retry_backoff
    for remaining in range(options.lock_retries, -1, -1):
        try:
            attempt()
            return
        except LockTimeout as exc:
            if remaining == 0:
                if options.lock_retries:
                    raise LockTimeout(f"{exc} (gave up after {options.lock_retries + 1} attempts)") from None
                raise
            log.info("%s; retrying in %.1fs (%d retries left)", exc, delay, remaining)
            time.sleep(delay)
            delay *= 2


def _maybe_pause(number: int) -> None:
    """Fault injection for tests: stop after step ``number`` until killed."""
    wanted = os.environ.get(PAUSE_ENV)
    if wanted and int(wanted) == number:
        print(f"{PAUSE_MARKER} {number}", file=sys.stderr, flush=True)
        deadline = time.monotonic() + float(os.environ.get(PAUSE_SECONDS_ENV, "600"))
        hold = os.environ.get(PAUSE_WHILE_ENV)
        while time.monotonic() < deadline and (hold is None or os.path.exists(hold)):
            time.sleep(0.05)


@contextmanager
def advisory_lock(dsn: str, wait: float) -> Iterator[None]:
    """Hold pgdecl's advisory lock (waiting up to ``wait`` seconds) on a connection of its own.

    Apply plans under it, so it waits for (or fails fast on) another applier instead of
    blocking on the tables that applier's transaction has locked. It is released before
    ``apply_plan`` takes it again: an applier that slips in between is caught by the
    fingerprint check (``PlanOutdated``).
    """
    with connect(dsn, autocommit=True) as conn:
        _take_lock(conn, wait)
        try:
            yield
        finally:
            if not conn.closed and not conn.broken:
                conn.execute("SELECT pg_catalog.pg_advisory_unlock(%s)", [ADVISORY_LOCK_KEY])


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
            relation = relation_of(step.op) if not isinstance(step.op.key, str) else None
            where = f"{relation.schema}.{relation.name}" if relation else str(step.key)
            raise LockTimeout(f"lock timeout on {where} ({step.op.describe()}): another session holds a "
                              f"conflicting lock; {outcome}") from None
        except pg_errors.QueryCanceled:
            raise ApplyError(f"statement timeout on {step.key} ({step.op.describe()}); {outcome}") from None
        except psycopg.Error as exc:
            diag = exc.diag
            message = diag.message_primary or str(exc).strip().splitlines()[0]
            raise ApplyError(f"{step.op.describe()} failed: {mask(message)}; {outcome}") from None
