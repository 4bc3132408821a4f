"""A plan as SQL for people: plain, pretty-printed statements in the order apply runs them.

Two forms of the same steps:

* ``review_sql`` (``plan --format sql``): what a reviewer reads and a team pastes into
  a migration. Guards are taken off (a ``DO`` block checking the catalog becomes the
  statement it guards, ``IF [NOT] EXISTS`` is dropped), statements are pretty-printed by
  pglast (PostgreSQL's own parser), the transactional part is wrapped in ``BEGIN; …
  COMMIT;`` and what cannot run in a transaction follows it, with the reason.
* ``script_sql`` (``plan --format script``): the guarded, re-runnable statements as
  apply runs them, for psql in autocommit mode; a second run changes nothing.

A statement pglast cannot parse, or whose pretty form would not parse back to the same
tree, is printed as rendered.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pgdecl.plan import Plan, Step

log = logging.getLogger(__name__)

BEFORE, TRANSACTION, AFTER = "before", "transaction", "after"

# why each phase runs where it does: the comment printed above it
PHASE_REASON = {
    BEFORE: ("Committed before the transaction: a new enum value cannot be used in the transaction "
             "that adds it."),
    AFTER: ("Outside the transaction, after COMMIT, one statement at a time: CREATE/DROP INDEX "
            "CONCURRENTLY cannot run inside a transaction block (it builds or drops the index without "
            "blocking writes), and VALIDATE CONSTRAINT checks existing rows without holding the "
            "transaction's locks."),
}

CHECK_FUNCTION_BODIES_OFF = "SET check_function_bodies = off;"


@dataclass(frozen=True, slots=True)
class Phase:
    """Steps that run together: committed first (``before``), in one transaction, or after it."""

    kind: str
    steps: tuple[Step, ...]

    @property
    def transactional(self) -> bool:
        return self.kind == TRANSACTION


def phase_of(step: Step) -> str:
    if step.transactional:
        return TRANSACTION
    return BEFORE if getattr(step.op, "before_transaction", False) else AFTER


def phases(plan: Plan) -> list[Phase]:
    """The plan's steps grouped as apply runs them (pgdecl.apply.apply_plan): enum values
    committed first, then the transaction, then the non-transactional steps; empty
    phases left out."""
    grouped: dict[str, list[Step]] = {BEFORE: [], TRANSACTION: [], AFTER: []}
    for step in plan.steps:
        grouped[phase_of(step)].append(step)
    return [Phase(kind, tuple(steps)) for kind, steps in grouped.items() if steps]


def needs_function_bodies_off(steps: tuple[Step, ...] | list[Step]) -> bool:
    """Like pg_dump: a SQL function may read a table created further down; its body was
    checked when the desired state was built in the scratch database."""
    from pgdecl.diff import ops as o

    return any(isinstance(step.op, o.CreateFunction) for step in steps)


# --- plain statements ---

def plain_statements(statement: str) -> str:
    """One rendered (guarded) statement as plain SQL, pretty-printed, without ``;``."""
    try:
        from pglast import parse_sql
        from pglast.parser import ParseError
    except ImportError:            # pragma: no cover - pglast is a dependency
        return statement
    try:
        parsed = parse_sql(statement)
    except ParseError:
        return statement
    if len(parsed) != 1:
        return statement
    node = parsed[0].stmt
    inner = _guarded_statement(node)
    if inner is not None:
        return plain_statements(inner)
    _drop_existence_clauses(node)
    return _pretty(node) or _unguarded_text(statement, node) or statement


_EXISTENCE_TEXT = re.compile(r"\bIF\s+(?:NOT\s+)?EXISTS\s+", re.IGNORECASE)


def _unguarded_text(statement: str, node) -> str | None:
    """``statement`` with its IF [NOT] EXISTS taken out of the text, when pglast cannot
    print the statement back (e.g. COLLATE in an index key): only if the result parses to
    ``node`` (the tree without its existence flags)."""
    from pglast import parse_sql

    for match in _EXISTENCE_TEXT.finditer(statement):
        text = statement[:match.start()] + statement[match.end():]
        try:
            again = parse_sql(text)
        except Exception:              # noqa: BLE001 - not this occurrence (e.g. in a string)
            continue
        if len(again) == 1 and again[0].stmt == node:
            return text.rstrip().rstrip(";")
    return None


def _guarded_statement(node) -> str | None:
    """The statement a guard's DO block runs (``EXECUTE '…'``), or None if ``node`` is not one."""
    from pglast import ast

    if not isinstance(node, ast.DoStmt):
        return None
    body = next((arg.arg.sval for arg in node.args or () if arg.defname == "as"), None)
    if body is None:
        return None
    executes = _EXECUTE.findall(body)
    if len(executes) != 1:
        return None                 # not a guard pgdecl renders (render._guard_raw)
    return _string_constant(executes[0])


# the one dynamic statement of a guard's DO block: EXECUTE '<statement>';
_EXECUTE = re.compile(r"^\s*EXECUTE\s+(E?'(?:[^']|'')*')\s*;", re.MULTILINE)


