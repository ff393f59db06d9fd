"""Load test: ``quotes serve --workers N`` on a large database against plain ``datasette serve``.

Runs the same mix twice over loopback, one server at a time:

- **ours**: ``quotes serve DB --workers N`` (the published configuration: immutable, bounded
  settings, our plugin, metadata and templates, inspection, shared facets, ETags);
- **peer**: ``datasette serve -i DB`` with the same settings, metadata and templates, nothing
  else: what Datasette does with the same file out of the box (one process; the project's
  page plugins load through their entry points, as in a deployment).

Each run: CLIENTS concurrent clients for SECONDS (and at most MAX_REQUESTS requests) mixing
full-text searches on ``quotes_full`` (as the page a browser opens, with its facets; drawn from
200 distinct queries), facet pages and quote pages, all valid requests. Meanwhile a pathological
query (a cross join of three or more copies of ``quotes``: 10^10 rows or more) is sent a few
times: each must be cut off at ``sql_time_limit_ms`` (HTTP 400) while the other clients keep
being answered. Clients send no ``If-None-Match``: every request is served, none revalidated.

One JSON object per server, then a last line:
``{"ours": {...}, "peer": {...}, "requests_per_s_ratio", "p95_ratio", "ahead"}``.

    python scripts/load_test.py --db /tmp/bench/quotes.db --clients 50 --seconds 30 --workers 2
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import random
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, urlencode

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_search import percentile, searches  # noqa: E402

from quotes.app import DEFAULT_SETTINGS, TEMPLATES  # noqa: E402
from quotes.metadata import metadata  # noqa: E402

HOST = "127.0.0.1"  # loopback only


def cross_join(rows: int) -> str:
    """A count over at least 10^10 joined rows: three copies of quotes, more for a small table."""
    copies = max(3, math.ceil(10 / math.log10(max(rows, 2))))
    return "select count(*) from " + ", ".join(f"quotes q{n}" for n in range(copies))
FACETS = ["claim_type", "form", "speaker_id", "source_id", "provenance"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def ours_command(db: Path, port: int, workers: int) -> list[str]:
    quotes = str(Path(sys.executable).with_name("quotes"))
    return [quotes, "serve", str(db), "--host", HOST, "--port", str(port), "--workers", str(workers)]


def peer_command(db: Path, port: int, metadata_file: Path) -> list[str]:
    """Plain ``datasette serve -i`` with the published settings, metadata and templates."""
    datasette = str(Path(sys.executable).with_name("datasette"))
    settings = []
    for name, value in DEFAULT_SETTINGS.items():
        settings += ["--setting", name, ("on" if value else "off") if isinstance(value, bool) else str(value)]
    return [
        datasette, "serve", "-i", str(db), "--host", HOST, "--port", str(port),
        "--metadata", str(metadata_file), "--template-dir", str(TEMPLATES), *settings,
    ]


def start_server(command: list[str], port: int, log: Path) -> subprocess.Popen:
    server = subprocess.Popen(command, stdout=log.open("w"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"{command[0]} exited with {server.returncode}; see {log}")
        try:
            if httpx.get(f"http://{HOST}:{port}/-/versions.json", timeout=5).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    stop(server)
    raise SystemExit(f"{command[0]} did not answer within 300 s; see {log}")


def stop(server: subprocess.Popen) -> None:
    server.send_signal(signal.SIGINT)  # uvicorn stops its workers on SIGINT
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def quote_ids(db: Path, n: int, seed: int) -> list[str]:
    """Ids of existing quotes, spread over the table, so every quote page is a 200."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    top = conn.execute("select max(rowid) from quotes").fetchone()[0]
    rng = random.Random(seed)
    rowids = sorted({rng.randint(1, top) for _ in range(n)})
    ids = [row[0] for r in rowids for row in conn.execute("select id from quotes where rowid = ?", [r])]
    conn.close()
    return ids


def requests_mix(ids: list[str], n: int, seed: int, search_as: str = "page") -> list[tuple[str, str]]:
    """(kind, path): half searches, a fifth facet pages, the rest quote pages.

    Searches are ``quotes_full`` pages as a browser opens them (with the default facets), or,
    with ``search_as="api"``, JSON without facets as a script or notebook fetches them.
    """
    rng = random.Random(seed)
    terms = searches(200, seed)
    mix = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.5:
            params = {"_search": rng.choice(terms)}
            if search_as == "api":
                params["_nofacet"] = 1
            mix.append(("search", f"/quotes/quotes_full{'.json' if search_as == 'api' else ''}?" + urlencode(params)))
        elif roll < 0.7:
            mix.append(("facet", f"/quotes/quotes?_facet={rng.choice(FACETS)}"))
        else:
            mix.append(("row", "/quotes/quotes/" + quote(rng.choice(ids), safe="")))
    return mix


