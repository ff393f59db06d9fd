"""A search page's count read from the search index alone: the same number Datasette counts."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest
from datasette.plugins import pm

from quotes import search_counts
from quotes.app import make_datasette
from quotes.metadata import metadata
from test_facets import mixed_db, recording  # noqa: F401  (the bundled collection and 300 machine quotes)

QUERIES = [
    "_search=sanctions", "_search=election", "_search=%22oil+spill%22", "_search=nothing-matches-this",
    "_search=missil*&_searchmode=raw", "_search=sanctions&claim_type=prediction", "_search=the&provenance=machine",
]


@contextlib.contextmanager
def datasettes_own_counts():
    pm.unregister(name="quotes.search_counts")
    try:
        yield
    finally:
        pm.register(search_counts, name="quotes.search_counts")


async def count_and_statements(db_path, path: str, stock: bool = False) -> tuple[int, list[str]]:
    """The page's count, and the count statements that reached SQLite (``stock``: Datasette's own)."""
    ds = make_datasette(db_path)
    ran = recording(ds.get_database("quotes"))  # before startup: a replaced statement is recorded as run
    with datasettes_own_counts() if stock else contextlib.nullcontext():
        await ds.invoke_startup()
    response = await ds.client.get(path)
    assert response.status_code == 200
    return response.json()["filtered_table_rows_count"], [sql for sql in ran if sql.startswith("select count(*)")]


def test_the_index_has_one_row_per_quote_under_its_rowid(mixed_db):
    """What makes the index's count the table's: the same rowids, no more, no fewer."""
    conn = sqlite3.connect(mixed_db)
    quotes = {row[0] for row in conn.execute("select rowid from quotes")}
    full = {row[0] for row in conn.execute("select number from quotes_full")}
    indexed = {row[0] for row in conn.execute("select id from quotes_fts_docsize")}
    conn.close()
    assert len(quotes) > 300 and quotes == full == indexed


def test_only_datasettes_plain_search_count_is_replaced():
    found = search_counts.replacements(metadata("quotes")["databases"]["quotes"]["tables"])
    assert set(found) == {
        f"select count(*) from {table} where rowid in (select rowid from quotes_fts where quotes_fts match {match}) "
        for table in ("quotes", "quotes_full")
        for match in ("escape_fts(:search)", ":search")
    }
    assert set(found.values()) == {
        "select count(*) from quotes_fts where quotes_fts match escape_fts(:search)",
        "select count(*) from quotes_fts where quotes_fts match :search",
    }


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("table", ["quotes", "quotes_full"])
async def test_counts_are_datasettes(mixed_db, table, query):
    path = f"/quotes/{table}.json?{query}&_size=1&_nofacet=1"
    ours, statements = await count_and_statements(mixed_db, path)
    theirs, stock_statements = await count_and_statements(mixed_db, path, stock=True)
    assert ours == theirs
    assert any(sql.startswith(f"select count(*) from {table} where") and "quotes_fts match" in sql for sql in stock_statements), stock_statements
    filtered = "&" in query.replace("&_searchmode=raw", "")
    from_index = [sql for sql in statements if sql.startswith("select count(*) from quotes_fts")]
    assert bool(from_index) == (not filtered), statements
    if query == "_search=sanctions":
        assert ours > 0
