"""Foreign data wrappers and servers (database-wide, at the top level of the document)."""

from __future__ import annotations

from pgdecl.catalog.model import ForeignDataWrapper, Server
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
