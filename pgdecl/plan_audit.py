"""What a saved plan's SQL does, read from the SQL itself (PostgreSQL's parser, via pglast).

A plan file is data anyone with write access can edit, and a digest in it is no secret:
so ``apply plan.json`` trusts no flag written there. Each statement must be one
statement of a kind pgdecl emits (a guard ``DO`` block only in pgdecl's own shape, its
test reading the catalog only); the data-loss and security hazards are derived from the
statements and added to whatever the file says.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pglast import parse_plpgsql, parse_sql
from pglast.parser import ParseError

from pgdecl.errors import PgdeclError
from pgdecl.plan import Hazard, HazardKind

# statement kinds pgdecl renders (DO only as a guard, SET only for check_function_bodies)
EMITTED = frozenset({
    "AlterDefaultPrivilegesStmt", "AlterDomainStmt", "AlterEnumStmt", "AlterExtensionStmt",
    "AlterFunctionStmt", "AlterObjectSchemaStmt", "AlterOwnerStmt", "AlterPolicyStmt", "AlterSeqStmt",
    "AlterTableStmt", "CommentStmt", "CompositeTypeStmt", "CreateDomainStmt", "CreateEnumStmt",
    "CreateExtensionStmt", "CreateFunctionStmt", "CreatePolicyStmt", "CreateSchemaStmt", "CreateSeqStmt",
    "CreateStmt", "CreateTableAsStmt", "CreateTrigStmt", "DefineStmt", "DoStmt", "DropStmt", "GrantStmt",
    "IndexStmt", "RefreshMatViewStmt", "RenameStmt", "VariableSetStmt", "ViewStmt",
    "AlterOperatorStmt", "CreateOpClassStmt", "CreateOpFamilyStmt", "AlterOpFamilyStmt",
    "CreateFdwStmt", "AlterFdwStmt", "CreateForeignServerStmt", "AlterForeignServerStmt",
    "CreateUserMappingStmt", "AlterUserMappingStmt", "DropUserMappingStmt", "CreateForeignTableStmt",
    "CreateRangeStmt", "CreateStatsStmt", "AlterStatsStmt", "AlterTSConfigurationStmt", "AlterTSDictionaryStmt",
    "CreatePublicationStmt", "AlterPublicationStmt", "CreateEventTrigStmt", "AlterEventTrigStmt", "RuleStmt", "CreateCastStmt",
})
_SETTINGS = frozenset({"check_function_bodies"})
# dropping these loses stored data
_DATA_OBJECTS = frozenset({"OBJECT_TABLE", "OBJECT_SCHEMA", "OBJECT_SEQUENCE", "OBJECT_TYPE", "OBJECT_DOMAIN",
                           "OBJECT_FOREIGN_TABLE"})
_LOSSY_COMMANDS = frozenset({"AT_DropColumn", "AT_AlterColumnType"})
_INSECURE_COMMANDS = {"AT_DisableRowSecurity": "row level security disabled",
                      "AT_NoForceRowSecurity": "FORCE row level security removed"}
_OPEN_ROLES = frozenset({"public", "anon"})
# what a guard's test may call: catalog lookups and deparsers, nothing with a side effect
_GUARD_FUNCTIONS = frozenset({
    "to_regclass", "to_regtype", "to_regprocedure", "to_regproc", "to_regnamespace", "to_regrole", "to_regoperator",
    "pg_options_to_table", "current_setting",
    "format_type", "pg_get_constraintdef", "pg_get_expr", "pg_get_function_arguments",
    "pg_get_function_identity_arguments", "pg_get_function_result", "pg_get_indexdef", "pg_get_partkeydef",
    "pg_get_triggerdef", "pg_get_viewdef", "pg_get_ruledef", "pg_get_statisticsobjdef", "quote_ident",
    "string_agg", "array_agg", "count", "bool_and", "bool_or", "coalesce", "array_to_string", "unnest",
    "current_setting", "lower", "upper", "trim", "btrim", "format", "array_length", "cardinality",
    "to_regcollation", "to_jsonb", "concat_ws",      # a collation's shape (render_collations)
})
_MAX_NESTING = 8


class EditedPlan(PgdeclError):
    """A saved plan whose SQL pgdecl would not have written."""


class Findings:
    """What the statements of a saved plan do: their hazards by statement, and the objects
    they create and drop (a drop of what the plan creates again is a replacement)."""

    def __init__(self) -> None:
        self.created: set[tuple[str, ...]] = set()
        self.dropped: list[tuple[int, tuple[str, ...], str]] = []     # (statement, name, kind)
        self.hazards: dict[int, list[Hazard]] = {}

    def statement(self, number: int, text: str) -> None:
        """Read statement ``number`` of the plan; EditedPlan if it is not exactly one
        statement of a kind pgdecl emits."""
        self.hazards.setdefault(number, []).extend(self._read(number, text, 0))

    def hazards_of(self, number: int) -> tuple[Hazard, ...]:
        """Hazards of statement ``number``, a drop not followed by a create of the same object included."""
        found = list(self.hazards.get(number, ()))
        for where, name, kind in self.dropped:
            if where == number and name not in self.created:
                found.append(Hazard(HazardKind.DATA_LOSS, f"drops {kind} {'.'.join(name)}, which the plan does "
                                                          "not create again"))
        return tuple(found)

    def _read(self, number: int, text: str, depth: int) -> Iterator[Hazard]:
        if depth > _MAX_NESTING:
            raise EditedPlan("guards nested deeper than pgdecl writes them")
        try:
            parsed = parse_sql(text)
        except ParseError as exc:
            raise EditedPlan(f"not valid SQL ({exc})") from None
        if len(parsed) != 1:
            raise EditedPlan(f"{len(parsed)} statements where pgdecl writes one")
        node = parsed[0].stmt(skip_none=True)
        kind = node["@"]
        if kind not in EMITTED:
            raise EditedPlan(f"a {kind} statement, which pgdecl never writes")
        if kind == "VariableSetStmt" and node.get("name") not in _SETTINGS:
            raise EditedPlan(f"SET {node.get('name')}, which pgdecl never writes")
        if kind == "DoStmt":
            yield from self._read(number, _guarded_statement(node), depth + 1)
            return
        created = _created(kind, node)
        if created:
            self.created.add(created)
        if kind == "DropStmt" and _enum(node.get("removeType")) not in _DATA_OBJECTS:
            what = _enum(node.get("removeType")).removeprefix("OBJECT_").lower().replace("_", " ")
            for name in node.get("objects", ()):
                self.dropped.append((number, _object_name(name), what))
        yield from _hazards(kind, node)


def audit_statement(text: str) -> tuple[Hazard, ...]:
    """The hazards of one statement read alone (a drop counts as not recreated)."""
    findings = Findings()
    findings.statement(0, text)
    return findings.hazards_of(0)


def _names(parts: Any) -> tuple[str, ...]:
    return tuple(part.get("sval", "") for part in parts or ())


def _relation(rangevar: dict[str, Any]) -> tuple[str, ...]:
    return tuple(p for p in (rangevar.get("schemaname"), rangevar.get("relname")) if p)


def _object_name(name: Any) -> tuple[str, ...]:
    """A DROP's object: a list of names, or a function's ObjectWithArgs."""
    if isinstance(name, dict) and name.get("@") == "String":     # a database-wide object: a publication
        return (name.get("sval", ""),)
    if isinstance(name, dict):
        return _names(name.get("objname"))
    return _names(name)


def _created(kind: str, node: dict[str, Any]) -> tuple[str, ...] | None:
    """The name of what a CREATE statement creates, spelled as its DROP spells it."""
    if kind == "IndexStmt" and node.get("idxname"):
        schema = node["relation"].get("schemaname")
        return tuple(p for p in (schema, node["idxname"]) if p)
    if kind == "ViewStmt":
        return _relation(node["view"])
    if kind == "CreateTableAsStmt":
        return _relation(node["into"]["rel"])
    if kind == "CreateTrigStmt":
        return (*_relation(node["relation"]), node["trigname"])
    if kind == "CreatePolicyStmt":
        return (*_relation(node["table"]), node["policy_name"])
    if kind == "CreateFunctionStmt":
        return _names(node.get("funcname"))
    if kind == "DefineStmt":
        return _names(node.get("defnames"))
    if kind == "CreateOpClassStmt":
        return _names(node.get("opclassname"))
    if kind == "CreateOpFamilyStmt":
        return _names(node.get("opfamilyname"))
    if kind == "CreatePublicationStmt":
        return (node["pubname"],)
    if kind == "RuleStmt":
        return (*_relation(node["relation"]), node["rulename"])
    return None


def _hazards(kind: str, node: dict[str, Any]) -> Iterator[Hazard]:
    if kind == "DropStmt":
        removed = _enum(node.get("removeType"))
        if removed in _DATA_OBJECTS or _enum(node.get("behavior")) == "DROP_CASCADE":
            yield Hazard(HazardKind.DATA_LOSS, f"drops {removed.removeprefix('OBJECT_').lower()}s and their data")
    elif kind == "AlterTableStmt":
        for command in node.get("cmds", ()):
            subtype = _enum(command.get("subtype"))
            if subtype in _LOSSY_COMMANDS:
                yield Hazard(HazardKind.DATA_LOSS, f"{subtype.removeprefix('AT_')}: values may be lost")
            if subtype in _INSECURE_COMMANDS:
                yield Hazard(HazardKind.SECURITY, _INSECURE_COMMANDS[subtype])
            if subtype in ("AT_SetRelOptions", "AT_ResetRelOptions") and _loosens_view(command, subtype):
                yield Hazard(HazardKind.SECURITY, "security_invoker removed")
    elif kind == "ViewStmt" and _loosens_view(node, "ViewStmt"):
        yield Hazard(HazardKind.SECURITY, "view without security_invoker")
    elif kind == "GrantStmt" and node.get("is_grant") and _open_roles(node.get("grantees", ())):
        yield Hazard(HazardKind.SECURITY, "granted to PUBLIC or anon: unauthenticated callers gain access")
    elif kind == "AlterDefaultPrivilegesStmt":
        action = node.get("action", {})
        if action.get("is_grant") and _open_roles(action.get("grantees", ())):
            yield Hazard(HazardKind.SECURITY, "granted to PUBLIC or anon by default on every new object")
    elif kind == "AlterPolicyStmt":
        if _open_roles(node.get("roles", ())) or _always_true(node.get("qual")) or _always_true(node.get("with_check")):
            yield Hazard(HazardKind.SECURITY, "policy opened to PUBLIC or anon, or loosened to true")
    elif kind == "CreatePolicyStmt" and node.get("permissive", True):      # a new policy is for PUBLIC by default
        if _always_true(node.get("qual")) or _always_true(node.get("with_check")):
            yield Hazard(HazardKind.SECURITY, "permissive policy USING (true): every row for its roles")


def _enum(value: Any) -> str:
    return value.get("name", "") if isinstance(value, dict) else str(value or "")


def _open_roles(roles: Any) -> bool:
    for role in roles or ():
        if _enum(role.get("roletype")) == "ROLESPEC_PUBLIC" or str(role.get("rolename", "")).lower() in _OPEN_ROLES:
            return True
    return False


def _always_true(expr: Any) -> bool:
    if not isinstance(expr, dict):
        return False
    value = expr.get("val", {}) if expr.get("@") == "A_Const" else {}
    return value.get("@") == "Boolean" and bool(value.get("boolval"))


def _loosens_view(node: dict[str, Any], kind: str) -> bool:
    if kind == "ViewStmt":
        options = node.get("options", ())
        return any(option.get("defname") == "security_invoker" and not _truthy(option.get("arg"))
                   for option in options)
    options = node.get("def") or ()
    for option in options:
        if option.get("defname") == "security_invoker":
            return kind == "AT_ResetRelOptions" or not _truthy(option.get("arg"))
    return False


def _truthy(arg: Any) -> bool:
    if arg is None:
        return True
    text = str(arg.get("sval", arg.get("boolval", arg.get("ival", "")))).lower()
    return text in ("true", "on", "1", "yes", "t", "y", "True")


# --- guard DO blocks -------------------------------------------------------------------------

_SET_PATH = ("SELECT pg_catalog.set_config('search_path', '', true)",
             "SELECT pg_catalog.set_config('search_path', saved, true)")


def _guarded_statement(node: dict[str, Any]) -> str:
    """The statement a guard ``DO`` block runs, after checking the block has pgdecl's shape:
    ``[DECLARE saved …] BEGIN [PERFORM set_config …] IF test THEN [PERFORM …] EXECUTE 'literal';
    END IF; [PERFORM …] END``, its test reading the catalog only."""
    args = node.get("args", ())
    body = next((a.get("arg", {}).get("sval") for a in args if a.get("defname") == "as"), None)
    if body is None or any(a.get("defname") not in ("as", "language") for a in args):
        raise EditedPlan("a DO block pgdecl did not write")
    language = next((a.get("arg", {}).get("sval") for a in args if a.get("defname") == "language"), "plpgsql")
    if language != "plpgsql":
        raise EditedPlan(f"a DO block in {language}")
    try:
        function = parse_plpgsql(f"CREATE FUNCTION pgdecl_guard() RETURNS void LANGUAGE plpgsql AS $pgdecl_guard$"
                                 f"{body}$pgdecl_guard$")[0]["PLpgSQL_function"]
    except Exception as exc:  # noqa: BLE001 - pglast raises several kinds
        raise EditedPlan(f"a DO block that does not parse ({exc})") from None
    names = [next(iter(d.values())).get("refname") for d in function.get("datums", ())]
    if not set(names) <= {"found", "saved"}:
        raise EditedPlan("a DO block declaring variables pgdecl's guards do not have")
    for datum in function.get("datums", ()):
        default = next(iter(datum.values())).get("default_val")
        if default and default["PLpgSQL_expr"]["query"] != "pg_catalog.current_setting('search_path')":
            raise EditedPlan("a DO block declaring variables pgdecl's guards do not have")
    statements = function["action"]["PLpgSQL_stmt_block"].get("body", [])
    statements = [s for s in statements if "PLpgSQL_stmt_return" not in s]
    guards = [s for s in statements if "PLpgSQL_stmt_if" in s]
    others = [s for s in statements if "PLpgSQL_stmt_if" not in s]
    if len(guards) != 1 or any(not _sets_path(s) for s in others):
        raise EditedPlan("a DO block pgdecl did not write")
    branch = guards[0]["PLpgSQL_stmt_if"]
    if branch.get("elsif_list") or branch.get("else_body"):
        raise EditedPlan("a DO block pgdecl did not write")
    then = branch.get("then_body", [])
    executes = [s for s in then if "PLpgSQL_stmt_dynexecute" in s]
    if len(executes) != 1 or any(not _sets_path(s) for s in then if s is not executes[0]):
        raise EditedPlan("a DO block pgdecl did not write")
    execute = executes[0]["PLpgSQL_stmt_dynexecute"]
    if execute.get("into") or execute.get("params"):
        raise EditedPlan("a DO block pgdecl did not write")
    _check_test(branch["cond"]["PLpgSQL_expr"]["query"])
    literal = parse_sql(f"SELECT {execute['query']['PLpgSQL_expr']['query']}")
    value = literal[0].stmt(skip_none=True)["targetList"][0]["val"] if len(literal) == 1 else {}
    secret = _secret_template(value)
    if secret is not None:
        return secret
    if value.get("@") != "A_Const" or value.get("val", {}).get("@") != "String":
        raise EditedPlan("a guard that runs something else than one literal statement")
    return value["val"]["sval"]


def _secret_template(value: dict[str, Any]) -> str | None:
    """A statement with secrets: ``pg_catalog.format('… %L …', pg_catalog.current_setting('pgdecl.secret_x'), …)``
    as render_foreign writes it for a user mapping's password; the statement with ``'***'`` for each."""
    if value.get("@") != "FuncCall" or _names(value.get("funcname")) != ("pg_catalog", "format"):
        return None
    template, *secrets = value.get("args", ())
    if template.get("@") != "A_Const" or template.get("val", {}).get("@") != "String" or not secrets:
        raise EditedPlan("a guard that runs something else than one literal statement")
    for secret in secrets:
        arguments = secret.get("args", ())
        if secret.get("@") != "FuncCall" or _names(secret.get("funcname")) != ("pg_catalog", "current_setting") \
                or len(arguments) != 1 or arguments[0].get("@") != "A_Const" \
                or not str(arguments[0].get("val", {}).get("sval", "")).startswith("pgdecl.secret_"):
            raise EditedPlan("a guard that runs something else than one literal statement")
    text = template["val"]["sval"]
    if text.replace("%%", "").count("%") != len(secrets) or text.replace("%%", "").count("%L") != len(secrets):
        raise EditedPlan("a guard that runs something else than one literal statement")
    return text.replace("%L", "'***'").replace("%%", "%")


