"""Desired states cached by content: an unchanged spec is not parsed or canonicalized again.

Two entries per spec. The loaded spec, keyed by the files' paths and bytes and the
code that parses them: an unchanged spec is not parsed again (YAML parsing and
validation are most of a no-op plan's time on a large spec). The desired state,
keyed by everything the desired catalog depends on: the spec files' bytes, the
server's version and the session settings that change canonical text
(``DEPARSE_SETTINGS``, read on the server that canonicalizes), the preset, and the
code that renders and reads it.

After an edit (new bytes, same server and settings), the desired state is built again in
part: a snapshot of the last planned spec's canonical entries by unit (``units-<key>-<spec>``,
``key`` from ``units_key``; ``units-<key>`` names the last planned spec's) gives the units
the edit did not touch (``pgdecl.incremental``). The spec files are read in part too: an
index per file (``chunks-*``) gives the objects whose text did not change (``spec.chunks``).

And the live catalog of a target, keyed by a token that changes with every committed
catalog change and names the server, database and role (``catalog_token``): a plan
against a database whose schema did not change since the last plan reuses what that
plan read (``PGDECL_CACHE_LIVE=0`` turns this part off). ``PGDECL_CACHE=0`` turns the
whole cache off.

Entries are pickles, and unpickling runs code: the folder is trusted only if it is a
directory (not a symbolic link) owned by the current user that neither group nor others
may write, and each entry only if it is a regular file with the same owner and mode,
checked on the open file (``_Folder``). Anything else is refused with an error naming
the folder (``PgdeclError``), as ssh refuses a ``~/.ssh`` others may write.
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import io
import logging
import operator
import os
import pickle
import secrets
import stat
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from types import FunctionType
from typing import TYPE_CHECKING, Any

import psycopg

from pgdecl.catalog.model import Catalog, Column
from pgdecl.errors import PgdeclError
from pgdecl.perf import paused_gc
from pgdecl.plan import fingerprint, remember_fingerprint
from pgdecl.shadow import Desired

if TYPE_CHECKING:
    from pgdecl.spec import Spec

# (name, value) of each of ``catalog.introspect.DEPARSE_SETTINGS`` on the server that
# canonicalizes the spec (``introspect.deparse_settings``)
Settings = tuple[tuple[str, "str | None"], ...]

log = logging.getLogger(__name__)

_PACKAGE = Path(__file__).resolve().parent
# the code whose output ends up in a desired catalog
_CODE = ("catalog", "spec", "presets", "shadow.py", "incremental.py")


# entries kept in the cache folder; the least recently used beyond this are removed
# (every edit of a spec adds two entries, every new state of a database one, and a
# reconciler runs for months)
KEEP = int(os.environ.get("PGDECL_CACHE_KEEP", "64"))


def _switched_on(variable: str) -> bool:
    return os.environ.get(variable, "1") not in ("0", "false", "no", "off")


def enabled() -> bool:
    return _switched_on("PGDECL_CACHE")


def _folder() -> Path:
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(os.environ.get("PGDECL_CACHE_DIR", Path(root) / "pgdecl" / "desired"))


def _files_digest(files: Iterable[Path]) -> str:
    """A hash of the .py and .sql files among ``files``: their paths in the package and bytes."""
    digest = hashlib.sha256()
    for file in files:
        if file.is_file() and file.suffix in (".py", ".sql"):
            digest.update(str(file.relative_to(_PACKAGE)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """The code whose output ends up in a catalog (desired or live)."""
    files: list[Path] = []
    for name in _CODE:
        path = _PACKAGE / name
        files.extend(sorted(path.rglob("*")) if path.is_dir() else [path])
    return _files_digest(files)


def key(spec: Spec, settings: Settings) -> str:
    """The desired state's key: pgdecl's code, the server's identity and version and the
    settings that change canonical text (all in ``settings``), the spec files' paths and bytes."""
    digest = hashlib.sha256()
    digest.update(_code_digest().encode())
    digest.update(repr(tuple(settings)).encode())
    for file in sorted(spec.files):
        digest.update(str(file.resolve()).encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:32]


