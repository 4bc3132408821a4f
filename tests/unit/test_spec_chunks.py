"""spec/chunks.py: a spec read with the index of its last read is the spec read whole,
object for object, positions and statements included, after any edit (random edits,
seeded; invalid ones give the same error)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pgdecl.cache import dumps
from pgdecl.spec import chunks, load_spec
from pgdecl.spec.ddl import render_ddl
from pgdecl.spec.errors import SpecError

BASE = """\
version: 1
preset: supabase
schemas:
  public:
    comment: the app
    types:
      mood:
        enum: [sad, ok, happy]
      positive:
        domain: integer
        check: VALUE > 0
    sequences:
      counter:
        start: 10
    functions:
      set_updated_at():
        returns: trigger
        language: plpgsql
        body: |
          BEGIN
            NEW.updated_at := now();
            RETURN NEW;
          END;
      add(a integer, b integer):
        returns: integer
        language: sql
        body: SELECT a + b
      echo(x text): {returns: text, language: sql, body: SELECT x}
    tables:
      users:
        columns:
          id: uuid primary key default gen_random_uuid()
          name: text not null
          mood: mood
          updated_at: timestamptz not null default now()
        indexes:
          users_name_idx:
            columns: [name]
        row_level_security: true
        policies:
          users_own:
            for: select
            to: authenticated
            using: (select auth.uid()) = id
        triggers:
          users_updated_at:
            timing: before
            events: [update]
            for_each: row
            function: set_updated_at()
      posts:
        # a comment inside
        columns:
          id: bigint generated always as identity primary key
          user_id: uuid not null references users(id) on delete cascade
          body: text
          score: positive
        indexes:
          posts_user_idx:
            columns: [user_id]
      "Odd Name":
        columns:
          x: integer
      flow: {columns: {a: integer, b: text}}
      anchored:
        columns: &cols
          a: integer
      aliased:
        columns: *cols
    views:
      user_names:
        query: SELECT id, name FROM public.users
        security_invoker: true
  app:
    grantees: [anon]
    tables:
      settings:
        columns:
          key: text primary key
          value: jsonb
        grants:
          anon: [select]
    views:
      settings_view:
        query: SELECT key FROM app.settings
