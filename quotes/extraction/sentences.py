"""Quotation marks and sentences: the units the attribution stage reads.

Quotation marks are paired per paragraph (straight and curly; an unclosed mark runs to the end of
its paragraph, as in a quote over several paragraphs; British single marks when the copy uses no
double ones), and sentences are split with quotations kept whole. Every rewrite keeps the length
of the text, so offsets index the article body as printed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from .article import paragraphs
from .lexicon import flagged, longest_first, words

OPENERS = "“„«"


CLOSERS = "”»"


ABBREVIATIONS = words("abbreviations")


@dataclass
class QuoteMarks:
    open: int  # index of the opening mark
    close: int  # index of the closing mark, or the paragraph end when unclosed
    closed: bool


def _is_open_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:" or before in OPENERS) and not after.isspace()


_SINGLE_MARK = re.compile("[‘'’]")


def _single_marks(text: str, start: int, end: int) -> list[QuoteMarks]:
    """‘Single’ quotation marks, for copy that uses no double ones (British style).

    An apostrophe is also ’, so a closing mark must touch punctuation: ‘We will win,’ or
    ‘win’. - never the possessive in 'the players’ union'.
    """
    marks: list[QuoteMarks] = []
    open_at = None
    for found in _SINGLE_MARK.finditer(text, start, end):  # only the marks, not every character
        i = found.start()
        ch = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if ch in "‘'" and (before.isspace() or before in "([—–-") and (after.isalnum() if ch == "‘" else after.isupper()):
            if open_at is None:
                open_at = i
        elif ch in "’'" and open_at is not None and (before in ",.?!…" or after in ",.;:?!)" or i + 1 == end):
            marks.append(QuoteMarks(open_at, i, True))
            open_at = None
    # an unclosed mark runs to the paragraph's end when it opens the paragraph or follows a colon
    # ('Mancini said: ‘He is in Italy today and his knee is okay.')
    if open_at is not None and (open_at == start or text[start:open_at].rstrip().endswith(":")) \
            and end - open_at > 20:
        marks.append(QuoteMarks(open_at, end, False))
    return marks


def _singles_as_doubles(body: str) -> str:
    """Rewrite paired single marks as “ ” (one character each, so offsets hold)."""
    chars = list(body)
    for p_start, p_end in paragraphs(body):
        if _DOUBLE.search(body, p_start, p_end):
            continue  # a paragraph with double marks uses them
        for q in _single_marks(body, p_start, p_end):
            chars[q.open] = "“"
            if q.closed:
                chars[q.close] = "”"
    return "".join(chars)


_MARK = re.compile("[" + OPENERS + CLOSERS + '"]')


_RUN_ON = re.compile(r"[.?!…]\s+$")


def pair_quotes(text: str, start: int, end: int) -> list[QuoteMarks]:
    """Quotation marks of one paragraph, paired in one pass."""
    marks: list[QuoteMarks] = []
    open_at = None
    for found in _MARK.finditer(text, start, end):  # only the marks, not every character
        i = found.start()
        ch = text[i]
        if ch in OPENERS or (ch == '"' and _is_open_straight(text, i)):
            if open_at is not None and ch == '"':
                marks.append(QuoteMarks(open_at, i, True))  # '"x"y' - take it as a close
                open_at = None
                continue
            if open_at is not None and text[open_at] in OPENERS and _RUN_ON.search(text, open_at, i):
                # '“I’m hoping to win. “The swing is on. …': paragraphs of one quote run together, each
                # opening mark starting a paragraph whose close is left out (as over paragraphs)
                marks.append(QuoteMarks(open_at, i, False))
            open_at = i
        elif ch in CLOSERS and open_at is None and _is_open_straight(text, i):
            open_at = i  # 'Most viral outbreaks ”are controllable,”': a closing mark typed for an opening one
        elif ch in CLOSERS or ch == '"':
            if open_at is not None:
                marks.append(QuoteMarks(open_at, i, True))
                open_at = None
    if open_at is not None and (end - open_at > 20 or end - open_at > 8
                                and (open_at == start or _BEFORE_A_QUOTE.search(text, start, open_at))):
        marks.append(QuoteMarks(open_at, end, False))
    return marks


# The small words a name of a work may hold in lower case ('“Meet the Press”', '“Face the Nation”').
_NAME_WORDS = frozenset({"a", "an", "and", "&", "at", "for", "in", "of", "on", "the", "to"})


def names_a_work(text: str, quote: QuoteMarks) -> bool:
    """'on “The Sample Show” podcast', '“Meet the Press” host Jane Roe': closed marks round one to five capitalised
    words (and the small words of a name), with no stop, comma or colon inside, name a show, a book or a campaign;
    they quote nobody."""
    if not quote.closed:
        return False
    words = text[quote.open + 1:quote.close].split()
    return 0 < len(words) <= 5 and words[0][:1].isupper() and words[-1][-1:].isalnum() \
        and all(w[:1].isupper() or w in _NAME_WORDS for w in words)


# An unclosed mark opening its paragraph or after a colon or 'said,': a quote over paragraphs however short its first
# ('he said: “I hope so, yes.'), not a stray mark.
_BEFORE_A_QUOTE = re.compile(r"(?::|\bsaid,)\s*\Z")


# (a stop then a space, an opening curly mark printed against the stop: 'in the region.“This ratio …', or a
# capital printed against a closing curly mark: '… a paleo-precipitation proxy.”Using X-ray …', or against the stop
# after a word: '… Notre Dame experts said.In past elections …')
_BOUNDARY = re.compile(r"[.?!]+([\"”’)]*)(?:\s+(?=[\"“‘(]?[A-Z0-9])|(?=“[A-Z])|(?<=”)(?=[A-Z])|(?<=[a-z][a-z][.?!])(?=[A-Z][a-z]))")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
# A source and its reporting verb after a quote closed by '?' or '!' ('“We need a fix!” Jane Roe said to
# People.'), up to the sentence's stop: the tag of the quote, in its sentence, not a sentence of its own.
_TAG_AFTER_QUOTE = re.compile(r"(?:[A-Z][\w.’'-]*)(?:\s+[\w.’'-]+){0,4}?\s+(?:"
                              + "|".join(longest_first(flagged("speech_verbs", "cue")))
                              + r")(?:\s+(?!that\b)[\w’'-]+){0,8}?\s*[.,]")


def split_sentences(text: str, start: int, end: int, quotes: list[QuoteMarks]) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph; a boundary inside a quotation does not count."""
    inside = [(q.open, q.close) for q in quotes]
    spans, pos = [], start
    for match in _BOUNDARY.finditer(text[start:end]):
        cut = start + match.end(1) - 1  # the last mark before the space
        if any(a < cut < b for a, b in inside):
            continue
        cut = start + match.start()
        # the word the stop ends (the piece from the sentence start ends with the stop: never empty, no space last)
        token = text[pos:cut + 1].rsplit(None, 1)[-1].lower().rstrip(".").lstrip("(\"“")
        if token in ABBREVIATIONS or _INITIALS.fullmatch(token):
            continue  # an abbreviation or initials ('J.', 'J.T. Wang')
        if text[cut] in "?!" and match.group(1)[:1] in ("”", "\"") and _TAG_AFTER_QUOTE.match(text, start + match.end(), end):
            continue
        spans.append((pos, start + match.end()))
        pos = start + match.end()
    if pos < end:
        spans.append((pos, end))
    return spans


