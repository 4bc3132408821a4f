"""SpecError: a problem in a spec file, located at a file, line and column."""

from __future__ import annotations

from pgdecl.catalog.model import SourceMark


class SpecError(Exception):
    """A spec problem; ``str()`` is one line: ``file:line:column: path: problem``."""

    def __init__(self, problem: str, mark: SourceMark | None = None, path: str = "",
                 file: str | None = None) -> None:
        self.problem = " ".join(problem.split())
        self.path = path
        self.file = mark.file if mark else (file or "")
        self.line = mark.line if mark else None
        self.column = mark.column if mark else None
        super().__init__(str(self))

    @property
    def mark(self) -> SourceMark | None:
        if self.line is None or self.column is None:
            return None
        return SourceMark(self.file, self.line, self.column)

    def __str__(self) -> str:
        location = str(self.mark) if self.mark else self.file
        parts = [part for part in (location, self.path, self.problem) if part]
        return ": ".join(parts)
