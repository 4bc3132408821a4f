"""export's YAML writer (pgdecl.export.document.dump_yaml) writes what PyYAML writes, byte for byte."""

from __future__ import annotations

import random

import pytest
import yaml

from pgdecl.export import document
from pgdecl.export.document import dump_yaml, pyyaml_dump

# pieces of strings: names, SQL, and everything YAML treats specially (indicators, words the
# resolver reads as booleans, numbers, dates or null, line breaks, tabs, non-ASCII, control characters)
PIECES = ["a", "b", "x_y", "text", " ", ":", ": ", "::", "#", " #", "-", "- ", "?", ",", "[", "]", "{", "}", "'",
          '"', "(", ")", "\\", "%", "@", "`", "!", "&", "*", "|", ">", "$1", "/x", "_", "\n", "\n\n", "\t", "\r",
          "\x85", "\u2028", "\ufeff", "\x00", "\x7f", "é", "日本", "yes", "no", "on", "Off", "null", "~", "true",
          "0", "1", "+1", "-1", "e5", "0x1f", "1.5", ".inf", "2024-01-01", "1:30", "<<", "=", "---", "..."]


def random_string(rng: random.Random) -> str:
    text = "".join(rng.choice(PIECES) for _ in range(rng.choice([0, 1, 1, 2, 3, 5, 8])))
    return text * 40 if rng.random() < 0.02 else text       # now and then a key too long for a simple key


def random_value(rng: random.Random, depth: int) -> object:
    pick = rng.random()
    if depth > 3 or pick < 0.45:
        return random_string(rng) if rng.random() < 0.75 else rng.choice([True, False, None, 0, 12, -3, 1.5, 10**20])
    if pick < 0.75:
        return {random_string(rng) if rng.random() < 0.9 else rng.choice([1, True, None]): random_value(rng, depth + 1)
                for _ in range(rng.randint(0, 4))}
    if pick < 0.9:
        return [random_string(rng)[:70] for _ in range(rng.randint(0, 4))]
    return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]


def test_random_documents_are_written_as_pyyaml_writes_them() -> None:
    for seed in range(1000):
        rng = random.Random(seed)
        doc = {"version": 1, **{random_string(rng): random_value(rng, 0) for _ in range(rng.randint(1, 5))}}
        written = dump_yaml(doc)
        assert written == pyyaml_dump(doc), f"seed {seed}: {doc!r}"
        assert yaml.safe_load(written) == yaml.safe_load(pyyaml_dump(doc))


SPEC_LIKE = {
    "version": 1,
    "schemas": {"public": {
        "grantees": ["anon", "public"],
        "functions": {"f(integer, text)": {"returns": "trigger", "body": "BEGIN\n  RETURN NEW;\nEND;\n",
                                          "comment": "ça: marche"}},
        "tables": {"t": {
            "columns": {"id": "uuid not null default gen_random_uuid()", "status": "text default 'new'::text",
                        "on": "boolean", "n": "integer default -1", "tags": "text[] default '{}'::text[]"},
            "constraints": {"t_pkey": {"primary_key": ["id"]}, "c": {"check": "(n > 0)"}},
            "indexes": {"i": {"columns": ["lower(status)", "id"], "where": "(n > 0)"}},
            "row_level_security": True, "policies": {"p": {"to": ["authenticated"], "using": "(true)"}},
            "partitions": [{"name": "t1", "bound": "FOR VALUES FROM (1) TO (2)"}, {}],
            "options": [["fillfactor=70"], "x: y", "1.5"]}},
        "views": {"v": {"query": " SELECT t.id\n   FROM public.t;", "grants": {}}},
    }},
}


def test_a_spec_is_written_as_pyyaml_writes_it_and_reads_back() -> None:
    written = dump_yaml(SPEC_LIKE)
    assert written == pyyaml_dump(SPEC_LIKE)
    assert yaml.safe_load(written) == SPEC_LIKE
    assert "  on: boolean\n" not in written and "'on': boolean" in written      # a key YAML 1.1 reads as true


@pytest.mark.parametrize("value", ["x\n\n", " leading", "trailing ", "a: b", "a #b", "- a", "yes", "12", "", "é"])
def test_text_that_is_not_a_plain_scalar_is_rendered_by_pyyaml_in_place(value: str,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr(document, "pyyaml_dump", lambda doc: calls.append(doc) or pyyaml_dump(doc))
    doc = {"version": 1, "a": {"b": [{"c": value, "d": "plain"}], "e": value}, "z": "plain"}
    assert dump_yaml(doc) == pyyaml_dump(doc)
    assert len(calls) == 1 and len(calls[0]) == 2      # one call, for the two entries holding the text only
