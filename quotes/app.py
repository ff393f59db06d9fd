"""The published Datasette: one place that decides how a quotes database is served.

``quotes serve``, the tests and the benchmarks all get their Datasette from :func:`make_datasette`,
so what they check is what users see.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from datasette.app import Datasette

from . import plugin
from .metadata import metadata

TEMPLATES = Path(__file__).parent / "templates"
# The name the database is published under, whatever its file is called: templates
# (row-quotes-quotes.html), page links and every "for good" URL (/quotes/quotes/<id>) use it.
DATABASE = "quotes"

# Bounded by default: a public read-only site must not be taken down by one query.
DEFAULT_SETTINGS = {
    "sql_time_limit_ms": 1000,
    "facet_time_limit_ms": 500,
    "max_returned_rows": 1000,
    "suggest_facets": False,
    "default_page_size": 50,
    "allow_csv_stream": True,
    "cache_size_kb": 20000,
}


def make_datasette(db_path: Path | str, settings: dict | None = None) -> Datasette:
    """A read-only Datasette over the database at ``db_path``, with our metadata, plugin and templates.

    :param db_path: a database built by :func:`quotes.db.build`; served immutable
    :param settings: Datasette settings overriding :data:`DEFAULT_SETTINGS`
    """
    db_path = Path(db_path)
    plugin.ensure_registered()
    ds = Datasette(
        immutables=[str(db_path)],
        metadata=metadata(DATABASE),
        settings={**DEFAULT_SETTINGS, **(settings or {})},
        template_dir=str(TEMPLATES),
    )
    return published_as(ds, db_path.stem, DATABASE)


def published_as(ds: Datasette, current: str, name: str) -> Datasette:
    """Serve the database Datasette named ``current`` (its file's stem) as ``name`` instead."""
    if current != name:
        database = ds.databases[current]
        ds.remove_database(current)
        ds.add_database(database, name=name)
    return ds


async def fetch(ds: Datasette, path: str):
    """GET ``path`` from ``ds`` without a server (what ``quotes serve --get`` does)."""
    await ds.invoke_startup()
    return await ds.client.get(path)


def get(db_path: Path | str, path: str, settings: dict | None = None):
    """Synchronous :func:`fetch` on a fresh Datasette: returns the httpx response."""
    return asyncio.run(fetch(make_datasette(db_path, settings), path))


def run(db_path: Path | str, host: str = "127.0.0.1", port: int = 8001, settings: dict | None = None) -> None:
    """Serve the database over HTTP until interrupted."""
    import uvicorn

    ds = make_datasette(db_path, settings)
    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="info", lifespan="on")
