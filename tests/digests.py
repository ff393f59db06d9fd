"""File digests for tests that check a file was left as it was.

Compare digests, not whole bytes: when a database differs, pytest's assertion rewriting diffs
the two byte strings, which takes minutes for a database (834 s against 47 s for a run).
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def digest(path: Path) -> str:
    """SHA-256 of the file's content, in hex."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
