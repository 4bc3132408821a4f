"""The attacks verify-rls runs, and ``verify``: the whole run on one spec."""

from __future__ import annotations

import logging
import uuid
from collections import Counter
from typing import Any

import psycopg
from psycopg import sql

from pgdecl.catalog.introspect import introspect
from pgdecl.catalog.model import Catalog, Column, ObjectKey
from pgdecl.errors import PgdeclError
from pgdecl.rls.owners import find_owners, primary_key
from pgdecl.rls.probe import (
    STATEMENT_TIMEOUT, USERS, Attacker, Prober, changes_between, first_line, read_reach, value_for,
)
from pgdecl.rls.report import Leak, Report, Unverified
from pgdecl.spec import Spec

log = logging.getLogger(__name__)
Snapshot = dict[ObjectKey, dict[str, tuple[str, bool]]]
ID_TYPES = ("uuid", "text", "integer", "bigint", "smallint")
MAX_ARGUMENTS = 4
MAX_CALLS = 12


class Attack:
    """One attacker's probes of everything its role can reach."""

    def __init__(self, prober: Prober, attacker: Attacker) -> None:
        self.p = prober
        self.x = attacker
        self.baseline: Snapshot = prober.snapshot(attacker.victims)
        self.failed_calls: list[str] = []

    # --- bookkeeping

    def leak(self, action: str, key: ObjectKey, rows: int, *, total: int | None = None, via: str = "",
             statement: sql.Composable | None = None, origin_key: ObjectKey | None = None) -> None:
        victim = self.x.victim if key in self.p.owners or key.kind != "table" else ""
        text = statement.as_string(self.p.conn) if statement is not None else ""
        if any((l.actor, l.action, l.relation, l.via) == (self.x.label, action, self.p.name(key), via)
               for l in self.p.report.leaks):
            return                      # the same leak found by another attack (UPDATE of the owner column)
        self.p.report.leaks.append(Leak(self.x.label, victim, action, self.p.name(key), rows, total, via, text,
                                        self.p.origin(origin_key or key)))

    def unverified(self, kind: str, key: ObjectKey, reason: str) -> None:
        entry = Unverified(kind, self.p.name(key) if kind != "function" else f"{key.schema}.{key.name}",
                           f"{reason} (as {self.x.label})", self.p.origin(key))
        if entry not in self.p.report.unverified:
            self.p.report.unverified.append(entry)

    def total(self, key: ObjectKey) -> int:
        return sum(victim for _, victim in self.baseline.get(key, {}).values())

    def report_changes(self, changes: dict[ObjectKey, tuple[int, int, int, int]], target: ObjectKey,
                       target_kind: str, statement: sql.Composable, gained_action: str = "wrote",
                       via: str = "") -> None:
        for key, (deleted, changed, gained, moved) in sorted(changes.items()):
            through = via or ("" if key == target else f"{target_kind} {self.p.name(target)}")
            for action, rows in (("deleted", deleted), ("updated", changed), ("took", moved)):
                if rows:
                    self.leak(action, key, rows, total=self.total(key), via=through, statement=statement,
                              origin_key=target)
            if gained and key in self.p.owners:
                self.leak(gained_action, key, gained, via=through, statement=statement, origin_key=target)

    def write(self, statement: sql.Composable, control: bool = True, clear: ObjectKey | None = None,
              owner: str | None = None) -> tuple[str, Any]:
        """('done', changes) | ('refused', error) | ('broken', error): the statement failed as superuser too.

        When the superuser's run (the control) fails and ``clear`` is given, the rows in the way are
        deleted first, as superuser, and the attack tried once more from there: every row that
        references ``clear`` (a foreign key refusing a DELETE) and ``owner``'s rows of it (a unique
        owner column refusing an INSERT or UPDATE in that owner's name)."""
        preparation: tuple[ObjectKey, str | None] | None = None
        if control:
            for preparation in [None] + ([(clear, owner)] if clear is not None else []):
                with self.p.rolled_back():
                    try:
                        self.prepare(preparation)
                        self.p.run_as(None, statement)
                        break
                    except psycopg.Error as exc:
                        _check_cancel(exc)
                        error = first_line(exc)
            else:
                return "broken", error
        log.debug("as %s: %s", self.x.label, statement.as_string(self.p.conn))
        with self.p.rolled_back():
            self.prepare(preparation)
            before = self.baseline if preparation is None else self.p.snapshot(self.x.victims)
            try:
                self.p.run_as(self.x, statement)
            except psycopg.Error as exc:
                _check_cancel(exc)
                return "refused", first_line(exc)
            return "done", changes_between(before, self.p.snapshot(self.x.victims))

    def prepare(self, preparation: tuple[ObjectKey, str | None] | None) -> None:
        """As superuser: delete every row that references the table (children first), then the
        owner's rows of it."""
        if preparation is None:
            return
        table, owner = preparation
        p = self.p
        referencing: set[ObjectKey] = set()
        stack = [table]
        while stack:
            parent = stack.pop()
            for fk in p.catalog.constraints.values():
                child = ObjectKey("table", fk.schema, fk.table)
                if (fk.kind == "f" and fk.ref_table is not None and ObjectKey("table", *fk.ref_table) == parent
                        and child not in referencing and child != table and child in p.catalog.tables):
                    referencing.add(child)
                    stack.append(child)
        ordered = [k for k in reversed(p.order) if k in referencing] + sorted(referencing - set(p.order))
        for key in ordered:
            p.conn.execute(sql.SQL("DELETE FROM {}").format(sql.Identifier(key.schema, key.name)))
        if owner is not None and table in p.owners:
            where = p.victim_filter(table, (owner,))
            if where is not None:
                p.conn.execute(sql.SQL("DELETE FROM {} WHERE {}").format(sql.Identifier(table.schema, table.name),
                                                                          where))

    # --- reads

    def read_rows(self, statement: sql.Composable, remove: bool) -> Counter[str] | None:
        """The rows the attacker reads (None: refused), after removing the victims' rows when ``remove``."""
        with self.p.rolled_back():
            if remove:
                self.p.remove_victims(self.x.victims)
            try:
                rows = self.p.run_as(self.x, statement) or []
            except psycopg.Error as exc:
                _check_cancel(exc)
                return None
            return Counter(repr(row) for row in rows)

    def read_difference(self, statement: sql.Composable, counting: bool = False) -> int:
        """How many rows the attacker reads only while the victims' rows exist (_CannotRemove: they
        could not be removed); with ``counting``, the statement returns one count."""
        with_victims = self.read_rows(statement, remove=False)
        if with_victims is None:
            return 0
        try:
            without = self.read_rows(statement, remove=True)
        except psycopg.Error as exc:
            _check_cancel(exc)
            raise _CannotRemove(first_line(exc)) from None
        without = without or Counter()
        if counting and len(with_victims) == len(without) == 1:
            return abs(int(next(iter(with_victims)).strip("(,)")) - int(next(iter(without)).strip("(,)")))
        return max(sum((with_victims - without).values()), sum((without - with_victims).values()))

    # --- tables

    def table(self, key: ObjectKey, privileges: set[str]) -> None:
        p, target = self.p, sql.Identifier(key.schema, key.name)
        public = p.is_public(key)
        owned = key in p.owners
        if key not in p.rows:
            return                                      # reported once as not seeded
        if "select" in privileges and not public:
            if owned:
                where = p.victim_filter(key, self.x.victims)
                statement = sql.SQL("SELECT count(*) FROM {} WHERE {}").format(target, where)
                with p.rolled_back():
                    try:
                        seen = (p.run_as(self.x, statement) or [(0,)])[0][0]
                    except psycopg.Error as exc:
                        _check_cancel(exc)
                        seen = None
                if seen is None:        # SELECT on some columns only, not the owner's: count with and without
                    try:
                        seen = self.read_difference(sql.SQL("SELECT count(*) FROM {}").format(target), counting=True)
                    except _CannotRemove as exc:
                        self.unverified("table", key, f"could not remove the other users' rows to compare: {exc}")
                        seen = 0
                if seen:
                    self.leak("read", key, seen, total=self.total(key),
                              statement=sql.SQL("SELECT * FROM {}").format(target))
            else:
                statement = sql.SQL("SELECT count(*) FROM {}").format(target)
                with p.rolled_back():
                    try:
                        seen = (p.run_as(self.x, statement) or [(0,)])[0][0]
                    except psycopg.Error as exc:
                        _check_cancel(exc)
                        seen = 0
                if seen:
                    self.unverified("table", key, f"{self.x.label} reads {seen} of its {self.total(key)} row(s) and "
                                    "nothing says whose they are: name the owner column under "
                                    "verify_rls.tables, or list the table under verify_rls.public if everyone may "
                                    "read it")
        if "insert" in privileges and owned and p.owners[key].kind != "tenant":
            victim = self.x.victims[-1]
            statement = p.insert(key, p.row_values(key, victim), returning=False)
            outcome, result = self.write(statement, clear=key, owner=victim)
            if outcome == "broken":
                self.unverified("table", key, f"could not try inserting a row owned by {victim}: {result}; "
                                "give values under verify_rls.tables.<table>.seed")
            elif outcome == "done":
                self.report_changes(result, key, "table", statement, gained_action="inserted")
        if "update" in privileges:
            self.update_all(key, target, "table", self.update_candidates(key))
            if owned and self.x.uid is not None and p.owners[key].kind != "tenant":
                self.hand_over(key, target)
        if "delete" in privileges:
            statement = sql.SQL("DELETE FROM {}").format(target)
            outcome, result = self.write(statement, clear=key)
            if outcome == "done":
                self.report_changes(result, key, "table", statement)
            elif outcome == "broken":
                self.unverified("table", key, f"DELETE FROM {p.name(key)} fails even as superuser: {result}")

    def update_candidates(self, key: ObjectKey) -> list[tuple[str, sql.Composable]]:
        """(column, constant) pairs for an UPDATE that reads no column (so no SELECT policy applies)."""
        table = self.p.catalog.tables[key]
        pk = set(primary_key(table, self.p.catalog))
        how = self.p.owners.get(key)
        ownerish = set(how.columns) | set(how.link.columns if how and how.link else ()) if how else set()
        columns = [c for c in table.columns if not c.generated and c.identity != "always" and c.name not in pk]
        columns.sort(key=lambda c: c.name in ownerish)
        found: list[tuple[str, sql.Composable]] = [(c.name, sql.SQL("NULL")) for c in columns if not c.not_null]
        found += [(c.name, sql.SQL("DEFAULT")) for c in columns if c.default is not None or c.identity]
        for c in columns:
            if c.not_null and c.default is None and not c.identity:
                self.p.counter += 1
                found.append((c.name, value_for(self.p.conn, c, self.p.counter)))
        found = found[:6]
        if how is not None and how.kind == "user":      # the owner column, set to a victim's id
            found.append((how.columns[0], sql.Literal(self.p.users[self.x.victims[-1]])))
        return found

    def update_all(self, key: ObjectKey, target: sql.Composable, kind: str,
                   candidates: list[tuple[str, sql.Composable]]) -> None:
        errors = []
        how = self.p.owners.get(key)
        for column, value in candidates:
            statement = sql.SQL("UPDATE {} SET {} = {}").format(target, sql.Identifier(column), value)
            owner = self.x.victims[-1] if how is not None and column in how.columns else None
            outcome, result = self.write(statement, clear=key if kind == "table" else None, owner=owner)
            if outcome == "done":
                self.report_changes(result, key, kind, statement)
                return
            if outcome == "refused":            # by a policy, a trigger or a column privilege: try another column
                errors = []
                continue
            errors.append(result)
        if kind == "table" and (errors or not candidates) and len(errors) == len(candidates):
            self.unverified(kind, key, "could not try an UPDATE of every row: "
                            + (errors[0] if errors else "no column can be set to a constant"))

    def hand_over(self, key: ObjectKey, target: sql.Composable) -> None:
        """UPDATE the owner column of every row (no WHERE) to the victim's (handing the attacker's own
        rows over), then to the attacker's (taking the victim's rows)."""
        p, how, victim = self.p, self.p.owners[key], self.x.victims[-1]
        for owner, gained in ((victim, "handed over"), (self.x.label, "wrote")):
            if how.kind == "user":
                assignments = [(c, sql.Literal(p.users[owner])) for c in how.columns]
            else:
                assert how.link is not None
                row = (p.rows.get(how.link.parent, {}).get(owner) or [None])[0]
                if row is None:
                    continue
                assignments = [(c, sql.Literal(row[r])) for c, r in zip(how.link.columns, how.link.ref_columns)]
            statement = sql.SQL("UPDATE {} SET {}").format(target, sql.SQL(", ").join(
                sql.SQL("{} = {}").format(sql.Identifier(c), v) for c, v in assignments))
            outcome, result = self.write(statement, clear=key, owner=owner)
            if outcome == "done":
                self.report_changes(result, key, "table", statement, gained_action=gained)
            elif outcome == "broken":
                self.unverified("table", key, f"could not try an UPDATE of the owner column: {result}")

    # --- views

    def view(self, key: ObjectKey, kind: str, privileges: set[str]) -> None:
        p, target = self.p, sql.Identifier(key.schema, key.name)
        if "select" in privileges and not p.is_public(key):
            statement = sql.SQL("SELECT * FROM {}").format(target)
            try:
                rows = self.read_difference(statement)
            except _CannotRemove as exc:
                self.unverified(kind, key, f"could not remove the other users' rows to compare: {exc}")
                rows = 0
            if rows:
                self.leak("read", key, rows, via=f"{kind} {p.name(key)}", statement=statement)
        if kind != "view":
            return
        if "delete" in privileges:
            statement = sql.SQL("DELETE FROM {}").format(target)
            outcome, result = self.write(statement)
            if outcome == "done":
                self.report_changes(result, key, kind, statement, via=f"view {p.name(key)}")
        if "update" in privileges:
            view = p.catalog.views[key]
            candidates = [(name, sql.SQL("NULL")) for name, _ in view.columns][:6]
            for column, value in candidates:
                statement = sql.SQL("UPDATE {} SET {} = {}").format(target, sql.Identifier(column), value)
                outcome, result = self.write(statement)
                if outcome == "done":
                    self.report_changes(result, key, kind, statement, via=f"view {p.name(key)}")
                if outcome != "broken":
                    break

    # --- functions

    def argument_candidates(self, type_text: str) -> list[tuple[sql.Composable, str]]:
        """Values of ``type_text`` that identify a victim or a victim's row, with how to say it."""
        p, found = self.p, []
        if type_text in ("uuid", "text"):
            found += [(sql.SQL("CAST({} AS {})").format(sql.Literal(str(p.users[v])), sql.SQL(type_text)),
                       f"{v}'s id") for v in self.x.victims]
        for key in p.order:
            pk = primary_key(p.catalog.tables[key], p.catalog)
            column = p.catalog.tables[key].column(pk[0]) if len(pk) == 1 else None
            if column is None or column.type not in (type_text, "uuid" if type_text == "text" else type_text):
                continue
            for v in self.x.victims:
                for row in p.rows.get(key, {}).get(v, []):
                    found.append((sql.SQL("CAST({} AS {})").format(sql.Literal(str(row[pk[0]])), sql.SQL(type_text)),
                                  f"the id of {v}'s row of {p.name(key)}"))
        return found

    def function_calls(self, key: ObjectKey, types: list[str]) -> list[tuple[list[sql.Composable], str]] | None:
        """The argument lists to call a function with: each of the victims' ids in each id-typed
        argument, a plausible value in the others; None (reported not verified) when there is none."""
        if not types:
            return [([], "no arguments")]
        positions = [i for i, t in enumerate(types) if t in ID_TYPES]
        if not positions or len(types) > MAX_ARGUMENTS:
            self.unverified("function", key, f"takes {len(types)} argument(s) of type(s) {', '.join(types)}: "
                            f"verify-rls calls security definer functions with up to {MAX_ARGUMENTS} arguments, "
                            "one of them an id (uuid, text, integer); list it under verify_rls.public if everyone "
                            "may call it, or make it security invoker")
            return None
        calls = []
        for position in positions:
            fillers: list[sql.Composable] = []
            for i, type_text in enumerate(types):
                self.p.counter += 1
                fillers.append(value_for(self.p.conn, Column(f"${i + 1}", type_text), self.p.counter))
            for value, what in self.argument_candidates(types[position]):
                arguments = fillers[:position] + [value] + fillers[position + 1:]
                calls.append((arguments, what if len(types) == 1 else f"{what} as argument {position + 1}"))
        if not calls:
            self.unverified("function", key, f"no value of type {', '.join(types[p] for p in positions)} "
                            f"belongs to {self.x.victim}")
            return None
        return calls[:MAX_CALLS]

    def function(self, row: dict[str, Any]) -> None:
        key = ObjectKey("function", row["schema"], f"{row['name']}({row['args']})")
        label = f"function {key.schema}.{key.name}"
        target = sql.Identifier(row["schema"], row["name"])
        calls = self.function_calls(key, list(row["types"][:row["required"]]))
        tried = 0
        self.failed_calls = []
        for arguments, what in calls or []:
            args = sql.SQL(", ").join(arguments)
            statement = (sql.SQL("CALL {}({})").format(target, args) if row["prokind"] == "p"
                         else sql.SQL("SELECT {}({})::text").format(target, args))
            if len(arguments) > 1 and not self.callable_with(statement):
                continue
            tried += 1
            via = f"{label} called with {what}"
            outcome, result = self.write(statement, control=False)
            if outcome == "done":
                self.report_changes(result, key, "function", statement, via=via)
            if row["prokind"] == "p":
                continue
            try:
                rows = self.read_difference(statement)
            except _CannotRemove as exc:
                self.unverified("function", key, f"could not remove the other users' rows to compare: {exc}")
                continue
            if rows:
                self.leak("read", key, rows, via=via, statement=statement)
        if calls and not tried:
            self.unverified("function", key, "even as superuser it refuses the values verify-rls made up for "
                            f"its other arguments ({self.failed_calls[0]}); list it under verify_rls.public if "
                            "everyone may call it")

    def callable_with(self, statement: sql.Composable) -> bool:
        """The call works as superuser with the attacker's claims: the values verify-rls made up for the
        arguments that are not ids are accepted. When they are not, the function is not verified."""
        with self.p.rolled_back():
            try:
                with self.p.conn.transaction():
                    self.p.become(self.x, role=False)
                    self.p.conn.execute(statement)
            except psycopg.Error as exc:
                _check_cancel(exc)
                self.failed_calls.append(f"{statement.as_string(self.p.conn)}: {first_line(exc)}")
                return False
        return True