def load(spec: Spec, settings: Settings, spec_key: str | None = None) -> Desired | None:
    """The desired state stored for ``spec`` (``spec_key``: its ``key``, if computed already)."""
    if not enabled():
        return None
    desired = _read(f"{spec_key or key(spec, settings)}.pickle")
    if not isinstance(desired, Desired):
        return None
    log.info("desired state from cache")
    return desired


def store(spec: Spec, settings: Settings, desired: Desired, spec_key: str | None = None) -> None:
    if enabled():
        _write(f"{spec_key or key(spec, settings)}.pickle", desired)


def units_key(settings: Settings, preset: str | None) -> str:
    """The key of the per-unit snapshot (``pgdecl.incremental``): pgdecl's code, the server
    (its identity: system identifier, start time, address and port), its version and the
    settings that change canonical text (all in ``settings``), the preset. Not the spec: the
    snapshot is compared with whatever spec comes next, unit by unit."""
    digest = hashlib.sha256(b"units")
    digest.update(_code_digest().encode())
    digest.update(repr(tuple(settings)).encode())
    digest.update(repr(preset).encode())
    return digest.hexdigest()[:32]


def _snapshot_names(units: str, spec_key: str) -> tuple[str, str]:
    """The pointer to the snapshot of the spec planned last under the units key ``units``,
    and the snapshot of the spec of key ``spec_key``."""
    return f"units-{units}.pickle", f"units-{units}-{spec_key}.pickle"


def planned(spec: Spec, settings: Settings, spec_key: str | None = None) -> None:
    """``spec`` was planned (its desired state taken whole from the cache, or not needed):
    the next edit is compared with its snapshot, if there is one."""
    if not enabled() or dict(settings).get("server_identity") is None:
        return
    pointer, own = _snapshot_names(units_key(settings, spec.preset), spec_key or key(spec, settings))
    if _read(pointer) != own and _exists(own):
        _write(pointer, own)


def desired(spec: Spec, server_dsn: str, settings: Settings) -> Desired:
    """The desired state of ``spec`` canonicalized on ``server_dsn`` under ``settings``: the
    one stored for the same spec bytes, or built again in part from the snapshot of the
    last spec canonicalized under the same settings (``pgdecl.incremental``), or in full."""
    from pgdecl.shadow import canonicalize

    if not enabled():
        return canonicalize(spec, server_dsn, settings)
    spec_key = key(spec, settings)      # reads every spec file: once
    found = load(spec, settings, spec_key)
    if found is not None:           # first: nothing of the spec is loaded, nothing more imported
        planned(spec, settings, spec_key)
        return found
    if dict(settings).get("server_identity") is None:
        # a snapshot is compared with the next spec under its key: without the server's
        # identity, another server's canonical forms could be taken for this one's
        result = canonicalize(spec, server_dsn, settings)
        store(spec, settings, result, spec_key)
        return result
    from pgdecl import incremental
    from pgdecl.shadow import scratch_session

    key_ = units_key(settings, spec.preset)
    pointer, own = _snapshot_names(key_, spec_key)
    last = _read(pointer)
    # after an edit something is built: the scratch database is made while the snapshot is
    # read and compared (the same spec planned again builds nothing: made only if needed)
    with scratch_session(server_dsn, eager=last != own) as scratch:
        snapshot = _read(last) if isinstance(last, str) and last.startswith(f"units-{key_}-") else None
        if not isinstance(snapshot, incremental.Snapshot):
            snapshot = None
        result, fresh = incremental.desired(spec, server_dsn, settings, snapshot, key_, scratch)
    _forget_statements(spec)        # rendered for this only: a large spec's are tens of megabytes
    if fresh is None or (snapshot is not None and fresh.same_units(snapshot)):
        # the same spec planned again (nothing was built): now worth keeping whole. The
        # first plan after an edit keeps only the snapshot it needs, which gives the
        # same desired state again (writing both cost a third of that plan)
        store(spec, settings, result, spec_key)
    else:
        _write(own, fresh)
        _write(pointer, own)
    return result


def live_enabled() -> bool:
    return enabled() and _switched_on("PGDECL_CACHE_LIVE")


