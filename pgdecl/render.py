"""SQL text of each operation, built only with ``psycopg.sql``; every statement is
guarded so the script can run again after a partial failure and change nothing."""

from __future__ import annotations

from functools import singledispatch

from psycopg import sql

from pgdecl.spec.names import aggregate_function_arguments

from pgdecl.catalog.model import Aggregate, Column, Constraint, ObjectKey, Privilege, View, split_index_definition
from pgdecl.diff.ops import (
    AddColumn, AddConstraint, CreateAggregate, DropAggregate, AlterColumn, AlterDefaultPrivileges, AlterExtensionVersion,
    AlterExtensionSchema, AlterInheritance, AttachIndex,
    AlterPolicy, AlterSequence, AttachPartition, PartitioningDiffers, RelationKindIs, DetachPartition, DisownSequence,
    AlterViewOptions, ColumnExists, ColumnTypeDiffers, Condition, CreateExtension,
    CreateFunction, CreateIndex, CreatePolicy, CreateSchema, CreateSequence, CreateTable,
    CreateTrigger, CreateView, DefinitionDiffers, DropColumn, DropConstraint, DropExtension, SetTableStorage,
    AlterIndexStorage,
    DropFunction, DropIndex, DropPolicy, DropSchema, DropSequence, DropTable, DropTrigger,
    DropView, Grant, ObjectExists, Op, Rename, RenameIndex, Revoke, SetComment, SetRowLevelSecurity,
    SetSequenceOwner, ValidateConstraint,
)
from pgdecl.spec.trusted import dollar_tag, keyword, number


def trusted_sql(text: str) -> sql.SQL:
    """The one reviewed place where catalog or spec text enters SQL unescaped:
    expressions, types, view queries and function definitions, all canonicalized by
    PostgreSQL itself (deparsed catalog text), never user input from elsewhere."""
    return sql.SQL(text)  # type: ignore[arg-type]


def ident(*names: str) -> sql.Identifier:
    return sql.Identifier(*names)


def to_text(statement: sql.Composable) -> str:
    return statement.as_string(None)


# --- guards ---

def _regclass(schema: str, name: str) -> sql.Composable:
    return sql.SQL("to_regclass({})").format(sql.Literal(to_text(ident(schema, name))))


def _relation_of(key: ObjectKey) -> sql.Composable:
    if key.parent:
        return _regclass(key.schema, key.parent)
    return _regclass(key.schema, key.name)


def _function_oid(key: ObjectKey) -> sql.Composable:
    # the key's arguments are pg_get_function_identity_arguments (with argument names,
    # which to_regprocedure rejects): look the function up by that text instead; an
    # aggregate without arguments is keyed '*'
    name, _, args = key.name.partition("(")
    identity = sql.SQL("pg_catalog.pg_get_function_identity_arguments(p.oid)")
    if key.kind == "aggregate":
        identity = sql.SQL("p.prokind = 'a' AND CASE WHEN p.pronargs = 0 THEN '*' ELSE {} END").format(identity)
    return sql.SQL(
        "(SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = {} AND p.proname = {} AND {} = {})"
    ).format(sql.Literal(key.schema), sql.Literal(name), identity,
             sql.Literal(args[:-1] if args.endswith(")") else args))


_EXISTS = {
    "table": "SELECT FROM pg_catalog.pg_class c WHERE c.oid = {rel}",
    "view": "SELECT FROM pg_catalog.pg_class c WHERE c.oid = {rel}",
    "index": "SELECT FROM pg_catalog.pg_class c WHERE c.oid = {rel}",
    "sequence": "SELECT FROM pg_catalog.pg_class c WHERE c.oid = {rel}",
    "constraint": "SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = {rel} AND o.conname = {name}",
    "policy": "SELECT FROM pg_catalog.pg_policy o WHERE o.polrelid = {rel} AND o.polname = {name}",
    "trigger": "SELECT FROM pg_catalog.pg_trigger o WHERE o.tgrelid = {rel} AND o.tgname = {name} AND NOT o.tgisinternal",
    "function": "SELECT FROM pg_catalog.pg_proc o WHERE o.oid = {fn}",
    "aggregate": "SELECT FROM pg_catalog.pg_proc o WHERE o.oid = {fn}",
    "type": "SELECT FROM pg_catalog.pg_type o WHERE o.oid = {typ}",
    "rule": "SELECT FROM pg_catalog.pg_rewrite o WHERE o.ev_class = {rel} AND o.rulename = {name}",
}

# the catalog text a DefinitionDiffers guard compares, per kind (same as introspection)
_DEFINITION = {
    "index": ("SELECT FROM pg_catalog.pg_index i WHERE i.indexrelid = {rel} "
              "AND (pg_catalog.pg_get_indexdef(i.indexrelid) <> {expected} OR NOT i.indisvalid)"),
    "view": "SELECT FROM pg_catalog.pg_class c WHERE c.oid = {rel} AND pg_catalog.pg_get_viewdef(c.oid) <> {expected}",
    "constraint": ("SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = {rel} AND o.conname = {name} "
                   "AND pg_catalog.pg_get_constraintdef(o.oid) <> {expected}"),
    "trigger": ("SELECT FROM pg_catalog.pg_trigger o WHERE o.tgrelid = {rel} AND o.tgname = {name} "
                "AND pg_catalog.pg_get_triggerdef(o.oid) <> {expected}"),
    "function": ("SELECT FROM pg_catalog.pg_proc o WHERE o.oid = {fn} AND "
                 "(CASE o.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END || '|' || "
                 "pg_catalog.pg_get_function_arguments(o.oid) || '|' || "
                 "coalesce(pg_catalog.pg_get_function_result(o.oid), '')) <> {expected}"),
    "aggregate": ("SELECT FROM pg_catalog.pg_aggregate o WHERE o.aggfnoid = {fn} AND "
                  "(CASE o.aggkind WHEN 'o' THEN 'ordered-set' WHEN 'h' THEN 'hypothetical' ELSE 'normal' END "
                  "|| '|' || pg_catalog.pg_get_function_result(o.aggfnoid)) <> {expected}"),
    "policy": ("SELECT FROM pg_catalog.pg_policy o WHERE o.polrelid = {rel} AND o.polname = {name} AND "
               "(CASE o.polcmd WHEN '*' THEN 'all' WHEN 'r' THEN 'select' WHEN 'a' THEN 'insert' "
               "WHEN 'w' THEN 'update' ELSE 'delete' END || '|' || "
               "CASE WHEN o.polpermissive THEN 'True' ELSE 'False' END || '|' || "
               "CASE WHEN o.polqual IS NOT NULL THEN 'True' ELSE 'False' END || '|' || "
               "CASE WHEN o.polwithcheck IS NOT NULL THEN 'True' ELSE 'False' END) <> {expected}"),
}