async def drive(base: str, mix: list[tuple[str, str]], clients: int, seconds: float, max_requests: int, pathological: int, attack: str):
    results: list[tuple[str, int, float, float]] = []  # kind, status (0: failed), ms, finished at
    cut_offs: list[dict] = []
    limits = httpx.Limits(max_connections=clients + 1, max_keepalive_connections=clients + 1)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        started = time.monotonic()
        deadline = started + seconds
        issued = 0

        async def one(kind: str, path: str) -> None:
            t = time.monotonic()
            try:
                status = (await client.get(path)).status_code
            except httpx.HTTPError:
                status = 0
            results.append((kind, status, (time.monotonic() - t) * 1000, time.monotonic()))

        async def worker() -> None:
            nonlocal issued
            while time.monotonic() < deadline and issued < max_requests:
                kind, path = mix[issued % len(mix)]
                issued += 1
                await one(kind, path)

        async def attacker() -> None:
            for n in range(pathological):
                await asyncio.sleep(seconds / (pathological + 1))
                t = time.monotonic()
                response = await client.get("/quotes.json?" + urlencode({"sql": attack}))
                done = time.monotonic()
                answered = sum(1 for r in results if t <= r[3] <= done and r[1] == 200)
                cut_offs.append({
                    "status": response.status_code,
                    "ms": round((done - t) * 1000),
                    "interrupted": "interrupted" in response.text or "took too long" in response.text,
                    "others_answered_meanwhile": answered,
                })

        await asyncio.gather(attacker(), *(worker() for _ in range(clients)))
        elapsed = time.monotonic() - started
    return results, cut_offs, elapsed


def summary(results, cut_offs, elapsed: float, attack: str) -> dict:
    times = [ms for _, _, ms, _ in results]
    errors = [status for _, status, _, _ in results if status != 200]
    by_kind = {}
    for kind in ("search", "facet", "row"):
        kind_times = [ms for k, _, ms, _ in results if k == kind]
        if kind_times:
            by_kind[kind] = {"n": len(kind_times), "p50_ms": round(statistics.median(kind_times)), "p95_ms": round(percentile(kind_times, 95))}
    return {
        "seconds": round(elapsed, 1),
        "requests": len(results),
        "requests_per_s": round(len(results) / elapsed, 1),
        "p50_ms": round(statistics.median(times)) if times else None,
        "p95_ms": round(percentile(times, 95)) if times else None,
        "errors": len(errors),
        "error_statuses": sorted(set(errors)),
        "by_kind": by_kind,
        "pathological_sql": attack,
        "pathological": cut_offs,
        "pathological_cut_off": bool(cut_offs) and all(c["status"] == 400 and c["interrupted"] for c in cut_offs),
    }


def run_against(name: str, command: list[str], port: int, log: Path, args, mix, attack: str) -> dict:
    server = start_server(command, port, log)
    try:
        results, cut_offs, elapsed = asyncio.run(
            drive(f"http://{HOST}:{port}", mix, args.clients, args.seconds, args.max_requests, args.pathological, attack)
        )
    finally:
        stop(server)
    result = {"server": name, **summary(results, cut_offs, elapsed, attack)}
    print(json.dumps(result), flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="A built database; named quotes.db so it is published as 'quotes'.")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=2, help="quotes serve --workers: server processes for ours.")
    parser.add_argument("--max-requests", type=int, default=50_000, help="Upper bound on requests, whatever the time.")
    parser.add_argument("--pathological", type=int, default=3, help="How many cross-join queries to send during each run.")
    parser.add_argument("--search-as", choices=("page", "api"), default="page", help="page: HTML with facets; api: JSON, no facets.")
    parser.add_argument("--no-peer", action="store_true", help="Only run ours.")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.db.name != "quotes.db":
        raise SystemExit("--db must be a file named quotes.db (Datasette names the database after it)")
    ids = quote_ids(args.db, 2000, args.seed)
    conn = sqlite3.connect(f"{args.db.resolve().as_uri()}?mode=ro", uri=True)
    attack = cross_join(conn.execute("select count(*) from quotes").fetchone()[0])
    conn.close()
    mix = requests_mix(ids, 5000, args.seed, args.search_as)
    metadata_file = args.db.with_name("load_test_metadata.json")
    metadata_file.write_text(json.dumps(metadata("quotes")), encoding="utf-8")
    ours = run_against(
        f"quotes serve --workers {args.workers}", ours_command(args.db, port := free_port(), args.workers),
        port, args.db.with_name("load_test_ours.log"), args, mix, attack,
    )
    if args.no_peer:
        return 0
    peer = run_against(
        "datasette serve -i", peer_command(args.db, port := free_port(), metadata_file),
        port, args.db.with_name("load_test_peer.log"), args, mix, attack,
    )
    print(json.dumps({
        "clients": args.clients,
        "search_as": args.search_as,
        "sql_time_limit_ms": DEFAULT_SETTINGS["sql_time_limit_ms"],
        "ours": {k: ours[k] for k in ("requests_per_s", "p50_ms", "p95_ms", "errors", "pathological_cut_off")},
        "peer": {k: peer[k] for k in ("requests_per_s", "p50_ms", "p95_ms", "errors", "pathological_cut_off")},
        "requests_per_s_ratio": round(ours["requests_per_s"] / peer["requests_per_s"], 2) if peer["requests_per_s"] else None,
        "p95_ratio": round(peer["p95_ms"] / ours["p95_ms"], 2) if ours["p95_ms"] and peer["p95_ms"] else None,
        "ahead": ours["requests_per_s"] > peer["requests_per_s"] and ours["p95_ms"] <= peer["p95_ms"],
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
