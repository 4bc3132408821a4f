"""What apply is doing, for the person watching: progress of index builds and validations with
elapsed time (rich, on a terminal), and what an interruption left behind."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from pgdecl.plan import Plan, Step

APPLY_LOGGER = "pgdecl.apply"
_APPLYING = "applying: "


def shows_progress(step: Step) -> bool:
    """Steps that can take long on a big table: index builds and constraint validations."""
    from pgdecl.diff import ops as o

    return isinstance(step.op, (o.CreateIndex, o.ValidateConstraint))


class ApplyProgress(logging.Handler):
    """Follows pgdecl.apply's ``applying: <step>`` records (one per step, as it starts).

    Use as a context manager around apply: it knows which step runs, shows index builds
    and validations with their elapsed time when ``console`` is a terminal, and says what
    an interruption left behind (``interrupted``)."""

    def __init__(self, plan: Plan, console: Console | None = None) -> None:
        super().__init__(logging.INFO)
        self.steps = list(plan.steps)
        self.console = console
        self.current: Step | None = None
        self.started: list[Step] = []
        self._progress = None
        self._task = None
        self._logger = logging.getLogger(APPLY_LOGGER)
        self._saved: tuple[int, bool] | None = None

    # --- logging ---

    def __enter__(self) -> ApplyProgress:
        logger = self._logger
        self._saved = (logger.level, logger.propagate)
        logger.addHandler(self)
        logger.setLevel(logging.INFO)
        logger.propagate = False       # INFO records reach the user's handlers only if asked (-v)
        if self.console is not None and self.console.is_terminal:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(SpinnerColumn(finished_text="✓"), TextColumn("{task.description}"),
                                      TimeElapsedColumn(), console=self.console)
            self._progress.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._finish_task()
        if self._progress is not None:
            self._progress.stop()
        self._logger.removeHandler(self)
        if self._saved is not None:
            self._logger.setLevel(self._saved[0])
            self._logger.propagate = self._saved[1]

    def emit(self, record: logging.LogRecord) -> None:
        root = logging.getLogger()
        if record.levelno >= root.getEffectiveLevel():       # what -v asked for, as before
            for handler in root.handlers:
                if record.levelno >= handler.level:
                    handler.handle(record)
        message = record.getMessage()
        if record.levelno == logging.INFO and message.startswith(_APPLYING):
            self._begin(message[len(_APPLYING):])

    # --- steps ---

    def _begin(self, description: str) -> None:
        self._finish_task()
        step = next((s for s in self.steps if s not in self.started and s.op.describe() == description), None)
        self.current = step
        if step is None:
            return
        self.started.append(step)
        if self._progress is not None and shows_progress(step):
            where = "" if step.transactional else " (outside the transaction)"
            self._task = self._progress.add_task(f"{description}{where}", total=1)
            self._task_started = time.monotonic()

    def _finish_task(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, completed=1)
            self._progress.stop_task(self._task)
            self._task = None

    def interrupted(self) -> str:
        """What an interruption (Ctrl-C) of apply left in the database."""
        from pgdecl.diff import ops as o

        step = self.current
        committed_before = [s for s in self.started if not s.transactional and s is not step]
        if step is not None and getattr(step.op, "before_transaction", False):
            return f"{step.op.describe()} did not finish; the transaction did not start; the next apply finishes it"
        if step is None or step.transactional:
            if committed_before:
                done = "; ".join(s.op.describe() for s in committed_before)
                return f"the transaction was rolled back; committed before it: {done}; the next apply does the rest"
            return "rolled back; nothing changed"
        if isinstance(step.op, o.CreateIndex):
            left = f"index {step.op.index.schema}.{step.op.index.name} left INVALID; the next apply rebuilds it"
        else:
            left = f"{step.op.describe()} did not finish; the next apply finishes it"
        if any(s.transactional for s in self.steps):
            return f"the transaction was committed; {left}"
        return left