def condition_sql(cond: Condition) -> sql.Composable:
    if isinstance(cond, ObjectExists):
        return sql.SQL("EXISTS ({})").format(_kind_query(_EXISTS[cond.key.kind], cond.key))
    if isinstance(cond, DefinitionDiffers):
        return sql.SQL("EXISTS ({})").format(
            _kind_query(_DEFINITION[cond.key.kind], cond.key, sql.Literal(cond.expected)))
    if isinstance(cond, ColumnTypeDiffers):
        return sql.SQL(
            "EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = {} AND a.attname = {} "
            "AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> {})"
        ).format(_relation_of(cond.table), sql.Literal(cond.column), sql.Literal(cond.expected))
    if isinstance(cond, ColumnExists):
        return sql.SQL(
            "EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = {} AND a.attname = {} "
            "AND NOT a.attisdropped)"
        ).format(_relation_of(cond.table), sql.Literal(cond.column))
    if isinstance(cond, PartitioningDiffers):
        test = sql.SQL("COALESCE(pg_catalog.pg_get_partkeydef(c.oid), '') <> {}").format(
            sql.Literal(cond.partition_by or ""))
        if cond.partition_of is not None:
            test = sql.SQL("({} OR NOT EXISTS (SELECT FROM pg_catalog.pg_inherits i "
                           "WHERE i.inhrelid = c.oid AND i.inhparent = {}))").format(test, _regclass(*cond.partition_of))
        return sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = {} AND {})").format(
            _regclass(cond.table.schema, cond.table.name), test)
    if isinstance(cond, RelationKindIs):
        return sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = {} AND c.relkind IN ({}))").format(
            _regclass(cond.key.schema, cond.key.name), sql.SQL(", ").join(sql.Literal(k) for k in cond.relkinds))
    raise TypeError(f"unknown guard condition {cond!r}")


def operator_oid(key: ObjectKey) -> sql.Composable:
    """``to_regoperator('"schema".op(left, right)')`` of an operator key (format_type names)."""
    return sql.SQL("pg_catalog.to_regoperator({})").format(
        sql.Literal(f"{to_text(ident(key.schema))}.{key.name}"))


def _kind_query(template: str, key: ObjectKey, expected: sql.Composable | None = None) -> sql.Composable:
    parts: dict[str, sql.Composable] = {"name": sql.Literal(key.name)}
    if key.kind in ("function", "aggregate"):
        parts["fn"] = _function_oid(key)
    elif key.kind == "operator":
        parts["opr"] = operator_oid(key)
    elif key.kind in ("operator class", "operator family"):
        name, _, method = key.name.rpartition(" using ")
        parts.update(sch=sql.Literal(key.schema), nm=sql.Literal(name), am=sql.Literal(method))
    elif key.kind == "type":
        parts["typ"] = sql.SQL("pg_catalog.to_regtype({})").format(sql.Literal(to_text(ident(key.schema, key.name))))
    elif key.kind == "collation":
        parts["coll"] = sql.Literal(to_text(ident(key.schema, key.name)))
    else:
        parts["rel"] = _relation_of(key)
    if expected is not None:
        parts["expected"] = expected
    used = {k: v for k, v in parts.items() if "{" + k + "}" in template}
    return sql.SQL(template).format(**used)  # type: ignore[arg-type]


def guarded(conditions: tuple[Condition, ...] | list[Condition], statement: sql.Composable,
            negate: bool = False) -> sql.Composable:
    """A DO block running ``statement`` only while any of ``conditions`` holds (or, with
    ``negate``, while none does). Conditions are evaluated with an empty search_path so
    deparsed catalog text compares equal to introspected text."""
    test: sql.Composable = sql.SQL(" OR ").join(condition_sql(c) for c in conditions)
    if negate:
        test = sql.SQL("NOT ({})").format(test)
    needs_catalog_text = any(not isinstance(c, (ObjectExists, ColumnExists, RelationKindIs)) for c in conditions)
    return _guard_raw(test, statement, catalog_text=needs_catalog_text)


def _guard_raw(test: sql.Composable, statement: sql.Composable, catalog_text: bool = True) -> sql.Composable:
    """A DO block running ``statement`` while ``test`` holds. With ``catalog_text`` the
    test runs under an empty search_path, so deparsed definitions (pg_get_*def,
    format_type) come out schema-qualified exactly as pgdecl introspected them."""
    body: sql.Composable = sql.Literal(to_text(statement))
    if not catalog_text:
        template = "DO ${tag}$ BEGIN\n  IF {test} THEN\n    EXECUTE {stmt};\n  END IF;\nEND ${tag}$"
    else:
        template = ("DO ${tag}$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN\n"
                    "  PERFORM pg_catalog.set_config('search_path', '', true);\n"
                    "  IF {test} THEN\n    PERFORM pg_catalog.set_config('search_path', saved, true);\n"
                    "    EXECUTE {stmt};\n  END IF;\n"
                    "  PERFORM pg_catalog.set_config('search_path', saved, true);\nEND ${tag}$")
    # the tag may occur nowhere in the block but at its two ends: not in the statement,
    # not in the test (which quotes catalog text), not across their quotes
    inner = to_text(sql.SQL(template.replace("${tag}$", "")).format(test=test, stmt=body))
    return sql.SQL(template).format(tag=sql.SQL(dollar_tag(inner, "pgdecl")), test=test,  # type: ignore[arg-type]
                                    stmt=body)


# --- statements ---

@singledispatch
def render(op: Op) -> list[sql.Composable]:
    raise NotImplementedError(f"no renderer for {type(op).__name__}")


@render.register
def _(op: CreateSchema) -> list[sql.Composable]:
    return [sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(ident(op.schema.name))]


@render.register
def _(op: DropSchema) -> list[sql.Composable]:
    return [sql.SQL("DROP SCHEMA IF EXISTS {}").format(ident(op.schema.name))]


@render.register
def _(op: CreateExtension) -> list[sql.Composable]:
    ext = op.extension
    stmt = sql.SQL("CREATE EXTENSION IF NOT EXISTS {} WITH SCHEMA {}").format(ident(ext.name), ident(ext.schema))
    if ext.version:
        stmt = sql.SQL("{} VERSION {}").format(stmt, sql.Literal(ext.version))
    return [stmt]


@render.register
def _(op: AlterExtensionVersion) -> list[sql.Composable]:
    return [sql.SQL("ALTER EXTENSION {} UPDATE TO {}").format(
        ident(op.extension.name), sql.Literal(op.extension.version))]


@render.register
def _(op: AttachIndex) -> list[sql.Composable]:
    test = sql.SQL("NOT EXISTS (SELECT FROM pg_catalog.pg_inherits i WHERE i.inhrelid = {} AND i.inhparent = {})").format(
        _regclass(op.index.schema, op.index.name), _regclass(op.parent.schema, op.parent.name))
    return [_guard_raw(test, sql.SQL("ALTER INDEX {} ATTACH PARTITION {}").format(
        ident(op.parent.schema, op.parent.name), ident(op.index.schema, op.index.name)), catalog_text=False)]


@render.register
def _(op: AlterExtensionSchema) -> list[sql.Composable]:
    test = sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_extension e WHERE e.extname = {} "
                   "AND e.extnamespace <> {}::pg_catalog.regnamespace)").format(
        sql.Literal(op.extension.name), sql.Literal(to_text(ident(op.extension.schema))))
    return [_guard_raw(test, sql.SQL("ALTER EXTENSION {} SET SCHEMA {}").format(
        ident(op.extension.name), ident(op.extension.schema)), catalog_text=False)]


@render.register
def _(op: DropExtension) -> list[sql.Composable]:
    return [sql.SQL("DROP EXTENSION IF EXISTS {}").format(ident(op.extension.name))]


