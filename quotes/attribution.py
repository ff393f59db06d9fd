"""Find attributed statements in an article body: direct quotes, indirect and mixed speech.

Rule-based and linear in the length of the text: quotation marks are paired per paragraph
(straight and curly; an unclosed mark runs to the end of its paragraph, as in a quote over several
paragraphs), sentences are split with quotes kept whole, and each sentence is searched for a speech
verb with its source before ("Choi said (that) …") or after ("…,” said Choi Kang, director of …",
"…, Choi said.") the content, or for "according to". A quoted sentence without a verb continues the
speaker before it. Speakers come out as unresolved :class:`~quotes.speaker_mentions.Mention` s;
:mod:`quotes.extract` resolves them in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .article import paragraphs
from .speaker_mentions import ROLE_NOUNS, STOP_CAPS, TITLE_WORDS, Mention, is_title_word, parse_mention

OPENERS = "“„«"
CLOSERS = "”»"

# Speech and stated-view verbs. Forms that are also common nouns ('reports', 'notes', 'claims')
# only count with 'that' after them (see _NOUNISH).
_VERBS = """
claims say says said saying tell tells told add adds added warn warns warned argue argues argued predict predicts
predicted forecast forecasts forecasted expect expects expected believe believes believed think thinks thought
note noted stress stressed insist insists insisted claim claimed estimate estimated suggest suggests suggested
explain explains explained acknowledge acknowledges acknowledged admit admits admitted announce announces
announced confirm confirms confirmed declare declares declared agree agrees agreed caution cautions cautioned
maintain maintains maintained contend contends contended concede concedes conceded reckon reckons reckoned
projected write writes wrote reported stated emphasised emphasized emphasises emphasizes indicated indicates
revealed reveals hinted hints signalled signaled observed concluded concludes pledged vowed vows promised
feared fears hoped hopes doubts doubted asserted asserts alleged alleges tweeted posted recalled recalls
continued continues predicted told asked replied responded countered pointed projected announced forecasted
explained worries worried acknowledged calculated calculates anticipate anticipates anticipated disclosed discloses assured assures backed backs tipped tips insist explain argue warn claim
""".split()
_NOUNISH = {"claims", "reports", "notes", "states", "estimates", "forecasts", "hopes", "fears", "doubts",
            "promises", "pledges", "signals", "stresses", "projects", "posted", "continued", "continues",
            "worries", "hints", "vows", "expected", "recalls", "indicates", "asked", "reveals"}
# Verbs that report a view as well as speech: only before their content.
_PREPOSED_ONLY = {"backed", "backs", "tipped", "tips", "expect", "expects", "expected", "believe", "believes", "believed", "think", "thinks",
                  "thought", "agree", "agrees", "agreed", "fears", "feared", "hopes", "hoped", "doubts",
                  "doubted", "worries", "worried", "anticipate", "anticipates", "anticipated", "pledged", "vowed", "vows",
                  "promised", "forecast", "forecasts", "forecasted", "predict", "predicts", "projected",
                  "estimated", "calculated", "calculates", "announced", "confirmed", "revealed", "indicated",
                  "indicates", "signalled", "signaled", "hinted", "hints", "posted", "assured", "assures"}
_INFINITIVE_VERBS = {"backed", "backs", "tipped", "tips", "expect", "expects", "expected", "predict", "predicts", "predicted", "forecast",
                     "forecasts", "forecasted", "projected", "pledged", "vowed", "vows", "promised"}
VERB_RE = re.compile(r"\b(" + "|".join(sorted(set(_VERBS), key=len, reverse=True)) + r")\b(?:\s+(?:out|back)\b)?")
ACCORDING_RE = re.compile(r"\b[Aa]ccording to\s+")
AUX_TAIL = re.compile(r"(?:\s+(?:has|have|had|also|even|both|all|too|previously|later|again|recently|further|then|once|"
                      r"separately|additionally|earlier|repeatedly|has\s+long|would|will|reportedly|"
                      r"publicly|privately|firmly|strongly|still|now|already|often|widely|generally|"
                      r"clearly|just|last\s+week|on\s+\w+day|[a-z]+ly))+\s*$")
# Adverbials between a verb and its content: 'said on Wednesday that', 'told Reuters'.
ADVERBIAL = re.compile(
    r"^\s*(?:(?:on|last|this|early|late|earlier|in|at|during|to|via|over|from|through|before|after|for|in\s+an?)\b"
    r"[^,.;“”\"]{0,80}?\s+)?that\b|"
    r"^\s*(?:on\s+\w+day|\w+day|yesterday|today|last\s+\w+|this\s+\w+|earlier|recently|privately|publicly|"
    r"in\s+(?:a|an|his|her|its|their)\s+(?:\w+\s+){0,2}(?:statement|interview|report|note|speech|email|"
    r"release|briefing|post|tweet|letter|video|podcast|conference|call|appearance)"
    r"(?:\s+(?:to|with|on)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)?"
    r"(?:\s+(?:provided|sent|released|emailed|issued|given|obtained|posted)\s+(?:to|by|on)\s+(?:the\s+)?[\w.’'-]+"
    r"(?:\s+[A-Z][\w.’'-]*)*)?|"
    r"at\s+an?\s+(?:\w+\s+){0,3}(?:conference|briefing|event|meeting|hearing|rally|summit|forum))(?=[\s,])")
TOLD_OBJECT = re.compile(r"^\s*(?:(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*|reporters|journalists|"
                         r"lawmakers|investors|clients|students|viewers|listeners|the\s+\w+(?:\s+\w+)?|"
                         r"me|us|him|her|them|an?\s+\w+(?:\s+\w+)?)(?=[\s,])")
CUT = re.compile(r"(?:,|\s[-—–])\s*(?:but|and)\s+(?:also\s+|now\s+|later\s+)?(?:" + "|".join(sorted(set(_VERBS), key=len, reverse=True)) +
                 r")\b|,?\s+(?:while|whereas)\s+(?=[^;“”\"\n]{3,80}?\s(?:said|says|told|added|warned|cautioned|argued|noted|insisted|predicted)\b)|"
                 r",\s+without\s+\w+ing\b|,\s+(?:becoming|marking)\b|,\s+(?:the|a|an)\s+(?:latest|first|second|third|last|newest|\w+est)\s+(?:in|of|sign|warning|such)\b|,\s+even\s+(?:though|if|as)\b|,?\s+(?:referring|adding|citing|having|noting|saying|pointing|arguing|warning|explaining|"
                 r"according)\b|,\s+(?:he|she|they|it|we)\s+(?:said|says|added|told|noted|argued|warned)\b|"
                 r"\s+[—–]\s+|;\s")
_AND_VERB = re.compile(r"^\s*(?:,|\s[-—–])?\s*(?:but|and)\s+(?:also\s+|now\s+|later\s+)?(" +
                       "|".join(sorted(set(_VERBS), key=len, reverse=True)) + r")\b\s*(?:that\b\s*)?")
ADDING = re.compile(r"^\s*,?\s*(?:and\s+)?(?:adding|noting|saying|arguing|warning|explaining|stressing)\b\s*(?:that\b\s*)?:?\s*")
VIA = re.compile(r"\s+(?:quoted|cited)\s+(?:by|in)\s+(?:the\s+)?([A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*)\s*$")
FINITE = re.compile(r"\b(is|are|was|were|be|been|will|would|could|can|should|may|might|must|has|have|had|"
                    r"do|does|did|won[’']t|\w+ed|need|needs|seems?|remains?|means?|wants?|goes|makes?|looks?|gets?|says?|shows?|appears?|plans?)\b|\bto\s+\w+|n[’']t\b|"
                    r"\w[’'](?:s|re|ll|ve|d|m)\b|\b(?:came|went|took|made|got|gave|saw|knew|found|became|left|felt|brought|began|"
                    r"kept|held|stood|heard|meant|met|ran|paid|spoke|led|grew|lost|fell|sent|built|drew|broke|spent|"
                    r"rose|chose|won|fought|sold|struck|caught|threw|thought|told|said|wrote|lies|faces|holds|"
                    r"remains?|seems?|needs?|wants?|knows?|thinks?|believes?|expects?|continues?|exists?|sees?|has|gets?|"
                    r"takes?|gives?|comes?|goes|rises?|falls?|grows?|leads?|works?|keeps?|helps?|shows?|puts?|"
                    r"confirms?|suggests?|indicates?|signals?|proves?|reflects?|stays?|stands?|risks?|costs?|"
                    r"points?\s+to|turns?\s+into|depends?|matters?|lacks?|offers?|poses?|raises?|drives?)\b", re.I)
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "jr",
                 "sr", "prof", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
                 "dec", "inc", "corp", "co", "ltd", "u.s", "u.k", "e.g", "i.e", "etc", "approx", "fig", "mt",
                 "ft", "rev", "hon", "adm", "cmdr", "brig", "maj", "pres", "supt", "det", "insp", "u.n"}


@dataclass
class QuoteMarks:
    open: int  # index of the opening mark
    close: int  # index of the closing mark, or the paragraph end when unclosed
    closed: bool


@dataclass
class Attribution:
    start: int
    end: int
    form: str  # direct | indirect | mixed
    mention: Mention | None  # None: continues the previous speaker
    cue: str
    via: str | None = None
    paragraph: int = 0


def _is_open_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:" or before in OPENERS) and not after.isspace()


def _single_marks(text: str, start: int, end: int) -> list[QuoteMarks]:
    """‘Single’ quotation marks, for copy that uses no double ones (British style).

    An apostrophe is also ’, so a closing mark must touch punctuation: ‘We will win,’ or
    ‘win’. - never the possessive in 'the players’ union'.
    """
    marks: list[QuoteMarks] = []
    open_at = None
    for i in range(start, end):
        ch = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if ch in "‘'" and (before.isspace() or before in "([—–-") and (after.isalnum() if ch == "‘" else after.isupper()):
            if open_at is None:
                open_at = i
        elif ch in "’'" and open_at is not None and (before in ",.?!…" or after in ",.;:?!)" or i + 1 == end):
            marks.append(QuoteMarks(open_at, i, True))
            open_at = None
    if open_at is not None and open_at == start and end - open_at > 20:
        marks.append(QuoteMarks(open_at, end, False))
    return marks


def _singles_as_doubles(body: str) -> str:
    """Rewrite paired single marks as “ ” (one character each, so offsets hold)."""
    chars = list(body)
    for p_start, p_end in paragraphs(body):
        for q in _single_marks(body, p_start, p_end):
            chars[q.open] = "“"
            if q.closed:
                chars[q.close] = "”"
    return "".join(chars)


def pair_quotes(text: str, start: int, end: int) -> list[QuoteMarks]:
    """Quotation marks of one paragraph, paired in one pass."""
    marks: list[QuoteMarks] = []
    open_at = None
    skip = -1
    for i in range(start, end):
        if i <= skip:
            continue
        ch = text[i]
        if ch in OPENERS or (ch == '"' and _is_open_straight(text, i)):
            if open_at is not None and ch == '"':
                marks.append(QuoteMarks(open_at, i, True))  # '"x"y' - take it as a close
                open_at = None
                continue
            open_at = i
        elif ch in CLOSERS or ch == '"':
            if open_at is not None:
                marks.append(QuoteMarks(open_at, i, True))
                open_at = None
    if open_at is not None and end - open_at > 20:
        marks.append(QuoteMarks(open_at, end, False))
    return marks


def split_sentences(text: str, start: int, end: int, quotes: list[QuoteMarks]) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph; a boundary inside a quotation does not count."""
    inside = [(q.open, q.close) for q in quotes]
    spans, pos = [], start
    for match in re.finditer(r"[.?!]+([\"”’)]*)\s+(?=[\"“‘(]?[A-Z0-9])", text[start:end]):
        cut = start + match.end(1) - 1  # the last mark before the space
        if any(a < cut < b for a, b in inside):
            continue
        cut = start + match.start()
        word = re.search(r"(\S+)$", text[pos:cut + 1])
        if word:
            token = word.group(1).lower().rstrip(".").lstrip("(\"“")
            if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
        spans.append((pos, start + match.end()))
        pos = start + match.end()
    if pos < end:
        spans.append((pos, end))
    return spans


