"""Fit the role tagger of `quotes extract` (quotes/extraction/roles.py) on the project's own annotations.

    python scripts/train_roles.py [--tune annotations/tune] [--mentions annotations/mentions]
                                  [--gold DIR ...] [--out quotes/extraction/data/role_model.json]
                                  [--folds 5] [--no-write] [--hold-out NAME ...]

Training data, all annotated for this project:

- the gold statements of the tuning articles (``--tune``, and any further ``--gold`` folder in the
  same format, such as the extractor's development set): for each person quoted, the sentences of
  the article that print the person's name, with the gold title and institution marked where the
  sentence prints them (up to the first sentence that does);
- the mention lines of ``--mentions`` (``*.jsonl``: a sentence, a name printed in it, and the title
  and institution that sentence prints for that person, or null).

Never a sealed test part (any folder named ``test`` or ``test-*`` is refused) and never PolNeAR.
The shipped model is fitted with the defaults (this repository's annotations only), so that
tests/test_train_roles.py can refit it and check that it is not stale.

Before fitting, the script measures what the tagger does on text it did not see, against the rules
of the extractor on the same text:

- mention lines, in ``--folds`` groups of whole articles (URLs): a tagger fitted on the other groups
  (and every tune article) reads each held-out line; so do the rules (the extractor run on the
  sentence alone). Title, institution and both right, over the lines where the rules attribute a
  statement to the person. The rules were never tuned on these lines, so this is the fair comparison;
- tune and ``--gold`` articles, in ``--folds`` groups: the extractor's records scored with the rules'
  roles alone and with the tagger (fitted on the other articles and every mention line). The rules
  were tuned on these articles, so their figure here is not one for unseen text.

With ``--hold-out NAME`` (repeated), those articles are left out of everything and scored alone at
the end, rules against tagger, by statement and by person (each person once). The model is then
fitted on everything else and written as JSON (``pip install -e '.[train]'`` for
python-crfsuite); :mod:`quotes.extraction.roles` applies it without python-crfsuite.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_extraction import RECORD_FIELDS, gold_spans, match, same  # noqa: E402

from quotes.extraction import parse_article  # noqa: E402
from quotes.extraction.mentions import classify_name  # noqa: E402
from quotes.extraction.roles import LABELS, Parsed, RoleModel, marks, sentence_texts, token_features, window  # noqa: E402

DEFAULT_OUT = ROOT / "quotes" / "extraction" / "data" / "role_model.json"
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}


def refuse_test(path: Path) -> Path:
    if any(part == "test" or part.startswith("test-") for part in path.resolve().parts):
        raise SystemExit(f"{path}: refusing to train on a sealed test part")
    return path


# ---------------------------------------------------------------- examples


def _occurrence(sentence: str, value: str, near: int, taken: set[int]) -> tuple[int, int] | None:
    """Character span of *value* in *sentence* (case-insensitively) nearest to offset *near*."""
    lower, wanted = sentence.lower(), value.lower()
    found, start = [], lower.find(wanted)
    while start != -1:
        if not taken & set(range(start, start + len(value))):
            found.append((start, start + len(value)))
        start = lower.find(wanted, start + 1)
    return min(found, key=lambda s: abs(s[0] - near)) if found else None


def labelled(sentence: str, name: str, title: str | None, institution: str | None,
             others: tuple[str, ...] = (), prior=(None, None)) -> tuple[list, list[str], bool] | None:
    """(features, labels, has_role) of *sentence* for the person *name*, or None if it does not print them."""
    parsed = Parsed(sentence)
    tokens = parsed.tokens
    span = parsed.span_of(name)
    if span is None:
        return None
    labels = ["O"] * len(tokens)
    near = tokens[span[0]].start
    taken = set(range(tokens[span[0]].start, tokens[span[1] - 1].end))
    has_role = False
    for value, kind in ((title, "T"), (institution, "I")):
        if not value:
            continue
        found = _occurrence(sentence, value, near, taken)
        if found is None:
            continue
        inside = [i for i, t in enumerate(tokens) if t.start >= found[0] and t.end <= found[1]]
        if not inside:
            continue
        taken |= set(range(*found))
        has_role = True
        for k, i in enumerate(inside):
            labels[i] = ("B-" if k == 0 else "I-") + kind
    known = marks(parsed, span, others, prior)
    lo, hi = window(parsed, span)
    return token_features(parsed, span, known)[lo:hi], labels[lo:hi], has_role


def gold_people(gold: list[dict]) -> dict[str, tuple[str | None, str | None]]:
    """Named people quoted in a gold list, with the role most often given them."""
    roles: dict[str, Counter] = {}
    for item in gold:
        if item["anonymous"] or not item["speaker"] or classify_name(item["speaker"]) != "person":
            continue
        roles.setdefault(item["speaker"], Counter())[(item["title"], item["institution"])] += 1
    return {name: counts.most_common(1)[0][0] for name, counts in roles.items()}


def article_examples(body: str, gold: list[dict]) -> list[tuple[list, list[str]]]:
    people = gold_people(gold)
    texts = sentence_texts(body)
    examples = []
    for name, (title, institution) in people.items():
        others = tuple(n for n in people if n != name)
        for sentence in texts:
            found = labelled(sentence, name, title, institution, others)
            if found is None:
                continue
            examples.append(found[:2])
            if found[2]:
                break  # the article's later sentences may name the role in other words
    return examples


def mention_lines(folder: Path | None) -> list[dict]:
    """The lines of ``*.jsonl`` in *folder*, each with the rules' reading of its person (``rules``)."""
    if folder is None or not folder.is_dir():
        return []
    lines = []
    for path in sorted(refuse_test(folder).glob("*.jsonl")):
        for text in path.read_text(encoding="utf-8").splitlines():
            if text.strip():
                item = json.loads(text)
                lines.append(item | {"rules": rules_reading(item["sentence"], item["name"])})
    return lines


