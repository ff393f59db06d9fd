"""Fit the claim-type model of `quotes extract` on the project's own annotated statements.

    python scripts/train_claims.py [--claims annotations/claims] [--tune annotations/tune]
                                   [--out quotes/extraction/data/claim_model.json] [--folds 5] [--c C]

Training data: claim-type statements (``annotations/claims/*.jsonl``, one JSON object a line with
``text``, ``record_claim_type`` and the ``sentence`` it was reported in, whose reporting verb is the
cue) and the gold statements of the tuning
articles (``annotations/tune/*.gold.json``; the cue of each is the reporting verb the extractor
finds for that span in its article). Never PolNeAR (no licence), never the shared evaluation sets,
never ``annotations/test`` (the script refuses a path inside a folder named ``test``).

The model is a multinomial logistic regression (scikit-learn) over the named features of
:func:`quotes.extraction.claims.features`, the statement's words and pairs of adjacent words
(:func:`quotes.extraction.claims.word_features`) that the statements of at least
``WORD_ARTICLES`` articles use, and, for the tune part's statements, the named features of the
sentence printed before each (:func:`quotes.extraction.claims.context_features`); its
regularisation is chosen by stratified cross-validation with each article's statements kept in one
fold, repeated over three shuffles of the folds (the most regularised C within one standard error of the best), whose mean accuracy
(six-way, and three-way as the evaluation scores it) is printed.
The fitted weights are written as JSON, which :mod:`quotes.extraction.claims` applies without
scikit-learn (``pip install -e '.[train]'`` to run this script).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.extraction.claims import CLAIM_TYPES, claim_group, context_features, decide, features, word_features  # noqa: E402
from quotes.extraction.lexicon import flagged, table  # noqa: E402

DEFAULT_OUT = ROOT / "quotes" / "extraction" / "data" / "claim_model.json"
C_GRID = (0.1, 0.2, 0.3, 0.5, 1.0, 3.0)
SEEDS = (0, 1, 2)  # shuffles of the cross-validation folds
# A word is a feature when the statements of this many articles use it: a word of one article's
# topic ('Haaland', 'dengue') tells nothing about the next article's claims. (Cross-validated
# three-way accuracy on 4,095 statements: 0.768 without words, 0.788 with words of >= 3 articles,
# 0.785 with >= 10.)
WORD_ARTICLES = 3


def refuse_test(path: Path) -> Path:
    if "test" in path.resolve().parts[-2:]:
        raise SystemExit(f"{path}: refusing to train on a test part")
    return path


def claim_statements(folder: Path) -> list[dict]:
    """Statements of ``*.jsonl`` files: text, six-way type and (optional) cue."""
    rows = []
    for path in sorted(refuse_test(folder).glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            item = json.loads(line)
            label = item.get("record_claim_type") or item.get("claim_type")
            if label not in CLAIM_TYPES:
                raise SystemExit(f"{path}:{number}: record_claim_type {label!r} is not one of {', '.join(CLAIM_TYPES)}")
            cue = item.get("cue") or (cue_in(item["sentence"], item["text"]) if item.get("sentence") else "")
            rows.append({"text": item["text"], "label": label, "cue": cue,
                         "article": item.get("url") or f"{path.name}:{number}"})
    return rows


def cue_in(body: str, text: str, attributions: list | None = None) -> str:
    """The reporting verb the attribution stage finds for *text* in *body* (*attributions*: the stage's
    reading of *body*, where the caller has it for the article's other statements); failing that, a
    reporting verb printed right before it ('The FDA is advising consumers not to …', 'Rashid asked
    the opposition parties to …'), which the annotator marked as the attribution; else ''."""
    from quotes.extraction.attribution import find_attributions

    start = body.find(text)
    if start == -1:
        return ""
    end = start + len(text)
    attributions = find_attributions(body) if attributions is None else attributions
    found = next((a.cue for a in attributions if a.start < end and start < a.end), "")
    return found or preceding_reporting_verb(body[:start])


_LAST_WORD = re.compile(r'([A-Za-z]+)(?:\s+that)?\s*[:,]?\s*[“"‘\']?\s*$')


def preceding_reporting_verb(before: str) -> str:
    """The last word of *before* (a 'that', colon or opening quote aside) if it is a reporting verb:
    one the attribution stage knows, or one of a reporting-verb class."""
    match = _LAST_WORD.search(before)
    word = match.group(1).lower() if match else ""
    prefixes = tuple(row["prefix"] for row in table("reporting_verb_classes"))
    return word if word and (word in flagged("speech_verbs", "cue") or word.startswith(prefixes)) else ""


def gold_statements(folder: Path) -> list[dict]:
    """Statements of ``*.gold.json`` beside their articles, with the cue the attribution stage finds
    there (the stage alone: it needs no claim model)."""
    from quotes.extraction import parse_article
    from quotes.extraction.attribution import find_attributions
    from quotes.extraction.sentences import reading

    rows = []
    for gold_path in sorted(refuse_test(folder).glob("*.gold.json")):
        article = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        body = parse_article(article.read_text(encoding="utf-8")).body
        read = reading(body)
        attributions = find_attributions(body, read)  # (once an article, for all its statements)
        for item in json.loads(gold_path.read_text(encoding="utf-8")):
            label = item.get("record_claim_type") or item.get("claim_type")
            rows.append({"text": item["text"], "label": label, "cue": cue_in(body, item["text"], attributions),
                         "before": printed_before(body, read, item["text"]), "article": article.name})
    return rows


def printed_before(body: str, read, text: str) -> str:
    """The sentence printed before the one *text* starts in, as the pipeline gives it to the claim model
    ('' at the article's first sentence)."""
    from quotes.extraction.sentences import sentence_before

    before = sentence_before(read, max(body.find(text), 0))
    return body[before[0]:before[1]] if before else ""


def vocabulary(rows: list[dict]) -> set[str]:
    """The word features used by the statements of at least :data:`WORD_ARTICLES` articles."""
    articles: dict[str, set[str]] = {}
    for r in rows:
        for name in word_features(r["text"]):
            articles.setdefault(name, set()).add(r["article"])
    return {name for name, seen in articles.items() if len(seen) >= WORD_ARTICLES}


def statement_features(row: dict, words_kept: set[str]) -> dict[str, float]:
    """The features :func:`quotes.extraction.claims.claim_scores` reads: the sentence before only where the
    statement comes with its article (the tune part's), not for a line of ``--claims``."""
    context = context_features(row["before"]) if row.get("before") is not None else {}
    return features(row["text"], row["cue"]) | {name: v for name, v in word_features(row["text"]).items() if name in words_kept} \
        | context


def choose_c(X, y: list[str], rows: list[dict], folds: int, seeds: tuple[int, ...]) -> tuple[float, float, float, str]:
    """The regularisation by cross-validation: (C, six-way and three-way accuracy, a note on the best C).

    Folds keep each article's statements together: statements of one article share its topic and
    its writer's habits, and a model is used on articles it has not seen. One split of ~1,700
    statements into folds moves the accuracy by about a point, more than the grid's steps do, so
    each C is scored on several shuffles. Of the Cs whose mean three-way accuracy is within one
    standard error of the best, the most regularised is taken (the "one standard error rule",
    Hastie, Tibshirani & Friedman, The Elements of Statistical Learning, 2nd ed., §7.10): steps
    of the grid smaller than the folds' spread are noise, and a simpler model carries better to
    articles unlike the training ones."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedGroupKFold, cross_val_predict

    groups = [r["article"] for r in rows]
    labels = sorted(set(y))
    scores = []  # (c, six, three, standard error of three)
    for c in C_GRID:
        six = three = 0.0
        fold_accuracy = []
        for seed in seeds:
            splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
            classifier = LogisticRegression(C=c, max_iter=5000)
            probabilities = cross_val_predict(classifier, X, y, groups=groups, cv=splitter, method="predict_proba")
            predicted = [decide(dict(zip(labels, row)), r["cue"], r["text"]) for row, r in zip(probabilities, rows)]
            six += sum(p == g for p, g in zip(predicted, y)) / len(y) / len(seeds)
            three += sum(claim_group(p) == claim_group(g) for p, g in zip(predicted, y)) / len(y) / len(seeds)
            for _, test in splitter.split(X, y, groups):
                fold_accuracy.append(sum(claim_group(predicted[i]) == claim_group(y[i]) for i in test) / len(test))
        mean = sum(fold_accuracy) / len(fold_accuracy)
        spread = (sum((a - mean) ** 2 for a in fold_accuracy) / (len(fold_accuracy) - 1)) ** 0.5
        scores.append((c, six, three, spread / len(fold_accuracy) ** 0.5))
    top = max(scores, key=lambda s: (round(s[2], 3), round(s[1], 3)))
    c, six, three, _ = min((s for s in scores if s[2] >= top[2] - top[3]), key=lambda s: s[0])
    best_note = "" if c == top[0] else \
        f"; the best C={top[0]} scores six-way {top[1]:.3f}, three-way {top[2]:.3f}, standard error {top[3]:.3f}"
    return c, six, three, best_note


def fit(rows: list[dict], folds: int, seeds: tuple[int, ...] = SEEDS, c: float | None = None):
    """(model as JSON-able dict, report lines); *c* given: that regularisation, without cross-validation."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    kept = vocabulary(rows)  # (from the texts alone, not their labels)
    X = vectorizer.fit_transform([statement_features(r, kept) for r in rows])
    y = [r["label"] for r in rows]
    folds = max(2, min(folds, min(Counter(y).values())))
    if c is None:
        c, six, three, best_note = choose_c(X, y, rows, folds, seeds)
        validated = {"folds": folds, "shuffles": len(seeds), "accuracy_six_way": round(six, 3),
                     "accuracy_three_way": round(three, 3)}
        scored = (f"{folds}-fold cross-validated accuracy (C={c}, mean of {len(seeds)} shuffles): six-way {six:.3f}, "
                  f"three-way {three:.3f}")
    else:
        validated, best_note, scored = None, "", f"C={c} as given, not cross-validated"
    classifier = LogisticRegression(C=c, max_iter=5000).fit(X, y)
    names = vectorizer.get_feature_names_out()
    model = {
        "about": "Claim-type model of quotes.extraction.claims, written by scripts/train_claims.py; "
                 "multinomial logistic regression over named features (of the statement and of the sentence before it) "
                 "and the words and pairs of words of at least "
                 f"{WORD_ARTICLES} training articles.",
        "trained_on": dict(sorted(Counter(y).items())),
        "C": c,
        "cross_validation": validated,
        "labels": [str(label) for label in classifier.classes_],
        "intercepts": {label: round(float(b), 4) for label, b in zip(classifier.classes_, classifier.intercept_)},
        # per feature, its weight for each label in the order of "labels" (near-zero ones 0.0; a feature
        # with none left is dropped)
        "weights": {name: [round(float(w), 4) if abs(w) >= 1e-4 else 0.0 for w in column]
                    for name, column in zip(names, classifier.coef_.T) if any(abs(w) >= 1e-4 for w in column)},
    }
    majority = Counter(claim_group(label) for label in y).most_common(1)[0][1] / len(y)
    report = [f"{len(rows)} statements: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(y).items())),
              f"{scored} (always the most frequent three-way type: {majority:.3f}{best_note})"]
    return model, report


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=Path, default=ROOT / "annotations" / "claims")
    parser.add_argument("--tune", type=Path, default=ROOT / "annotations" / "tune")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c", type=float, default=None,
                        help="fit with this regularisation, without cross-validating the grid (a refit to compare)")
    args = parser.parse_args(argv)
    rows = (claim_statements(args.claims) if args.claims.is_dir() else []) + \
        (gold_statements(args.tune) if args.tune.is_dir() else [])
    if len(rows) < 10:
        raise SystemExit(f"only {len(rows)} training statements in {args.claims} and {args.tune}")
    model, report = fit(rows, args.folds, c=args.c)
    args.out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print("\n".join(report))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