def _masked(text: str, start: int, end: int, quotes: list[QuoteMarks]) -> str:
    """The sentence with quoted words blanked out, so verbs inside quotes are not cues."""
    chars = list(text[start:end])
    for q in quotes:
        for i in range(max(q.open + 1, start), min(q.close, end)):
            if not chars[i - start].isspace():
                chars[i - start] = "x"
    return "".join(chars)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",:;—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",:;—–-"):
        b -= 1
    return a, b


def _content(text: str, a: int, b: int, quotes: list[QuoteMarks], sentence_end: bool) -> tuple[int, int, str] | None:
    """Trim a content region to the gold conventions and say its form."""
    region_end = b
    a, b = _trim(text, a, b)
    if b <= a:
        return None
    inner = [q for q in quotes if q.open >= a and q.close <= region_end]
    if len(inner) == 1 and inner[0].open == a and (not text[inner[0].close + 1:region_end].strip(" ,.:;—–-")
                                                   or not inner[0].closed):
        q = inner[0]
        s, e = q.open + 1, q.close
        s, e = _trim(text, s, e)
        return (s, e, "direct") if e > s else None
    partial = [q for q in quotes if q.open < b and q.close > a]
    if partial:
        # Mixed: drop a trailing ',”' (comma and closing mark go together).
        if b >= 2 and text[b - 1] in CLOSERS + '"' and text[b - 2] == ",":
            b -= 2
        elif text[b - 1] in CLOSERS + '"' and text[b - 2] not in ".?!":
            pass
        if sentence_end and text[b - 1] == "." and text[b - 2:b] != "..":
            b -= 1
        a, b = _trim(text, a, b)
        return (a, b, "mixed") if b > a else None
    if sentence_end and text[b - 1] in ".!":
        b -= 1
    a, b = _trim(text, a, b)
    if a < b and text[a:a + 5] == "that ":  # 'That will …' opening a sentence is no complementiser
        a += 5
    lead = _LEADING_CONNECTIVE.match(text[a:b])
    if lead and lead.end() < b - a:
        a += lead.end()
    return (a, b, "indirect") if b > a else None


