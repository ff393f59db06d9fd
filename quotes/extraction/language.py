"""The language of an article: the extractor reads English only, and says so for other pages.

A text is English when at least :data:`ENGLISH_SHARE` of its words are English function words
(``data/english_function_words.txt``); English running text has about four in ten, other languages
a few in a hundred. Only a text that fails this test is given to langdetect (a port of Google's
language-detection, from PyPI) to name its language: loading its 55 profiles takes longer than
extracting an article, and a one-article ``quotes extract`` should start fast.
"""

from __future__ import annotations

import re

from .lexicon import words

ENGLISH_SHARE = 0.12
MIN_WORDS = 20  # fewer words than this: too little to tell, taken as English
SAMPLE_CHARS = 20_000
_WORD = re.compile(r"[^\W\d_]+")


def english_share(text: str) -> tuple[float, int]:
    """(share of English function words, number of words) in *text*."""
    tokens = _WORD.findall(text[:SAMPLE_CHARS].lower())
    if not tokens:
        return 0.0, 0
    function_words = words("english_function_words")
    return sum(t in function_words for t in tokens) / len(tokens), len(tokens)


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code ('en', 'de', 'ko', …), or None for a text without words."""
    share, count = english_share(text)
    if count == 0:
        return None
    if share >= ENGLISH_SHARE or count < MIN_WORDS and not re.search(r"[^\x00-\u024f\s\d\W]", text[:SAMPLE_CHARS]):
        return "en"
    return _langdetect(text[:SAMPLE_CHARS])


def _langdetect(text: str) -> str | None:
    from langdetect import DetectorFactory, LangDetectException
    from langdetect.detector_factory import PROFILES_DIRECTORY

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)  # the same answer every run
    detector = factory.create()
    detector.append(text)
    try:
        code = detector.detect()
    except LangDetectException:
        return None
    return code.split("-")[0] if code != "unknown" else None
