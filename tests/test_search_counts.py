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


SEARCHED = {"quotes_full": ("quotes_fts", {"rowid", "number"}), "quotes": ("quotes_fts", {"rowid"})}
ROWS = (
    "select number, text from quotes_full where rowid in (select rowid from quotes_fts where quotes_fts match "
    "escape_fts(:search)){cursor} order by number{desc} limit 51"
)


def test_a_search_pages_rows_are_picked_in_the_index():
    assert search_counts.rows_from_index(ROWS.format(cursor="", desc=""), SEARCHED) == (
        "select number, text from quotes_full where rowid in (select rowid from quotes_fts where quotes_fts match "
        "escape_fts(:search) order by rowid limit 51) order by number limit 51"
    )
    assert search_counts.rows_from_index(ROWS.format(cursor=" and ((number < :p1))", desc=" desc"), SEARCHED) == (
        "select number, text from quotes_full where rowid in (select rowid from quotes_fts where quotes_fts match "
        "escape_fts(:search) and rowid < :p1 order by rowid desc limit 51) order by number desc limit 51"
    )
    for other in (
        ROWS.format(cursor=" and ((number < :p1))", desc=""),  # a cursor against the order
        ROWS.format(cursor=" and ((form > :p1))", desc=""),
        ROWS.replace("order by number", "order by speaker").format(cursor="", desc=""),
        ROWS.replace("quotes_full where", "quotes where").format(cursor="", desc=""),  # quotes is sorted by id
        ROWS.format(cursor=' and "form" = :p0', desc=""),  # a filter besides the search
    ):
        assert search_counts.rows_from_index(other, SEARCHED) is None, other


def test_rowid_names_are_read_from_the_schema(mixed_db):
    conn = sqlite3.connect(mixed_db)
    tables = metadata("quotes")["databases"]["quotes"]["tables"]
    assert search_counts.searched_tables(conn, tables) == SEARCHED


@pytest.mark.parametrize("query", [
    "_search=the&_size=7", "_search=sanctions", "_search=missil*&_searchmode=raw&_size=3", "_search=the&_size=9&_col=text",
])
async def test_rows_and_pages_are_datasettes(mixed_db, query):
    """Every page of a search, followed by its next links, row for row as Datasette gives it."""

    async def pages(stock: bool) -> list:
        ds = make_datasette(mixed_db)
        ran = recording(ds.get_database("quotes"))
        with datasettes_own_counts() if stock else contextlib.nullcontext():
            await ds.invoke_startup()
        found, path = [], f"/quotes/quotes_full.json?{query}&_nofacet=1"
        while path and len(found) < 6:
            body = (await ds.client.get(path)).json()
            found.append(body["rows"])
            path = body.get("next_url") and body["next_url"].replace("http://localhost", "")
        picked = [sql for sql in ran if "order by rowid" in sql]
        return found, picked

    ours, picked = await pages(stock=False)
    theirs, stock_picked = await pages(stock=True)
    assert ours == theirs and ours[0]
    assert len(picked) == len(ours) and not stock_picked


async def test_other_orders_are_left_to_datasette(mixed_db):
    ds = make_datasette(mixed_db)
    ran = recording(ds.get_database("quotes"))
    await ds.invoke_startup()
    body = (await ds.client.get("/quotes/quotes_full.json?_search=the&_sort_desc=published&_nofacet=1")).json()
    assert body["rows"] and not [sql for sql in ran if "order by rowid" in sql]
