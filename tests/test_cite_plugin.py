"""Citations in Datasette: the Cite panel on quote pages and the .bib/.csljson/.ris downloads."""

from __future__ import annotations

import html
import json
import re
import urllib.parse
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
import rispy

from quotes import cite
from quotes.collection import BUNDLED, load_collection

CHOI_DIRECT = "2021-03-24-korea-herald-nk-cruise-missiles-q06"
SOURCE = "2021-03-24-korea-herald-nk-cruise-missiles"
ALL_IDS = [quote.id for quote in load_collection(BUNDLED).quotes]
CSL_DATA_SCHEMA = json.loads((Path(__file__).parent / "data" / "csl-data.json").read_text())


def parse_bib(text: str) -> list[dict]:
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    return [{"id": entry.key, **{field.key: field.value for field in entry.fields}} for entry in library.entries]


def parse_csljson(text: str) -> list[dict]:
    items = json.loads(text)
    jsonschema.validate(items, CSL_DATA_SCHEMA)
    return items


def parse_ris(text: str) -> list[dict]:
    return rispy.loads(text)


PARSERS = {"bib": parse_bib, "csljson": parse_csljson, "ris": parse_ris}
CONTENT_TYPES = {
    "bib": "application/x-bibtex; charset=utf-8",
    "csljson": "application/vnd.citationstyles.csl+json; charset=utf-8",
    "ris": "application/x-research-info-systems; charset=utf-8",
}


async def test_quote_page_has_a_cite_panel(ds):
    response = await ds.client.get(f"/quotes/quotes/{CHOI_DIRECT}")
    assert response.status_code == 200
    page = response.text
    panel = page[page.index('<section class="cite-panel"') : page.index("</section>", page.index('<section class="cite-panel"'))]
    for label in ("APA", "Chicago", "MLA", "BibTeX"):
        assert f"<dt>{label}</dt>" in panel
    assert panel.count('class="cite-copy"') == 7  # in-text and reference for three styles, and the BibTeX
    described = "[Report on North Korea's cruise-missile launches of 21 March 2021]"
    assert f'<span id="cite-apa-in-text">(Choi, as cited in {described}, 2021)</span>' in panel
    assert f"{described}. (2021, March 24). <i>The Korea Herald</i>. http://www.koreaherald.com/view.php?ud=20210324000937" in panel
    assert f'<span id="cite-mla-in-text">(Choi, qtd. in {described})</span>' in panel
    bibtex = html.unescape(re.search(r'<pre id="cite-bibtex">(.*?)</pre>', panel, re.S).group(1))
    assert [entry["id"] for entry in parse_bib(bibtex)] == [CHOI_DIRECT]
    for extension in PARSERS:
        assert f'href="/quotes/quotes/{CHOI_DIRECT}.{extension}"' in panel


@pytest.mark.parametrize("quote_id", ALL_IDS)
async def test_every_quote_has_a_permanent_url_with_its_citation(ds, quote_id):
    # /quotes/quotes/<id> is the quote's URL for good: ids are stable slugs that need no escaping.
    assert urllib.parse.quote(quote_id, safe="") == quote_id
    response = await ds.client.get(f"/quotes/quotes/{quote_id}")
    assert response.status_code == 200
    assert 'id="cite-apa-in-text"' in response.text
    download = await ds.client.get(f"/quotes/quotes/{quote_id}.csljson")
    assert [item["id"] for item in parse_csljson(download.text)] == [quote_id]


async def test_other_tables_have_no_cite_panel(ds):
    response = await ds.client.get("/quotes/speakers/choi-kang")
    assert response.status_code == 200
    assert "cite-panel" not in response.text


