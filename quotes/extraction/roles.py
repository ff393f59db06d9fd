"""A named person's title and institution, read by a learned sequence tagger beside the rules.

The rules of :mod:`.mentions` and :mod:`.coreference` give each person quoted a title and an
institution. This stage reads the question again: in the sentences of the article that print the
person's name, which words are that person's title and which their institution?

Each such sentence is cut into tokens, every token described by named features (its word, shape,
whether it names a role, a person, an organisation or a country in the extractor's word lists, its
place in a run of capitalised words, its side of and distance from the name, the commas, quotation
marks and verbs between them, and whether it lies inside the title or institution the rules read),
and a linear-chain conditional random field labels the tokens ``B-T``/``I-T`` (title),
``B-I``/``I-I`` (institution) or ``O``. The weights are fitted by ``scripts/train_roles.py``
(python-crfsuite) on the project's own annotations — mention lines of sentences the rules were never
tuned on, whose rules' readings the tagger learns how far to trust, and the tune articles — and
shipped as ``data/role_model.json``; they are applied here by Viterbi decoding in plain Python.

The rules' reading stands unless the tagger's labels outscore it by :data:`MARGIN`: on text neither
was built on the tagger is right more often where it differs, but not everywhere (see
``annotations/README.md``, "Roles read by the tagger"). Where the tagger only cuts the rules' title in
two, a title and the organisation printed in it, no margin is asked (:data:`SPLIT_MARGIN`); where it would
read the organisation the rules named back into the title, none is enough (:data:`MERGE_MARGIN`).
:func:`article_roles` gives each person the role printed in the first sentence that prints one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache
from importlib import resources
from itertools import accumulate
from operator import add
from typing import NamedTuple

from ..kept_data import kept
from .coreference import spelled_out_for
from .lexicon import flagged
from .mentions import ABBREVIATIONS, COUNTRIES, DEMONYMS, FUNCTION_WORDS, HONORIFICS, MONTHS_DAYS, OFFICE_TIME, ORG_HEADS, \
    ORG_WORDS, PORTFOLIOS, POSTNOMINAL, PUBLIC_OFFICES, clean_role, is_acronym, is_place, is_title_word, person_noun, rank_alone, \
    rank_word, two_word_demonym
from .sentences import Reading, reading

LABELS = ("O", "B-T", "I-T", "B-I", "I-I")
WINDOW = 25  # tokens on either side of a name that are tagged
READ = 4  # sentences printing a person's name read for their role
# How far (in model score) the tagger's best labels must outscore the rules' reading to overrule it;
# chosen on articles neither the rules nor the tagger were built on (annotations/README.md).
MARGIN = 5.0
# The margin where the tagger only splits the title the rules read into a title and the institution printed in it
# ('PSC Communications Director', 'Pentagon press secretary', :func:`_splits`): on held-out tune folds the rules' whole
# title was right 6 times and the tagger's split 52 times, at any margin above this (docs/extraction-history.md).
SPLIT_MARGIN = 0.0
# The margin where the tagger would read the institution the rules read (a name of two capitalised words or an acronym) into
# the title, leaving none ('Vice-president of SEMI'): never; on held-out tune folds the rules were right 16 times and the
# tagger 7 (docs/extraction-history.md).
MERGE_MARGIN = float("inf")
CACHE_SIZE = 1 << 17  # sums of groups of features kept per model, in each of its caches (RoleModel.__init__)
# 'Asan's' -> 'Asan' + "'s"; "O'Neill", 'U.S', 'al-Badri', 'AT&T' stay one token; punctuation apart.
_TOKEN = re.compile(r"[’']s\b|\w+(?:[&.\-]\w+|['’](?!s\b)\w+)*|[^\w\s]")
_QUOTES = set("\"“”")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def _words(text: str) -> list[str]:
    """The texts of the tokens of *text*, without their offsets."""
    return _TOKEN.findall(text)


def _runs(texts: list[str], wanted: list[str]) -> list[int]:
    """Indexes where the run of tokens *wanted* starts in *texts* (candidates found by ``list.index``,
    not by a slice at every token)."""
    if not wanted:
        return list(range(len(texts) + 1))
    found, size, i = [], len(wanted), -1
    while True:
        try:
            i = texts.index(wanted[0], i + 1)
        except ValueError:
            return found
        if texts[i:i + size] == wanted:
            found.append(i)


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if not word[0].isalnum():
        return "p"
    if word.isupper():
        return "X" if len(word) > 1 else "X1"
    if word[0].isupper():
        return "Xx"
    return "x"


@lru_cache(maxsize=1 << 16)  # (bounded: a 5 MB article holds many words)
def _word_flags(word: str) -> tuple[str, ...]:
    lower = word.lower()
    flags = []
    if is_title_word(word):
        flags.append("title")
    if person_noun(lower):
        flags.append("person")
    if lower in ORG_HEADS or word in ORG_WORDS:
        flags.append("org")
    if word in COUNTRIES or word in DEMONYMS:
        flags.append("place")
    if lower in FUNCTION_WORDS:
        flags.append("fn")
    if lower.rstrip(".") in HONORIFICS or word in HONORIFICS:
        flags.append("hon")
    if word in MONTHS_DAYS:
        flags.append("month")
    if lower in flagged("speech_verbs", "cue"):
        flags.append("verb")
    return tuple(flags)


_CONNECTORS = {"of", "for", "and", "&", "the", "de", "on", "in"}
_ROLE_TIMES = {"former", "ex", "then", "now", "currently", "also", "later", "previously", "once"}  # when a role was held


def _chains(texts: list[str], flags: list[tuple[str, ...]]) -> list[str]:
    """Per token, its place in a run of capitalised words ('Bank of Canada Governor'), with what the
    run holds: an organisation word, a role word, a place; '' outside any run."""
    marks = [""] * len(texts)
    i = 0
    while i < len(texts):
        if not texts[i][:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < len(texts) and (texts[j][:1].isupper() or texts[j] in ("'s", "’s")
                                  or texts[j].lower() in _CONNECTORS and j + 1 < len(texts) and texts[j + 1][:1].isupper()):
            j += 1
        run = range(i, j)
        holds = {f for k in run for f in flags[k] if f in ("org", "title", "place")}
        roles = [k for k in run if "title" in flags[k]]
        for k in run:
            where = "B" if k == i else "E" if k == j - 1 else "M"
            tags = [where] + sorted(holds)
            if roles:
                tags.append("role>" if k < roles[0] else "role<" if k > roles[-1] else "role=")
            marks[k] = ".".join(tags)
        i = j
    return marks


# The neighbours whose words are features of a token: (offset, the prefix of their features).
_NEIGHBOURS = ((-1, "p"), (1, "n"), (-2, "pp"), (2, "nn"))
_AS_NEIGHBOUR = {tag: k + 1 for k, (_, tag) in enumerate(_NEIGHBOURS)}  # where RoleModel._word_sums_of puts each


# A token's distance from a name, by how many tokens lie between: 1 to 3 each, then in bands. (The strings
# are kept, not made at each token: a key of :meth:`Parsed.relative_keys` then hashes them at no cost.)
_DISTANCES = ("0", "1", "2", "3", "4-5", "4-5", "6-9", "6-9", "6-9", "6-9")


def _distance(d: int) -> str:
    return _DISTANCES[d] if d <= 9 else "10+"


@lru_cache(maxsize=1 << 16)
def _own_features(word: str) -> tuple[str, ...]:
    lower = word.lower()
    return ("bias", "w=" + lower, "s=" + _shape(word), "suf=" + lower[-3:]) + tuple("f=" + f for f in _word_flags(word))


@lru_cache(maxsize=1 << 16)
def _neighbour_features(tag: str, word: str) -> tuple[str, ...]:
    if len(tag) > 1:
        return (tag + "w=" + word.lower(),)
    return (tag + "w=" + word.lower(), tag + "s=" + _shape(word)) + tuple(tag + "f=" + f for f in _word_flags(word))


class Parsed:
    """A sentence's tokens and what is known of each without regard to any person: its word, shape,
    word-list flags, place in a capitalised run and neighbours (:attr:`features`)."""

    def __init__(self, sentence: str):
        self.sentence = sentence
        self.texts = _words(sentence)
        self.lowered = [w.lower() for w in self.texts]
        self.flags = [_word_flags(w) for w in self.texts]
        self.shapes = [_shape(w) for w in self.texts]
        self.chains = _chains(self.texts, self.flags)
        # running counts of what lies between a token and a name: separators, quotation marks,
        # reporting verbs, relative pronouns ('who now chairs …': a second role)
        self.commas = _running_count(w in ",;:()—–-" for w in self.texts)
        self.quotes = _running_count(w in _QUOTES for w in self.texts)
        self.verbs = _running_count("verb" in f for f in self.flags)
        self.relatives = _running_count(lower in ("who", "which", "whose") for lower in self.lowered)
        self.role_times = not _ROLE_TIMES.isdisjoint(self.lowered)
        self._features: dict[int, list[str]] = {}
        self._spans: dict[str, tuple[int, int] | None] = {}
        self.emissions: dict[int, dict[int, list[float]]] = {}  # per model, per token
        self.word_sums: dict[int, list[tuple[list[float], ...]]] = {}  # per model, per token (RoleModel._word_sums_of)

    @cached_property
    def offsets(self) -> list[tuple[int, int]]:
        """(start, end) of each token (made on first use: most sentences need only their texts)."""
        return [m.span() for m in _TOKEN.finditer(self.sentence)]

    @cached_property
    def tokens(self) -> list[Token]:
        """The tokens with their offsets (scripts/train_roles.py's labelling)."""
        return [Token(self.sentence[a:b], a, b) for a, b in self.offsets]

    def features(self, i: int) -> list[str]:
        """The features of token *i* that do not depend on any person (computed on first use)."""
        if i not in self._features:
            self._features[i] = [f for part in self.static_parts(i) for f in part]
        return self._features[i]

    def span_of(self, name: str) -> tuple[int, int] | None:
        """:func:`name_span` of *name* in this sentence (computed on first use)."""
        if name not in self._spans:
            self._spans[name] = name_span(self.texts, name)
        return self._spans[name]

    def static_parts(self, i: int) -> list[tuple[str, ...]]:
        """:meth:`features` of token *i* in groups: its own word's, then the rest (its run of capitals,
        a possessive, a time word before it) and its four neighbours' words'."""
        texts = self.texts
        parts = [_own_features(texts[i])]
        extra = self.extra_features(i)
        if extra:
            parts.append(extra)
        for k, tag in _NEIGHBOURS:
            j = i + k
            parts.append(_neighbour_features(tag, texts[j]) if 0 <= j < len(texts) else (tag + "edge",))
        return parts

    def extra_features(self, i: int) -> tuple[str, ...]:
        """The features of token *i* beside its word's and its neighbours': its run of capitals, a
        possessive after it, the words before it that say when a role was held."""
        texts = self.texts
        extra = ("ch=" + self.chains[i],) if self.chains[i] else ()
        if i + 1 < len(texts) and texts[i + 1] in ("'s", "’s"):
            extra += ("poss",)
        if self.role_times:  # (few sentences print one: the four words before each token are read only then)
            before = set(self.lowered[max(0, i - 4):i])
            extra += tuple("when=" + w for w in sorted(before & _ROLE_TIMES))
        return extra

    def relative(self, name: tuple[int, int], marks: dict[int, list[str]] | None = None, lo: int = 0,
                 hi: int | None = None) -> list[list[str]]:
        """Features of the tokens *lo* to *hi* as seen from the person whose name is ``tokens[name[0]:name[1]]``,
        with the *marks* of :func:`marks` (other people's names, the rules' reading of the role)."""
        return [relative_features(key) for key in self.relative_keys(name, marks, lo, hi)]

    def relative_keys(self, name: tuple[int, int], marks: dict[int, list[str]] | None = None, lo: int = 0,
                      hi: int | None = None) -> list[RelativeKey]:
        """Per token *lo* to *hi*, what its features as seen from the name (:meth:`relative`) are made of:
        few combinations recur across tokens, names and articles, so the tagger keeps their sums by key
        without making the feature strings again (:meth:`RoleModel.tag`)."""
        a, b = name
        marks = marks or {}
        chains, commas, quotes, verbs, relatives = self.chains, self.commas, self.quotes, self.verbs, self.relatives
        keys = []
        for i in range(lo, len(self.texts) if hi is None else hi):
            marked, pname, nname = tuple(marks.get(i, ())), a <= i - 1 < b, a <= i + 1 < b
            if a <= i < b:
                keys.append(RelativeKey("N", "", 0, "", (), False, False, False, bool(chains[i]), marked, pname, nname))
                continue
            x, y = (i + 1, a) if i < a else (b, i)  # the tokens between this one and the name
            keys.append(RelativeKey("L" if i < a else "R", _distance(a - i if i < a else i - b + 1),
                                    min(commas[y] - commas[x], 2), self.shapes[i], self.flags[i],
                                    quotes[y] != quotes[x], verbs[y] != verbs[x], relatives[y] != relatives[x],
                                    bool(chains[i]), marked, pname, nname))
        return keys


class RelativeKey(NamedTuple):
    """What a token's features as seen from a name are made of (:func:`relative_features`); side "N": in the name."""

    side: str  # "L" or "R" of the name, "N" in it
    distance: str  # (outside the name) :func:`_distance` from it
    commas: int  # separators between the token and the name, up to 2
    shape: str
    flags: tuple[str, ...]
    quote: bool  # a quotation mark between the token and the name
    verb: bool  # a reporting verb between them
    relative: bool  # a relative pronoun between them
    chained: bool  # the token is in a run of capitalised words
    marks: tuple[str, ...]  # :func:`marks` of the token
    pname: bool  # the token before it is in the name
    nname: bool  # the token after it is in the name


def relative_features(key: RelativeKey) -> list[str]:
    """The features named by *key* (:meth:`Parsed.relative_keys`)."""
    side = key.side
    if side == "N":
        feats = ["name", "chB=N"] if key.chained else ["name"]
    else:
        feats = ["d=" + side + key.distance, "c=" + side + str(key.commas),
                 "sd=" + side + key.distance + key.shape] + ["sf=" + side + f for f in key.flags]
        if key.quote:
            feats.append("q=" + side)
        if key.verb:
            feats.append("v=" + side)
        if key.relative:
            feats.append("rel=" + side)
        if key.chained:
            feats.append("chB=" + side)
    feats += key.marks
    if key.pname:
        feats.append("pname")
    if key.nname:
        feats.append("nname")
    return feats


def _running_count(flags) -> list[int]:
    """Per position 0 to n, how many of the first *flags* hold (the count before each token, and the total)."""
    return list(accumulate(flags, initial=0))


def token_features(parsed: Parsed, name: tuple[int, int], marks: dict[int, list[str]] | None = None
                   ) -> list[list[str]]:
    """All named features of each token for the person whose name is ``tokens[name[0]:name[1]]``."""
    return [parsed.features(i) + r for i, r in enumerate(parsed.relative(name, marks))]


def window(parsed: Parsed, name: tuple[int, int]) -> tuple[int, int]:
    """The tokens within :data:`WINDOW` of the name: a role is printed beside the name it belongs to."""
    return max(0, name[0] - WINDOW), min(len(parsed.texts), name[1] + WINDOW)


def name_span(texts: list[str], name: str) -> tuple[int, int] | None:
    """Span in the token texts *texts* of the first printing of *name* (whole, else its last word: 'Roe'
    for 'Jane Roe')."""
    parts = _words(name)
    if not parts:
        return None
    for wanted in (parts, parts[-1:]):
        found = _runs(texts, wanted)
        if found:
            return found[0], found[0] + len(wanted)
    return None


class RoleModel:
    """The CRF's weights: per feature a weight per label, and label-to-label transitions; read from the JSON form
    (per feature its non-zero weights by label, :meth:`as_json`) or from the form of :meth:`as_read`."""

    def __init__(self, data: dict):
        self.labels = tuple(data["labels"])
        self.transitions = data["transitions"]
        zeros = [0.0] * len(self.labels)  # (a label a feature has no weight for)
        self.weights = data["weights"] if "weights" in data else \
            {feature: list(map(per.get, self.labels, zeros)) for feature, per in data["features"].items()}
        # Sums of the weights of groups of features that recur, kept per model, the least recent dropped past
        # CACHE_SIZE (a 5 MB article holds many words): by word, a word's own features and its features as
        # each neighbour (:meth:`_word_sums_of`); by what they are made of (:class:`RelativeKey`), a token's
        # features as seen from a name (:meth:`tag`), whose strings are then made once per combination; the
        # rest of a token's features (:meth:`Parsed.extra_features`, a sentence's edges) by the features.
        self._word_sums = lru_cache(maxsize=CACHE_SIZE)(self._word_sums_of)
        self._relative_sum = lru_cache(maxsize=CACHE_SIZE)(self._relative_sum_of)
        self._summed = lru_cache(maxsize=CACHE_SIZE)(self._sum_of)
        self._edge_sums = {tag: self._sum_of((tag + "edge",)) for _, tag in _NEIGHBOURS}  # (no word beside a token)

    def as_read(self) -> dict:
        """The model as read: per feature its weight for every label in the order of ``labels`` (what
        :class:`RoleModel` reads as it is, where the JSON form names only a feature's non-zero weights)."""
        return {"labels": list(self.labels), "transitions": self.transitions, "weights": self.weights}

    def as_json(self) -> dict:
        return {"labels": list(self.labels), "transitions": self.transitions,
                "features": {f: {label: w for label, w in zip(self.labels, per) if w}
                             for f, per in sorted(self.weights.items())}}

    def _emission(self, features) -> list[float]:
        """Per label, the sum of the weights of *features* (0.0 each when the model has none of them)."""
        return self._sum_of(features) or [0.0] * len(self.labels)

    def _relative_sum_of(self, key: RelativeKey) -> list[float]:
        """:meth:`_emission` of a token's features as seen from a name (:func:`relative_features` of *key*)."""
        return self._sum_of(relative_features(key)) or [0.0] * len(self.labels)

    def _static_emission(self, parsed: Parsed, i: int, word_sums: list[tuple[list[float], ...]]) -> list[float]:
        """:meth:`_emission` of ``parsed.features(i)``, added up by groups (:meth:`Parsed.static_parts`):
        the sum of each group is kept (a word's own features, a neighbour's: *word_sums*, :meth:`_word_sums_of`
        of each word of the sentence), so a token costs a few additions. The order of the additions differs
        from one sum over the list, so a score may differ in its last bits; the extractions do not (checked
        over the annotated corpus)."""
        sums = [word_sums[i][0]]
        extra = parsed.extra_features(i)
        if extra:
            sums.append(self._summed(extra))
        for k, tag in _NEIGHBOURS:
            j = i + k
            sums.append(word_sums[j][_AS_NEIGHBOUR[tag]] if 0 <= j < len(word_sums) else self._edge_sums[tag])
        sums = [s for s in sums if s]
        return list(map(sum, zip(*sums))) if sums else [0.0] * len(self.labels)

    def _word_sums_of(self, word: str) -> tuple[list[float], ...]:
        """:meth:`_sum_of` a word's own features (the first group of :meth:`Parsed.static_parts`), then of its
        features as each neighbour of :data:`_NEIGHBOURS` (a group each): what it adds to the tokens it is
        one of those groups of."""
        return (self._sum_of(_own_features(word)),) + tuple(self._sum_of(_neighbour_features(tag, word))
                                                            for _, tag in _NEIGHBOURS)

    def _sum_of(self, features) -> list[float]:
        """Per label, the sum of the weights of *features* ([] when the model has none of them)."""
        known = [w for w in map(self.weights.get, features) if w is not None]  # (in the order of *features*)
        return list(map(sum, zip(*known)))

    def tag(self, parsed: Parsed, name: tuple[int, int], marks: dict[int, list[str]] | None = None,
            margin: float | None = None) -> tuple[list[str], int]:
        """The most probable labels (Viterbi) of the tokens of :func:`window` around the name, and
        the index of the window's first token. What does not depend on the name is summed once a sentence.

        With a *margin*, the rules' reading (the ``rule=`` marks) stands unless the best labels score
        more than *margin* above it and mend it (:func:`_mends`): the tagger overrules the rules only
        where it is sure, and only on the words of the role they read."""
        static = parsed.emissions.setdefault(id(self), {})
        if id(self) not in parsed.word_sums:
            parsed.word_sums[id(self)] = [self._word_sums(w) for w in parsed.texts]
        word_sums = parsed.word_sums[id(self)]
        lo, hi = window(parsed, name)
        rows = []
        for i, key in zip(range(lo, hi), parsed.relative_keys(name, marks, lo, hi)):
            if i not in static:
                static[i] = self._static_emission(parsed, i, word_sums)
            rows.append(list(map(add, static[i], self._relative_sum(key))))
        best = viterbi(rows, self.transitions, self.labels)
        if margin is not None:
            ruled = rules_labels(marks or {}, lo, hi)
            needed = SPLIT_MARGIN if _splits(best, ruled, marks or {}, parsed.texts[lo:hi]) else \
                MERGE_MARGIN if _merges(best, ruled, parsed.texts[lo:hi]) else margin
            if self.score(rows, best) - self.score(rows, ruled) <= needed or not _mends(best, ruled, parsed.texts[lo:hi]):
                return ruled, lo
        return best, lo

    def score(self, rows: list[list[float]], labels: list[str]) -> float:
        """The total score of a label sequence: its emissions and transitions."""
        index = [self.labels.index(label) for label in labels]
        total = sum(row[j] for row, j in zip(rows, index))
        return total + sum(self.transitions[i][j] for i, j in zip(index, index[1:]))


def _mends(best: list[str], ruled: list[str], texts: list[str]) -> bool:
    """Does *best* mend the rules' reading rather than choose another role? Where the rules read a
    role in the sentence, each span of *best* must share words with it or lie within two tokens of it
    ('& Company analyst' -> 'analyst' at 'WOOD & Company'); a role elsewhere ('former ambassador', beside the rules' 'chairs … at the
    Center') is the choice between two roles, which the rules make by the written conventions."""
    ruled_at = {i for i, label in enumerate(ruled) if label != "O"}
    if not ruled_at:
        return True
    near = {j for i in ruled_at for j in range(i - 2, i + 3)}  # 'Sample Board (SB)': the acronym beside it
    found = [span for kind in "TI" for span in spans(best, kind)]
    cut = any(end in ruled_at and texts[end] == "," and start in ruled_at for start, end in found
              if end < len(texts))  # 'Center for Water, Soil and the Sea' is one name: not cut at its comma
    return not cut and all(near & set(range(*span)) for span in found)


def _merges(best: list[str], ruled: list[str], texts: list[str]) -> bool:
    """Does *best* read the institution the rules read, a name of two capitalised words or an acronym, as part of the
    title ('Vice-president of SEMI' for 'Vice-president', 'SEMI'), with no institution of its own? (Not a body in lower
    case, 'the political science department', nor one word, 'Office': the rules' reading of either is often a unit's.)"""
    ruled_institution = [i for i, label in enumerate(ruled) if label.endswith("I")]
    named = [texts[i] for i in ruled_institution if texts[i][:1].isupper()]
    return (len(named) > 1 or any(is_acronym(w) for w in named)) and not any(label.endswith("I") for label in best) \
        and all(best[i].endswith("T") for i in ruled_institution)


def _splits(best: list[str], ruled: list[str], marks: dict[int, list[str]], texts: list[str]) -> bool:
    """Does *best* cut the title the rules read, with no institution, into a title and an institution, both
    among its words ('PSC Communications Director' -> 'Communications Director', 'PSC')? Not where the rules
    read an institution anywhere (a unit kept in the title, its parent the institution: 'director of the
    Sample Agency's Cyber Division'), nor a public office with its portfolio, nationality or country before it
    ('Health director-general', 'Sample Country mayor': annotations/README.md, state officials). (Not
    :func:`.mentions.state_office`, which names a state body's office whole too: the gold splits 'Army Chief'
    and 'Pentagon press secretary', and on held-out tune folds it costs eight records.)"""
    if any("rule=I" in found for found in marks.values()):
        return False
    title = [texts[i] for i, label in enumerate(best) if label.endswith("T")]
    institution = [texts[i] for i, label in enumerate(best) if label.endswith("I")]
    inside = {i for i, label in enumerate(ruled) if label != "O"}
    if not title or not institution or not {i for i, label in enumerate(best) if label != "O"} <= inside:
        return False
    return title[-1].lower() not in PUBLIC_OFFICES \
        and not all(w in PORTFOLIOS or w in DEMONYMS or w in COUNTRIES for w in institution)


def rules_labels(marks: dict[int, list[str]], lo: int, hi: int) -> list[str]:
    """The labels of tokens *lo* to *hi* that the rules' reading marks (``rule=T``, ``rule=I``)."""
    labels = []
    for i in range(lo, hi):
        kind = _rule_kind(marks[i]) if i in marks else None
        labels.append("O" if kind is None else ("I-" if labels and labels[-1][-1:] == kind else "B-") + kind)
    return labels


def _rule_kind(token_marks: list[str]) -> str | None:
    """'T' or 'I' where a token's marks put it in the rules' title or institution, else None."""
    for mark in token_marks:
        if mark.startswith("rule="):
            return mark[-1]
    return None


def viterbi(rows: list[list[float]], transitions: list[list[float]], labels: tuple[str, ...]) -> list[str]:
    """The label sequence of highest total score of per-token *rows* and label-to-label *transitions*."""
    if not rows:
        return []
    n = len(labels)
    into = [[transitions[i][j] for i in range(n)] for j in range(n)]  # per label, the transitions into it
    scores = [rows[0][:]]  # per token, per label: the best score of labels up to it that end in that label
    for row in rows[1:]:
        score = scores[-1]
        scores.append([max(map(add, score, column)) + emission for column, emission in zip(into, row)])
    path = [max(range(n), key=scores[-1].__getitem__)]
    for score in reversed(scores[:-1]):
        path.append(_best_into(score, into[path[-1]]))
    return [labels[i] for i in reversed(path)]


def _best_into(score: list[float], column: list[float]) -> int:
    """The label whose *score* and transition (*column*: the transitions into the next token's label) add up
    to most; the first of equals. Only the labels of the best path are asked (on the way back from the last
    token), where the forward pass of :func:`viterbi` would find it for every label of every token."""
    candidates = list(map(add, score, column))
    return candidates.index(max(candidates))


@cache
def default_model() -> RoleModel:
    source = resources.files(__package__).joinpath("data", "role_model.json")
    return RoleModel(kept("role-model", [source], lambda: RoleModel(json.loads(source.read_text(encoding="utf-8"))).as_read()))


def spans(labels: list[str], kind: str) -> list[tuple[int, int]]:
    """Token spans labelled ``B-kind I-kind …``."""
    found, start = [], None
    for i, label in enumerate(labels + ["O"]):
        if label == "I-" + kind and start is not None:
            continue
        if start is not None:
            found.append((start, i))
            start = None
        if label in ("B-" + kind, "I-" + kind):
            start = i
    return found


def _text(sentence: str, offsets: list[tuple[int, int]], span: tuple[int, int]) -> str:
    """The words of the tokens *span* as printed (*offsets*: :attr:`Parsed.offsets`)."""
    start, _ = offsets[span[0]]
    last_start, end = offsets[span[1] - 1]
    if sentence[end:end + 1] == "." and sentence[last_start:end].lower() in ABBREVIATIONS:
        end += 1  # 'Sample Co.': the full stop of an abbreviation is part of it
    return sentence[start:end]


def _nearest(found: list[tuple[int, int]], name: tuple[int, int]) -> tuple[int, int] | None:
    if not found:
        return None
    return min(found, key=lambda s: s[0] - name[1] if s[0] >= name[1] else name[0] - s[1])


def marks(parsed: Parsed, span: tuple[int, int], other_names: tuple[str, ...] = (),
          prior: tuple[str | None, str | None] = (None, None)) -> dict[int, list[str]]:
    """Per token, what else is known of it: part of another person's name ('other_name'); inside the
    title or institution the rules read for this person (*prior*; 'rule=T', 'rule=I')."""
    found: dict[int, list[str]] = {}
    for other in other_names:
        at = parsed.span_of(other)
        if at and not (at[0] < span[1] and span[0] < at[1]):
            for i in range(*at):
                found.setdefault(i, []).append("other_name")
    for value, kind in zip(prior, "TI"):
        at = _printed_near(parsed, value, span) if value else None
        for i in range(*at) if at else ():
            found.setdefault(i, []).append("rule=" + kind)
    return found


def _printed_near(parsed: Parsed, value: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Token span of *value* in the sentence nearest the name *span*."""
    wanted = [w.lower() for w in _words(value)]
    size = len(wanted)
    starts = _runs(parsed.lowered, wanted)
    if not starts:
        return None
    best = min(starts, key=lambda i: span[0] - i - size if i + size <= span[0] else i - span[1])
    return best, best + size


def sentence_role(parsed: Parsed | str, name: str, model: RoleModel | None = None,
                  other_names: tuple[str, ...] = (), prior: tuple[str | None, str | None] = (None, None),
                  margin: float | None = None) -> tuple[str | None, str | None] | None:
    """(title, institution) that the sentence prints for the person *name*; None if it does not name them."""
    parsed = Parsed(parsed) if isinstance(parsed, str) else parsed
    span = parsed.span_of(name)
    if span is None:
        return None
    labels, lo = (model or default_model()).tag(parsed, span, marks(parsed, span, other_names, prior), margin)
    local = (span[0] - lo, span[1] - lo)
    title, institution = _nearest(spans(labels, "T"), local), _nearest(spans(labels, "I"), local)
    offsets = parsed.offsets[lo:] if title or institution else []
    return clean_role(_text(parsed.sentence, offsets, title) if title else None,
                      _text(parsed.sentence, offsets, institution) if institution else None)


def article_roles(sentence_texts: list[str], names: list[str], model: RoleModel | None = None,
                  priors: dict[str, tuple[str | None, str | None]] | None = None
                  ) -> dict[str, tuple[str | None, str | None]]:
    """For each person of *names*, the role printed with their name in the article's sentences: the
    first title printed with an institution (with two roles, the one paired with the institution),
    else the first title and the first institution. Only the first :data:`READ` sentences that
    print a name are read for it. A person whose role is never printed beside their name is left out.

    *priors* are the rules' readings (name -> (title, institution)); the tagger sees where each is
    printed (:func:`marks`) and learned how far to trust it."""
    parsed: dict[int, Parsed] = {}
    roles = {}
    priors = priors or {}
    for name in names:
        others = tuple(n for n in names if n != name)
        surname, found = name.split()[-1], []
        for i, sentence in enumerate(sentence_texts):
            if surname not in sentence:
                continue
            if i not in parsed:
                parsed[i] = Parsed(sentence)
            role = sentence_role(parsed[i], name, model, others, priors.get(name, (None, None)), MARGIN)
            if role is None:
                continue
            found.append(role)
            if role[0] and role[1] or len(found) == READ:
                break
        found = [f for f in found if f[0] or f[1]]
        paired = [f for f in found if f[0] and f[1]]
        if paired:
            roles[name] = paired[0]
        elif found:
            roles[name] = (next((f[0] for f in found if f[0]), None), next((f[1] for f in found if f[1]), None))
    return roles


def sentence_texts(body: str, read: Reading | None = None) -> list[str]:
    """The sentences of *body* as printed (cut where :func:`.sentences.reading` cuts them): what the tagger reads."""
    return [body[s.start:s.end] for s in (read or reading(body)).sentences]


def with_learned_roles(body: str, speakers: dict, model: RoleModel | None = None, read: Reading | None = None) -> dict:
    """*speakers* (coreference's, by attribution) with each named person's title and institution as
    :func:`article_roles` reads them beside the rules' reading; a person it reads no role for keeps
    the rules'. The pipeline's stage, when asked for (``extract_text(..., roles=True)``)."""
    priors = {m.name: (m.title, m.institution) for m in speakers.values() if m.kind == "person" and not m.anonymous}
    if not priors:
        return speakers
    texts = sentence_texts(body, read)
    roles = article_roles(texts, sorted(priors), model, priors)
    return {key: replace(m, **dict(zip(("title", "institution"), _combined(body, roles[m.name], m))))
            if m.kind == "person" and not m.anonymous and m.name in roles else m
            for key, m in speakers.items()}


def _combined(body: str, learned: tuple[str | None, str | None], rules) -> tuple[str | None, str | None]:
    """The tagger's (title, institution); where it read one of the two and the rules read the same,
    the rules' other half (printed elsewhere: 'the association' … 'VDA President Jane Roe')."""
    title, institution = learned
    if institution and (_no_institution(institution) or _one_of_coordinated(institution, rules.title, rules.institution)) \
            or title and rank_alone(title) and rules.title and not rank_alone(rules.title):
        # (a rank alone, 'Vice Adm.', 'Councillor', where the rules read the role: 'director' of the agency)
        return rules.title, rules.institution
    if title and rules.title and rules.title.lower().endswith(" " + title.lower()) \
            and rules.title.split()[0].lower() in OFFICE_TIME:
        title = rules.title  # ('acting resident coordinator', 'then Health Secretary': when the role was held is printed)
    if title and not institution and _same(title, rules.title):
        institution = rules.institution
    elif institution and not title and _same(institution, rules.institution):
        title = rules.title
    if institution and is_acronym(institution):
        institution = spelled_out_for(body, institution, rules.name) or institution  # 'VDA President': the VDA spelled out
    return title, institution


def _no_institution(institution: str) -> bool:
    """What the tagger may read as an institution that names none: a country, a nationality or a region
    (annotations/README.md), a degree ('MD'), a service with its rank ('Army Gen.'), or words with a span of time
    ('Met Office for 42 years')."""
    return is_place(institution) or institution in DEMONYMS or two_word_demonym(institution) \
        or bool(re.fullmatch(POSTNOMINAL, institution)) or rank_word(institution.split()[-1]) \
        or bool(re.search(r"\s(?:for|since)\s+\d", institution))


def _one_of_coordinated(institution: str, rules_title: str | None, rules_institution: str | None) -> bool:
    """'Former Sample United and Sample City striker', kept whole by the rules as the role of two organisations:
    the tagger's 'Sample City' alone is one of the two, not the person's institution."""
    joined = rf"\band\s+{re.escape(institution)}\b|\b{re.escape(institution)}\s+and\b"
    return not rules_institution and bool(rules_title) and bool(re.search(joined, rules_title))


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b) and a.lower() == b.lower()
