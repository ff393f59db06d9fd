"""Articles per second of `quotes extract` on one core, over the PolNeAR train texts.

    python scripts/bench_extract.py [../shared/eval/polnear/train/text] [--repeat 1]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes.extraction import extract_text  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "polnear" / "train" / "text"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text_dir", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.text_dir.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt files in {args.text_dir}")
    words = sum(len(t.split()) for t in texts)
    extract_text(texts[0])  # warm up lexicons and compiled patterns
    quotes = 0
    began = time.process_time()
    for _ in range(args.repeat):
        for text in texts:
            quotes += len(extract_text(text))
    elapsed = time.process_time() - began
    n = len(texts) * args.repeat
    print(f"{n} articles ({words / len(texts):.0f} words each on average), {quotes} statements, "
          f"{elapsed:.2f} s CPU: {n / elapsed:.1f} articles/s on one core")
    # The worst case the issue names: one 5 MB article, made of the same texts end to end.
    large = "\n\n".join(texts)
    while len(large) < 5_000_000:
        large += "\n\n" + large
    large = large[:5_000_000]
    began = time.process_time()
    found = len(extract_text(large))
    print(f"one 5 MB article: {found} statements in {time.process_time() - began:.2f} s CPU")


if __name__ == "__main__":
    main()
