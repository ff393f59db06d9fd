"""Scoring: hit rate with a Wilson interval, Brier, log score, calibration, horizons, per speaker and institution.

Figures are worked out by hand on the seed article alone (``seed_*`` fixtures).
"""

from __future__ import annotations

import csv
import io
import json
import math
import re

import pytest
import sqlite_utils
from typer.testing import CliRunner

from quotes.cli import app
from quotes.db import load_database
from quotes.resolve import resolve
from quotes.scoring import scoreboard, scorecard

runner = CliRunner()
P = "2021-03-24-korea-herald-nk-cruise-missiles"
RECORD = f"sources/2021/{P}.yaml"
EXPERTS = ["q01", "q05", "q12"]  # hedges: likely (0.675), will (0.875), would not (0.875) on ICD 203


def wilson(hits: float, n: int, z: float = 1.96) -> tuple[float, float]:
    """Reference Wilson score interval, written out independently of the SQL."""
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return centre - half, centre + half


def outcomes(collection, **by_quote):
    """Record a resolution for each ``q01="false"`` given."""
    for quote, outcome in by_quote.items():
        resolve(collection, f"{P}-{quote}", outcome, rationale="test", evidence_url="https://example.org/report")
    return load_database(collection)


def scores_from_tables(db, yardstick="icd203_2015") -> dict[str, dict]:
    """Each speaker's predictions, scored count, hits, Brier and log score, computed in Python from
    the records' tables (predictions, resolutions, hedge readings), not from the scoring views."""
    latest = {}  # question -> outcome of its last resolution
    for resolution in db["resolutions"].rows_where(order_by="seq"):
        latest[resolution["question_id"]] = resolution["outcome"]
    reading = {(row["yardstick"], row["hedge"]): row["probability"] for row in db["hedge_probabilities"].rows}
    speaker_of = {row["id"]: row["speaker_id"] for row in db["quotes"].rows}
    cards: dict[str, dict] = {}
    for prediction in db["predictions"].rows:
        card = cards.setdefault(speaker_of[prediction["quote_id"]], {"predictions": 0, "scored": 0, "hits": 0.0, "b": [], "l": []})
        card["predictions"] += 1
        hit = {"true": 1.0, "false": 0.0, "partial": 0.5}.get(latest.get(prediction["question_id"]))
        if hit is not None and prediction["side"] == "no":  # the speaker said it would not happen
            hit = 1.0 - hit
        if hit is None:
            continue
        p = prediction["probability"] if prediction["probability"] is not None else reading[(yardstick, prediction["hedge"])]
        clamped = min(max(p, 0.001), 0.999)
        card["scored"] += 1
        card["hits"] += hit
        card["b"].append((p - hit) ** 2)
        card["l"].append(hit * math.log(clamped) + (1 - hit) * math.log(1 - clamped))
    return {
        speaker: {**card, "brier": sum(card["b"]) / len(card["b"]) if card["b"] else None,
                  "log_score": sum(card["l"]) / len(card["l"]) if card["l"] else None}
        for speaker, card in cards.items()
    }


def card_of(db, group_id, by="speaker", yardstick=None):
    return scorecard(db, by, group_id, yardstick)


def test_seed_scoreboard_is_real(seed_folder):
    db = load_database(seed_folder)
    cards = {card["group_id"]: card for card in scoreboard(db)}
    assert set(cards) == {"experts", "choi-kang", "choe-son-hui", "antony-blinken"}
    experts = cards["experts"]
    assert (experts["predictions"], experts["scored"], experts["hits"], experts["hit_rate"]) == (3, 3, 3, 1.0)
    assert experts["hit_rate_low"] == pytest.approx(0.4385, abs=1e-4)  # Wilson 3/3
    assert experts["hit_rate_high"] == pytest.approx(1.0)
    assert experts["brier"] == pytest.approx(((1 - 0.675) ** 2 + 2 * (1 - 0.875) ** 2) / 3)
    assert experts["log_score"] == pytest.approx((math.log(0.675) + 2 * math.log(0.875)) / 3)
    assert [(b["bin"], b["n"], b["observed"]) for b in experts["calibration"]] == [(6, 1, 1.0), (8, 2, 1.0)]
    assert [(h["horizon"], h["predictions"]) for h in experts["horizons"]] == [("1–12 months", 3)]
    assert cards["antony-blinken"]["hit_rate_low"] == pytest.approx(0.2065, abs=1e-4)  # Wilson 1/1
    [asan] = scoreboard(db, "institution")
    assert (asan["group_id"], asan["scored"]) == ("asan-institute-for-policy-studies", 2)
    [everything] = scoreboard(db, "all")
    assert everything["scored"] == 7 and everything["status"] == "scored"


