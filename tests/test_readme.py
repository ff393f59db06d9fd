"""The README's examples are real output: each marked block is run and compared with what it shows.

A block of shell examples in README.md (indented or fenced) preceded by ``<!-- example -->`` is
run line by line: every ``$ `` line (with its ``\\`` continuation lines) goes to bash in a fresh
working directory laid out like a checkout (``quotes/collection`` copied, ``scripts/`` linked),
and what it prints — stdout and stderr together, as a terminal shows them — must equal the lines
below it. Decisions:

- Output that would vary is pinned, not skipped: rich tables are drawn ``COLUMNS=100`` wide,
  dates come from ``--on`` in the example itself, and paths are relative to the working
  directory. ``...`` in the README stands for elided output (doctest's ELLIPSIS), nothing else
  is loose.
- Files an example needs are made by commands shown in the block when a reader would type them
  (``cp -r``, ``scripts/generate_quotebank.py``), or by a named setup in the marker,
  ``<!-- example NAME -->``, for what a reader would not type (a collection with a misspelt
  field); ``SETUPS`` below says what each one makes and the README's prose says it too.
  ``<!-- example continue -->`` runs in the previous example's directory.
- An example whose last line is an error (``Error: …``, ``N problem(s) found``) must exit
  non-zero; every other example must exit 0.
- Every ``$ quotes`` line in the README belongs to a marked block. Benchmarks at a million
  quotes (``$ python scripts/bench_*.py``) and the extractor's evaluation on ``../shared``
  figures are measurements, not re-run here.
"""

from __future__ import annotations

import bz2
import difflib
import doctest
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from quotes.collection import BUNDLED

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BIN = Path(sys.executable).parent
SEED_SOURCE = "sources/2021/2021-03-24-korea-herald-nk-cruise-missiles.yaml"

MARKER = re.compile(r"^\s*<!-- example((?:\s+[\w.-]+)*)\s*-->\s*$")
FAILURE = re.compile(r"^(Error: |\d+ problems? found$)")


@dataclass
class Example:
    """One ``$ command`` and the output the README shows for it."""

    command: str
    expected: str


@dataclass
class Block:
    line: int  # 1-based line of the first line of the block
    end: int  # 1-based line of its last line
    options: list[str]
    examples: list[Example] = field(default_factory=list)

    @property
    def id(self) -> str:
        """``README.md:351:quotes predictions``: where the block is and the first quotes command in it."""
        commands = [e.command.split()[:2] for e in self.examples]
        words = next((c for c in commands if c[0] == "quotes"), commands[0] if commands else [])
        return f"README.md:{self.line}:{' '.join(words)}"


def block_lines(lines: list[str], start: int) -> tuple[int, list[str], int]:
    """The code block beginning at or after ``start`` (0-based): first line, dedented lines, end."""
    i = start
    while i < len(lines) and not lines[i].strip():
        i += 1
    if lines[i].lstrip().startswith("```"):
        end = next(j for j in range(i + 1, len(lines)) if lines[j].strip().startswith("```"))
        return i + 1, lines[i + 1 : end], end - 1
    indent = len(lines[i]) - len(lines[i].lstrip())
    assert indent >= 4, f"README.md:{i + 1}: an example marker must precede a code block"
    end = i
    while end + 1 < len(lines) and (not lines[end + 1].strip() or lines[end + 1].startswith(" " * indent)):
        end += 1
    while not lines[end].strip():
        end -= 1
    return i, [line[indent:] for line in lines[i : end + 1]], end


def parse_examples(body: list[str]) -> list[Example]:
    examples: list[Example] = []
    i = 0
    while i < len(body):
        assert body[i].startswith("$ "), f"output before any command: {body[i]!r}"
        command = [body[i][2:]]
        while command[-1].endswith("\\"):
            i += 1
            command.append(body[i])
        i += 1
        output = []
        while i < len(body) and not body[i].startswith("$ "):
            output.append(body[i])
            i += 1
        examples.append(Example("\n".join(command), "\n".join(output).rstrip("\n")))
    return examples


def readme_blocks(text: str) -> list[Block]:
    lines = text.splitlines()
    blocks = []
    for number, line in enumerate(lines):
        marker = MARKER.match(line)
        if marker:
            first, body, last = block_lines(lines, number + 1)
            blocks.append(Block(first + 1, last + 1, marker.group(1).split(), parse_examples(body)))
    return blocks


BLOCKS = readme_blocks(README.read_text(encoding="utf-8"))


# --- setups: files an example needs that a reader would not type ---------------------------


