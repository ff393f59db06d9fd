"""Facet counts of filtered pages from columns of codes, for the big tables of immutable databases.

A search page's facets group every matching row: at a million quotes a search matching 37,000
of them reads 37,000 rows from the table (one random read each) for 190 ms, most of the page's
cost, for seven small tables of counts. The database does not change while it is served, so
each faceted column of a big table is read once into an array indexed by rowid: the code of
the row's value, codes numbered in SQLite's own order of the values (``order by column``).
A page's facets are then the page's rowids (read from the search index alone for a plain
search, see :mod:`quotes.search_counts`) and one ``bincount`` per facet: 14 ms for that search.

The answers are those of :mod:`quotes.facets`' SQL, value for value: nulls are not counted,
counts in descending order, ties by value in SQLite's order, ``limit`` rows; an array facet
(a JSON array per row) counts a value once per row that holds it.

The columns are read by :func:`read_columns` (``quotes serve`` does it once in the parent and
every worker maps the saved arrays, :func:`save` and :func:`load`), or by the first page that
needs them in a process that was not given them (:func:`columns_of`): until they are read,
pages are counted in SQL as before.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
from datasette.database import QueryInterrupted
from datasette.utils import escape_sqlite, sqlite_timelimit

from .search_counts import index_rowids_sql, searched_through_rowids, tables_metadata_of

COLUMNS_KEY = "_quotes_facet_columns"
MANIFEST = "columns.json"
CHUNK_ROWS = 50_000  # rows read at a time: memory stays that of the arrays


@dataclass
class Codes:
    """One facet of a table: its values in SQLite's order, and per row the codes of its values.

    A column facet has one code per rowid (``-1``: null, or no such row); an array facet lists
    (rowid, code) pairs, one per distinct value of each row's array.
    """

    kind: str
    values: list
    codes: np.ndarray
    rows: np.ndarray | None = None

    def counts(self, rowids: np.ndarray) -> np.ndarray:
        if self.kind == "column":
            codes = self.codes[rowids[rowids < len(self.codes)]]
            return np.bincount(codes[codes >= 0], minlength=len(self.values))
        selected = np.zeros(max(self.last_row, int(rowids.max(initial=0))) + 1, dtype=bool)
        selected[rowids] = True
        return np.bincount(self.codes[selected[self.rows]], minlength=len(self.values))

    @cached_property
    def last_row(self) -> int:
        """The highest rowid holding a value of an array facet (read once, not per page)."""
        return int(self.rows.max(initial=0))

    def top(self, rowids: np.ndarray, limit: int) -> list[dict]:
        """Datasette's facet rows over ``rowids``: ``order by count desc, value limit limit``."""
        counts = self.counts(rowids)
        present = np.flatnonzero(counts)
        ranked = present[np.lexsort((present, -counts[present]))][:limit]
        return [{"value": self.values[code], "count": int(counts[code])} for code in ranked]


def sorted_values(conn: sqlite3.Connection, table: str, column: str) -> list:
    """The distinct non-null values of ``column``, in SQLite's order."""
    c = escape_sqlite(column)
    return [value for (value,) in conn.execute(f"select distinct {c} from {escape_sqlite(table)} where {c} is not null order by {c}")]


def column_codes(conn: sqlite3.Connection, table: str, columns: list[str]) -> dict[str, Codes]:
    """Every row's code for each of ``columns`` (its value's rank among the distinct values), in one scan."""
    values = {column: sorted_values(conn, table, column) for column in columns}
    top = conn.execute(f"select max(rowid) from {escape_sqlite(table)}").fetchone()[0] or 0
    found = {column: Codes("column", values[column], np.full(top + 1, -1, dtype=np.int32)) for column in columns}
    ranks = [{value: code for code, value in enumerate(values[column])} for column in columns]
    selected = ", ".join(escape_sqlite(column) for column in columns)
    cursor = conn.execute(f"select rowid, {selected} from {escape_sqlite(table)}")
    while rows := cursor.fetchmany(CHUNK_ROWS):
        rowids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
        for n, column in enumerate(columns, start=1):
            rank = ranks[n - 1]
            found[column].codes[rowids] = np.fromiter((rank.get(row[n], -1) for row in rows), dtype=np.int32, count=len(rows))
    return found


def array_codes(conn: sqlite3.Connection, table: str, column: str) -> Codes:
    """(rowid, code) for each distinct value of each row's JSON array in ``column``."""
    t, c = escape_sqlite(table), escape_sqlite(column)
    pairs_sql = f"select distinct {t}.rowid as _row, j.value as value from {t}, json_each({t}.{c}) j"
    values = [value for (value,) in conn.execute(f"select distinct value from ({pairs_sql}) order by value")]
    ranked = conn.execute(f"select _row, dense_rank() over (order by value) - 1 from ({pairs_sql})")
    pairs = np.array(ranked.fetchall(), dtype=np.int64).reshape(-1, 2)
    return Codes("array", values, pairs[:, 1].astype(np.int32), pairs[:, 0])


def read_columns(conn: sqlite3.Connection, facets: dict[str, list[tuple[str, str]]]) -> dict[str, dict[str, Codes]]:
    """Table -> ``"kind:column"`` -> :class:`Codes`, for each (kind, column) facet of ``facets``.

    A facet SQLite cannot count (an array column holding text that is not JSON) is left out:
    its pages are counted in SQL, which reports the error as Datasette does.
    """
    found: dict[str, dict[str, Codes]] = {}
    for table, wanted in facets.items():
        kept = found.setdefault(table, {})
        columns = list(dict.fromkeys(column for kind, column in wanted if kind == "column"))
        for column, codes in (column_codes(conn, table, columns) if columns else {}).items():
            kept[f"column:{column}"] = codes
        for kind, column in wanted:
            if kind == "array":
                try:
                    kept[f"array:{column}"] = array_codes(conn, table, column)
                except sqlite3.Error:
                    continue
    return found