def live_key(conn: psycopg.Connection, schemas: Iterable[str], token: str | None = None) -> str | None:
    """The key of the live catalog of ``conn``'s database as it is now (None: cache off,
    or the server cannot be told apart from a clone of it).

    Built from ``catalog_token`` (which changes with every committed catalog change and
    names the server, database and role), the schemas read and the code that reads
    them: an entry is found again only from the same database, while nothing
    introspection reads has changed.
    """
    if not live_enabled():
        return None
    from pgdecl.catalog.introspect import catalog_token

    if token is None:           # (given: read on this connection just before, ``engine.opening``)
        token = catalog_token(conn)
    if token is None:
        return None
    digest = hashlib.sha256(b"live")
    digest.update(_code_digest().encode())
    digest.update(repr(sorted(schemas)).encode())
    digest.update(token.encode())
    return digest.hexdigest()[:32]


def load_live(key: str | None) -> Catalog | None:
    """The live catalog stored under ``key``, its fingerprint remembered (no need to hash it again)."""
    if key is None:
        return None
    entry = _read(f"live-{key}.pickle")
    if not (isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[1], Catalog)):
        return None
    log.info("live catalog from cache (unchanged since it was read)")
    remember_fingerprint(entry[1], entry[0])
    return entry[1]


def store_live(key: str | None, catalog: Catalog) -> None:
    if key is not None:
        _write(f"live-{key}.pickle", (fingerprint(catalog), catalog))


@lru_cache(maxsize=1)
def _package_digest() -> str:
    """All of pgdecl's code: what a plan is, beyond the catalogs it compares."""
    return _files_digest(sorted(_PACKAGE.rglob("*")))


def converged_key(live_key: str | None, spec: Spec, settings: Settings) -> str | None:
    """The key under which an empty plan from this live catalog to this spec is recorded.

    A plan is a function of the live catalog, the desired state and pgdecl's code, and an
    empty one does not depend on the online policy or on table sizes: when the catalog
    token and the spec are what they were when a plan came out empty, it is empty again
    (a converged database checked on a timer costs one token query).
    """
    if live_key is None:
        return None
    digest = hashlib.sha256(b"converged")
    digest.update(_package_digest().encode())
    digest.update(live_key.encode())
    digest.update(key(spec, settings).encode())
    return digest.hexdigest()[:32]


class LiveCache:
    """The cache around the live catalog of one target database (``conn``'s), under its
    catalog token: the catalog read last time while nothing introspection reads has
    changed, and the outcome "no changes" of a plan of a spec against it.

    ``catalog(read)`` is the one stored, or ``read()``; ``keep`` stores what was read;
    ``converged(spec, settings)`` is the fingerprint recorded when a plan of that spec
    (under those settings) against the database as it is now came out empty, and
    ``record_converged`` records one.
    """

    def __init__(self, conn: psycopg.Connection, schemas: Iterable[str], enabled_: bool = True,
                 token: str | None = None) -> None:
        self.key = live_key(conn, schemas, token) if enabled_ else None
        self._read: Catalog | None = None
        self._converged: str | None = None

    def catalog(self, read: Any) -> Catalog:
        found = load_live(self.key)
        if found is not None:
            return found
        self._read = read()
        return self._read

    def stored(self) -> Catalog | None:
        return load_live(self.key)

    def keep(self) -> None:
        """Store the catalog ``catalog`` read (not one it found)."""
        if self._read is not None:
            store_live(self.key, self._read)

    def converged(self, spec: Spec, settings: Settings) -> str | None:
        self._converged = converged_key(self.key, spec, settings)
        return load_converged(self._converged)

    def record_converged(self, fingerprint_: str) -> None:
        """After ``converged``: the plan of that spec came out empty."""
        store_converged(self._converged, fingerprint_)


def load_converged(key: str | None) -> str | None:
    """The fingerprint of the database when a plan under ``key`` was last found empty."""
    if key is None:
        return None
    found = _read(f"converged-{key}.pickle")
    if isinstance(found, str):
        log.info("no changes since the last plan of this spec against this database (cache)")
        return found
    return None


def store_converged(key: str | None, fingerprint_: str) -> None:
    if key is not None:
        _write(f"converged-{key}.pickle", fingerprint_)