def misspelt_form(workdir: Path) -> None:
    """``my-collection``: the bundled collection with the sixth quote's form misspelt ``quoted``."""
    shutil.copytree(BUNDLED, workdir / "my-collection")
    path = workdir / "my-collection" / SEED_SOURCE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    forms = [i for i, line in enumerate(lines) if re.match(r"^\s+form: ", line)]
    lines[forms[5]] = re.sub(r"form: .*", "form: quoted", lines[forms[5]])
    path.write_text("".join(lines), encoding="utf-8")


def broken_quotebank(workdir: Path) -> None:
    """``broken.json.bz2``: five generated Quotebank quotations, the fourth line missing a comma."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import generate_quotebank
    finally:
        sys.path.pop(0)
    plain = generate_quotebank.generate(workdir / "broken.json", 5, "quotes", seed=3)
    lines = plain.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[3])
    lines[3] = json.dumps(record, ensure_ascii=False).replace('", "quotation"', '" "quotation"', 1)
    with bz2.open(workdir / "broken.json.bz2", "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    plain.unlink()


SETUPS = {
    "misspelt-form": misspelt_form,
    "broken-quotebank": broken_quotebank,
}


# --- running --------------------------------------------------------------------------------


def checkout(workdir: Path) -> None:
    """A working directory laid out like a checkout, for the paths the README uses."""
    shutil.copytree(BUNDLED, workdir / "quotes" / "collection")
    (workdir / "scripts").symlink_to(ROOT / "scripts")


def environment() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("FORCE_COLOR", "NO_COLOR", "TERM")}
    return {**env, "PATH": f"{BIN}{os.pathsep}{env['PATH']}", "COLUMNS": "100", "PYTHONUNBUFFERED": "1"}


def run(example: Example, workdir: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", "-c", example.command], cwd=workdir, env=environment(), stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, timeout=120,
    )


def matches(expected: str, actual: str) -> bool:
    want, got = expected + "\n", "\n".join(line.rstrip() for line in actual.rstrip("\n").splitlines()) + "\n"
    return doctest.OutputChecker().check_output(want, got, doctest.ELLIPSIS)


@pytest.fixture(scope="module")
def workdirs(tmp_path_factory) -> dict[int, Path]:
    return {}


def workdir_for(index: int, workdirs: dict[int, Path], tmp_path_factory) -> Path:
    block = BLOCKS[index]
    if "continue" in block.options:
        assert index > 0, "the first example cannot continue another"
        if index - 1 not in workdirs:
            previous = workdir_for(index - 1, workdirs, tmp_path_factory)
            for example in BLOCKS[index - 1].examples:
                run(example, previous)
        workdir = workdirs[index - 1]
    else:
        workdir = tmp_path_factory.mktemp("readme")
        checkout(workdir)
    for name in block.options:
        if name != "continue":
            assert name in SETUPS, f"README.md:{block.line}: unknown example setup {name!r}"
            SETUPS[name](workdir)
    workdirs[index] = workdir
    return workdir


@pytest.mark.timeout(300)
@pytest.mark.parametrize("index", range(len(BLOCKS)), ids=[block.id for block in BLOCKS])
def test_readme_example_prints_what_the_readme_shows(index, workdirs, tmp_path_factory):
    workdir = workdir_for(index, workdirs, tmp_path_factory)
    for example in BLOCKS[index].examples:
        result = run(example, workdir)
        diff = "\n".join(
            difflib.unified_diff(example.expected.splitlines(), result.stdout.rstrip("\n").splitlines(), "README", "actual", lineterm="")
        )
        same = matches(example.expected, result.stdout)
        assert same, f"$ {example.command}\n{diff}"
        last = example.expected.splitlines()[-1] if example.expected else ""
        assert (result.returncode != 0) == bool(FAILURE.match(last)), f"$ {example.command}: exit {result.returncode}"


def test_every_quotes_command_in_the_readme_is_checked():
    lines = README.read_text(encoding="utf-8").splitlines()
    covered = {n for block in BLOCKS for n in range(block.line, block.end + 1)}
    unchecked = [f"README.md:{n}: {line.strip()}" for n, line in enumerate(lines, 1) if re.match(r"^\s*\$ quotes\b", line) and n not in covered]
    assert BLOCKS and not unchecked, "unmarked README examples:\n" + "\n".join(unchecked)


def test_blocks_are_parsed_as_commands_and_output():
    """The parser itself: a continued command, a fenced block, two commands in one block."""
    text = "<!-- example continue x -->\n```\n$ quotes a \\\n    --b\nout 1\n\n$ quotes c\nout 2\n```\n"
    [block] = readme_blocks(text)
    assert block.options == ["continue", "x"] and (block.line, block.end) == (3, 8)
    assert [(e.command, e.expected) for e in block.examples] == [("quotes a \\\n    --b", "out 1"), ("quotes c", "out 2")]
    assert matches("a ... z", "a b c z") and not matches("a b", "a c")
