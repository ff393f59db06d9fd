"""Peak memory of the published site under hostile requests sent in parallel with ordinary ones.

Starts ``quotes serve`` on a free 127.0.0.1 port under an address-space limit (RLIMIT_AS), sends
the hostile requests of issue 13 (huge values, rows × values, renderers, printf, malformed
parameters, writes) mixed with ordinary page, search, CSV and citation requests from several
threads at once, and prints the status codes of each kind and the server's peak resident memory
(VmHWM) before and after the mix.

    python scripts/hostile_load.py                 # the bundled collection, 1 GB over the baseline
    python scripts/hostile_load.py --db quotes.db --headroom-mb 768 --rounds 5

``tests/test_hostile_server.py`` runs the same mix with the same functions.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import resource
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROWS_50 = "(with recursive c(x) as (select 1 union all select x+1 from c limit 50) select x from c)"
Q = "2021-03-24-korea-herald-nk-cruise-missiles-q05"


def sql(path: str, query: str) -> str:
    return f"{path}?sql={urllib.parse.quote(query)}"


# (path, expected status) — every one was a 200 of gigabytes, a run past the time limit or a 500.
HOSTILE = [
    (sql("/quotes.json", f"select zeroblob(9000000) as b from {ROWS_50}"), 400),
    (sql("/quotes.json", f"select zeroblob(900000) as b from {ROWS_50}"), 400),
    (sql("/quotes.json", f"select zeroblob(900000) as a, zeroblob(900000) as b from {ROWS_50}"), 400),
    (sql("/quotes.csv", f"select zeroblob(900000) as b from {ROWS_50}"), 400),
    (sql("/quotes.csljson", f"select 'x' || zeroblob(900000) as text, zeroblob(900000) as speaker from {ROWS_50}"), 400),
    (sql("/quotes.bib", f"select 'x' || zeroblob(900000) as text, zeroblob(900000) as speaker from {ROWS_50}"), 400),
    (sql("/quotes.ris", f"select 'x' || zeroblob(900000) as text, zeroblob(900000) as speaker from {ROWS_50}"), 400),
    # Escaping grows text: 900 KB of U+0001 is 5.4 MB of JSON per value.
    (sql("/quotes.json", f"select replace(hex(zeroblob(450000)), '0', char(1)) as t from {ROWS_50} limit 9"), 400),
    # SQLite answers NULL for a result over the value limit, after seconds of formatting: now at once.
    (sql("/quotes.json", "select printf('%.*c', 900000000, 'x') as p"), 200),
    (sql("/quotes.json", "select format('%.*c', 900000000, 'x') as p"), 200),
    (sql("/quotes.json", f"select printf('%.*c', 2000000000, 'x') as p from {ROWS_50}"), 200),
    (sql("/quotes.json", f"select hex(randomblob(900000)) as h from {ROWS_50}"), 400),
    (sql("/quotes.json", f"select group_concat(hex(randomblob(100000))) as g from {ROWS_50}"), 400),
    (sql("/quotes.json", "select replace(hex(zeroblob(400000)), '0', 'abcd') as r"), 400),
    ("/quotes/quotes.json?_sort=nope", 400),
    ("/quotes/quotes.json?_sort_desc=rowid", 400),
    ("/quotes/quotes?_through=notjson", 400),
    ('/quotes/quotes.json?_through={"table":"speakers","column":"id"}', 400),
    ("/quotes/quotes?speaker_id__in=[1,", 400),
    (sql("/quotes.csv", "with recursive c(x) as (select 1 union all select x+1 from c) select count(*) from c"), 400),
]
ORDINARY = [
    ("/quotes/quotes.json", 200),
    ("/quotes/quotes_full.json?_search=missiles", 200),
    (f"/quotes/quotes/{Q}", 200),
    ("/quotes/quotes.csv", 200),
    ("/quotes/quotes.bib", 200),
    ("/quotes/quotes_full.csljson", 200),
    (sql("/quotes.json", "select id, text from quotes_full order by id"), 200),
    ("/-/scorecards", 200),
    ("/", 200),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def memory_status(pid: int) -> dict[str, int]:
    """VmRSS, VmHWM (peak resident) and VmPeak of a process, in bytes."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ("VmRSS", "VmHWM", "VmPeak", "VmSize"):
            values[name] = int(rest.split()[0]) * 1024
    return values