class CachedSpec:
    """A spec whose bytes were loaded before: its files and managed schemas at once,
    everything else read on first use (``_load_spec``: from the files' indexes, nothing
    parsed again). A plan whose desired state is cached too needs nothing else, so it
    never loads the spec's objects (a sixth of a no-op plan's time, and tens of megabytes
    on a large spec). Stands in for ``Spec`` wherever one is read."""

    __slots__ = ("files", "managed_schemas", "named_outside_schemas", "preset", "_paths", "_spec")

    def __init__(self, files: tuple[Path, ...], managed_schemas: tuple[str, ...],
                 paths: str | Path | Iterable[str | Path], named_outside_schemas: Any = None,
                 preset: str | None = None) -> None:
        self.files = files
        self.managed_schemas = managed_schemas
        self.named_outside_schemas = named_outside_schemas
        self.preset = preset
        self._paths = paths
        self._spec: Spec | None = None

    def __getattr__(self, name: str) -> Any:       # only for what the slots do not hold
        if self._spec is None:
            self._spec = _load_spec(self._paths)
        return getattr(self._spec, name)


def _forget_statements(spec: Any) -> None:
    """Let the statements the spec's index kept (``Spec.rendered``) go."""
    loaded = spec._spec if isinstance(spec, CachedSpec) else spec
    rendered = getattr(loaded, "rendered", None) if loaded is not None else None
    if rendered:
        rendered.clear()


def load_spec(paths: str | Path | Iterable[str | Path]) -> Spec:
    """``pgdecl.spec.load_spec``, reusing what was read before: for the same bytes, a
    ``CachedSpec``; after an edit, the objects of the files' indexes whose text did not
    change (``spec.chunks``)."""
    from pgdecl.spec.files import spec_files

    if not enabled():
        from pgdecl.spec import load_spec as parse_spec       # the YAML loader: imported only to parse

        return parse_spec(paths)
    files = spec_files(paths)
    digest = hashlib.sha256(b"spec")
    digest.update(_code_digest().encode())
    for file in files:
        digest.update(f"{file}\0{file.resolve()}\0".encode())
        try:
            digest.update(file.read_bytes())
        except OSError:
            return _load_spec(paths)        # let the loader report it
    head = f"spec-{digest.hexdigest()[:32]}.head.pickle"
    found = _read(head)
    if isinstance(found, tuple) and len(found) == 4:
        log.info("spec from cache")
        return CachedSpec(found[0], found[1], paths, found[2], found[3])  # type: ignore[return-value]
    spec = _load_spec(paths)
    _write(head, (spec.files, spec.managed_schemas, spec.named_outside_schemas, spec.preset))
    return spec


def _index_name(path: Path) -> str:
    digest = hashlib.sha256(b"chunks")
    digest.update(_code_digest().encode())
    digest.update(str(path.resolve()).encode())
    return f"chunks-{digest.hexdigest()[:32]}.pickle"


def _load_spec(paths: str | Path | Iterable[str | Path]) -> Spec:
    """The spec, read with the files' indexes (``spec.chunks``); the new indexes stored."""
    from pgdecl.spec import chunks

    previous: dict[Path, Any] = {}

    def index_of(path: Path) -> Any:
        found = _read(_index_name(path))
        previous[path] = found if isinstance(found, chunks.FileIndex) else None
        return previous[path]

    spec, indexes = chunks.load(paths, index_of, dumps)
    for path, index in indexes.items():
        before = previous.get(path)
        if before is None or before.text != index.text or len(before.chunks) != len(index.chunks) \
                or any(a.blob is not b.blob or a.start != b.start for a, b in zip(before.chunks, index.chunks)):
            _write(_index_name(path), index)
    return spec


