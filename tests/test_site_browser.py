"""The site in a real browser at a desktop and a phone width: what a researcher sees first, and
no page scrolls sideways.

One ``quotes serve`` of the seed article and one chromium for the module (``seed_server`` and ``browser``
in conftest.py); the figures asserted are the seed's.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

WIDTHS = [1280, 390]
QUOTE = "/quotes/quotes/2021-03-24-korea-herald-nk-cruise-missiles-q09"
PAGES = {
    "home": "/",
    "search": "/quotes/quotes_full?_search=sanctions",
    "quote": QUOTE,
    "speaker": "/quotes/speakers/choi-kang",
    "institution": "/quotes/institutions/asan-institute-for-policy-studies",
    "scorecards": "/-/scorecards",
    "scorecard": "/-/scorecard/speaker/experts",
}


@pytest.fixture(scope="module", params=WIDTHS)
def page(request, browser):
    context = browser.new_context(viewport={"width": request.param, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    yield tab
    context.close()


def open_page(page, seed_server, name):
    page.goto(seed_server + PAGES[name])
    width = page.viewport_size["width"]
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= page.evaluate("innerWidth"), f"{name} at {width}px scrolls sideways: {scroll_width}px"
    return width


def top(page, selector) -> float:
    return page.locator(selector).first.bounding_box()["y"]


def test_home_is_a_guide(page, seed_server):
    open_page(page, seed_server, "home")
    search = page.locator("form.site-search input[type=search]")
    assert search.is_visible() and top(page, "form.site-search") < 400  # in the first screen
    for part in ("quotes", "sources", "speakers", "predictions"):
        assert page.locator(f".holding-{part} .figure").is_visible()
    assert page.locator(".holding-quotes").inner_text().split()[:2] == ["17", "quotes:"]
    assert page.locator("a.scorecards-link").is_visible()
    assert page.locator(".way-speakers a", has_text="Choi Kang").is_visible()
    search.fill("Sejong Institute")
    search.press("Enter")
    page.wait_for_url("**/quotes/quotes_full?_search=Sejong*")
    assert page.locator("li.quote-result").count() == 2


def test_search_results_first(page, seed_server):
    width = open_page(page, seed_server, "search")
    box, first, glossary = top(page, "#quote-search"), top(page, "li.quote-result"), top(page, "details.glossary")
    assert box < first < glossary < top(page, "form.filters")
    assert box < 300
    assert not page.locator("details.glossary dl").is_visible()  # folded
    assert page.locator("li.quote-result mark").count() == 3
    statement = page.locator("li.quote-result .statement").first.bounding_box()
    assert statement["width"] >= min(600, width * 0.75)  # the quote gets the width
    for link in ("a.speaker", "a.institution", "a.source"):
        assert page.locator(f"li.quote-result {link}").first.is_visible()
    assert page.locator("li.quote-result a.tag.topic").first.is_visible()
    assert not page.locator("table.rows-and-columns").is_visible()  # the table is folded
    assert page.locator("form.filters .search-row").is_hidden()  # one search box


def test_quote_page(page, seed_server):
    width = open_page(page, seed_server, "quote")
    assert top(page, "section.quote-card") < top(page, "section.cite-panel")
    assert page.locator(".quote-card a", has_text="Choi Kang").first.get_attribute("href") == "/quotes/speakers/choi-kang"
    assert page.locator("a.scorecard-link").first.is_visible()
    italic = page.locator("#cite-apa-reference i").first
    assert italic.inner_text() == "The Korea Herald"
    assert italic.evaluate("e => getComputedStyle(e).fontStyle") == "italic"
    bibtex = page.locator("#cite-bibtex").bounding_box()
    assert bibtex["x"] + bibtex["width"] <= width
    assert not page.locator("table.rows-and-columns").is_visible()  # the raw row is folded below
    page.locator('button[data-copy="cite-apa-reference"]').click()
    # A locator assertion, not wait_for_function: the site's CSP forbids evaluating strings as script.
    expect(page.locator('button[data-copy="cite-apa-reference"]')).to_have_text("Copied")
    copied = page.evaluate(
        """async () => { const [item] = await navigator.clipboard.read();
        return {types: item.types, html: await (await item.getType('text/html')).text(),
                text: await (await item.getType('text/plain')).text()}; }"""
    )
    assert "<i>The Korea Herald</i>" in copied["html"]
    assert copied["text"].startswith("[Report on North Korea") and "<i>" not in copied["text"]


@pytest.mark.parametrize("name,heading,statements", [("speaker", "Choi Kang", 3), ("institution", "Asan Institute for Policy Studies", 3)])
def test_people_and_institution_pages(page, seed_server, name, heading, statements):
    open_page(page, seed_server, name)
    assert page.locator("h1.profile-name").inner_text() == heading
    assert page.locator(".track-record a.scorecard-link").is_visible()
    assert page.locator("li.quote-result").count() == statements
    assert page.locator("li.quote-result .tag.claim-type").first.is_visible()
    assert page.locator("table.roles tbody tr").count() >= 1
    assert [a.inner_text() for a in page.locator("a.download").all()] == [".bib", ".ris", ".csljson"]
    assert top(page, ".track-record") < top(page, "li.quote-result")


def test_scorecards_keep_unnamed_sources_apart(page, seed_server):
    open_page(page, seed_server, "scorecards")
    named = page.locator("table.scorecards-speaker.named")
    unnamed = page.locator("table.scorecards-speaker.unnamed")
    assert "experts" not in named.inner_text() and "experts" in unnamed.inner_text()
    assert set(unnamed.locator("td.rank").all_inner_texts()) == {"—"}
    assert "always 50%: 0.25" in named.locator("thead").inner_text()
    assert page.locator("svg.calibration-chart line.interval").count() == 2


def test_one_scorecard(page, seed_server):
    open_page(page, seed_server, "scorecard")
    assert page.locator(".unnamed-note").is_visible()
    chart = page.locator("svg.calibration-chart")
    assert chart.bounding_box()["width"] <= page.viewport_size["width"]
    intervals = page.locator("svg.calibration-chart line.interval")
    assert intervals.count() == 2
    for line in intervals.all():
        assert line.bounding_box()["height"] > 20  # a bar that shows the uncertainty, not a dot
    assert "always saying 50% scores 0.25" in page.locator("dd.brier").inner_text()
