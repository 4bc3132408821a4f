"""Text search dictionaries and configurations (parsers and templates are not managed)."""

from __future__ import annotations

from pgdecl.catalog.model import TextSearchConfiguration, TextSearchDictionary
from pgdecl.export.context import ExportContext
from pgdecl.export.document import Document


def text_search_dictionaries(ctx: ExportContext, schema: str) -> Document:
    return {d.name: _dictionary(d) for d in sorted(ctx.catalog.text_search_dictionaries.values(),
                                                   key=lambda d: d.name) if d.schema == schema}


def text_search_configurations(ctx: ExportContext, schema: str) -> Document:
    return {c.name: _configuration(c) for c in sorted(ctx.catalog.text_search_configurations.values(),
                                                      key=lambda c: c.name) if c.schema == schema}


def _dictionary(dictionary: TextSearchDictionary) -> Document:
    body: Document = {"template": dictionary.template.removeprefix("pg_catalog.")}
    if dictionary.options:
        body["options"] = dict(dictionary.options)
    if dictionary.comment is not None:
        body["comment"] = dictionary.comment
    return body


def _configuration(configuration: TextSearchConfiguration) -> Document:
    """The parser and every mapping, token types sharing their dictionaries on one key."""
    body: Document = {"parser": configuration.parser}
    groups: dict[tuple[str, ...], list[str]] = {}
    for token, dictionaries in configuration.mappings:
        groups.setdefault(dictionaries, []).append(token)
    if groups:
        body["mappings"] = {", ".join(tokens): list(dictionaries) for dictionaries, tokens in groups.items()}
    if configuration.comment is not None:
        body["comment"] = configuration.comment
    return body
