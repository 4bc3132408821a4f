"""What every pgdecl command shares: loading the spec named on the command line, and turning
expected failures into one readable line and exit status 1."""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from typing import TypeVar

import click

from pgdecl.dsn import mask
from pgdecl.errors import PgdeclError

EXIT_ERROR = 1
T = TypeVar("T")


def fail(message: str) -> None:
    """Print ``pgdecl: error: message`` (any DSN password masked) and exit 1."""
    click.echo(f"pgdecl: error: {mask(message)}", err=True)
    sys.exit(EXIT_ERROR)


def load_spec_paths(spec_paths: tuple[str, ...]):
    """The spec of the paths given on the command line (``./schema.yaml`` when none), cached
    by content: ``pgdecl.api.load_spec``."""
    from pgdecl.api import load_spec

    return load_spec(spec_paths)


def run_or_exit(func: Callable[[], T]) -> T:
    """``func()``; an expected failure (spec error, pgdecl error, database error) becomes one line
    and exit 1, Ctrl-C / SIGTERM / SIGHUP exit 128 + the signal's number."""
    from pgdecl.spec import SpecError

    try:
        return func()
    except (PgdeclError, SpecError) as exc:
        fail(str(exc))
    except Exception as exc:
        # psycopg (0.1 s to import) is not imported for a command that never uses it: then
        # no error can be one of its
        psycopg = sys.modules.get("psycopg")
        if psycopg is None or not isinstance(exc, psycopg.Error):
            raise
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        fail(f"database error: {text}")
    except KeyboardInterrupt as exc:        # Ctrl-C, or SIGTERM / SIGHUP (shadow.Interrupted)
        signum = getattr(exc, "signum", signal.SIGINT)
        click.echo(f"pgdecl: interrupted ({signal.Signals(signum).name}): stopped before changing anything "
                   "not yet committed; scratch databases dropped", err=True)
        sys.exit(128 + signum)
    raise AssertionError("unreachable")     # fail() exits
