"""Source fields are read, never guessed: the published date only from metadata, byline or
dateline; the language detected, and a page not in English reported as such."""

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.extraction import extract_article, parse_article
from quotes.extraction.dating import date_from_byline, parse_date

PARAGRAPH = ("<p>“Rates will stay where they are for the rest of the year,” said Jane Doe, an economist at "
             "Example Bank, in remarks on 14 April 2020 to a conference on monetary policy.</p>")


def page(head: str = "", footer: str = "") -> str:
    return (f"<html><head><title>Rates</title>{head}</head><body><article><h1>Rates on hold</h1>"
            + PARAGRAPH * 3 + f"</article><footer>{footer}</footer></body></html>")


@pytest.mark.parametrize("head, published", [
    ('<meta property="article:published_time" content="2021-03-24T09:30:00+09:00">', "2021-03-24"),
    ('<meta name="date" content="March 25, 2021">', "2021-03-25"),
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", '
     '"datePublished": "2021-03-26T00:00:00Z"}]}</script>', "2021-03-26"),
])
def test_published_from_page_metadata(head, published):
    assert extract_article(parse_article(page(head))).source["published"] == published


def test_no_published_date_from_a_copyright_footer_or_the_body():
    extraction = extract_article(parse_article(page(footer="© 2021 Example News. All rights reserved.")))
    assert extraction.quotes  # the page is read …
    assert extraction.source["published"] is None  # … but not dated by its footer or the 14 April 2020 in it


@pytest.mark.parametrize("body, published", [
    ("By Jane Roe | March 24, 2021\n\nNorth Korea fired two missiles, officials said on Monday.", "2021-03-24"),
    ("Published: 24 March 2021\n\nNorth Korea fired two missiles.", "2021-03-24"),
    ("SEOUL, March 24, 2021 (Yonhap) -- North Korea fired two cruise missiles.", "2021-03-24"),
    ("North Korea fired two missiles.\n\nThe last test was on March 24, 2021, officials said.", None),
])
def test_published_from_a_byline_or_dateline_only(body, published):
    assert extract_article(parse_article(body)).source["published"] == published


def test_dates_as_printed():
    assert parse_date("2021-03-24T10:00:00+09:00").isoformat() == "2021-03-24"
    assert parse_date("Sept. 4, 2021").isoformat() == "2021-09-04"
    assert parse_date("31 February 2021") is None
    assert date_from_byline("Updated 4 Sept 2021, 10:00") is not None


GERMAN = ("Nordkorea hat am Mittwoch zwei Marschflugkörper abgefeuert, teilte das Militär in Seoul mit. "
          "„Die Raketen flogen rund hundert Kilometer weit, bevor sie ins Meer stürzten“, sagte ein Sprecher "
          "des Generalstabs. Die Regierung werde die Lage genau beobachten, hieß es weiter.\n")
KOREAN = "북한이 수요일 순항미사일 두 발을 발사했다고 군이 밝혔다. 합동참모본부는 미사일이 약 백 킬로미터를 비행했다고 말했다.\n"


@pytest.mark.parametrize("body, language", [(GERMAN, "de"), (KOREAN, "ko")])
def test_a_page_not_in_english_is_labelled_and_yields_nothing(body, language):
    extraction = extract_article(parse_article(body))
    assert extraction.source["language"] == language
    assert extraction.quotes == []


def test_an_english_page_is_english():
    body = "“Rates will stay high for the rest of the year,” said Jane Doe, an economist at Example Bank.\n"
    assert extract_article(parse_article(body)).source["language"] == "en"


def test_extract_says_a_page_is_not_in_english(tmp_path):
    article = tmp_path / "de.txt"
    article.write_text(GERMAN, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--format", "json"])
    assert result.exit_code == 0
    assert "not English" in result.output and "'de'" in result.output
    assert "no attributed statements" not in result.output