def dumps(value: Any) -> bytes:
    """``value`` pickled as the cache pickles its entries."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def _rebuild_flat(cls: type, *values: Any) -> Any:
    """A slotted dataclass from its field values, without ``__init__``: what entries written
    before ``_builder`` name (they stay readable)."""
    obj = object.__new__(cls)
    for set_slot, value in zip(_slot_setters(cls), values):
        set_slot(obj, value)
    return obj


def _rebuild(cls: type, values: tuple[Any, ...]) -> Any:
    """What entries written before ``_rebuild_flat`` name: they stay readable."""
    return _rebuild_flat(cls, *values)


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@lru_cache(maxsize=None)
def _field_set(cls: type) -> frozenset[str]:
    return frozenset(_field_names(cls))


@lru_cache(maxsize=None)
def _slot_setters(cls: type) -> tuple[Any, ...]:
    # the slot descriptors' __set__ bypasses a frozen dataclass's __setattr__
    return tuple(getattr(cls, name).__set__ for name in _field_names(cls))


# the function ``_builder`` made for each class, and back: a pickle names a builder as
# the call ``_builder(cls)``, which gives it again when the pickle is loaded
_BUILT: dict[Any, type] = {}


# classes whose objects alike in every field are one object in the whole process: the
# columns of the live and desired catalogs (the same id, created_at, … in every table), so
# a table's columns compared with the other side's compare by identity, in C
_SHARED: dict[type, dict[tuple[Any, ...], Any]] = {Column: {}}


@lru_cache(maxsize=None)
def _builder(cls: type) -> Any:
    """A function of a dataclass's field values (positional, in field order) that returns
    the object, without ``__init__`` (what unpickling does): straight-line code,
    ``obj = object.__new__(cls)`` then each slot descriptor's ``__set__`` (slotted) or each
    entry of the instance dictionary (plain: the spec's classes, three times as fast to load as
    pickle's own way, which also stores every field's name in every object), no loop and
    no ``*args``: one Python call per object loaded; for a class of ``_SHARED``, the
    object built before from the same values. Made with ``exec``, as ``dataclasses``
    makes ``__init__``; only generated names (``v0``, ``set0``) and the class's field
    names (identifiers, as string constants) appear in its text."""
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls, "shared": _SHARED.get(cls)}
    names = _field_names(cls)
    arguments = ", ".join(f"v{i}" for i in range(len(names)))
    if "__slots__" in cls.__dict__:
        namespace.update((f"set{i}", setter) for i, setter in enumerate(_slot_setters(cls)))
        sets = "".join(f"    set{i}(obj, v{i})\n" for i in range(len(names)))
    else:       # the instance dictionary filled as unpickling fills it (field names are identifiers)
        assert all(name.isidentifier() for name in names)
        sets = "    state = obj.__dict__\n" + "".join(f"    state[{name!r}] = v{i}\n" for i, name in enumerate(names))
    if cls in _SHARED:
        text = (f"def build({arguments}):\n    values = ({arguments},)\n    obj = shared.get(values)\n"
                f"    if obj is not None:\n        return obj\n    obj = shared[values] = new(cls)\n{sets}    return obj\n")
    else:
        text = f"def build({arguments}):\n    obj = new(cls)\n{sets}    return obj\n"
    exec(text, namespace)  # noqa: S102
    build = namespace["build"]
    build.__qualname__ = f"_builder({cls.__qualname__})"
    _BUILT[build] = cls
    return build


def _fields_getter(cls: type) -> Any:
    """A C-level getter of an object's field values, as a tuple."""
    names = _field_names(cls)
    if len(names) == 1:
        (name,) = names
        return lambda obj: (getattr(obj, name),)
    return operator.attrgetter(*names)


@lru_cache(maxsize=None)
def _how_to_pickle(cls: type) -> tuple[str, Any] | None:
    """('slotted' | 'plain' | 'namedtuple', field getter) for the classes this pickler
    handles itself; None for the rest (the default way)."""
    if dataclasses.is_dataclass(cls):
        if cls.__reduce_ex__ is not object.__reduce_ex__ or cls.__reduce__ is not object.__reduce__:
            return None              # a dataclass that says how to pickle it
        return ("slotted" if "__slots__" in cls.__dict__ else "plain"), _fields_getter(cls)
    if issubclass(cls, tuple) and hasattr(cls, "_fields") and cls.__reduce_ex__ is tuple.__reduce_ex__:
        return "namedtuple", None    # ObjectKey, QualifiedName, Dependency, …
    return None


# a named tuple from its class and values, in C (its own ``__new__`` is a Python function)
_new_tuple = tuple.__new__


