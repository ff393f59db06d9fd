"""An article's publication date, only where the page states it; never guessed.

Three places count: the page's metadata (``<meta>`` tags such as ``article:published_time`` and
JSON-LD ``datePublished``, or a ``<time>`` element marked as the publication time), a byline line
("Published March 24, 2021", "By Jane Doe | 24 March 2021") and a dateline ("SEOUL, March 24, 2021
(Yonhap) --") among the first lines of the text. A copyright footer ("(c) 2021") or a date printed
in the body is no publication date: an extractor that took them dated the seed article 2020-04-14
and others 1 January of their footer's year, and every default prediction deadline counts from this
date. When none is stated, the date is None and the editor fills it in.
"""

from __future__ import annotations

import datetime as dt
import json
import re

# Names of <meta> tags (name=, property= or itemprop=) that carry the publication date, lower case.
META_DATE_KEYS = ("article:published_time", "og:published_time", "og:article:published_time", "datepublished",
                  "date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "pubdate", "publishdate",
                  "publish-date", "publish_date", "published_time", "sailthru.date", "parsely-pub-date",
                  "citation_publication_date", "citation_date", "article.published", "originalpublicationdate")

_MONTHS = {m.lower(): n for n, names in enumerate(
    [("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",), ("June", "Jun"),
     ("July", "Jul"), ("August", "Aug"), ("September", "Sep", "Sept"), ("October", "Oct"),
     ("November", "Nov"), ("December", "Dec")], 1) for m in names}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATES = [
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)(?!\d)"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
]
# A byline or dateline line: 'Published: …', 'Updated …', 'By Jane Doe | …', 'SEOUL, March 24, 2021 (Yonhap) --'.
_BYLINE = re.compile(r"^\s*(?:(?:first\s+)?published|posted|updated|last\s+updated|by\s+[A-Z][^\n]{0,80}?[|•·,—–-])", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w.]*)*,\s*")
MAX_BYLINE_CHARS = 200
BYLINE_LINES = 4


def parse_date(text: str, at_start: bool = False) -> dt.date | None:
    """The first full date (year, month and day) printed in *text* (or opening it, with *at_start*)."""
    for regex in _DATES:
        match = regex.match(text) if at_start else regex.search(text)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["mnum"]) if parts.get("mnum") else _MONTHS[parts["month"].lower()]
        try:
            return dt.date(int(parts["year"]), month, int(parts["day"]))
        except ValueError:
            continue
    return None


def date_from_metadata(tree) -> dt.date | None:
    """The publication date an lxml HTML *tree* states in its metadata, else None."""
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in META_DATE_KEYS:
            found = parse_date(meta.get("content") or "")
            if found:
                return found
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json":
            found = _json_ld_date(script.text or "")
            if found:
                return found
    for time in tree.iter("time"):
        if (time.get("itemprop") or "").lower() == "datepublished" or time.get("pubdate") is not None:
            found = parse_date(time.get("datetime") or time.text_content() or "")
            if found:
                return found
    return None


def _json_ld_date(text: str) -> dt.date | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str) and parse_date(value):
                return parse_date(value)
            stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return None


def date_from_byline(body: str) -> dt.date | None:
    """A date printed in a byline or dateline among the first lines of *body*, else None."""
    lines = [line for line in body.splitlines() if line.strip()][:BYLINE_LINES]
    for line in lines:
        head = line[:MAX_BYLINE_CHARS]
        if _BYLINE.match(head) and len(line) <= MAX_BYLINE_CHARS:
            found = parse_date(head)
            if found:
                return found
        dateline = _DATELINE.match(head)
        found = dateline and parse_date(head[dateline.end():], at_start=True)
        if found:
            return found
    return None
