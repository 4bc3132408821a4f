"""Foreign data wrappers and servers (database-wide, at the top level of the document)."""

from __future__ import annotations

import re

from pgdecl.catalog.model import ForeignDataWrapper, ForeignTable, Server, UserMapping
from pgdecl.export.context import ExportContext
from pgdecl.export.document import Document


def _function_name(regproc: str) -> str:
    return regproc.removeprefix("pg_catalog.")


def foreign_data_wrapper(ctx: ExportContext, wrapper: ForeignDataWrapper) -> Document:
    body: Document = {}
    if wrapper.handler:
        body["handler"] = _function_name(wrapper.handler)
    if wrapper.validator:
        body["validator"] = _function_name(wrapper.validator)
    if wrapper.options:
        body["options"] = dict(wrapper.options)
    if wrapper.comment is not None:
        body["comment"] = wrapper.comment
    return body


def server(ctx: ExportContext, srv: Server) -> Document:
    body: Document = {"wrapper": srv.wrapper}
    if srv.type is not None:
        body["type"] = srv.type
    if srv.version is not None:
        body["version"] = srv.version
    if srv.options:
        body["options"] = dict(srv.options)
    if srv.comment is not None:
        body["comment"] = srv.comment
    return body


def _env_name(mapping: UserMapping, option: str) -> str:
    raw = f"PGDECL_{mapping.server}_{mapping.role}_{option}".upper()
    return re.sub(r"[^A-Z0-9_]", "_", raw)


def user_mapping(ctx: ExportContext, mapping: UserMapping) -> Document:
    """A user mapping; a secret option (its value is never read) becomes ``secret_options``
    naming an environment variable to set before apply, with a warning."""
    body: Document = {}
    if mapping.options:
        body["options"] = dict(mapping.options)
    if mapping.secrets:
        body["secret_options"] = {name: _env_name(mapping, name) for name in mapping.secrets}
        for name in mapping.secrets:
            ctx.warn(f"{mapping.key}: the value of option {name} is a secret and is not exported: "
                     f"set environment variable {_env_name(mapping, name)} to it where the plan is applied")
    return body


def foreign_table(ctx: ExportContext, table: ForeignTable) -> Document:
    columns: Document = {}
    for column in table.columns:
        if not column.options and column.default is None:
            columns[column.name] = f"{column.type} not null" if column.not_null else column.type
            continue
        body: Document = {"type": column.type}
        if column.not_null:
            body["not_null"] = True
        if column.default is not None:
            body["default"] = column.default
        if column.options:
            body["options"] = dict(column.options)
        columns[column.name] = body
    document: Document = {"server": table.server, "columns": columns}
    if table.options:
        document["options"] = dict(table.options)
    if table.comment is not None:
        document["comment"] = table.comment
    return document
