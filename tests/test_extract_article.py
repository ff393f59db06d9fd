"""Reading an article: header, HTML, offsets, and inputs that are not articles."""

import pytest
from extracted import quotes_of

from quotes.extraction import extract_article, extract_text, parse_article


def test_header_and_offsets_into_the_body():
    article = parse_article("url: https://example.org/a\noutlet: Example News\npublished: 2024-05-01\ntitle: unknown\n\n"
                            "“We are ready,” said Jane Doe.\n")
    extraction = extract_article(article)
    assert extraction.source["outlet"] == "Example News"
    assert extraction.source["title"] is None
    assert extraction.source["published"] == "2024-05-01"
    q = extraction.quotes[0]
    assert article.body[q.start:q.end] == "We are ready"

def test_html_article():
    html = ("<html><head><title>Rates</title></head><body><article><h1>Rates on hold</h1>"
            + "".join(f"<p>“Rates will stay where they are for the rest of the year,” said Jane Doe, an economist at "
                      f"Example Bank, in remarks number {i} of a long and detailed speech on policy.</p>" for i in range(3))
            + "</article></body></html>")
    extraction = extract_article(parse_article(html))
    assert extraction.quotes and extraction.quotes[0].speaker == "Jane Doe"

@pytest.mark.parametrize("body", [
    "",
    "   \n\n  ",
    "The weather was fine and nobody said anything of note.",
    "“This quote never closes, and neither does the next one\n\n“Nor this one, said someone",
    "He said “ “ “ ” ” ” ” and “",
    '""""""""""""""""""""""""""""""',
])
def test_bad_input_gives_a_result_not_a_crash(body):
    quotes_of(body)

def test_large_article_is_handled_whole():
    # How long a 5 MB article takes is measured by scripts/bench_extract.py, not here.
    paragraph = ("“Prices will rise again,” said Jane Doe, an economist at Example Bank. "
                 "Analysts said the outlook was uncertain because of the war. ") * 3
    body = "\n\n".join([paragraph] * 12000)  # about 5 MB, read in windows
    found = extract_text(body)
    assert len(found) == 2 * 3 * 12000
    assert all(body[q.start:q.end] == q.text for q in found)
    assert {q.speaker for q in found} == {"Jane Doe", "Analysts"}

@pytest.mark.parametrize("body", [
    "A" * 50_000,
    "said " * 20_000,
    ("Word, " * 10_000) + "said X.",
    "“" + "a, b " * 20_000,
    "The " + "Big " * 20_000 + "Institute said that it rained.",
])
def test_pathological_input_gives_a_result(body):
    assert isinstance(extract_text(body), list)

def test_random_text_never_crashes_and_offsets_hold():
    import random

    rng = random.Random(7)
    pieces = ['"', "“", "”", "''", "’", ",", ".", " ", "\n\n", "said", "told", "according to", "he", "Mr.",
              "Jane Doe", "the expert", "that", "will", "because", "a senior official", "of the", "Institute", "—"]
    for _ in range(400):
        body = " ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 80)))
        quotes_of(body)