def _subject_before(text: str, floor: int, verb_start: int) -> tuple[Mention | None, int]:
    """The source named right before a verb: (mention, where its phrase starts)."""
    left = text[floor:verb_start]
    left = re.sub(r"[’'](?:ve|d|ll|s)(\s+(?:long|also|even|already|just|now|not|never))*\s*$", " ", left) \
        if re.search(r"\b(?:they|we|you|he|she|it|I)[’'](?:ve|d|ll|s)\b[\w\s]*$", left) else left
    tail = AUX_TAIL.search(left)
    if tail:
        left = left[:tail.start()]
    stripped = left.rstrip()
    if not stripped or stripped[-1] in CLOSERS + '"':
        return None, verb_start  # '“…?” said X': the words before are the quote, not a source
    if stripped.endswith(","):
        parts = stripped[:-1].split(",")
        if len(parts) > 1 and _PARTY_TAG.fullmatch(parts[-1]):
            # 'Sen. Chuck Schumer, D-N.Y.,' - party and state are no role
            stripped = ",".join(parts[:-1]).rstrip()
    if stripped.endswith(","):
        parts = stripped[:-1].split(",")
        while len(parts) > 2 and re.fullmatch(r"\s*\d{1,3}\s*", parts[-1]):
            parts.pop()  # 'Mr. Smith, 54,' - an age is no role
        parts = [p for i, p in enumerate(parts) if i == 0 or not re.fullmatch(r"\s*\d{1,3}\s*", p)]
        if len(parts) >= 2 and (re.match(r"\s*(?:[a-z]|(?:One|A|An|The|His|Her|Its|Their)\s)", parts[-2])
                                or parts[-2].split() and parts[-2].split()[-1].lower() in TITLE_WORDS
                                or len(parts) == 2 and any(is_title_word(w) for w in parts[-2].split()[:8])) \
                and re.fullmatch(r"\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}\s*", parts[-1]):
            # 'One of his advisers, Tad Devine, told …': the name, with the role before it.
            np_start = floor + sum(len(p) + 1 for p in parts[:-1])
            role = _after_boundary(parts[-2] + " ")
            mention = parse_mention(parts[-1], role, np_start + len(parts[-1]) - len(parts[-1].lstrip()))
            if mention is not None and mention.kind == "person":
                return mention, floor + len(stripped[:-1]) - len(",".join(parts[-2:])) + len(parts[-2]) - len(role)
        # 'Cheong Seong-chang, director of … Institute, said': name, then appositive.
        for k in range(len(parts) - 2, -1, -1):
            np_text = parts[k]
            if re.match(r"\s*(?:[a-z]|(?:A|An|The)\s)", np_text) and not re.match(r"\s*(?:while|but|whereas|and|as)\s", np_text):
                continue  # an appositive itself, not the name
            appos = ",".join(parts[k + 1:])
            first = appos.strip().split(" ", 1)[0] if appos.strip() else ""
            if not first or not (first[0].islower() or first in ("A", "An", "The")):
                if not (first[:1].isupper() and re.search(r"\s[a-z]", appos.strip())):
                    continue
            np_start = floor + sum(len(p) + 1 for p in parts[:k])
            mention = parse_mention(_after_boundary(np_text), appos, np_start + len(np_text) - len(_after_boundary(np_text)))
            if mention is not None and mention.kind in ("person", "organization", "definite"):
                if appos.strip():
                    mention.end = floor + len(stripped) - 1  # the source's words include its appositive
                return mention, np_start
        return None, verb_start
    np_text = _after_boundary(stripped)
    np_start = floor + len(stripped) - len(np_text)
    mention = parse_mention(np_text, None, np_start)
    if mention is not None and mention.kind == "person" and not mention.title:
        titled = _title_before_comma(stripped[:len(stripped) - len(np_text)], np_text)
        if titled is not None:
            mention = replace(mention, title=titled)
    rel = re.search(r"^(.*\S)\s+(?:who|that)(?:\s+[^,;:]*)?$", stripped)
    if mention is None and rel:
        # 'Officials who spoke with The Post said' - the source is before 'who': the longest
        # phrase ending there that names one ('other security officials in the region').
        words = rel.group(1).split(" ")
        for i in range(max(0, len(words) - 8), len(words)):
            head = " ".join(words[i:])
            candidate = parse_mention(head, None, floor + len(rel.group(1)) - len(head))
            if candidate is not None and candidate.kind in ("person", "organization", "anonymous"):
                candidate.relative = True
                return candidate, floor + len(rel.group(1)) - len(head)
    return mention, np_start