class _CannotRemove(Exception):
    pass


class _TimedOut(Exception):
    pass


def _check_cancel(exc: psycopg.Error) -> None:
    """A statement that ran out of time makes its object not verified; Ctrl-C stops everything."""
    if isinstance(exc, psycopg.errors.QueryCanceled):
        if "statement timeout" in str(exc):
            raise _TimedOut(first_line(exc)) from None
        raise exc


def check_hints(spec: Spec, catalog: Catalog) -> None:
    """Every name under ``verify_rls:`` is a table (``tables``) or a relation or function (``public``)
    of the spec: a misspelt hint would otherwise be ignored."""
    hints = spec.verify_rls

    def names(key: ObjectKey) -> set[str]:
        base = key.name.split("(", 1)[0]
        found = {f"{key.schema}.{base}", f"{key.schema}.{base}()"}
        return found | ({base, f"{base}()"} if key.schema == "public" else set())

    tables = set().union(*(names(k) for k in catalog.tables))
    for name, hint in hints.tables.items():
        if name not in tables:
            raise PgdeclError(f"{hint.origin}: verify_rls.tables: the spec has no table {name!r}")
    everything = tables.union(*(names(k) for k in (*catalog.views, *catalog.functions)))
    for name in hints.public:
        if name not in everything:
            raise PgdeclError(f"{hints.origin}: verify_rls.public: the spec has no table, view or function "
                              f"{name!r}")