def _sequence_options(seq) -> sql.Composable:
    return sql.SQL("AS {} INCREMENT BY {} MINVALUE {} MAXVALUE {} START WITH {} CACHE {} {}").format(
        trusted_sql(seq.data_type), sql.Literal(seq.increment), sql.Literal(seq.min_value),
        sql.Literal(seq.max_value), sql.Literal(seq.start), sql.Literal(seq.cache),
        sql.SQL("CYCLE" if seq.cycle else "NO CYCLE"))


@render.register
def _(op: CreateSequence) -> list[sql.Composable]:
    seq = op.sequence
    return [sql.SQL("CREATE SEQUENCE IF NOT EXISTS {} {}").format(ident(seq.schema, seq.name), _sequence_options(seq))]


_SEQUENCE_OPTIONS = (   # field, ALTER SEQUENCE option, pg_sequence test for "still differs"
    ("data_type", "AS {}", "pg_catalog.format_type(s.seqtypid, NULL) <> {}"),
    ("increment", "INCREMENT BY {}", "s.seqincrement <> {}"),
    ("min_value", "MINVALUE {}", "s.seqmin <> {}"),
    ("max_value", "MAXVALUE {}", "s.seqmax <> {}"),
    ("start", "START WITH {}", "s.seqstart <> {}"),
    ("cache", "CACHE {}", "s.seqcache <> {}"),
)


@render.register
def _(op: AlterSequence) -> list[sql.Composable]:
    # only the options that change, and only while they still differ: ALTER SEQUENCE
    # rewrites the sequence relation even when nothing changes
    old, seq = op.old, op.new
    options: list[sql.Composable] = []
    tests: list[sql.Composable] = []
    for field, option, test in _SEQUENCE_OPTIONS:
        if getattr(old, field) != getattr(seq, field):
            value = trusted_sql(seq.data_type) if field == "data_type" else sql.Literal(getattr(seq, field))
            options.append(sql.SQL(option).format(value))
            tests.append(sql.SQL(test).format(
                sql.Literal(seq.data_type) if field == "data_type" else value))
    if old.cycle != seq.cycle:
        options.append(sql.SQL("CYCLE" if seq.cycle else "NO CYCLE"))
        tests.append(sql.SQL("s.seqcycle <> {}").format(sql.Literal(seq.cycle)))
    if not options:
        return []
    statement = sql.SQL("ALTER SEQUENCE {} {}").format(ident(seq.schema, seq.name), sql.SQL(" ").join(options))
    differs = sql.SQL(" OR ").join(tests)
    test = sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_sequence s WHERE s.seqrelid = {} AND ({}))").format(
        _regclass(seq.schema, seq.name), differs)
    steps = []
    if seq.min_value > old.min_value or seq.max_value < old.max_value:
        # PostgreSQL refuses new bounds that leave the current value (of a sequence never
        # used: where it starts) outside them: only then RESTART, at the nearest bound
        current = sql.SQL("COALESCE(pg_catalog.pg_sequence_last_value(s.seqrelid), s.seqstart)")
        for compare, bound in (("<", seq.min_value), (">", seq.max_value)):
            outside = sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_sequence s WHERE s.seqrelid = {} AND ({}) "
                              "AND {} {} {})").format(_regclass(seq.schema, seq.name), differs, current,
                                                      sql.SQL(compare), sql.Literal(bound))
            steps.append(_guard_raw(outside, sql.SQL("{} RESTART WITH {}").format(statement, sql.Literal(bound))))
    return [*steps, _guard_raw(test, statement)]


@render.register
def _(op: SetSequenceOwner) -> list[sql.Composable]:
    seq = op.sequence
    owner = ident(*seq.owned_by) if seq.owned_by else sql.SQL("NONE")
    return [sql.SQL("ALTER SEQUENCE {} OWNED BY {}").format(ident(seq.schema, seq.name), owner)]


@render.register
def _(op: DropSequence) -> list[sql.Composable]:
    seq = op.sequence
    if op.not_identity:
        test = sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = {} AND NOT EXISTS ("
                       "SELECT FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass "
                       "AND d.objid = c.oid AND d.deptype = 'i'))").format(_regclass(seq.schema, seq.name))
        return [_guard_raw(test, sql.SQL("DROP SEQUENCE {}").format(ident(seq.schema, seq.name)), catalog_text=False)]
    return [sql.SQL("DROP SEQUENCE IF EXISTS {}").format(ident(seq.schema, seq.name))]


def _identity_options(col: Column) -> sql.Composable:
    """`` (START WITH … INCREMENT BY …)``: the options of an identity's sequence unlike its defaults."""
    if col.identity_options is None:
        return sql.SQL("")
    from pgdecl.spec.ddl import identity_options    # the spec's DDL renderer: imported only when needed

    return identity_options(col.identity_options.explicit(col.type)) or sql.SQL("")  # type: ignore[arg-type]


_IDENTITY_SET = {"start": "SET START WITH {}", "increment": "SET INCREMENT BY {}", "min_value": "SET MINVALUE {}",
                 "max_value": "SET MAXVALUE {}", "cache": "SET CACHE {}"}


def _identity_changes(op: AlterColumn) -> list[sql.Composable]:
    """``SET INCREMENT BY 10 SET START WITH 100 …``: each option of the identity's sequence that
    changes (SET START WITH changes what RESTART goes back to, not the next value)."""
    old, new = op.old.identity_options, op.new.identity_options
    assert old is not None and new is not None
    parts: list[sql.Composable] = []
    for name in ("increment", "min_value", "max_value", "start", "cache"):
        if getattr(old, name) != getattr(new, name):
            parts.append(sql.SQL(_IDENTITY_SET[name]).format(number(getattr(new, name))))  # type: ignore[arg-type]
    if old.cycle != new.cycle:
        parts.append(sql.SQL("SET CYCLE" if new.cycle else "SET NO CYCLE"))
    return parts


def column_definition(col: Column) -> sql.Composable:
    parts: list[sql.Composable] = [ident(col.name), trusted_sql(col.type)]
    if col.collation:
        parts.append(sql.SQL("COLLATE {}").format(trusted_sql(col.collation)))
    if col.generated is not None:
        parts.append(sql.SQL("GENERATED ALWAYS AS ({}) {}").format(
            trusted_sql(col.generated), sql.SQL("VIRTUAL" if col.virtual else "STORED")))
    elif col.identity:
        parts.append(sql.SQL("GENERATED {} AS IDENTITY{}").format(
            sql.SQL("ALWAYS" if col.identity == "always" else "BY DEFAULT"), _identity_options(col)))
    elif col.default is not None:
        parts.append(sql.SQL("DEFAULT {}").format(trusted_sql(col.default)))
    if col.not_null:
        parts.append(sql.SQL("NOT NULL"))
    return sql.SQL(" ").join(parts)


def constraint_definition(con: Constraint) -> sql.Composable:
    return sql.SQL("CONSTRAINT {} {}").format(ident(con.name), trusted_sql(con.definition))


def _storage_parameters(options: tuple[str, ...]) -> sql.Composable:
    from pgdecl.spec.ddl import storage_parameters    # the spec's DDL renderer: imported only when needed

    return storage_parameters(option.partition("=")[::2] for option in options)