def start_server(db: Path, address_space: int | None = None) -> tuple[subprocess.Popen, int]:
    """``quotes serve DB`` on a free port, limited to ``address_space`` bytes of virtual memory."""
    port = free_port()

    def limit():
        if address_space:
            resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))

    server = subprocess.Popen(
        [sys.executable, "-c", "from quotes.cli import app; app()", "serve", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=limit,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"server exited: {server.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2).read()
            return server, port
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("server did not start in 60 s")


def fetch(port: int, path: str, method: str = "GET") -> tuple[int, int]:
    """Status and body length of one request (errors included)."""
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method, data=b"x=1" if method == "POST" else None)
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, len(response.read())
    except urllib.error.HTTPError as error:
        return error.code, len(error.read())


def run_mix(port: int, rounds: int = 2, workers: int = 6) -> list[tuple[str, str, int, int, float]]:
    """Every hostile and ordinary request ``rounds`` times, interleaved, from ``workers`` threads.

    Returns (kind, path, expected, status, seconds) per request.
    """
    jobs = []
    for _ in range(rounds):
        for n in range(max(len(HOSTILE), len(ORDINARY))):
            if n < len(HOSTILE):
                jobs.append(("hostile", *HOSTILE[n], "GET"))
            if n < len(ORDINARY):
                jobs.append(("ordinary", *ORDINARY[n], "GET"))
        jobs.append(("hostile", "/quotes/quotes", 405, "POST"))
        jobs.append(("hostile", "/quotes/quotes_by_speaker", 405, "POST"))

    def one(job):
        kind, path, expected, method = job
        start = time.perf_counter()
        status, _ = fetch(port, path, method)
        return kind, path, expected, status, time.perf_counter() - start

    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        return list(pool.map(one, jobs))


def bundled_database(folder: Path) -> Path:
    from quotes.collection import BUNDLED
    from quotes.db import build

    path = folder / "quotes.db"
    build(BUNDLED, path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="A built database (default: the bundled collection, built now).")
    parser.add_argument("--headroom-mb", type=int, default=1024, help="Address space allowed over the idle server's (default 1024).")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=6)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or bundled_database(Path(folder))
        probe, port = start_server(db)
        idle = memory_status(probe.pid)
        probe.terminate()
        probe.wait()
        limit = idle["VmSize"] + args.headroom_mb * 2**20
        server, port = start_server(db, limit)
        try:
            for path, _ in ORDINARY:
                fetch(port, path)
            warm = memory_status(server.pid)
            results = run_mix(port, args.rounds, args.workers)
            after = memory_status(server.pid)
            alive = server.poll() is None
        finally:
            server.terminate()
            server.wait(timeout=30)
    counts = collections.Counter((kind, status) for kind, _, _, status, _ in results)
    wrong = [(path, expected, status) for _, path, expected, status, _ in results if status != expected]
    mb = 2**20
    print(f"address-space limit: {limit / mb:.0f} MB (idle server {idle['VmSize'] / mb:.0f} MB + {args.headroom_mb} MB)")
    print(f"requests: {len(results)} ({args.rounds} rounds, {args.workers} threads)")
    for (kind, status), n in sorted(counts.items()):
        print(f"  {kind:9} {status}: {n}")
    print(f"unexpected statuses: {len(wrong)}")
    for path, expected, status in wrong[:10]:
        print(f"  {status} (expected {expected}) {path[:120]}")
    print(f"slowest hostile request: {max(s for k, _, _, _, s in results if k == 'hostile'):.2f} s")
    print(f"server alive after the mix: {'yes' if alive else 'no'}")
    print(f"peak RSS: warm {warm['VmHWM'] / mb:.0f} MB, after the mix {after['VmHWM'] / mb:.0f} MB (RSS now {after['VmRSS'] / mb:.0f} MB)")


if __name__ == "__main__":
    main()
