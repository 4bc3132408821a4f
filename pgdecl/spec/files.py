"""Which files a spec is (no YAML here: the cache hashes them before deciding to parse)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pgdecl.spec.errors import SpecError

SUFFIXES = (".yaml", ".yml")


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
            files.append(path)
        else:
            raise SpecError("no such file or directory", file=str(path))
    if not files:
        raise SpecError("no spec files given")
    return tuple(dict.fromkeys(files))
