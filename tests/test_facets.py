"""Facets: one query per page for every facet, unfiltered pages from the inspection; the same
answers as Datasette's own facet classes."""

from __future__ import annotations

import contextlib
import importlib.util
from pathlib import Path
from urllib.parse import urlsplit

import datasette.facets
import pytest
from datasette.app import Datasette
from datasette.plugins import pm

from quotes import facets as our_facets
from quotes.app import DEFAULT_SETTINGS, TEMPLATES, make_datasette
from quotes.inspection import inspect_database
from quotes.metadata import metadata
from quotes.quotebank import build_with_quotebank

SCRIPT = Path(__file__).parent.parent / "scripts" / "generate_quotebank.py"
spec = importlib.util.spec_from_file_location("generate_quotebank", SCRIPT)
generator = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generator)

PAGES = [
    "/quotes/quotes_full.json?_search=sanctions",
    "/quotes/quotes_full.json?_search=election",
    "/quotes/quotes_full.json?_search=%22oil+spill%22&_facet=via&_facet=review",
    "/quotes/quotes_full.json?provenance=machine&_facet_size=5",
    "/quotes/quotes_full.json?_search=missiles&_facet_array=topics",
    "/quotes/quotes_full.json?_search=nothing-matches-this",
    "/quotes/quotes.json?_search=sanctions",
    "/quotes/quotes.json?claim_type=other&_facet=provenance",
    # unfiltered: from the inspection
    "/quotes/quotes_full.json",
    "/quotes/quotes.json?_facet=provenance",
    "/quotes/quotes.json?_facet=source_id&_facet_size=3",
    "/quotes/speakers.json",
]


@pytest.fixture(scope="module")
def mixed_db(tmp_path_factory) -> Path:
    """The bundled collection plus 300 machine quotes with topics-free, single-speaker facets."""
    folder = tmp_path_factory.mktemp("facets")
    source = generator.generate(folder / "quotes-2019.json", 300, "quotes", seed=5)
    path = folder / "quotes.db"
    build_with_quotebank([source], path)
    return path


@contextlib.contextmanager
def datasette_facets():
    """Datasette's own facet classes instead of ours, for the length of the block."""
    pm.unregister(name="quotes.facets")
    pm.register(datasette.facets, name="datasette.facets")
    try:
        yield
    finally:
        pm.unregister(name="datasette.facets")
        pm.register(our_facets, name="quotes.facets")


async def facets_of(ds, path: str) -> tuple[int, dict, list]:
    response = await ds.client.get(path)
    body = response.json() if response.status_code == 200 else {}
    return response.status_code, body.get("facet_results"), body.get("facets_timed_out")


@pytest.fixture(scope="module")
def inspection(mixed_db):
    return inspect_database(mixed_db)


@pytest.mark.parametrize("path", PAGES)
async def test_same_facets_as_datasette(mixed_db, inspection, path):
    ours = make_datasette(mixed_db, inspect_data=inspection)
    mine = await facets_of(ours, path)
    with datasette_facets():
        stock = Datasette(immutables=[str(mixed_db)], metadata=metadata("quotes"), settings=DEFAULT_SETTINGS, template_dir=str(TEMPLATES))
        theirs = await facets_of(stock, path)
    assert mine[0] == 200
    assert mine == theirs
    assert mine[1], "every page here has facets"


def recording(db) -> list[str]:
    """Every statement ``db.execute`` runs from now on, in order."""
    queries = []
    execute = db.execute

    async def recorded(sql, *args, **kwargs):
        queries.append(sql)
        return await execute(sql, *args, **kwargs)

    db.execute = recorded
    return queries


async def test_a_search_page_runs_one_facet_query(mixed_db, inspection):
    ds = make_datasette(mixed_db, inspect_data=inspection)
    await ds.invoke_startup()
    queries = recording(ds.get_database("quotes"))
    status, results, _ = await facets_of(ds, "/quotes/quotes_full.json?_search=sanctions")
    assert status == 200 and set(results) == {"claim_type", "form", "speaker", "institution", "outlet", "year", "topics"}
    matched = [sql for sql in queries if "quotes_fts match" in sql]
    # the page of rows, the count, and one query for all seven facets
    assert len(matched) == 3
    assert sum("with m as materialized" in sql for sql in matched) == 1


