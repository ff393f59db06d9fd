"""Import Quotebank: machine-attributed quotations from a decade of English news.

Quotebank (Vaucher et al., WSDM 2021) ships JSON-lines files, plain or ``.bz2``, in two forms;
both are read here, one line at a time, so memory stays flat however large the file:

- quotation-centric (``quotes-YYYY.json.bz2``, one line per unique quotation): the quote's
  source is the first of its ``urls`` (the earliest article; ``date`` is that occurrence's),
  the other URLs are kept in ``occurrence_urls``;
- article-centric (``quotebank-YYYY.json.bz2``, one line per article): each quotation is a quote
  of that article, with its left and right context.

Imported quotes are kept apart from curated ones: ``provenance`` is ``machine``, ``review`` is
``draft``, ``form`` is ``direct`` (Quotebank only extracts quoted speech) and ``claim_type`` is
``other`` (Quotebank does not type claims). The speaker is the most likely one
(``speaker`` / ``globalTopSpeaker``), with its probability in ``speaker_probability``;
"None" becomes the speaker ``qb-unknown``. A name with one Wikidata id gets it as
``wikidata``; a name shared by several people keeps them all in ``wikidata_candidates``, since
Quotebank does not say which one spoke. Titles and institutions stay null: Quotebank has none.

    >>> from quotes.quotebank import build_with_quotebank
    >>> build_with_quotebank(["quotes-2020.json.bz2"], "quotes.db")  # doctest: +SKIP
"""

from __future__ import annotations

import bz2
import ctypes
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import multiprocessing
import os
import queue
import re
import signal
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

import sqlite_utils

from .collection import BUNDLED, Collection, CollectionError, Problem
from .db import build, deferred_indexes, insert_sql, source_label
from .models import WEB_URL, slugify