class _Pickler(pickle.Pickler):
    """Dataclasses with their text fields interned; slotted ones as a call of their
    ``_builder`` with their field values; named tuples as ``tuple.__new__(cls, values)``.

    The default pickling of a slotted dataclass goes through ``__getstate__`` /
    ``__setstate__``, which call ``dataclasses.fields()`` for every object: on a
    1,000-table desired state (~32,000 objects) that was two thirds of the load. A
    builder per class sets the slots in straight-line code (a generic loop over the
    setters took a third more), and named tuples (keys, dependencies) are built in C,
    without their Python ``__new__``.
    Pickle stores an object met twice once; interning makes equal text (schema and
    type names, defaults, file names) one object, so it is stored once and shared
    once loaded: a smaller file and a smaller heap (introspection shares equal keys and
    columns itself, so they are stored once too). ``reducer_override`` runs for every
    object but str, int, dict, list, tuple and a few more: what it does per object is
    kept to a cached lookup and C-level getters (a 5,000-table catalog, ~250,000
    objects: 1.7 → 0.9 s).
    """

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        how = _how_to_pickle(cls)
        if how is None:
            built = _BUILT.get(obj) if cls is FunctionType else None
            return NotImplemented if built is None else (_builder, (built,))
        kind, getter = how
        # the interning is written out three times on purpose: a helper function is one more
        # Python call per object: 0.80 → 0.94 s to pickle a 5,000-table catalog (best of 4)
        if kind == "namedtuple":
            return _new_tuple, (cls, tuple([sys.intern(v) if type(v) is str else v for v in obj]))
        if kind == "slotted":
            return _builder(cls), tuple([sys.intern(v) if type(v) is str else v for v in getter(obj)])
        if vars(obj).keys() != _field_set(cls):
            return NotImplemented        # attributes beyond the fields: the default way
        return _builder(cls), tuple([sys.intern(v) if type(v) is str else v for v in getter(obj)])


class _Folder:
    """The cache folder, opened once and checked on the open descriptor; entries are
    opened relative to it (a folder renamed or replaced after the check is not followed).

    Trusted as ssh trusts ``~/.ssh``: a directory, not a symbolic link, owned by the
    current user, that neither group nor others may write. Missing, it is created
    ``0700`` with each missing parent (when ``create``). Otherwise ``PgdeclError``:
    refusing, rather than ignoring the cache with a warning, because a cache others
    may write is a misconfiguration or an attack, and either should stop the job
    that meets it, in CI and in a reconciler alike, where a warning goes unread.
    """

    def __init__(self, create: bool) -> None:
        self.path = _folder().absolute()
        self.fd: int | None = None
        if create:
            _make_private(self.path)
        try:
            self.fd = os.open(self.path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
        except FileNotFoundError:
            return
        except OSError as exc:
            if os.path.islink(self.path):
                raise _untrusted(self.path, "a symbolic link") from None
            if exc.errno == errno.ENOTDIR:
                raise _untrusted(self.path, "not a directory") from None
            raise
        problem = _unsafe(os.fstat(self.fd), stat.S_ISDIR)
        if problem:
            self.close()
            raise _untrusted(self.path, problem)

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> _Folder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _make_private(path: Path) -> None:
    """Create ``path`` and each missing parent, ``0700`` (an existing one is checked by ``_Folder``)."""
    missing = [folder for folder in (path, *path.parents) if not os.path.lexists(folder)]
    for folder in reversed(missing):
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:        # made meanwhile, by us or not: checked when opened
            pass


def _unsafe(found: os.stat_result, right_kind: Any) -> str | None:
    """What makes a file or folder untrustworthy, or None."""
    if not right_kind(found.st_mode):
        return "not a " + ("directory" if right_kind is stat.S_ISDIR else "regular file")
    if found.st_uid != os.geteuid():
        return f"owned by uid {found.st_uid}, not by the current user (uid {os.geteuid()})"
    if found.st_mode & 0o022:
        return f"writable by {'group' if found.st_mode & 0o020 else 'others'} (mode {stat.S_IMODE(found.st_mode):04o})"
    return None


def _untrusted(path: Path, problem: str, entry: str | None = None) -> PgdeclError:
    what = f"its entry {entry} is" if entry else "it is"
    return PgdeclError(
        f"refusing to use the cache folder {path}: {what} {problem}; cache entries are pickles, which run "
        "code when loaded. Remove the folder (or make it a directory of yours, mode 0700), choose another "
        "with PGDECL_CACHE_DIR, or turn the cache off with PGDECL_CACHE=0")


def _read(name: str) -> Any:
    """The entry ``name`` unpickled, None if absent or unreadable; ``PgdeclError`` if it is not
    a regular file of the current user's that group and others cannot write (checked on
    the open file, opened without following a symbolic link)."""
    with _Folder(create=False) as folder:
        if folder.fd is None:
            return None
        try:
            fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=folder.fd)
        except FileNotFoundError:
            return None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise _untrusted(folder.path, "a symbolic link", name) from None
            log.info("cannot read the cache: %s", exc)
            return None
        with os.fdopen(fd, "rb") as file:      # streamed: no copy of the whole entry in memory
            problem = _unsafe(os.fstat(fd), stat.S_ISREG)
            if problem:
                raise _untrusted(folder.path, problem, name)
            with paused_gc():
                try:
                    value = pickle.load(file)
                except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
                    return None
            try:
                os.utime(fd)          # recently used: kept by _prune
            except OSError:
                pass
    return value


