"""The researcher's pages: home guide, search-first quote tables, speaker and institution pages (on the seed article)."""

from __future__ import annotations

import html
import re

import bibtexparser
import pytest
import sqlite_utils

from quotes.pages import highlighted, search_terms
from quotes.scoring import interval_text, scorecard

CHOI = "choi-kang"
ASAN = "asan-institute-for-policy-studies"
SOURCE = "2021-03-24-korea-herald-nk-cruise-missiles"


def count(db, sql):
    return db.execute(sql).fetchone()[0]


async def test_home_is_a_guide_counted_from_the_database(seed_ds, seed_db):
    db = sqlite_utils.Database(seed_db)
    page = (await seed_ds.client.get("/")).text
    guide = page[page.index('<section class="guide">'):]
    assert '<form class="site-search" action="/quotes/quotes_full"' in guide
    quotes = count(db, "select count(*) from quotes")
    assert f'<span class="figure">{quotes}</span> <a href="/quotes/quotes_full">quotes</a>' in guide
    for claim_type, n in db.execute("select claim_type, count(*) from quotes group by claim_type"):
        assert f'<a href="/quotes/quotes_full?claim_type={claim_type}">{claim_type}</a> {n}' in guide
    statuses = dict(db.execute("select status, count(*) from predictions_status group by status").fetchall())
    assert f'resolved {statuses.get("resolved", 0)}</a>' in guide and f'due {statuses.get("due", 0)}</a>' in guide
    assert "published 2021-03-24" in guide  # the date range of the sources
    assert 'href="/-/scorecards"' in guide and 'href="/quotes/due_predictions"' in guide
    assert f'href="/quotes/speakers/{CHOI}"' in guide and f'href="/quotes/institutions/{ASAN}"' in guide
    assert guide.count('class="quote-result"') == 5  # latest quotes
    assert "hedge_probabilities" not in page  # no stock table list on the home page


async def test_home_counts_follow_the_data(unresolved_collection, tmp_path):
    from quotes.app import make_datasette
    from quotes.db import build

    path = tmp_path / "other.db"
    build(unresolved_collection, path)
    page = (await make_datasette(path).client.get("/")).text
    assert "resolved 0</a>" in page and "due 7</a>" in page  # deadlines of 2022 have passed


async def test_home_figures_are_counted_once_per_immutable_database(unresolved_collection, tmp_path, monkeypatch):
    from quotes import pages
    from quotes.app import make_datasette
    from quotes.db import build

    path = tmp_path / "once.db"
    build(unresolved_collection, path)
    counted = []
    holdings = pages.holdings
    monkeypatch.setattr(pages, "holdings", lambda conn: counted.append(1) or holdings(conn))
    ds = make_datasette(path)
    await ds.invoke_startup()
    first = (await ds.client.get("/")).text
    again = (await ds.client.get("/quotes")).text
    assert counted == [1]
    assert "due 7</a>" in first and "due 7</a>" in again


async def test_database_page_opens_on_the_guide(seed_ds):
    page = (await seed_ds.client.get("/quotes")).text
    assert page.index('<section class="guide">') < page.index('id="sql-editor"')


async def test_search_results_come_first_highlighted(seed_ds):
    page = (await seed_ds.client.get("/quotes/quotes_full?_search=sanctions")).text
    results = page.index('<ol class="quote-results">')
    assert page.index('id="quote-search"') < results < page.index('<details class="glossary">') < page.index('class="filters"')
    assert page.count('class="quote-result"') == 3 and page.count("<mark>sanctions</mark>") == 3
    assert f'href="/quotes/speakers/{CHOI}"' in page and f'href="/quotes/institutions/{ASAN}"' in page
    assert 'class="source" href="http://www.koreaherald.com/view.php?ud=20210324000937"' in page
    assert '<a class="tag topic" href="/quotes/quotes_full?topics__arraycontains=sanctions">sanctions</a>' in page
    # Datasette's table of every column, rendered only when asked for
    assert '<table class="rows-and-columns">' not in page
    link = re.search(r'<p class="table-view"><a href="([^"]+)#table-view">', page).group(1)
    assert html.unescape(link) == "/quotes/quotes_full?_search=sanctions&_table=1"
    table = (await seed_ds.client.get(html.unescape(link))).text
    assert '<section class="table-view" id="table-view">' in table and table.count('<table class="rows-and-columns">') == 1
    search_box = table[table.index('<form class="site-search quote-search"'):]
    assert 'name="_table"' not in search_box[:search_box.index("</form>")]  # a new search drops it
    for facet in ("claim_type", "speaker", "institution", "outlet", "year", "topics"):
        assert f'data-column="{facet}"' in page  # every facet kept