def _string_constant(literal: str) -> str | None:
    """The value of a SQL string literal (``'…'`` or ``E'…'``), read by PostgreSQL's parser."""
    from pglast import ast, parse_sql
    from pglast.parser import ParseError

    try:
        parsed = parse_sql("SELECT " + literal)
    except ParseError:
        return None
    target = parsed[0].stmt.targetList
    if len(target) != 1 or not isinstance(target[0].val, ast.A_Const) or not isinstance(target[0].val.val, ast.String):
        return None
    return target[0].val.val.sval


# the flags that make a statement a no-op when its object exists (or is missing):
# IF NOT EXISTS on CREATE and ALTER TYPE … ADD VALUE, IF EXISTS on DROP / ALTER … IF EXISTS
_EXISTENCE_FLAGS = ("if_not_exists", "missing_ok", "skipIfNewValExists")


def _drop_existence_clauses(node) -> None:
    from pglast import ast

    def visit(value) -> None:
        if isinstance(value, ast.Node):
            for flag in _EXISTENCE_FLAGS:
                if getattr(value, flag, None) is True:
                    setattr(value, flag, False)
            for attribute in value:
                visit(getattr(value, attribute))
        elif isinstance(value, (tuple, list)):
            for item in value:
                visit(item)

    visit(node)


_CAST_PRINTER_INSTALLED = False


def install_cast_printer() -> None:
    """Print casts as PostgreSQL deparses them, ``'{}'::text[]``, not pglast's ``CAST('{}' AS
    text[])``: a constant or column as is, anything else in parentheses. (pglast's printers
    are process-wide; pgdecl prints SQL with pglast only here.)"""
    global _CAST_PRINTER_INSTALLED
    if _CAST_PRINTER_INSTALLED:
        return
    from pglast import ast
    from pglast.printers import node_printer

    @node_printer(ast.TypeCast, override=True)
    def type_cast(node, output) -> None:
        arg = node.arg
        simple = isinstance(arg, ast.ColumnRef) or (
            isinstance(arg, ast.A_Const) and not arg.isnull
            and not (isinstance(arg.val, (ast.Integer, ast.Float)) and str(arg.val.ival if isinstance(arg.val, ast.Integer)
                                                                             else arg.val.fval).startswith("-")))
        if simple:
            output.print_node(arg)
        else:
            output.write("(")
            output.print_node(arg)
            output.write(")")
        output.write("::")
        output.print_node(node.typeName)

    _CAST_PRINTER_INSTALLED = True


def _pretty(node, width: int = 100) -> str | None:
    """``node`` on one line if it fits in ``width``, else pglast's indented form; either
    only if it parses back to the same tree; None if neither does."""
    from pglast import parse_sql
    from pglast.stream import IndentedStream, RawStream

    install_cast_printer()

    def checked(stream) -> str | None:
        try:
            text = stream(node)
            again = parse_sql(text)
        except Exception as exc:        # pglast raises several kinds for what it cannot print
            log.debug("pglast cannot print %s: %s", type(node).__name__, exc)
            return None
        return text if len(again) == 1 and again[0].stmt == node else None

    one_line = checked(RawStream())
    if one_line is not None and len(one_line) <= width and "\n" not in one_line:
        return one_line
    return checked(IndentedStream(comma_at_eoln=True)) or one_line


def _join(statements: list[str]) -> str:
    """One statement a line; a statement of several lines set off by blank lines."""
    out: list[str] = []
    for statement in statements:
        if out and ("\n" in statement or "\n" in out[-1]):
            out.append("")
        out.append(statement)
    return "\n".join(out)


# --- whole plans ---

def statements_of(steps: tuple[Step, ...] | list[Step], *, plain: bool) -> list[str]:
    """Each statement of ``steps`` terminated by ``;``, plain or as rendered."""
    return [(plain_statements(s) if plain else s) + ";" for step in steps for s in step.statements]


def review_sql(plan: Plan) -> str:
    """``plan --format sql``: plain statements; BEGIN … COMMIT around the transactional part."""
    if plan.empty:
        return ""
    blocks: list[str] = []
    for phase in phases(plan):
        lines: list[str] = []
        if phase.transactional:
            lines.append("BEGIN;")
            if needs_function_bodies_off(phase.steps):
                lines.append("SET LOCAL check_function_bodies = off;")
            lines.append(_join(statements_of(phase.steps, plain=True)))
            lines.append("COMMIT;")
        else:
            lines.append(comment(PHASE_REASON[phase.kind]))
            lines.append(_join(statements_of(phase.steps, plain=True)))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def script_sql(plan: Plan) -> str:
    """``plan --format script``: the guarded statements in apply's order, for psql in
    autocommit mode; run again after a failure (or twice) it changes nothing more."""
    if plan.empty:
        return ""
    lines: list[str] = []
    if needs_function_bodies_off(plan.steps):
        lines.append(CHECK_FUNCTION_BODIES_OFF)
    for phase in phases(plan):
        if not phase.transactional:
            lines.append(comment(PHASE_REASON[phase.kind]))
        lines.extend(statements_of(phase.steps, plain=False))
    return "\n".join(lines) + "\n"


def comment(text: str, width: int = 88) -> str:
    """``text`` as ``--`` comment lines of at most ``width`` characters."""
    lines: list[str] = []
    current = "--"
    for word in text.split():
        if len(current) + 1 + len(word) > width and current != "--":
            lines.append(current)
            current = "--"
        current += " " + word
    lines.append(current)
    return "\n".join(lines)