def mask_quotes(text: str, start: int, end: int, quotes: list[QuoteMarks]) -> str:
    """The sentence with quoted words blanked out, so verbs inside quotes are not cues."""
    masked = text[start:end]
    for q in quotes:
        a, b = max(q.open + 1, start) - start, min(q.close, end) - start
        if a < b:
            masked = masked[:a] + _NOT_SPACE.sub("x", masked[a:b]) + masked[b:]
    return masked


_NOT_SPACE = re.compile(r"\S")


_DOUBLE = re.compile(r"[“”\"]")
_DOUBLED_APOSTROPHES = re.compile(r"(?<!['’‘])(?:''|’’|‘‘)(?!['’‘])")
_BRITISH_QUOTE = re.compile(r"(?:^|\s)'[A-Z][^'\n]{3,}[,.?!]'")


def _normalise_marks(body: str) -> str:
    """Some copy writes a double quotation mark as two apostrophes, straight or curly ('' ’’ ‘‘):
    make it '"', keeping offsets."""
    if "''" not in body and "’’" not in body and "‘‘" not in body:
        return body

    def mark(match):
        i = match.start()
        before = body[i - 1] if i else " "
        after = body[i + 2] if i + 2 < len(body) else " "
        return ' "' if (before.isspace() or before in "([—–-") and not after.isspace() else '" '
    return _DOUBLED_APOSTROPHES.sub(mark, body)