def column_storage(table: ObjectKey, columns: tuple[Column, ...] | list[Column]) -> list[sql.Composable]:
    """SET STATISTICS / STORAGE / COMPRESSION of new columns that do not keep the defaults."""
    actions = []
    for col in columns:
        name = ident(col.name)
        if col.statistics is not None:
            actions.append(sql.SQL("ALTER COLUMN {} SET STATISTICS {}").format(name, number(col.statistics)))
        if col.storage is not None:
            actions.append(sql.SQL("ALTER COLUMN {} SET STORAGE {}").format(name, keyword(col.storage)))
        if col.compression is not None:
            actions.append(sql.SQL("ALTER COLUMN {} SET COMPRESSION {}").format(name, keyword(col.compression)))
    if not actions:
        return []
    return [sql.SQL("ALTER TABLE {} {}").format(ident(table.schema, table.name), sql.SQL(", ").join(actions))]


@render.register
def _(op: CreateTable) -> list[sql.Composable]:
    table = op.table
    suffix = sql.SQL(" PARTITION BY {}").format(trusted_sql(table.partition_by)) \
        if table.partition_by else sql.SQL("")
    if table.options:
        suffix += sql.SQL(" WITH ({})").format(_storage_parameters(table.options))
    create = sql.SQL("CREATE UNLOGGED TABLE" if table.unlogged else "CREATE TABLE")
    constraints = [constraint_definition(c) for c in op.constraints]
    if table.partition_of is not None:
        # the columns (types, defaults, NOT NULL) come from the parent
        own = sql.SQL(" (\n    {}\n)").format(sql.SQL(",\n    ").join(constraints)) if constraints else sql.SQL("")
        return [sql.SQL("{} IF NOT EXISTS {} PARTITION OF {}{} {}{}").format(
            create, ident(table.schema, table.name), ident(*table.partition_of), own,
            trusted_sql(table.partition_bound or "DEFAULT"), suffix)]
    if table.inherits:
        # INHERITS gives the parents' columns: only the table's own are written
        suffix = sql.SQL(" INHERITS ({})").format(sql.SQL(", ").join(ident(*p) for p in table.inherits)) + suffix
    columns = [c for c in table.columns if not c.inherited] if table.inherits else list(table.columns)
    items = [column_definition(c) for c in columns] + constraints
    body = sql.SQL(" (\n    {}\n)").format(sql.SQL(",\n    ").join(items)) if items else sql.SQL(" ()")
    return [sql.SQL("{} IF NOT EXISTS {}{}{}").format(create, ident(table.schema, table.name), body, suffix),
            *column_storage(table.key, columns)]


@render.register
def _(op: AlterInheritance) -> list[sql.Composable]:
    inherits = sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_inherits i WHERE i.inhrelid = {} AND i.inhparent = {})").format(
        _regclass(op.table.schema, op.table.name), _regclass(*op.parent))
    verb = sql.SQL("INHERIT" if op.add else "NO INHERIT")
    statement = sql.SQL("ALTER TABLE {} {} {}").format(ident(op.table.schema, op.table.name), verb, ident(*op.parent))
    return [_guard_raw(sql.SQL("NOT {}").format(inherits) if op.add else inherits, statement, catalog_text=False)]


def _option_changes(old: tuple[str, ...], new: tuple[str, ...]) -> list[sql.Composable]:
    """``RESET (…)`` of the storage parameters no longer set, ``SET (…)`` of the new or changed."""
    actions: list[sql.Composable] = []
    names = {option.partition("=")[0] for option in new}
    gone = sorted({option.partition("=")[0] for option in old} - names)
    if gone:
        actions.append(sql.SQL("RESET ({})").format(sql.SQL(", ").join(ident(*name.split(".")) for name in gone)))
    changed = tuple(option for option in new if option not in old)
    if changed:
        actions.append(sql.SQL("SET ({})").format(_storage_parameters(changed)))
    return actions


@render.register
def _(op: AlterIndexStorage) -> list[sql.Composable]:
    return [sql.SQL("ALTER INDEX {} {}").format(ident(op.index.schema, op.index.name),
                                                sql.SQL(", ").join(_option_changes(op.old.options, op.index.options)))]


@render.register
def _(op: SetTableStorage) -> list[sql.Composable]:
    table, old = op.table, op.old
    actions = _option_changes(old.options, table.options)
    if op.persistence_changes:
        actions.append(sql.SQL("SET UNLOGGED" if table.unlogged else "SET LOGGED"))
    return [sql.SQL("ALTER TABLE {} {}").format(ident(table.schema, table.name), sql.SQL(", ").join(actions))]


def _attached(table: ObjectKey, parent: tuple[str, str], bound: str | None = None) -> sql.Composable:
    """``table`` is a partition of ``parent`` (with a bound other than ``bound``, when given)."""
    test = sql.SQL(
        "EXISTS (SELECT FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid "
        "WHERE i.inhrelid = {} AND i.inhparent = {}").format(_regclass(table.schema, table.name), _regclass(*parent))
    if bound is not None:
        test = sql.SQL("{} AND pg_catalog.pg_get_expr(c.relpartbound, c.oid) <> {}").format(test, sql.Literal(bound))
    return sql.SQL("{})").format(test)


@render.register
def _(op: AttachPartition) -> list[sql.Composable]:
    table = op.table
    assert table.partition_of is not None
    statement = sql.SQL("ALTER TABLE {} ATTACH PARTITION {} {}").format(
        ident(*table.partition_of), ident(table.schema, table.name), trusted_sql(table.partition_bound or "DEFAULT"))
    return [_guard_raw(sql.SQL("NOT {}").format(_attached(table.key, table.partition_of)), statement,
                       catalog_text=False)]


@render.register
def _(op: DetachPartition) -> list[sql.Composable]:
    table = op.table
    assert table.partition_of is not None
    statement = sql.SQL("ALTER TABLE {} DETACH PARTITION {}").format(
        ident(*table.partition_of), ident(table.schema, table.name))
    return [_guard_raw(_attached(table.key, table.partition_of, op.new_bound), statement,
                       catalog_text=op.new_bound is not None)]


@render.register
def _(op: DisownSequence) -> list[sql.Composable]:
    seq = op.sequence
    statement = sql.SQL("ALTER SEQUENCE {} OWNED BY NONE").format(ident(seq.schema, seq.name))
    return [guarded(op.when, statement)]


@render.register
def _(op: DropTable) -> list[sql.Composable]:
    if op.when:
        return [guarded(op.when, sql.SQL("DROP TABLE {}").format(ident(op.table.schema, op.table.name)))]
    return [sql.SQL("DROP TABLE IF EXISTS {}").format(ident(op.table.schema, op.table.name))]


@render.register
def _(op: AddColumn) -> list[sql.Composable]:
    return [sql.SQL("ALTER TABLE {} ADD COLUMN IF NOT EXISTS {}").format(
        ident(op.table.schema, op.table.name), column_definition(op.column)),
        *column_storage(op.table.key, [op.column])]


@render.register
def _(op: DropColumn) -> list[sql.Composable]:
    return [sql.SQL("ALTER TABLE {} DROP COLUMN IF EXISTS {}").format(
        ident(op.table.schema, op.table.name), ident(op.column.name))]


