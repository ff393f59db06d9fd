"""Helpers for the extractor's tests (tests/test_extract_*.py): statements of a small body, as the rule
stages read them (``roles=False``): these tests pin the rules; the role tagger, which the pipeline applies
after them by default, has its own (tests/test_train_roles.py, tests/test_extract_cli.py)."""

from quotes.extraction import extract_text


def quotes_of(body):
    found = extract_text(body, roles=False)
    for q in found:
        assert body[q.start:q.end] == q.text  # offsets always hold the text
    return found


def only(body):
    found = quotes_of(body)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def first_of(body, speaker):
    """The first statement of *body* attributed to *speaker*."""
    return next(q for q in quotes_of(body) if q.speaker == speaker)