# 'NEW YORK — ', 'MINNEAPOLIS (WCCO) -- ', 'LONDON, Aug 24 (Reuters) - ', '(The Hill) - ', 'Harare| ': where
# the story was filed, never part of what anyone said.
DATELINE = re.compile(r"(?:[A-Z][A-Z.'’]+(?:[ ,]+[A-Z][\w.'’]*){0,4}(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
                      r"(?:\([^()\n]{1,40}\)\s*)?|\([A-Z][^()\n]{1,40}\)\s*)(?:--|[—–-])\s+"
                      r"|[A-Z][\w.'’]+(?:\s+[A-Z][\w.'’]+){0,2}\s*\|\s*")


# 'KUALA LUMPUR: ': a dateline with a colon, opening the first paragraph only (later, capitals and a colon may
# be a transcript's speaker: 'TAPPER: …').
_COLON_DATELINE = re.compile(r"[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}:\s+(?=[A-Z])")
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")


def _dateline_end(body: str, p_start: int, p_end: int, first: bool = False) -> int:
    """Where a paragraph's text starts after a dateline (its start when there is none)."""
    match = DATELINE.match(body, p_start, p_end) or (_COLON_DATELINE.match(body, p_start, p_end) if first else None)
    if match and (_TWO_CAPITALS.match(body[p_start:p_start + 2]) or body[p_start] == "(" or match.group(0).rstrip().endswith("|")):
        return match.end()
    return p_start


def _normalise_dashes(body: str) -> str:
    """Typewriter ' -- ' is a dash: make it ' — ' plus a space, keeping offsets."""
    return body.replace(" -- ", " —  ") if " -- " in body else body


@dataclass
class Sentence:
    """One sentence of the (normalised) body, the quotation marks touching it and its paragraph."""

    start: int
    end: int
    quotes: list[QuoteMarks]
    paragraph: int


def normalise(body: str) -> str:
    """The body as the attribution stage reads it: '' and -- made marks and dashes, British single
    marks made double when the copy has no double ones. Same length, so offsets hold."""
    body = _normalise_dashes(_normalise_marks(body))
    if "‘" in body or not _DOUBLE.search(body) and _BRITISH_QUOTE.search(body):
        body = _singles_as_doubles(body)  # British style: ‘…’ are the quotation marks (where no “…” are)
    return body


def sentences(body: str) -> list[Sentence]:
    """The sentences of a normalised body, in order; a dateline opening one of the first paragraphs is skipped."""
    result: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs(body)):
        p_start = _dateline_end(body, p_start, p_end, p_index == 0) if p_index < 3 else p_start
        quotes = pair_quotes(body, p_start, p_end)
        first = 0
        for s_start, s_end in split_sentences(body, p_start, p_end, quotes):
            while first < len(quotes) and quotes[first].close < s_start:
                first += 1
            local = []
            for q in quotes[first:]:
                if q.open >= s_end:
                    break
                local.append(q)
            result.append(Sentence(s_start, s_end, local, p_index))
    return result


class Reading(NamedTuple):
    """An article body as the stages read it: normalised (:func:`normalise`, same length, so offsets hold) and
    cut into :func:`sentences`, once an article for the attribution stage and the role tagger both."""

    text: str
    sentences: list[Sentence]


def reading(body: str) -> Reading:
    """*body* normalised and cut into sentences; the marks round the name of a work (:func:`names_a_work`) are
    blanked, so that the stages read 'said Jane Roe on “The Sample Show”' as 'on The Sample Show'."""
    text = normalise(body)
    found = sentences(text)
    works = [q for s in found for q in s.quotes if names_a_work(text, q)]
    if not works:
        return Reading(text, found)
    chars = list(text)
    for q in works:
        chars[q.open] = chars[q.close] = " "
    for s in found:
        s.quotes = [q for q in s.quotes if q not in works]
    return Reading("".join(chars), found)


def sentence_before(read: Reading, offset: int) -> tuple[int, int] | None:
    """(start, end) of the sentence before the one *offset* lies in (or follows), None at the first."""
    k = bisect_right(read.sentences, offset, key=lambda s: s.start) - 1
    return (read.sentences[k - 1].start, read.sentences[k - 1].end) if k >= 1 else None