def attackers(users: dict[str, str]) -> list[Attacker]:
    return [Attacker("A", "authenticated", uuid.UUID(users["A"]), ("B",)),
            Attacker("anon", "anon", None, USERS)]


def verify(spec: Spec, server_dsn: str) -> Report:
    """Build ``spec`` in a scratch database on ``server_dsn``, seed users A and B, attack as A and as
    anon through everything their roles can reach, and report every leak and everything not verified."""
    from pgdecl.shadow import spec_session

    report = Report({label: str(uuid.uuid4()) for label in USERS})
    with spec_session(spec, server_dsn, spec.preset or "supabase") as conn:
        conn.execute(sql.SQL("SET LOCAL statement_timeout = {}").format(sql.Literal(STATEMENT_TIMEOUT)))
        catalog = introspect(conn, spec.managed_schemas)
        check_hints(spec, catalog)
        prober = Prober(conn, catalog, spec, report)
        prober.owners = find_owners(catalog, spec.verify_rls)
        report.owners = {prober.name(k): (o.why or o.kind) for k, o in sorted(prober.owners.items())}
        prober.reach = read_reach(conn, spec.managed_schemas)
        reached = sorted(k for k in prober.reach.relations if prober.reach.reachable(k))
        failed = prober.seed(set(prober.owners) | {k for k in reached if k in catalog.tables})
        _list_relations(prober, reached, failed)
        for attacker in attackers(report.users):
            _attack_everything(Attack(prober, attacker), reached)
        _list_functions(prober)
    return report