@render.register
def _(op: AlterColumn) -> list[sql.Composable]:
    table = ident(op.table.schema, op.table.name)
    col, old, name = op.new, op.old, ident(op.new.name)
    alter = sql.SQL("ALTER TABLE {} ").format(table)
    if op.change == "type":
        actions: list[sql.Composable] = []
        if old.default is not None:
            actions.append(sql.SQL("ALTER COLUMN {} DROP DEFAULT").format(name))
        collate = sql.SQL(" COLLATE {}").format(trusted_sql(col.collation)) if col.collation else sql.SQL("")
        if op.using == "":         # a generated column is computed again: no USING allowed
            actions.append(sql.SQL("ALTER COLUMN {} TYPE {}{}").format(name, trusted_sql(col.type), collate))
        else:
            using = trusted_sql(op.using) if op.using is not None else sql.SQL("{}::{}").format(name, trusted_sql(col.type))
            actions.append(sql.SQL("ALTER COLUMN {} TYPE {}{} USING {}").format(
                name, trusted_sql(col.type), collate, using))
        if col.default is not None:
            actions.append(sql.SQL("ALTER COLUMN {} SET DEFAULT {}").format(name, trusted_sql(col.default)))
        # generated columns over it: PostgreSQL changes no type a generated column uses
        actions[:0] = [sql.SQL("DROP COLUMN {}").format(ident(g.name)) for g in op.rebuilt]
        actions += [sql.SQL("ADD COLUMN {}").format(column_definition(g)) for g in op.rebuilt]
        statement = alter + sql.SQL(", ").join(actions)
        if old.type == col.type:        # collation only: nothing to guard on
            return [statement]
        return [guarded([ColumnTypeDiffers(op.table.key, col.name, col.type)], statement)]
    if op.change == "default":
        if col.default is None and col.identity is not None:
            # a serial becoming an identity: DROP DEFAULT fails once it is one (a second run)
            plain = sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = {} "
                            "AND a.attname = {} AND a.attidentity = '')").format(
                _relation_of(op.table.key), sql.Literal(col.name))
            return [_guard_raw(plain, alter + sql.SQL("ALTER COLUMN {} DROP DEFAULT").format(name), catalog_text=False)]
        if col.default is None:
            return [alter + sql.SQL("ALTER COLUMN {} DROP DEFAULT").format(name)]
        return [alter + sql.SQL("ALTER COLUMN {} SET DEFAULT {}").format(name, trusted_sql(col.default))]
    if op.change == "not_null":
        return [alter + sql.SQL("ALTER COLUMN {} {} NOT NULL").format(name, sql.SQL("SET" if col.not_null else "DROP"))]
    if op.change == "identity":
        if col.identity is None:
            return [alter + sql.SQL("ALTER COLUMN {} DROP IDENTITY IF EXISTS").format(name)]
        kind = sql.SQL("ALWAYS" if col.identity == "always" else "BY DEFAULT")
        if old.identity is not None:
            return [alter + sql.SQL("ALTER COLUMN {} SET GENERATED {}").format(name, kind)]
        statement = alter + sql.SQL("ALTER COLUMN {} ADD GENERATED {} AS IDENTITY{}").format(
            name, kind, _identity_options(col))
        missing = sql.SQL("NOT EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = {} "
                          "AND a.attname = {} AND a.attidentity <> '')").format(
            _relation_of(op.table.key), sql.Literal(col.name))
        return [_guard_raw(missing, statement, catalog_text=False)]
    if op.change == "identity_options":      # guarded: ALTER SEQUENCE writes the sequence anew
        new = op.new.identity_options
        assert new is not None
        differs = sql.SQL(
            "EXISTS (SELECT FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_depend d ON d.refobjid = a.attrelid "
            "AND d.refobjsubid = a.attnum AND d.deptype = 'i' JOIN pg_catalog.pg_sequence s ON s.seqrelid = d.objid "
            "WHERE a.attrelid = {} AND a.attname = {} "
            "AND (s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle) "
            "IS DISTINCT FROM ({}::bigint, {}::bigint, {}::bigint, {}::bigint, {}::bigint, {}))").format(
            _relation_of(op.table.key), sql.Literal(col.name), number(new.start), number(new.increment),
            number(new.min_value), number(new.max_value), number(new.cache), sql.SQL("true" if new.cycle else "false"))
        statement = alter + sql.SQL("ALTER COLUMN {} {}").format(name, sql.SQL(" ").join(_identity_changes(op)))
        return [_guard_raw(differs, statement, catalog_text=False)]
    if op.change == "generated":
        return _render_generated(op, alter, name)
    if op.change == "statistics":
        return [alter + sql.SQL("ALTER COLUMN {} SET STATISTICS {}").format(
            name, number(-1 if col.statistics is None else col.statistics))]
    if op.change == "storage":      # the type's own when no longer set (DEFAULT is PostgreSQL 16+)
        return [alter + sql.SQL("ALTER COLUMN {} SET STORAGE {}").format(name, keyword(col.storage or col.type_storage))]
    if op.change == "compression":
        return [alter + sql.SQL("ALTER COLUMN {} SET COMPRESSION {}").format(name, keyword(col.compression or "default"))]
    raise ValueError(f"unknown column change {op.change!r}")


def _render_generated(op: AlterColumn, alter: sql.Composable, name: sql.Identifier) -> list[sql.Composable]:
    old, col = op.old, op.new
    if col.generated is None and not old.virtual:
        # stored generated -> plain column keeps the data (PostgreSQL 13+)
        return [alter + sql.SQL("ALTER COLUMN {} DROP EXPRESSION IF EXISTS").format(name)]
    # the column is not yet as desired while this holds
    stale = sql.SQL(
        "EXISTS (SELECT FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d "
        "ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = {} AND a.attname = {} "
        "AND NOT a.attisdropped AND (a.attgenerated::text IS DISTINCT FROM {} "
        "OR pg_catalog.pg_get_expr(d.adbin, d.adrelid) IS DISTINCT FROM {}))"
    ).format(_relation_of(op.table.key), sql.Literal(col.name),
             sql.Literal(("v" if col.virtual else "s") if col.generated is not None else ""),
             sql.Literal(col.generated if col.generated is not None else col.default))
    if (old.generated is not None and col.generated is not None and not old.virtual
            and not col.virtual and op.server_version >= 170000):
        # SET EXPRESSION rewrites the table: only while the expression still differs
        return [_guard_raw(stale, alter + sql.SQL("ALTER COLUMN {} SET EXPRESSION AS ({})").format(
            name, trusted_sql(col.generated)))]
    # otherwise rebuild the column: drop it (guarded) and add it
    return [
        _guard_raw(stale, alter + sql.SQL("DROP COLUMN {}").format(name)),
        alter + sql.SQL("ADD COLUMN IF NOT EXISTS {}").format(column_definition(col)),
    ]


@render.register
def _(op: SetRowLevelSecurity) -> list[sql.Composable]:
    table, old = op.table, op.old
    actions = []
    if old is None or old.rls_enabled != table.rls_enabled:
        actions.append(sql.SQL("ENABLE ROW LEVEL SECURITY" if table.rls_enabled else "DISABLE ROW LEVEL SECURITY"))
    if (old is None and table.rls_forced) or (old is not None and old.rls_forced != table.rls_forced):
        actions.append(sql.SQL("FORCE ROW LEVEL SECURITY" if table.rls_forced else "NO FORCE ROW LEVEL SECURITY"))
    return [sql.SQL("ALTER TABLE {} {}").format(ident(table.schema, table.name), sql.SQL(", ").join(actions))]


@render.register
def _(op: AddConstraint) -> list[sql.Composable]:
    con = op.constraint
    statement = sql.SQL("ALTER TABLE {} ADD {}{}").format(
        ident(con.schema, con.table), constraint_definition(con), sql.SQL(" NOT VALID" if op.not_valid else ""))
    return [guarded([ObjectExists(con.key)], statement, negate=True)]


