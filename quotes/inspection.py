"""What an immutable database lets us compute once, before serving: ``datasette inspect``'s data
(the file's hash and size, every table's row count) plus the facet counts of unfiltered pages.

Datasette takes the result as ``inspect_data``: table pages then show the stored count instead
of counting a million rows per request, and :mod:`quotes.facets` answers an unfiltered page's
facets from it. ``quotes serve`` computes it once in the parent process and hands the file to
every worker; ``quotes inspect`` writes it for a deployment. The hash is also the ETag's root
(:mod:`quotes.http_cache`), so a new database means new ETags.

Facets kept: those the metadata configures for each table, and, for tables of at least
:data:`INDEXED_FROM` rows, every column with an index of its own (what a researcher is likely to
facet by, and cheap to count); each with up to ``default_facet_size`` + 1 values, as Datasette
asks for. A bigger ``_facet_size`` is computed per request as usual.

    >>> from quotes.inspection import inspect_database
    >>> inspect_database("quotes.db")["quotes"]["tables"]["quotes"]["count"]  # doctest: +SKIP
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from datasette.inspect import inspect_hash
from datasette.utils import escape_sqlite

from .facets import FACET_SQL
from .metadata import metadata as site_metadata

INDEXED_FROM = 10_000
DEFAULT_FACET_SIZE = 30


def table_counts(conn: sqlite3.Connection) -> dict[str, dict]:
    """Row counts of the ordinary tables (not views, virtual tables or their shadow tables)."""
    names = [
        name for (name,) in conn.execute(
            "select name from sqlite_master where type = 'table' and sql not like 'CREATE VIRTUAL TABLE%' "
            "and name not like 'sqlite_%' order by name"
        )
    ]
    virtual = [name for (name,) in conn.execute("select name from sqlite_master where sql like 'CREATE VIRTUAL TABLE%'")]
    names = [n for n in names if not any(n.startswith(v + "_") for v in virtual)]
    return {name: {"count": conn.execute(f"select count(*) from {escape_sqlite(name)}").fetchone()[0]} for name in names}


def configured_facets(conn: sqlite3.Connection, tables_metadata: dict, counts: dict[str, dict]) -> dict[str, list[tuple[str, str]]]:
    """Table -> the (type, column) facets its metadata configures, for the tables of ``counts``."""
    kept: dict[str, list[tuple[str, str]]] = {}
    for table, table_metadata in tables_metadata.items():
        if table not in counts:
            continue
        columns = {name for (name,) in conn.execute("select name from pragma_table_info(?)", [table])}
        for facet in table_metadata.get("facets", []):
            kind, column = ("column", facet) if isinstance(facet, str) else next(iter(facet.items()))
            if kind in FACET_SQL and column in columns:  # an older database may lack a newer column
                kept.setdefault(table, []).append((kind, column))
    return kept


def facets_to_keep(conn: sqlite3.Connection, tables_metadata: dict, counts: dict[str, dict]) -> dict[str, list[tuple[str, str]]]:
    """Table -> (type, column) facets to count ahead: those configured and, on big tables, indexed columns."""
    kept = configured_facets(conn, tables_metadata, counts)
    for table, info in counts.items():
        if info["count"] < INDEXED_FROM:
            continue
        for (index,) in conn.execute("select name from pragma_index_list(?)", [table]).fetchall():
            columns = [name for (name,) in conn.execute("select name from pragma_index_info(?)", [index])]
            if len(columns) == 1 and columns[0] is not None:
                kept.setdefault(table, []).append(("column", columns[0]))
    return {table: list(dict.fromkeys(facets)) for table, facets in kept.items()}


def facet_counts(conn: sqlite3.Connection, table: str, kind: str, column: str, size: int) -> dict:
    """Up to ``size`` + 1 rows of one facet over the whole table, as Datasette counts them."""
    limit = size + 1
    inner = f"select * from {escape_sqlite(table)}"
    if kind == "array":
        inner = f"select rowid as _row, {escape_sqlite(column)} from {escape_sqlite(table)}"
    sql = f"with m as ({inner}) {FACET_SQL[kind](column, limit)}"
    rows = [list(row) for row in conn.execute(sql)]
    return {"rows": rows, "complete": len(rows) < limit}


def inspect_database(db_path: Path | str, name: str = "quotes", facet_size: int = DEFAULT_FACET_SIZE) -> dict:
    """Datasette's inspect data for the database at ``db_path`` published as ``name``, plus ``facets``.

    :returns: ``{name: {"hash", "size", "file", "tables": {table: {"count"}}, "facets": {table: {"column:x": ...}}}}``
    """
    path = Path(db_path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        counts = table_counts(conn)
        tables_metadata = site_metadata(name)["databases"][name]["tables"]
        facets = {
            table: {f"{kind}:{column}": facet_counts(conn, table, kind, column, facet_size) for kind, column in kept}
            for table, kept in facets_to_keep(conn, tables_metadata, counts).items()
        }
    finally:
        conn.close()
    return {
        name: {
            "hash": inspect_hash(path),
            "size": path.stat().st_size,
            "file": str(path),
            "tables": counts,
            "facets": facets,
        }
    }


def write_inspection(db_path: Path | str, output: Path | str, name: str = "quotes", facet_size: int = DEFAULT_FACET_SIZE) -> dict:
    """Inspect ``db_path`` and write the JSON to ``output``; returns the data."""
    data = inspect_database(db_path, name, facet_size)
    Path(output).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return data
