"""The published Datasette: one place that decides how a quotes database is served.

``quotes serve``, the tests and the benchmarks all get their Datasette from :func:`make_datasette`,
so what they check is what users see.

Serving many readers: the database is inspected once (:mod:`quotes.inspection`: hash, table
counts, unfiltered facet counts), then ``uvicorn`` runs the app, with ``--workers N`` as N
processes sharing the one immutable file. Each worker builds the same Datasette from the
environment (:func:`app_from_environment`, an import-string factory, as uvicorn's workers need)
with the same settings, plugin, templates and inspection. The modules of
:data:`SERVING_MODULES` serve speed only and are registered here, not as entry points, so that
plain ``datasette serve`` stays plain: :mod:`quotes.facets` (one query per page for its facets; a
filtered page of a big table counted from :mod:`quotes.facet_columns`, read once by the parent
and mapped by every worker), :mod:`quotes.http_cache` (ETag, ``304``),
:mod:`quotes.search_counts` (a search's count and page of rowids from the index) and
:mod:`quotes.schema_cache` (an immutable file's schema asked once).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import os
import sqlite3
import tempfile
from pathlib import Path

from datasette.app import Datasette
from datasette.plugins import pm

from . import facet_columns, plugin
from .atomic import exit_on_sigterm
from .inspection import DEFAULT_FACET_SIZE, write_inspection
from .metadata import metadata

# Speed, not behaviour: what they serve is what Datasette serves, sooner.
SERVING_MODULES = ["quotes.facets", "quotes.http_cache", "quotes.search_counts", "quotes.schema_cache"]
# Datasette's facet classes, replaced by quotes.facets's subclasses of them.
DATASETTE_FACETS = "datasette.facets"
# How uvicorn's workers find what to serve: the path of a JSON file written by run().
CONFIG_VARIABLE = "QUOTES_SERVE_CONFIG"

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
    # Threads per process for SQL: a quick query (a quote's page) runs beside a search's facets
    # instead of queueing behind them (load test at 1M, 50 clients: p95 6.2 s with Datasette's 3, 5.0 s with 8).
    "num_sql_threads": 8,
}


def register_serving_modules() -> None:
    for name in SERVING_MODULES:
        module = importlib.import_module(name)
        if not pm.is_registered(module):
            pm.register(module, name=name)
    if pm.get_plugin(DATASETTE_FACETS) is not None:
        pm.unregister(name=DATASETTE_FACETS)


def make_datasette(
    db_path: Path | str, settings: dict | None = None, inspect_data: dict | None = None, columns: dict | None = None
) -> Datasette:
    """A read-only Datasette over the database at ``db_path``, with our metadata, plugin and templates.

    :param db_path: a database built by :func:`quotes.db.build`; served immutable
    :param settings: Datasette settings overriding :data:`DEFAULT_SETTINGS`
    :param inspect_data: :func:`quotes.inspection.inspect_database` of ``db_path``, if computed
    :param columns: :func:`read_columns` of ``db_path``, if read (else read on first use)
    """
    db_path = Path(db_path)
    plugin.ensure_registered()
    register_serving_modules()
    ds = Datasette(
        immutables=[str(db_path)],
        metadata=metadata(DATABASE),
        settings={**DEFAULT_SETTINGS, **(settings or {})},
        template_dir=str(TEMPLATES),
        inspect_data=inspect_data,
    )
    ds = published_as(ds, db_path.stem, DATABASE)
    if columns is not None:
        facet_columns.provide(ds, DATABASE, columns)
    return ds


def published_as(ds: Datasette, current: str, name: str) -> Datasette:
    """Serve the database Datasette named ``current`` (its file's stem) as ``name`` instead."""
    if current != name:
        database = ds.databases[current]
        ds.remove_database(current)
        ds.add_database(database, name=name)
    return ds


def read_columns(db_path: Path | str) -> dict:
    """The big tables' facet columns (:mod:`quotes.facet_columns`), read once before serving."""
    conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return facet_columns.read_for(conn, metadata(DATABASE)["databases"][DATABASE]["tables"])
    finally:
        conn.close()


def write_columns(db_path: Path | str, folder: Path) -> None:
    """:func:`read_columns`, saved for every worker to map."""
    facet_columns.save(read_columns(db_path), folder)


def app_from_environment():
    """The ASGI app of one worker, from the file :func:`run` names in ``QUOTES_SERVE_CONFIG``."""
    config = json.loads(Path(os.environ[CONFIG_VARIABLE]).read_text(encoding="utf-8"))
    inspect_data = json.loads(Path(config["inspection"]).read_text(encoding="utf-8"))
    return make_datasette(config["db_path"], config["settings"], inspect_data, facet_columns.load(Path(config["columns"]))).app()


async def fetch(ds: Datasette, path: str):
    """GET ``path`` from ``ds`` without a server (what ``quotes serve --get`` does)."""
    await ds.invoke_startup()
    return await ds.client.get(path)


def get(db_path: Path | str, path: str, settings: dict | None = None):
    """Synchronous :func:`fetch` on a fresh Datasette: returns the httpx response.

    One request reads no facet columns (``columns={}``): the read would begin for nothing (a search
    at a million quotes took 3.6 s with it started, 3.2 s without)."""
    return asyncio.run(fetch(make_datasette(db_path, settings, columns={}), path))


def run(
    db_path: Path | str, host: str = "127.0.0.1", port: int = 8001, settings: dict | None = None, workers: int = 1
) -> None:
    """Inspect the database once, then serve it over HTTP with ``workers`` processes until interrupted
    (Ctrl-C or SIGTERM: uvicorn shuts down, then raises the signal again, which removes the inspection)."""
    import uvicorn

    settings = {**DEFAULT_SETTINGS, **(settings or {})}
    with exit_on_sigterm(), tempfile.TemporaryDirectory(prefix="quotes-serve-") as folder:
        inspection = Path(folder) / "inspect.json"
        write_inspection(db_path, inspection, DATABASE, settings.get("default_facet_size", DEFAULT_FACET_SIZE))
        columns = Path(folder) / "columns"
        write_columns(db_path, columns)
        config = Path(folder) / "serve.json"
        config.write_text(
            json.dumps({
                "db_path": str(Path(db_path).resolve()), "settings": settings,
                "inspection": str(inspection), "columns": str(columns),
            }),
            encoding="utf-8",
        )
        with environment(CONFIG_VARIABLE, str(config)):
            uvicorn.run(
                "quotes.app:app_from_environment", factory=True, workers=workers,
                host=host, port=port, log_level="info", lifespan="on",
            )


@contextlib.contextmanager
def environment(name: str, value: str):
    before = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before
