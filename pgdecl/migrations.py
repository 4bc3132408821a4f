"""Migration files from a plan: ``plan --migrations DIR --name NAME``.

Each phase of the plan (pgdecl.sqlformat.phases) becomes one file, in the order apply runs
them, so that a runner applying files in name order does what ``apply`` does:

* the transactional steps: one file, no BEGIN/COMMIT — Supabase's runner (and dbmate's,
  Flyway's) runs each file in one transaction;
* enum values added (committed before the transaction): their own earlier file;
* CREATE/DROP INDEX CONCURRENTLY, VALIDATE …: their own later file, whose first line says
  it must run outside a transaction.

Names: ``<YYYYMMDDHHMMSS>_<name>.sql`` (Supabase CLI, dbmate), or ``<NNNN>_<name>.sql`` for
numbered directories; the style is detected from the files already in DIR.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from pgdecl.errors import PgdeclError
from pgdecl.sqlformat import (AFTER, BEFORE, CHECK_FUNCTION_BODIES_OFF, PHASE_REASON, comment,
                              needs_function_bodies_off, phases, statements_of)

if TYPE_CHECKING:
    from pgdecl.plan import Plan

STYLES = ("timestamp", "numbered")
NON_TRANSACTIONAL_MARK = "-- pgdecl: non-transactional"

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_TIMESTAMPED = re.compile(r"^(\d{14})_.*\.sql$")
_NUMBERED = re.compile(r"^(\d{1,9})_.*\.sql$")

# the suffix of each phase's file, after NAME
_SUFFIX = {BEFORE: "_enum_values", AFTER: "_concurrently"}
_HEADER = {
    BEFORE: ("-- pgdecl: enum values, committed before the next migration (a new value cannot be used in the "
             "transaction that adds it)"),
    AFTER: f"{NON_TRANSACTIONAL_MARK}: run outside a transaction block, one statement at a time",
}


@dataclass(frozen=True, slots=True)
class MigrationFile:
    path: Path
    text: str
    transactional: bool


def detect_style(directory: Path) -> str:
    """``timestamp`` unless DIR already holds only numbered files (``0001_init.sql``)."""
    names = [p.name for p in directory.glob("*.sql")] if directory.is_dir() else []
    if any(_TIMESTAMPED.match(n) for n in names) or not any(_NUMBERED.match(n) for n in names):
        return "timestamp"
    return "numbered"


def migration_files(plan: Plan, directory: Path, name: str, *, style: str | None = None,
                    now: datetime | None = None, title: str = "") -> list[MigrationFile]:
    """The files that carry ``plan`` (none when it is empty), named after what DIR holds."""
    if not _NAME.match(name):
        raise PgdeclError(f"--name {name!r}: use letters, digits, '_' and '-' (e.g. add_deal_tags_index)")
    style = style or detect_style(directory)
    if style not in STYLES:
        raise PgdeclError(f"--migrations-style {style!r}: expected one of {', '.join(STYLES)}")
    groups = phases(plan)
    prefixes = _prefixes(directory, style, len(groups), now or datetime.now(timezone.utc))
    files = []
    for prefix, phase in zip(prefixes, groups):
        lines = [_HEADER.get(phase.kind, "-- pgdecl: runs in one transaction (the migration runner's)")]
        if title:
            lines.append(f"-- {title}")
        if phase.kind in PHASE_REASON:
            lines.append(comment(PHASE_REASON[phase.kind]))
        if phase.transactional and needs_function_bodies_off(phase.steps):
            lines.append(CHECK_FUNCTION_BODIES_OFF)
        lines.append("")
        lines.extend(statements_of(phase.steps, plain=True))
        path = directory / f"{prefix}_{name}{_SUFFIX.get(phase.kind, '')}.sql"
        files.append(MigrationFile(path, "\n".join(lines) + "\n", phase.transactional))
    return files


def _prefixes(directory: Path, style: str, count: int, now: datetime) -> list[str]:
    """``count`` prefixes that sort after every migration already in DIR, in order."""
    names = [p.name for p in directory.glob("*.sql")] if directory.is_dir() else []
    if style == "timestamp":
        start = now.astimezone(timezone.utc).replace(microsecond=0, tzinfo=None)
        stamps = [m[1] for n in names if (m := _TIMESTAMPED.match(n))]
        if stamps and max(stamps) >= start.strftime("%Y%m%d%H%M%S"):
            start = datetime.strptime(max(stamps), "%Y%m%d%H%M%S") + timedelta(seconds=1)
        return [(start + timedelta(seconds=i)).strftime("%Y%m%d%H%M%S") for i in range(count)]
    numbers = [m[1] for n in names if (m := _NUMBERED.match(n))]
    width = max((len(n) for n in numbers), default=4)
    first = max((int(n) for n in numbers), default=0) + 1
    return [str(first + i).zfill(width) for i in range(count)]


def write_migrations(files: list[MigrationFile]) -> None:
    for file in files:
        if file.path.exists():
            raise PgdeclError(f"{file.path}: already exists; not overwritten")
    for file in files:
        file.path.parent.mkdir(parents=True, exist_ok=True)
        file.path.write_text(file.text, encoding="utf-8")
