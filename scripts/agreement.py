"""How far a second, independent labelling of a test part's statements agrees with its gold.

    python scripts/agreement.py annotations/test-c annotations/agreement/test-c.second.json

The second file maps each article's name to its statements in gold order, each with ``text``
(the gold span, given to the second annotator) and the fields the second annotator chose by the
conventions of annotations/README.md without seeing the gold: ``speaker``, ``anonymous``, ``title``,
``institution`` and ``record_claim_type``. Fields compare as the evaluation compares them (case and
quotation-mark style aside); the claim type three-way as it is scored, with Cohen's kappa.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaluate_extraction import norm  # noqa: E402

FIELDS = ("speaker", "anonymous", "title", "institution", "claim_type")
RECORD = ("speaker", "title", "institution", "claim_type")
THREE_WAY = ("prediction", "explanation", "other")


def three_way(record_claim_type: str) -> str:
    return record_claim_type if record_claim_type in ("prediction", "explanation") else "other"


def pairs(gold_dir: Path, second: dict) -> list[tuple[dict, dict]]:
    """(gold, second) statement pairs of every article the second file labels."""
    result = []
    for name, labels in sorted(second.items()):
        gold = json.loads((gold_dir / f"{name}.gold.json").read_text(encoding="utf-8"))
        if [g["text"] for g in gold] != [s["text"] for s in labels]:
            raise SystemExit(f"{name}: the second labelling does not list the gold's statements in order")
        result += [(g, dict(s, claim_type=three_way(s["record_claim_type"]))) for g, s in zip(gold, labels)]
    return result


def same(field: str, a: dict, b: dict) -> bool:
    return a[field] == b[field] if field == "anonymous" else norm(a[field]) == norm(b[field])


def kappa(labels: list[tuple[str, str]]) -> float:
    n = len(labels)
    observed = sum(a == b for a, b in labels) / n
    expected = sum(sum(a == k for a, _ in labels) / n * sum(b == k for _, b in labels) / n for k in THREE_WAY)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def agreement(both: list[tuple[dict, dict]]) -> dict[str, float]:
    n = len(both)
    scores = {field: sum(same(field, g, s) for g, s in both) / n for field in FIELDS}
    scores["record"] = sum(all(same(f, g, s) for f in RECORD) for g, s in both) / n
    scores["six-way type"] = sum(g["record_claim_type"] == s["record_claim_type"] for g, s in both) / n
    scores["claim type kappa"] = kappa([(g["claim_type"], s["claim_type"]) for g, s in both])
    return scores


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("second", type=Path)
    args = parser.parse_args(argv)
    both = pairs(args.gold_dir, json.loads(args.second.read_text(encoding="utf-8")))
    print(f"{len(both)} statements of {args.second}")
    for name, value in agreement(both).items():
        print(f"  {name:18} {value:.3f}")


if __name__ == "__main__":
    main()
