"""Word lists of the extractor, read from ``quotes/extraction/data``.

Each list is a data file with a header of ``#`` comments naming what it holds and where it comes
from, so a word can be added without touching code and a reviewer sees the source. ``.txt`` files
hold one entry a line; ``.csv`` files a header row and named columns. Files are read once.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from ..kept_data import kept


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


@cache
def flagged(name: str, column: str) -> frozenset[str]:
    """The first column of the rows of ``data/<name>.csv`` whose *column* is 1."""
    rows = table(name)
    key = next(iter(rows[0]))
    return frozenset(row[key] for row in rows if row[column] == "1")


@cache
def _dictionary() -> tuple[str, ...]:
    """The entries of Webster's Second International word list (through the english-words package) that
    it prints in lower case, sorted, loaded on first use and kept between runs (:mod:`quotes.kept_data`:
    a tuple of strings loads in about a fifth of the time the package's pickled set and a dict of it
    took, and is no container the garbage collector follows once it has seen that it holds only strings)."""
    import english_words

    source = Path(english_words.__file__).parent / "data" / "web2.pickle"
    return kept("dictionary", [source], _lower_case_entries)


def _lower_case_entries() -> tuple[str, ...]:
    from english_words import get_english_words_set

    return tuple(sorted(word for word in get_english_words_set(["web2"], lower=False) if word.islower()))


def _entry(word: str) -> bool:
    entries = _dictionary()
    i = bisect_left(entries, word)
    return i < len(entries) and entries[i] == word


def common_word(word: str) -> bool:
    """Is *word*, or its singular, a word of the language: a dictionary entry printed in lower case (the
    lookup is in lower case, so a name the dictionary prints capitalised never matches)? 'Lead', 'Senior'
    and 'Gophers' are; 'Jefferies', 'Investec' and 'Harvard' are not."""
    low = word.lower()
    return _entry(low) or low.endswith("s") and (_entry(low[:-1]) or low.endswith("es") and _entry(low[:-2]))


_TOKEN = re.compile(r"\w+|'\w+")


@lru_cache(maxsize=64)  # (the claim type's tests read the words of one statement several times)
def tokens(text: str) -> list[str]:
    """Lower-case word tokens, a clitic apart ('we’ll' -> 'we', "'ll"), for :func:`phrase_starts`; the list is
    shared by the calls for the same text, to be read, not changed."""
    return _TOKEN.findall(text.lower().replace("’", "'"))


def longest_first(items) -> list[str]:
    """*items* for a regular-expression alternation: longer first (a word before its own prefix),
    equal lengths in alphabetical order, so that the pattern is the same in every process (a set's
    order is not), which lets its compiled form be kept between runs (quotes/pattern_cache.py)."""
    return sorted(items, key=lambda item: (-len(item), item))


@cache
def _phrase_table(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in ordered(name):
        words = tuple(tokens(phrase))
        table.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(options, key=len, reverse=True)) for first, options in table.items()}


def phrase_starts(name: str, words: list[str]) -> list[int]:
    """Indexes of *words* (from :func:`tokens`) where an entry of ``data/<name>.txt`` starts.
    A dictionary lookup per word: much faster than one regular expression of every entry."""
    return [i for i, _ in phrases_at(name, words)]


def phrases_at(name: str, words: list[str]) -> list[tuple[int, tuple[str, ...]]]:
    """(index, entry as tokens) for each entry of ``data/<name>.txt`` found in *words*, longest first."""
    table = _phrase_table(name)
    if table.keys().isdisjoint(words):
        return []  # (most texts hold no entry of most lists: one set operation instead of a lookup per word)
    found = []
    for i, word in enumerate(words):
        for phrase in table.get(word, ()):
            if tuple(words[i:i + len(phrase)]) == phrase:
                found.append((i, phrase))
                break
    return found


# A regular past by its ending: '-ed' after two letters or more ('used', 'agreed'), not a present in '-eed' ('need',
# 'speed', 'succeed').
_REGULAR_PAST = re.compile(r"[a-z]{2,}ed")
_PRESENT_IN_EED = re.compile(r"[a-z]*[^r]eed")


def past_form(word: str) -> bool:
    """'visited', 'agreed', 'swore': a simple past or past participle by its form (regular, or
    data/irregular_past.txt); not 'need', 'speed' or 'bed'."""
    return word in words("irregular_past") or bool(_REGULAR_PAST.fullmatch(word)) and not _PRESENT_IN_EED.fullmatch(word)