def _title_before_comma(left: str, name: str) -> str | None:
    """'Former Manchester United midfielder, Paul Ince has said': a role opening the sentence, then
    a comma, then the name."""
    if not left.rstrip().endswith(",") or "," in left.rstrip()[:-1]:
        return None
    role = left.rstrip()[:-1].strip()
    words = role.split()
    if 2 <= len(words) <= 8 and words[-1].lower() in TITLE_WORDS and words[0] not in STOP_CAPS \
            and len(name.split()) >= 2:
        return role
    return None


_PARTY_TAG = re.compile(r"\s*[DRI]-[A-Z][A-Za-z.]{0,10}\s*")


_SUBORDINATORS = "while but whereas as because although though after when since if so where which who that".split()
# Clause boundaries before a source; '(WHO)' and 'WHO Director-General' are names, not 'who'.
_CLAUSE_BOUNDARY = re.compile(r"(?<!\d),|,(?!\d)|[;:”\"]|\((?![A-Z]{2,6}\))|\s[—–-]\s|(?<!\S)(?:" +
                              "|".join(w + "|" + w.capitalize() for w in _SUBORDINATORS) + r")\s")


def _after_boundary(left: str) -> str:
    """The last clause of *left*: the source of 'Kim slammed the drills, while Choe declared …' is Choe."""
    cut = 0
    for match in _CLAUSE_BOUNDARY.finditer(left):
        cut = match.end()
    piece = left[cut:]
    # 'and' joins speakers ('Ukraine and Russia') unless a clause precedes it.
    match = list(re.finditer(r"\sand\s", piece))
    if match and not re.match(r"^\s*[A-Z]", piece):
        piece = piece[match[-1].end():]
    return piece.strip()


def _subject_after(text: str, a: int, b: int) -> tuple[Mention | None, int]:
    """Source after an inverted verb: '…,” said Choi Kang, acting president of …' -> (mention, end)."""
    region = text[a:b]
    m = re.match(r"\s*((?:[^,.;“”\"]|(?<=\b[A-Z])\.|(?<=\bDr)\.|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bMrs)\.|(?<=\bSt)\.|"
                 r"(?<=\bGen)\.|(?<=\bSen)\.|(?<=\bRep)\.|(?<=\bGov)\.|(?<=\bProf)\.)+?)"
                 r"(?=\s*(?:,|\.\s*$|$|\s+(?:in|on|at|during)\s+(?:a|an|the|\w+day)\b))", region)
    if not m:
        return None, a
    np_text = m.group(1).strip()
    np_start = a + m.start(1)
    rest = region[m.end():]
    appos = None
    rest_stripped = rest.lstrip(" ,")
    if rest.startswith(",") and rest_stripped and not ADDING.match(rest):
        # Appositive runs to the end of the sentence or to ', adding'.
        cut = re.search(r",\s*(?:adding|noting|saying|who|which|in\s+a|and)\b|[“\"]", rest_stripped)
        appos = rest_stripped[:cut.start()] if cut else rest_stripped
        appos = appos.rstrip(" .")
    mention = parse_mention(np_text, appos, np_start)
    if mention is None:
        return None, a
    end = a + m.end()
    if appos:
        end = a + m.end() + (len(rest) - len(rest_stripped)) + len(appos)
        mention.end = end
    return mention, end