async def test_a_repeated_search_page_counts_its_facets_once(mixed_db, inspection):
    ds = make_datasette(mixed_db, inspect_data=inspection)
    await ds.invoke_startup()
    queries = recording(ds.get_database("quotes"))
    first = await ds.client.get("/quotes/quotes_full.json?_search=the&_size=5")
    following = await ds.client.get(urlsplit(first.json()["next_url"])._replace(scheme="", netloc="").geturl())
    assert following.status_code == 200 and following.json()["rows"] != first.json()["rows"]
    repeated = await facets_of(ds, "/quotes/quotes_full.json?_search=the&_size=5")
    other = await facets_of(ds, "/quotes/quotes_full.json?_search=sanctions")
    # Datasette counts a later page's facets from its cursor on: page 2 is a query of its own;
    # the repeat of page 1 is answered from what page 1 counted
    assert sum(sql.startswith("with m as materialized") for sql in queries) == 3
    assert first.json()["facet_results"] == repeated[1] != other[1]


async def test_unfiltered_facets_come_from_the_inspection(mixed_db, inspection):
    stored = inspection["quotes"]["facets"]["quotes"]["column:claim_type"]
    true_counts = dict(map(tuple, stored["rows"]))
    changed = {
        "quotes": {
            **inspection["quotes"],
            "facets": {"quotes": {"column:claim_type": {**stored, "rows": [[v, n * 1000] for v, n in stored["rows"]]}}},
        }
    }
    ds = make_datasette(mixed_db, inspect_data=changed)
    _, results, _ = await facets_of(ds, "/quotes/quotes.json")
    assert {r["value"]: r["count"] for r in results["claim_type"]["results"]} == {v: n * 1000 for v, n in true_counts.items()}
    assert true_counts["other"] >= 300
    # a filtered page counts for itself
    _, results, _ = await facets_of(ds, "/quotes/quotes.json?provenance=machine")
    assert {r["value"]: r["count"] for r in results["claim_type"]["results"]} == {"other": 300}


def test_inspection_counts_and_hash(mixed_db, inspection):
    import hashlib
    import sqlite3

    data = inspection["quotes"]
    assert data["hash"] == hashlib.sha256(mixed_db.read_bytes()).hexdigest()
    assert data["size"] == mixed_db.stat().st_size
    conn = sqlite3.connect(mixed_db)
    for table in ("quotes", "quotes_full", "speakers", "sources"):
        assert data["tables"][table]["count"] == conn.execute(f"select count(*) from {table}").fetchone()[0]
    assert not any(table.startswith("quotes_fts") for table in data["tables"])
    assert {"column:claim_type", "column:speaker", "array:topics"} <= set(data["facets"]["quotes_full"])


async def test_facets_cut_off_together(mixed_db, inspection, monkeypatch):
    from datasette.database import QueryInterrupted

    ds = make_datasette(mixed_db, inspect_data=inspection)
    await ds.invoke_startup()
    db = ds.get_database("quotes")
    execute = db.execute
    limits = []

    async def slow_batch(sql, *args, **kwargs):
        if sql.startswith("with m as materialized"):
            limits.append(kwargs["custom_time_limit"])
            raise QueryInterrupted(None, sql, args[0] if args else None)
        return await execute(sql, *args, **kwargs)

    monkeypatch.setattr(db, "execute", slow_batch)
    response = await ds.client.get("/quotes/quotes_full?_search=sanctions")
    assert response.status_code == 200
    assert limits == [DEFAULT_SETTINGS["facet_time_limit_ms"] * 7]  # the seven facets' time together
    assert "These facets timed out: claim_type, form, speaker, institution, outlet, year, topics" in response.text
