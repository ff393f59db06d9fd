"""Build the SQLite database from a collection: tables, keys, indexes, full-text search, views.

The collection in git is the source of truth; the database is always rebuilt from it. A build
writes a temporary file next to the target and renames it into place, so a failed build leaves
the previous database untouched, and the same records always give the same rows.

    >>> from quotes.db import build
    >>> build("quotes/collection", "quotes.db")  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from pathlib import Path
from typing import Callable, Iterable, Iterator

import sqlite_utils

from .atomic import temporary_beside
from .collection import BUNDLED, QUESTIONS_FILE, Collection, current_umask, load_collection
from .scoring import hedge_probability_rows
from .views import QUOTES_JOINED, VIEWS

# Column definitions, in order. Types are SQLite affinities; dates are ISO 8601 text.
TABLES: dict[str, dict] = {
    "sources": {
        "columns": {
            "id": str, "label": str, "url": str, "outlet": str, "title": str, "description": str, "published": str,
            "authors": str, "language": str, "accessed": str, "text_path": str, "record_file": str,
        },
        "pk": "id",
        "not_null": {"outlet", "label"},  # url: null when a draft's article has none
        "foreign_keys": [],
        # No secondary indexes: researchers filter and facet by outlet and date in quotes_full.
        "indexes": [],
    },
    "speakers": {
        "columns": {
            "id": str, "name": str, "kind": str, "family": str, "given": str, "aliases": str,
            "wikidata": str, "description": str,
            # Homonyms: every Wikidata item a machine-attributed name may refer to.
            "wikidata_candidates": str,
        },
        "pk": "id",
        "not_null": {"name", "kind"},
        "foreign_keys": [],
        "indexes": [["name"]],
    },
    "institutions": {
        "columns": {
            "id": str, "name": str, "kind": str, "country": str, "aliases": str, "wikidata": str,
            "url": str,
        },
        "pk": "id",
        "not_null": {"name"},
        "foreign_keys": [],
        "indexes": [["name"]],
    },
    "quotes": {
        "columns": {
            "id": str, "source_id": str, "speaker_id": str, "title": str, "institution_id": str,
            "text": str, "form": str, "claim_type": str, "via": str, "topics": str, "review": str,
            "char_start": int, "char_end": int, "provenance": str, "speaker_probability": float,
            # Machine imports (Quotebank): how often the quote was seen, its other URLs, its context.
            "num_occurrences": int, "occurrence_urls": str, "context_left": str, "context_right": str,
        },
        "pk": "id",
        "not_null": {"source_id", "speaker_id", "text", "form", "claim_type", "review", "provenance"},
        "foreign_keys": [
            ("source_id", "sources", "id"),
            ("speaker_id", "speakers", "id"),
            ("institution_id", "institutions", "id"),
        ],
        # The foreign keys only: claim type, form and provenance are indexed in quotes_full,
        # where researchers filter by them; unfiltered facets come from the inspection.
        "indexes": [["source_id"], ["speaker_id"]],
        # Most quotes (all of Quotebank's) have no institution: index only those that do.
        "sparse": ["institution_id"],
    },
    # Every prediction is settled by a question: a shared one from questions.yaml, or its own
    # (a one-off prediction's question has the quote's id and shared = 0).
    "questions": {
        "columns": {
            "id": str, "question": str, "deadline": str, "deadline_basis": str, "condition": str,
            "resolution_yes": str, "resolution_no": str, "topics": str, "shared": int, "record_file": str,
        },
        "pk": "id",
        "not_null": {"question", "shared"},
        "foreign_keys": [],
        "indexes": [["deadline"]],
    },
    "predictions": {
        "columns": {
            "quote_id": str, "question_id": str, "side": str, "proposition": str, "hedge": str,
            "probability": float, "condition": str,
        },
        "pk": "quote_id",
        "not_null": {"proposition", "question_id", "side"},
        "foreign_keys": [("quote_id", "quotes", "id"), ("question_id", "questions", "id")],
        "indexes": [["question_id"]],
    },
    "resolutions": {
        "columns": {
            "id": str, "question_id": str, "seq": int, "outcome": str, "resolved_on": str,
            "resolver": str, "confidence": float, "rationale": str, "early": str,
        },
        "pk": "id",
        "not_null": {"question_id", "seq", "outcome", "resolved_on"},
        "foreign_keys": [("question_id", "questions", "id")],
        "indexes": [["question_id", "seq"]],
    },
    "resolution_reviews": {
        "columns": {
            "id": str, "resolution_id": str, "seq": int, "reviewer": str, "verdict": str, "outcome": str,
            "reviewed_on": str, "rationale": str,
        },
        "pk": "id",
        "not_null": {"resolution_id", "seq", "reviewer", "verdict", "reviewed_on"},
        "foreign_keys": [("resolution_id", "resolutions", "id")],
        "indexes": [["resolution_id", "seq"]],
    },
    "evidence": {
        "columns": {
            "id": str, "resolution_id": str, "review_id": str, "url": str, "outlet": str, "published": str,
            "excerpt": str,
        },
        "pk": "id",
        "not_null": {"resolution_id", "url"},
        "foreign_keys": [("resolution_id", "resolutions", "id"), ("review_id", "resolution_reviews", "id")],
        "indexes": [["resolution_id"], ["review_id"]],
    },
    # Verbal-probability scales and what each makes of the collection's hedges (quotes.scoring).
    "yardsticks": {
        "columns": {"name": str, "is_default": int, "source": str},
        "pk": "name",
        "not_null": {"is_default"},
        "foreign_keys": [],
        "indexes": [],
    },
    "hedge_probabilities": {
        "columns": {"yardstick": str, "hedge": str, "probability": float},
        "pk": ("yardstick", "hedge"),
        "not_null": {"yardstick", "hedge"},
        "foreign_keys": [("yardstick", "yardsticks", "name")],
        "indexes": [["hedge"]],
    },
    # Everything a researcher needs on one row: column -> (type, value over quotes.views.QUOTES_JOINED).
    # A table, not a view: the database is immutable, and facets over a million quotes need indexed
    # columns, not a join per row. Filled by finish(); its rowids are the quotes' rowids, which the
    # search index uses. A column added here is created, filled and exported with no other edit.
    "quotes_full": {
        "columns": {
            # The quote's rowid (in quotes and the search index too), as the primary key: pages of
            # search results come in this order, which the matches already have, so a page of 50
            # stops after 50 rows instead of sorting every match.
            "number": (int, "q.rowid"),
            # What a researcher reads, searches and facets by. The ids of speaker, source and
            # institution, the source's URL and headline stay in quotes and sources (the quote page
            # joins them through `id`): copying them here would put the file past 2x its rows.
            "id": (str, "q.id"), "text": (str, "q.text"), "speaker": (str, "s.name"),
            "title": (str, "q.title"), "institution": (str, "i.name"), "outlet": (str, "src.outlet"),
            "published": (str, "src.published"), "year": (str, "substr(src.published, 1, 4)"),
            "form": (str, "q.form"), "claim_type": (str, "q.claim_type"),
            "via": (str, "q.via"), "topics": (str, "q.topics"), "review": (str, "q.review"),
            "provenance": (str, "q.provenance"),
        },
        "pk": "number",
        "not_null": {"id", "text", "speaker", "outlet", "form", "claim_type", "provenance"},
        "foreign_keys": [("id", "quotes", "id")],
        "unique": [["id"]],
        "sparse": ["institution"],
        "indexes": [["speaker"], ["outlet"], ["year"], ["published"], ["claim_type"], ["form"], ["provenance"]],
    },
}

# FTS5 over what a researcher types: the words, who said them, their role and where (columns of
# quotes_full). Contentless: the text lives in `quotes`; rowids match quotes.rowid.
SEARCH_COLUMNS = ("text", "speaker", "title", "institution", "outlet")


def column_types(table: str) -> dict[str, type]:
    """Column -> type of a table in :data:`TABLES` (a derived column is given as (type, SQL))."""
    return {name: kind[0] if isinstance(kind, tuple) else kind for name, kind in TABLES[table]["columns"].items()}


def search_sql() -> str:
    return (
        f"CREATE VIRTUAL TABLE quotes_fts USING fts5(\n    {', '.join(SEARCH_COLUMNS)},\n"
        "    content='', tokenize='unicode61 remove_diacritics 2'\n);"
    )


def fill_quotes_full_sql() -> str:
    """quotes_full's rows, each column's value as its definition in :data:`TABLES` says."""
    columns = TABLES["quotes_full"]["columns"]
    return (
        f"INSERT INTO quotes_full ({', '.join(columns)})\n"
        f"SELECT {', '.join(value for _, value in columns.values())}\n"
        f"FROM {QUOTES_JOINED}\nORDER BY q.rowid"
    )


def fill_search_sql() -> str:
    return (
        f"INSERT INTO quotes_fts (rowid, {', '.join(SEARCH_COLUMNS)}) "
        f"SELECT rowid, {', '.join(SEARCH_COLUMNS)} FROM quotes_full"
    )


def sql_literal(value) -> str:
    """A constant as SQL: text quoted, numbers as written."""
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return repr(value)
    raise TypeError(f"not a SQL constant: {value!r}")


def insert_sql(
    table: str, columns: Iterable[str], constants: dict | None = None, verb: str = "INSERT", conflict: str = ""
) -> str:
    """An INSERT of ``columns`` (``?`` placeholders, in that order) and ``constants`` (the same
    literal in every row) into ``table``, checked against :data:`TABLES`: an unknown column, or a
    NOT NULL one left out, raises ``ValueError`` when the statement is made, not mid-import.
    Columns not named are null, so a new nullable column needs no change here.

    :param verb: ``INSERT`` or ``INSERT OR IGNORE``
    :param conflict: an ``ON CONFLICT`` clause, for an upsert
    """
    columns, constants = list(columns), constants or {}
    spec = TABLES[table]
    names = columns + list(constants)
    unknown = [c for c in names if c not in spec["columns"] and c != "rowid"]
    if unknown:
        raise ValueError(f"{table} has no column {', '.join(unknown)}")
    missing = sorted(set(spec["not_null"]) - set(names))
    if missing:
        raise ValueError(f"{table}.{', '.join(missing)} is NOT NULL: give it a value")
    values = ["?"] * len(columns) + [sql_literal(v) for v in constants.values()]
    return f"{verb} INTO {table} ({', '.join(names)}) VALUES ({', '.join(values)})" + (f" {conflict}" if conflict else "")


def create_schema(db: sqlite_utils.Database) -> None:
    """Create every table, index, the search index and the views in an empty database."""
    for name, spec in TABLES.items():
        db[name].create(
            column_types(name),
            pk=spec["pk"],
            not_null=spec["not_null"],
            foreign_keys=spec["foreign_keys"],
        )
        for columns in spec.get("unique", []):
            db[name].create_index(columns, unique=True)
        for columns in spec["indexes"]:
            db[name].create_index(columns)
        for column in spec.get("sparse", []):  # a partial index: equality and GROUP BY still use it
            db.execute(f"CREATE INDEX [idx_{name}_{column}] ON [{name}] ([{column}]) WHERE [{column}] IS NOT NULL")
    db.executescript(search_sql())
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip())


def dumps(value) -> str | None:
    return json.dumps(value, ensure_ascii=False) if value else None


def iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def source_label(outlet: str, published: str | None) -> str:
    """How a source is named where it is referenced: 'The Korea Herald, 2021-03-24'."""
    return ", ".join(part for part in (outlet, published) if part)


def collection_rows(collection: Collection) -> Iterator[tuple[str, dict]]:
    """(table, row) pairs for every record, in a fixed order so builds are deterministic."""
    for s in sorted(collection.speakers, key=lambda s: s.id):
        yield "speakers", {
            "id": s.id, "name": s.name, "kind": s.kind, "family": s.family, "given": s.given,
            "aliases": dumps(s.aliases), "wikidata": s.wikidata, "description": s.description,
        }
    for i in sorted(collection.institutions, key=lambda i: i.id):
        yield "institutions", {
            "id": i.id, "name": i.name, "kind": i.kind, "country": i.country,
            "aliases": dumps(i.aliases), "wikidata": i.wikidata, "url": i.url,
        }
    for loaded in sorted(collection.sources, key=lambda l: l.record.source.id):
        src = loaded.record.source
        record_file = loaded.path.relative_to(collection.root).as_posix()
        yield "sources", {
            "id": src.id, "label": source_label(src.outlet, iso(src.published)), "url": src.url, "outlet": src.outlet,
            "title": src.title, "description": src.description, "published": iso(src.published), "authors": dumps(src.authors),
            "language": src.language, "accessed": iso(src.accessed), "text_path": src.text,
            "record_file": record_file,
        }
        for q in loaded.record.quotes:
            yield "quotes", {
                "id": q.id, "source_id": src.id, "speaker_id": q.speaker, "title": q.title,
                "institution_id": q.institution, "text": q.text, "form": q.form,
                "claim_type": q.claim_type, "via": q.via, "topics": dumps(q.topics), "review": q.review,
                "char_start": q.start, "char_end": q.end, "provenance": "curated",
                "speaker_probability": None,
            }
            p = q.prediction
            if p is None:
                continue
            if p.question is None:
                yield from question_rows(q.id, p.proposition, p, shared=0, record_file=record_file)
            yield "predictions", {
                "quote_id": q.id, "question_id": p.question or q.id, "side": p.side or "yes",
                "proposition": p.proposition, "hedge": p.hedge, "probability": p.probability,
                "condition": p.condition,
            }
    for question in sorted(collection.questions, key=lambda question: question.id):
        yield from question_rows(question.id, question.question, question, shared=1, record_file=QUESTIONS_FILE)
    # Every yardstick's reading of every hedge used, so SQL can score on any of them.
    yield from hedge_probability_rows(
        q.prediction.hedge for q in collection.quotes if q.prediction is not None and q.prediction.hedge
    )


def question_rows(question_id: str, text: str, record, shared: int, record_file: str) -> Iterator[tuple[str, dict]]:
    """(table, row) pairs for a question and its resolutions, reviews and evidence.

    ``record`` is a :class:`~quotes.models.Question`, or a one-off
    :class:`~quotes.models.Prediction`, which is its own question.
    """
    criteria = record.resolution_criteria
    yield "questions", {
        "id": question_id, "question": text, "deadline": iso(record.deadline),
        "deadline_basis": record.deadline_basis, "condition": record.condition,
        "resolution_yes": criteria.yes if criteria else None, "resolution_no": criteria.no if criteria else None,
        "topics": dumps(getattr(record, "topics", None)), "shared": shared, "record_file": record_file,
    }
    for seq, r in enumerate(record.resolutions, 1):
        resolution_id = f"{question_id}-r{seq}"
        yield "resolutions", {
            "id": resolution_id, "question_id": question_id, "seq": seq, "outcome": r.outcome,
            "resolved_on": iso(r.resolved_on), "resolver": r.resolver, "confidence": r.confidence,
            "rationale": r.rationale, "early": r.early,
        }
        yield from evidence_rows(resolution_id, None, resolution_id, r.evidence)
        for n, v in enumerate(r.reviews, 1):
            review_id = f"{resolution_id}-v{n}"
            yield "resolution_reviews", {
                "id": review_id, "resolution_id": resolution_id, "seq": n, "reviewer": v.reviewer,
                "verdict": v.verdict, "outcome": v.outcome, "reviewed_on": iso(v.reviewed_on),
                "rationale": v.rationale,
            }
            yield from evidence_rows(resolution_id, review_id, review_id, v.evidence)


def evidence_rows(resolution_id: str, review_id: str | None, prefix: str, evidence) -> Iterator[tuple[str, dict]]:
    for n, e in enumerate(evidence, 1):
        yield "evidence", {
            "id": f"{prefix}-e{n}", "resolution_id": resolution_id, "review_id": review_id, "url": e.url,
            "outlet": e.outlet, "published": iso(e.published), "excerpt": e.excerpt,
        }


# Parents before children, so foreign keys hold while inserting.
INSERT_ORDER = ["speakers", "institutions", "sources", "quotes", "questions", "predictions", "resolutions",
                "resolution_reviews", "evidence", "yardsticks", "hedge_probabilities"]


def write_collection(db: sqlite_utils.Database, collection: Collection) -> dict[str, int]:
    """Insert every record of ``collection`` and index it for search; returns rows per table."""
    rows: dict[str, list[dict]] = {name: [] for name in INSERT_ORDER}
    for table, row in collection_rows(collection):
        rows[table].append(row)
    for table in INSERT_ORDER:
        db[table].insert_all(rows[table])
    return {table: len(rows[table]) for table in INSERT_ORDER}


@contextlib.contextmanager
def deferred_indexes(db: sqlite_utils.Database, tables: Iterable[str]) -> Iterator[None]:
    """Drop the secondary indexes of ``tables`` for a bulk load and rebuild them after it:
    one sort per index instead of a B-tree insert per row. Primary keys stay."""
    names = list(tables)
    marks = ", ".join("?" * len(names))
    indexes = db.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})",
        names,
    ).fetchall()
    for name, _ in indexes:
        db.execute(f"DROP INDEX [{name}]")
    try:
        yield
    finally:
        for _, sql in indexes:
            db.execute(sql)


def finish(db: sqlite_utils.Database) -> None:
    """Fill what is derived from the records: ``quotes_full`` and the search index.

    Call once, after every quote is in (curated and imported alike).
    """
    with deferred_indexes(db, ["quotes_full"]):
        db.execute(fill_quotes_full_sql())
    db.execute(fill_search_sql())


@contextlib.contextmanager
def atomic_database(path: Path | str) -> Iterator[sqlite_utils.Database]:
    """A new database that replaces ``path`` only if the block finishes without error."""
    path = Path(path)
    # The temporary file is locked while this process lives: one left by a killed build is
    # removed by the next (quotes.atomic).
    with temporary_beside(path) as (_, temp):
        conn = sqlite3.connect(temp)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            db = sqlite_utils.Database(conn)
            yield db
            conn.commit()
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(f"foreign keys do not resolve: {broken[:5]}")
            conn.execute("VACUUM")
        finally:
            conn.close()
        os.chmod(temp, 0o666 & ~current_umask())  # mkstemp makes it owner-only; a database is shared
        os.replace(temp, path)


# A step that adds rows to a database with the schema (e.g. a Quotebank import); returns rows per table.
Import = Callable[[sqlite_utils.Database], dict[str, int]]


def populate(db: sqlite_utils.Database, collection: Collection, imports: Iterable[Import] = ()) -> dict[str, int]:
    """The one build pipeline, for a file and for memory alike: create the schema, write the
    curated records, run each import, then fill what is derived (:func:`finish`).

    :returns: rows written per table, the imports' counts merged in
    """
    create_schema(db)
    counts = write_collection(db, collection)
    for step in imports:
        counts.update(step(db))
    finish(db)
    return counts


def build(
    collection: Path | str | Collection = BUNDLED, path: Path | str = "quotes.db", imports: Iterable[Import] = ()
) -> dict[str, int]:
    """Check ``collection`` and build it into the SQLite database at ``path``, atomically.

    :param collection: a collection folder, or an already loaded :class:`Collection`
    :param path: the database file to write; replaced only when the build succeeds
    :param imports: steps that add more rows after the curated ones (see :data:`Import`)
    :returns: the number of rows written to each table
    :raises CollectionError: when the collection has problems (nothing is written)
    """
    if not isinstance(collection, Collection):
        collection = load_collection(collection)
    with atomic_database(path) as db:
        return populate(db, collection, imports)


def schema_sql(db: sqlite_utils.Database) -> str:
    """The database's SQL, in a stable order: what ``schema/quotes.sql`` records."""
    rows = db.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'quotes_fts_%' "
        "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, rowid"
    ).fetchall()
    return "".join(sql.strip() + ";\n\n" for (sql,) in rows).rstrip() + "\n"


def load_database(path: Path | str = BUNDLED) -> sqlite_utils.Database:
    """A database to query: a built ``.db`` file opened read-only, or a collection folder built in memory.

    :raises CollectionError: when a collection folder has problems
    :raises FileNotFoundError: when ``path`` is neither
    """
    path = Path(path)
    if path.is_dir():
        db = sqlite_utils.Database(memory=True)
        populate(db, load_collection(path))
        return db
    if path.is_file():
        return sqlite_utils.Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
    raise FileNotFoundError(f"{path}: no such collection folder or database file")