def _normalise_marks(body: str) -> str:
    """ASCII copy writes a double quotation mark as two apostrophes: make it '"', keeping offsets."""
    if "''" not in body:
        return body

    def mark(match):
        i = match.start()
        before = body[i - 1] if i else " "
        after = body[i + 2] if i + 2 < len(body) else " "
        return ' "' if (before.isspace() or before in "([—–-") and not after.isspace() else '" '
    return re.sub(r"(?<!')''(?!')", mark, body)


# 'NEW YORK — ', 'MINNEAPOLIS (WCCO) -- ', 'LONDON, Aug 24 (Reuters) - ', '(The Hill) - ': where the
# story was filed, never part of what anyone said.
DATELINE = re.compile(r"(?:[A-Z][A-Z.'’]+(?:[ ,]+[A-Z][\w.'’]*){0,4}(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
                      r"(?:\([^()\n]{1,40}\)\s*)?|\([A-Z][^()\n]{1,40}\)\s*)(?:--|[—–-])\s+")


def _dateline_end(body: str, p_start: int, p_end: int) -> int:
    """Where a paragraph's text starts after a dateline (its start when there is none)."""
    match = DATELINE.match(body, p_start, p_end)
    if match and (re.match(r"[A-Z]{2}", body[p_start:p_start + 2]) or body[p_start] == "("):
        return match.end()
    return p_start


def _normalise_dashes(body: str) -> str:
    """Typewriter ' -- ' is a dash: make it ' — ' plus a space, keeping offsets."""
    return body.replace(" -- ", " —  ") if " -- " in body else body


def find_attributions(body: str) -> list[Attribution]:
    """All attributions in *body*, in text order; mentions unresolved. Offsets index *body*."""
    body = _normalise_dashes(_normalise_marks(body))
    if not re.search(r"[“”\"]", body) and ("‘" in body or re.search(r"(?:^|\s)'[A-Z][^'\n]{3,}[,.?!]'", body)):
        body = _singles_as_doubles(body)  # British style: ‘…’ are the quotation marks
    results: list[Attribution] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs(body)):
        p_start = _dateline_end(body, p_start, p_end) if p_index < 3 else p_start
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
            results.extend(_sentence(body, s_start, s_end, local, p_index))
    results.sort(key=lambda r: r.start)
    return results


MAX_SENTENCE = 3000  # longer 'sentences' are lists or debris: only whole quotes are taken from them
WINDOW = 400  # how far before a verb its source may start, and after it an inverted source may run


