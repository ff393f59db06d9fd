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

@pytest.mark.parametrize("body,most", [
    ("", 0),
    ("   \n\n  ", 0),
    ("The weather was fine and nobody said anything of note.", 0),  # 'said' with nothing reported
    ("“This quote never closes, and neither does the next one\n\n“Nor this one, said someone", 0),
    ("He said “ “ “ ” ” ” ” and “", 1),  # one reporting verb: one statement at most
    ('""""""""""""""""""""""""""""""', 0),
])
def test_bad_input_gives_a_result_not_a_crash(body, most):
    found = quotes_of(body)  # offsets hold the text of whatever is found
    assert isinstance(found, list) and len(found) <= most, [q.text for q in found]
    assert all(q.text.strip() and q.speaker for q in found)

def test_large_article_is_handled_whole():
    # How long a 5 MB article takes is measured by scripts/bench_extract.py, not here.
    paragraph = ("“Prices will rise again,” said Jane Doe, an economist at Example Bank. "
                 "Analysts said the outlook was uncertain because of the war. ") * 3
    body = "\n\n".join([paragraph] * 12000)  # about 5 MB, read in windows
    found = extract_text(body)
    assert len(found) == 2 * 3 * 12000
    assert all(body[q.start:q.end] == q.text for q in found)
    assert {q.speaker for q in found} == {"Jane Doe", "Analysts"}

@pytest.mark.timeout(20)  # quadratic or worse backtracking on these would hang; each takes well under a second
@pytest.mark.parametrize("body,most", [
    ("A" * 50_000, 0),
    ("said " * 20_000, 0),  # a verb and nothing it reports
    (("Word, " * 10_000) + "said X.", 1),  # one reporting verb
    ("“" + "a, b " * 20_000, 0),  # a quotation that never closes, no verb
    ("The " + "Big " * 20_000 + "Institute said that it rained.", 1),
])
def test_pathological_input_gives_a_result(body, most):
    found = quotes_of(body)
    assert len(found) <= most, [q.text[:80] for q in found]

def test_random_text_never_crashes_and_offsets_hold():
    import random

    rng = random.Random(7)
    pieces = ['"', "“", "”", "''", "’", ",", ".", " ", "\n\n", "said", "told", "according to", "he", "Mr.",
              "Jane Doe", "the expert", "that", "will", "because", "a senior official", "of the", "Institute", "—"]
    for _ in range(400):
        body = " ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 80)))
        quotes_of(body)
