"""Word lists of the extractor, read from ``quotes/extraction/data``.

Each list is a data file with a header of ``#`` comments naming what it holds and where it comes
from, so a word can be added without touching code and a reviewer sees the source. ``.txt`` files
hold one entry a line; ``.csv`` files a header row and named columns. Files are read once.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The entries of ``data/<name>.txt``."""
    return frozenset(_lines(name + ".txt"))


@cache
def ordered(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>.txt`` in the order printed (where order decides, as for hedges)."""
    return tuple(_lines(name + ".txt"))


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``data/<name>.csv`` as dicts keyed by its header row."""
    return tuple(csv.DictReader(_lines(name + ".csv")))


def flagged(name: str, column: str) -> frozenset[str]:
    """The first column of the rows of ``data/<name>.csv`` whose *column* is 1."""
    rows = table(name)
    key = next(iter(rows[0]))
    return frozenset(row[key] for row in rows if row[column] == "1")


@cache
def phrase_regex(name: str) -> re.Pattern:
    """One pattern matching any entry of ``data/<name>.txt`` as whole words, case-insensitive;
    spaces match any whitespace, an apostrophe either ' or ’, the longest entry first."""
    alternatives = []
    for phrase in sorted(ordered(name), key=len, reverse=True):
        body = r"\s+".join(re.escape(word).replace("'", "[’']") for word in phrase.split())
        left = r"(?<![\w’'-])" if phrase[0].isalnum() else ""
        alternatives.append(left + body + r"(?![\w’'-])")
    return re.compile("|".join(alternatives), re.I)
