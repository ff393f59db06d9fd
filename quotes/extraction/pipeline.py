"""The extractor's pipeline: the stages in order, for one article body.

1. :mod:`.sentences` — quotation marks and sentences;
2. :mod:`.attribution` — statements, their form and the words naming their source;
3. :mod:`.mentions` — those words parsed into name, title, institution and kind;
4. :mod:`.coreference` — who each source refers to, backward and forward;
5. :mod:`.roles` — a learned tagger's corrections of each named person's title and institution
   (by default; ``roles=False``, ``quotes extract --rules-roles``, keeps the rules' reading);
6. :mod:`.claims` — the claim type, a prediction's hedge and its probability on a yardstick
   (:mod:`quotes.yardsticks`).

:func:`extract_article` wraps that for one :class:`~.article.Article` (read by :mod:`.article`),
:func:`to_json` renders the result; :mod:`.drafts` writes YAML and files it into a collection.
No model download, linear time in the article's length.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..yardsticks import DEFAULT_YARDSTICK, load_yardstick, probability_of
from .article import Article, parse_article
from .attribution import find_attributions
from .claims import claim_type, find_hedge, stated_probability
from .coreference import resolve_speakers
from .dating import parse_date
from .language import detect_language
from .sentences import reading, sentence_before

if TYPE_CHECKING:
    from .roles import RoleModel

MAX_BODY_CHARS = 6_000_000
# A news article is a few thousand characters. Longer bodies (a whole feed pasted as one file)
# are read in windows cut at paragraph breaks: names are resolved within a window, which keeps
# the work linear in the length of the text.
WINDOW_CHARS = 100_000


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

    @property
    def language(self) -> str:
        return self.source.get("language") or "en"

    @property
    def english(self) -> bool:
        """Is the article in English (a tag such as 'en' or 'en-GB')?"""
        return self.language.split("-")[0].lower() == "en"


def extract_text(body: str, yardstick: str = DEFAULT_YARDSTICK, *, roles: RoleModel | bool = True
                 ) -> list[ExtractedQuote]:
    """Attributed statements in an article body, in text order.

    :param body: the article text, paragraphs separated by blank lines.
    :param yardstick: name of the yardstick for hedge probabilities (see :data:`quotes.yardsticks.YARDSTICKS`).
    :param roles: let the tagger of :mod:`.roles` correct named people's roles (True, the default: its
        shipped model; or the :class:`~.roles.RoleModel` given; False: the rules' reading stands). On text
        neither was built on it reads roles better than the rules (see README, "Drafting records from
        articles").
    """
    if not body or not body.strip():
        return []
    if len(body) > MAX_BODY_CHARS:
        raise ValueError(f"article body of {len(body)} characters is over the limit of {MAX_BODY_CHARS}")
    scale = load_yardstick(yardstick)
    found: list[ExtractedQuote] = []
    for offset, window in windows(body, WINDOW_CHARS):
        quotes = _extract_window(window, scale, yardstick, roles)
        if offset:  # (a window after the first: its offsets made the body's; the first's already are)
            quotes = [_moved(quote, offset) for quote in quotes]
        found.extend(quotes)
    return found


def _moved(quote: ExtractedQuote, offset: int) -> ExtractedQuote:
    """*quote* of a window at *offset* in the body, its offsets made the body's."""
    return replace(quote, start=quote.start + offset, end=quote.end + offset,
                   source_start=None if quote.source_start is None else quote.source_start + offset,
                   source_end=None if quote.source_end is None else quote.source_end + offset)


def windows(body: str, size: int):
    """(offset, text) pieces of ``body`` of about ``size`` characters, cut after a blank line."""
    start = 0
    while len(body) - start > size:
        cut = body.rfind("\n\n", start, start + size)
        cut = cut + 2 if cut > start else start + size
        yield start, body[start:cut]
        start = cut
    yield start, body[start:]


def _extract_window(body: str, scale, yardstick: str, roles: RoleModel | bool) -> list[ExtractedQuote]:
    read = reading(body)  # (once, for the attribution stage and the role tagger)
    attributions = find_attributions(body, read)
    speakers = resolve_speakers(body, attributions)
    if roles is not False:
        from .roles import with_learned_roles  # (imported when first used: importing the package does not load it)

        speakers = with_learned_roles(body, speakers, None if roles is True else roles, read)

    out: list[ExtractedQuote] = []
    for att in attributions:
        mention = speakers.get(id(att))
        if mention is None:
            continue
        text = body[att.start:att.end]
        before = sentence_before(read, att.start)
        ctype = claim_type(text, att.cue, before=body[before[0]:before[1]] if before else "")
        hedge = find_hedge(text) if ctype == "prediction" else None
        probability = stated_probability(text) if ctype == "prediction" else None
        stated = probability is not None
        if probability is None and hedge:
            probability = probability_of(hedge, scale)
        out.append(ExtractedQuote(
            text=text, form=att.form, speaker=mention.name, anonymous=mention.anonymous or mention.kind == "anonymous",
            title=mention.title if mention.kind in ("person", "group") else None,
            institution=mention.institution if mention.kind in ("person", "group") else None,
            claim_type=ctype, hedge=hedge, probability=probability, via=att.via, start=att.start, end=att.end,
            speaker_kind=mention.kind, source_start=att.mention.start if att.mention else None,
            source_end=att.mention.end if att.mention else None, cue=att.cue,
            stated_probability=stated, yardstick=yardstick))
    return _dedupe(out)


def _dedupe(quotes: list[ExtractedQuote]) -> list[ExtractedQuote]:
    """Drop a statement nested in one already kept (a quote inside a mixed span)."""
    kept: list[ExtractedQuote] = []
    for q in sorted(quotes, key=lambda q: (q.start, -(q.end - q.start))):
        if kept and q.start < kept[-1].end:
            continue
        kept.append(q)
    return kept


def extract_article(article: Article | str, yardstick: str = DEFAULT_YARDSTICK, roles: RoleModel | bool = True
                    ) -> Extraction:
    """Extract one article (an :class:`Article` or its raw text); *roles* as for :func:`extract_text`."""
    if isinstance(article, str):
        article = parse_article(article)
    source = source_metadata(article)
    # The stages read English only: another language yields no statements (and says so, see
    # :attr:`Extraction.language`), rather than the debris English rules find in it.
    extraction = Extraction(source=source, body=article.body, path=article.path)
    if extraction.english:
        extraction.quotes = extract_text(article.body, yardstick, roles=roles)
    return extraction


def source_metadata(article: Article) -> dict:
    meta = article.meta
    published = _date(meta.get("published"))
    authors = meta.get("authors")
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.replace(" and ", ";").split(";") if a.strip()]
    return {"url": meta.get("url"), "outlet": meta.get("outlet"), "title": meta.get("title"),
            "published": published.isoformat() if published else None, "authors": authors or [],
            "language": meta.get("language") or detect_language(article.body) or "en"}


def _date(value) -> dt.date | None:
    """A header's date as printed: '2021-03-24' or '24 March 2021'."""
    return parse_date(str(value)) if value else None


def to_json(extraction: Extraction) -> str:
    """``--format json``: {"source": {...}, "quotes": [...]}."""
    return json.dumps(extraction.as_dict(), ensure_ascii=False, indent=2)


def extract_files(paths, yardstick: str = DEFAULT_YARDSTICK, roles: RoleModel | bool = True):
    """Yield ``(path, extraction, error)`` for each file; a file that cannot be read gives its error.

    Empty files, binary files and pages without text yield an empty extraction or a clear
    :class:`~.article.ArticleError` message; nothing raises.
    """
    from .article import ArticleError, read_article

    for path in paths:
        try:
            article = read_article(path)
            if not article.body.strip():
                raise ArticleError(f"{path}: no article text found")
            yield path, extract_article(article, yardstick, roles), None
        except (ArticleError, ValueError) as error:
            yield path, None, str(error)

