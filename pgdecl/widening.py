"""Which steps can widen access: the reasons behind `security` hazards (docs/hazards.md).

A change that can widen what a role may read or change is a security hazard unless
pgdecl can show that it narrows access. "Show" is kept conservative: a predicate is
narrower only when it equals the old one, the old one was ``true``, or it is the old
one AND more; a command or role list only when it is a subset (a superset for a
restrictive policy). Everything here returns plain reasons; plan.py makes them hazards.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pgdecl.catalog.model import Catalog, Function, ObjectKey, Policy, Privilege, View
from pgdecl.diff import ops as o

_COMMANDS = {"all": frozenset({"select", "insert", "update", "delete"}), "select": frozenset({"select"}),
             "insert": frozenset({"insert"}), "update": frozenset({"update"}), "delete": frozenset({"delete"})}
_READS = frozenset({"all", "select", "update", "delete"})    # commands whose USING filters existing rows
_WRITES = frozenset({"all", "insert", "update"})            # commands whose WITH CHECK limits new rows
_UNAUTHENTICATED = ("public", "anon")


def widening(op: o.Op, live: Catalog, desired: Catalog) -> list[str]:
    """Why ``op`` may widen access (empty: it cannot, or pgdecl can show it narrows)."""
    match op:
        case o.AlterPolicy():
            return policy_widening(op.old, op.new)
        case o.CreatePolicy():
            return _added_policy(op.policy, live)
        case o.CreateFunction():
            return _function_widening(op.function, live, desired)
        case o.CreateView():
            return _view_widening(op.view, live.views.get(op.key))
        case o.AlterViewOptions() if op.old is not None:
            return _view_widening(op.view, op.old)
        case o.Grant() if not op.replace:      # replace: given back after the drop of a replaced object
            return _grant_widening(op.privilege, live, desired)
    return []


# --- policies ---

def _policy_name(policy: Policy) -> str:
    return f"policy {policy.name} on {policy.schema}.{policy.table}"


def _added_policy(policy: Policy, live: Catalog) -> list[str]:
    old = live.policies.get(policy.key)
    if old is not None:                        # the create half of a replacement
        return policy_widening(old, policy)
    table = live.tables.get(ObjectKey("table", policy.schema, policy.table))
    if table is None or not table.rls_enabled or not policy.permissive:
        # a new table; RLS off (every row is visible already: enabling it narrows); or a
        # restrictive policy, which only takes rows away
        return []
    if "true" in (policy.using, policy.check):
        return [f"permissive {_policy_name(policy)} loosened to true, added to a table with row level security "
                f"enabled: {_roles(policy)} may {_verbs(policy.command)} every row"]
    return [f"permissive {_policy_name(policy)} added to a table with row level security enabled: "
            f"{_roles(policy)} may {_verbs(policy.command)} the rows it allows, in addition to what other "
            f"policies allow"]


def _roles(policy: Policy) -> str:
    return "every role" if "public" in policy.roles else ", ".join(policy.roles)


def _verbs(command: str) -> str:
    return "read and change" if command == "all" else command


def policy_widening(old: Policy, new: Policy) -> list[str]:
    """Why changing policy ``old`` into ``new`` may let more rows through (read or written)."""
    name = _policy_name(new)
    if old.permissive and not new.permissive:
        return []      # a permissive policy made restrictive can only take rows away, for any roles and commands
    reasons = []
    if not old.permissive and new.permissive:
        reasons.append(f"{name} made permissive: it now grants access instead of limiting it")
    commands_old, commands_new = _COMMANDS[old.command], _COMMANDS[new.command]
    if new.permissive and old.permissive and not commands_new <= commands_old:
        extra = ", ".join(sorted(commands_new - commands_old))
        reasons.append(f"{name}: command {old.command} → {new.command}, it now also allows {extra}")
    if not new.permissive and not commands_old <= commands_new:
        freed = ", ".join(sorted(commands_old - commands_new))
        reasons.append(f"restrictive {name}: command {old.command} → {new.command}, it no longer limits {freed}")
    if new.permissive and old.permissive and "public" not in old.roles and set(new.roles) - set(old.roles):
        gained = "every role (public)" if "public" in new.roles else ", ".join(sorted(set(new.roles) - set(old.roles)))
        reasons.append(f"{name} now also grants access to {gained}")
    if not new.permissive and "public" not in new.roles and (set(old.roles) - set(new.roles)):
        freed = "every role not listed" if "public" in old.roles else ", ".join(sorted(set(old.roles) - set(new.roles)))
        reasons.append(f"restrictive {name} no longer limits {freed}")
    kind = "grants" if new.permissive else "limits"
    # a clause the old command did not have: a permissive policy granted nothing there (the
    # command reason above says so), a restrictive one limited nothing (any predicate narrows)
    if new.command in _READS and old.command in _READS and not implies(new.using, old.using):
        reasons.append(_predicate_reason(name, "USING", old.using, new.using, kind, "read or changed"))
    derived = old.check is None and new.check is None and new.command in _READS and old.command in _READS
    if new.command in _WRITES and old.command in _WRITES and not derived \
            and not implies(_effective_check(new), _effective_check(old)):
        clause = "WITH CHECK" if new.check is not None else "WITH CHECK (its USING)"
        reasons.append(_predicate_reason(name, clause, _effective_check(old), _effective_check(new), kind, "written"))
    return reasons


def _effective_check(policy: Policy) -> str | None:
    """The WITH CHECK a policy applies to new rows: its USING when it has none (ALL, UPDATE)."""
    if policy.command not in _WRITES:
        return None
    return policy.check if policy.check is not None else policy.using


def _predicate_reason(name: str, clause: str, old: str | None, new: str | None, kind: str, done: str) -> str:
    name = name if kind == "grants" else f"restrictive {name}"
    if new == "true":
        what = "every row is allowed" if kind == "grants" else "it no longer restricts any row"
        return f"{name} loosened to true ({clause}): {what}"
    # the expressions themselves are shown whole with the step (summary, JSON), not cut here
    change = "was added" if old is None else "was removed" if new is None else "changed"
    return (f"{name}: {clause} {change}, which pgdecl cannot show to be narrower: rows may be {done} that "
            "were not before" if kind == "grants" else
            f"{name}: {clause} {change}, which pgdecl cannot show to be narrower: it may limit fewer rows {done}")


def implies(new: str | None, old: str | None) -> bool:
    """True when every row ``new`` allows is one ``old`` allows: equal, ``old`` is true, or
    ``new`` is ``old`` AND more (compared as conjuncts parsed by PostgreSQL's parser)."""
    if new == old:
        return True
    if old is None or new is None:
        return False
    old_terms, new_terms = _conjuncts(old), _conjuncts(new)
    return old_terms is not None and new_terms is not None and old_terms <= new_terms


@lru_cache(maxsize=512)
def _conjuncts(expression: str) -> frozenset[str] | None:
    """The AND-ed terms of an expression, each deparsed canonically (``true`` has none);
    None when it does not parse."""
    try:
        from pglast import parse_sql
        from pglast.ast import A_Const, BoolExpr, Boolean
        from pglast.enums import BoolExprType
        from pglast.stream import RawStream

        (statement,) = parse_sql(f"SELECT {expression}")
        node = statement.stmt.targetList[0].val    # type: ignore[attr-defined, index]
        terms: set[str] = set()
        pending = [node]
        while pending:
            node = pending.pop()
            if isinstance(node, BoolExpr) and node.boolop == BoolExprType.AND_EXPR:
                pending.extend(node.args)
            elif isinstance(node, A_Const) and isinstance(node.val, Boolean) and node.val.boolval:
                continue
            else:
                terms.add(RawStream()(node))
        return frozenset(terms)
    except Exception:      # noqa: BLE001 - anything pglast cannot read is "cannot show"
        return None


# --- functions ---

def _search_path(function: Function) -> str | None:
    for setting in function.config:
        name, _, value = setting.partition("=")
        if name.strip().lower() == "search_path":
            return value
    return None


def _function_widening(new: Function, live: Catalog, desired: Catalog) -> list[str]:
    old = live.functions.get(new.key)
    name = f"function {new.schema}.{new.signature}"
    if old is None:
        # a new function widens nothing until it is granted (see grants), but PostgreSQL
        # grants EXECUTE to PUBLIC on every new function unless the spec revokes it
        if new.security_definer and (new.key, "PUBLIC", "EXECUTE", "") in desired.privileges:
            return [f"new SECURITY DEFINER {name} is executable by PUBLIC (PostgreSQL's default; "
                    f"grants: {{public: []}} revokes it): every role may run it with its owner's privileges"]
        return []
    if old.definition == new.definition:
        return []
    reasons = []
    if new.security_definer and not old.security_definer:
        reasons.append(f"{name} made SECURITY DEFINER: it now runs with its owner's privileges for every "
                       f"role that may execute it")
    if new.security_definer and _search_path(old) is not None and _search_path(new) != _search_path(old):
        change = "removed" if _search_path(new) is None else f"changed to {_search_path(new)}"
        reasons.append(f"search_path of SECURITY DEFINER {name} {change}: objects of the caller's "
                       f"choosing may run with its owner's privileges")
    callers = _callers(new.key, new.name, live, desired)
    if callers:
        reasons.append(f"{name} changed and {', '.join(callers)} call{'s' * (len(callers) == 1)} it: "
                       f"the rows or privileges they allow may widen")
    elif new.security_definer and old.security_definer:
        reasons.append(f"SECURITY DEFINER {name} changed: it runs with its owner's privileges, and what it "
                       f"does for its callers may widen")
    return reasons


@lru_cache(maxsize=1)
def _words() -> re.Pattern[str]:
    """Names in a function's body. Compiled on first use: its Unicode ranges take ~10 ms to
    compile, which every plan paid at import."""
    return re.compile(r'[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*|"(?:[^"]|"")+"')


_mention_index: list[tuple[dict, dict[str, set[ObjectKey]]]] = []


def _mentioned_by(catalog: Catalog) -> dict[str, set[ObjectKey]]:
    """Function keys by every name their bodies mention (lower case, or as quoted), built
    once per catalog: a plan that changes many functions asks for each one's callers."""
    for functions, index in _mention_index:
        if functions is catalog.functions:
            return index
    index: dict[str, set[ObjectKey]] = {}
    for key, function in catalog.functions.items():
        body = function.definition.split("\n", 1)[-1]    # not the header line, which names the function itself
        for word in set(_words().findall(body)):
            name = word[1:-1].replace('""', '"') if word.startswith('"') else word.lower()
            index.setdefault(name, set()).add(key)
    _mention_index.append((catalog.functions, index))
    del _mention_index[:-4]             # the live and desired catalogs of the plans of this process
    return index


def _callers(key: ObjectKey, name: str, live: Catalog, desired: Catalog) -> list[str]:
    """Policies, views and SECURITY DEFINER functions that call the function ``key``,
    directly or through other functions: recorded dependencies (pg_depend) on either side,
    and, since PL/pgSQL and quoted SQL bodies record none, any function whose body names it."""
    found: set[str] = set()
    seen = {key}
    pending = [(key, name)]
    while pending:
        current, current_name = pending.pop()
        dependents: set[ObjectKey] = set()
        for catalog in (live, desired):
            dependents |= catalog.dependents_of(current)
            dependents |= _mentioned_by(catalog).get(current_name, set()) | \
                _mentioned_by(catalog).get(current_name.lower(), set())
        for dependent in sorted(dependents - {current}):
            if dependent.kind == "policy":
                found.add(f"policy {dependent.name} on {dependent.schema}.{dependent.parent}")
            elif dependent.kind == "view":
                found.add(f"view {dependent.schema}.{dependent.name}")
            elif dependent.kind == "function" and dependent not in seen:
                seen.add(dependent)
                function = desired.functions.get(dependent) or live.functions.get(dependent)
                if function is None:
                    continue
                if function.security_definer or (live.functions.get(dependent) or function).security_definer:
                    found.add(f"SECURITY DEFINER function {dependent.schema}.{dependent.name}")
                pending.append((dependent, function.name))
    return sorted(found)


# --- views ---

def _runs_as_owner(view: View) -> bool:
    return view.materialized or view.option("security_invoker") != "true"


def _view_widening(new: View, old: View | None) -> list[str]:
    if old is None:
        return []       # a new view widens nothing until it is granted (see grants)
    name = f"view {new.schema}.{new.name}"
    reasons = []
    if not new.materialized and old.option("security_invoker") == "true" and new.option("security_invoker") != "true":
        reasons.append("security_invoker removed: RLS of the underlying tables no longer applies to callers of "
                       f"this view ({name})")
    if _runs_as_owner(new) and old.definition != new.definition:
        reasons.append(f"query of {name} changed and it runs as its owner (no security_invoker): its callers "
                       f"may see rows or columns the old query did not show")
    if _runs_as_owner(new) and old.option("security_barrier") == "true" and new.option("security_barrier") != "true":
        reasons.append(f"security_barrier removed from {name}, which runs as its owner: functions in a "
                       f"caller's query may see rows the view filters out")
    return reasons


# --- privileges ---

def _target_name(target: ObjectKey) -> str:
    return f"{target.kind} {target.schema + '.' if target.kind != 'schema' else ''}{target.name}"


def _grant_widening(privilege: Privilege, live: Catalog, desired: Catalog) -> list[str]:
    target, grantee = privilege.target, privilege.grantee
    what = privilege.privilege + (f"({privilege.column})" if privilege.column else "")
    unauthenticated = ": unauthenticated callers gain access" if grantee.lower() in _UNAUTHENTICATED else ""
    if target not in live.all_objects():
        new = desired.get(target)
        if isinstance(new, View) and _runs_as_owner(new):
            return [f"{what} granted to {grantee} on new view {target.schema}.{target.name}, which runs as its "
                    f"owner (no security_invoker): {grantee} reads the underlying tables with the owner's "
                    f"privileges, past their RLS and grants{unauthenticated}"]
        if isinstance(new, Function) and new.security_definer:
            return [f"{what} granted to {grantee} on new SECURITY DEFINER function {target.schema}.{new.signature}: "
                    f"it runs with its owner's privileges{unauthenticated}"]
        if unauthenticated:
            return [f"{what} granted to {grantee}{unauthenticated}"]
        return []      # a brand-new table, sequence, schema or invoker's function exposes no existing data
    held = live.privileges.get(privilege.key)
    if held is None and privilege.column:
        held = live.privileges.get((target, grantee, privilege.privilege, ""))   # the table-level one covers it
    if held is not None:
        if privilege.grantable and not held.grantable:
            return [f"{what} on {_target_name(target)} granted to {grantee} WITH GRANT OPTION: {grantee} may now "
                    f"grant it to other roles"]
        return []
    columns = sorted(p.column for p in live.privileges.values()
                     if (p.target, p.grantee, p.privilege) == (target, grantee, privilege.privilege) and p.column)
    before = f" (it held {privilege.privilege} on column{'s' * (len(columns) > 1)} {', '.join(columns)} only)" \
        if columns and not privilege.column else ""
    option = " WITH GRANT OPTION" if privilege.grantable else ""
    return [f"{what} on {_target_name(target)} granted to {grantee}{option}, which did not hold it{before}"
            f"{unauthenticated}"]
