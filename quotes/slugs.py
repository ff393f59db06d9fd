"""Ids made from names: the one rule every record id, speaker id and draft file name follows.

Kept apart from :mod:`quotes.models` so that the extractor can name its drafts without loading
pydantic (``quotes extract`` starts fast; tests/test_cli_startup.py).
"""

from __future__ import annotations

import re
import unicodedata


def slugify(text: str) -> str:
    """'Cheong Seong-chang' -> 'cheong-seong-chang'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"
