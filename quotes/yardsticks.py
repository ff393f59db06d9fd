"""Verbal probability yardsticks: turn a speaker's hedge ("likely", "could") into a probability.

A *yardstick* is a published scale that maps words of estimative probability to numbers. The
figures ship with the package in ``quotes/data/verbal-probability-yardsticks.csv`` (bands from
ICD 203, IPCC, Kent, NATO, EFSA, the UK PHIA) and ``verbal-probability-surveys.csv`` (median
readings of each phrase in public surveys); every row names its source.

The default is ICD 203 (``icd203_2015``): a hedge gets the midpoint of its band, e.g. "likely"
-> (55 + 80) / 2 = 0.675.

Hedges that no scale names directly ("will", "could", "may", "expects") are mapped to the
nearest named term through :data:`HEDGE_TERMS`; the mapping is ours and is kept small and
explicit. Negated hedges ("will not", "would not", "is unlikely to" aside) carry the same
confidence as their positive form: the speaker asserts the negative proposition ("Pyongyang
would not jump to serious provocations") with the confidence of "would", so the probability
is that of the proposition *as phrased by the speaker*, and the proposition an editor writes
for it should be phrased negatively too.

Usage::

    >>> from quotes.yardsticks import load_yardstick, probability_of
    >>> ys = load_yardstick()               # ICD 203
    >>> probability_of("likely", ys)
    0.675
    >>> probability_of("would not", ys)     # same as "would"
    0.875
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).parent / "data"
YARDSTICKS_CSV = DATA / "verbal-probability-yardsticks.csv"
SURVEYS_CSV = DATA / "verbal-probability-surveys.csv"
DEFAULT_YARDSTICK = "icd203_2015"


@dataclass(frozen=True)
class Band:
    """One term of a yardstick: its aliases and its range in percent."""

    terms: tuple[str, ...]
    low: float
    high: float
    central: float | None
    source: str

    @property
    def midpoint(self) -> float:
        """The probability (0-1) we use for the term: the published central value, else the band's midpoint."""
        value = self.central if self.central is not None else (self.low + self.high) / 2
        return round(value / 100, 4)


@dataclass(frozen=True)
class Yardstick:
    """A named scale: bands looked up by normalised term."""

    name: str
    bands: tuple[Band, ...]
    lookup: dict = field(default_factory=dict, compare=False, hash=False)

    def band_for(self, term: str) -> Band | None:
        return self.lookup.get(_normalise(term))


def _normalise(term: str) -> str:
    return re.sub(r"\s+", " ", term.strip().lower().replace("’", "'"))


def _expand_terms(label: str) -> list[str]:
    """'almost certain(ly) / nearly certain' -> ['almost certain', 'almost certainly', 'nearly certain']."""
    terms = []
    for part in label.split("/"):
        part = _normalise(part)
        match = re.search(r"\((\w+)\)", part)
        if match:
            terms.append(part.replace(match.group(0), ""))
            terms.append(part.replace(match.group(0), match.group(1)))
        else:
            terms.append(part)
    return [t for t in terms if t]


def _rows() -> list[dict]:
    with YARDSTICKS_CSV.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    with SURVEYS_CSV.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            # A survey's median reading is its central value; p25-p75 is its band.
            rows.append({"scale": row["source"], "term": row["term"], "low_pct": row["p25"],
                         "high_pct": row["p75"], "central_pct": row["median"], "source": row["note"]})
    return rows


@functools.cache
def _all_yardsticks() -> dict[str, Yardstick]:
    grouped: dict[str, list[Band]] = {}
    for row in _rows():
        central = row.get("central_pct") or ""
        band = Band(tuple(_expand_terms(row["term"])), float(row["low_pct"]), float(row["high_pct"]),
                    float(central) if central.strip() else None, row["source"])
        grouped.setdefault(row["scale"], []).append(band)
    result = {}
    for name, bands in grouped.items():
        lookup = {}
        for band in bands:
            for term in band.terms:
                lookup.setdefault(term, band)
        result[name] = Yardstick(name, tuple(bands), lookup)
    return result


YARDSTICKS: tuple[str, ...] = tuple(_all_yardsticks())
"""Names of the available yardsticks, e.g. ``icd203_2015``, ``ipcc_ar5``, ``kent_1964``."""


def load_yardstick(name: str = DEFAULT_YARDSTICK) -> Yardstick:
    """Return the yardstick called *name*.

    :param name: one of :data:`YARDSTICKS`; ICD 203 by default.
    :raises KeyError: for an unknown name, listing the known ones.
    """
    try:
        return _all_yardsticks()[name]
    except KeyError:
        raise KeyError(f"unknown yardstick {name!r}; choose one of: {', '.join(YARDSTICKS)}") from None


