"""Benchmark full-text search through the published Datasette against plain SQLite.

Runs 200 searches of the kind a researcher types (topic words, two words, a phrase, a speaker's
name) on ``quotes_full`` through the Datasette the project publishes (``make_datasette``: our
metadata, plugin and settings, and the inspection and facet columns ``quotes serve`` computes
once before serving, timed as ``inspect_s`` and ``columns_s``; its in-process client, so no network is measured), then the same FTS
queries in plain ``sqlite3``: the page of rows and the match count.

- ``p50_ms``/``p95_ms``: the search through Datasette's JSON API (rows and count, facets off
  with ``_nofacet=1``), against ``raw_*``: the same two queries in plain sqlite3, the count as
  Datasette writes it (through the table); ``raw_index_p95_ms``/``ratio_p95_index``: the same with
  the count and the page's rowids read from the search index, as our server runs them
  (:mod:`quotes.search_counts`);
- ``page_p50_ms``/``page_p95_ms``: the first 50 searches as the table page a person opens,
  with its default facets (counted from the facet columns);
- facet pages: every facet the metadata configures, and ``provenance``, on the whole of
  ``quotes`` and ``quotes_full``: time, HTTP status, and whether the facet came back or was cut
  off at ``facet_time_limit_ms``.

The last line printed is one JSON object:
``{"quotes", "p50_ms", "p95_ms", "raw_p50_ms", "raw_p95_ms", "ratio_p95", "facet_max_ms", ...}``.

    python scripts/bench_search.py --quotes 1000000 --workdir /tmp/bench
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import bench_build  # noqa: E402
import generate_quotebank as corpus  # noqa: E402
from datasette.utils import escape_fts  # noqa: E402

from quotes.app import DEFAULT_SETTINGS, make_datasette, read_columns  # noqa: E402
from quotes.inspection import inspect_database  # noqa: E402
from quotes.metadata import metadata  # noqa: E402

SEARCHES = 200
PAGES = 50
TABLE = "quotes_full"
STOP = {"the", "and", "a", "of", "to", "for", "in", "at", "as", "we", "is", "if", "on", "this"}


def topic_words() -> list[str]:
    words = {w.strip(".,").lower() for phrase in corpus.OBJECTS + corpus.VERBS for w in phrase.split()}
    return sorted(words - STOP)


def searches(n: int, seed: int = 0) -> list[str]:
    """What researchers type: mostly topic words, some pairs, phrases and speakers' surnames."""
    rng = random.Random(seed)
    words, phrases = topic_words(), [o.replace("the ", "") for o in corpus.OBJECTS if " " in o.replace("the ", "")]
    found = []
    for _ in range(n):
        kind = rng.random()
        if kind < 0.4:
            found.append(rng.choice(words))
        elif kind < 0.6:
            found.append(f"{rng.choice(words)} {rng.choice(words)}")
        elif kind < 0.75:
            found.append(f'"{rng.choice(phrases)}"')
        elif kind < 0.9:
            found.append(rng.choice(corpus.LAST))
        else:
            found.append(f"{rng.choice(corpus.LAST)} {rng.choice(words)}")
    return found


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def timed_get(ds, path: str) -> tuple[float, dict]:
    started = time.perf_counter()
    response = await ds.client.get(path)
    ms = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{path}: HTTP {response.status_code}: {response.text[:200]}")
    return ms, response.json()


async def datasette_times(db: Path, queries: list[str], inspect_data: dict, columns: dict) -> tuple[list[float], list[float], list[dict]]:
    ds = make_datasette(db, inspect_data=inspect_data, columns=columns)
    await ds.invoke_startup()
    database = db.stem
    await ds.client.get(f"/{database}/{TABLE}.json?_search=warmup")
    times, pages = [], []
    for q in queries:
        times.append((await timed_get(ds, f"/{database}/{TABLE}.json?" + urlencode({"_search": q, "_nofacet": 1})))[0])
    for q in queries[:PAGES]:
        pages.append((await timed_get(ds, f"/{database}/{TABLE}.json?" + urlencode({"_search": q})))[0])
    facets = []
    tables = metadata(database)["databases"][database]["tables"]
    for table in ("quotes", TABLE):
        configured = {}  # column -> the query parameter that asks for its facet
        for facet in tables[table].get("facets", []) + ["provenance"]:
            kind, column = ("_facet", facet) if isinstance(facet, str) else next(iter(facet.items()))
            configured[column] = "_facet" if kind == "_facet" else f"_facet_{kind}"
        facet_pages = [("(default)", f"/{database}/{table}.json")]
        facet_pages += [(column, f"/{database}/{table}.json?{param}={column}") for column, param in configured.items()]
        for name, path in facet_pages:
            started = time.perf_counter()
            response = await ds.client.get(path)
            ms = (time.perf_counter() - started) * 1000
            body = response.json() if response.status_code == 200 else {}
            wanted = [c for c in configured if c != "provenance"] if name == "(default)" else [name]
            # Datasette 0.65's JSON leaves out a facet that hit facet_time_limit_ms.
            timed_out = [f for f in wanted if f not in body.get("facet_results", {})]
            facets.append({"table": table, "facet": name, "ms": round(ms), "status": response.status_code, "timed_out": timed_out})
    return times, pages, facets


