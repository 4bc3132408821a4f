"""Scratch databases: PostgreSQL canonicalizes the spec, the same introspector reads it back."""

from __future__ import annotations

import dataclasses
import logging
import re
import signal
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from importlib import resources
from typing import TYPE_CHECKING

import psycopg
from psycopg import errors as pg_errors
from psycopg import sql

from pgdecl.catalog.introspect import introspect
from pgdecl.catalog.model import Catalog, ObjectKey, Operator, SourceMark, operator_signature
from pgdecl.catalog.scope import limit_to_listed
from pgdecl.dsn import mask, with_database
from pgdecl.errors import PgdeclError
from pgdecl.perf import replacer
from pgdecl.spec.names import aggregate_function_arguments, parse_signature, split_operator_key

if TYPE_CHECKING:
    from pgdecl.spec import DDLStatement, Spec

log = logging.getLogger(__name__)

PRESETS = ("supabase",)


class SpecSQLError(PgdeclError):
    """PostgreSQL refused a statement rendered from the spec."""


def preset_sql(name: str) -> str:
    return (resources.files("pgdecl") / "presets" / f"{name}.sql").read_text(encoding="utf-8")


SCRATCH_PREFIX = "pgdecl_shadow_"
# a scratch database left by a killed run is removed by a later run once it is this old
# (and nobody is connected to it): runs never take that long, so it is not in use
LEFTOVER_AGE = 3600


@contextmanager
def scratch_database(server_dsn: str) -> Iterator[str]:
    """A temporary database on the server of ``server_dsn``, dropped afterwards: on error,
    on Ctrl-C and on SIGTERM / SIGHUP too (``interruptible``). Its name carries its
    creation time, so that leftovers of runs killed outright (SIGKILL, a lost
    connection) are recognised and dropped by the next run on that server."""
    with interruptible():
        admin, name = _create_scratch(server_dsn)
        try:
            yield with_database(server_dsn, name)
        finally:
            with deferred_signals():        # a second Ctrl-C does not leave the database behind
                _drop_scratch(admin, server_dsn, name)


def _create_scratch(server_dsn: str) -> tuple[psycopg.Connection, str]:
    """A new scratch database's name, and the connection that created it (kept to drop it)."""
    name = f"{SCRATCH_PREFIX}{int(time.time())}_{uuid.uuid4().hex[:8]}"
    admin = None
    try:
        admin = psycopg.connect(server_dsn, autocommit=True)
        _drop_leftovers(admin)
        admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(sql.Identifier(name)))
    except psycopg.Error as exc:
        if admin is not None:
            admin.close()
        raise PgdeclError(f"cannot create a scratch database on {mask(server_dsn)}: {_pg_message(exc)} "
                          "(pgdecl needs CREATEDB there, or pass --shadow-url)") from None
    return admin, name


