"""Draft records from news articles: ``quotes extract ARTICLE...``.

:func:`extract_text` finds every attributed statement in an article body (see
:mod:`quotes.attribution`), resolves its speaker (:mod:`quotes.speaker_mentions`), and types the
claim (:mod:`quotes.claim_type`), giving the hedge of a prediction a probability on a yardstick
(:mod:`quotes.yardsticks`). :func:`extract_article` wraps that for one :class:`~quotes.article.Article`;
:func:`to_json` and :func:`to_yaml` render the result, and :func:`write_into` files it into a
collection as ``review: draft`` records.

Everything is rules and lexicons: no model, no download, linear time in the article's length.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, field, replace

from .article import Article, paragraphs, parse_article
from .attribution import find_attributions
from .claim_type import claim_type, find_hedge, stated_probability
from .speaker_mentions import NAME_RE, Mention, Resolver
from .yardsticks import DEFAULT_YARDSTICK, load_yardstick, probability_of

MAX_BODY_CHARS = 6_000_000
# A news article is a few thousand characters. Longer bodies (a whole feed pasted as one file)
# are read in windows cut at paragraph breaks: names are resolved within a window, which keeps
# the work linear in the length of the text.
WINDOW_CHARS = 100_000
CONTINUATION_PARAGRAPHS = 2  # an unattributed quote continues a speaker quoted this recently


@dataclass
class ExtractedQuote:
    """One drafted statement; ``start``/``end`` are offsets into the article body.

    ``probability`` is the number the speaker gave ("a 95% chance") when there is one
    (``stated_probability`` is then True), else the reading of ``hedge`` on the yardstick
    (ICD 203 midpoints by default; see :mod:`quotes.yardsticks`), else None.
    """

    text: str
    form: str
    speaker: str
    anonymous: bool
    title: str | None
    institution: str | None
    claim_type: str
    hedge: str | None
    probability: float | None
    via: str | None
    start: int
    end: int
    speaker_kind: str = "person"
    source_start: int | None = None  # the words naming the source, as printed at this statement
    source_end: int | None = None
    cue: str = ""
    stated_probability: bool = False  # the speaker gave the number; else it is the yardstick's
    yardstick: str = DEFAULT_YARDSTICK

    JSON_FIELDS = ("text", "form", "speaker", "anonymous", "title", "institution", "claim_type", "hedge",
                   "probability", "via", "start", "end")

    def as_dict(self) -> dict:
        """The fields of ``--format json``."""
        return {key: getattr(self, key) for key in self.JSON_FIELDS}


@dataclass
class Extraction:
    source: dict
    quotes: list[ExtractedQuote] = field(default_factory=list)
    body: str = ""
    path: str | None = None

    def as_dict(self) -> dict:
        return {"source": self.source, "quotes": [q.as_dict() for q in self.quotes]}


def extract_text(body: str, yardstick: str = DEFAULT_YARDSTICK) -> list[ExtractedQuote]:
    """Attributed statements in an article body, in text order.

    :param body: the article text, paragraphs separated by blank lines.
    :param yardstick: name of the yardstick for hedge probabilities (see :data:`quotes.yardsticks.YARDSTICKS`).
    """
    if not body or not body.strip():
        return []
    if len(body) > MAX_BODY_CHARS:
        raise ValueError(f"article body of {len(body)} characters is over the limit of {MAX_BODY_CHARS}")
    scale = load_yardstick(yardstick)
    found: list[ExtractedQuote] = []
    for offset, window in windows(body, WINDOW_CHARS):
        for quote in _extract_window(window, scale, yardstick):
            found.append(replace(quote, start=quote.start + offset, end=quote.end + offset,
                                 source_start=None if quote.source_start is None else quote.source_start + offset,
                                 source_end=None if quote.source_end is None else quote.source_end + offset))
    return found


def windows(body: str, size: int):
    """(offset, text) pieces of ``body`` of about ``size`` characters, cut after a blank line."""
    start = 0
    while len(body) - start > size:
        cut = body.rfind("\n\n", start, start + size)
        cut = cut + 2 if cut > start else start + size
        yield start, body[start:cut]
        start = cut
    yield start, body[start:]


def _extract_window(body: str, scale, yardstick: str) -> list[ExtractedQuote]:
    resolver = Resolver(body)
    resolved: list[tuple[object, Mention]] = []
    attributions = find_attributions(body)
    # Resolve in the order the sources are printed.
    for att in sorted((a for a in attributions if a.mention is not None), key=lambda a: a.mention.start):
        resolved.append((att, resolver.resolve(att.mention)))
    by_att = {id(att): mention for att, mention in resolved}
    for i, att in enumerate(attributions):
        if id(att) not in by_att:
            mention = _continued_speaker(attributions, i, by_att)
            if mention is not None:
                by_att[id(att)] = mention  # a chain of quoted paragraphs stays with its speaker
    described = _named_later(body, attributions, by_att)
    roles = resolver.roles()
    for name, title in described.items():
        if roles.get(name, (None, None)) == (None, None):
            roles[name] = (title, None)  # 'A former coach of Roger Federer' … 'Paul Annacone claims'

    out: list[ExtractedQuote] = []
    for att in attributions:
        mention = by_att.get(id(att))
        if mention is None:
            continue
        if mention.kind == "person" and mention.name in roles:
            title, institution = roles[mention.name]
            mention = replace(mention, title=title, institution=institution)
        elif mention.kind == "organization":
            mention = replace(mention, name=resolver.expand_acronym(mention.name))
        text = body[att.start:att.end]
        ctype = claim_type(text, att.cue)
        hedge = find_hedge(text) if ctype == "prediction" else None
        probability = stated_probability(text) if ctype == "prediction" else None
        stated = probability is not None
        if probability is None and hedge:
            probability = probability_of(hedge, scale)
        out.append(ExtractedQuote(
            text=text, form=att.form, speaker=mention.name, anonymous=mention.anonymous or mention.kind == "anonymous",
            title=mention.title if mention.kind == "person" else None,
            institution=mention.institution if mention.kind == "person" else None,
            claim_type=ctype, hedge=hedge, probability=probability, via=att.via, start=att.start, end=att.end,
            speaker_kind=mention.kind, source_start=att.mention.start if att.mention else None,
            source_end=att.mention.end if att.mention else None, cue=att.cue,
            stated_probability=stated, yardstick=yardstick))
    return _dedupe(out)


# Unnamed sources that stay unnamed: 'a senior official said' is not the next person the story names.
_KEEP_UNNAMED = {"official", "source", "person", "insider", "diplomat", "officer", "aide", "spokesman",
                 "spokeswoman", "spokesperson", "resident", "witness", "member", "employee", "lawmaker"}
_LEAD_DESCRIPTOR = re.compile(r"(?:an?|the\s+[\w-]+[’']s|one\s+of\s+(?:the|his|her|its|their)\s+(?:[\w-]+[’']s\s+)?)"
                              r"\s*(?:[\w’'-]+\s+){0,4}([a-z-]+)(?:\s+(?:on|for|in)\s+[\w\s-]{3,40})?$", re.I)


def _named_later(body: str, attributions, by_att) -> dict[str, str]:
    """A lead's 'a nationally renowned expert says …' is the person the next paragraph names,
    when that person speaks later in the article. Returns the roles those descriptions give."""
    described: dict[str, str] = {}
    speakers = {m.name: m for m in by_att.values() if m.kind == "person" and len(m.name.split()) > 1}
    if not speakers:
        return described
    spans = paragraphs(body)
    for att in attributions:
        mention = by_att.get(id(att))
        if mention is None or mention.kind not in ("anonymous", "definite") or att.paragraph + 1 >= len(spans):
            continue
        kind = _description_kind(mention.text.strip(), att.paragraph)
        if kind is None:
            continue
        start, end = spans[att.paragraph + 1]
        named = NAME_RE.search(body, start, end)
        person = named and next((m for name, m in speakers.items()
                                 if name.split()[-1] == named.group(1).split()[-1].rstrip("’'s")), None)
        if person is None or kind in ("unnamed", "office") and not _same_institution(mention.text, person.institution):
            continue  # 'the head of the IMF' is not whoever the next paragraph names
        by_att[id(att)] = replace(person, text=mention.text, start=mention.start, end=mention.end)
        role = re.match(r"(?:a|an)\s+(.+)$", mention.text.strip(), re.I)
        if role and kind != "unnamed":
            described.setdefault(person.name, role.group(1))
    return described


def _description_kind(text: str, paragraph: int) -> str | None:
    """'office' ('The director of the … Institute', anywhere) and 'unnamed' ('a WHO official', in the
    lead): the next person named, if of that institution; 'lead' ('a renowned expert'): the next person."""
    if re.match(r"the\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:of|at|for)\s+(?:the\s+)?[A-Z]", text, re.I):
        return "office"
    head = _LEAD_DESCRIPTOR.fullmatch(text)
    if paragraph > 1 or not head:
        return None
    if head.group(1).lower().rstrip("s") in _KEEP_UNNAMED:
        return "unnamed"
    if head.group(1).endswith("s") and not text.lower().startswith("one of"):
        return None  # a group, unless 'One of the government's advisers'
    return "lead"


def _same_institution(text: str, institution: str | None) -> bool:
    """Does 'a World Health Organisation official' name the institution 'WHO' (or 'World Health Organisation')?"""
    if not institution:
        return False
    caps = [re.sub(r"[’']s$", "", w) for w in re.findall(r"[A-Z][\w&’'-]*", text) if w not in ("A", "An", "The", "One")]
    initials = "".join(w[0] for w in institution.split() if w[0].isupper())
    return bool(caps) and (institution in " ".join(caps) or "".join(w[0] for w in caps) == institution
                           or len(initials) > 1 and initials in caps)  # 'the NIH's institute' / 'National Institutes of Health'


def _continued_speaker(attributions, i, by_att) -> Mention | None:
    att = attributions[i]
    for prior in reversed(attributions[:i]):
        if prior.paragraph == att.paragraph and id(prior) in by_att and prior.start < att.start:
            return by_att[id(prior)]
    for later in attributions[i + 1:]:
        if later.paragraph != att.paragraph:
            break
        if id(later) in by_att:
            return by_att[id(later)]
    for prior in reversed(attributions[:i]):
        if att.paragraph - prior.paragraph > CONTINUATION_PARAGRAPHS:
            break
        if id(prior) in by_att:
            return by_att[id(prior)]
    return None


def _dedupe(quotes: list[ExtractedQuote]) -> list[ExtractedQuote]:
    """Drop a statement nested in one already kept (a quote inside a mixed span)."""
    kept: list[ExtractedQuote] = []
    for q in sorted(quotes, key=lambda q: (q.start, -(q.end - q.start))):
        if kept and q.start < kept[-1].end:
            continue
        kept.append(q)
    return kept


def extract_article(article: Article | str, yardstick: str = DEFAULT_YARDSTICK) -> Extraction:
    """Extract one article (an :class:`Article` or its raw text)."""
    if isinstance(article, str):
        article = parse_article(article)
    return Extraction(source=source_metadata(article), quotes=extract_text(article.body, yardstick),
                      body=article.body, path=article.path)


def source_metadata(article: Article) -> dict:
    meta = article.meta
    published = _date(meta.get("published"))
    authors = meta.get("authors")
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.replace(" and ", ";").split(";") if a.strip()]
    return {"url": meta.get("url"), "outlet": meta.get("outlet"), "title": meta.get("title"),
            "published": published.isoformat() if published else None, "authors": authors or [],
            "language": "en"}


def _date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def to_json(extraction: Extraction) -> str:
    """``--format json``: {"source": {...}, "quotes": [...]}."""
    return json.dumps(extraction.as_dict(), ensure_ascii=False, indent=2)


def extract_files(paths, yardstick: str = DEFAULT_YARDSTICK):
    """Yield ``(path, extraction, error)`` for each file; a file that cannot be read gives its error.

    Empty files, binary files and pages without text yield an empty extraction or a clear
    :class:`~quotes.article.ArticleError` message; nothing raises.
    """
    from .article import ArticleError, read_article

    for path in paths:
        try:
            article = read_article(path)
            if not article.body.strip():
                raise ArticleError(f"{path}: no article text found")
            yield path, extract_article(article, yardstick), None
        except (ArticleError, ValueError) as error:
            yield path, None, str(error)


# YAML rendering and filing into a collection live in extract_yaml.py.
from .extract_yaml import to_yaml, write_into  # noqa: E402,F401

__all__ = ["ExtractedQuote", "Extraction", "extract_text", "extract_article", "to_json", "to_yaml",
           "write_into", "asdict"]