@render.register
def _(op: ValidateConstraint) -> list[sql.Composable]:
    con = op.constraint       # validating a valid constraint is a no-op: safe to re-run
    return [sql.SQL("ALTER TABLE {} VALIDATE CONSTRAINT {}").format(ident(con.schema, con.table), ident(con.name))]


@render.register
def _(op: RenameIndex) -> list[sql.Composable]:
    index = op.index          # a no-op once renamed (IF EXISTS), or while the guard says there is nothing to do
    rename = sql.SQL("ALTER INDEX IF EXISTS {} RENAME TO {}").format(ident(index.schema, op.from_name), ident(index.name))
    if op.when:
        # and never onto an index already there (the set-aside index of an earlier, interrupted run)
        rename = guarded([ObjectExists(index.key)], guarded(op.when, rename), negate=True)
    statements = [rename]
    if index.comment is not None:
        statements.append(sql.SQL("COMMENT ON INDEX {} IS {}").format(
            ident(index.schema, index.name), sql.Literal(index.comment)))
    return statements


def _exists(key: ObjectKey, exists: bool = True) -> sql.Composable:
    """The object (for a column key, parent = table, the column) exists, or not; for a
    relation: anything of that name in the schema (they share one namespace)."""
    if key.kind in ("table", "view", "index", "sequence"):
        return sql.SQL("{} IS NOT NULL" if exists else "{} IS NULL").format(_regclass(key.schema, key.name))
    if key.kind == "column":
        test = condition_sql(ColumnExists(ObjectKey("table", key.schema, key.parent), key.name))
    else:
        test = condition_sql(ObjectExists(key))
    return test if exists else sql.SQL("NOT {}").format(test)


_RENAME = {
    "table": "ALTER TABLE {old} RENAME TO {new}",
    "index": "ALTER INDEX {old} RENAME TO {new}",
    "sequence": "ALTER SEQUENCE {old} RENAME TO {new}",
    "column": "ALTER TABLE {table} RENAME COLUMN {old} TO {new}",
    "constraint": "ALTER TABLE {table} RENAME CONSTRAINT {old} TO {new}",
    "policy": "ALTER POLICY {old} ON {table} RENAME TO {new}",
}


@render.register
def _(op: Rename) -> list[sql.Composable]:
    old, new = op.old, op.new     # only while the old name exists and the new one is free
    if old.kind == "view":
        template = "ALTER MATERIALIZED VIEW {old} RENAME TO {new}" if op.materialized else "ALTER VIEW {old} RENAME TO {new}"
    else:
        template = _RENAME[old.kind]
    if old.parent:
        parts = {"table": ident(old.schema, old.parent), "old": ident(old.name), "new": ident(new.name)}
    else:
        parts = {"old": ident(old.schema, old.name), "new": ident(new.name)}
    statement = sql.SQL(template).format(**parts)  # type: ignore[arg-type]
    test = sql.SQL("{} AND {}").format(_exists(old), _exists(new, exists=False))
    return [_guard_raw(test, statement, catalog_text=False)]


@render.register
def _(op: DropConstraint) -> list[sql.Composable]:
    con = op.constraint
    if op.when:
        return [guarded(op.when, sql.SQL("ALTER TABLE {} DROP CONSTRAINT {}").format(
            ident(con.schema, con.table), ident(con.name)))]
    return [sql.SQL("ALTER TABLE IF EXISTS {} DROP CONSTRAINT IF EXISTS {}").format(
        ident(con.schema, con.table), ident(con.name))]


def index_statement(definition: str, concurrently: bool) -> sql.Composable:
    """The catalog's CREATE [UNIQUE] INDEX text made idempotent (and CONCURRENTLY when asked).
    An index of a partitioned table deparses as ``ON ONLY parent``, which would build the
    parent's index alone (invalid, without its partitions'): it is created ``ON parent``."""
    prefix, name, tail = split_index_definition(definition)
    if tail.startswith(" ON ONLY "):
        tail = " ON " + tail[len(" ON ONLY "):]
    extra = "CONCURRENTLY IF NOT EXISTS " if concurrently else "IF NOT EXISTS "
    return trusted_sql(prefix + extra + name + tail)


@render.register
def _(op: CreateIndex) -> list[sql.Composable]:
    statements = [index_statement(op.index.definition, op.concurrently)]
    if op.concurrently and op.index.comment is not None:
        # built after the transaction, so its comment cannot be a step inside it
        statements.append(sql.SQL("COMMENT ON INDEX {} IS {}").format(
            ident(op.index.schema, op.index.name), sql.Literal(op.index.comment)))
    return statements


@render.register
def _(op: DropIndex) -> list[sql.Composable]:
    index = op.index
    conc = sql.SQL("CONCURRENTLY ") if op.concurrently else sql.SQL("")
    if op.when:
        return [guarded(op.when, sql.SQL("DROP INDEX {}{}").format(conc, ident(index.schema, index.name)))]
    return [sql.SQL("DROP INDEX {}IF EXISTS {}").format(conc, ident(index.schema, index.name))]


@render.register
def _(op: CreateFunction) -> list[sql.Composable]:
    return [trusted_sql(op.function.definition.rstrip().rstrip(";"))]


def _function_ref(fn) -> sql.Composable:
    return sql.SQL("{}({})").format(ident(fn.schema, fn.name), trusted_sql(fn.identity_args))


@render.register
def _(op: DropFunction) -> list[sql.Composable]:
    fn = op.function
    what = sql.SQL("PROCEDURE" if fn.kind == "procedure" else "FUNCTION")
    if op.when:
        return [guarded(op.when, sql.SQL("DROP {} {}").format(what, _function_ref(fn)))]
    return [sql.SQL("DROP {} IF EXISTS {}").format(what, _function_ref(fn))]


_OPERATOR_CHARS = frozenset("+-*/<>=~!@#%^&|`?")
_DEFAULT_MODIFY = {"normal": "read_only"}      # ordered-set and hypothetical: read_write


def _aggregate_ref(agg: Aggregate) -> sql.Composable:
    return sql.SQL("{}({})").format(ident(agg.schema, agg.name), trusted_sql(agg.identity_args))


def _sort_operator(sortop: str) -> sql.Composable:
    schema, _, operator = sortop.rpartition(".")
    if not operator or not set(operator) <= _OPERATOR_CHARS:
        raise ValueError(f"unexpected sort operator {sortop!r}")
    return sql.SQL("OPERATOR({}.{})").format(ident(schema), trusted_sql(operator))


