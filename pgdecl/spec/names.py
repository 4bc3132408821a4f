"""Parsing of names written in spec values: qualified names, references, calls, signatures."""

from __future__ import annotations

import re
from typing import NamedTuple

SIMPLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_$]*")

# PostgreSQL keeps the first NAMEDATALEN - 1 bytes of a longer name (with a NOTICE): the
# object gets another name than the spec's, and the spec never matches it again
MAX_NAME_BYTES = 63


def check_length(name: str) -> str:
    """``name`` if PostgreSQL keeps it whole (at most 63 bytes in UTF-8), else ValueError."""
    try:
        size = len(name.encode("utf-8"))
    except UnicodeEncodeError:
        raise ValueError(f"name {name!r} is not valid Unicode text (a lone surrogate?)") from None
    if size > MAX_NAME_BYTES:
        raise ValueError(f"name {name!r} is {size} bytes long in UTF-8; PostgreSQL names are at most "
                         f"{MAX_NAME_BYTES} bytes (it would truncate this one silently)")
    return name


class Call(NamedTuple):
    """``[schema.]name[(inner)]``: ``parts`` are the dotted names, ``inner`` the text in parentheses."""

    parts: tuple[str, ...]
    inner: str | None


def _read_name(text: str, start: int) -> tuple[str, int]:
    """One identifier at ``start`` (double-quoted or bare); returns it and the index after it."""
    if text.startswith('"', start):
        pos = start + 1
        chars: list[str] = []
        while pos < len(text):
            if text[pos] == '"':
                if text.startswith('""', pos):
                    chars.append('"')
                    pos += 2
                    continue
                return check_length("".join(chars)), pos + 1
            chars.append(text[pos])
            pos += 1
        raise ValueError("unterminated quoted name")
    end = start
    while end < len(text) and text[end] not in '.()"' and not text[end].isspace():
        end += 1
    if end == start:
        raise ValueError("expected a name")
    return check_length(text[start:end]), end


def parse_call(text: str) -> Call:
    """Split ``a.b(c, d)`` into names and the parenthesized text (quotes respected)."""
    parts: list[str] = []
    pos = 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        name, pos = _read_name(text, pos)
        parts.append(name)
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if text.startswith(".", pos):
            pos += 1
            continue
        break
    rest = text[pos:].strip()
    if not rest:
        return Call(tuple(parts), None)
    if rest.startswith("(") and rest.endswith(")"):
        return Call(tuple(parts), rest[1:-1].strip())
    raise ValueError(f"unexpected {rest!r}")


def split_top_level(text: str, separator: str = ",") -> list[str]:
    """Split at ``separator`` outside parentheses and quotes; parts are stripped."""
    parts: list[str] = []
    depth = 0
    quote = ""
    current: list[str] = []
    for char in text:
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == separator and depth == 0:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    tail = "".join(current).strip()
    if tail or parts:
        parts.append(tail)
    return parts


def parse_names(text: str) -> tuple[str, ...]:
    """A comma-separated list of (optionally quoted) names."""
    names = []
    for item in split_top_level(text):
        call = parse_call(item)
        if len(call.parts) != 1 or call.inner is not None:
            raise ValueError(f"expected a column name, got {item!r}")
        names.append(call.parts[0])
    return tuple(names)


def normalize_signature(text: str) -> str:
    """Whitespace-normalize a function key: ``add( a int,b  int )`` -> ``add(a int, b int)``."""
    out: list[str] = []
    quote = ""
    pending_space = False
    for char in text.strip():
        if quote:
            out.append(char)
            if char == quote:
                quote = ""
            continue
        if char.isspace():
            pending_space = True
            continue
        if pending_space and out and out[-1] not in "(" and char not in "(),":
            out.append(" ")
        pending_space = False
        out.append(char)
        if char == ",":
            pending_space = True
        if char in "'\"":
            quote = char
    return "".join(out)


class Signature(NamedTuple):
    name: str            # function name, unquoted
    arguments: str       # the argument list as written (with defaults)

    @property
    def identity_arguments(self) -> str:
        """Arguments without DEFAULT clauses, as COMMENT ON / GRANT ON FUNCTION need them."""
        return ", ".join(_without_default(arg) for arg in split_top_level(self.arguments))


_DEFAULT = re.compile(r"\s+default\s+|\s*=\s*", re.IGNORECASE)


def _without_default(argument: str) -> str:
    quote = ""
    for pos, char in enumerate(argument):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        else:
            found = _DEFAULT.match(argument, pos)
            if found and (found.group().strip() == "=" or pos > 0):
                return argument[:pos].strip()
    return argument.strip()


