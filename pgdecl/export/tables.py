"""Tables with what hangs on them: columns, constraints, indexes, policies, triggers."""

from __future__ import annotations

import re
from typing import Any

from pgdecl.catalog.model import Column, Constraint, Policy, Table, Trigger
from pgdecl.export.context import ExportContext, Unexpressible, unquote
from pgdecl.export.document import Document
from pgdecl.export.grants import grants
from pgdecl.export.indexes import indexes
from pgdecl.spec.names import split_top_level


def table(ctx: ExportContext, table: Table) -> Document:
    body: Document = {}
    if table.inherits:
        # INHERITS: the parents, in order; the columns they give are not the table's own
        body["inherits"] = [p.name if p.schema == table.schema else f"{p.schema}.{p.name}" for p in table.inherits]
    if table.partition_of is not None:
        # its columns are the parent's; what it inherits (constraints, indexes) is not listed
        parent = table.partition_of
        body["partition_of"] = {"table": parent.name, "bounds": table.partition_bound}
        if parent.schema != table.schema:
            body["partition_of"] = {"table": parent.name, "schema": parent.schema, "bounds": table.partition_bound}
        for column in table.columns:
            if column.comment is not None:
                ctx.warn(f"{table.key}: the comment on partition column {column.name} is not exported")
    else:
        columns = [c for c in table.columns if not (table.inherits and c.inherited)]
        if columns or not table.inherits:
            body["columns"] = {c.name: _column(c) for c in columns}
    if table.partition_by is not None:
        body["partition_by"] = table.partition_by
    if table.unlogged:
        body["unlogged"] = True
    if table.options:
        body["with"] = dict(option.partition("=")[::2] for option in table.options)
    constraints = {}
    for con in sorted(ctx.on_relation("constraints", table.schema, table.name), key=lambda c: c.name):
        constraints[con.name] = _constraint(ctx, con)
    if constraints:
        body["constraints"] = constraints
    found = indexes(ctx, table.schema, table.name)
    if found:
        body["indexes"] = found
    if table.rls_forced:
        body["row_level_security"] = {"enabled": table.rls_enabled, "force": True}
    elif table.rls_enabled:
        body["row_level_security"] = True
    policies = {p.name: _policy(p) for p in sorted(ctx.on_relation("policies", table.schema, table.name),
                                                   key=lambda p: p.name)}
    if policies:
        body["policies"] = policies
    triggers = _triggers(ctx, table.schema, table.name)
    if triggers:
        body["triggers"] = triggers
    from pgdecl.export.statistics import statistics_of

    statistics = statistics_of(ctx, table.schema, table.name)
    if statistics:
        body["statistics"] = statistics
    if table.replica_identity_index is not None:
        body["replica_identity"] = {"index": table.replica_identity_index}
    elif table.replica_identity != "default":
        body["replica_identity"] = table.replica_identity
    grants(ctx, body, table.key, "table")
    if table.comment is not None:
        body["comment"] = table.comment
    return body


# columns ---------------------------------------------------------------------------

def _column(column: Column) -> Any:
    if column.comment is None and column.statistics is None and column.storage is None and \
            column.compression is None and not (column.identity and column.identity_options):
        return column_shorthand(column)         # most columns, checked first: 50,000 of them on 5,000 tables
    type_ = column.type + (f" COLLATE {column.collation}" if column.collation else "")
    storage = {"statistics": column.statistics, "storage": column.storage, "compression": column.compression}
    options = column.identity_options.explicit(column.type) if column.identity and column.identity_options else {}
    if column.comment is None and not options and not any(value is not None for value in storage.values()):
        return column_shorthand(column)
    body: Document = {"type": type_}
    if column.not_null and not column.identity:
        body["not_null"] = True
    if column.default is not None:
        body["default"] = column.default
    if column.identity:
        body["identity"] = {"generated": column.identity, **options} if options else column.identity
    if column.generated is not None:
        body["generated"] = column.generated
        if column.virtual:
            body["virtual"] = True
    body.update((key, value) for key, value in storage.items() if value is not None)
    if column.comment is not None:
        body["comment"] = column.comment
    return body


def column_shorthand(column: Column) -> str:
    """The column as the shorthand string: ``text[] not null default '{}'::text[]``."""
    words = [column.type]
    if column.collation:
        words.append(f"collate {column.collation}")
    if column.identity:
        words.append(f"generated {column.identity} as identity")
    if column.generated is not None:
        words.append(f"generated always as ({column.generated}) {'virtual' if column.virtual else 'stored'}")
    if column.not_null:
        words.append("not null")
    if column.default is not None:
        words.append(f"default {column.default}")
    return " ".join(words)


# constraints -----------------------------------------------------------------------

_DEFERRAL = re.compile(r"( DEFERRABLE)?( INITIALLY DEFERRED)?$")
_FK_ACTION = r"(CASCADE|RESTRICT|SET NULL|SET DEFAULT|NO ACTION)"


def _constraint(ctx: ExportContext, con: Constraint) -> Document:
    try:
        body = constraint_body(con)
    except Unexpressible as exc:
        ctx.warn(f"{con.key}: {exc}")
        body = {"check": "true"}
    if con.comment is not None:
        body["comment"] = con.comment
    return body


