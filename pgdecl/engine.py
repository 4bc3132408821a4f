"""The pipeline: spec → desired catalog, target → live catalog, diff → ordered plan."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace as dc_replace
from typing import TYPE_CHECKING, NamedTuple

import psycopg
from psycopg import errors as pg_errors
from psycopg import sql

from pgdecl.catalog.introspect import deparse_settings, introspect, read_unmanaged, table_sizes
from pgdecl.catalog.model import Catalog, ObjectKey
from pgdecl.catalog.scope import limit_to_listed
from pgdecl.diff import diff
from pgdecl.diff.events import unmanaged_event_triggers
from pgdecl.diff.publications import unmanaged_publications
from pgdecl.diff.renames import follow_renames
from pgdecl.dsn import mask
from pgdecl.errors import PgdeclError
from pgdecl.online import OnlinePolicy, tables_to_measure
from pgdecl.perf import paused_gc
from pgdecl.plan import Plan, build_plan
from pgdecl.shadow import Desired

if TYPE_CHECKING:
    from pgdecl.cache import Settings
    from pgdecl.spec import Spec

log = logging.getLogger(__name__)


class PlanResult:
    """A plan with what it was computed from. ``live`` and ``desired`` may be loaded on
    first use: a plan known to be empty (``cache.LiveCache.converged``) is computed from nothing."""

    __slots__ = ("plan", "_live", "_desired", "schemas", "online")

    def __init__(self, plan: Plan, live: Catalog | Callable[[], Catalog], desired: Desired | Callable[[], Desired],
                 schemas: tuple[str, ...], online: OnlinePolicy | None = None) -> None:
        self.plan = plan
        self._live = live
        self._desired = desired
        self.schemas = schemas
        self.online = online

    @property
    def live(self) -> Catalog:
        if callable(self._live):
            self._live = self._live()
        return self._live

    @property
    def desired(self) -> Desired:
        if callable(self._desired):
            self._desired = self._desired()
        return self._desired


def connect(dsn: str, **kwargs) -> psycopg.Connection:
    """A connection, or one readable error naming the (masked) database."""
    try:
        return psycopg.connect(dsn, connect_timeout=10, **kwargs)
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PgdeclError(f"cannot connect to {mask(dsn)}: {mask(first)}") from None


def read_only(conn: psycopg.Connection) -> None:
    """Planning only reads the target: its session refuses any write, whatever runs in it."""
    conn.execute("SET default_transaction_read_only = on")


class _Opened(NamedTuple):
    conn: psycopg.Connection
    settings: Settings
    token: str | None           # ``catalog_token`` if the live cache is on (None: off, or not to be had)


class _Opening:
    """The target's session opened on a thread: connected, read-only, its settings and
    catalog token read (``opening``)."""

    def __init__(self, target_dsn: str, shadow_dsn: str | None) -> None:
        self.target_dsn, self.shadow_dsn = target_dsn, shadow_dsn
        self._pool = ThreadPoolExecutor(1, "pgdecl-open")
        self._future: Future[_Opened] | None = self._pool.submit(self._open)

    def _open(self) -> _Opened:
        from pgdecl import cache
        from pgdecl.catalog.introspect import catalog_token

        conn = connect(self.target_dsn, autocommit=True)
        try:
            read_only(conn)
            settings = _target_settings(conn, self.shadow_dsn)
            token = catalog_token(conn) if cache.live_enabled() else None
        except BaseException:
            conn.close()
            raise
        return _Opened(conn, settings, token)

    def take(self, target_dsn: str, shadow_dsn: str | None) -> _Opened | None:
        """The session, for a plan of the same target and shadow (once); its error, if any."""
        if self._future is None or (target_dsn, shadow_dsn) != (self.target_dsn, self.shadow_dsn):
            return None
        future, self._future = self._future, None
        try:
            return future.result()
        finally:
            self._pool.shutdown()

    def close(self) -> None:
        """Close the session if no plan took it."""
        if self._future is None:
            return
        future, self._future = self._future, None
        self._pool.shutdown()
        try:
            future.result().conn.close()
        except BaseException:       # noqa: S110 - nobody asked for it: its error is nobody's
            pass


_OPENING: ContextVar[_Opening | None] = ContextVar("pgdecl_opening", default=None)


@contextmanager
def opening(target_dsn: str | None, shadow_dsn: str | None = None) -> Iterator[None]:
    """While the block runs, the target's session is opened on a thread and what every plan
    reads first is read there (its settings and catalog token: server time, 0.05 s at 1,000
    tables, 0.15 s at 5,000); ``make_plan`` of the same target in the block takes it. The
    CLI loads the spec in the block, so the two overlap. An error of the session is
    raised by the plan that takes it, as if it had connected itself (a spec error comes
    first); a session no plan took is closed at the end."""
    if target_dsn is None:
        yield
        return
    started = _Opening(target_dsn, shadow_dsn)
    token = _OPENING.set(started)
    try:
        yield
    finally:
        _OPENING.reset(token)
        started.close()


LOCKED_RELATIONS_SQL = """
SELECT DISTINCT n.nspname || '.' || c.relname, l.pid
FROM pg_catalog.pg_locks l
JOIN pg_catalog.pg_class c ON c.oid = l.relation
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE l.granted AND l.mode = 'AccessExclusiveLock' AND l.pid <> pg_catalog.pg_backend_pid()
  AND n.nspname = ANY(%s::text[])
