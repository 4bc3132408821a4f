"""Desired states cached by content: an unchanged spec is not canonicalized again.

The key covers everything the desired catalog depends on: the spec files' bytes,
the server's version (catalog text is version-specific), the preset, and the code
that renders and reads it. ``PGDECL_CACHE=0`` turns the cache off.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from functools import lru_cache
from pathlib import Path

from pgdecl.shadow import Desired
from pgdecl.spec import Spec

log = logging.getLogger(__name__)

_PACKAGE = Path(__file__).resolve().parent
# the code whose output ends up in a desired catalog
_CODE = ("catalog", "spec", "presets", "shadow.py")


def enabled() -> bool:
    return os.environ.get("PGDECL_CACHE", "1") not in ("0", "false", "no", "off")


def _folder() -> Path:
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(os.environ.get("PGDECL_CACHE_DIR", Path(root) / "pgdecl" / "desired"))


@lru_cache(maxsize=1)
def _code_digest() -> str:
    digest = hashlib.sha256()
    for name in _CODE:
        path = _PACKAGE / name
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if file.is_file() and file.suffix in (".py", ".sql"):
                digest.update(str(file.relative_to(_PACKAGE)).encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()


def key(spec: Spec, server_version: int) -> str:
    digest = hashlib.sha256()
    digest.update(_code_digest().encode())
    digest.update(str(server_version).encode())
    for file in sorted(spec.files):
        digest.update(str(file.resolve()).encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:32]


def load(spec: Spec, server_version: int) -> Desired | None:
    if not enabled():
        return None
    path = _folder() / f"{key(spec, server_version)}.pickle"
    try:
        with path.open("rb") as handle:
            desired = pickle.load(handle)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError):
        return None
    if not isinstance(desired, Desired):
        return None
    log.info("desired state from cache %s", path.name)
    return desired


def store(spec: Spec, server_version: int, desired: Desired) -> None:
    if not enabled():
        return
    folder = _folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{key(spec, server_version)}.pickle"
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with temporary.open("wb") as handle:
            pickle.dump(desired, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)
    except OSError as exc:   # a cache that cannot be written is only slower
        log.info("cannot write the desired-state cache: %s", exc)
