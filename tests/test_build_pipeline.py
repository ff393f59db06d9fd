"""One build pipeline: the curated build, the in-memory build and the Quotebank import share it,
and a column added to a table definition is one edit for all of them."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from quotes import db as db_module
from quotes.db import TABLES, build, insert_sql, load_database
from quotes.quotebank import build_with_quotebank
from quotes.views import VIEWS

SCRIPT = Path(__file__).parent.parent / "scripts" / "generate_quotebank.py"
spec = importlib.util.spec_from_file_location("generate_quotebank", SCRIPT)
generator = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generator)

CHOI = "2021-03-24-korea-herald-nk-cruise-missiles-q06"


@pytest.fixture(scope="module")
def quotebank_file(tmp_path_factory) -> Path:
    return generator.generate(tmp_path_factory.mktemp("qb") / "quotes-2019.json", 50, "quotes", seed=3)


def columns_of(conn, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def test_every_build_runs_the_same_pipeline(collection, quotebank_file, tmp_path, monkeypatch, bundled_counts):
    calls = []
    populate = db_module.populate
    monkeypatch.setattr(db_module, "populate", lambda *args, **kwargs: calls.append(args[1]) or populate(*args, **kwargs))
    build(collection, tmp_path / "curated.db")
    load_database(collection)
    counts = build_with_quotebank([quotebank_file], tmp_path / "imported.db", collection)
    assert len(calls) == 3
    assert counts["quotes"] == bundled_counts["quotes"] and counts["machine_quotes"] == 50


def test_a_new_column_is_one_edit(collection, quotebank_file, tmp_path, monkeypatch):
    # The one edit: a joined column of quotes_full, defined by its type and value.
    monkeypatch.setitem(TABLES["quotes_full"]["columns"], "source_language", (str, "src.language"))
    # ...and a plain column of quotes, which neither builder fills yet: it must simply be null.
    monkeypatch.setitem(TABLES["quotes"]["columns"], "language", str)
    build(collection, tmp_path / "curated.db")
    build_with_quotebank([quotebank_file], tmp_path / "imported.db", collection)
    for path in (tmp_path / "curated.db", tmp_path / "imported.db"):
        conn = sqlite3.connect(path)
        assert "source_language" in columns_of(conn, "quotes_full")
        assert "language" in columns_of(conn, "quotes")
        assert conn.execute("select count(language) from quotes").fetchone() == (0,)
        filled = conn.execute(
            "select count(*) from quotes_full f join quotes q on q.id = f.id join sources src on src.id = q.source_id "
            "where f.source_language is src.language"
        ).fetchone()[0]
        assert filled == conn.execute("select count(*) from quotes").fetchone()[0]
        assert conn.execute("select count(source_language) from quotes_full").fetchone()[0] > 0
        conn.close()
    memory = load_database(collection)
    assert "source_language" in columns_of(memory.conn, "quotes_full")


def test_inserts_are_checked_against_the_table_definitions():
    assert insert_sql("speakers", ["id", "name", "kind"]) == "INSERT INTO speakers (id, name, kind) VALUES (?, ?, ?)"
    with pytest.raises(ValueError, match="speakers has no column nickname"):
        insert_sql("speakers", ["id", "name", "kind", "nickname"])
    with pytest.raises(ValueError, match=r"speakers\.kind is NOT NULL"):
        insert_sql("speakers", ["id", "name"])
    assert insert_sql("sources", ["id"], {"url": "it's", "outlet": "x", "label": "y"}).endswith("VALUES (?, 'it''s', 'x', 'y')")


def test_views_read_only_what_is_defined_above_them():
    conn = sqlite3.connect(":memory:")
    db = sqlite_utils.Database(conn)
    for name, spec in TABLES.items():
        db[name].create(db_module.column_types(name), pk=spec["pk"])
    conn.execute(db_module.search_sql())
    for name, sql in VIEWS.items():  # a view that named one created later would fail to compile here
        conn.execute(f"CREATE VIEW {name} AS {sql}")
        conn.execute(f"SELECT * FROM {name} LIMIT 0")