def _list_relations(prober: Prober, reached: list[ObjectKey], failed: dict[ObjectKey, str]) -> None:
    """Relations in the report: probed, public by intent, not seeded (not verified), not reachable."""
    report, reach = prober.report, prober.reach
    for key in reached:
        kind = reach.kinds[key]
        report.probed.append(f"{kind} {prober.name(key)}")
        if prober.is_public(key):
            report.public.append(f"{kind} {prober.name(key)}")
        if key in prober.catalog.tables and key not in prober.rows:
            reason = failed.get(key) or "a table it references could not be seeded"
            report.unverified.append(Unverified(kind, prober.name(key), f"could not seed rows: {reason}; give "
                                                "values under verify_rls.tables.<table>.seed", prober.origin(key)))
    unreached = sorted(prober.name(k) for k in reach.relations if not reach.reachable(k))
    if unreached:
        report.notes.append(f"not reachable by authenticated or anon (no privilege): {', '.join(unreached)}")


def _attack_everything(attack: Attack, reached: list[ObjectKey]) -> None:
    """Every relation and security definer function the attacker's role can reach."""
    prober, reach = attack.p, attack.p.reach
    for key in reached:
        privileges = reach.privileges(key, attack.x.role)
        if not privileges:
            continue
        kind = reach.kinds[key]
        try:
            if key in prober.catalog.tables:
                attack.table(key, privileges)
            else:
                attack.view(key, kind, privileges)
        except _TimedOut as exc:
            attack.unverified(kind, key, f"an attack ran longer than {STATEMENT_TIMEOUT}: {exc}")
    for row in reach.functions:
        key = ObjectKey("function", row["schema"], f"{row['name']}({row['args']})")
        if attack.x.role in row["callers"] and row["definer"] and not row["trigger"] and not prober.is_public(key):
            try:
                attack.function(row)
            except _TimedOut as exc:
                attack.unverified("function", key, f"a call ran longer than {STATEMENT_TIMEOUT}: {exc}")


def _list_functions(prober: Prober) -> None:
    """Functions in the report: security definer ones probed or public by intent, invoker ones noted."""
    invokers = []
    for row in prober.reach.functions:
        if not row["callers"] or row["trigger"]:
            continue
        name = f"{row['schema']}.{row['name']}({row['args']})"
        if not row["definer"]:
            invokers.append(name)
        elif prober.is_public(ObjectKey("function", row["schema"], f"{row['name']}({row['args']})")):
            prober.report.public.append(f"function {name}")
        else:
            prober.report.probed.append(f"function {name}")
    if invokers:
        prober.report.notes.append("security invoker functions run with the caller's rights (covered by the "
                                   f"attacks on the tables they read): {', '.join(invokers)}")
