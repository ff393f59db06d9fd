"""Shared fixtures: the bundled collection built once, copies to break, Datasette clients."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quotes.app import make_datasette
from quotes.collection import BUNDLED
from quotes.db import build


@pytest.fixture(scope="session")
def bundled_db(tmp_path_factory) -> Path:
    """The bundled collection built once per session (read it, never write it)."""
    path = tmp_path_factory.mktemp("bundled") / "quotes.db"
    build(BUNDLED, path)
    return path


@pytest.fixture
def collection(tmp_path) -> Path:
    """A private copy of the bundled collection, free to edit and break."""
    target = tmp_path / "collection"
    shutil.copytree(BUNDLED, target)
    return target


@pytest.fixture
def db_path(tmp_path) -> Path:
    """Where a test may build a database of its own."""
    return tmp_path / "quotes.db"


@pytest.fixture
def ds(bundled_db):
    """The published Datasette over the bundled database, as users get it."""
    return make_datasette(bundled_db)


@pytest.fixture
def unresolved_collection(collection) -> Path:
    """The copy of the bundled collection with the seed's resolutions taken out: every prediction open or due."""
    import re

    for record in (collection / "sources").rglob("*.yaml"):
        text = record.read_text(encoding="utf-8")
        record.write_text(re.sub(r"^      resolutions:\n(?:^ {8,}.*\n)*", "", text, flags=re.M), encoding="utf-8")
    return collection
