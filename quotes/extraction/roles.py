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
``annotations/README.md``, "Roles read by the tagger").
:func:`article_roles` gives each person the role printed in the first sentence that prints one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache
from importlib import resources

from .coreference import spelled_out_for
from .lexicon import flagged
from .mentions import ABBREVIATIONS, COUNTRIES, DEMONYMS, FUNCTION_WORDS, HONORIFICS, MONTHS_DAYS, ORG_HEADS, \
    ORG_WORDS, clean_role, is_acronym, is_place, is_title_word, person_noun
from .sentences import Reading, reading

LABELS = ("O", "B-T", "I-T", "B-I", "I-I")
WINDOW = 25  # tokens on either side of a name that are tagged
READ = 4  # sentences printing a person's name read for their role
# How far (in model score) the tagger's best labels must outscore the rules' reading to overrule it;
# chosen on articles neither the rules nor the tagger were built on (annotations/README.md).
MARGIN = 5.0
CACHE_SIZE = 1 << 17  # sums of groups of features kept per model (RoleModel._summed)
# 'Asan's' -> 'Asan' + "'s"; "O'Neill", 'U.S', 'al-Badri', 'AT&T' stay one token; punctuation apart.
_TOKEN = re.compile(r"[’']s\b|\w+(?:[&.\-]\w+|['’](?!s\b)\w+)*|[^\w\s]")
_QUOTES = set("\"“”")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """The tokens of *text* with their character offsets (plus *offset*)."""
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


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


def _distance(d: int) -> str:
    return str(d) if d <= 3 else "4-5" if d <= 5 else "6-9" if d <= 9 else "10+"


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
        self.commas, self.quotes, self.verbs, self.relatives = [0], [0], [0], [0]
        for w, lower, f in zip(self.texts, self.lowered, self.flags):
            self.commas.append(self.commas[-1] + (w in ",;:()—–-"))
            self.quotes.append(self.quotes[-1] + (w in _QUOTES))
            self.verbs.append(self.verbs[-1] + ("verb" in f))
            self.relatives.append(self.relatives[-1] + (lower in ("who", "which", "whose")))
        self._features: dict[int, list[str]] = {}
        self._spans: dict[str, tuple[int, int] | None] = {}
        self.emissions: dict[int, dict[int, list[float]]] = {}  # per model, per token

    @cached_property
    def tokens(self) -> list[Token]:
        """The tokens with their offsets (made on first use: most sentences need only their texts)."""
        return tokenize(self.sentence)

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
        extra = ("ch=" + self.chains[i],) if self.chains[i] else ()
        if i + 1 < len(texts) and texts[i + 1] in ("'s", "’s"):
            extra += ("poss",)
        before = set(self.lowered[max(0, i - 4):i])
        extra += tuple("when=" + w for w in sorted(before & _ROLE_TIMES))
        if extra:
            parts.append(extra)
        for k, tag in ((-1, "p"), (1, "n"), (-2, "pp"), (2, "nn")):
            j = i + k
            parts.append(_neighbour_features(tag, texts[j]) if 0 <= j < len(texts) else (tag + "edge",))
        return parts

    def relative(self, name: tuple[int, int], marks: dict[int, list[str]] | None = None, lo: int = 0,
                 hi: int | None = None) -> list[list[str]]:
        """Features of the tokens *lo* to *hi* as seen from the person whose name is ``tokens[name[0]:name[1]]``,
        with the *marks* of :func:`marks` (other people's names, the rules' reading of the role)."""
        a, b = name
        marks = marks or {}
        out = []
        for i in range(lo, len(self.texts) if hi is None else hi):
            if a <= i < b:
                feats = ["name", "chB=N"] if self.chains[i] else ["name"]
            else:
                side = "L" if i < a else "R"
                x, y = (i + 1, a) if i < a else (b, i)  # the tokens between this one and the name
                dist = _distance(a - i if i < a else i - b + 1)
                feats = ["d=" + side + dist, "c=" + side + str(min(self.commas[y] - self.commas[x], 2)),
                         "sd=" + side + dist + self.shapes[i]] + ["sf=" + side + f for f in self.flags[i]]
                if self.quotes[y] - self.quotes[x]:
                    feats.append("q=" + side)
                if self.verbs[y] - self.verbs[x]:
                    feats.append("v=" + side)
                if self.relatives[y] - self.relatives[x]:
                    feats.append("rel=" + side)
                if self.chains[i]:
                    feats.append("chB=" + side)
            feats += marks.get(i, ())
            if a <= i - 1 < b:
                feats.append("pname")
            if a <= i + 1 < b:
                feats.append("nname")
            out.append(feats)
        return out


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
    """The CRF's weights: per feature a weight per label, and label-to-label transitions."""

    def __init__(self, data: dict):
        self.labels = tuple(data["labels"])
        self.transitions = data["transitions"]
        self.weights = {feature: [per.get(label, 0.0) for label in self.labels]
                        for feature, per in data["features"].items()}
        # :meth:`_sum_of` kept for the groups of features that recur (a word's own, a neighbour's, a token's
        # as seen from a name: :meth:`_static_emission`, :meth:`_relative_emission`), the least recent
        # dropped past CACHE_SIZE (a 5 MB article holds many words).
        self._summed = lru_cache(maxsize=CACHE_SIZE)(self._sum_of)

    def as_json(self) -> dict:
        return {"labels": list(self.labels), "transitions": self.transitions,
                "features": {f: {label: w for label, w in zip(self.labels, per) if w}
                             for f, per in sorted(self.weights.items())}}

    def _emission(self, features) -> list[float]:
        """Per label, the sum of the weights of *features* (0.0 each when the model has none of them)."""
        return self._sum_of(features) or [0.0] * len(self.labels)

    def _relative_emission(self, features: list[str]) -> list[float]:
        """:meth:`_emission` of a token's features as seen from a name (:meth:`Parsed.relative`): few
        combinations recur across tokens, names and articles, so each is summed once."""
        return self._summed(tuple(features)) or [0.0] * len(self.labels)

    def _static_emission(self, parsed: Parsed, i: int) -> list[float]:
        """:meth:`_emission` of ``parsed.features(i)``, added up by groups (:meth:`Parsed.static_parts`):
        the sum of each group is kept (a word's own features, a neighbour's), so a token costs a few
        additions. The order of the additions differs from one sum over the list, so a score may
        differ in its last bits; the extractions do not (checked over the annotated corpus)."""
        sums = [self._summed(part) for part in parsed.static_parts(i)]
        sums = [s for s in sums if s]
        return [sum(column) for column in zip(*sums)] if sums else [0.0] * len(self.labels)

    def _sum_of(self, features) -> list[float]:
        """Per label, the sum of the weights of *features* ([] when the model has none of them)."""
        weights = self.weights
        return [sum(column) for column in zip(*(weights[f] for f in features if f in weights))]

    def tag(self, parsed: Parsed, name: tuple[int, int], marks: dict[int, list[str]] | None = None,
            margin: float | None = None) -> tuple[list[str], int]:
        """The most probable labels (Viterbi) of the tokens of :func:`window` around the name, and
        the index of the window's first token. What does not depend on the name is summed once a sentence.

        With a *margin*, the rules' reading (the ``rule=`` marks) stands unless the best labels score
        more than *margin* above it and mend it (:func:`_mends`): the tagger overrules the rules only
        where it is sure, and only on the words of the role they read."""
        static = parsed.emissions.setdefault(id(self), {})
        lo, hi = window(parsed, name)
        rows = []
        for i, relative in zip(range(lo, hi), parsed.relative(name, marks, lo, hi)):
            if i not in static:
                static[i] = self._static_emission(parsed, i)
            rows.append([x + y for x, y in zip(static[i], self._relative_emission(relative))])
        best = viterbi(rows, self.transitions, self.labels)
        if margin is not None:
            ruled = rules_labels(marks or {}, lo, hi)
            if self.score(rows, best) - self.score(rows, ruled) <= margin or not _mends(best, ruled, parsed.texts[lo:hi]):
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


