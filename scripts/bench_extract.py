"""Articles per second of `quotes extract` on one core, over the PolNeAR train texts.

    python scripts/bench_extract.py [../shared/eval/polnear/train/text] [--repeat 1] [--large-mb 5]
                                    [--against OTHER_CHECKOUT [--rounds 3]]

With ``--against``, another checkout of the project (say the code issue 10 was filed against:
``git worktree add ../quotes-before 124d397^``) is measured by its own copy of this script, in turn
with this one, ``--rounds`` times, and the medians and their ratio are printed: seconds depend on the
machine and on what else it runs, a ratio of two codes measured in the same run much less.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT = ROOT.parent / "shared" / "eval" / "polnear" / "train" / "text"
# Issue 10's speed floor and the speed it measured for the code it was filed against (124d397^), on its machine.
ISSUE_FLOOR, ISSUE_BASELINE = 50, 301
_RATE = re.compile(r"([\d.]+) articles/s")
_LARGE = re.compile(r"one (\d+) MB article: \d+ statements in ([\d.]+) s")


def measure(texts: list[str], repeat: int, large_mb: int) -> None:
    """Print the articles per second over *texts*, and the CPU seconds of one article of *large_mb* MB."""
    from quotes.extraction import extract_text

    words = sum(len(t.split()) for t in texts)
    extract_text(texts[0])  # warm up lexicons and compiled patterns
    quotes = 0
    began = time.process_time()
    for _ in range(repeat):
        for text in texts:
            quotes += len(extract_text(text))
    elapsed = time.process_time() - began
    n = len(texts) * repeat
    print(f"{n} articles ({words / len(texts):.0f} words each on average), {quotes} statements, "
          f"{elapsed:.2f} s CPU: {n / elapsed:.1f} articles/s on one core")
    if large_mb <= 0:
        return
    # The worst case the issue names: one 5 MB article, made of the same texts end to end.
    size = large_mb * 1_000_000
    large = "\n\n".join(texts)
    while len(large) < size:
        large += "\n\n" + large
    large = large[:size]
    began = time.process_time()
    found = len(extract_text(large))
    print(f"one {large_mb} MB article: {found} statements in {time.process_time() - began:.2f} s CPU", flush=True)


def run_checkout(checkout: Path, text_dir: Path, repeat: int, large_mb: int) -> tuple[float, tuple[str, float] | None]:
    """Articles per second and the large article's size and seconds printed by *checkout*'s own
    bench_extract.py (an older copy prints the same lines; it always times a 5 MB article, a newer one as asked)."""
    command = [sys.executable, str(checkout / "scripts" / "bench_extract.py"), str(text_dir), "--repeat", str(repeat)]
    if (checkout / "scripts" / "bench_extract.py").read_text(encoding="utf-8").count("--large-mb"):
        command += ["--large-mb", str(large_mb)]
    out = subprocess.run(command, cwd=checkout, check=True, capture_output=True, text=True).stdout
    rate, large = _RATE.search(out), _LARGE.search(out)
    if not rate:
        raise SystemExit(f"{checkout}: no articles/s in its output:\n{out}")
    return float(rate.group(1)), (large.group(1), float(large.group(2))) if large else None


def compare(other: Path, text_dir: Path, repeat: int, large_mb: int, rounds: int) -> None:
    figures = {"this checkout": [], str(other): []}
    for _ in range(rounds):
        for label, checkout in (("this checkout", ROOT), (str(other), other)):
            figures[label].append(run_checkout(checkout, text_dir, repeat, large_mb))
    medians = {}
    for label, runs in figures.items():
        rates = [r for r, _ in runs]
        larges = [s for _, s in runs if s is not None]
        medians[label] = statistics.median(rates)
        took = (f"; one {larges[0][0]} MB article {statistics.median(s for _, s in larges):.2f} s CPU"
                if larges else "")
        print(f"{label}: {medians[label]:.1f} articles/s (median of {rounds}: {', '.join(f'{r:.1f}' for r in rates)}){took}")
    ratio = medians["this checkout"] / medians[str(other)]
    print(f"ratio {ratio:.3f} (issue 10's floor: {ISSUE_FLOOR} articles/s where the code it was filed against "
          f"ran {ISSUE_BASELINE}, a ratio of {ISSUE_FLOOR / ISSUE_BASELINE:.3f})")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text_dir", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--large-mb", type=int, default=5, help="size of the one large article (0: none)")
    parser.add_argument("--against", type=Path, metavar="OTHER_CHECKOUT",
                        help="another checkout, measured by its own scripts/bench_extract.py in turn with this one")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    text_dir = args.text_dir.resolve()
    if args.against:
        if not (args.against / "scripts" / "bench_extract.py").exists():
            raise SystemExit(f"{args.against}: not a checkout of this project (no scripts/bench_extract.py)")
        compare(args.against.resolve(), text_dir, args.repeat, args.large_mb, args.rounds)
        return
    texts = [p.read_text(encoding="utf-8") for p in sorted(text_dir.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt files in {args.text_dir}")
    measure(texts, args.repeat, args.large_mb)


if __name__ == "__main__":
    main()
