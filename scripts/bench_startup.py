"""Wall time of a one-article `quotes extract` call, from process start to exit.

    python scripts/bench_startup.py [ARTICLE] [--runs 9]

Runs the installed ``quotes`` command (the console script beside this Python) on one article
(default: the bundled Korea Herald text) and prints the median of several runs, beside the median
of a bare ``python -c pass`` measured in the same run: the interpreter's own start, which no change
to the project can remove. Each format is timed twice: with the extractor's compiled patterns kept
from an earlier run (quotes/pattern_cache.py; a fresh cache folder, filled by one untimed run), as
every call after the first runs, and with keeping turned off (``QUOTES_PATTERN_CACHE=off``), as a
first call runs. Also lists the heavy packages ``import quotes.cli`` loads (none, when every command
imports what it needs inside itself).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "quotes" / "collection" / "texts" / "2021-03-24-korea-herald-nk-cruise-missiles.txt"
HEAVY = ("datasette", "citeproc", "sklearn", "sqlite_utils", "trafilatura", "pyarrow", "pydantic", "rich")


def median_seconds(command: list[str], runs: int, env: dict | None = None) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, **(env or {})})
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    quotes = Path(sys.executable).with_name("quotes")
    command = [str(quotes)] if quotes.exists() else [sys.executable, "-m", "quotes.cli"]
    bare = median_seconds([sys.executable, "-c", "pass"], args.runs)
    with tempfile.TemporaryDirectory() as cache:
        kept = {"XDG_CACHE_HOME": cache, "QUOTES_PATTERN_CACHE": "on"}
        settings = {"patterns kept": kept, "patterns compiled": {"QUOTES_PATTERN_CACHE": "off"}}
        median_seconds(command + ["extract", str(args.article)], 1, kept)  # fills the cache folder
        for fmt in ("yaml", "json"):
            for label, env in settings.items():
                took = median_seconds(command + ["extract", str(args.article), "--format", fmt], args.runs, env)
                print(f"quotes extract ONE_ARTICLE --format {fmt} ({label}): {took:.3f} s median of {args.runs} runs")
    print(f"python -c pass: {bare:.3f} s (the interpreter's own start)")
    probe = "import sys, quotes.cli; print(' '.join(m for m in %r if m in sys.modules))" % (HEAVY,)
    loaded = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout.strip()
    print(f"heavy packages loaded by import quotes.cli: {loaded or 'none'}")


if __name__ == "__main__":
    main()