def parse_signature(text: str) -> Signature:
    """``name(arguments)`` of a function key; the schema comes from where it is written."""
    call = parse_call(text)
    if call.inner is None:
        raise ValueError("expected name(arguments), e.g. 'add(a integer, b integer)'")
    if len(call.parts) != 1:
        raise ValueError("write the function unqualified under its schema")
    return Signature(call.parts[0], call.inner)


_ORDER_BY = re.compile(r"(?:^|\s)order\s+by\s", re.IGNORECASE)


def split_order_by(arguments: str) -> tuple[str, str | None]:
    """An aggregate's argument list split at ``ORDER BY`` (outside quotes):
    ``float8 ORDER BY anyelement`` -> (``float8``, ``anyelement``); no ORDER BY -> (text, None)."""
    quote = ""
    for pos, char in enumerate(arguments):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        else:
            found = _ORDER_BY.match(arguments, pos)
            if found and (pos == 0 or char.isspace()):
                return arguments[:pos].strip(), arguments[found.end():].strip()
    return arguments.strip(), None


def aggregate_function_arguments(arguments: str) -> str:
    """An aggregate's argument list as a function's (GRANT … ON FUNCTION takes no ORDER BY
    and no ``*``): ``float8 ORDER BY anyelement`` -> ``float8, anyelement``; ``*`` -> ``''``.
    A trailing ``VARIADIC "any"`` on both sides is one argument, as PostgreSQL stores it."""
    if arguments.strip() == "*":
        return ""
    direct, ordered = split_order_by(arguments)
    direct_args = split_top_level(direct) if direct else []
    ordered_args = split_top_level(ordered) if ordered else []
    if direct_args and ordered_args and direct_args[-1].upper().startswith("VARIADIC") \
            and ordered_args[-1].upper().startswith("VARIADIC"):
        ordered_args = ordered_args[:-1]
    return ", ".join(direct_args + ordered_args)


OPERATOR_CHARS = re.compile(r"[+\-*/<>=~!@#%^&|`?]+")


def _split_top_level(text: str) -> list[str]:
    """``text`` split at the commas outside parentheses and double quotes."""
    parts, depth, quote, start = [], 0, False, 0
    for i, char in enumerate(text):
        if char == '"':
            quote = not quote
        elif not quote and char == "(":
            depth += 1
        elif not quote and char == ")":
            depth -= 1
        elif not quote and depth == 0 and char == ",":
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [" ".join(part.split()) for part in parts]


def split_operator_key(key: str) -> tuple[str, str | None, str]:
    """``===(int, int)`` -> ('===', 'int', 'int'); ``!!(NONE, bigint)`` -> ('!!', None, 'bigint')."""
    text = key.strip()
    name, paren, rest = text.partition("(")
    name = name.strip()
    if not paren or not rest.endswith(")") or not OPERATOR_CHARS.fullmatch(name):
        raise ValueError(f"expected an operator key such as '===(integer, integer)' or '!!(NONE, bigint)', "
                         f"got {key!r}")
    types = _split_top_level(rest[:-1])
    if len(types) != 2 or not all(types):
        raise ValueError(f"an operator key names its two argument types (NONE as the left type of a prefix "
                         f"operator), got {key!r}")
    left, right = types
    if right.upper() == "NONE":
        raise ValueError(f"postfix operators do not exist since PostgreSQL 14: the right type of {key!r} "
                         "cannot be NONE")
    return name, (None if left.upper() == "NONE" else left), right


def normalize_operator_key(key: str) -> str:
    """The key written as ``op(left, right)``, whitespace normalized, ``NONE`` upper case."""
    name, left, right = split_operator_key(key)
    return f"{name}({left or 'NONE'}, {right})"


_METHOD_KEY = re.compile(r"(?is)\s*(?P<name>.+?)\s+using\s+(?P<method>[a-z_][a-z0-9_]*)\s*")


def split_method_key(key: str) -> tuple[str, str]:
    """``abs_ops using btree`` -> ('abs_ops', 'btree'): an operator class's or family's key."""
    match = _METHOD_KEY.fullmatch(key)
    if match is None:
        raise ValueError(f"expected 'name using method' (e.g. 'abs_ops using btree'), got {key!r}")
    call = parse_call(match["name"])
    if len(call.parts) != 1 or call.inner is not None:
        raise ValueError(f"expected 'name using method' with an unqualified name, got {key!r}")
    return check_length(call.parts[0]), match["method"].lower()


def normalize_method_key(key: str) -> str:
    name, method = split_method_key(key)
    return f"{name} using {method}"