@pytest.mark.parametrize(
    "set_outcomes,scored,hits,binary",
    [
        ({}, 3, 3, 3),
        ({"q01": "false"}, 3, 2, 3),
        ({"q01": "false", "q05": "partial"}, 3, 1, 2),  # partial is scored, but not in the binomial hit rate
        ({"q01": "ambiguous", "q05": "annulled"}, 1, 1, 1),  # neither is scored
        ({"q01": "false", "q05": "false", "q12": "false"}, 3, 0, 3),
    ],
)
def test_hit_rate_and_wilson_interval(seed_collection, set_outcomes, scored, hits, binary):
    card = card_of(outcomes(seed_collection, **set_outcomes), "experts")
    assert (card["scored"], card["hits"], card["hits"] + card["misses"], card["partial"]) == (scored, hits, binary, scored - binary)
    assert card["hit_rate"] == pytest.approx(hits / binary)
    low, high = wilson(hits, binary)
    assert card["hit_rate_low"] == pytest.approx(low) and card["hit_rate_high"] == pytest.approx(high)
    assert 0 <= card["hit_rate_low"] <= card["hit_rate"] <= card["hit_rate_high"] <= 1


@pytest.mark.parametrize(
    "set_outcomes,brier,log_score",
    [
        ({"q01": "false"}, ((0.675) ** 2 + 2 * 0.125**2) / 3, (math.log(0.325) + 2 * math.log(0.875)) / 3),
        # partial: half a true and half a false outcome, never (p - 0.5)²
        ({"q05": "partial"}, (0.325**2 + (0.125**2 + 0.875**2) / 2 + 0.125**2) / 3,
         (math.log(0.675) + 0.5 * math.log(0.875) + 0.5 * math.log(0.125) + math.log(0.875)) / 3),
    ],
)
def test_brier_and_log_score(seed_collection, set_outcomes, brier, log_score):
    card = card_of(outcomes(seed_collection, **set_outcomes), "experts")
    assert card["brier"] == pytest.approx(brier)
    assert card["log_score"] == pytest.approx(log_score)


def test_denial_is_scored_as_a_claim(seed_collection):
    """'Pyongyang would not jump to serious provocations': p is that of 'would'; true means he was right."""
    db = outcomes(seed_collection, q08="false")
    row = next(db.query("select * from prediction_scores where quote_id = ? and yardstick = 'icd203_2015'", [f"{P}-q09"]))
    assert (row["hedge"], row["probability"], row["hit"]) == ("would not", 0.875, 1.0)
    choi = card_of(db, "choi-kang")
    assert choi["hits"] == 1 and choi["brier"] == pytest.approx((0.875**2 + 0.125**2) / 2)


def test_calibration_bins_are_not_folded(seed_collection):
    db = outcomes(seed_collection, q01="false", q05="false")
    bins = {b["bin"]: b for b in card_of(db, "experts")["calibration"]}
    # 'likely' (0.675) that failed stays in the 60-70% bin, observed 0 - not folded to 30-40% as a success.
    assert set(bins) == {6, 8}
    assert (bins[6]["n"], bins[6]["observed"]) == (1, 0.0)
    assert (bins[8]["n"], bins[8]["observed"], bins[8]["mean_probability"]) == (2, 0.5, 0.875)
    assert bins[8]["bin_low"] == pytest.approx(0.8) and bins[8]["bin_high"] == pytest.approx(0.9)


def test_speakers_own_number_beats_the_hedge(seed_collection):
    record = seed_collection / RECORD
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("      hedge: likely\n", "      hedge: likely\n      probability: 0.6\n"), encoding="utf-8")
    row = next(load_database(seed_collection).query(
        "select probability, probability_basis, bin from prediction_scores where quote_id = ? and yardstick = 'icd203_2015'", [f"{P}-q01"]))
    assert row == {"probability": 0.6, "probability_basis": "stated", "bin": 6}


@pytest.mark.parametrize(
    "deadline,horizon",
    [("2021-04-10", "< 1 month"), ("2021-04-24", "1–12 months"), ("2022-03-24", "1–12 months"), ("2022-03-25", "> 12 months")],
)
def test_horizon_from_statement_to_deadline(seed_collection, deadline, horizon):
    record = seed_collection / RECORD
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("      deadline: 2022-03-24\n", f"      deadline: {deadline}\n", 1), encoding="utf-8")
    card = card_of(load_database(seed_collection), "experts")
    assert horizon in {h["horizon"] for h in card["horizons"]}
    assert sum(h["predictions"] for h in card["horizons"]) == 3


