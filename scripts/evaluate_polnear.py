"""Score `quotes extract` on PolNeAR content and source spans.

    python scripts/evaluate_polnear.py ../shared/eval/polnear --split dev [--limit N]

For each article (one annotator's .ann file when there are several) we compare our statements
with PolNeAR's attributions:

- content spans: *exact* (equal after trimming whitespace, outer quotation marks, a leading
  "that" and a final . or , on both sides — PolNeAR keeps the marks of direct quotes and the
  complementiser, the gold of this project does not) and *overlap* (any shared character),
  matched one-to-one;
- source spans: the words naming the source at the attribution ("he", "Debra Steger, a former
  Canadian negotiator …") against ours, exact and overlap, matched one-to-one.

Each is reported for all attributions and for those whose cue is a speech verb (PolNeAR also
annotates thoughts and intentions, "Democrats cheered"; an expert-quote extractor wants
speech). In the speech-verb rows a prediction that matches a non-speech attribution is neither
a hit nor a false positive. The published figures (test split, exact F1) are printed alongside.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes.extraction import extract_text  # noqa: E402

SPEECH_CUES = re.compile(
    r"\b(say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|according|wrote|write|writes|"
    r"note|notes|noted|noting|argue|argued|argues|arguing|explain\w*|warn\w*|predict\w*|forecast\w*|"
    r"insist\w*|claim\w*|stat(?:e|ed|es|ing)|declar\w*|announc\w*|acknowledg\w*|admit\w*|confirm\w*|"
    r"suggest\w*|stress\w*|emphasi\w*|tweet\w*|asked|ask|asks|continu\w*|repl\w*|respond\w*|recall\w*|"
    r"assert\w*|contend\w*|conced\w*|promis\w*|vow\w*|pledg\w*|report\w*|:)")
PUBLISHED = ("published, test split, exact F1: BERT+Cofe source 83.2, cue 75.3, content 72.9; "
             "BERT+CRF source 82.2, content 71.0 (CofeNet, COLING 2022); Citron on PARC 3.0: "
             "content exact 59.3, overlap 83.3")
TRIM = " \t\n“”\"‘’'.,"


def read_ann(path: Path) -> list[dict]:
    spans, events = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            frags = [tuple(int(x) for x in frag.split()) for frag in offsets.split(";")]
            spans[parts[0]] = (label, frags, parts[2] if len(parts) > 2 else "")
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    result = []
    for event in events:
        item = {}
        for role in ("Content", "Source", "Cue"):
            ref = event.get(role)
            if ref in spans:
                frags = spans[ref][1]
                item[role] = (min(a for a, _ in frags), max(b for _, b in frags), spans[ref][2])
        if "Content" in item:
            result.append(item)
    return result


def trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in TRIM:
        a += 1
    # PolNeAR keeps the complementiser in the content ('that he would …'); this project does not.
    if text[a:a + 5].lower() == "that " and b - a > 5:
        a += 5
    while a < b and text[a] in TRIM:
        a += 1
    while b > a and text[b - 1] in TRIM:
        b -= 1
    return a, b


def overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: list, pred: list, exact: bool) -> dict[int, int]:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if exact:
                if g == p:
                    pairs.append((1, gi, pi))
            elif overlap(g, p):
                pairs.append((overlap(g, p), gi, pi))
    pairs.sort(reverse=True)
    result, taken = {}, set()
    for _, gi, pi in pairs:
        if gi not in result and pi not in taken:
            result[gi] = pi
            taken.add(pi)
    return result


class Score:
    def __init__(self):
        self.tp = self.gold = self.pred = 0

    def add(self, tp, gold, pred):
        self.tp += tp
        self.gold += gold
        self.pred += pred

    def line(self, label):
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"  {label:34} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (gold {self.gold}, pred {self.pred}, hit {self.tp})"


def joined_split_quotes(text: str, predicted) -> list[tuple[int, int]]:
    """Content spans as PolNeAR draws them. PolNeAR annotates a quote interrupted by its
    attribution ('“A,” he said, “B.”') as one discontinuous content, and a speaker's quoted
    sentences that go on in the same paragraph as part of it; its spans are scored from the first
    fragment to the last. This project makes each piece a statement of its own (the convention of
    its gold, ../shared/eval/README.md). Joined here: pieces sharing one source printed between
    them, and a direct quote with no attribution of its own following the same speaker in the
    same paragraph. The extractor's output is not changed, only how it is compared.
    """
    spans: list[tuple[int, int]] = []
    previous = None
    for q in predicted:
        # ('“A,” he said, adding that B' is two attributions in PolNeAR too: a piece with a cue of its own stays apart)
        split = previous is not None and q.source_start is not None and q.cue == previous.cue \
            and (q.source_start, q.source_end) == (previous.source_start, previous.source_end) \
            and previous.end <= q.source_start and q.source_end <= q.start
        # the quote goes on in the same paragraph with no attribution of its own ('… ,” he said. “B.”')
        goes_on = previous is not None and q.source_start is None and q.form == "direct" \
            and q.speaker == previous.speaker and "\n" not in text[previous.end:q.start]
        if split or goes_on:
            spans[-1] = (spans[-1][0], q.end)
        else:
            spans.append((q.start, q.end))
        previous = q
    return spans


def score_article(text: str, gold: list[dict], scores: dict, join: bool = False) -> None:
    predicted = extract_text(text)
    contents = joined_split_quotes(text, predicted) if join else [(q.start, q.end) for q in predicted]
    speech = [bool(g.get("Cue") and SPEECH_CUES.search(g["Cue"][2].lower())) for g in gold]
    for role, pred_spans in (("content", [trimmed(text, a, b) for a, b in contents]),
                             ("source", [(q.source_start, q.source_end) for q in predicted
                                         if q.source_start is not None])):
        if role == "source":
            pred_spans = sorted(set(pred_spans))
        gold_items = [(trimmed(text, *g[role.capitalize()][:2]), s) for g, s in zip(gold, speech)
                      if role.capitalize() in g]
        if role == "source":
            gold_items = sorted(set(gold_items))
        gold_spans = [g for g, _ in gold_items]
        for exact in (True, False):
            kind = "exact" if exact else "overlap"
            pairs = match(gold_spans, pred_spans, exact)
            scores[f"{role} {kind}, all"].add(len(pairs), len(gold_spans), len(pred_spans))
            # speech-verb subset: predictions paired with non-speech gold are set aside
            speech_gold = [i for i, (_, s) in enumerate(gold_items) if s]
            other_pred = {pairs[i] for i, (_, s) in enumerate(gold_items) if not s and i in pairs}
            hits = sum(1 for i in speech_gold if i in pairs)
            scores[f"{role} {kind}, speech verbs"].add(hits, len(speech_gold), len(pred_spans) - len(other_pred))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear_dir", type=Path)
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--join-split-quotes", action="store_true",
                        help="score a quote split by its attribution as one content, as PolNeAR annotates it")
    args = parser.parse_args(argv)
    split = args.polnear_dir / args.split
    by_article = defaultdict(list)
    for ann in sorted((split / "attributions").glob("*.ann")):
        by_article[ann.stem.rsplit("_", 1)[0]].append(ann)
    names = sorted(by_article)[: args.limit] if args.limit else sorted(by_article)
    scores = defaultdict(Score)
    for name in names:
        text_path = split / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        score_article(text, read_ann(by_article[name][0]), scores, args.join_split_quotes)
    print(f"PolNeAR {args.split}: {len(names)} articles")
    for key in sorted(scores):
        print(scores[key].line(key))
    print(PUBLISHED)


if __name__ == "__main__":
    main()
