"""Score `quotes extract` against gold attributions (the ../shared/eval format).

    python scripts/evaluate_extraction.py GOLD_DIR [GOLD_DIR ...] [--verbose] [--rules-roles]

GOLD_DIR holds NAME.txt articles and NAME.gold.json lists. Quotes are matched one-to-one by
character span (Jaccard >= 0.5, best pairs first). On matched quotes we report the accuracy of
speaker, title, institution, form and claim type; record accuracy is the share of *gold* quotes
extracted with speaker, title, institution and claim type all right. Names compare case- and
quote-style-insensitively ("Experts" = "experts", ’ = ').
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes.extraction import parse_article  # noqa: E402
from quotes.extraction import extract_text  # noqa: E402

FIELDS = ("speaker", "title", "institution", "form", "claim_type")
RECORD_FIELDS = ("speaker", "title", "institution", "claim_type")
# Where the records that are not right are lost, each gold statement counted once, in this order: not
# extracted; the speaker wrong; the speaker right but the title or institution wrong; only the claim type wrong.
LOSSES = ("missed", "speaker", "title or institution", "claim type only")


def loss(wrong: list[str] | None) -> str | None:
    """The first of :data:`LOSSES` a gold statement falls in (*wrong*: its wrong fields, None if it was not
    extracted); None when its record is right."""
    if wrong is None:
        return "missed"
    if "speaker" in wrong:
        return "speaker"
    if "title" in wrong or "institution" in wrong:
        return "title or institution"
    return "claim type only" if "claim_type" in wrong else None


def norm(value) -> str | None:
    if value is None:
        return None
    value = str(value).replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(value.lower().split()) or None


def same(field: str, gold, predicted) -> bool:
    if field == "claim_type":
        # Our finer types (assessment, fact, recommendation) count as "other", as in the gold.
        predicted = predicted if predicted in ("prediction", "explanation") else "other"
    return norm(gold) == norm(predicted)


def gold_spans(body: str, gold: list[dict]) -> list[tuple[int, int]]:
    spans, used = [], set()
    for item in gold:
        start = body.find(item["text"])
        while start != -1 and start in used:
            start = body.find(item["text"], start + 1)
        if start == -1:
            raise SystemExit(f"gold text not in body: {item['text'][:60]!r}")
        used.add(start)
        spans.append((start, start + len(item["text"])))
    return spans


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def match(gold: list[tuple[int, int]], predicted: list[tuple[int, int]], threshold=0.5) -> dict[int, int]:
    """Gold index -> predicted index, greedy on the best Jaccard first."""
    pairs = sorted(((jaccard(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
                   reverse=True)
    result, taken = {}, set()
    for score, gi, pi in pairs:
        if score < threshold:
            break
        if gi not in result and pi not in taken:
            result[gi] = pi
            taken.add(pi)
    return result


def evaluate_dir(gold_dir: Path, verbose=False, roles=True) -> dict:
    totals = {"gold": 0, "predicted": 0, "matched": 0, "record": 0, **{f: 0 for f in FIELDS}, **{"lost " + k: 0 for k in LOSSES}}
    rows = []
    for txt in sorted(gold_dir.glob("*.txt")):
        gold_file = txt.with_suffix(".gold.json")
        if not gold_file.exists():
            continue
        article = parse_article(txt.read_text(encoding="utf-8"))
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        predicted = [q.as_dict() for q in extract_text(article.body, roles=roles)]
        gspans = gold_spans(article.body, gold)
        pspans = [(q["start"], q["end"]) for q in predicted]
        pairs = match(gspans, pspans)
        counts = {f: 0 for f in FIELDS}
        record = 0
        misses = []
        for gi, item in enumerate(gold):
            if gi not in pairs:
                misses.append(f"  MISS  {item['speaker']!s:28.28} {item['text'][:70]!r}")
                totals["lost missed"] += 1
                continue
            p = predicted[pairs[gi]]
            wrong = [f for f in FIELDS if not same(f, item[f], p[f])]
            lost = loss(wrong)
            if lost:
                totals["lost " + lost] += 1
            for f in FIELDS:
                counts[f] += f not in wrong
            record += not any(f in wrong for f in RECORD_FIELDS)
            if wrong:
                misses.append("  WRONG " + "; ".join(f"{f}: {item[f]!r} got {p[f]!r}" for f in wrong)
                              + f"  {item['text'][:40]!r}")
        matched_p = set(pairs.values())
        for pi, p in enumerate(predicted):
            if pi not in matched_p:
                misses.append(f"  EXTRA {p['speaker']!s:28.28} {p['text'][:70]!r}")
        rows.append((txt.stem, len(gold), len(predicted), len(pairs), record, misses))
        totals["gold"] += len(gold)
        totals["predicted"] += len(predicted)
        totals["matched"] += len(pairs)
        totals["record"] += record
        for f in FIELDS:
            totals[f] += counts[f]
    print(f"\n{gold_dir}")
    print(f"{'article':48} {'gold':>4} {'pred':>4} {'match':>5} {'miss':>4} {'extra':>5} {'record':>6}")
    for name, g, p, m, r, misses in rows:
        print(f"{name[:48]:48} {g:4} {p:4} {m:5} {g - m:4} {p - m:5} {r:6}")
        shown = misses if verbose else [line for line in misses if line.startswith("  MISS")]
        if shown:
            print("\n".join(shown))
    return totals


def report(totals: dict, label="TOTAL") -> None:
    g, p, m = totals["gold"], totals["predicted"], totals["matched"]
    precision = m / p if p else 0.0
    recall = m / g if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"\n{label}: gold {g}, predicted {p}, matched {m}")
    print(f"  quote precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    for f in FIELDS:
        print(f"  {f:12} accuracy on matched {totals[f] / m if m else 0:.3f}")
    print(f"  record accuracy {totals['record'] / g if g else 0:.3f}")
    print("  records lost: " + ", ".join(f"{k} {totals['lost ' + k] / g if g else 0:.3f}" for k in LOSSES))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dirs", nargs="+", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="besides the missed quotes, list extra quotes and wrong fields")
    parser.add_argument("--rules-roles", action="store_false", dest="learned_roles",
                        help="keep the rules' titles and institutions, without the role tagger (quotes extract --rules-roles)")
    args = parser.parse_args(argv)
    for gold_dir in args.gold_dirs:
        if not any(gold_dir.glob("*.gold.json")):  # (a mistyped path would score as an empty set, 0.000)
            parser.error(f"{gold_dir}: no NAME.gold.json files there")
    grand = None
    for gold_dir in args.gold_dirs:
        totals = evaluate_dir(gold_dir, args.verbose, args.learned_roles)
        report(totals, f"TOTAL {gold_dir}")
        grand = totals if grand is None else {k: grand[k] + totals[k] for k in grand}
    if len(args.gold_dirs) > 1:
        report(grand, "TOTAL all")


if __name__ == "__main__":
    main()