def _sentence(text: str, s_start: int, s_end: int, all_quotes: list[QuoteMarks], p_index: int) -> list[Attribution]:
    quotes = [q for q in all_quotes if q.open < s_end and q.close >= s_start]
    if s_end - s_start > MAX_SENTENCE:
        return _unattributed_quotes(text, s_start, s_end, quotes, [], p_index)
    masked = _masked(text, s_start, s_end, quotes)
    found: list[Attribution] = []
    consumed_until = s_start  # content already taken

    pending_via = None

    def add(region, mention, cue, via=None):
        if region is None:
            return
        via = via or pending_via
        a, b, form = region
        if b - a < 2:
            return
        words = text[a:b].split()
        if form == "direct" and len(words) <= 5 and all(w[:1].isupper() or w in ("the", "of", "and", "&", "a", "in", "on")
                                                        for w in words):
            return  # '“Meet the Press”' names a show
        if form != "direct" and _POLL_FIGURE.match(text, a, b):
            return  # 'Nearly 85 percent of attendees polled said …' is a poll figure
        that = re.search(r"\bthat\s*$", text[max(0, a - 6):a])
        if form == "indirect" and (len(words) < 3 or not (that or FINITE.search(text[a:b]))) \
                or form == "mixed" and len(words) < 3:
            return
        found.append(Attribution(a, b, form, mention, cue, via, p_index))

    def via_of(mention):
        if mention is None:
            return mention, None
        return mention, getattr(mention, "via", None)

    # 'According to X, CONTENT' and 'CONTENT, according to X'
    for acc in ACCORDING_RE.finditer(masked):
        a0 = s_start + acc.start()
        np_a = s_start + acc.end()
        comma = masked.find(",", acc.end())
        before = text[s_start:a0]
        if _POLL.match(text, np_a, s_end):
            consumed_until = s_end  # poll figures are no one's statement
            break
        marked = re.search(r"[,”\"]\s*$", before)
        bare_clause = len(before.split()) >= 5 and FINITE.search(before)  # '… could cost her the election according to …'
        if before.strip(" ,") and (marked or bare_clause):
            mention, _ = _subject_after(text, np_a, s_end)
            if mention is None and marked:
                mention = _named_by_according(text[np_a:s_end], np_a)
            mention, via = via_of(mention)
            if mention:
                add(_content(text, max(s_start, consumed_until), a0, quotes, False), mention, "according to", via)
                consumed_until = s_end
        elif comma != -1:
            np_text = text[np_a:s_start + comma]
            mention = parse_mention(np_text, None, np_a) or _named_by_according(np_text, np_a)
            mention, via = via_of(mention)
            if mention and _speaker_opens(text, masked, s_start, s_start + comma + 1):
                # 'According to Football London, the striker believes …': the outlet relays it.
                pending_via = mention.name if mention.kind in ("organization", "person") else None
                consumed_until = s_start + comma + 1
                break
            if mention:
                add(_content(text, s_start + comma + 1, s_end, quotes, True), mention, "according to", via)
                consumed_until = s_end
    if consumed_until >= s_end:
        return found
    if not quotes and consumed_until == s_start:
        final = _closing_attribution(text, masked, s_start, s_end)
        if final is not None:
            # 'Professionals expect X, and few believe Y, a report said Thursday.': the closing source
            # said all of it; the views inside are its content.
            mention, np_start, word = final
            mention, via = via_of(mention)
            add(_content(text, s_start, np_start, quotes, False), mention, word, via)
            return found

    last_subject = None
    for verb in VERB_RE.finditer(masked):
        v_start, v_end = s_start + verb.start(), s_start + verb.end()
        if v_start < consumed_until:
            continue
        word = verb.group(1)
        left_raw = text[s_start:v_start]
        after = text[v_end:s_end]
        floor = max(consumed_until, v_start - WINDOW)
        mention, np_start = _subject_before(text, floor, v_start)
        before_np = text[floor:np_start]
        # Post-posed, inverted: '…,” said Choi Kang, …' / '…, said the expert.'
        if re.search(r"[,”\"]\s*$", left_raw) and word not in _PREPOSED_ONLY and word not in ("saying",) \
                and mention is None:
            inverted, np_end = _subject_after(text, v_end, min(s_end, v_end + WINDOW))
            if inverted is not None:
                region = _content(text, consumed_until, v_start, quotes, False)
                inverted, via = via_of(inverted)
                add(region, inverted, word, via)
                consumed_until = _after_attribution(text, np_end, s_end, quotes, inverted, word, add)
                continue
        # Post-posed: '…, Choi said.' / '…,” he said, adding …'
        if mention is not None and word not in _PREPOSED_ONLY and re.search(r"[,”\"—–]\s*$", before_np) \
                and before_np.strip(" ,”\"") and _ends_attribution(text, v_end, s_end, word in ("told", "tells", "tell")) \
                and not _PARTICIPLE.match(text[floor:np_start].strip()) \
                and not (re.match(r"\s*(?:[:“]|,?\s*\"|that\b)", after)
                         and not any(consumed_until <= q.open < np_start for q in quotes)):
            mention, via = via_of(mention)
            region = _content(text, consumed_until, np_start, quotes, False)
            add(region, mention, word, via)
            consumed_until = _after_attribution(text, v_end, s_end, quotes, mention, word, add)
            continue
        shared = False
        if mention is None and (_SHARED_SUBJECT.search(text[floor:v_start])
                                or word in _PARTICIPLE_CUES and (re.search(r",\s*$", text[floor:v_start])
                                                                  or _QUOTED_AS.search(text[floor:v_start]))):
            # 'NOAA predicted …, but now say …'; 'Clinton reprimanded Trump, saying that …'
            subject = last_subject or _sentence_subject(text, s_start, v_start)
            if subject is not None:
                mention, np_start, shared = subject, v_start, True
        elif mention is not None and (not text[floor:np_start].strip(" ,") or _clause_start_ok(text[floor:np_start])):
            last_subject = mention
        # Pre-posed: 'Choi added that …', 'Choi said: “…”'
        if mention is None or not (shared or mention.relative) and text[floor:np_start].strip(" ,") \
                and not _clause_start_ok(text[floor:np_start]):
            continue
        subordinate = re.search(r"\b(?:when|while|after|before|as|although|though|if|because|since|once|until)\s*$",
                                text[floor:np_start], re.I)
        if word in _NOUNISH and not re.match(r"\s*(?:that\b|:|,?\s*[“\"])", after):
            continue
        c_start = v_end
        if word in ("told", "tell", "tells", "asked"):
            obj = TOLD_OBJECT.match(after)
            far_that = re.match(r"[^,.;:“”\"]{1,100}?\bthat\b", after)
            if far_that and (not obj or far_that.end() > obj.end()):
                c_start += far_that.end()  # 'told members of the executive council that …'
            elif not obj:
                continue
            else:
                c_start += obj.end()
        adv = ADVERBIAL.match(text[c_start:s_end])
        if adv:
            c_start += adv.end()
            if not adv.group(0).rstrip().endswith("that"):
                m_that = re.match(r"\s*,?\s*that\b", text[c_start:s_end])
                if m_that:
                    c_start += m_that.end()
        elif word in _INFINITIVE_VERBS and not re.match(r"\s*(?:that\b|[“\":])", text[c_start:s_end]) \
                and not re.search(r"\bto\s+\w+|\b(?:will|would|could|can|is|are|was|were)\b",
                                  re.split(r"[,;]|\s[-—–]\s", text[c_start:s_end])[0]):
            continue  # 'expects a decline': a noun object only
        if word not in _TO_VERBS and re.match(r"\s*(?:to|against|for|with|of|about)\s", text[c_start:s_end]):
            continue  # 'responded to a request', 'warned of aftershocks': a noun object, no clause
        c_end = s_end
        cut = CUT.search(masked, c_start - s_start)
        if cut:
            c_end = s_start + cut.start()
        if subordinate:
            comma = masked.find(",", c_start - s_start, c_end - s_start)
            if comma != -1:
                c_end = s_start + comma  # 'When the WHO declared that X, it was hailed …'

        mention, via = via_of(mention)
        region = _content(text, c_start, c_end, quotes, c_end == s_end)
        add(region, mention, word, via)
        if region:
            consumed_until = c_end
            if c_end < s_end and (ADDING.match(text[c_end:s_end]) or _AND_VERB.match(text[c_end:s_end])):
                consumed_until = _after_attribution(text, c_end, s_end, quotes, mention, word, add)
        continue

    return found + _unattributed_quotes(text, s_start, s_end, quotes, found, p_index)


