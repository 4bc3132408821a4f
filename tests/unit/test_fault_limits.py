"""Issue 13 point 5, the parts that need no server: dollar tags, name lengths, YAML limits, masking."""

from __future__ import annotations

from pathlib import Path

import pytest

from pgdecl.render import to_text
from pgdecl.spec.ddl import dollar_quote
from pgdecl.spec.trusted import dollar_tag
from pgdecl.spec import SpecError, load_spec


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def write(name: str, text: str) -> Path:
    path = Path(name)
    path.write_text(text, encoding="utf-8")
    return path


def error_of(text: str, name: str = "schema.yaml") -> str:
    write(name, text)
    with pytest.raises(SpecError) as caught:
        load_spec(name)
    return str(caught.value)


def test_dollar_tag_occurs_neither_in_the_text_nor_across_its_end() -> None:
    assert dollar_tag("SELECT 1", "body") == "body"
    assert dollar_tag("SELECT '$body$'", "body") == "body1"
    assert dollar_tag("SELECT 1 --$body", "body") == "body1"        # `…$body` + `$body$` closes early
    assert dollar_tag("$body1$ $body$", "body") == "body2"
    quoted = to_text(dollar_quote("SELECT 1 -- $body$ and $body1"))
    assert quoted == "$body2$SELECT 1 -- $body$ and $body1$body2$"