def line_examples(lines: list[dict]) -> list[tuple[list, list[str]]]:
    """Labelled sentences of mention lines, the rules' reading among the features."""
    found = (labelled(item["sentence"], item["name"], item.get("title"), item.get("institution"), (), item["rules"])
             for item in lines)
    return [example[:2] for example in found if example is not None]


def rules_reading(sentence: str, name: str) -> tuple[str | None, str | None]:
    """The title and institution the extractor's rules give *name* in *sentence* read alone (both None
    where they find no statement of that person there)."""
    from quotes.extraction import extract_text

    for quote in extract_text(sentence, roles=False):
        if quote.speaker_kind == "person" and name in quote.speaker:
            return quote.title, quote.institution
    return None, None


def read_articles(folders: list[Path]) -> list[dict]:
    articles = []
    for folder in folders:
        for txt in sorted(refuse_test(folder).glob("*.txt")):
            gold_file = txt.with_suffix(".gold.json")
            if gold_file.exists():
                body = parse_article(txt.read_text(encoding="utf-8")).body
                articles.append({"name": txt.stem, "body": body,
                                 "gold": json.loads(gold_file.read_text(encoding="utf-8"))})
    return articles


# ---------------------------------------------------------------- fitting


def fit(examples: list[tuple[list, list[str]]], params: dict = PARAMS) -> RoleModel:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, labels in examples:
        trainer.append(features, labels)
    trainer.set_params(params)
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "roles.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        tagger.close()
    return RoleModel(from_crfsuite(info.state_features, info.transitions))


def from_crfsuite(state_features: dict, transitions: dict) -> dict:
    """The model data of :class:`RoleModel` from a crfsuite tagger's weights (near-zero ones dropped)."""
    features: dict[str, dict[str, float]] = {}
    for (attribute, label), weight in state_features.items():
        if abs(weight) >= 1e-4:
            features.setdefault(attribute, {})[label] = round(weight, 4)
    return {"labels": list(LABELS),
            "transitions": [[round(transitions.get((a, b), 0.0), 4) for b in LABELS] for a in LABELS],
            "features": dict(sorted(features.items()))}


# ---------------------------------------------------------------- measuring


def score(articles: list[dict], model: RoleModel | None) -> Counter:
    """Title, institution and record counts of the extractor on *articles*: the rules' roles alone
    (*model* None), or with the roles *model* reads in their place."""
    from quotes.extraction import extract_text

    totals = Counter()
    for article in articles:
        predicted = [q.as_dict() for q in extract_text(article["body"], roles=model or False)]
        pairs = match(gold_spans(article["body"], article["gold"]), [(p["start"], p["end"]) for p in predicted])
        totals["gold"] += len(article["gold"])
        people = set()
        for gi, pi in sorted(pairs.items()):
            g, p = article["gold"][gi], predicted[pi]
            totals["matched"] += 1
            for f in ("title", "institution"):
                totals[f] += same(f, g[f], p[f])
            totals["record"] += all(same(f, g[f], p[f]) for f in RECORD_FIELDS)
            if g["speaker"] not in people:  # each person once, at their first statement
                people.add(g["speaker"])
                totals.update(people=1, person_title=same("title", g["title"], p["title"]),
                              person_institution=same("institution", g["institution"], p["institution"]))
    return totals