def _unattributed_quotes(text, s_start, s_end, quotes, found, p_index) -> list[Attribution]:
    """Quoted sentences with no verb of their own: they continue the speaker before them."""
    result = []
    taken = [(f.start, f.end) for f in found]
    for q in quotes:
        if q.open < s_start or any(a <= q.open + 1 <= b or q.open <= a < q.close for a, b in taken):
            continue
        outside = (text[s_start:q.open] + text[min(q.close + 1, s_end):s_end]).strip(" ,.?!;:—–-”\"")
        if outside:
            continue
        s, e = _trim(text, q.open + 1, q.close)
        if e > s and len(text[s:e].split()) >= 2:
            result.append(Attribution(s, e, "direct", None, "", None, p_index))
    return result


_PARTICIPLE_CUES = {"saying", "arguing", "insisting", "declaring", "warning", "noting", "adding", "explaining",
                    "predicting", "claiming", "stressing", "suggesting", "telling", "acknowledging", "asserting"}


def _sentence_subject(text: str, s_start: int, limit: int) -> Mention | None:
    """The source opening the sentence: 'Hillary Clinton sternly reprimanded Mr. Trump, saying …';
    after a scene-setting phrase: 'At a July meeting …, veteran engineer Gentry Lee expressed doubt … and said …'."""
    intro = re.match(r"\s*(?:At|In|On|During|After|Before|Earlier|Later|Last|This)\b[^,;]{0,150},\s*", text[s_start:limit])
    if intro:
        s_start += intro.end()
    words = re.match(r"\s*((?:[A-Z][\w.’'-]*|of|for|and|the|de|van|von)(?:\s+(?:[A-Z][\w.’'-]*|of|for|and|the|de|van|von))*)",
                     text[s_start:limit])
    if words:
        mention = parse_mention(words.group(1), None, s_start + words.start(1))
        if mention is not None and mention.kind in ("person", "organization", "pronoun", "definite"):
            return mention
    tokens = text[s_start:limit].split()[:6]
    for k in range(len(tokens), 1, -1):  # 'veteran engineer Gentry Lee'
        mention = parse_mention(" ".join(tokens[:k]), None, s_start + len(text[s_start:limit]) - len(text[s_start:limit].lstrip()))
        if mention is not None and mention.kind == "person" and _is_name_end(tokens[k - 1]):
            return mention
    return None


def _is_name_end(token: str) -> bool:
    return token[:1].isupper() and token.rstrip(",").isalpha()


# 'X was quoted Sunday on his ministry's web site (as) saying that …'
_QUOTED_AS = re.compile(r"\b(?:was|were|is|are)\s+(?:also\s+)?(?:quoted|cited)\b[^,.;“”\"]{0,80}?(?:\s+as)?\s*$")
_SHARED_SUBJECT = re.compile(r"(?:,|\s[-—–])?\s*\b(?:but|and)\s+(?:also\s+|now\s+|later\s+|then\s+)?$")
# Verbs whose content may be an infinitive: 'pledged to cut taxes'.
_TO_VERBS = {"pledged", "vowed", "vows", "promised", "agreed", "agrees", "hoped", "hopes", "threatened", "plans",
             "planned", "expects", "expected", "expect", "backed", "backs", "tipped", "tips", "predicted", "forecast"}
# 'Speaking to TalkTV, Clifford said: …' - a participle phrase, not content.
_PARTICIPLE = re.compile(r"^(?:speaking|asked|asking|responding|writing|talking|commenting|testifying|appearing|"
                         r"addressing|interviewed|in\s+(?:a|an|his|her|its|their)\s+\w+$|on\s+\w+day$|last\s+\w+$)\b",
                         re.I)
_LEADING_CONNECTIVE = re.compile(r"^(?:meanwhile|however|but|and|still|yet|so|also|now|indeed|instead|moreover|"
                                 r"furthermore|in\s+addition(?!\s+to)|separately|overall|for\s+now)\b,?\s*", re.I)


# 'according to a survey released Monday': what a poll found is not annotated.
_POLL = re.compile(r"(?:(?:an?|the|this|that|its|their)\s+)?(?:(?:new|recent|latest|monthly|weekly|quarterly|annual|"
                   r"separate)\s+)?(?:survey|poll|polls|polling)\b(?!\s+(?:expert|analyst|director|chief)s?\b)", re.I)
_POLL_FIGURE = re.compile(r"(?:(?:nearly|about|almost|around|some|over|under|only|just)\s+)?\S+\s*(?:%|percent|per\s+cent)"
                          r"\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:polled|surveyed|questioned|respondents|asked)\b", re.I)
_DOCUMENT = re.compile(r"^(?:an?|the)\s+(?:(?:new|recent|latest|separate|forthcoming)\s+)?(?:report|study|survey|analysis|"
                       r"poll|statement|filing|note|paper|estimate|forecast)s?\s+(?:from|by|of)\s+", re.I)