def rules_labels(marks: dict[int, list[str]], lo: int, hi: int) -> list[str]:
    """The labels of tokens *lo* to *hi* that the rules' reading marks (``rule=T``, ``rule=I``)."""
    labels = []
    for i in range(lo, hi):
        kind = next((m[-1] for m in marks.get(i, ()) if m.startswith("rule=")), None)
        labels.append("O" if kind is None else ("I-" if labels and labels[-1][-1:] == kind else "B-") + kind)
    return labels


def viterbi(rows: list[list[float]], transitions: list[list[float]], labels: tuple[str, ...]) -> list[str]:
    """The label sequence of highest total score of per-token *rows* and label-to-label *transitions*."""
    if not rows:
        return []
    n = len(labels)
    into = [[transitions[i][j] for i in range(n)] for j in range(n)]  # per label, the transitions into it
    score, back = rows[0][:], []
    for row in rows[1:]:
        pointers, new = [], []
        for column, emission in zip(into, row):
            best, best_score = 0, score[0] + column[0]
            for i in range(1, n):
                candidate = score[i] + column[i]
                if candidate > best_score:
                    best, best_score = i, candidate
            pointers.append(best)
            new.append(best_score + emission)
        back.append(pointers)
        score = new
    path = [max(range(n), key=score.__getitem__)]
    for pointers in reversed(back):
        path.append(pointers[path[-1]])
    return [labels[i] for i in reversed(path)]


@cache
def default_model() -> RoleModel:
    data = resources.files(__package__).joinpath("data", "role_model.json").read_text(encoding="utf-8")
    return RoleModel(json.loads(data))


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


def _text(sentence: str, tokens: list[Token], span: tuple[int, int]) -> str:
    first, last = tokens[span[0]], tokens[span[1] - 1]
    end = last.end
    if sentence[end:end + 1] == "." and last.text.lower() in ABBREVIATIONS:
        end += 1  # 'Sample Co.': the full stop of an abbreviation is part of it
    return sentence[first.start:end]


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
    tokens = parsed.tokens[lo:] if title or institution else []
    return clean_role(_text(parsed.sentence, tokens, title) if title else None,
                      _text(parsed.sentence, tokens, institution) if institution else None)


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
    if institution and (is_place(institution) or _one_of_coordinated(institution, rules.title, rules.institution)):
        return rules.title, rules.institution  # a country or region is no institution (annotations/README.md)
    if title and not institution and _same(title, rules.title):
        institution = rules.institution
    elif institution and not title and _same(institution, rules.institution):
        title = rules.title
    if institution and is_acronym(institution):
        institution = spelled_out_for(body, institution, rules.name) or institution  # 'VDA President': the VDA spelled out
    return title, institution


def _one_of_coordinated(institution: str, rules_title: str | None, rules_institution: str | None) -> bool:
    """'Former Sample United and Sample City striker', kept whole by the rules as the role of two organisations:
    the tagger's 'Sample City' alone is one of the two, not the person's institution."""
    joined = rf"\band\s+{re.escape(institution)}\b|\b{re.escape(institution)}\s+and\b"
    return not rules_institution and bool(rules_title) and bool(re.search(joined, rules_title))


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b) and a.lower() == b.lower()