BATCH = 20_000
PR_SET_PDEATHSIG = 1  # linux/prctl.h
# Files at least this large are parsed in a second process; DEPTH batches may wait in between.
PARALLEL_BYTES = 8_000_000
DEPTH = 2
# SQLite page cache for the import, in KiB: most index pages stay in memory; RSS stays < 500 MB.
CACHE_KB = 100_000
# Ids already inserted, remembered up to this many so repeats skip SQLite; then forgotten.
SEEN_LIMIT = 200_000
UNKNOWN_SPEAKER = ("qb-unknown", "Unknown speaker", "anonymous", None, None)
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
QID = re.compile(r"Q[0-9]+\Z")
HOST = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?([^/:?#\[\]@]+)")

# The columns each row tuple below fills, in order; the INSERTs are derived from the table
# definitions (quotes.db.TABLES), so a column added there needs no change here.
QUOTE_COLUMNS = (
    "rowid", "id", "source_id", "speaker_id", "text", "speaker_probability", "num_occurrences",
    "occurrence_urls", "context_left", "context_right",
)
# Quotebank only extracts quoted speech and does not type claims; nothing it gives is reviewed.
QUOTE_CONSTANTS = {"form": "direct", "claim_type": "other", "review": "draft", "provenance": "machine"}
SPEAKER_COLUMNS = ("id", "name", "kind", "wikidata", "wikidata_candidates")
SOURCE_COLUMNS = ("id", "label", "url", "outlet", "title", "published", "record_file")
INSERT_QUOTE = insert_sql("quotes", QUOTE_COLUMNS, QUOTE_CONSTANTS)
INSERT_SPEAKER = insert_sql("speakers", SPEAKER_COLUMNS, verb="INSERT OR IGNORE")
# The same article may come from both forms; the article-centric one knows its title.
UPSERT_SOURCE = insert_sql(
    "sources", SOURCE_COLUMNS, {"language": "en"}, conflict="ON CONFLICT (id) DO UPDATE SET title = coalesce(sources.title, excluded.title)"
)


class Malformed(ValueError):
    """A record that is not Quotebank's format; ``field`` names where."""

    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(message)


@dataclasses.dataclass
class Rows:
    """One batch of rows, ready for ``executemany``."""

    quotes: list[tuple] = dataclasses.field(default_factory=list)
    lines: list[int] = dataclasses.field(default_factory=list)
    speakers: list[tuple] = dataclasses.field(default_factory=list)
    sources: list[tuple] = dataclasses.field(default_factory=list)


def text(record: dict, name: str, where: str = "") -> str:
    value = record.get(name)
    if not isinstance(value, str) or not value.strip():
        raise Malformed(where + name, "missing" if value is None else f"expected non-empty text, got {json.dumps(value)[:60]}")
    return value


def day(record: dict, name: str, where: str = "") -> str:
    value = text(record, name, where)
    if not DATE.match(value):
        raise Malformed(where + name, f"expected a date YYYY-MM-DD..., got {value[:40]!r}")
    try:
        dt.date.fromisoformat(value[:10])
    except ValueError:
        raise Malformed(where + name, f"not a real date: {value[:10]!r}") from None
    return value[:10]


def count(record: dict, name: str, where: str = "") -> Optional[int]:
    value = record.get(name)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        raise Malformed(where + name, f"expected a whole number, got {json.dumps(value)[:40]}")
    return value


def probability(probas: Any, speaker: str, where: str) -> Optional[float]:
    """The probability ``probas`` gives ``speaker``: entries are [name, p] or {speaker, proba}."""
    if not isinstance(probas, list):
        raise Malformed(where, "expected a list of [speaker, probability]")
    for index, entry in enumerate(probas):
        if isinstance(entry, dict):
            name, value = entry.get("speaker"), entry.get("proba")
        elif isinstance(entry, list) and len(entry) == 2:
            name, value = entry
        else:
            raise Malformed(f"{where}.{index}", "expected [speaker, probability]")
        if name == speaker:
            if isinstance(value, bool) or not isinstance(value, (int, float, str)):
                raise Malformed(f"{where}.{index}", f"probability is not a number: {json.dumps(value)[:40]}")
            try:
                number = float(value)
            except ValueError:
                raise Malformed(f"{where}.{index}", f"probability is not a number: {value[:40]!r}") from None
            if not 0 <= number <= 1:  # also false for NaN
                raise Malformed(f"{where}.{index}", f"probability must be between 0 and 1, got {value!r}")
            return number
    return None


def speaker_row(name: str, qids: Any, where: str) -> tuple:
    """The speakers row for a name and its Wikidata ids (``qids``, a list of "Q..." or None)."""
    if qids is None:
        qids = []
    if type(qids) is list:
        try:
            return cached_speaker_row(name, tuple(qids))
        except TypeError:  # unhashable items: not ids
            pass
    raise Malformed(where, f"expected a list of Wikidata ids like Q42, got {json.dumps(qids)[:60]}")


@functools.lru_cache(maxsize=65_536)  # popular speakers recur: slugify once
def cached_speaker_row(name: str, qids: tuple) -> tuple:
    if not all(isinstance(q, str) and QID.match(q) for q in qids):
        raise TypeError
    if name == "None":
        return UNKNOWN_SPEAKER
    return (
        "qb-" + slugify(name), name, "person",
        qids[0] if len(qids) == 1 else None,
        json.dumps(qids) if len(qids) > 1 else None,
    )


def web_urls(urls: list, where: str) -> None:
    """The occurrence URLs (after the first, the source's, which :func:`source_row` checks) are
    http(s): anything else (``javascript:``, ``data:``) would be a live link on the published
    pages, so the line is malformed like any other, and the import stops."""
    for index, url in enumerate(urls[1:], 1):
        if not isinstance(url, str) or not WEB_URL.match(url):
            raise Malformed(f"{where}.{index}", f"only http:// and https:// URLs are allowed, not {str(url)[:60]!r}")


def source_row(url: str, published: str, title: Optional[str], record_file: str, where: str) -> tuple:
    match = HOST.match(url)
    if not match:
        raise Malformed(where, f"not a URL: {url[:60]!r}")
    if not WEB_URL.match(url):
        raise Malformed(where, f"only http:// and https:// URLs are allowed, not {url[:60]!r}")
    host = match[1].lower()
    outlet = host[4:] if host.startswith("www.") else host
    source_id = "qb-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]
    return (source_id, source_label(outlet, published), url, outlet, title, published, record_file)


def from_quotation(record: dict, record_file: str) -> list[tuple[tuple, tuple, tuple]]:
    """(quote, speaker, source) rows of a quotation-centric record; ids are ``qb-<quoteID>``."""
    quote_id, quotation = text(record, "quoteID"), text(record, "quotation")
    speaker = text(record, "speaker")
    urls = record.get("urls")
    if type(urls) is not list or not urls or type(urls[0]) is not str:
        raise Malformed("urls", "expected a non-empty list of URLs")
    web_urls(urls, "urls")
    source = source_row(urls[0], day(record, "date"), None, record_file, "urls.0")
    return [(
        ("qb-" + quote_id, source[0], quotation, probability(record.get("probas"), speaker, "probas"),
         count(record, "numOccurrences"), json.dumps(urls[1:]) if len(urls) > 1 else None, None, None),
        speaker_row(speaker, record.get("qids"), "qids"),
        source,
    )]


def from_article(record: dict, record_file: str) -> Iterator[tuple[tuple, tuple, tuple]]:
    """Rows of an article-centric record: one quote per quotation, ids ``qb-<quoteID>-<articleID>``."""
    article_id = record.get("articleID")
    if not isinstance(article_id, (str, int)) or isinstance(article_id, bool) or not str(article_id):
        raise Malformed("articleID", "missing")
    title = record.get("title") if isinstance(record.get("title"), str) and record.get("title") else None
    source = source_row(text(record, "url"), day(record, "date"), title, record_file, "url")
    names = record.get("names") or []
    if not isinstance(names, list):
        raise Malformed("names", "expected a list")
    ids = {n.get("name"): n.get("ids") for n in names if isinstance(n, dict)}
    quotations = record.get("quotations")
    if not isinstance(quotations, list):
        raise Malformed("quotations", "expected a list")
    for index, q in enumerate(quotations):
        where = f"quotations.{index}."
        if not isinstance(q, dict):
            raise Malformed(where[:-1], "expected an object")
        speaker = text(q, "globalTopSpeaker", where)
        left, right = q.get("leftContext"), q.get("rightContext")
        yield (
            (f"qb-{text(q, 'quoteID', where)}-{article_id}", source[0], text(q, "quotation", where),
             probability(q.get("globalProbas"), speaker, where + "globalProbas"), count(q, "numOccurrences", where),
             None, left if isinstance(left, str) else None, right if isinstance(right, str) else None),
            speaker_row(speaker, ids.get(speaker), "names"),
            source,
        )


def not_json(constant: str):
    """``NaN`` and ``Infinity`` are not JSON, though Python's parser accepts them."""
    raise ValueError(f"{constant} is not a JSON value")


def open_lines(path: Path):
    """(lines as bytes, raw file): ``raw.tell()`` is how far the (compressed) input has been read."""
    raw = open(path, "rb")
    return (bz2.BZ2File(raw) if path.suffix == ".bz2" else raw), raw


def read_rows(path: Path, progress: Optional[Callable[[int], None]] = None) -> Iterator[Rows]:
    """Batches of rows from one Quotebank file; a malformed line raises :class:`CollectionError`."""
    lines, raw = open_lines(path)
    rows, done, number = Rows(), 0, 0
    try:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                try:
                    line = line.decode("utf-8")
                except UnicodeDecodeError as error:
                    raise Malformed("(file)", f"cannot be read: not UTF-8 at byte {error.start}") from None
                try:
                    record = json.loads(line.rstrip("\r\n"), parse_constant=not_json)
                except json.JSONDecodeError as error:
                    raise Malformed("(json)", f"not valid JSON: {error.msg} at character {error.pos + 1}") from None
                except ValueError as error:  # e.g. numbers too long to convert
                    raise Malformed("(json)", f"not valid JSON: {error}") from None
                except RecursionError:
                    raise Malformed("(json)", "nested too deeply to be a Quotebank record") from None
                if not isinstance(record, dict):
                    raise Malformed("(json)", "expected a JSON object")
                reader = from_article if "articleID" in record else from_quotation
                for quote, speaker, source in reader(record, path.name):
                    rows.quotes.append(quote)
                    rows.lines.append(number)
                    rows.speakers.append(speaker)
                    rows.sources.append(source)
            except Malformed as error:
                raise CollectionError([Problem(path, number, error.field, str(error))]) from None
            if len(rows.quotes) >= BATCH:
                yield rows
                rows = Rows()
                if progress:
                    progress(raw.tell() - done)
                    done = raw.tell()
    except (OSError, EOFError) as error:  # e.g. a truncated or corrupt .bz2
        raise CollectionError([Problem(path, number + 1, "(file)", f"cannot be read: {error}")]) from None
    finally:
        lines.close()
        raw.close()
    if rows.quotes:
        yield rows
    if progress:
        progress(path.stat().st_size - done)


def die_with_parent(parent: int) -> None:
    """End this (reader) process when ``parent`` ends, however it ends.

    A parent killed by SIGKILL or SIGTERM runs no cleanup: its reader would block forever on the
    full hand-off queue, and keep multiprocessing's resource tracker alive with it. On Linux the
    kernel sends SIGKILL when the parent dies (``PR_SET_PDEATHSIG``); elsewhere a thread watches
    for the parent to be gone. Either way, a parent that died before this ran is caught too.
    """
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        installed = libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        installed = False
    if os.getppid() != parent:
        os._exit(1)
    if not installed:
        def watch():
            while os.getppid() == parent:
                time.sleep(0.5)
            os._exit(1)

        threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def parse_in_child(path: str, handoff, parent: Optional[int] = None) -> None:
    """Child process: parse ``path`` and hand over (kind, payload, bytes read) messages."""
    if parent is not None:
        die_with_parent(parent)
    read = []
    try:
        for rows in read_rows(Path(path), read.append):
            handoff.put(("rows", rows, sum(read)))
            read.clear()
        handoff.put(("done", None, sum(read)))
    except CollectionError as error:
        handoff.put(("error", error.problems, 0))
    except BaseException as error:  # anything else still reaches the parent, as text
        handoff.put(("error", [Problem(Path(path), 0, "(file)", f"cannot be read: {error!r}")], 0))


def parsed_rows(path: Path, progress: Optional[Callable[[int], None]] = None) -> Iterator[Rows]:
    """Batches of ``path``; a large file is parsed by a second process while this one writes.

    Parsing JSON is about a third of the work; on another core it costs no wall time. At most
    ``DEPTH`` batches wait between the processes, so memory stays bounded.
    """
    if path.stat().st_size < PARALLEL_BYTES:
        yield from read_rows(path, progress)
        return
    context = multiprocessing.get_context("spawn")
    handoff = context.Queue(DEPTH)
    child = context.Process(target=parse_in_child, args=(str(path), handoff, os.getpid()), name="quotebank-reader", daemon=True)
    child.start()
    try:
        while True:
            try:
                kind, payload, read = handoff.get(timeout=1)
            except queue.Empty:
                if not child.is_alive():
                    raise CollectionError([Problem(path, 0, "(file)", f"reader process died (exit code {child.exitcode})")]) from None
                continue
            if progress and read:
                progress(read)
            if kind == "error":
                raise CollectionError(payload)
            if kind == "done":
                return
            yield payload
    finally:
        if child.is_alive():
            child.terminate()
        child.join()
        handoff.close()


class Writer:
    """Inserts batches; remembers recent speaker and source ids to skip repeats cheaply."""

    def __init__(self, db: sqlite_utils.Database):
        self.conn = db.conn
        self.next_rowid = self.conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM quotes").fetchone()[0]
        self.seen_speakers: set[str] = set()
        self.seen_sources: set[tuple] = set()
        self.quotes = 0

    def fresh(self, rows: list[tuple], seen: set, key=lambda row: row[0]) -> list[tuple]:
        if len(seen) > SEEN_LIMIT:
            seen.clear()
        new = []
        for row in rows:
            if (k := key(row)) not in seen:
                seen.add(k)
                new.append(row)
        return new

    def write(self, path: Path, rows: Rows) -> None:
        conn = self.conn
        conn.executemany(INSERT_SPEAKER, self.fresh(rows.speakers, self.seen_speakers))
        # A titled row may still add the title to a source seen without one.
        conn.executemany(UPSERT_SOURCE, self.fresh(rows.sources, self.seen_sources, lambda row: (row[0], row[4] is None)))
        start = self.next_rowid
        quotes = [(start + n, q[0], q[1], s[0]) + q[2:] for n, (q, s) in enumerate(zip(rows.quotes, rows.speakers))]
        before = conn.total_changes
        try:
            conn.executemany(INSERT_QUOTE, quotes)
        except Exception as error:  # sqlite3.IntegrityError: which line? the first row not inserted
            failed = conn.total_changes - before
            quote_id = quotes[failed][1]
            message = f"duplicate quote {quote_id!r}" if "UNIQUE" in str(error) else str(error)
            raise CollectionError([Problem(path, rows.lines[failed], "quoteID", message)]) from None
        self.next_rowid += len(quotes)
        self.quotes += len(quotes)


def import_quotebank(
    db: sqlite_utils.Database, paths: Iterable[Path | str], progress: Optional[Callable[[int], None]] = None
) -> dict[str, int]:
    """Add the quotes of Quotebank files to ``db`` (which has the schema); :func:`quotes.db.finish`
    then indexes them for search.

    :param paths: quotation-centric or article-centric files, plain or ``.bz2``
    :param progress: called with the number of (compressed) bytes read since the last call
    :returns: rows added per table
    :raises CollectionError: naming file, line and field of the first malformed line
    """
    conn = db.conn
    conn.execute(f"PRAGMA cache_size = -{CACHE_KB}")  # index pages stay in memory
    before = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("speakers", "sources")}
    writer = Writer(db)
    with deferred_indexes(db, ["quotes", "sources"]):
        for path in map(Path, paths):
            if not path.is_file():
                raise CollectionError([Problem(path, 0, "(file)", "no such file")])
            for rows in parsed_rows(path, progress):
                writer.write(path, rows)
    after = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("speakers", "sources")}
    return {"quotes": writer.quotes, **{t: after[t] - before[t] for t in after}}


def build_with_quotebank(
    paths: Iterable[Path | str],
    path: Path | str = "quotes.db",
    collection: Path | str | Collection = BUNDLED,
    progress: Optional[Callable[[int], None]] = None,
) -> dict[str, int]:
    """Build a new database: the curated collection plus Quotebank files, atomically.

    Nothing is half imported: on any error the database at ``path`` is left as it was.

    :param paths: Quotebank files to import
    :param path: the database file to write
    :param collection: the curated collection to build first (default: the bundled one)
    :returns: curated rows per table, plus ``machine_quotes``, ``machine_speakers``, ``machine_sources``
    """
    paths = [Path(p) for p in paths]
    for p in paths:
        if not p.is_file():
            raise CollectionError([Problem(p, 0, "(file)", "no such file")])

    def machine_rows(db: sqlite_utils.Database) -> dict[str, int]:
        return {f"machine_{table}": n for table, n in import_quotebank(db, paths, progress).items()}

    return build(collection, path, [machine_rows])