def aggregate_options(agg: Aggregate) -> list[sql.Composable]:
    """CREATE AGGREGATE's options from catalog text: regproc names, format_type types."""
    default_modify = _DEFAULT_MODIFY.get(agg.kind, "read_write")
    items: list[tuple[str, sql.Composable | None]] = [
        ("SFUNC", trusted_sql(agg.sfunc)),
        ("STYPE", trusted_sql(agg.stype)),
        ("SSPACE", sql.Literal(agg.sspace) if agg.sspace else None),
        ("FINALFUNC", trusted_sql(agg.finalfunc) if agg.finalfunc else None),
        ("FINALFUNC_EXTRA", sql.SQL("") if agg.finalfunc_extra else None),
        ("FINALFUNC_MODIFY", sql.SQL(agg.finalfunc_modify.upper())  # type: ignore[arg-type]
         if agg.finalfunc_modify != default_modify else None),
        ("COMBINEFUNC", trusted_sql(agg.combinefunc) if agg.combinefunc else None),
        ("SERIALFUNC", trusted_sql(agg.serialfunc) if agg.serialfunc else None),
        ("DESERIALFUNC", trusted_sql(agg.deserialfunc) if agg.deserialfunc else None),
        ("INITCOND", sql.Literal(agg.initcond) if agg.initcond is not None else None),
        ("MSFUNC", trusted_sql(agg.msfunc) if agg.msfunc else None),
        ("MINVFUNC", trusted_sql(agg.minvfunc) if agg.minvfunc else None),
        ("MSTYPE", trusted_sql(agg.mstype) if agg.mstype else None),
        ("MSSPACE", sql.Literal(agg.msspace) if agg.msspace else None),
        ("MFINALFUNC", trusted_sql(agg.mfinalfunc) if agg.mfinalfunc else None),
        ("MFINALFUNC_EXTRA", sql.SQL("") if agg.mfinalfunc_extra else None),
        ("MFINALFUNC_MODIFY", sql.SQL(agg.mfinalfunc_modify.upper())  # type: ignore[arg-type]
         if agg.mfinalfunc_modify != default_modify else None),
        ("MINITCOND", sql.Literal(agg.minitcond) if agg.minitcond is not None else None),
        ("SORTOP", _sort_operator(agg.sortop) if agg.sortop else None),
        ("PARALLEL", sql.SQL(agg.parallel.upper()) if agg.parallel != "unsafe" else None),  # type: ignore[arg-type]
        ("HYPOTHETICAL", sql.SQL("") if agg.kind == "hypothetical" else None),
    ]
    options: list[sql.Composable] = []
    for word, value in items:
        if value is None:
            continue
        if isinstance(value, sql.SQL) and value.as_string(None) == "":
            options.append(sql.SQL(word))  # type: ignore[arg-type]
        else:
            options.append(sql.SQL("{} = {}").format(sql.SQL(word), value))  # type: ignore[arg-type]
    return options


@render.register
def _(op: CreateAggregate) -> list[sql.Composable]:
    # CREATE OR REPLACE AGGREGATE (PostgreSQL 12): re-runs cleanly, keeps the oid (and so the
    # views calling it) when only support functions or options change
    agg = op.aggregate
    return [sql.SQL("CREATE OR REPLACE AGGREGATE {} (\n    {}\n)").format(
        _aggregate_ref(agg), sql.SQL(",\n    ").join(aggregate_options(agg)))]


@render.register
def _(op: DropAggregate) -> list[sql.Composable]:
    if op.when:
        return [guarded(op.when, sql.SQL("DROP AGGREGATE {}").format(_aggregate_ref(op.aggregate)))]
    return [sql.SQL("DROP AGGREGATE IF EXISTS {}").format(_aggregate_ref(op.aggregate))]


_TRIGGER_STATE = {"D": "DISABLE TRIGGER", "R": "ENABLE REPLICA TRIGGER", "A": "ENABLE ALWAYS TRIGGER"}


@render.register
def _(op: CreateTrigger) -> list[sql.Composable]:
    trig = op.trigger
    definition = trig.definition
    if op.or_replace and definition.startswith("CREATE TRIGGER "):
        statements: list[sql.Composable] = [trusted_sql("CREATE OR REPLACE TRIGGER " + definition[len("CREATE TRIGGER "):])]
    else:
        statements = [guarded([ObjectExists(trig.key)], trusted_sql(definition), negate=True)]
    state = _TRIGGER_STATE.get(trig.enabled, "ENABLE TRIGGER")
    if trig.enabled != "O":     # CREATE [OR REPLACE] TRIGGER itself leaves it enabled ('O')
        statements.append(sql.SQL("ALTER TABLE {} {} {}").format(
            ident(trig.schema, trig.table), sql.SQL(state), ident(trig.name)))
    return statements


@render.register
def _(op: DropTrigger) -> list[sql.Composable]:
    trig = op.trigger
    statement = sql.SQL("DROP TRIGGER {}{} ON {}").format(
        sql.SQL("" if op.when else "IF EXISTS "), ident(trig.name), ident(trig.schema, trig.table))
    return [guarded(op.when, statement)] if op.when else [statement]


def _view_options(view: View) -> sql.Composable:
    options = list(view.options)
    if view.check_option and view.materialized is False:
        options.append(("check_option", view.check_option))
    if not options:
        return sql.SQL("")
    return sql.SQL(" WITH ({})").format(sql.SQL(", ").join(
        sql.SQL("{} = {}").format(sql.SQL(k), sql.Literal(v)) for k, v in options))  # type: ignore[arg-type]


@render.register
def _(op: CreateView) -> list[sql.Composable]:
    view = op.view
    query = trusted_sql(view.definition.strip().rstrip(";"))
    if view.materialized:
        return [sql.SQL("CREATE MATERIALIZED VIEW IF NOT EXISTS {}{} AS\n{}\n{}").format(
            ident(view.schema, view.name), _view_options(view), query,
            sql.SQL("WITH DATA" if view.populated else "WITH NO DATA"))]
    return [sql.SQL("CREATE OR REPLACE VIEW {}{} AS\n{}").format(
        ident(view.schema, view.name), _view_options(view), query)]


def _option_name(name: str) -> sql.Composable:
    if not name.replace("_", "").isalnum():
        raise ValueError(f"unexpected view option name {name!r}")
    return sql.SQL(name)  # type: ignore[arg-type]


@render.register
def _(op: AlterViewOptions) -> list[sql.Composable]:
    view = op.view
    what = sql.SQL("MATERIALIZED VIEW" if view.materialized else "VIEW")
    statements: list[sql.Composable] = []
    if op.set_options:
        statements.append(sql.SQL("ALTER {} {} SET ({})").format(what, ident(view.schema, view.name), sql.SQL(", ").join(
            sql.SQL("{} = {}").format(_option_name(k), sql.SQL(v) if v in ("true", "false") else sql.Literal(v))  # type: ignore[arg-type]
            for k, v in op.set_options)))
    if op.reset_options:
        statements.append(sql.SQL("ALTER {} {} RESET ({})").format(what, ident(view.schema, view.name), sql.SQL(", ").join(
            _option_name(k) for k in op.reset_options)))
    return statements


@render.register
def _(op: DropView) -> list[sql.Composable]:
    view = op.view
    what = sql.SQL("MATERIALIZED VIEW" if view.materialized else "VIEW")
    if op.when:
        return [guarded(op.when, sql.SQL("DROP {} {}").format(what, ident(view.schema, view.name)))]
    return [sql.SQL("DROP {} IF EXISTS {}").format(what, ident(view.schema, view.name))]


def _roles(roles: tuple[str, ...]) -> sql.Composable:
    return sql.SQL(", ").join(sql.SQL("PUBLIC") if r.lower() == "public" else ident(r) for r in roles)