@pytest.mark.parametrize("yardstick,probability", [("icd203_2015", 0.875), ("kent_1964", 0.75), ("ipcc_ar5", 0.95)])
def test_yardstick_changes_the_probability_not_the_hits(seed_folder, yardstick, probability):
    card = card_of(load_database(seed_folder), "choi-kang", yardstick=yardstick)
    assert card["hits"] == 1  # q09 true, q08 false: both read "will"/"would (not)" on the yardstick
    assert card["brier"] == pytest.approx(((1 - probability) ** 2 + probability ** 2) / 2)


def test_nothing_resolved_is_pending_not_zero(unresolved_collection):
    db = outcomes(unresolved_collection, q13="true")
    cards = {card["group_id"]: card for card in scoreboard(db)}
    assert cards["antony-blinken"]["status"] == "scored"
    choi = cards["choi-kang"]
    assert (choi["status"], choi["scored"], choi["hit_rate"], choi["brier"], choi["calibration"]) == ("pending", 0, None, None, [])
    assert list(cards)[0] == "antony-blinken"  # scored cards first
    result = runner.invoke(app, ["scoreboard", str(unresolved_collection)], env={"COLUMNS": "200"})
    choi_line = next(line for line in result.stdout.splitlines() if "Choi Kang" in line)
    assert "pending" in choi_line and not re.search(r"(?<!\d)0%", result.stdout)


def test_views_in_the_built_database(seed_db):
    db = sqlite_utils.Database(seed_db)
    assert {"prediction_scores", "scorecards", "scorecard_calibration", "scorecard_horizons",
            "speaker_scorecards", "institution_scorecards"} <= set(db.view_names())
    speakers = {row["group_id"]: row for row in db["speaker_scorecards"].rows}
    assert set(speakers) == {"experts", "choi-kang", "choe-son-hui", "antony-blinken"}
    assert {row["yardstick"] for row in speakers.values()} == {"icd203_2015"}
    by_hand = scores_from_tables(db)
    assert set(by_hand) == set(speakers)
    for speaker, expected in by_hand.items():
        row = speakers[speaker]
        assert (row["predictions"], row["scored"], row["hits"]) == (expected["predictions"], expected["scored"], expected["hits"])
        assert row["brier"] == pytest.approx(expected["brier"]) and row["log_score"] == pytest.approx(expected["log_score"])
    [asan] = db["institution_scorecards"].rows
    assert asan["group_name"] == "Asan Institute for Policy Studies" and asan["hit_rate"] == 0.5
    hedges = {(r["yardstick"], r["hedge"]): r["probability"] for r in db["hedge_probabilities"].rows}
    assert hedges[("icd203_2015", "likely")] == 0.675 and hedges[("icd203_2015", "would not")] == 0.875


@pytest.mark.parametrize("by", ["speaker", "institution"])
def test_cli_formats_agree(seed_db, by):
    as_json = json.loads(runner.invoke(app, ["scoreboard", str(seed_db), "--by", by, "--format", "json"]).stdout)
    as_csv = list(csv.DictReader(io.StringIO(runner.invoke(app, ["scoreboard", str(seed_db), "--by", by, "--format", "csv"]).stdout)))
    assert [c["group_id"] for c in as_json] == [r["group_id"] for r in as_csv]
    assert [round(c["brier"], 6) for c in as_json] == [round(float(r["brier"]), 6) for r in as_csv]
    assert json.loads(as_csv[0]["calibration"]) == [
        {k: b[k] for k in ("bin_low", "bin_high", "n", "mean_probability", "observed")} for b in as_json[0]["calibration"]
    ]
    table = runner.invoke(app, ["scoreboard", str(seed_db), "--by", by])
    assert table.exit_code == 0
    for card in as_json:
        assert card["group_name"].split()[0] in table.stdout
    assert "50%" in table.stdout and "80–90%" in table.stdout and "1–12 months" in table.stdout


@pytest.mark.parametrize(
    "args,message",
    [(["--yardstick", "astrology"], "unknown yardstick 'astrology'"), (["--by", "country"], "by must be one of"),
     (["--format", "xml"], "unknown format")],
)
def test_cli_bad_input(args, message):
    result = runner.invoke(app, ["scoreboard", *args])
    assert result.exit_code == 1
    assert message in result.output
