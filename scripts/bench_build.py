"""Benchmark ``quotes import quotebank`` against the practical limit of SQLite.

1. writes N quotations in Quotebank's quotation-centric format (scripts/generate_quotebank.py);
2. runs ``quotes import quotebank FILE --db DB`` in a child process: wall time and the peak
   resident memory of its whole process tree (sampled every 100 ms);
3. reads the imported rows back and inserts exactly those rows with plain ``sqlite3``
   ``executemany`` into an empty database with the same schema and search index, same pragmas,
   rows already in memory: the raw rate, measured in the same run;
4. size: the database's bytes per quote beside the raw rows' (the same speakers, sources and
   quotes rows in plain tables with their primary keys, nothing derived: no quotes_full, no
   search index, no secondary index), and the input file's.

The last line printed is one JSON object:
``{"quotes", "quotes_per_s", "raw_quotes_per_s", "ratio", "peak_rss_mb", "bytes_per_quote",
"raw_bytes_per_quote", "size_ratio", ...}``.

    python scripts/bench_build.py --quotes 1000000 --workdir /tmp/bench
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import generate_quotebank  # noqa: E402
import sqlite_utils  # noqa: E402

from quotes.db import SEARCH_COLUMNS, TABLES, column_types, create_schema, insert_sql  # noqa: E402
from quotes.quotebank import CACHE_KB, INSERT_QUOTE, INSERT_SPEAKER, QUOTE_COLUMNS, SOURCE_COLUMNS, SPEAKER_COLUMNS, UPSERT_SOURCE  # noqa: E402

FULL_COLUMNS = list(TABLES["quotes_full"]["columns"])
INSERT_FULL = insert_sql("quotes_full", FULL_COLUMNS)
INSERT_SEARCH = f"INSERT INTO quotes_fts (rowid, {', '.join(SEARCH_COLUMNS)}) VALUES ({', '.join('?' * (len(SEARCH_COLUMNS) + 1))})"
PRAGMAS = ("PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", f"PRAGMA cache_size = -{CACHE_KB}")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def quotes_file(workdir: Path, n: int, seed: int) -> Path:
    path = workdir / f"quotes-{n}-{seed}.json"
    if not path.exists():
        started = time.perf_counter()
        generate_quotebank.generate(path.with_suffix(".part"), n, "quotes", seed)
        path.with_suffix(".part").rename(path)
        log(f"generated {path} ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f} s")
    return path


def tree_rss_mb(root: int) -> float:
    """Resident memory of ``root`` and all its descendants (the importer's reader process too)."""
    total, frontier = 0, [root]
    while frontier:
        pid = frontier.pop()
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            for task in Path(f"/proc/{pid}/task").iterdir():
                frontier.extend(int(child) for child in (task / "children").read_text().split())
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return total / 1024


def timed_import(source: Path, db: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB of the whole process tree) of the import command."""
    command = [str(Path(sys.executable).with_name("quotes")), "import", "quotebank", str(source), "--db", str(db)]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    peak = [0.0]
    finished = threading.Event()

    def sample():
        while not finished.wait(0.1):
            peak[0] = max(peak[0], tree_rss_mb(child.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    finished.set()
    sampler.join()
    output = child.stdout.read().decode().strip()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"import failed with exit code {child.returncode}")
    log(output)
    return seconds, max(peak[0], usage.ru_maxrss / 1024)  # ru_maxrss is in KiB on Linux


def machine_rows(db: Path) -> dict[str, list[tuple]]:
    """The rows the import wrote, shaped for the importer's own INSERT statements."""
    conn = sqlite3.connect(db)
    rows = {
        "speakers": conn.execute(f"SELECT {', '.join(SPEAKER_COLUMNS)} FROM speakers WHERE id LIKE 'qb-%'").fetchall(),
        "sources": conn.execute(f"SELECT {', '.join(SOURCE_COLUMNS)} FROM sources WHERE id LIKE 'qb-%'").fetchall(),
        "quotes": conn.execute(
            f"SELECT {', '.join(QUOTE_COLUMNS)} FROM quotes WHERE provenance = 'machine' ORDER BY rowid"
        ).fetchall(),
        "quotes_full": conn.execute(
            f"SELECT {', '.join(FULL_COLUMNS)} FROM quotes_full WHERE provenance = 'machine' ORDER BY rowid"
        ).fetchall(),
        "search": conn.execute(
            f"SELECT rowid, {', '.join(SEARCH_COLUMNS)} FROM quotes_full WHERE provenance = 'machine' ORDER BY rowid"
        ).fetchall(),
    }
    conn.close()
    return rows


def raw_insert(rows: dict[str, list[tuple]], db: Path) -> float:
    """Seconds for plain executemany of ``rows`` into a fresh database with the same schema."""
    db.unlink(missing_ok=True)
    conn = sqlite3.connect(db)
    create_schema(sqlite_utils.Database(conn))
    conn.commit()
    for pragma in PRAGMAS:
        conn.execute(pragma)
    started = time.perf_counter()
    conn.executemany(INSERT_SPEAKER, rows["speakers"])
    conn.executemany(UPSERT_SOURCE, rows["sources"])
    conn.executemany(INSERT_QUOTE, rows["quotes"])
    conn.executemany(INSERT_FULL, rows["quotes_full"])
    conn.executemany(INSERT_SEARCH, rows["search"])
    conn.commit()
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def plain_size(rows: dict[str, list[tuple]], db: Path) -> int:
    """Bytes of the imported rows in plain tables (primary keys only), vacuumed like a build."""
    db.unlink(missing_ok=True)
    conn = sqlite3.connect(db)
    plain = sqlite_utils.Database(conn)
    for table in ("speakers", "sources", "quotes"):
        plain[table].create(column_types(table), pk=TABLES[table]["pk"], not_null=TABLES[table]["not_null"])
    conn.executemany(INSERT_SPEAKER, rows["speakers"])
    conn.executemany(UPSERT_SOURCE, rows["sources"])
    conn.executemany(INSERT_QUOTE, rows["quotes"])
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    size = db.stat().st_size
    db.unlink()
    return size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, default=100_000, help="How many quotations to import.")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, default=None, help="Where generated files and databases go (kept). Default: a temporary folder.")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        source = quotes_file(workdir, args.quotes, args.seed)
        db = workdir / f"quotes-{args.quotes}.db"
        seconds, peak = timed_import(source, db)
        log(f"import: {seconds:.1f} s, peak RSS {peak:.0f} MB, database {db.stat().st_size / 1e6:.0f} MB")
        rows = machine_rows(db)
        raw_seconds = raw_insert(rows, workdir / "raw.db")
        (workdir / "raw.db").unlink()
        log(f"raw executemany: {raw_seconds:.1f} s")
        size, raw_size, input_size = db.stat().st_size, plain_size(rows, workdir / "plain.db"), source.stat().st_size
    n = len(rows["quotes"])
    result = {
        "quotes": n,
        "quotes_per_s": round(n / seconds),
        "raw_quotes_per_s": round(n / raw_seconds),
        "ratio": round((n / raw_seconds) / (n / seconds), 2),
        "peak_rss_mb": round(peak, 1),
        "import_s": round(seconds, 1),
        "raw_s": round(raw_seconds, 1),
        "db_mb": round(size / 1e6),
        "bytes_per_quote": round(size / n),
        "raw_bytes_per_quote": round(raw_size / n),
        "size_ratio": round(size / raw_size, 2),
        "input_bytes_per_quote": round(input_size / n),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