def raw_times(db: Path, queries: list[str], from_index: bool = False) -> list[float]:
    """The page and the count in plain sqlite3: through the table as Datasette writes them, or
    (``from_index``) the count and the page's rowids from the search index, as our server runs them."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    match = "select rowid from quotes_fts where quotes_fts match :q"
    page = f"select * from {TABLE} where rowid in ({match}) limit 51"
    if from_index:
        page = f"select * from {TABLE} where rowid in ({match} order by rowid limit 51) order by rowid limit 51"
    count = count_from_index if from_index else f"select count(*) from {TABLE} where rowid in ({match})"
    conn.execute(page, {"q": "warmup"}).fetchall()
    times = []
    for q in queries:
        params = {"q": escape_fts(q)}
        started = time.perf_counter()
        conn.execute(page, params).fetchall()
        conn.execute(count, params).fetchone()
        times.append((time.perf_counter() - started) * 1000)
    conn.close()
    return times


# The count as quotes/search_counts.py has Datasette run it: from the index alone.
count_from_index = "select count(*) from quotes_fts where quotes_fts match :q"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, default=100_000, help="How many imported quotes the database holds.")
    parser.add_argument("--workdir", type=Path, required=True, help="Where bench_build.py left (or will leave) quotes-N.db.")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    db = args.workdir / f"quotes-{args.quotes}.db"
    if not db.exists():
        args.workdir.mkdir(parents=True, exist_ok=True)
        bench_build.timed_import(bench_build.quotes_file(args.workdir, args.quotes, args.seed), db)
    # Datasette names the database after the file's stem; make it "quotes" as published.
    served = args.workdir / "quotes.db"
    if not served.exists() or served.stat().st_ino != db.stat().st_ino:
        served.unlink(missing_ok=True)
        served.hardlink_to(db)
    queries = searches(SEARCHES, args.seed)
    started = time.perf_counter()
    inspect_data = inspect_database(served)  # what quotes serve does once before serving
    inspect_s = time.perf_counter() - started
    started = time.perf_counter()
    columns = read_columns(served)  # and the facet columns (quotes/facet_columns.py)
    columns_s = time.perf_counter() - started
    times, pages, facets = asyncio.run(datasette_times(served, queries, inspect_data, columns))
    raw = raw_times(served, queries)
    raw_index = raw_times(served, queries, from_index=True)
    limit = DEFAULT_SETTINGS["sql_time_limit_ms"]
    for facet in facets:
        print(json.dumps(facet), file=sys.stderr)
    slowest = max(facets, key=lambda f: f["ms"])
    result = {
        "quotes": args.quotes,
        "inspect_s": round(inspect_s, 1),
        "columns_s": round(columns_s, 1),
        "searches": len(queries),
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(percentile(times, 95), 1),
        "raw_p50_ms": round(statistics.median(raw), 1),
        "raw_p95_ms": round(percentile(raw, 95), 1),
        "ratio_p95": round(percentile(times, 95) / percentile(raw, 95), 2),
        "raw_index_p95_ms": round(percentile(raw_index, 95), 1),
        "ratio_p95_index": round(percentile(times, 95) / percentile(raw_index, 95), 2),
        "page_p50_ms": round(statistics.median(pages), 1),
        "page_p95_ms": round(percentile(pages, 95), 1),
        "facet_pages": len(facets),
        "facet_max_ms": slowest["ms"],
        "facet_slowest": f"{slowest['table']}?_facet={slowest['facet']}",
        "facet_pages_over_limit": sum(f["ms"] > limit or f["status"] != 200 for f in facets),
        "facets_timed_out": sorted({f"{f['table']}.{t}" for f in facets for t in f["timed_out"]}),
        "sql_time_limit_ms": limit,
        "facet_time_limit_ms": DEFAULT_SETTINGS["facet_time_limit_ms"],
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