def constraint_body(con: Constraint) -> Document:
    """A table constraint as spec keys, from pg_get_constraintdef."""
    text = con.definition
    body: Document = {}
    if text.endswith(" NOT VALID"):
        body["not_valid"] = True
        text = text[: -len(" NOT VALID")]
    deferral = _DEFERRAL.search(text)
    assert deferral is not None
    if deferral.group(0):
        text = text[: deferral.start()]
    deferrable, initially_deferred = bool(deferral.group(1)), bool(deferral.group(2))
    if con.kind == "c":
        if text.endswith(" NO INHERIT"):
            body["no_inherit"] = True
            text = text[: -len(" NO INHERIT")]
        if not (text.startswith("CHECK (") and text.endswith(")")):
            raise Unexpressible(f"unexpected check definition {con.definition!r}")
        body = {"check": text[len("CHECK ("):-1], **body}
    elif con.kind in ("p", "u"):
        word = "PRIMARY KEY" if con.kind == "p" else "UNIQUE"
        rest = text[len(word):]
        entry: Document = {"primary_key" if con.kind == "p" else "unique": list(con.columns)}
        if rest.startswith(" NULLS NOT DISTINCT"):
            entry["nulls_not_distinct"] = True
        include = re.search(r" INCLUDE \((.*)\)$", rest)
        if include:
            entry["include"] = [unquote(n) for n in split_top_level(include.group(1))]
        if re.search(r" WITH \(| USING INDEX TABLESPACE ", rest):
            raise Unexpressible(f"index parameters of {con.definition!r} are not exported")
        body = {**entry, **body}
    elif con.kind == "f":
        assert con.ref_table is not None
        reference: Document = {"table": con.ref_table.name}
        if con.ref_table.schema != con.schema:
            reference["schema"] = con.ref_table.schema
        reference["columns"] = list(con.ref_columns)
        match = re.search(r" MATCH (FULL|PARTIAL)", text)
        if match:
            if match.group(1) == "PARTIAL":
                raise Unexpressible("MATCH PARTIAL")
            reference["match"] = "full"
        for word, key in (("DELETE", "on_delete"), ("UPDATE", "on_update")):
            found = re.search(rf" ON {word} {_FK_ACTION}( \()?", text)
            if found:
                if found.group(2):
                    raise Unexpressible(f"ON {word} ... (column list) of {con.definition!r}")
                reference[key] = found.group(1).lower()
        body = {"foreign_key": list(con.columns), "references": reference, **body}
    elif con.kind == "x":
        body = {"exclude": text[len("EXCLUDE "):], **body}
    else:  # pragma: no cover - the catalog lists p u f c x only
        raise Unexpressible(f"constraint kind {con.kind!r}")
    if deferrable:
        body["deferrable"] = True
    if initially_deferred:
        body["initially_deferred"] = True
    return body


# policies and triggers -------------------------------------------------------------

def _policy(policy: Policy) -> Document:
    body: Document = {}
    if policy.command != "all":
        body["for"] = policy.command
    if policy.roles != ("public",):
        body["to"] = ["public" if r == "public" else r for r in policy.roles]
    if not policy.permissive:
        body["as"] = "restrictive"
    if policy.using is not None:
        body["using"] = policy.using
    if policy.check is not None:
        body["with_check"] = policy.check
    if policy.comment is not None:
        body["comment"] = policy.comment
    return body


def _triggers(ctx: ExportContext, schema: str, table: str) -> Document:
    result: Document = {}
    for trigger in sorted(ctx.on_relation("triggers", schema, table), key=lambda t: t.name):
        extra = ctx.extras.triggers[(schema, table, trigger.name)]
        result[trigger.name] = _trigger(ctx, trigger, extra)
    return result


def _trigger(ctx: ExportContext, trigger: Trigger, extra: dict[str, Any]) -> Document:
    if trigger.enabled != "O":
        ctx.warn(f"{trigger.key}: ENABLE/DISABLE state {trigger.enabled!r} is not exported")
    if extra["has_from"]:
        ctx.warn(f"{trigger.key}: constraint trigger FROM clause is not exported")
    definition = trigger.definition
    call = definition.rsplit(" EXECUTE FUNCTION ", 1)[1]
    if extra["function_schema"] == "pg_catalog" and not call.startswith("pg_catalog."):
        # pg_get_triggerdef leaves built-ins unqualified; the spec resolves an
        # unqualified trigger function in the table's schema
        call = "pg_catalog." + call
    body: Document = {"timing": extra["timing"], "events": list(extra["events"]), "function": call}
    if extra["for_each"] != "row":
        body["for_each"] = extra["for_each"]
    if extra["of"]:
        body["of"] = list(extra["of"])
    marker = f" FOR EACH {extra['for_each'].upper()} WHEN ("
    if marker in definition:
        when = definition.split(marker, 1)[1].rsplit(" EXECUTE FUNCTION ", 1)[0]
        body["when"] = when[:-1]        # drop the ")" closing "WHEN ("
    if extra["old_table"] or extra["new_table"]:
        body["referencing"] = {k: extra[k] for k in ("old_table", "new_table") if extra[k]}
    if extra["constraint"]:
        body["constraint"] = True
        if extra["deferrable"]:
            body["deferrable"] = True
        if extra["initially_deferred"]:
            body["initially_deferred"] = True
    if trigger.comment is not None:
        body["comment"] = trigger.comment
    return body
