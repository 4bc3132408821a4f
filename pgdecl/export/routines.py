"""Functions, procedures and aggregates."""

from __future__ import annotations

from typing import Any

from pgdecl.catalog.model import Aggregate, Function
from pgdecl.export.context import ExportContext, quote_name
from pgdecl.export.document import Document
from pgdecl.export.grants import grants
from pgdecl.spec.names import split_top_level


def function(ctx: ExportContext, fn: Function) -> tuple[str, Document] | None:
    extra = ctx.extras.functions.get((fn.schema, fn.name, fn.identity_args))
    if extra is None or extra["external"] or fn.language in ("c", "internal"):
        ctx.warn(f"{fn.key}: {fn.language} functions are not exported")
        return None
    key = f"{quote_name(fn.name)}({fn.arguments})"
    body: Document = {}
    if fn.kind == "procedure":
        body["kind"] = "procedure"
    else:
        body["returns"] = fn.result
    body["language"] = fn.language
    if extra["sql_body"] is not None:
        body["body"] = extra["sql_body"]
    else:
        body["body"] = extra["source"]
    if fn.kind != "procedure":
        if fn.volatility != "volatile":
            body["volatility"] = fn.volatility
        if extra["strict"]:
            body["strict"] = True
        if extra["leakproof"]:
            body["leakproof"] = True
        if extra["parallel"] != "u":
            body["parallel"] = {"s": "safe", "r": "restricted"}[extra["parallel"]]
        default_cost = 1 if fn.language in ("c", "internal") else 100
        if extra["cost"] != default_cost:
            body["cost"] = ctx.integer(extra["cost"], fn.key, "cost")
        if extra["retset"] and extra["rows"] != 1000:
            body["rows"] = ctx.integer(extra["rows"], fn.key, "rows")
    if fn.security_definer:
        body["security"] = "definer"
    if fn.config:
        body["set"] = dict(_setting(entry) for entry in fn.config)
    if fn.comment is not None:
        body["comment"] = fn.comment
    grants(ctx, body, fn.key, "function")
    return key, body


def _setting(entry: str) -> tuple[str, str]:
    """proconfig ``search_path="$user", public`` → (``search_path``, ``$user, public``)."""
    name, _, value = entry.partition("=")
    if value == '""':
        return name, ""
    parts = []
    for part in split_top_level(value):
        part = part.strip()
        if len(part) >= 2 and part.startswith('"') and part.endswith('"'):
            part = part[1:-1].replace('""', '"')
        parts.append(part)
    return name, ", ".join(parts)


def aggregate(ctx: ExportContext, agg: Aggregate) -> tuple[str, Document]:
    """An aggregate as spec keys; options at PostgreSQL's defaults are left out."""
    body: Document = {}
    if agg.kind == "hypothetical":
        body["kind"] = "hypothetical"
    body["sfunc"] = agg.sfunc
    body["stype"] = agg.stype
    default_modify = "read_only" if agg.kind == "normal" else "read_write"
    optional: list[tuple[str, Any, Any]] = [
        ("sspace", agg.sspace, 0), ("finalfunc", agg.finalfunc, None),
        ("finalfunc_extra", agg.finalfunc_extra, False),
        ("finalfunc_modify", agg.finalfunc_modify, default_modify),
        ("combinefunc", agg.combinefunc, None), ("serialfunc", agg.serialfunc, None),
        ("deserialfunc", agg.deserialfunc, None), ("initcond", agg.initcond, None),
        ("msfunc", agg.msfunc, None), ("minvfunc", agg.minvfunc, None), ("mstype", agg.mstype, None),
        ("msspace", agg.msspace, 0), ("mfinalfunc", agg.mfinalfunc, None),
        ("mfinalfunc_extra", agg.mfinalfunc_extra, False),
        ("mfinalfunc_modify", agg.mfinalfunc_modify, default_modify), ("minitcond", agg.minitcond, None),
    ]
    for name, value, default in optional:
        if value == default:
            continue
        needs = {"finalfunc_modify": "finalfunc", "mfinalfunc_modify": "mfinalfunc"}.get(name)
        if needs is not None and getattr(agg, needs) is None:
            ctx.warn(f"{agg.key}: {name} {value} without {needs} is not exported")
            continue
        body[name] = value
    if agg.sortop is not None:
        schema, _, operator = agg.sortop.rpartition(".")
        body["sortop"] = operator if schema == "pg_catalog" else f"{quote_name(schema)}.{operator}"
    if agg.parallel != "unsafe":
        body["parallel"] = agg.parallel
    if agg.comment is not None:
        body["comment"] = agg.comment
    grants(ctx, body, agg.key, "function")
    return f"{quote_name(agg.name)}({agg.identity_args})", body
