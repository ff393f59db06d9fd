"""Read an article for the extractor: a plain-text file with an optional ``key: value`` header, or
an HTML page (its main text taken out with trafilatura, offline).

The plain-text format is the one of the evaluation sets::

    url: https://...
    outlet: The Korea Herald
    published: 2021-03-24
    title: unknown

    First paragraph of the body.

    Second paragraph.

``unknown`` values become None. A publication date comes only from the header, the page's
metadata, a byline or a dateline (see :mod:`.dating`). Offsets of extracted quotes are offsets into :attr:`Article.body`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .dating import date_from_byline, date_from_metadata

HEADER_KEYS = {"url", "outlet", "published", "title", "authors", "author", "accessed", "language", "date"}
MAX_BYTES = 20_000_000  # far above any article; refuse rather than grind on a dump


class ArticleError(ValueError):
    """The input cannot be read as an article; the message says why."""


@dataclass
class Article:
    body: str
    meta: dict = field(default_factory=dict)
    path: str | None = None


_HEADER_LINE = re.compile(r"^([A-Za-z_]+):[ \t]*(.*)$")


def parse_article(text: str, path: str | None = None) -> Article:
    """Split an optional header from the body; HTML goes through :func:`html_to_article`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if looks_like_html(text):
        return html_to_article(text, path)
    meta: dict = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        match = _HEADER_LINE.match(lines[i])
        if not match or match.group(1).lower() not in HEADER_KEYS:
            break
        value = match.group(2).strip()
        meta[match.group(1).lower()] = None if value.lower() in ("", "unknown", "none", "null") else value
        i += 1
    if meta and (i == len(lines) or not lines[i].strip()):
        body = "\n".join(lines[i:]).lstrip("\n")
    else:  # no header, or something that only looked like one
        meta, body = {}, text
    if "author" in meta and "authors" not in meta:
        meta["authors"] = meta.pop("author")
    if "date" in meta and "published" not in meta:
        meta["published"] = meta.pop("date")
    if not meta.get("published"):
        byline = date_from_byline(body)  # a byline or dateline, never a date from the text itself
        meta["published"] = byline.isoformat() if byline else None
    return Article(body=body.rstrip() + ("\n" if body.strip() else ""), meta=meta, path=path)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def html_to_article(html: str, path: str | None = None) -> Article:
    """The main text and metadata of an HTML page, by trafilatura (no network access)."""
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - trafilatura is a dependency
        raise ArticleError("reading HTML needs trafilatura: pip install trafilatura") from exc
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return Article(body="", meta={}, path=path)
    doc = trafilatura.bare_extraction(tree, include_comments=False, include_tables=False,
                                      favor_precision=True, with_metadata=True)
    if doc is None:
        return Article(body="", meta={}, path=path)
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = data.get("text") or ""
    # trafilatura separates paragraphs by single newlines; the extractor expects blank lines.
    body = "\n\n".join(line.strip() for line in body.split("\n") if line.strip())
    # Not trafilatura's date: it falls back on a copyright footer or a date in the body.
    published = date_from_metadata(tree) or date_from_byline(body)
    meta = {"url": data.get("url"), "outlet": data.get("sitename"), "title": data.get("title"),
            "published": published.isoformat() if published else None, "authors": data.get("author")}
    return Article(body=body + ("\n" if body else ""), meta={k: v for k, v in meta.items() if v}, path=path)


def read_article(path: str | Path) -> Article:
    """Read a file as an article, with a clear :class:`ArticleError` for what cannot be one."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from exc
    if path.is_dir():
        raise ArticleError(f"{path}: is a directory, not an article")
    if size > MAX_BYTES:
        raise ArticleError(f"{path}: {size} bytes is too large for an article (limit {MAX_BYTES})")
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{path}: looks like a binary file, not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return parse_article(text, str(path))


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank-line separated, or one per line when none are."""
    sep = r"\n[ \t]*\n\s*" if re.search(r"\n[ \t]*\n", body) else r"\n\s*"
    spans, pos = [], 0
    for match in re.finditer(sep, body):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(body)))
    result = []
    for start, end in spans:
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if end > start:
            result.append((start, end))
    return result
