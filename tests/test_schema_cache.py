"""Schema questions about an immutable database answered once per process: the same answers, as
copies, in fewer round trips; a new database or new metadata is still seen."""

from __future__ import annotations

import re
import shutil
import sqlite3

from datasette.database import Database

from quotes import schema_cache
from quotes.app import make_datasette


def counting_round_trips(db) -> list:
    calls = []
    execute_fn = db.execute_fn

    async def counted(fn):
        calls.append(fn)
        return await execute_fn(fn)

    db.execute_fn = counted
    return calls


def first_quote(path) -> str:
    return sqlite3.connect(path).execute("select id from quotes order by rowid limit 1").fetchone()[0]


async def test_a_quote_page_asks_the_schema_once(bundled_db):
    ds = make_datasette(bundled_db)
    page = f"/quotes/quotes/{first_quote(bundled_db)}"
    first = await ds.client.get(page)
    calls = counting_round_trips(ds.get_database("quotes"))
    again = await ds.client.get(page)
    timing = re.compile(r"took [0-9.]+ms")
    assert first.status_code == again.status_code == 200
    assert timing.sub("", first.text) == timing.sub("", again.text)
    # 15 before (schema version, table spelling x3, keys x2, columns, foreign keys x2, …):
    # the row, its counts and the two panels' queries remain
    assert len(calls) <= 6, [getattr(fn, "__qualname__", fn) for fn in calls]


async def test_answers_are_the_databases_and_copies(bundled_db):
    ds = make_datasette(bundled_db)
    await ds.invoke_startup()
    db = ds.get_database("quotes")
    fresh = ds.add_database(Database(ds, path=str(bundled_db), is_mutable=False), name="fresh")
    assert getattr(db, schema_cache.MARK)
    for table in ("quotes", "quotes_full", "speakers", "no_such_table"):
        assert await db.table_columns(table) == await fresh.table_columns(table)
        assert await db.primary_keys(table) == await fresh.primary_keys(table)
        assert await db.foreign_keys_for_table(table) == await fresh.foreign_keys_for_table(table)
        assert await db.table_exists(table) == await fresh.table_exists(table)
    assert await db.get_all_foreign_keys() == await fresh.get_all_foreign_keys()
    keys = await db.get_all_foreign_keys()
    keys["quotes"]["outgoing"].clear()
    columns = await db.table_columns("quotes")
    columns.append("changed")
    assert (await db.get_all_foreign_keys())["quotes"]["outgoing"] == (await fresh.get_all_foreign_keys())["quotes"]["outgoing"] != []
    assert "changed" not in await db.table_columns("quotes")


async def test_a_database_added_later_is_still_refreshed(bundled_db, tmp_path):
    ds = make_datasette(bundled_db)
    assert (await ds.client.get("/quotes/speakers.json")).status_code == 200
    other = shutil.copy(bundled_db, tmp_path / "later.db")
    ds.add_database(Database(ds, path=str(other), is_mutable=False), name="later")
    response = await ds.client.get("/later/speakers.json?_shape=array")
    assert response.status_code == 200 and response.json()
    tables = await ds.get_database("_internal").execute("select table_name from tables where database_name = 'later'")
    assert "speakers" in {row[0] for row in tables.rows}


async def test_table_permissions_follow_the_metadata(bundled_db):
    ds = make_datasette(bundled_db)
    assert (await ds.client.get("/quotes/speakers.json")).status_code == 200
    assert (await ds.client.get("/quotes/speakers.json")).status_code == 200  # answered from the cache
    metadata = dict(ds._metadata_local)
    databases = {**metadata["databases"], "quotes": {**metadata["databases"]["quotes"]}}
    databases["quotes"]["tables"] = {**databases["quotes"]["tables"], "speakers": {"allow": {"id": "editor"}}}
    ds._metadata_local = {**metadata, "databases": databases}
    assert (await ds.client.get("/quotes/speakers.json")).status_code == 403