@render.register
def _(op: CreatePolicy) -> list[sql.Composable]:
    pol = op.policy
    parts = [sql.SQL("CREATE POLICY {} ON {} AS {} FOR {} TO {}").format(
        ident(pol.name), ident(pol.schema, pol.table), sql.SQL("PERMISSIVE" if pol.permissive else "RESTRICTIVE"),
        sql.SQL(pol.command.upper()), _roles(pol.roles))]  # type: ignore[arg-type]
    if pol.using is not None:
        parts.append(sql.SQL("USING ({})").format(trusted_sql(pol.using)))
    if pol.check is not None:
        parts.append(sql.SQL("WITH CHECK ({})").format(trusted_sql(pol.check)))
    return [guarded([ObjectExists(pol.key)], sql.SQL(" ").join(parts), negate=True)]


@render.register
def _(op: AlterPolicy) -> list[sql.Composable]:
    pol = op.new
    parts = [sql.SQL("ALTER POLICY {} ON {} TO {}").format(ident(pol.name), ident(pol.schema, pol.table), _roles(pol.roles))]
    if pol.using is not None:
        parts.append(sql.SQL("USING ({})").format(trusted_sql(pol.using)))
    if pol.check is not None:
        parts.append(sql.SQL("WITH CHECK ({})").format(trusted_sql(pol.check)))
    return [sql.SQL(" ").join(parts)]


@render.register
def _(op: DropPolicy) -> list[sql.Composable]:
    pol = op.policy
    statement = sql.SQL("DROP POLICY {}{} ON {}").format(
        sql.SQL("" if op.when else "IF EXISTS "), ident(pol.name), ident(pol.schema, pol.table))
    return [guarded(op.when, statement)] if op.when else [statement]


_GRANT_TARGET = {"table": "TABLE", "view": "TABLE", "sequence": "SEQUENCE", "function": "FUNCTION",
                 "aggregate": "FUNCTION", "schema": "SCHEMA"}


def _privilege_target(target: ObjectKey, procedure: bool = False) -> sql.Composable:
    # GRANT … ON FUNCTION names a procedure: "… is not a function"
    what = sql.SQL("PROCEDURE" if procedure else _GRANT_TARGET[target.kind])  # type: ignore[arg-type]
    if target.kind == "schema":
        return sql.SQL("{} {}").format(what, ident(target.name))
    if target.kind == "function":
        name, _, args = target.name.partition("(")
        return sql.SQL("{} {}({}").format(what, ident(target.schema, name), trusted_sql(args))
    if target.kind == "aggregate":    # GRANT … ON FUNCTION takes the arguments as a function's
        name, _, args = target.name.partition("(")
        return sql.SQL("{} {}({})").format(what, ident(target.schema, name),
                                           trusted_sql(aggregate_function_arguments(args[:-1])))
    return sql.SQL("{} {}").format(what, ident(target.schema, target.name))


def _privilege(priv: Privilege) -> sql.Composable:
    if not priv.privilege.replace(" ", "").isalpha():
        raise ValueError(f"unexpected privilege {priv.privilege!r}")
    word = sql.SQL(priv.privilege.upper())  # type: ignore[arg-type]
    if priv.column:
        return sql.SQL("{} ({})").format(word, ident(priv.column))
    return word


def _grantee(name: str) -> sql.Composable:
    return sql.SQL("PUBLIC") if name.upper() == "PUBLIC" else ident(name)


@render.register
def _(op: Grant) -> list[sql.Composable]:
    priv = op.privilege
    option = sql.SQL(" WITH GRANT OPTION") if priv.grantable else sql.SQL("")
    return [sql.SQL("GRANT {} ON {} TO {}{}").format(
        _privilege(priv), _privilege_target(priv.target, op.procedure), _grantee(priv.grantee), option)]


@render.register
def _(op: Revoke) -> list[sql.Composable]:
    priv = op.privilege
    option = sql.SQL("GRANT OPTION FOR ") if op.option_only else sql.SQL("")
    return [sql.SQL("REVOKE {}{} ON {} FROM {}").format(
        option, _privilege(priv), _privilege_target(priv.target, op.procedure), _grantee(priv.grantee))]


@render.register
def _(op: AlterDefaultPrivileges) -> list[sql.Composable]:
    # GRANT and REVOKE of default privileges are idempotent: no guard needed
    from pgdecl.spec.ddl import default_privileges_head

    head = default_privileges_head(op.role, op.schema)
    privileges = sql.SQL(", ").join(keyword(p) for p in op.privileges)
    if op.grant:
        option = sql.SQL(" WITH GRANT OPTION") if op.grantable else sql.SQL("")
        return [sql.SQL("{} GRANT {} ON {} TO {}{}").format(head, privileges, keyword(op.kind), _grantee(op.grantee),
                                                            option)]
    option = sql.SQL("GRANT OPTION FOR ") if op.grantable else sql.SQL("")
    return [sql.SQL("{} REVOKE {}{} ON {} FROM {}").format(head, option, privileges, keyword(op.kind),
                                                          _grantee(op.grantee))]


@render.register
def _(op: SetComment) -> list[sql.Composable]:
    key = op.target
    text = sql.Literal(op.comment) if op.comment is not None else sql.SQL("NULL")
    if op.column:
        target = sql.SQL("COLUMN {}").format(ident(key.schema, key.name, op.column))
    elif op.constraint:
        target = sql.SQL("CONSTRAINT {} ON DOMAIN {}").format(ident(op.constraint), ident(key.schema, key.name))
    elif key.kind == "cast":        # the key's name is '(source AS target)', format_type text
        target = sql.SQL("CAST {}").format(trusted_sql(key.name))
    elif key.kind == "foreign table":
        target = sql.SQL("FOREIGN TABLE {}").format(ident(key.schema, key.name))
    elif key.kind in ("schema", "publication", "event trigger", "foreign data wrapper", "server"):
        # database-wide: named by the key's name alone
        target = sql.SQL("{} {}").format(sql.SQL(key.kind.upper()), ident(key.name))  # type: ignore[arg-type]
    elif key.kind in ("constraint", "policy", "trigger", "rule"):
        target = sql.SQL("{} {} ON {}").format(
            sql.SQL(key.kind.upper()), ident(key.name), ident(key.schema, key.parent))  # type: ignore[arg-type]
    elif key.kind in ("function", "aggregate"):
        name, _, args = key.name.partition("(")
        word = "PROCEDURE" if op.function is not None and op.function.kind == "procedure" else key.kind.upper()
        target = sql.SQL("{} {}({}").format(sql.SQL(word), ident(key.schema, name),  # type: ignore[arg-type]
                                            trusted_sql(args))
    elif key.kind == "operator":      # the key's name is catalog text: an operator and format_type names
        target = sql.SQL("OPERATOR {}.{}").format(ident(key.schema), trusted_sql(key.name))
    elif key.kind in ("operator class", "operator family"):
        name, _, method = key.name.rpartition(" using ")
        target = sql.SQL("{} {} USING {}").format(sql.SQL(key.kind.upper()), ident(key.schema, name),  # type: ignore[arg-type]
                                                  ident(method))
    elif key.kind == "view":
        target = sql.SQL("{} {}").format(sql.SQL("MATERIALIZED VIEW" if op.materialized else "VIEW"),
                                         ident(key.schema, key.name))
    else:
        target = sql.SQL("{} {}").format(sql.SQL(key.kind.upper()), ident(key.schema, key.name))  # type: ignore[arg-type]
    return [sql.SQL("COMMENT ON {} IS {}").format(target, text)]


def render_sql(op: Op) -> list[str]:
    """The statements of one operation as text."""
    return [to_text(s) for s in render(op)]