def folds_of(keys: list[str], folds: int, seed: int = 0) -> list[set[str]]:
    order = sorted(set(keys))
    random.Random(seed).shuffle(order)
    return [set(order[k::folds]) for k in range(folds)]


def cross_validate_lines(lines: list[dict], articles: list[dict], folds: int) -> dict[str, Counter]:
    """Rules and tagger on held-out mention lines (whole articles held out together)."""
    from quotes.extraction.roles import MARGIN, sentence_role

    from_articles = [ex for a in articles for ex in article_examples(a["body"], a["gold"])]
    totals = {"rules": Counter(), "tagger": Counter()}
    for held in folds_of([item["url"] for item in lines], folds):
        model = fit(from_articles + line_examples([item for item in lines if item["url"] not in held]))
        for item in (item for item in lines if item["url"] in held and any(item["rules"])):
            tagged = sentence_role(item["sentence"], item["name"], model, (), item["rules"], MARGIN) or (None, None)
            for label, (title, institution) in (("rules", item["rules"]), ("tagger", tagged)):
                right = same("title", item["title"], title), same("institution", item["institution"], institution)
                totals[label].update(n=1, title=right[0], institution=right[1], both=all(right))
    return totals


def cross_validate(articles: list[dict], lines: list[dict], folds: int) -> tuple[Counter, Counter]:
    """Records of the extractor on held-out articles, with the rules' roles alone and with the tagger."""
    examples = line_examples(lines)
    rules, tagger = Counter(), Counter()
    for held in folds_of([a["name"] for a in articles], folds):
        model = fit([ex for a in articles if a["name"] not in held for ex in article_examples(a["body"], a["gold"])]
                    + examples)
        rules += score([a for a in articles if a["name"] in held], None)
        tagger += score([a for a in articles if a["name"] in held], model)
    return rules, tagger


def line(label: str, totals: Counter) -> str:
    m, g, n = totals["matched"], totals["gold"], totals["people"]
    return (f"  {label:8} title {totals['title'] / m:.3f}  institution {totals['institution'] / m:.3f}  "
            f"record {totals['record'] / g:.3f}  (matched {m} of {g}); per person: title "
            f"{totals['person_title'] / n:.3f}  institution {totals['person_institution'] / n:.3f}  ({n} people)")


def line_figures(label: str, totals: Counter) -> str:
    n = totals["n"]
    return (f"  {label:8} title {totals['title'] / n:.3f}  institution {totals['institution'] / n:.3f}  "
            f"both {totals['both'] / n:.3f}  ({n} lines)")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", type=Path, default=ROOT / "annotations" / "tune")
    parser.add_argument("--gold", type=Path, action="append", default=[],
                        help="a further folder of NAME.txt + NAME.gold.json articles to learn from")
    parser.add_argument("--mentions", type=Path, default=ROOT / "annotations" / "mentions")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--folds", type=int, default=5, help="0 or 1: fit without measuring")
    parser.add_argument("--no-write", action="store_true", help="measure only")
    parser.add_argument("--hold-out", action="append", default=[], metavar="NAME",
                        help="an article (file name without .txt) left out of all training and scored alone at the end")
    args = parser.parse_args(argv)

    articles = read_articles([args.tune, *args.gold])
    held_out = [a for a in articles if a["name"] in args.hold_out]
    articles = [a for a in articles if a["name"] not in args.hold_out]
    lines = mention_lines(args.mentions)
    print(f"{len(articles)} articles, {len(lines)} mention lines")
    if args.folds > 1 and lines:
        print(f"held-out mention lines the rules read a role in, {args.folds} folds by article:")
        for label, totals in cross_validate_lines(lines, articles, args.folds).items():
            print(line_figures(label, totals))
    if args.folds > 1 and articles:
        rules, tagger = cross_validate(articles, lines, args.folds)
        print(f"held-out tune articles, {args.folds} folds (the rules were tuned on them):")
        print(line("rules", rules))
        print(line("tagger", tagger))
    if not args.no_write:
        examples = [ex for a in articles for ex in article_examples(a["body"], a["gold"])] + line_examples(lines)
        if not examples:
            raise SystemExit("nothing to learn from")
        model = fit(examples)
        args.out.write_text(json.dumps(model.as_json(), ensure_ascii=False, separators=(",", ":")) + "\n",
                            encoding="utf-8")
        print(f"wrote {args.out} ({len(examples)} sentences)")
        if held_out:
            print(f"{len(held_out)} held-out articles, never trained on:")
            print(line("rules", score(held_out, None)))
            print(line("tagger", score(held_out, model)))


if __name__ == "__main__":
    main()
