"""Re-check that the test suite kills the deliberate bugs of issue 15.

Each mutant is a small edit a careless change could make (drop the read-only pragma, let
connections ATTACH, loosen the log-score clamp, ...). For each one this script copies the project
to a temporary folder, applies the edit there, runs the tests that should notice it, and prints
whether it was killed (some test failed) and by which tests. The checkout is never touched.

Before any mutant, the same tests run on the unmutated copy and must pass; otherwise a "kill"
would mean nothing. The generated ``schema/quotes.sql`` comparison (tests/test_schema.py) is left
out on purpose: it notices any change to the SQL and asks to regenerate the file, so it would
hide whether a test of the behaviour catches the bug.

    python scripts/mutants.py             # every mutant
    python scripts/mutants.py --list      # names only
    python scripts/mutants.py log-clamp top-bin-cap
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IGNORE = shutil.ignore_patterns(".git", ".venv", "__pycache__", "*.pyc", "*.egg-info", ".pytest_cache", "dist", "build")


@dataclass(frozen=True)
class Mutant:
    name: str
    bug: str  # what the edit does, in words
    old: str  # text replaced (every occurrence, in the one file under `where` that contains it)
    new: str
    tests: tuple[str, ...]
    where: str = "quotes"  # a file or folder of the project to search for `old`


MUTANTS = (
    Mutant("query-only", "connections are not made query_only",
           'PRAGMA query_only = 1', 'PRAGMA query_only = 0', ("tests/test_connection_guards.py", "tests/test_serve.py")),
    Mutant("attach-limit", "SQLITE_LIMIT_ATTACHED raised from 0 to 10",
           "sqlite3.SQLITE_LIMIT_ATTACHED: 0", "sqlite3.SQLITE_LIMIT_ATTACHED: 10",
           ("tests/test_connection_guards.py", "tests/test_serve.py")),
    Mutant("length-limit", "values up to 1 GB allowed (SQLite's default) instead of 10 MB",
           "sqlite3.SQLITE_LIMIT_LENGTH: 10_000_000", "sqlite3.SQLITE_LIMIT_LENGTH: 1_000_000_000",
           ("tests/test_connection_guards.py",)),
    Mutant("log-clamp", "log-score clamp 0.001 -> 0.05",
           "max(probability, 0.001)", "max(probability, 0.05)", ("tests/test_scoring_edges.py", "tests/test_scoring.py")),
    Mutant("bin-epsilon", "no epsilon when binning (a rounding error below 0.7 falls to bin 6)",
           "probability * 10 + 1e-9", "probability * 10", ("tests/test_scoring_edges.py", "tests/test_scoring.py")),
    Mutant("top-bin-cap", "no cap on the top calibration bin (1.0 gets a bin 10)",
           "min(CAST(probability * 10 + 1e-9 AS INTEGER), 9)", "CAST(probability * 10 + 1e-9 AS INTEGER)",
           ("tests/test_scoring_edges.py", "tests/test_scoring.py")),
    Mutant("due-by-date", "canned query 'predictions due by date': deadline <= :date -> <",
           "deadline <= :date", "deadline < :date", ("tests/test_scoring_edges.py", "tests/test_serve.py")),
    Mutant("due-today", "a deadline of today already counts as passed (status rule < -> <=)",
           "{deadline} < {today}", "{deadline} <= {today}", ("tests/test_scoring_edges.py", "tests/test_predictions.py")),
    Mutant("non-atomic-build", "the build writes into the target database instead of a temporary file",
           "    conn = sqlite3.connect(temp)\n", "    temp = str(path)\n    conn = sqlite3.connect(temp)\n",
           ("tests/test_build.py",)),
    Mutant("readme-drift", "the README's serve --get example without the id key the command prints",
           '[{"id": "2021-03-24-korea-herald-nk-cruise-missiles-q10", ', "[{",
           ("tests/test_readme.py",), where="README.md"),
    Mutant("cli-drift", "quotes check words its summary differently, README not updated",
           'f"OK: {len(loaded.sources)} sources, ', 'f"OK: {len(loaded.sources)} source files, ',
           ("tests/test_readme.py",)),
)


def target_file(copy: Path, mutant: Mutant) -> Path:
    """The one file under ``mutant.where`` that contains the text to replace."""
    where = copy / mutant.where
    files = [where] if where.is_file() else sorted(p for p in where.rglob("*.py"))
    found = [p for p in files if mutant.old in p.read_text(encoding="utf-8")]
    if len(found) != 1:
        raise SystemExit(f"{mutant.name}: {mutant.old!r} found in {len(found)} files under {mutant.where}; update MUTANTS")
    return found[0]


def run_tests(copy: Path, tests: tuple[str, ...]) -> tuple[bool, list[str], float]:
    """Run pytest on ``tests`` in the copy: (passed, names of failed tests, seconds)."""
    env = {**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"}
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rf", "-p", "no:cacheprovider", *tests],
        cwd=copy, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    failed = re.findall(r"^(?:FAILED|ERROR) (\S+)", result.stdout, re.M)
    return result.returncode == 0, failed, time.monotonic() - start


def check_imports_from(copy: Path) -> None:
    """The mutated copy must be what the tests import, not the installed checkout."""
    env = {**os.environ, "PYTHONPATH": str(copy)}
    out = subprocess.run([sys.executable, "-c", "import quotes; print(quotes.__file__)"], cwd=copy, env=env,
                         stdout=subprocess.PIPE, text=True, check=True).stdout.strip()
    if not Path(out).resolve().is_relative_to(copy.resolve()):
        raise SystemExit(f"the tests would import {out}, not the copy in {copy}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="Mutants to try (default: all).")
    parser.add_argument("--list", action="store_true", help="List the mutants and exit.")
    args = parser.parse_args(argv)
    if args.list:
        for m in MUTANTS:
            print(f"{m.name:18} {m.bug}")
        return 0
    unknown = set(args.names) - {m.name for m in MUTANTS}
    if unknown:
        parser.error(f"unknown mutants: {', '.join(sorted(unknown))}")
    chosen = [m for m in MUTANTS if not args.names or m.name in args.names]

    with tempfile.TemporaryDirectory(prefix="quotes-mutants-") as tmp:
        copy = Path(tmp) / "project"
        shutil.copytree(ROOT, copy, ignore=IGNORE, symlinks=True)
        check_imports_from(copy)
        tests = tuple(sorted({t for m in chosen for t in m.tests}))
        ok, failed, seconds = run_tests(copy, tests)
        if not ok:
            print(f"baseline: the unmutated tests fail ({', '.join(failed) or 'see pytest'}); no verdict possible")
            return 2
        print(f"baseline: {len(tests)} test files pass unmutated ({seconds:.0f} s)\n")
        print(f"{'mutant':18} {'verdict':9} {'s':>4}  killed by")
        survived = 0
        for mutant in chosen:
            path = target_file(copy, mutant)
            original = path.read_text(encoding="utf-8")
            try:
                path.write_text(original.replace(mutant.old, mutant.new), encoding="utf-8")
                ok, failed, seconds = run_tests(copy, mutant.tests)
            finally:
                path.write_text(original, encoding="utf-8")
            survived += ok
            verdict = "SURVIVED" if ok else "killed"
            print(f"{mutant.name:18} {verdict:9} {seconds:4.0f}  {', '.join(f.split('::', 1)[1] for f in failed[:4])}"
                  + (f" (+{len(failed) - 4} more)" if len(failed) > 4 else ""))
        print(f"\n{len(chosen) - survived} of {len(chosen)} mutants killed")
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