def _named_by_according(phrase: str, start: int) -> Mention | None:
    """Sources 'according to' names that are no person: 'a recent report from Bloomberg New Energy Finance',
    'FEC filings', 'HuffPost Pollster’s polling average'."""
    phrase = re.split(r"[.;]\s|,\s+(?:which|who|a|an|the)\s", phrase.strip())[0].rstrip(" .,")
    if not phrase or len(phrase.split()) > 10 or "“" in phrase or '"' in phrase:
        return None
    doc = _DOCUMENT.match(phrase)
    if doc:
        phrase, start = phrase[doc.end():], start + doc.end()
        named = parse_mention(phrase, None, start)
        if named is not None:
            return named
    caps = any(w[:1].isupper() for w in phrase.split())
    return Mention(phrase, re.sub(r"^(?:the|The)\s+", "", phrase), "organization" if caps else "anonymous",
                   anonymous=not caps, start=start, end=start + len(phrase))


def _speaker_opens(text: str, masked: str, s_start: int, at: int) -> bool:
    """Does the clause starting at *at* open with its own source and speech verb?"""
    verb = VERB_RE.search(masked, at - s_start)
    if not verb or verb.start() + s_start - at > 120:
        return False
    mention, np_start = _subject_before(text, at, s_start + verb.start())
    # 'the current number believed affected …' is a reduced passive, not a source speaking
    if mention is None or text[at:np_start].strip(" ,"):
        return False
    return mention.kind != "definite" or mention.name.split()[-1].lower() in TITLE_WORDS | ROLE_NOUNS


_CLOSING_REST = re.compile(r"\s*(?:(?:on\s+)?\w+day|last\s+\w+|earlier|yesterday|today|in\s+an?\s+\w+(?:\s+\w+)?)?\s*[.!?]?\s*$")


def _closing_attribution(text: str, masked: str, s_start: int, s_end: int):
    """A sentence closed by '…, <source> said (Thursday).' whose content itself reports views
    ('expect', 'believe'): (mention, where the source starts, verb), else None."""
    verbs = list(VERB_RE.finditer(masked))
    if len(verbs) < 2:
        return None
    last = verbs[-1]
    word = last.group(1)
    if word in _PREPOSED_ONLY or not _CLOSING_REST.fullmatch(text, s_start + last.end(), s_end):
        return None
    v_start = s_start + last.start()
    mention, np_start = _subject_before(text, s_start, v_start)
    if mention is None or not re.search(r",\s*$", text[s_start:np_start]) \
            or not any(v.group(1) in _PREPOSED_ONLY for v in verbs[:-1]):
        return None
    return mention, np_start, word


def _clause_start_ok(prefix: str) -> bool:
    """What may precede a source at the start of a clause: 'But', 'On Monday,', 'In a statement,'."""
    prefix = prefix.strip()
    return bool(re.search(r"(?:^|[,;:]|\b(?:but|and|while|whereas|as|because|although|though|after|when|"
                          r"since|if|so|that|where|which|who))$", prefix, re.I))


def _ends_attribution(text: str, v_end: int, s_end: int, told: bool = False) -> bool:
    """After '…, Choi said' only the end of the sentence, adverbials, an object or more content may come."""
    rest = text[v_end:s_end].strip()
    if not rest or rest[0] in ".,;:!?—–" or rest[0] in OPENERS + '"':
        return True
    if re.match(r"(?:on|in|at|last|this|during|earlier|later|yesterday|today|\w+day|in\s+an?|and|but|also|then|"
                r"[a-z]+ly|via|through|during|while|when|after|before|as|from|to|of|about|over|by|with|outside|inside)\b", rest):
        return True
    return told and bool(re.match(r"(?:[A-Z][\w.]*|the|a|an|reporters|journalists|me|us|him|her|them)\b", rest))


def _after_attribution(text, pos, s_end, quotes, mention, word, add) -> int:
    """After '…, he said' comes the sentence end, ', adding …', or the rest of a split quote."""
    rest = text[pos:s_end]
    more = _AND_VERB.match(rest) or ADDING.match(rest)
    if more:  # '… to win the title - and predicted Spurs to finish second'
        add(_content(text, pos + more.end(), s_end, quotes, True), mention,
            more.group(1) if more.re is _AND_VERB else "adding")
        return s_end
    # skip adverbials and objects: 'told Reuters on Tuesday'
    m = re.match(r"[^,“\"]*?(?=,|[“\"]|[.?!]\s*$|$)", rest)
    offset = pos + (m.end() if m else 0)
    rest = text[offset:s_end]
    more = _AND_VERB.match(rest)
    if more:
        c_start = offset + more.end()
        add(_content(text, c_start, s_end, quotes, True), mention, more.group(1))
        return s_end
    adding = ADDING.match(rest)
    if adding:
        add(_content(text, offset + adding.end(), s_end, quotes, True), mention, "adding")
        return s_end
    m = re.match(r"\s*[,:]?\s*(?=[“\"])", rest)
    if m:
        add(_content(text, offset + m.end(), s_end, quotes, True), mention, word)
        return s_end
    m = re.match(r"\s*,\s*(?=\S)(?!\w+ing\b|who\b|which\b|as\b|in\b|on\b|at\b|after\b|before\b|during\b|when\b|while\b|"
                 r"asked\b|pressed\b|told\b|interviewed\b|quoted\b|according\b|referring\b|citing\b)", rest)
    if m and len(rest.split()) > 3:
        add(_content(text, offset + m.end(), s_end, quotes, True), mention, word)
        return s_end
    return offset
