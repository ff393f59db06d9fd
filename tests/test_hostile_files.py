"""Record files that are not what they seem (issue 13, cases 3, 8 and 9): one FILE:LINE message each.

Anything that could hang or exhaust memory runs ``quotes check`` in a child process with a
time and address-space limit, so a regression fails the test instead of taking the machine.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.collection import MAX_DEPTH, MAX_FILE_BYTES, check_collection

runner = CliRunner()
P = "2021-03-24-korea-herald-nk-cruise-missiles"
RECORD = f"sources/2021/{P}.yaml"
MEMORY_LIMIT = 1_500_000_000


def limited():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def check_in_child(collection: Path, timeout: float = 30) -> subprocess.CompletedProcess:
    """``quotes check`` in a child process under a 1.5 GB address-space limit and a timeout."""
    return subprocess.run(
        [sys.executable, "-c", "from quotes.cli import app; app()", "check", str(collection)],
        capture_output=True, text=True, timeout=timeout, preexec_fn=limited,
    )


def one_problem(result: subprocess.CompletedProcess, where: str, words: str) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == "1 problem found", result.stderr
    assert lines[0].startswith(where) and words in lines[0], lines[0]
    return lines[0]


BOMB = """speakers:
  - id: choi-kang
    name: Choi Kang
    kind: person
    notes:
      a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
      b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
      c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
      d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
      e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
      f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
      g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
      h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
      i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


def test_alias_bomb_is_refused_before_expansion(collection):
    """Case 3: a billion-laughs registry under an unknown key took check to 13 GB; now one line."""
    (collection / "speakers.yaml").write_text(BOMB, encoding="utf-8")
    line = one_problem(check_in_child(collection), f"{collection / 'speakers.yaml'}:7: (yaml):", "alias *a is not allowed")
    assert "write the value out" in line


def test_merge_key_alias_is_refused(collection):
    text = (collection / RECORD).read_text(encoding="utf-8")
    text = text.replace("source:\n", "source: &s\n", 1) + "extra: *s\n"
    (collection / RECORD).write_text(text, encoding="utf-8")
    [problem] = check_collection(collection)
    assert problem.field == "(yaml)" and "alias *s" in problem.message
    assert problem.line == text.count("\n")


@pytest.mark.parametrize("style", ["flow", "block"])
def test_deep_nesting_is_a_problem_not_a_recursion_error(collection, style):
    """Case 3: 10k-deep nesting gave a RecursionError traceback."""
    if style == "flow":
        nested = "[" * 10_000 + "]" * 10_000
    else:  # 1000 levels of indentation: the file stays under the size limit
        nested = "\n" + "".join(" " * (n + 1) + "k:\n" for n in range(1000)) + " " * 1001 + "x"
    (collection / "institutions.yaml").write_text(f"institutions: []\nnested: {nested}\n", encoding="utf-8")
    result = check_in_child(collection)
    one_problem(result, f"{collection / 'institutions.yaml'}:", f"nested more than {MAX_DEPTH} levels deep")