def _exists(name: str) -> bool:
    with _Folder(create=False) as folder:
        if folder.fd is None:
            return False
        try:
            return stat.S_ISREG(os.stat(name, dir_fd=folder.fd, follow_symlinks=False).st_mode)
        except OSError:
            return False


def _prune(folder: int) -> None:
    """Remove the least recently used entries beyond ``KEEP`` (a spec's head and body are
    one entry; the tiny "converged" records are counted apart, 16 times as many kept)."""
    entries: dict[str, list[str]] = {}
    mtimes: dict[str, float] = {}
    try:
        with os.scandir(folder) as listing:
            for file in listing:
                if file.name.endswith(".pickle"):
                    entries.setdefault(file.name.removesuffix(".pickle").removesuffix(".head"), []).append(file.name)
                    try:
                        mtimes[file.name] = file.stat(follow_symlinks=False).st_mtime
                    except OSError:     # removed meanwhile by another process
                        mtimes[file.name] = 0.0
    except OSError as exc:
        log.info("cannot prune the cache: %s", exc)
        return

    def last_used(name: str) -> float:
        return max(mtimes[file] for file in entries[name])

    converged = [name for name in entries if name.startswith("converged-")]
    others = [name for name in entries if not name.startswith("converged-")]
    for names, keep in ((others, KEEP), (converged, KEEP * 16)):
        for name in sorted(names, key=last_used, reverse=True)[keep:]:
            for file in entries[name]:
                try:
                    os.unlink(file, dir_fd=folder)
                except OSError as exc:        # another process pruned first: harmless
                    log.info("cannot prune the cache: %s", exc)


def _write(name: str, value: Any) -> None:
    """Store ``value`` as the entry ``name``: written to a new file of a random name
    (O_EXCL, O_NOFOLLOW: nothing planted there is followed or overwritten), then renamed
    over the entry (a symbolic link there is replaced, not followed)."""
    temporary = f"{name}.{secrets.token_hex(8)}.tmp"
    with _Folder(create=True) as folder:
        assert folder.fd is not None
        created = False
        try:
            # the entries hold schema text (function bodies, policies): readable by their owner only
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600,
                         dir_fd=folder.fd)
            created = True
            with os.fdopen(fd, "wb") as file:
                # streamed, not built in memory first (tens of MB)
                _Pickler(file, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
            try:        # an entry written again adds none: nothing to prune
                os.stat(name, dir_fd=folder.fd, follow_symlinks=False)
                added = False
            except OSError:
                added = True
            os.replace(temporary, name, src_dir_fd=folder.fd, dst_dir_fd=folder.fd)
            created = False
            if added:
                _prune(folder.fd)
        except (OSError, pickle.PicklingError, TypeError, AttributeError) as exc:  # a cache that cannot be written is only slower
            log.info("cannot write the cache: %s", exc)
            if created:
                try:
                    os.unlink(temporary, dir_fd=folder.fd)
                except OSError:
                    pass