ORDER BY 1
"""


def read_live(dsn: str, schemas: tuple[str, ...], lock_timeout: str = "10s", *, cached: bool = False) -> Catalog:
    """The live catalog; with ``cached``, the one read last time if nothing introspection
    reads has changed since (``cache.LiveCache``), else read and stored."""
    from pgdecl.cache import LiveCache

    with connect(dsn, autocommit=True) as conn:
        read_only(conn)
        set_lock_timeout(conn, lock_timeout)
        live = LiveCache(conn, schemas, cached)
        catalog = live.catalog(lambda: read_catalog(conn, schemas, lock_timeout))
        live.keep()
        return catalog


def set_lock_timeout(conn: psycopg.Connection, lock_timeout: str) -> None:
    conn.execute(sql.SQL("SET lock_timeout = {}").format(sql.Literal(lock_timeout)))


def read_catalog(conn: psycopg.Connection, schemas: tuple[str, ...], lock_timeout: str) -> Catalog:
    """The live catalog read; deparsing needs a share lock on each relation, so a table held
    in ACCESS EXCLUSIVE mode by another session makes this fail after ``lock_timeout``
    (set on ``conn``), naming the table, instead of waiting forever."""
    try:
        return introspect(conn, schemas)
    except pg_errors.LockNotAvailable:
        locked = conn.execute(LOCKED_RELATIONS_SQL, [list(schemas)]).fetchall()
        holders = ", ".join(f"{name} (by pid {pid})" for name, pid in locked) or "a relation"
        raise PgdeclError(f"lock timeout after {lock_timeout} while reading the catalog: {holders} is "
                          "locked by another session; nothing was changed") from None


def _shadow_settings(dsn: str) -> Settings:
    """The server version and settings that change canonical text, as a session of ``dsn``
    gets them (server defaults, ALTER ROLE/DATABASE … SET, PGOPTIONS, PGTZ, PGDATESTYLE)."""
    with connect(dsn) as conn:
        return deparse_settings(conn)


def _with_shadow_version(target: Settings, shadow: Settings, shadow_dsn: str) -> Settings:
    """The target's settings with the shadow's version; a shadow of another major version
    deparses differently (the plan would never come out empty): refused."""
    versions = {source: int(dict(settings)["server_version_num"] or 0)
                for source, settings in (("target", target), ("shadow", shadow))}
    if versions["target"] // 10000 != versions["shadow"] // 10000:
        raise PgdeclError(f"the shadow server {mask(shadow_dsn)} runs PostgreSQL {versions['shadow'] // 10000} and the "
                          f"target {versions['target'] // 10000}: use a shadow of the target's major version")
    shadow_values = dict(shadow)
    return tuple((name, value) if name not in ("server_version_num", "server_identity")
                 else (name, str(versions["shadow"]) if name == "server_version_num" else shadow_values.get(name))
                 for name, value in target)


def desired_state(spec: Spec, target_dsn: str | None, shadow_dsn: str | None,
                  settings: Settings | None = None) -> Desired:
    """The spec canonicalized on the shadow server (or the target's, or the embedded one),
    under ``settings`` (``deparse_settings`` of the target session, when the caller has read
    them): through the cache (``cache.desired``: reused when nothing it depends on changed,
    built again in part after an edit)."""
    from pgdecl import cache

    server = shadow_dsn or target_dsn
    if server is None:
        from pgdecl.embedded import start_embedded

        server = start_embedded()
    if settings is None:
        settings = _shadow_settings(server)
    return cache.desired(spec, server, settings)


def make_plan(spec: Spec, target_dsn: str | None, *, shadow_dsn: str | None = None,
              lock_timeout: str = "10s", online: OnlinePolicy | None = None,
              applying: bool = False) -> PlanResult:
    """Plan ``spec`` against ``target_dsn`` (None: an empty database on the embedded server):
    spec → desired catalog, target → live catalog, diff → plan.

    The live catalog read is cached for the next plan unless ``applying`` (the plan is
    about to be applied, so the database will not stay as it is) and there are changes.
    """
    if target_dsn is None:
        from pgdecl.embedded import start_embedded
        from pgdecl.shadow import scratch_database

        server = shadow_dsn or start_embedded()
        desired = desired_state(spec, None, server)
        with scratch_database(server) as empty:      # what a brand-new database contains
            live = read_live(empty, spec.managed_schemas)
        return plan_between(live, desired, spec.managed_schemas, online)
    from pgdecl.cache import LiveCache

    schemas = spec.managed_schemas
    started = _OPENING.get()
    opened = started.take(target_dsn, shadow_dsn) if started is not None else None
    if opened is None:
        conn = connect(target_dsn, autocommit=True)
        try:
            read_only(conn)
            opened = _Opened(conn, _target_settings(conn, shadow_dsn), None)
        except BaseException:
            conn.close()
            raise
    with opened.conn as conn:
        set_lock_timeout(conn, lock_timeout)
        settings = opened.settings
        live_cache = LiveCache(conn, schemas, token=opened.token)
        fingerprint_ = live_cache.converged(spec, settings)
        if fingerprint_ is not None:
            from pgdecl import cache

            cache.planned(spec, settings)       # the spec a next edit is compared with
            # the catalogs, if asked for: the live one as it was found (read again only
            # if its entry was pruned meanwhile); what the spec cannot describe is named
            # even then (one small query)
            publications, event_triggers, partial = spec.named_outside_schemas
            unmanaged = unmanaged_event_triggers(
                unmanaged_publications(read_unmanaged(conn, schemas), publications), event_triggers)
            unmanaged = tuple(u for u in unmanaged if u.schema not in partial)
            return PlanResult(Plan(steps=[], fingerprint=fingerprint_, unmanaged=unmanaged),
                              lambda: live_cache.stored() or read_live(target_dsn, schemas, lock_timeout),
                              lambda: desired_state(spec, target_dsn, shadow_dsn, settings), schemas, online)
        # the two inputs at once: the catalog queries are server time, during which the
        # desired state is loaded or built
        with ThreadPoolExecutor(1, "pgdecl-live") as pool:
            reading: Future[Catalog] = pool.submit(live_cache.catalog,
                                                   lambda: read_catalog(conn, schemas, lock_timeout))
            try:
                desired = desired_state(spec, target_dsn, shadow_dsn, settings)
            except BaseException:
                reading.result()            # an error of the live side, if any, comes first
                raise
            live = reading.result()
        del spec            # the desired state is all a plan needs now: when the caller holds
        #                     no other reference, a large spec's objects are freed before diffing
        result = plan_between(live, desired, schemas, online, measure=lambda tables: table_sizes(conn, tables))
        if result.plan.empty or not applying:
            live_cache.keep()
        if result.plan.empty:
            live_cache.record_converged(result.plan.fingerprint)
        return result


def _target_settings(conn: psycopg.Connection, shadow_dsn: str | None) -> Settings:
    """The target session's settings (its scratch session takes them: the live catalog is
    deparsed under them and apply runs under them) and the version of the server the
    desired state is built on (the target's, or a shadow of the same major version)."""
    settings = deparse_settings(conn)
    if shadow_dsn:
        settings = _with_shadow_version(settings, _shadow_settings(shadow_dsn), shadow_dsn)
    return settings


def plan_between(live: Catalog, desired: Desired, schemas: tuple[str, ...],
                 online: OnlinePolicy | None = None,
                 measure: Callable[[set[ObjectKey]], dict[ObjectKey, int]] | None = None) -> PlanResult:
    """The plan from ``live`` to ``desired``. ``measure`` gives the live size of tables (by
    their live names); the tables the plan would index or constrain are measured, so that
    the online policy can decide, and no others (without it every table counts as small)."""
    with paused_gc():           # many short-lived objects, no cycles: collections only cost time
        # in managed: false schemas only what the spec lists is compared (the fingerprint stays the whole catalog's)
        scoped = limit_to_listed(live, desired.partial)
        # renamed_from hints: the comparators see the live objects under their new names
        renamed, renames = follow_renames(scoped, desired.catalog, desired.renames)
        ops = [*renames, *diff(renamed, desired.catalog, grant_targets=desired.grant_targets,
                               default_privilege_scopes=desired.default_privilege_scopes)]
        policy = online or OnlinePolicy()
        if measure is not None and (tables := tables_to_measure(ops, renamed, policy)):
            renamed = _with_sizes(renamed, tables, desired.renames, measure)
        # a saved plan is pinned to the database as it is, not as renamed or measured
        plan = build_plan(ops, renamed, desired.catalog, policy, pinned=live)
        # named by plan, never dropped: the spec cannot describe them
        named = {key.name for key in desired.catalog.publications} | {k.name for k in desired.catalog.absent}
        named_events = {key.name for key in desired.catalog.event_triggers} | \
            {k.name for k in desired.catalog.absent if k.kind == "event trigger"}
        plan.unmanaged = unmanaged_event_triggers(unmanaged_publications(scoped.unmanaged, named), named_events)
    return PlanResult(plan, live, desired, schemas, online)


def _with_sizes(catalog: Catalog, tables: set[ObjectKey], renames: dict[ObjectKey, ObjectKey],
                measure: Callable[[set[ObjectKey]], dict[ObjectKey, int]]) -> Catalog:
    """A copy of ``catalog`` whose ``tables`` carry their measured size (a table renamed by
    the plan is measured under its live name)."""
    live_name = {table: renames.get(table, table) for table in tables}
    sizes = measure(set(live_name.values()))
    measured = dict(catalog.tables)
    for table, name in live_name.items():
        measured[table] = dc_replace(measured[table], size_bytes=sizes.get(name, 0))
    return dc_replace(catalog, tables=measured)


def replan(result: PlanResult, target_dsn: str) -> Plan:
    """What is left to do after an apply: the live catalog read again against the same desired
    state (and cached: the next plan of an unchanged database need not read it)."""
    live = read_live(target_dsn, result.schemas, cached=True)
    return plan_between(live, result.desired, result.schemas, result.online).plan
