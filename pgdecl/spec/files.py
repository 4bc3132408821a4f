"""Which files a spec is (no YAML here: the cache hashes them before deciding to parse)."""

from __future__ import annotations

import stat
from collections.abc import Iterable
from pathlib import Path

from pgdecl.spec.errors import SpecError

SUFFIXES = (".yaml", ".yml")
MAX_FILE_BYTES = 64 * 2**20      # a spec file larger than 64 MiB is refused (before anything reads it)


def spec_files(paths: str | Path | Iterable[str | Path]) -> tuple[Path, ...]:
    """The files of a spec: each file given, and every *.yaml/*.yml under each directory (sorted)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
            if not found:
                raise SpecError("no *.yaml or *.yml files in this directory", file=str(path))
            files.extend(found)
        elif path.exists():
            files.append(_regular(path))
        else:
            raise SpecError("no such file or directory", file=str(path))
    if not files:
        raise SpecError("no spec files given")
    for path in files:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise SpecError(f"larger than {MAX_FILE_BYTES // 2**20} MiB, the limit of a spec file", file=str(path))
    return tuple(dict.fromkeys(files))


def _regular(path: Path) -> Path:
    """Only regular files are specs: a FIFO, /dev/zero or /dev/urandom would be read forever."""
    if not stat.S_ISREG(path.stat().st_mode):
        raise SpecError("not a regular file (specs are read from regular files only)", file=str(path))
    return path