@pytest.mark.parametrize("table", ["quotes", "quotes_full"])
async def test_glossary_describes_only_the_columns_shown(seed_ds, table):
    page = (await seed_ds.client.get(f"/quotes/{table}?_col=text&_col=claim_type")).text
    glossary = re.search(r'<details class="glossary">(.*?)</details>', page, re.S).group(1)
    assert re.findall(r"<dt>(.*?)</dt>", glossary) == ["text", "claim_type"]
    assert "prediction: A statement about the future" in glossary and ".; " not in glossary
    for absent in ("char_start", "speaker_probability", "occurrence_urls", "context_left", "status", "outcome"):
        assert f"<dt>{absent}</dt>" not in page


async def test_search_on_the_quotes_table_links_names_too(seed_ds):
    page = (await seed_ds.client.get("/quotes/quotes?_search=Sejong")).text
    assert page.count('class="quote-result"') == 2
    assert '<a class="institution" href="/quotes/institutions/sejong-institute">Sejong Institute</a>' in page


def test_highlight_escapes_before_marking():
    marked = highlighted('Sanctions <script>alert("x")</script> & sanctions; sanctioned', search_terms('"sanctions" script'))
    assert str(marked) == (
        '<mark>Sanctions</mark> &lt;<mark>script</mark>&gt;alert(&#34;x&#34;)&lt;/<mark>script</mark>&gt; '
        "&amp; <mark>sanctions</mark>; sanctioned"
    )
    # Diacritics folded as the index folds them: 'seoul' finds Séoul; 'dang' does not find Đặng (Đ is a letter of its own).
    assert str(highlighted("Séoul, Đặng", search_terms("seoul dang"))) == "<mark>Séoul</mark>, Đặng"
    assert str(highlighted("Séoul, Đặng", search_terms("đang"))) == "Séoul, <mark>Đặng</mark>"


async def test_speaker_page_lists_quotes_roles_record_and_downloads(seed_ds, seed_db):
    page = (await seed_ds.client.get(f"/quotes/speakers/{CHOI}")).text
    assert '<h1 class="profile-name">Choi Kang</h1>' in page
    ids = re.findall(r'<p class="statement"><a href="/quotes/quotes/([^"]+)"', page)
    db = sqlite_utils.Database(seed_db)
    assert ids == [r[0] for r in db.execute("select id from quotes where speaker_id = ? order by id desc", [CHOI])]
    assert "<td>acting president</td>" in page and f'<a href="/quotes/institutions/{ASAN}">' in page
    card = scorecard(db, "speaker", CHOI)
    assert 'href="/-/scorecard/speaker/choi-kang"' in page and f"(95% CI {interval_text(card)})" in page
    assert f'<strong class="brier">{card["brier"]:.3f}</strong>' in page
    assert "always saying 50% scores 0.25" in page
    link = html.unescape(re.search(r'class="download" href="([^"]+\.bib[^"]*)"', page).group(1))
    entries = bibtexparser.parse_string((await seed_ds.client.get(link)).text).entries
    assert sorted(entry.key for entry in entries) == sorted(ids)
    assert '<details class="record">' in page


async def test_unnamed_speaker_page_says_so(seed_ds):
    page = (await seed_ds.client.get("/quotes/speakers/experts")).text
    assert 'class="unnamed-note"' in page and "unnamed-label" in page


async def test_speaker_without_predictions(seed_ds):
    page = (await seed_ds.client.get("/quotes/speakers/cheong-seong-chang")).text
    assert 'class="no-predictions"' in page and page.count('class="quote-result"') == 2


async def test_institution_page_names_who_spoke_for_it(seed_ds):
    page = (await seed_ds.client.get(f"/quotes/institutions/{ASAN}")).text
    assert '<h1 class="profile-name">Asan Institute for Policy Studies</h1>' in page
    assert page.count('class="quote-result"') == 3
    assert f'<td><a href="/quotes/speakers/{CHOI}">Choi Kang</a></td>' in page
    assert f'href="/-/scorecard/institution/{ASAN}"' in page
    assert f"/quotes/quotes.ris?institution_id={ASAN}" in page


async def test_quote_page_links_people_and_scorecards_and_folds_the_row(seed_ds):
    page = (await seed_ds.client.get(f"/quotes/quotes/{SOURCE}-q09")).text
    card = page.index('<section class="quote-card"')
    assert f'href="/quotes/speakers/{CHOI}"' in page and 'href="/-/scorecard/speaker/choi-kang"' in page
    assert card < page.index('<section class="cite-panel"') < page.index('<details class="record">')
    assert page.count('<table class="rows-and-columns">') == 1  # the raw row only inside the folded record
    assert page.index('<details class="record">') < page.index('<table class="rows-and-columns">')
