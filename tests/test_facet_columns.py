"""Facet columns: a filtered page of a big table counted from arrays of codes, with exactly the
answers SQL gives."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
import pytest
import sqlite_utils
from datasette.app import Datasette
from datasette.database import QueryInterrupted

from quotes import facet_columns, inspection
from quotes.app import make_datasette, register_serving_modules
from quotes.metadata import metadata
from test_facets import mixed_db  # noqa: F401  (the bundled collection and 300 machine quotes)

TABLES = metadata("quotes")["databases"]["quotes"]["tables"]
PAGES = [
    "/quotes/quotes_full.json?_search=sanctions",
    "/quotes/quotes_full.json?_search=the",
    "/quotes/quotes_full.json?_search=%22climate+change%22&_facet=via&_facet=review",
    "/quotes/quotes_full.json?_search=missiles&_facet_array=topics&_facet_size=3",
    "/quotes/quotes_full.json?_search=the&claim_type=other",
    "/quotes/quotes_full.json?_search=rethink&_searchmode=raw",
    "/quotes/quotes_full.json?provenance=machine&_facet_size=5",
    "/quotes/quotes_full.json?year__gte=2015&form=direct",
    "/quotes/quotes_full.json?_search=nothing-matches-this",
    "/quotes/quotes.json?claim_type=other&_facet=provenance&_facet=speaker_id",
    "/quotes/sources.json?language=en&_facet=outlet",
]


@pytest.fixture(scope="module")
def columns(mixed_db):
    conn = sqlite3.connect(f"{mixed_db.as_uri()}?mode=ro", uri=True)
    try:
        return facet_columns.read_for(conn, TABLES, min_rows=0)
    finally:
        conn.close()


def served(db: Path, columns: dict) -> Datasette:
    ds = make_datasette(db)
    facet_columns.provide(ds, "quotes", columns)
    return ds


async def facets_of(ds, path: str):
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:300])
    body = response.json()
    return body.get("facet_results"), body.get("facets_timed_out"), body.get("next_url")


def test_the_configured_facets_of_every_table_are_read(mixed_db, columns):
    conn = sqlite3.connect(mixed_db)
    configured = inspection.configured_facets(conn, TABLES, inspection.table_counts(conn))
    assert {table: set(facets) for table, facets in columns.items()} == {
        table: {f"{kind}:{column}" for kind, column in facets} for table, facets in configured.items()
    }
    speaker = columns["quotes_full"]["column:speaker"]
    assert speaker.values == sorted(speaker.values)  # SQLite's order of plain text
    assert (speaker.codes >= 0).sum() == conn.execute("select count(*) from quotes_full").fetchone()[0]


@pytest.mark.parametrize("path", PAGES)
async def test_same_answers_as_sql(mixed_db, columns, path):
    from_columns = await facets_of(served(mixed_db, columns), path)
    from_sql = await facets_of(served(mixed_db, {}), path)
    assert from_columns == from_sql
    assert from_columns[0], "every page here has facets"


async def test_a_later_page_is_counted_from_its_cursor_as_in_sql(mixed_db, columns):
    first = await facets_of(served(mixed_db, columns), "/quotes/quotes_full.json?_search=the&_size=5")
    later = urlsplit(first[2])._replace(scheme="", netloc="").geturl()
    assert await facets_of(served(mixed_db, columns), later) == await facets_of(served(mixed_db, {}), later)


async def test_a_search_page_counts_from_the_index_not_the_table(mixed_db, columns, monkeypatch):
    ran = []
    original = facet_columns.rowids

    def recorded(conn, sql, params, time_limit_ms):
        ran.append(sql)
        return original(conn, sql, params, time_limit_ms)

    monkeypatch.setattr(facet_columns, "rowids", recorded)
    await facets_of(served(mixed_db, columns), "/quotes/quotes_full.json?_search=sanctions")
    await facets_of(served(mixed_db, columns), "/quotes/quotes_full.json?_search=sanctions&form=direct")
    assert ran == [
        "select rowid from quotes_fts where quotes_fts match escape_fts(:search)",
        "select rowid from quotes_full where \"form\" = :p0 and rowid in "
        "(select rowid from quotes_fts where quotes_fts match escape_fts(:search))",
    ]


def test_mixed_values_nulls_and_arrays_count_as_sqlite_orders_them(tmp_path):
    path = tmp_path / "mixed.db"
    rows = [
        {"id": 1, "v": "b", "tags": '["x", "y", "x"]'},
        {"id": 2, "v": 10, "tags": '["y", 3, null]'},
        {"id": 3, "v": "a", "tags": None},
        {"id": 4, "v": None, "tags": '[]'},
        {"id": 5, "v": 2.5, "tags": '["x"]'},
        {"id": 6, "v": "b", "tags": '[3, "y"]'},
        {"id": 7, "v": 10, "tags": '["x"]'},
    ]
    sqlite_utils.Database(path)["t"].insert_all(rows, pk="id")
    conn = sqlite3.connect(path)
    found = facet_columns.read_columns(conn, {"t": [("column", "v"), ("array", "tags")]})["t"]
    every = np.arange(1, 8)
    for key, sql in {
        "column:v": "select v, count(*) from t where v is not null group by v order by count(*) desc, v",
        "array:tags": "select value, count(*) from (select distinct j.value as value, t.rowid from t, json_each(t.tags) j) "
                      "group by value order by count(*) desc, value",
    }.items():
        expected = [{"value": value, "count": count} for value, count in conn.execute(sql)]
        assert found[key].top(every, 10) == expected
        assert found[key].top(every, 2) == expected[:2]
    assert found["column:v"].top(np.array([3, 4, 99]), 10) == [{"value": "a", "count": 1}]


def test_saved_columns_are_mapped_back_the_same(columns, tmp_path):
    facet_columns.save(columns, tmp_path / "columns")
    loaded = facet_columns.load(tmp_path / "columns")
    assert set(loaded) == set(columns)
    rowids = np.arange(0, 500, 3)
    for table, facets in columns.items():
        for key, codes in facets.items():
            assert loaded[table][key].values == codes.values
            assert loaded[table][key].top(rowids, 31) == codes.top(rowids, 31)
    assert isinstance(loaded["quotes_full"]["column:speaker"].codes, np.memmap)


def test_plain_searches_read_rowids_from_the_index():
    searches = facet_columns.index_rowids(TABLES, "quotes_full")
    plain = "select a, b from quotes_full where rowid in (select rowid from quotes_fts where quotes_fts match :search) "
    assert facet_columns.rowids_sql("quotes_full", plain, searches) == "select rowid from quotes_fts where quotes_fts match :search"
    assert facet_columns.rowids_sql("quotes_full", "select a from quotes_full where x = :p0", searches) == (
        "select rowid from quotes_full where x = :p0"
    )
    assert facet_columns.rowids_sql("quotes_full", "with q as (select 1) select * from q", searches) is None
    assert facet_columns.index_rowids(TABLES, "speakers") == {}


def test_a_count_past_the_time_limit_is_interrupted():
    conn = sqlite3.connect(":memory:")
    slow = "with recursive n(i) as (select 1 union all select i + 1 from n) select i from n where i < 0 limit 1"
    with pytest.raises(QueryInterrupted):
        facet_columns.rowids(conn, slow, {}, 30)


async def test_a_process_not_given_columns_reads_them_once_on_first_use(mixed_db, monkeypatch):
    monkeypatch.setattr(inspection, "INDEXED_FROM", 400)  # quotes and quotes_full have 425 rows
    register_serving_modules()
    ds = make_datasette(mixed_db)
    assert await facet_columns.columns_of(ds, "quotes") is None  # counted in SQL meanwhile
    await ds.__dict__[facet_columns.COLUMNS_KEY]["quotes"]
    found = await facet_columns.columns_of(ds, "quotes")
    counts = inspection.table_counts(sqlite3.connect(mixed_db))
    assert set(found) == {"quotes", "quotes_full"} == {name for name, info in counts.items() if info["count"] >= 400}
    assert found["quotes_full"]["column:claim_type"].values == sorted(
        {row["claim_type"] for row in sqlite_utils.Database(mixed_db)["quotes_full"].rows}
    )