def _drop_scratch(admin: psycopg.Connection, server_dsn: str, name: str) -> None:
    """Drop the scratch database ``name`` (best effort: a later run drops what is left)."""
    try:
        with admin:
            try:
                admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
                return
            except psycopg.OperationalError:        # the connection was lost meanwhile: a new one
                pass
        with psycopg.connect(server_dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
    except psycopg.Error as exc:  # pragma: no cover - best effort cleanup
        log.warning("could not drop scratch database %s: %s (a later run drops it after an hour)",
                    name, _pg_message(exc))


class Scratch:
    """A scratch database and a connection to it (autocommit), made ready on a thread
    (``scratch_session``): creating a database and the first connection to it are server
    time (about 0.1 s), during which the caller renders and checks the spec's DDL or
    reads a snapshot. Every build in it is rolled back, so builds one after another
    (incremental rounds, a whole build after a refused partial one) share it."""

    def __init__(self, server_dsn: str) -> None:
        self.server_dsn = server_dsn
        self._pool: ThreadPoolExecutor | None = None
        self._made: Future[tuple[psycopg.Connection, str, psycopg.Connection]] | None = None

    def start(self) -> None:
        """Begin making the database on a thread (``connection`` waits for it)."""
        if self._made is None:
            self._pool = ThreadPoolExecutor(1, "pgdecl-scratch")
            self._made = self._pool.submit(self._make)

    def _make(self) -> tuple[psycopg.Connection, str, psycopg.Connection]:
        admin, name = _create_scratch(self.server_dsn)
        try:
            conn = psycopg.connect(with_database(self.server_dsn, name), autocommit=True)
        except BaseException:
            _drop_scratch(admin, self.server_dsn, name)
            raise
        return admin, name, conn

    def connection(self) -> psycopg.Connection:
        self.start()
        assert self._made is not None
        return self._made.result()[2]

    def close(self) -> None:
        """Drop the database, once it is made (waits for the thread: a database being created
        is dropped when it exists, not left behind)."""
        if self._made is None:
            return
        made, self._made = self._made, None
        try:
            admin, name, conn = made.result()
        except BaseException:       # nothing was left: reported by ``connection`` if it was asked for
            return
        finally:
            assert self._pool is not None
            self._pool.shutdown()
        conn.close()
        _drop_scratch(admin, self.server_dsn, name)


@contextmanager
def scratch_session(server_dsn: str, eager: bool = True) -> Iterator[Scratch]:
    """A ``Scratch`` on ``server_dsn``, made ready from now on (``eager``) or when its
    connection is first asked for; dropped when the block ends: on error, on Ctrl-C and
    on SIGTERM / SIGHUP too."""
    scratch = Scratch(server_dsn)
    with interruptible():
        try:
            if eager:
                scratch.start()
            yield scratch
        finally:
            with deferred_signals():
                scratch.close()


_LEFTOVERS_SQL = """
SELECT d.datname FROM pg_catalog.pg_database d
WHERE d.datname LIKE 'pgdecl\\_shadow\\_%'
  AND pg_catalog.pg_has_role(d.datdba, 'USAGE')
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_stat_activity a WHERE a.datid = d.oid)
"""


def _drop_leftovers(conn: psycopg.Connection) -> None:
    """Drop scratch databases of killed runs: older than LEFTOVER_AGE by their name, owned
    by this role, nobody connected (plain DROP: one being connected to meanwhile stays)."""
    now = time.time()
    for (name,) in conn.execute(_LEFTOVERS_SQL).fetchall():
        stamp = name[len(SCRATCH_PREFIX):].split("_")[0]
        created = int(stamp) if stamp.isdigit() and len(stamp) >= 9 else 0     # older names carry no time
        if now - created < LEFTOVER_AGE:
            continue
        try:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
            log.info("dropped %s, left by a run that was killed", name)
        except psycopg.Error as exc:
            log.info("cannot drop leftover scratch database %s: %s", name, _pg_message(exc))


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP while a scratch database exists: unwinds like Ctrl-C, so it is dropped."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


_STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


@contextmanager
def interruptible() -> Iterator[None]:
    """SIGTERM and SIGHUP raise ``Interrupted`` in the main thread while this is active, unless
    the program handles them itself (reconcile's graceful stop), so cleanup code runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:   # noqa: ARG001 - signal API
        raise Interrupted(signum)

    previous = {}
    for sig in _STOP_SIGNALS:
        if signal.getsignal(sig) in (signal.SIG_DFL, None):
            previous[sig] = signal.signal(sig, stop)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextmanager
def deferred_signals() -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP wait until the block is done (then take effect)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, frame: received.append(signum))
                for sig in (signal.SIGINT, *_STOP_SIGNALS)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if received:
            if received[0] == signal.SIGINT:
                raise KeyboardInterrupt
            raise Interrupted(received[0])


def _pg_message(exc: psycopg.Error) -> str:
    diag = getattr(exc, "diag", None)
    primary = diag.message_primary if diag is not None and diag.message_primary else str(exc).strip().splitlines()[0]
    return mask(primary)


def _error_detail(exc: psycopg.Error) -> str:
    text = _pg_message(exc)
    diag = getattr(exc, "diag", None)
    if diag is not None and diag.message_detail:
        text += f" ({mask(diag.message_detail)})"
    return text


# statements per round trip (and savepoint) while building the desired state
BATCH_STATEMENTS = 250


def check_statements(statements: list[DDLStatement]) -> None:
    """Every statement rendered from the spec is exactly one statement of a kind pgdecl
    renders (``sqlcheck.statement_kind``), checked before any of them runs."""
    from pgdecl.spec.sqlcheck import statement_kind

    for statement in statements:
        try:
            statement_kind(statement.sql)
        except ValueError as exc:
            raise SpecSQLError(f"{statement.origin}: {statement.what}: refused before running anything: {exc}: "
                               f"{statement.sql[:300]}") from None


def build_desired(conn: psycopg.Connection, statements: list[DDLStatement]) -> None:
    """Run the spec's DDL in the scratch database behind ``conn``, inside the transaction
    that ``spec_session`` opened (and rolls back).

    Fast path: batches of BATCH_STATEMENTS statements, one round trip and one savepoint
    each. When PostgreSQL refuses a batch (rolled back to its savepoint), run what is
    left statement by statement, each in its own savepoint, deferring failures until
    what they need exists, and report what still fails against its YAML position.
    Ctrl-C cancels the statement running on the server and stops here.
    """
    done = 0
    while done < len(statements):
        batch = statements[done:done + BATCH_STATEMENTS]
        try:
            with conn.transaction():
                # one statement a line: a trailing comment cannot swallow the separator
                conn.execute("\n;\n".join(s.sql for s in batch))  # type: ignore[arg-type]
        except pg_errors.QueryCanceled:
            raise KeyboardInterrupt from None       # Ctrl-C (psycopg cancels the query), not bad SQL
        except psycopg.Error as exc:
            _check_capacity(exc)
            break
        done += len(batch)
    # the functions' own definitions run only once everything else is built (a deferred
    # statement run after one would let PostgreSQL call spec code: see ddl._stand_in)
    from pgdecl.spec.ddl import DEFINITIONS, EVENT_TRIGGERS

    pending = statements[done:]
    _run_deferring(conn, [s for s in pending if s.phase not in (DEFINITIONS, EVENT_TRIGGERS)])
    _run_deferring(conn, [s for s in pending if s.phase == DEFINITIONS])
    # last: an event trigger would fire on any DDL run after it
    _run_deferring(conn, [s for s in pending if s.phase == EVENT_TRIGGERS])


def _run_deferring(conn: psycopg.Connection, pending: list[DDLStatement]) -> None:
    """Each statement in its own savepoint, those PostgreSQL refuses retried once what they
    need exists; what still fails is reported against its YAML position."""
    errors: dict[int, psycopg.Error] = {}
    while pending:
        deferred = []
        for stmt in pending:
            try:
                with conn.transaction():
                    conn.execute(stmt.sql)  # type: ignore[arg-type]
            except pg_errors.QueryCanceled:
                raise KeyboardInterrupt from None
            except psycopg.Error as exc:
                _check_capacity(exc)
                errors[id(stmt)] = exc
                deferred.append(stmt)
        if len(deferred) == len(pending):
            first = _root_failure(deferred, errors)
            error = errors[id(first)]
            raise SpecSQLError(f"{first.origin}: {first.what}: {_error_detail(error)}"
                               f"{_version_hint(first.sql, error, conn.info.server_version)}")
        pending = deferred


_QUOTED_NAME = re.compile(r'"((?:[^"]|"")+)"')


def _root_failure(deferred: list[DDLStatement], errors: dict[int, psycopg.Error]) -> DDLStatement:
    """The statement to report when none of ``deferred`` can run: the first whose error names
    nothing another of them would create (a table using a collation the spec lacks, rather
    than the function returning that table's rows, which only waits for the table)."""
    def own(stmt: DDLStatement) -> set[str]:
        return {stmt.key.name, f"{stmt.key.schema}.{stmt.key.name}"}

    owners: dict[str, int] = {}          # name -> how many of the deferred statements build it
    for stmt in deferred:
        for name in own(stmt):
            owners[name] = owners.get(name, 0) + 1
    for stmt in deferred:
        names = {m.replace('""', '"') for m in _QUOTED_NAME.findall(_pg_message(errors[id(stmt)]))}
        # waiting for another statement's object (a view on itself waits for nothing else)
        if not any(owners.get(name, 0) > (name in own(stmt)) for name in names):
            return stmt
    return deferred[0]


# spec features newer than the oldest supported server: (first server_version_num that has
# it, the feature, the error an older server gives, a pattern the statement must contain)
VERSION_FEATURES = (
    (150000, "security_invoker", re.compile(r'unrecognized parameter "security_invoker"'), None),
    (150000, "NULLS NOT DISTINCT", re.compile(r'syntax error at or near "NULLS"'),
     re.compile(r"\bnulls\s+not\s+distinct\b", re.I)),
    (170000, "the MAINTAIN privilege", re.compile(r'unrecognized privilege type "maintain"', re.I), None),
    (180000, "a VIRTUAL generated column", re.compile(r'syntax error at or near "VIRTUAL"', re.I),
     re.compile(r"\bvirtual\b", re.I)),
)


def _version_hint(statement: str, exc: psycopg.Error, server_version: int) -> str:
    """Why a statement fails on an older server: the spec uses a feature it lacks."""
    message = _pg_message(exc)
    for needs, feature, error, used in VERSION_FEATURES:
        if server_version < needs and error.search(message) and (used is None or used.search(statement)):
            return (f": {feature} needs PostgreSQL {needs // 10000} or later "
                    f"(the server runs {server_version // 10000}.{server_version % 10000})")
    return ""


def _check_capacity(exc: psycopg.Error) -> None:
    """The server's lock table is full: one transaction holds a lock on every relation it
    creates, about a dozen a table with its indexes."""
    if isinstance(exc, pg_errors.OutOfMemory) or getattr(exc, "sqlstate", None) == "53200":
        raise PgdeclError(
            "the spec is too large to canonicalize in one transaction on this server (out of shared memory: "
            "its lock table holds max_locks_per_transaction × max_connections locks, and every table the spec "
            "creates takes about a dozen until the end). Use --shadow-url with a scratch server started with a "
            "larger max_locks_per_transaction (e.g. postgres -c max_locks_per_transaction=1024)") from None


# the settings that change canonical text and that a scratch session takes from the target's
# (a target database with ALTER DATABASE … SET timezone reads timestamptz bounds in that zone)
SESSION_SETTINGS = frozenset({"DateStyle", "IntervalStyle", "TimeZone", "timezone_abbreviations",
                              "extra_float_digits", "bytea_output"})


@contextmanager
def spec_session(spec: Spec, server_dsn: str, preset: str | None = None,
                 settings: Iterable[tuple[str, str | None]] = (),
                 statements: list[DDLStatement] | None = None,
                 scratch: Scratch | None = None) -> Iterator[psycopg.Connection]:
    """A connection to a scratch database on ``server_dsn`` in which the spec is built,
    inside one transaction that is always rolled back.

    Nothing of it outlives the block: roles the preset creates (CREATE ROLE is
    transactional), and the scratch database itself is dropped (``scratch``: one the
    caller made ready, and drops; otherwise one made while the DDL is rendered and
    checked). Before any of it runs, every statement is parsed (``check_statements``);
    function bodies are not checked (``check_function_bodies = off``, as pg_dump restores
    them): names in them are resolved when they run, and a validator compiling a body
    would run code. ``statements``: a part of the spec's rendered DDL to build instead
    of all of it (``pgdecl.incremental``).
    """
    if scratch is None:
        with scratch_session(server_dsn) as own, \
                spec_session(spec, server_dsn, preset, settings, statements, own) as conn:
            yield conn
        return
    from pgdecl.spec import render_ddl

    if statements is None:
        statements = render_ddl(spec)
    check_statements(statements)
    conn = scratch.connection()
    check_server_version(spec, conn.info.server_version)
    try:
        with conn.transaction(force_rollback=True):
            conn.execute("SET LOCAL check_function_bodies = off")
            conn.execute("SET LOCAL synchronous_commit = off")
            for name, value in settings:
                if name in SESSION_SETTINGS and value is not None:
                    conn.execute("SELECT pg_catalog.set_config(%s, %s, true)", [name, value])
            if preset or spec.preset:
                conn.execute(preset_sql(preset or spec.preset))  # type: ignore[arg-type]
            build_desired(conn, statements)
            yield conn
    except pg_errors.QueryCanceled:
        raise KeyboardInterrupt from None


def check_server_version(spec: Spec, server_version: int) -> None:
    """What the spec uses that the server lacks: one clear error before anything runs."""
    from pgdecl.spec.publications import version_problem

    from pgdecl.spec import events

    problem = version_problem(spec.publications, server_version) or \
        events.version_problem(spec.event_triggers, server_version)
    if problem:
        raise SpecSQLError(f"{problem}; nothing was run")


@dataclasses.dataclass(frozen=True, slots=True)
class Desired:
    catalog: Catalog
    # objects whose privileges the spec manages → the roles it manages on each
    grant_targets: dict[ObjectKey, frozenset[str]]
    # explicit rename hints (spec.renames): new key → the key the object had before
    renames: dict[ObjectKey, ObjectKey] = dataclasses.field(default_factory=dict)
    # (schema, creating role) pairs whose default privileges are managed ('' = global);
    # None: every entry (the desired side is a database)
    default_privilege_scopes: frozenset[tuple[str, str]] | None = frozenset()
    # ``managed: false`` schemas → the keys of the objects the spec lists there (canonical);
    # only those are compared (catalog/scope.py), on the live side too
    partial: dict[str, frozenset[ObjectKey]] = dataclasses.field(default_factory=dict)


def canonicalize(spec: Spec, server_dsn: str, settings: Iterable[tuple[str, str | None]] = ()) -> Desired:
    """The desired state: the spec built in a scratch database on ``server_dsn`` and read back,
    under the target session's ``settings`` (``introspect.deparse_settings``) where given."""
    catalog, function_keys = build_and_read(spec, server_dsn, settings)
    return finish(catalog, spec, function_keys)


def build_and_read(spec: Spec, server_dsn: str, settings: Iterable[tuple[str, str | None]] = (),
                   statements: list[DDLStatement] | None = None,
                   routines: Iterable[ObjectKey] | None = None,
                   scratch: Scratch | None = None) -> tuple[Catalog, dict[ObjectKey, ObjectKey]]:
    """The catalog of the spec (or of ``statements``, a part of it) built in a rolled-back
    scratch session (in ``scratch``, if given), as read back before anything else is done
    with it, and the canonical keys of the spec's functions and aggregates (of ``routines``
    only, when given)."""
    if routines is None:
        routines = set(spec.origins) | set(spec.grant_targets)
    wanted = sorted({key for key in routines if key.kind in ("function", "aggregate")})
    with spec_session(spec, server_dsn, settings=settings, statements=statements, scratch=scratch) as conn:
        catalog = introspect(conn, spec.managed_schemas)
        function_keys = _canonical_function_keys(conn, [k for k in wanted if k.kind == "function"], catalog)
        function_keys.update(_canonical_function_keys(conn, [k for k in wanted if k.kind == "aggregate"], catalog,
                                                      "aggregate"))
        function_keys.update(_canonical_operator_keys(conn, spec))
    return catalog, function_keys


def finish(catalog: Catalog, spec: Spec, function_keys: dict[ObjectKey, ObjectKey]) -> Desired:
    """The desired state from the canonical catalog of ``spec``."""
    catalog.operators = mirrored_operator_links(catalog.operators)
    partial = _partial_keys(spec, function_keys)
    return Desired(limit_to_listed(_finish(catalog, spec, function_keys), partial), _grant_targets(spec, function_keys),
                   dict(spec.renames), spec.default_privilege_scopes, partial)


def _partial_keys(spec: Spec, function_keys: dict[ObjectKey, ObjectKey]) -> dict[str, frozenset[ObjectKey]]:
    from pgdecl.spec.partial import listed_keys

    return {name: frozenset(function_keys.get(key, key) for key in listed_keys(schema))
            for name, schema in spec.partial_schemas.items()}


_VARIADIC = re.compile(r"(?i)(^|, )VARIADIC ")


def _canonical_function_keys(conn: psycopg.Connection, spec_keys: list[ObjectKey], catalog: Catalog,
                             kind: str = "function") -> dict[ObjectKey, ObjectKey]:
    """Spec function (or aggregate) keys ('add(a int, b int)') → catalog keys
    ('add(a integer, b integer)').

    A name that is not overloaded maps directly; an overloaded one is resolved with
    to_regprocedure, which does not accept argument names (a key such as
    'f(s varchar)' of an overloaded f stays unmapped).
    """
    if not spec_keys:
        return {}
    overloads: dict[tuple[str, str], list[ObjectKey]] = {}
    routines = catalog.aggregates if kind == "aggregate" else catalog.functions
    for key, routine in routines.items():
        overloads.setdefault((routine.schema, routine.name), []).append(key)
    mapped: dict[ObjectKey, ObjectKey] = {}
    ambiguous: list[ObjectKey] = []
    for key in spec_keys:
        candidates = overloads.get((key.schema, parse_signature(key.name).name), [])
        if len(candidates) == 1:
            mapped[key] = candidates[0]
        else:
            ambiguous.append(key)
    for key in ambiguous:
        name = key.name
        if kind == "aggregate":     # to_regprocedure takes a function's argument list
            signature = parse_signature(key.name)
            arguments = aggregate_function_arguments(signature.arguments)
            plain = _VARIADIC.sub(r"\1", arguments)
            name = f"{signature.name}({plain})"
        signature_text = f"{sql.Identifier(key.schema).as_string(None)}.{name}"
        try:
            with conn.transaction():
                row = conn.execute(
                    "SELECT n.nspname, p.proname, CASE WHEN p.prokind = 'a' AND p.pronargs = 0 THEN '*' "
                    "ELSE pg_catalog.pg_get_function_identity_arguments(p.oid) END "
                    "FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
                    "WHERE p.oid = pg_catalog.to_regprocedure(%s)", [signature_text]).fetchone()
        except psycopg.Error:
            row = None
        if row:
            mapped[key] = ObjectKey(kind, row[0], f"{row[1]}({row[2]})")
    return mapped


def _canonical_operator_keys(conn: psycopg.Connection, spec: Spec) -> dict[ObjectKey, ObjectKey]:
    """Spec operator keys ('===(int, int)') → catalog keys ('===(integer, integer)'), by
    to_regoperator in one query."""
    spec_keys = sorted(k for k in spec.origins if k.kind == "operator")
    if not spec_keys:
        return {}
    texts = []
    for key in spec_keys:
        name, left, right = split_operator_key(key.name)
        texts.append(f"{sql.Identifier(key.schema).as_string(None)}.{name}({left or 'NONE'}, {right})")
    rows = conn.execute(
        "SELECT t.i, n.nspname, o.oprname || '(' || COALESCE(pg_catalog.format_type(NULLIF(o.oprleft, 0), NULL), "
        "'NONE') || ', ' || pg_catalog.format_type(o.oprright, NULL) || ')' "
        "FROM unnest(%s::text[]) WITH ORDINALITY AS t(text, i) "
        "JOIN pg_catalog.pg_operator o ON o.oid = pg_catalog.to_regoperator(t.text) "
        "JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace", [texts]).fetchall()
    return {spec_keys[i - 1]: ObjectKey("operator", schema, name) for i, schema, name in rows}


def mirrored_operator_links(operators: dict[ObjectKey, Operator]) -> dict[ObjectKey, Operator]:
    """Commutator and negator links made symmetric, as the plan leaves them: when A names B
    its commutator, PostgreSQL links B back to A only if B exists already (else B, created
    later from the shell A left, keeps the links its own CREATE names), so the shadow's
    result would depend on the order of the spec. A partner that names none of its own is
    given the link back."""
    result = dict(operators)
    for op in operators.values():
        for attribute, swap in (("commutator", True), ("negator", False)):
            partner_name = getattr(op, attribute)
            if partner_name is None:
                continue
            schema, _, name = partner_name.partition(".")
            left, right = (op.right, op.left) if swap else (op.left, op.right)
            if left is None:
                continue
            partner_key = ObjectKey("operator", schema, operator_signature(name, left, right))
            partner = result.get(partner_key)
            if partner is not None and getattr(partner, attribute) is None:
                result[partner_key] = dataclasses.replace(partner, **{attribute: f"{op.schema}.{op.name}"})
    return result


def _finish(catalog: Catalog, spec: Spec, function_keys: dict[ObjectKey, ObjectKey]) -> Catalog:
    """Attach what only the spec knows: pinned extension versions, source positions."""
    extensions = {}
    for key, ext in catalog.extensions.items():
        wanted = spec.extensions.get(ext.name)
        if wanted is None:
            continue        # installed by the preset or as a dependency: not managed
        extensions[key] = dataclasses.replace(ext, version=wanted.version, origin=wanted.origin,
                                              any_schema=wanted.schema is None)
    catalog.extensions = extensions
    # database-wide: only what the spec lists is managed
    catalog.foreign_data_wrappers = {key: dataclasses.replace(w, origin=spec.foreign_data_wrappers[w.name].origin)
                                     for key, w in catalog.foreign_data_wrappers.items()
                                     if w.name in spec.foreign_data_wrappers}
    catalog.servers = {key: dataclasses.replace(server, origin=spec.servers[server.name].origin)
                       for key, server in catalog.servers.items() if server.name in spec.servers}
    catalog.user_mappings = {
        key: dataclasses.replace(mapping, origin=spec.user_mappings[key.name].origin,
                                 secret_env=tuple(sorted(spec.user_mappings[key.name].secret_options.items())))
        for key, mapping in catalog.user_mappings.items() if key.name in spec.user_mappings}
    catalog.publications = {key: pub for key, pub in catalog.publications.items() if pub.name in spec.publications}
    catalog.event_triggers = {key: trigger for key, trigger in catalog.event_triggers.items()
                              if trigger.name in spec.event_triggers}
    catalog.absent = frozenset(p.key for p in spec.publications.values() if p.absent) | \
        frozenset(t.key for t in spec.event_triggers.values() if t.absent)
    origins: dict[str, list[tuple[ObjectKey, SourceMark]]] = {}
    for spec_key, mark in spec.origins.items():
        origins.setdefault(spec_key.kind, []).append((spec_key, mark))
    for kind in ("schema", "collation", "type", "sequence", "table", "constraint", "index", "view", "policy", "trigger",
                 "function", "aggregate", "operator", "operator family", "operator class", "foreign table",
                 "statistics", "text search dictionary", "text search configuration", "publication", "event trigger",
                 "rule"):
        if kind not in origins:
            continue
        objects = catalog.by_kind(kind)
        for spec_key, mark in origins[kind]:
            key = function_keys.get(spec_key, spec_key)
            obj = objects.get(key)
            if obj is not None:
                objects[key] = replacer(type(obj), "origin")(obj, mark)
    for schema in spec.schemas.values():
        for view_spec in schema.views.values():
            view_key = ObjectKey("view", schema.name, view_spec.name)
            if view_spec.materialized and view_key in catalog.views:     # built WITH NO DATA
                catalog.views[view_key] = dataclasses.replace(catalog.views[view_key], populated=view_spec.with_data)
        for type_spec in schema.types.values():
            type_key = ObjectKey("type", schema.name, type_spec.name)
            if type_spec.renamed_values and type_key in catalog.types:
                catalog.types[type_key] = dataclasses.replace(
                    catalog.types[type_key],
                    renamed_labels=tuple((old, new) for new, old in type_spec.renamed_values.items()))
    return catalog


def _grant_targets(spec: Spec, function_keys: dict[ObjectKey, ObjectKey]) -> dict[ObjectKey, frozenset[str]]:
    """The spec's grant targets (canonical function keys) and the roles managed on each."""
    return {function_keys.get(key, key): roles for key, roles in spec.grant_roles.items()}