# Everyday hedges -> the yardstick term whose confidence they express. Ours, deliberately short:
# modal verbs of near-certainty read as "very likely", of possibility as "roughly even chance"
# or "unlikely" (ICD 203 has no "possible"), following the order of the survey medians
# (will > would > likely > may/could/might).
HEDGE_TERMS: dict[str, tuple[str, ...]] = {
    "will": ("very likely", "highly likely", "likely", "probable"),
    "would": ("very likely", "highly likely", "likely", "probable"),
    "won't": ("very likely", "highly likely", "likely", "probable"),
    "going to": ("very likely", "highly likely", "likely", "probable"),
    "shall": ("very likely", "highly likely", "likely", "probable"),
    "expect": ("likely", "probable"),
    "expects": ("likely", "probable"),
    "expected": ("likely", "probable"),
    "expectation": ("likely", "probable"),
    "expectations": ("likely", "probable"),
    "predicted": ("likely", "probable"),
    "probably": ("likely", "probable"),
    "should": ("likely", "probable"),
    "set to": ("likely", "probable"),
    "on course to": ("likely", "probable"),
    "on track to": ("likely", "probable"),
    "certain": ("almost certain", "almost certainly", "virtually certain", "certain"),
    "certainly": ("almost certain", "almost certainly", "virtually certain", "certain"),
    "surely": ("almost certain", "almost certainly", "virtually certain", "certain"),
    "definitely": ("almost certain", "almost certainly", "virtually certain", "certain"),
    "inevitable": ("almost certain", "almost certainly", "virtually certain", "certain"),
    "imminent": ("very likely", "highly likely", "likely", "probable"),
    "may": ("roughly even chance", "about as likely as not", "even chance", "chances about even", "maybe"),
    "might": ("roughly even chance", "about as likely as not", "even chance", "chances about even", "might happen"),
    "could": ("roughly even chance", "about as likely as not", "even chance", "chances about even", "could happen"),
    "possibly": ("roughly even chance", "about as likely as not", "even chance", "chances about even", "possibly"),
    "possible": ("roughly even chance", "about as likely as not", "even chance", "chances about even", "possibly"),
    "genuine possibility": ("roughly even chance", "about as likely as not", "even chance", "chances about even", "possibly"),
    "perhaps": ("roughly even chance", "about as likely as not", "even chance", "chances about even", "maybe"),
    "maybe": ("roughly even chance", "about as likely as not", "even chance", "chances about even", "maybe"),
    "reasonable chance": ("roughly even chance", "about as likely as not", "even chance", "realistic possibility"),
    "slight chance": ("very unlikely", "highly unlikely", "little chance"),
    "doubt": ("unlikely", "improbable"),
    "doubtful": ("unlikely", "improbable"),
    "very probably": ("very likely", "highly likely"),
    "most likely": ("very likely", "highly likely"),
    "highly likely": ("very likely", "highly likely"),
    "highly unlikely": ("very unlikely", "highly unlikely"),
    "highly improbable": ("very unlikely", "highly unlikely"),
    "likely": ("likely", "probable"),
    "unlikely": ("unlikely", "improbable", "probably not"),
}

_NEGATION = re.compile(r"\b(not|never|no longer)\b|n't\b|n’t\b")


def _strip_negation(hedge: str) -> str:
    """'would not' -> 'would'; "won't" -> 'will'; 'will likely not' -> 'will likely'."""
    text = _normalise(hedge)
    text = re.sub(r"\bwon't\b", "will", text)
    text = re.sub(r"\bcan't\b|\bcannot\b", "can", text)
    text = _NEGATION.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def probability_of(hedge: str | None, yardstick: Yardstick | str | None = None) -> float | None:
    """The probability (0-1) a hedge expresses on a yardstick, or None when it names no confidence.

    Tries the hedge as printed, then without negation (see the module docstring), then each word
    of a compound ("will likely" -> the strongest named term it contains, scanning from the end,
    since the adverb qualifies the modal), then :data:`HEDGE_TERMS`.

    :param hedge: the speaker's words: "likely", "highly unlikely", "would not", "could".
    :param yardstick: a :class:`Yardstick` or its name; ICD 203 by default.
    """
    if not hedge or not hedge.strip():
        return None
    if yardstick is None or isinstance(yardstick, str):
        yardstick = load_yardstick(yardstick or DEFAULT_YARDSTICK)
    for candidate in _candidates(hedge):
        band = yardstick.band_for(candidate)
        if band is not None:
            return band.midpoint
        for term in HEDGE_TERMS.get(candidate, ()):
            band = yardstick.band_for(term)
            if band is not None:
                return band.midpoint
    return None


def _candidates(hedge: str) -> list[str]:
    full = _normalise(hedge)
    positive = _strip_negation(hedge)
    candidates = [full, positive]
    # A qualifying adverb is the informative part of "will likely", "could very well".
    words = positive.split()
    for size in (2, 1):
        for i in range(len(words) - size, -1, -1):
            candidates.append(" ".join(words[i:i + size]))
    seen, ordered = set(), []
    for c in candidates:
        if c and c not in seen:
            seen.add(c)
            ordered.append(c)
    return ordered
