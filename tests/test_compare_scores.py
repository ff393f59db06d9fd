"""Comparative scores, recomputed here from the raw tables and checked against every card.

The collection is written by the test: shared questions with several forecasters on both sides,
stated probabilities and hedges, false, partial, ambiguous, annulled (a failed condition),
superseded and disputed outcomes, one-off predictions, an open question. Each figure of
``scoreboard`` (hit rate and Wilson interval, Brier, log score, peer score, skill against chance,
base rate and yardstick, Murphy's decomposition, overconfidence, bootstrap intervals, status) is
recomputed in Python from ``questions``, ``predictions``, ``resolutions``, ``resolution_reviews``,
``quotes`` and ``hedge_probabilities`` - never from the views that compute them.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import pytest
import sqlite_utils
from typer.testing import CliRunner

from quotes.cli import app
from quotes.db import build
from quotes.scoring import BOOTSTRAP_SAMPLES, scoreboard

runner = CliRunner()
YARDSTICK = "icd203_2015"

SPEAKERS = "speakers:\n" + "".join(
    f"  - id: {sid}\n    name: {name}\n    kind: {kind}\n"
    for sid, name, kind in [
        ("ana", "Ana A", "person"), ("ben", "Ben B", "person"), ("cho", "Cho C", "person"),
        ("dee", "Dee D", "person"), ("eve", "Eve E", "person"), ("fay", "Fay F", "person"),
        ("watchers", "watchers", "group"),
    ]
)
INSTITUTIONS = "institutions:\n  - id: think\n    name: Think Tank\n  - id: uni\n    name: A University\n"


def resolution(outcome, on="2022-01-10", resolver="Editor One", extra=""):
    evidence = "" if outcome in ("ambiguous", "annulled") else (
        "        evidence:\n          - url: https://example.org/report\n"
    )
    return (f"      - outcome: '{outcome}'\n        resolved_on: {on}\n        resolver: {resolver}\n"
            f"        rationale: test\n{evidence}{extra}")


def question(qid, resolutions="", condition=None, deadline="2021-12-31"):
    text = (f"  - id: {qid}\n    question: Will {qid} happen?\n    deadline: {deadline}\n"
            f"    resolution_criteria:\n      yes: it happens\n      no: it does not\n")
    if condition:
        text += f"    condition: {condition}\n"
    if resolutions:
        text += "    resolutions:\n" + resolutions
    return text


DISPUTE = ("        reviews:\n          - reviewer: Editor Two\n            verdict: dispute\n"
           "            reviewed_on: 2022-02-01\n            rationale: not settled\n")
AGREE = ("        reviews:\n          - reviewer: Editor Two\n            verdict: agree\n"
         "            reviewed_on: 2022-02-01\n            rationale: right\n")

QUESTIONS = "questions:\n" + "".join([
    # Superseded: first false, then true; the second resolver agrees with the one that counts.
    question("q-true", resolution("false") + resolution("true", on="2022-01-20", extra=AGREE)),
    question("q-false", resolution("false")),
    question("q-partial", resolution("partial")),
    question("q-amb", resolution("ambiguous")),
    question("q-disputed", resolution("true", extra=DISPUTE)),
    question("q-cond", resolution("annulled"), condition="The talks take place."),
    question("q-open", deadline="2099-01-01"),
])


def linked(n, speaker, qid, side, hedge=None, probability=None, institution=None, condition=None):
    text = (f"  - id: s-{n}\n    speaker: {speaker}\n    text: statement {n}\n    form: indirect\n"
            f"    claim_type: prediction\n")
    if institution:
        text += f"    institution: {institution}\n"
    text += f"    prediction:\n      question: {qid}\n      side: '{side}'\n      proposition: claim {n}\n"
    if hedge:
        text += f"      hedge: {hedge}\n"
    if probability is not None:
        text += f"      probability: {probability}\n"
    if condition:
        text += f"      condition: {condition}\n"
    return text


def one_off(n, speaker, outcome, hedge=None, probability=None):
    text = (f"  - id: s-{n}\n    speaker: {speaker}\n    text: statement {n}\n    form: indirect\n"
            f"    claim_type: prediction\n    prediction:\n      proposition: claim {n}\n")
    if hedge:
        text += f"      hedge: {hedge}\n"
    if probability is not None:
        text += f"      probability: {probability}\n"
    text += ("      deadline: 2021-12-31\n      deadline_basis: explicit\n"
             "      resolution_criteria:\n        yes: it happens\n        no: it does not\n"
             "      resolutions:\n" + resolution(outcome).replace("\n      ", "\n        ").replace("      - ", "        - ", 1))
    return text


SOURCE = ("source:\n  id: src\n  url: https://example.org/src\n  outlet: Example Wire\n  published: 2021-03-01\n"
          "quotes:\n" + "".join([
              linked(1, "ana", "q-true", "yes", hedge="likely", institution="think"),
              linked(2, "ben", "q-true", "no", probability=0.3, institution="think"),
              linked(3, "cho", "q-true", "yes", hedge="will", institution="uni"),
              linked(4, "watchers", "q-true", "yes", hedge="probably"),
              linked(5, "ana", "q-false", "yes", hedge="likely", probability=0.8, institution="think"),
              linked(6, "ben", "q-false", "no", hedge="likely", institution="think"),
              linked(7, "dee", "q-false", "no", hedge="almost certainly"),
              linked(8, "ana", "q-partial", "yes", hedge="likely", institution="think"),
              linked(9, "cho", "q-partial", "no", probability=0.6, institution="uni"),
              linked(10, "ben", "q-amb", "yes", hedge="likely"),
              linked(11, "eve", "q-amb", "yes", hedge="will"),
              linked(12, "cho", "q-disputed", "yes", hedge="will", institution="uni"),
              linked(13, "dee", "q-cond", "yes", probability=0.9, condition="if the talks take place"),
              linked(14, "fay", "q-open", "yes", hedge="likely"),
              linked(15, "ana", "q-open", "no", hedge="unlikely", institution="think"),
              one_off(16, "watchers", "true", hedge="will"),
              one_off(17, "dee", "false", probability=0.2),
              one_off(18, "ana", "true", hedge="very unlikely", probability=None),
          ]))


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    root = tmp_path_factory.mktemp("compare") / "c"
    (root / "sources").mkdir(parents=True)
    (root / "speakers.yaml").write_text(SPEAKERS, encoding="utf-8")
    (root / "institutions.yaml").write_text(INSTITUTIONS, encoding="utf-8")
    (root / "questions.yaml").write_text(QUESTIONS, encoding="utf-8")
    (root / "sources" / "src.yaml").write_text(SOURCE, encoding="utf-8")
    path = root.parent / "c.db"
    build(root, path)
    return sqlite_utils.Database(path)


# --- the independent recomputation ------------------------------------------------------------

VALUE = {"true": 1.0, "false": 0.0, "partial": 0.5}


def raw_predictions(db) -> list[dict]:
    """One dict per prediction with its probability, hit (None if unscored) and groups, from raw tables."""
    readings = {r["hedge"]: r["probability"] for r in db.query("select * from hedge_probabilities where yardstick = ?", [YARDSTICK])}
    latest = {}
    for r in db.query("select * from resolutions order by seq"):
        latest[r["question_id"]] = r  # the last one counts
    last_word = {}
    for v in db.query("select * from resolution_reviews order by seq"):
        last_word[(v["resolution_id"], v["reviewer"])] = v["verdict"]
    disputed = {rid for (rid, _), verdict in last_word.items() if verdict == "dispute"}
    quotes = {q["id"]: q for q in db.query("select * from quotes")}
    names = {s["id"]: s["name"] for s in db.query("select * from speakers")}
    rows = []
    for p in db.query("select * from predictions"):
        r = latest.get(p["question_id"])
        outcome = r["outcome"] if r else None
        if outcome in ("true", "false") and p["side"] == "no":
            outcome = {"true": "false", "false": "true"}[outcome]
        scored = r is not None and r["id"] not in disputed and outcome in VALUE
        quote = quotes[p["quote_id"]]
        rows.append({
            "quote_id": p["quote_id"], "question_id": p["question_id"], "side": p["side"],
            "speaker": quote["speaker_id"], "speaker_name": names[quote["speaker_id"]], "institution": quote["institution_id"],
            "probability": p["probability"] if p["probability"] is not None else readings.get(p["hedge"]),
            "reading": readings.get(p["hedge"]), "resolved": r is not None, "disputed": r is not None and r["id"] in disputed,
            "hit": VALUE[outcome] if scored else None,
        })
    return rows


def expected_brier(p, hit):
    return hit * (1 - p) ** 2 + (1 - hit) * p**2


def expected_log(p, hit):
    p = min(max(p, 0.001), 0.999)
    return hit * math.log(p) + (1 - hit) * math.log(1 - p)


def base_rate(db) -> float:
    rows = raw_predictions(db)
    asked = {r["question_id"] for r in rows}
    latest = {}
    for r in db.query("select * from resolutions order by seq"):
        latest[r["question_id"]] = r
    disputed_questions = {r["question_id"] for r in rows if r["disputed"]}
    values = [VALUE[r["outcome"]] for q, r in latest.items() if q in asked and q not in disputed_questions and r["outcome"] in VALUE]
    return sum(values) / len(values)


def wilson(k, n, z=1.96):
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return centre - half, centre + half


def peer_scores(rows) -> dict[str, float]:
    """quote id -> own log score minus the mean log score of the other speakers on its question."""
    peers = {}
    for row in rows:
        if row["hit"] is None:
            continue
        others = [expected_log(o["probability"], o["hit"]) for o in rows
                  if o["question_id"] == row["question_id"] and o["speaker"] != row["speaker"] and o["hit"] is not None]
        if others:
            peers[row["quote_id"]] = expected_log(row["probability"], row["hit"]) - sum(others) / len(others)
    return peers


def expected_card(rows, all_rows, base, seed) -> dict:
    scored = [r for r in rows if r["hit"] is not None]
    binary = [r for r in scored if r["hit"] in (0.0, 1.0)]
    card = {"predictions": len(rows), "scored": len(scored), "hits": sum(r["hit"] == 1.0 for r in scored),
            "misses": sum(r["hit"] == 0.0 for r in scored), "partial": sum(r["hit"] == 0.5 for r in scored)}
    card["status"] = "scored" if scored else ("unscorable" if any(r["resolved"] and not r["disputed"] for r in rows) else "pending")
    if binary:
        card["hit_rate"] = card["hits"] / len(binary)
        card["hit_rate_low"], card["hit_rate_high"] = wilson(card["hits"], len(binary))
    if not scored:
        return card
    briers = [expected_brier(r["probability"], r["hit"]) for r in scored]
    logs = [expected_log(r["probability"], r["hit"]) for r in scored]
    n = len(scored)
    card["brier"], card["log_score"] = sum(briers) / n, sum(logs) / n
    mean_p, mean_o = sum(r["probability"] for r in scored) / n, sum(r["hit"] for r in scored) / n
    card["overconfidence"] = mean_p - mean_o
    card["skill_chance"] = 1 - card["brier"] / 0.25
    side_base = [base if r["side"] == "yes" else 1 - base for r in scored]
    card["skill_base_rate"] = 1 - sum(briers) / sum(expected_brier(b, r["hit"]) for b, r in zip(side_base, scored))
    read = [(b, r) for b, r in zip(briers, scored) if r["reading"] is not None]
    reference = sum(expected_brier(r["reading"], r["hit"]) for _, r in read)
    card["skill_yardstick"] = 1 - sum(b for b, _ in read) / reference if reference else None
    peers = peer_scores(all_rows)
    mine = [peers[r["quote_id"]] for r in scored if r["quote_id"] in peers]
    card["peer_n"] = len(mine)
    card["peer_score"] = sum(mine) / len(mine) if mine else None
    # Murphy: groups of equal probability.
    groups: dict[float, list[float]] = {}
    for r in scored:
        groups.setdefault(r["probability"], []).append(r["hit"])
    card["reliability"] = sum(len(h) * (p - sum(h) / len(h)) ** 2 for p, h in groups.items()) / n
    card["resolution"] = sum(len(h) * (sum(h) / len(h) - mean_o) ** 2 for h in groups.values()) / n
    card["uncertainty"] = mean_o * (1 - mean_o)
    # Bootstrap, percentile, seeded by the card's name, resampling in quote-id order.
    ordered = sorted(scored, key=lambda r: r["quote_id"])
    for name, values in (("brier", [expected_brier(r["probability"], r["hit"]) for r in ordered]),
                         ("log_score", [expected_log(r["probability"], r["hit"]) for r in ordered])):
        rng = random.Random(seed)
        means = sorted(sum(rng.choices(values, k=n)) / n for _ in range(BOOTSTRAP_SAMPLES))
        card[f"{name}_low"], card[f"{name}_high"] = means[int(0.025 * BOOTSTRAP_SAMPLES)], means[int(0.975 * BOOTSTRAP_SAMPLES) - 1]
    return card


def expected_cards(db, by) -> dict[str, dict]:
    rows = raw_predictions(db)
    base = base_rate(db)
    key = {"speaker": "speaker", "institution": "institution", "all": None}[by]
    groups: dict[str, list[dict]] = {}
    for row in rows:
        group = "all" if key is None else row[key]
        if group is not None:
            groups.setdefault(group, []).append(row)
    return {g: expected_card(members, rows, base, f"{YARDSTICK}:{by}:{g}") for g, members in groups.items()}


@pytest.mark.parametrize("by", ["speaker", "institution", "all"])
def test_every_figure_matches_an_independent_recomputation(db, by):
    expected = expected_cards(db, by)
    cards = {card["group_id"]: card for card in scoreboard(db, by)}
    assert set(cards) == set(expected)
    for group, want in expected.items():
        card = cards[group]
        for figure, value in want.items():
            if value is None:
                assert card[figure] is None, (group, figure)
            elif isinstance(value, float):
                assert card[figure] == pytest.approx(value, abs=1e-12), (group, figure)
            else:
                assert card[figure] == value, (group, figure)
        for figure in set(card) & {"hit_rate", "brier", "peer_score", "reliability"} - set(want):
            assert card[figure] is None, (group, figure)


def test_the_recomputation_sees_what_the_collection_holds(db):
    """Guard against a vacuous match: the collection exercises every case the scores handle."""
    cards = expected_cards(db, "speaker")
    assert cards["ana"]["partial"] == 1 and cards["ana"]["misses"] == 1 and cards["ana"]["peer_n"] == 3
    assert cards["cho"]["scored"] == 2  # q-disputed is held back
    assert cards["dee"]["scored"] == 2  # q-cond annulled
    assert cards["eve"]["status"] == "unscorable"  # only an ambiguous question
    assert cards["fay"]["status"] == "pending"  # only an open question
    assert cards["ben"]["skill_yardstick"] is not None and cards["ana"]["skill_yardstick"] != 0
    assert base_rate(db) == pytest.approx((1 + 0 + 0.5 + 1 + 0 + 1) / 6)  # q-true, q-false, q-partial, three one-offs
    # Peer scores on a question sum to zero (one prediction per speaker there).
    peers = peer_scores(raw_predictions(db))
    assert sum(peers[f"s-{n}"] for n in (1, 2, 3, 4)) == pytest.approx(0)


def test_decomposition_adds_up_to_the_brier_score(db):
    for card in scoreboard(db, "speaker") + scoreboard(db, "all"):
        if card["brier"] is not None:
            assert card["reliability"] - card["resolution"] + card["uncertainty"] == pytest.approx(card["brier"])


def test_partial_does_not_reward_a_middling_hedge():
    """The worked example of quotes.scoring: 'likely' (0.675), partial, scores between true and false."""
    true, false, partial = (expected_brier(0.675, hit) for hit in (1.0, 0.0, 0.5))
    assert (round(true, 3), round(false, 3), round(partial, 3)) == (0.106, 0.456, 0.281)
    assert true < partial < false
    assert (0.675 - 0.5) ** 2 < true  # what scoring partial as 0.5 would have given: better than right


def test_bootstrap_is_repeatable_and_brackets_the_score(db):
    first = {c["group_id"]: (c["brier_low"], c["brier_high"]) for c in scoreboard(db, "speaker")}
    again = {c["group_id"]: (c["brier_low"], c["brier_high"]) for c in scoreboard(db, "speaker")}
    assert first == again
    for card in scoreboard(db, "speaker"):
        if card["brier"] is not None:
            assert card["brier_low"] <= card["brier"] <= card["brier_high"]
            assert card["log_score_low"] <= card["log_score"] <= card["log_score_high"]


def test_resolution_agreement_counts_each_reviewers_last_word(db):
    [row] = db.query("select * from resolution_agreement")
    assert row == {"reviewed_questions": 2, "reviews": 2, "agreements": 1, "disputes": 1, "agreement": 0.5}


def test_scoreboard_prints_the_comparisons(db, tmp_path):
    path = Path(db.conn.execute("PRAGMA database_list").fetchone()[2])
    result = runner.invoke(app, ["scoreboard", str(path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    ana = expected_cards(db, "speaker")["ana"]
    assert f"{ana['peer_score']:+.3f} (n=3)" in result.stdout
    assert f"{ana['brier_low']:.3f}–{ana['brier_high']:.3f}" in result.stdout
    assert f"{ana['overconfidence']:+.3f}" in result.stdout
    assert "unscorable" in result.stdout and "pending" in result.stdout
    assert f"Base rate: {base_rate(db):.3f} of 6 resolved questions came out yes." in result.stdout
