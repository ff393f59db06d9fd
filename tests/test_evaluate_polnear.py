"""scripts/evaluate_polnear.py: extractor output compared with PolNeAR's way of drawing contents."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from evaluate_polnear import joined_split_quotes, trimmed  # noqa: E402

from quotes.extraction import extract_text  # noqa: E402


def contents(text: str) -> list[str]:
    return [text[a:b] for a, b in (trimmed(text, *span) for span in joined_split_quotes(text, extract_text(text)))]


def test_a_quote_split_by_its_attribution_is_one_content():
    text = "“Prices will rise this year,” Tom Reed said, “and rates will follow them up.”"
    assert contents(text) == ["Prices will rise this year,” Tom Reed said, “and rates will follow them up"]


def test_a_participle_after_the_attribution_is_an_attribution_of_its_own():
    text = "“Growth is slowing down,” Jane Roe said, adding that rates would fall next year."
    assert contents(text) == ["Growth is slowing down", "rates would fall next year"]
