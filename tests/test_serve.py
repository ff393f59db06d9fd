"""The publication: Datasette with our metadata, plugin and templates, bounded and read-only."""

from __future__ import annotations

import json
import re
import urllib.parse

import pytest
import sqlite_utils
from typer.testing import CliRunner

from quotes.app import make_datasette
from quotes.cli import app
from quotes.collection import load_collection
from quotes.db import build

runner = CliRunner()
CHOI_DIRECT = "2021-03-24-korea-herald-nk-cruise-missiles-q06"
CHOI_DENIAL = "2021-03-24-korea-herald-nk-cruise-missiles-q09"


def test_serve_get_searches_the_bundled_collection():
    result = runner.invoke(app, ["serve", "--get", "/quotes/quotes.json?_search=sanctions&_shape=array&_size=max"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    expected = {q.id for q in load_collection().quotes if re.search(r"\bsanctions\b", q.text, re.I)}
    assert {row["id"] for row in rows} == expected
    assert {"experts", "choi-kang", "antony-blinken"} <= {row["speaker_id"] for row in rows}  # the seed's


def test_serve_get_a_built_database(bundled_db):
    result = runner.invoke(app, ["serve", str(bundled_db), "--get", "/quotes/speakers.json?_shape=array&kind=person&_size=max"])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == sum(s.kind == "person" for s in load_collection().speakers)


def test_serve_get_error_status_exits_non_zero(bundled_db):
    result = runner.invoke(app, ["serve", str(bundled_db), "--get", "/quotes/no_such_table.json"])
    assert result.exit_code == 1
    assert '"status": 404' in result.stdout


def test_serve_missing_path(tmp_path):
    result = runner.invoke(app, ["serve", str(tmp_path / "missing.db"), "--get", "/"])
    assert result.exit_code == 1
    assert "no such collection folder or database file" in result.output


def test_serve_refuses_a_broken_collection(collection):
    (collection / "speakers.yaml").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["serve", str(collection), "--get", "/"])
    assert result.exit_code == 1
    assert "speakers.yaml:1: (file): file is empty" in result.output


def test_serve_settings(bundled_db):
    result = runner.invoke(app, ["serve", str(bundled_db), "-s", "max_returned_rows=7", "--get", "/-/settings.json"])
    assert result.exit_code == 0
    settings = json.loads(result.stdout)
    assert settings["max_returned_rows"] == 7
    assert settings["suggest_facets"] is False


@pytest.mark.parametrize("bad", ["nonsense=1", "max_returned_rows", "max_returned_rows=many"])
def test_serve_bad_setting(bundled_db, bad):
    result = runner.invoke(app, ["serve", str(bundled_db), "-s", bad, "--get", "/"])
    assert result.exit_code == 2


async def test_bounded_settings(ds):
    settings = (await ds.client.get("/-/settings.json")).json()
    assert settings["sql_time_limit_ms"] <= 1000
    assert settings["max_returned_rows"] <= 1000
    assert settings["suggest_facets"] is False


async def test_every_table_and_column_is_described(ds, bundled_db):
    metadata = (await ds.client.get("/-/metadata.json")).json()
    assert metadata["license"] and metadata["source"] and metadata["description"]
    tables = metadata["databases"]["quotes"]["tables"]
    db = sqlite_utils.Database(bundled_db)
    for name in ["sources", "speakers", "institutions", "quotes", "questions", "predictions", "resolutions", "resolution_reviews", "evidence", "quotes_full"]:
        assert tables[name]["description"], name
        columns = db[name].columns_dict
        missing = set(columns) - set(tables[name].get("columns", {}))
        assert not missing, f"{name}: {missing}"


async def test_default_facets(ds, bundled_counts):
    data = (await ds.client.get("/quotes/quotes_full.json")).json()
    assert {"claim_type", "form", "speaker", "institution", "outlet"} <= set(data["facet_results"])
    claim_types = {f["value"]: f["count"] for f in data["facet_results"]["claim_type"]["results"]}
    assert claim_types["prediction"] == bundled_counts["prediction_claims"]


async def test_foreign_keys_show_names(ds):
    html = (await ds.client.get("/quotes/quotes")).text
    assert "Cheong Seong-chang" in html and "Sejong Institute" in html


@pytest.mark.parametrize("table", ["quotes", "quotes_full"])
async def test_search_box(ds, table):
    html = (await ds.client.get(f"/quotes/{table}")).text
    assert 'name="_search"' in html
    rows = (await ds.client.get(f"/quotes/{table}.json?_search=Sejong&_shape=array")).json()
    quotes = load_collection().quotes
    assert len(rows) == sum(q.institution == "sejong-institute" or "Sejong" in q.text for q in quotes)


async def test_canned_query_quotes_by_speaker(ds):
    rows = (await ds.client.get("/quotes/quotes_by_speaker.json?speaker=Choi&_shape=array")).json()
    assert [row["speaker"] for row in rows] == ["Choi Kang"] * 3


@pytest.mark.parametrize(
    "date,due",
    [
        ("2021-04-29", set()),
        ("2021-04-30", {"q08", "q09", "q12", "q13"}),  # deadline 2021-04-30: on the date counts
        ("2022-03-24", {"q08", "q09", "q12", "q13", "q01", "q05", "q07"}),
    ],
)
async def test_canned_query_predictions_due_by_date(unresolved_collection, tmp_path, date, due):
    """With the seed's resolutions taken out, the deadlines (2021-04-30, 2022-03-24) decide."""
    path = tmp_path / "unresolved.db"
    build(unresolved_collection, path)
    rows = (await make_datasette(path).client.get(f"/quotes/predictions_due_by_date.json?date={date}&_shape=array")).json()
    assert {row["quote_id"].rsplit("-", 1)[1] for row in rows} == due


async def test_quote_page(ds):
    response = await ds.client.get(f"/quotes/quotes/{CHOI_DIRECT}")
    assert response.status_code == 200
    html = response.text
    assert "“The launches followed through on the previous fiery rhetoric by Kim Yo-jong and Choe Son-hui”" in html
    assert '<span class="role">acting president</span>' in html
    assert "Asan Institute for Policy Studies" in html
    assert 'href="http://www.koreaherald.com/view.php?ud=20210324000937"' in html
    assert '<dd class="form">direct</dd>' in html and '<dd class="claim-type"><span class="tag claim-type">explanation</span></dd>' in html
    assert 'class="prediction"' not in html


async def test_quote_page_shows_the_prediction(ds):
    html = (await ds.client.get(f"/quotes/quotes/{CHOI_DENIAL}")).text
    assert "nuclear test or an intercontinental ballistic missile launch" in html
    assert "“would not”" in html
    assert "2021-04-30 (event_bounded)" in html
    # Its resolution history, with the evidence that settles it.
    assert '<p class="resolution">#1 true on' in html
    assert 'href="https://nationalpost.com/pmn/news-pmn/biden-administration-sets-new-north-korea-policy-of-practical-diplomacy-3"' in html


def sql_url(sql: str) -> str:
    return "/quotes.json?" + urllib.parse.urlencode({"sql": sql})


@pytest.mark.parametrize(
    "sql",
    [
        "insert into speakers (id, name, kind) values ('x', 'X', 'person')",
        "update quotes set text = 'changed'",
        "delete from quotes",
        "with x as (select 1) delete from quotes",
        "attach database ':memory:' as other",
        "select load_extension('/tmp/evil.so')",
        "drop table quotes",
        "pragma query_only = 0",
    ],
)
async def test_no_write_path(ds, bundled_db, sql):
    before = sqlite_utils.Database(bundled_db)["quotes"].count
    response = await ds.client.get(sql_url(sql))
    data = response.json()
    assert data["ok"] is False, data
    assert data["error"]
    # Datasette's POST routes for writing do not exist either.
    post = await ds.client.post("/quotes/quotes/-/insert", json={"row": {"id": "x"}})
    assert post.status_code in (403, 404, 405)
    assert sqlite_utils.Database(bundled_db)["quotes"].count == before


async def test_memory_cap_refuses_huge_values(ds):
    data = (await ds.client.get(sql_url("select length(zeroblob(50000000))"))).json()
    assert data["ok"] is False
    assert "too big" in data["error"]


@pytest.mark.parametrize("path", ["/\\example.com/", "//example.com/", "/\\example.com/quotes/"])
async def test_open_redirect_guard(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 404
    assert "location" not in response.headers


def test_every_plugin_module_is_an_entry_point():
    # A deployment's plain `datasette serve` loads only the entry points, so they must list every module.
    from importlib.metadata import entry_points

    from quotes.plugin import PLUGIN_MODULES

    declared = sorted(ep.value for ep in entry_points(group="datasette") if ep.value.startswith("quotes."))
    assert declared == sorted(PLUGIN_MODULES)


def test_any_file_name_is_served_as_quotes(bundled_db, tmp_path):
    """Panels, templates and the "for good" URLs do not depend on what the database file is called."""
    renamed = tmp_path / "mydb.db"
    renamed.write_bytes(bundled_db.read_bytes())
    result = runner.invoke(app, ["serve", str(renamed), "--get", f"/quotes/quotes/{CHOI_DIRECT}"])
    assert result.exit_code == 0
    assert 'class="quote-card"' in result.stdout and 'class="cite-panel"' in result.stdout
    assert runner.invoke(app, ["serve", str(renamed), "--get", "/mydb.json"]).exit_code == 1