def save(columns: dict[str, dict[str, Codes]], folder: Path) -> None:
    """Write ``columns`` as .npy arrays and a JSON manifest of their values in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict] = {}
    for t, (table, facets) in enumerate(columns.items()):
        for f, (key, codes) in enumerate(facets.items()):
            stem = f"{t}-{f}"
            np.save(folder / f"{stem}-codes.npy", codes.codes)
            if codes.rows is not None:
                np.save(folder / f"{stem}-rows.npy", codes.rows)
            manifest.setdefault(table, {})[key] = {"kind": codes.kind, "values": codes.values, "stem": stem}
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def load(folder: Path) -> dict[str, dict[str, Codes]]:
    """What :func:`save` wrote, the arrays mapped read-only (workers share their pages)."""
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    columns: dict[str, dict[str, Codes]] = {}
    for table, facets in manifest.items():
        for key, entry in facets.items():
            rows = folder / f"{entry['stem']}-rows.npy"
            columns.setdefault(table, {})[key] = Codes(
                entry["kind"], entry["values"], np.load(folder / f"{entry['stem']}-codes.npy", mmap_mode="r"),
                np.load(rows, mmap_mode="r") if rows.exists() else None,
            )
    return columns


def provide(ds, database: str, columns: dict[str, dict[str, Codes]]) -> None:
    """Give ``ds`` the columns of ``database`` read elsewhere (by the parent of the workers)."""
    ds.__dict__.setdefault(COLUMNS_KEY, {})[database] = columns


def read_for(conn: sqlite3.Connection, tables_metadata: dict, min_rows: int | None = None) -> dict[str, dict[str, Codes]]:
    """The columns of the tables of at least ``min_rows`` rows, for the facets their metadata configures."""
    from .inspection import INDEXED_FROM, configured_facets, table_counts

    limit = INDEXED_FROM if min_rows is None else min_rows
    counts = {table: info for table, info in table_counts(conn).items() if info["count"] >= limit}
    return read_columns(conn, configured_facets(conn, tables_metadata, counts))


async def columns_of(ds, database: str) -> dict[str, dict[str, Codes]] | None:
    """The columns of ``database``, or None while the first page to ask reads them (in an SQL thread)."""
    kept = ds.__dict__.setdefault(COLUMNS_KEY, {})
    found = kept.get(database)
    if isinstance(found, dict):
        return found
    if found is None:
        db = ds.get_database(database)
        tables_metadata = tables_metadata_of(ds, database)
        task = asyncio.ensure_future(db.execute_fn(lambda conn: read_for(conn, tables_metadata)))
        task.add_done_callback(lambda done: settle(kept, database, done))
        kept[database] = task
    return None


def settle(kept: dict, database: str, done: asyncio.Future) -> None:
    """Keep what the read found; a read that failed is not tried again, a cancelled one is."""
    if done.cancelled():
        kept.pop(database, None)
    else:
        kept[database] = done.result() if done.exception() is None else {}


def rowids_sql(table: str, sql: str, search_sql: dict[str, str]) -> str | None:
    """The rowids of the rows a page's ``sql`` (``select … from table [where …]``) selects.

    A plain search reads them from the search index alone; None when ``sql`` is not of that shape.
    """
    marker = f" from {escape_sqlite(table)}"
    at = sql.find(marker + " ")
    if not sql.startswith("select ") or at < 0:
        return None
    where = sql[at + len(marker):].strip()
    return search_sql.get(where) or f"select rowid from {escape_sqlite(table)} {where}"


def rowids(conn: sqlite3.Connection, sql: str, params: dict, time_limit_ms: int) -> np.ndarray:
    """The rowids ``sql`` selects, read as plain integers.

    The connection's row factory (:mod:`quotes.guards`' byte budget over Datasette's rows) is
    not used: it guards what a query returns to a reader, and these are at most one integer per
    row of the table, never returned; at 200,000 rowids it took 400 ms of the 470.
    """
    cursor = conn.cursor()
    cursor.row_factory = None
    with sqlite_timelimit(conn, time_limit_ms):
        try:
            found = cursor.execute(sql, params or {}).fetchall()
        except sqlite3.OperationalError as error:
            if error.args == ("interrupted",):
                raise QueryInterrupted(error, sql, params) from error
            raise
    return np.fromiter((rowid for (rowid,) in found), dtype=np.int64, count=len(found))


async def counted(db, sql: str, params: dict, codes: dict[tuple[str, str], Codes], limit: int, time_limit_ms: int) -> dict:
    """(kind, column) -> facet rows over the rows ``sql`` selects, counted in an SQL thread."""

    def count(conn):
        selected = rowids(conn, sql, params, time_limit_ms)
        return {key: facet.top(selected, limit) for key, facet in codes.items()}

    return await db.execute_fn(count)


def index_rowids(tables_metadata: dict, table: str) -> dict[str, str]:
    """A plain search's where clause -> the search index's rowid query, for ``table``."""
    fts_table = searched_through_rowids(tables_metadata).get(table)
    return index_rowids_sql(fts_table) if fts_table else {}
