"""A search page's match count, and its rows' rowids, read from the search index alone.

Datasette counts the matches of a search as
``select count(*) from quotes_full where rowid in (select rowid from quotes_fts where quotes_fts match …)``:
every match is looked up in the table, one random read each, to count rows it already has the
rowids of. At a million quotes a search matching 37,000 of them spends 70 ms there, a quarter
of its page. The index holds exactly one row per quote, under the quote's rowid
(:func:`quotes.db.populate` writes both from the same rows; ``tests/test_search_counts.py``
checks the equality on a built database), so ``select count(*) from quotes_fts where quotes_fts
match …`` is the same number, read from the index alone (5 ms).

The page's rows are picked the same way (:func:`rows_from_index`): the first ``limit`` matches
in the index's rowid order, instead of every match looked up and sorted for 51 of them.

Only those statements are replaced, as Datasette 0.65 writes it for a table whose metadata
names ``quotes_fts``, in both search modes: a search combined with any filter, a column search or
any other query is left as it is. Registered by :mod:`quotes.app` as a serving module (speed,
not behaviour), for immutable databases only.
"""

from __future__ import annotations

import re

from datasette import hookimpl
from datasette.utils import escape_sqlite

MARK = "_quotes_counts_from_index"
MATCHES = ("escape_fts(:search)", ":search")  # Datasette's plain search, then ?_searchmode=raw


def search_clause(fts_table: str, fts_pk: str, match: str) -> str:
    """The where clause of a plain search, as Datasette 0.65 writes it."""
    fts = escape_sqlite(fts_table)
    return f"{fts_pk} in (select rowid from {fts} where {fts} match {match})"


def search_count_sql(table: str, fts_table: str, fts_pk: str, match: str) -> str:
    """The count Datasette runs for a plain search of ``table``, character for character."""
    return f"select count(*) from {escape_sqlite(table)} where {search_clause(fts_table, fts_pk, match)} "


def index_count_sql(fts_table: str, match: str) -> str:
    fts = escape_sqlite(fts_table)
    return f"select count(*) from {fts} where {fts} match {match}"


def index_rowids_sql(fts_table: str) -> dict[str, str]:
    """A plain search's where clause -> the same rowids read from the index alone (both search modes)."""
    fts = escape_sqlite(fts_table)
    return {
        f"where {search_clause(fts_table, 'rowid', match)}": f"select rowid from {fts} where {fts} match {match}"
        for match in MATCHES
    }


def tables_metadata_of(ds, database: str) -> dict:
    """The metadata of ``database``'s tables, as ``ds`` publishes them."""
    return ((ds.metadata("databases") or {}).get(database) or {}).get("tables", {})


def searched_through_rowids(tables_metadata: dict) -> dict[str, str]:
    """Table -> its search index, for the tables whose metadata searches them through a rowid index."""
    return {
        table: meta["fts_table"]
        for table, meta in tables_metadata.items()
        if meta.get("fts_table") and meta.get("fts_pk", "rowid") == "rowid"
    }


def replacements(tables_metadata: dict) -> dict[str, str]:
    """Datasette's count statement -> the index's, for every table searched through a rowid index."""
    return {
        search_count_sql(table, fts_table, "rowid", match): index_count_sql(fts_table, match)
        for table, fts_table in searched_through_rowids(tables_metadata).items()
        for match in MATCHES
    }


# A search page's rows as Datasette 0.65 asks for them, sorted by the table's rowid (or its
# alias), first page or a later one (its cursor).
SEARCH_ROWS = re.compile(
    r"(?P<select>select .+ from (?P<table>\S+) where )"
    r"rowid in \(select rowid from (?P<fts>\S+) where (?P=fts) match (?P<match>escape_fts\(:search\)|:search)\)"
    r"(?: and \(\((?P<key>\S+) (?P<op>[<>]) :(?P<param>p\d+)\)\))?"
    r" order by (?P<order>\S+)(?P<desc> desc)? limit (?P<limit>\d+)",
    re.S,
)


def rows_from_index(sql: str, searched: dict[str, tuple[str, set[str]]]) -> str | None:
    """A search page's rows with their rowids picked in the index: the first ``limit`` matches.

    Datasette looks up every match in the table, then sorts them by rowid to keep ``limit``:
    at a million quotes a word in a quarter of them costs 110 ms for 51 rows. The index returns
    its matches in rowid order, so the same rows are its first ``limit`` (after the cursor);
    every match is a row of the table (see the module's docstring). ``searched``: table ->
    (its search index, the names of its rowid). None for any other statement.
    """
    found = SEARCH_ROWS.fullmatch(sql.strip())
    if not found or found["table"] not in searched:
        return None
    fts, rowid_names = searched[found["table"]]
    descending = bool(found["desc"])
    if found["fts"] != escape_sqlite(fts) or found["order"] not in rowid_names:
        return None
    if found["key"] and (found["key"] != found["order"] or found["op"] != ("<" if descending else ">")):
        return None
    after = f" and rowid {found['op']} :{found['param']}" if found["key"] else ""
    direction = " desc" if descending else ""
    picked = (
        f"select rowid from {found['fts']} where {found['fts']} match {found['match']}{after} "
        f"order by rowid{direction} limit {found['limit']}"
    )
    return f"{found['select']}rowid in ({picked}) order by {found['order']}{direction} limit {found['limit']}"


def count_from_index(db, statements: dict[str, str], searched: dict[str, tuple[str, set[str]]] | None = None) -> None:
    """Make ``db.execute`` run the index's count wherever Datasette's is asked for, and pick a
    plain search's rows in the index (:func:`rows_from_index`) for the tables of ``searched``."""
    if getattr(db, MARK, False) or not statements:
        return
    execute = db.execute
    searched = searched or {}

    async def counted(sql, *args, **kwargs):
        replaced = statements.get(sql) or (rows_from_index(sql, searched) if "limit" in sql else None)
        return await execute(replaced or sql, *args, **kwargs)

    db.execute = counted
    setattr(db, MARK, True)


def rowid_names(conn, table: str) -> set[str]:
    """``rowid`` and the column that is its alias (an ``INTEGER PRIMARY KEY``), if any."""
    columns = conn.execute("select name, type, pk from pragma_table_info(?)", [table]).fetchall()
    keys = [(name, kind) for name, kind, pk in columns if pk]
    alias = {keys[0][0]} if len(keys) == 1 and keys[0][1].upper() == "INTEGER" else set()
    return {"rowid", escape_sqlite("rowid")} | {escape_sqlite(name) for name in alias}


def searched_tables(conn, tables_metadata: dict) -> dict[str, tuple[str, set[str]]]:
    """Escaped table name -> (search index, rowid names), for tables searched through a rowid index."""
    return {
        escape_sqlite(table): (fts_table, rowid_names(conn, table))
        for table, fts_table in searched_through_rowids(tables_metadata).items()
    }


@hookimpl
def startup(datasette):
    async def inner():
        for name, db in list(datasette.databases.items()):
            if db.is_mutable or name in ("_internal", "_memory"):
                continue
            tables_metadata = tables_metadata_of(datasette, name)
            searched = await db.execute_fn(lambda conn: searched_tables(conn, tables_metadata))
            count_from_index(db, replacements(tables_metadata), searched)

    return inner