def _sets_path(statement: dict[str, Any]) -> bool:
    perform = statement.get("PLpgSQL_stmt_perform")
    return bool(perform) and perform["expr"]["PLpgSQL_expr"]["query"] in _SET_PATH


def _check_test(condition: str) -> None:
    """A guard's test reads the catalog: pg_catalog relations, lookup and deparse functions,
    built-in operators and types; no function, operator or type of another schema."""
    try:
        parsed = parse_sql(f"SELECT ({condition})")
    except ParseError as exc:
        raise EditedPlan(f"a guard test that does not parse ({exc})") from None
    if len(parsed) != 1:
        raise EditedPlan("a guard test with more than one statement")
    for node in _walk(parsed[0].stmt(skip_none=True)):
        kind = node.get("@")
        if kind == "FuncCall":
            name = [part["sval"] for part in node["funcname"]]
            if name[-1] not in _GUARD_FUNCTIONS or name[:-1] not in ([], ["pg_catalog"]):
                raise EditedPlan(f"a guard test calling {'.'.join(name)}(), which pgdecl's guards never call")
        elif kind == "RangeVar":
            if node.get("schemaname", "pg_catalog") != "pg_catalog" or not node["relname"].startswith("pg_"):
                raise EditedPlan(f"a guard test reading {node.get('schemaname', '')}.{node['relname']}")
        elif kind == "A_Expr":
            operator = [part.get("sval", "") for part in node.get("name", ())]
            if operator[:-1] not in ([], ["pg_catalog"]):
                raise EditedPlan(f"a guard test using operator {'.'.join(operator)}")
        elif kind == "TypeName":
            names = [part["sval"] for part in node.get("names", ())]
            if names[:-1] not in ([], ["pg_catalog"]):
                raise EditedPlan(f"a guard test casting to {'.'.join(names)}")
        elif kind in ("SelectStmt",) and (node.get("withClause") or node.get("intoClause")):
            raise EditedPlan("a guard test with a WITH or INTO clause")
        elif kind in ("InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"):
            raise EditedPlan(f"a guard test with {kind}")


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if "@" in item:
                yield item
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
