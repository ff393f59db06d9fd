"""Wall time of a one-article `quotes extract` call, from process start to exit.

    python scripts/bench_startup.py [ARTICLE] [--runs 9] [--against OTHER_QUOTES_COMMAND]

Runs the installed ``quotes`` command (the console script beside this Python) on one article
(default: the bundled Korea Herald text) and prints the median of several runs, beside the median
of a bare ``python -c pass`` measured in the same run: the interpreter's own start, which no change
to the project can remove. Each format is timed twice: with the extractor's compiled patterns and its
data kept from an earlier run (quotes/pattern_cache.py, quotes/kept_data.py; a fresh cache folder,
filled by one untimed run), as
every call after the first runs, and with keeping turned off (``QUOTES_PATTERN_CACHE=off``), as a
first call runs. Also lists the heavy packages ``import quotes.cli`` loads (none, when every command
imports what it needs inside itself).

With ``--against``, the ``quotes`` command of another install (say of the code issue 10 was filed
against, in its own virtual environment) is timed in turn with this one on the same article, JSON out,
and the medians and their ratio are printed: a ratio of two codes timed in the same run depends far
less on the machine than seconds do.
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
# Issue 10's target for a one-article call and the time it measured for the code it was filed against.
ISSUE_TARGET, ISSUE_BASELINE = 0.3, 0.55
HEAVY = ("datasette", "citeproc", "sklearn", "sqlite_utils", "trafilatura", "pyarrow", "pydantic", "rich")


def median_seconds(command: list[str], runs: int, env: dict | None = None) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, **(env or {})})
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def compare(command: list[str], other: list[str], article: Path, runs: int) -> None:
    """Median seconds of *command* and *other* on *article* (JSON out), timed in turn, and their ratio."""
    times: dict[str, list[float]] = {"this install": [], " ".join(other): []}
    with tempfile.TemporaryDirectory() as cache:
        kept = {**os.environ, "XDG_CACHE_HOME": cache, "QUOTES_PATTERN_CACHE": "on"}
        for _ in range(runs + 1):  # the first round fills the cache folder and is not counted
            for label, base in (("this install", command), (" ".join(other), other)):
                began = time.perf_counter()
                subprocess.run(base + ["extract", str(article), "--format", "json"], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=kept)
                times[label].append(time.perf_counter() - began)
    medians = {label: statistics.median(taken[1:]) for label, taken in times.items()}
    for label, median in medians.items():
        print(f"{label}: quotes extract ONE_ARTICLE --format json: {median:.3f} s median of {runs} runs")
    ratio = medians["this install"] / medians[" ".join(other)]
    print(f"ratio {ratio:.3f} (issue 10's target: {ISSUE_TARGET} s where the code it was filed against took "
          f"{ISSUE_BASELINE} s, a ratio of {ISSUE_TARGET / ISSUE_BASELINE:.3f})")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--against", metavar="OTHER_QUOTES_COMMAND",
                        help="the quotes command of another install, timed in turn with this one")
    args = parser.parse_args(argv)
    quotes = Path(sys.executable).with_name("quotes")
    command = [str(quotes)] if quotes.exists() else [sys.executable, "-m", "quotes.cli"]
    if args.against:
        compare(command, [args.against], args.article, args.runs)
        return
    bare = median_seconds([sys.executable, "-c", "pass"], args.runs)
    with tempfile.TemporaryDirectory() as cache:
        kept = {"XDG_CACHE_HOME": cache, "QUOTES_PATTERN_CACHE": "on"}
        settings = {"patterns and data kept": kept, "patterns compiled, data built": {"QUOTES_PATTERN_CACHE": "off"}}
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