# a trailing comment
"""

LINES = [
    "          extra: text",
    "          extra2: integer not null default 0",
    "        comment: edited",
    "      newtable:",
    "        columns:",
    "          a: integer",
    "# a comment",
    "",
    "    tables:",
    "      users:",
    "  other:",
    "  - broken",
    "          note: 'multi",
    "            line'",
    "        indexes: {}",
    "   odd_indent: 1",
    "      x: &a 1",
]


def _load(path: Path, index: dict):
    """(spec, statements) or the error message, read with ``index`` (updated)."""
    try:
        spec, indexes = chunks.load(path, lambda p: index.get(p), dumps)
    except SpecError as exc:
        return str(exc)
    index.update(indexes)
    return spec, render_ddl(spec)


def _whole(path: Path):
    try:
        spec = load_spec(path)
    except SpecError as exc:
        return str(exc)
    return spec, render_ddl(spec)


def _same(chunked, whole) -> None:
    if isinstance(whole, str) or isinstance(chunked, str):
        assert chunked == whole
        return
    (a, statements_a), (b, statements_b) = chunked, whole
    for name in ("preset", "schemas", "extensions", "origins", "grant_targets", "grant_roles", "renames",
                 "default_privileges", "publications", "event_triggers", "casts"):
        assert getattr(a, name) == getattr(b, name), name
    assert statements_a == statements_b


def _edit(lines: list[str], rng: random.Random) -> list[str]:
    lines = list(lines)
    action = rng.randrange(6)
    where = rng.randrange(len(lines) + 1)
    if action == 0 and lines:                   # remove a line
        del lines[min(where, len(lines) - 1)]
    elif action == 1:                           # add a line
        lines.insert(where, rng.choice(LINES))
    elif action == 2 and len(lines) > 2:        # move a block of lines
        start = rng.randrange(len(lines) - 1)
        block = lines[start:start + rng.randint(1, 8)]
        del lines[start:start + len(block)]
        at = rng.randrange(len(lines) + 1)
        lines[at:at] = block
    elif action == 3 and lines:                 # change a line a little
        at = min(where, len(lines) - 1)
        lines[at] = lines[at].replace("integer", "bigint").replace("text", "varchar(10)") + rng.choice(["", " "])
    elif action == 4 and lines:                 # re-indent a line
        at = min(where, len(lines) - 1)
        lines[at] = rng.choice(["", " ", "  "]) + lines[at]
    else:                                       # copy an entry under another name
        starts = [n for n, line in enumerate(lines) if line.startswith("      ") and line.endswith(":")
                  and not line.startswith("       ")]
        if starts:
            start = rng.choice(starts)
            end = start + 1
            while end < len(lines) and lines[end].startswith("       "):
                end += 1
            copy = [lines[start].replace(":", f"_{rng.randrange(100)}:", 1), *lines[start + 1:end]]
            lines[end:end] = copy
    return lines


@pytest.mark.parametrize("seed", range(6))
def test_random_edits_read_as_whole(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    path = tmp_path / "schema.yaml"
    index: dict = {}
    lines = BASE.split("\n")
    reused = 0
    for step in range(60):
        if step and step % 5 == 0:
            lines = BASE.split("\n")            # back to a valid spec now and then
        elif step:
            lines = _edit(lines, rng)
        path.write_text("\n".join(lines))
        before = index.get(path)
        chunked = _load(path, index)
        _same(chunked, _whole(path))
        if before is not None and not isinstance(chunked, str):
            reused += sum(1 for chunk in index[path].chunks if any(chunk.blob is old.blob for old in before.chunks))
    assert reused > 0, "no entry was ever kept: the test proves nothing"


def test_kept_entries_move_with_the_lines_above(tmp_path: Path) -> None:
    """An edit above an entry moves it: its kept positions (origins, statements) move too."""
    path = tmp_path / "schema.yaml"
    index: dict = {}
    path.write_text(BASE)
    _load(path, index)
    edited = BASE.replace("          name: text not null\n", "          name: text not null\n          more: text\n"
                          "          most: text\n")
    path.write_text(edited)
    before = {chunk.key: chunk for chunk in index[path].chunks}
    chunked = _load(path, index)
    assert before["posts"].blob in {chunk.blob for chunk in index[path].chunks}     # kept, not read again
    _same(chunked, _whole(path))
    spec, _ = chunked
    posts = spec.schemas["public"].tables["posts"]
    assert posts.origin.line == edited.split("\n").index("      posts:") + 1


def test_anchors_and_other_line_breaks_are_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "schema.yaml"
    index: dict = {}
    path.write_text(BASE)
    _load(path, index)
    keys = {chunk.key for chunk in index[path].chunks}
    assert "anchored" not in keys and "aliased" not in keys and "flow" not in keys
    assert {"users", "posts", "Odd Name", "settings", "add(a integer, b integer)"} <= keys
    path.write_text(BASE.replace("\n", "\r\n"))
    chunked = _load(path, index)
    _same(chunked, _whole(path))
    assert index[path].chunks == ()


def test_an_entry_swallowed_by_an_edit_above_is_not_kept(tmp_path: Path) -> None:
    """``tables: |`` makes what follows a block of text: the kept keys are not where they were."""
    path = tmp_path / "schema.yaml"
    index: dict = {}
    path.write_text(BASE)
    _load(path, index)
    path.write_text(BASE.replace("    tables:\n      users:", "    tables: |\n      users:", 1))
    _same(_load(path, index), _whole(path))


def test_specs_read_in_several_threads_at_once(tmp_path: Path) -> None:
    """reconcile reads the specs of several targets at once: each read collects its own entries."""
    from concurrent.futures import ThreadPoolExecutor

    paths = []
    for number in range(6):
        path = tmp_path / f"s{number}" / "schema.yaml"
        path.parent.mkdir()
        path.write_text(BASE.replace("users:", f"users{number}:").replace("public.users", f"public.users{number}"))
        paths.append(path)

    def read(path: Path) -> None:
        index: dict = {}
        for _ in range(5):
            _same(_load(path, index), _whole(path))
            assert {chunk.key for chunk in index[path].chunks} >= {f"users{path.parent.name[1:]}", "posts"}

    with ThreadPoolExecutor(6) as pool:
        list(pool.map(read, paths))