def test_oversized_file_is_refused_before_parsing(collection):
    """Case 3: 200 MB of records took over 10 GB; a file over the limit is refused unread."""
    record = collection / "sources" / "2021" / "huge.yaml"
    with record.open("w", encoding="utf-8") as handle:
        handle.write("source:\n  id: huge\n  url: https://example.org/\n  outlet: X\nquotes:\n")
        chunk = "  - {id: x, speaker: choi-kang, text: words, form: direct, claim_type: fact}\n"
        handle.write(chunk * (MAX_FILE_BYTES // len(chunk) + 1))
    one_problem(check_in_child(collection), f"{record}:1: (file):", "over the limit")


@pytest.mark.parametrize(
    "inject,expected_line",
    [("\x01", 16), ("\x00", 16), ("\x1b[31m", 16), ("\ufffe", 16)],
    ids=["control", "nul", "escape", "non-character"],
)
def test_characters_yaml_forbids_are_a_file_line_message(collection, inject, expected_line):
    """Case 9: control characters and NUL escaped as ruamel ReaderError tracebacks."""
    record = collection / RECORD
    lines = record.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[expected_line - 1] = lines[expected_line - 1].rstrip("\n") + inject + "\n"
    record.write_text("".join(lines), encoding="utf-8")
    result = runner.invoke(app, ["check", str(collection)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert f"{RECORD}:{expected_line}: (yaml): character U+" in result.output
    assert "Traceback" not in result.output


def test_text_symlinked_outside_the_collection_is_not_read(collection, tmp_path):
    """Case 8: texts/x.txt -> /etc/passwd was read for the verbatim check (an oracle on any file)."""
    secret = tmp_path / "secret.txt"
    secret.write_text((collection / "texts" / f"{P}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    text = collection / "texts" / f"{P}.txt"
    text.unlink()
    text.symlink_to(secret)
    [problem] = check_collection(collection)
    assert problem.field == "source.text" and "leads outside the collection" in problem.message
    assert problem.path == collection / RECORD and problem.line > 1


def test_symlink_inside_the_collection_is_followed(collection):
    text = collection / "texts" / f"{P}.txt"
    text.rename(collection / "texts" / "real.txt")
    text.symlink_to("real.txt")
    assert check_collection(collection) == []


@pytest.mark.parametrize("kind", ["fifo-text", "fifo-record", "dev-zero-text", "dev-zero-inside"])
def test_fifos_and_devices_are_refused_without_blocking(collection, kind):
    """Case 8: a FIFO hung check; a symlink to /dev/zero read until MemoryError."""
    text = collection / "texts" / f"{P}.txt"
    if kind == "fifo-text":
        text.unlink()
        os.mkfifo(text)
        where, words = f"{collection / RECORD}:", "not a regular file"
    elif kind == "fifo-record":
        os.mkfifo(collection / "sources" / "2021" / "pipe.yaml")
        where, words = f"{collection / 'sources' / '2021' / 'pipe.yaml'}:1: (file):", "not a regular file"
    elif kind == "dev-zero-text":
        text.unlink()
        text.symlink_to("/dev/zero")
        where, words = f"{collection / RECORD}:", "leads outside the collection"
    else:
        text.unlink()
        os.mknod(text, 0o600 | 0o020000, os.makedev(1, 5))  # a character device node: /dev/zero's numbers
        where, words = f"{collection / RECORD}:", "not a regular file"
    one_problem(check_in_child(collection, timeout=20), where, words)


def test_folder_named_like_a_record_is_a_problem(collection):
    """Case 8: a directory named x.yaml gave an IsADirectoryError traceback."""
    (collection / "sources" / "2021" / "x.yaml").mkdir()
    [problem] = check_collection(collection)
    assert problem.path.name == "x.yaml" and "is a folder" in problem.message


def test_truncated_source_file_is_not_ok(collection):
    """Case 9: a file cut off inside source: passed as OK with 0 quotes."""
    record = collection / RECORD
    text = record.read_text(encoding="utf-8")
    record.write_text(text[: text.index("quotes:")], encoding="utf-8")
    [problem] = check_collection(collection)
    assert (problem.field, problem.message, problem.line) == ("quotes", "required field is missing", 1)


def test_nan_probability_is_a_problem(collection):
    record = collection / RECORD
    text = record.read_text(encoding="utf-8")
    at = text.index("      hedge:", text.index(f"id: {P}-q05"))
    record.write_text(text[:at] + "      probability: .nan\n" + text[at:], encoding="utf-8")
    [problem] = check_collection(collection)
    assert problem.field == "quotes.4.prediction.probability"


def test_problem_lines_are_printed_without_emoji(collection):
    """Case 9: rich turned `:100:` into an emoji (missiles.yaml💯 quotes.5.id)."""
    record = collection / RECORD
    lines = record.read_text(encoding="utf-8").splitlines(keepends=True)
    first = next(n for n, line in enumerate(lines) if line.startswith("  - id:"))
    lines[first] = "  - id: Not A Slug\n"
    lines[0:0] = ["# padding\n"] * (99 - first)  # the bad id now stands on line 100
    record.write_text("".join(lines), encoding="utf-8")
    result = runner.invoke(app, ["check", str(collection)])
    assert result.exit_code == 1
    assert f"{P}.yaml:100: quotes.0.id" in result.output
    assert "\N{HUNDRED POINTS SYMBOL}" not in result.output


@pytest.mark.parametrize(
    "bad", ["javascript:alert(3)", "javascript://news.example.com/%0aalert(document.domain)", "data:text/html,x", "file:///etc/passwd", "ftp://example.org/x"]
)
@pytest.mark.parametrize("where", ["source", "evidence", "institution"])
def test_urls_must_be_http_or_https(collection, where, bad):
    """Case 2: a record's `url: javascript:alert(3)` passed check and was linked on the scorecard page."""
    if where == "institution":
        path = collection / "institutions.yaml"
        text = path.read_text(encoding="utf-8")
        first = text.index("  - id:")
        end = text.index("\n", text.index("name:", first)) + 1
        path.write_text(text[:end] + f"    url: '{bad}'\n" + text[end:], encoding="utf-8")
        field = "institutions.0.url"
    else:
        path = collection / RECORD
        text = path.read_text(encoding="utf-8")
        marker = "  url: " if where == "source" else "            - url: "
        start = text.index(marker)
        end = text.index("\n", start)
        path.write_text(text[:start] + marker + f"'{bad}'" + text[end:], encoding="utf-8")
        field = "source.url" if where == "source" else "quotes.0.prediction.resolutions.0.evidence.0.url"
    [problem] = check_collection(collection)
    assert problem.path == path and problem.field == field
    assert "only http:// and https:// URLs are allowed" in problem.message
    assert path.read_text(encoding="utf-8").splitlines()[problem.line - 1].strip().startswith(("url:", "- url:"))