CHOI_QUOTES = [CHOI_DIRECT, f"{SOURCE}-q08", f"{SOURCE}-q09"]
LISTS = [
    ("/quotes/quotes", ALL_IDS[:10], {"_size": "10"}),
    ("/quotes/quotes", ALL_IDS, {"_size": "max"}),
    ("/quotes/quotes", CHOI_QUOTES, {"speaker_id": "choi-kang"}),
    ("/quotes/quotes_full", [f"{SOURCE}-q01", f"{SOURCE}-q09", f"{SOURCE}-q13"], {"_search": "sanctions", "outlet": "The Korea Herald"}),
    ("/quotes/quotes_by_speaker", CHOI_QUOTES, {"speaker": "Choi"}),
    ("/quotes/predictions_status", None, {"_sort": "quote_id"}),
    ("/quotes", [CHOI_DIRECT], {"sql": f"select id, text from quotes where id = '{CHOI_DIRECT}'"}),
]


@pytest.mark.parametrize("extension", list(PARSERS))
@pytest.mark.parametrize("path,expected,params", LISTS)
async def test_any_list_of_quotes_downloads(ds, bundled_db, path, expected, params, extension):
    if expected is None:  # every prediction, by its quote id
        import sqlite_utils

        expected = [row["quote_id"] for row in sqlite_utils.Database(bundled_db).query("select quote_id from predictions order by quote_id")]
    response = await ds.client.get(f"{path}.{extension}?{urllib.parse.urlencode(params)}")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == CONTENT_TYPES[extension]
    assert response.headers["content-disposition"].startswith("attachment; filename=")
    entries = PARSERS[extension](response.text)
    assert sorted(entry["id"] for entry in entries) == sorted(expected)


@pytest.mark.parametrize("extension", list(PARSERS))
async def test_downloads_are_the_same_citations_as_the_cli(ds, bundled_db, extension):
    response = await ds.client.get(f"/quotes/quotes/{CHOI_DIRECT}.{extension}")
    import sqlite_utils

    records = cite.select_quotes(sqlite_utils.Database(bundled_db), [CHOI_DIRECT])
    exporter = {"bib": "bibtex", "csljson": "csl-json", "ris": "ris"}[extension]
    assert response.text == cite.export(records, exporter)


@pytest.mark.parametrize(
    "sql,check",
    [
        # Columns of a quote without its id: cited from what they give.
        (
            "select f.text, f.speaker, f.title, f.outlet, f.published, s.url from quotes_full f "
            "join quotes q on q.id = f.id join sources s on s.id = q.source_id where f.id = '2021-03-24-korea-herald-nk-cruise-missiles-q06'",
            lambda item: item["container-title"] == "The Korea Herald"
            and item["issued"] == {"date-parts": [[2021, 3, 24]]}
            and item["note"].startswith("Choi Kang, acting president: The launches"),
        ),
        # A source row: its title column is the headline, here unknown.
        (f"select * from sources where id = '{SOURCE}'", lambda item: item["id"] == SOURCE and item["URL"].startswith("http://www.koreaherald.com") and "title" not in item),
        # Nothing citeable at all still gives a valid, if bare, item.
        ("select 1 as n, 'x' as other", lambda item: item == {"id": "row-1", "type": "article-newspaper"}),
    ],
)
async def test_any_set_of_columns_renders(ds, sql, check):
    response = await ds.client.get("/quotes.csljson?" + urllib.parse.urlencode({"sql": sql}))
    assert response.status_code == 200, response.text
    [item] = parse_csljson(response.text)
    assert check(item), item


@pytest.mark.parametrize(
    "path,offered",
    [
        ("/quotes/quotes", True),
        ("/quotes/quotes_full", True),
        ("/quotes/predictions_status", True),
        ("/quotes/quotes_by_speaker?speaker=Choi", True),
        ("/quotes/speakers", False),
    ],
)
async def test_download_links_are_offered_for_quotes(ds, path, offered):
    response = await ds.client.get(path)
    assert response.status_code == 200
    links = re.findall(r'href="([^"]+\.(?:bib|csljson|ris)(?:\?[^"]*)?)"', response.text)
    assert (len(links) == 3) is offered, links
