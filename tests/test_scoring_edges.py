"""Scoring and status at their edges, on a collection written by the test itself.

The bundled collection has every prediction resolved and no stated probabilities, so it cannot
show what happens at 0 and 1, on a calibration bin's edge, at a deadline equal to the date asked
about, or to a prediction nobody has resolved. This collection has all of those. Every expected
value below is written out by hand (or with :func:`math.log` on a literal) from the records'
probabilities and outcomes, never read back from the views under test.

Rules checked (README, ``quotes.scoring``): Brier ``(p - hit)²``; log score ``hit·ln p + (1 −
hit)·ln(1 − p)`` with ``p`` clamped to 0.001–0.999; ten calibration bins of 10%, 1.0 in the top
bin (90–100%) and a probability a rounding error below a bin's edge still in that bin; status
``due`` once the deadline has passed unresolved (``deadline < today``); the canned query
*predictions due by date* lists unresolved predictions whose deadline is on or before the date.
"""

from __future__ import annotations

import datetime as dt
import math
import textwrap
from pathlib import Path

import pytest
import sqlite_utils

from quotes.app import make_datasette
from quotes.db import build
from quotes.predictions import list_predictions
from quotes.scoring import scorecard

SOURCE = "2021-04-01-edge-cases"
QUERY_DATE = "2021-06-15"
LN_0_001 = math.log(0.001)  # a certain miss, clamped
LN_0_999 = math.log(0.999)  # a certain hit, clamped

# quote id -> (speaker, stated probability, deadline, outcome or None)
PREDICTIONS = {
    "a-zero-came-true": ("alice", 0.0, "2021-05-01", "true"),
    "a-seventy-came-true": ("alice", 0.7, "2021-05-01", "true"),
    "a-certain-came-true": ("alice", 1.0, "2021-05-01", "true"),
    "a-certain-failed": ("alice", 1.0, "2021-05-01", "false"),
    "b-zero-failed": ("bob", 0.0, "2021-05-01", "false"),
    # 0.7 after floating-point arithmetic (1 - 0.30000000000000004): still the 70–80% bin
    "b-seventy-rounded-failed": ("bob", 0.6999999999999999, "2021-05-01", "false"),
    "b-ambiguous": ("bob", 0.5, "2021-05-01", "ambiguous"),
    "b-due-before": ("bob", 0.5, "2021-05-31", None),
    "b-due-on-the-date": ("bob", 0.5, QUERY_DATE, None),
    "b-due-after": ("bob", 0.5, "2021-06-16", None),
    "b-open": ("bob", 0.5, "2099-12-31", None),
}

# Per scored prediction, written out: (bin, Brier, log score).
SCORES = {
    "a-zero-came-true": (0, 1.0, LN_0_001),
    "a-seventy-came-true": (7, 0.09, math.log(0.7)),
    "a-certain-came-true": (9, 0.0, LN_0_999),
    "a-certain-failed": (9, 1.0, LN_0_001),
    "b-zero-failed": (0, 0.0, LN_0_999),
    "b-seventy-rounded-failed": (7, 0.49, math.log(0.3)),
}


def prediction_yaml(quote_id: str, speaker: str, probability: float, deadline: str, outcome: str | None) -> str:
    resolutions = ""
    if outcome:
        resolutions = f"""
              resolutions:
                - outcome: '{outcome}'
                  resolved_on: 2021-06-01
                  rationale: Settled for the test.
                  evidence:
                    - url: https://example.org/{quote_id}
                      outlet: Example
                      published: 2021-06-01"""
    return f"""
          - id: {quote_id}
            speaker: {speaker}
            institution: {"lab" if speaker == "alice" else "null"}
            text: Something will happen ({quote_id}).
            form: indirect
            claim_type: prediction
            review: reviewed
            prediction:
              proposition: Something happens ({quote_id}).
              probability: {probability!r}
              deadline: {deadline}
              deadline_basis: explicit
              resolution_criteria:
                yes: It happens.
                no: It does not.{resolutions}
"""


@pytest.fixture(scope="module")
def edge_collection(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("edges") / "collection"
    (root / "sources" / "2021").mkdir(parents=True)
    (root / "speakers.yaml").write_text(textwrap.dedent("""\
        speakers:
          - {id: alice, name: Alice Example, kind: person, family: Example, given: Alice}
          - {id: bob, name: Bob Example, kind: person, family: Example, given: Bob}
        """), encoding="utf-8")
    (root / "institutions.yaml").write_text(textwrap.dedent("""\
        institutions:
          - {id: lab, name: Example Lab, kind: think tank, country: GB}
        """), encoding="utf-8")
    quotes = "".join(prediction_yaml(qid, *fields) for qid, fields in PREDICTIONS.items())
    (root / "sources" / "2021" / f"{SOURCE}.yaml").write_text(textwrap.dedent(f"""\
        source:
          id: {SOURCE}
          url: https://example.org/edge-cases
          outlet: Example
          published: 2021-04-01
        quotes:""") + textwrap.indent(textwrap.dedent(quotes), "  "), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def edge_db(edge_collection, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("edges-db") / "quotes.db"
    build(edge_collection, path)
    return path


@pytest.fixture(scope="module")
def db(edge_db):
    return sqlite_utils.Database(edge_db)


def unresolved(before: str, inclusive: bool) -> set[str]:
    """Unresolved predictions with a deadline before (or on) a date, from the records above."""
    return {
        qid for qid, (_, _, deadline, outcome) in PREDICTIONS.items()
        if outcome is None and (deadline <= before if inclusive else deadline < before)
    }


@pytest.mark.parametrize("quote_id", list(SCORES))
def test_each_prediction_scores_by_hand(db, quote_id):
    row = next(db.query("select * from prediction_scores where quote_id = ? and yardstick = 'icd203_2015'", [quote_id]))
    expected_bin, brier, log_score = SCORES[quote_id]
    assert row["probability_basis"] == "stated"
    assert row["bin"] == expected_bin
    assert row["brier"] == pytest.approx(brier)
    assert row["log_score"] == pytest.approx(log_score)


def test_confident_misses_cost_the_clamped_log_of_a_thousandth(db):
    """p = 0 that came true and p = 1 that failed: ln 0.001 each, finite, not ln 0.05 or -inf."""
    rows = db.query(
        "select quote_id, log_score from prediction_scores where yardstick = 'icd203_2015' and quote_id in (?, ?)",
        ["a-zero-came-true", "a-certain-failed"],
    )
    assert [round(row["log_score"], 4) for row in rows] == [round(LN_0_001, 4)] * 2 == [-6.9078] * 2


def test_certainty_lands_in_the_top_bin(db):
    bins = {row["quote_id"]: row["bin"] for row in db.query("select quote_id, bin from prediction_scores")}
    assert bins["a-certain-came-true"] == bins["a-certain-failed"] == 9
    assert max(bins.values()) == 9 and min(bins.values()) == 0


def test_a_rounding_error_below_a_bin_edge_stays_in_that_bin(db):
    [row] = db.query("select probability, bin from prediction_scores where quote_id = 'b-seventy-rounded-failed' and yardstick = 'icd203_2015'")
    assert row["probability"] < 0.7 and row["bin"] == 7


def test_speaker_card_sums_the_hand_scores(edge_db):
    card = scorecard(sqlite_utils.Database(edge_db), "speaker", "alice", None)
    assert (card["predictions"], card["scored"], card["hits"]) == (4, 4, 3)
    assert card["brier"] == pytest.approx((1.0 + 0.09 + 0.0 + 1.0) / 4)
    assert card["log_score"] == pytest.approx((LN_0_001 + math.log(0.7) + LN_0_999 + LN_0_001) / 4)
    calibration = {b["bin"]: (b["n"], b["observed"], b["bin_low"], b["bin_high"]) for b in card["calibration"]}
    assert calibration == {0: (1, 1.0, 0.0, 0.1), 7: (1, 1.0, 0.7, 0.8), 9: (2, 0.5, 0.9, 1.0)}


def test_bob_counts_ambiguous_and_unresolved_but_scores_neither(edge_db):
    card = scorecard(sqlite_utils.Database(edge_db), "speaker", "bob", None)
    assert (card["predictions"], card["resolved"], card["scored"], card["hits"]) == (7, 3, 2, 0)
    assert card["brier"] == pytest.approx((0.0 + 0.49) / 2)
    assert {b["bin"]: b["n"] for b in card["calibration"]} == {0: 1, 7: 1}


def test_status_views_split_resolved_due_and_open(db):
    today = dt.date.today().isoformat()
    statuses = {row["quote_id"]: row["status"] for row in db["predictions_status"].rows}
    resolved = {qid for qid, fields in PREDICTIONS.items() if fields[3]}
    due = unresolved(today, inclusive=False)
    assert statuses == {qid: "resolved" if qid in resolved else "due" if qid in due else "open" for qid in PREDICTIONS}
    assert {row["quote_id"] for row in db["due_predictions"].rows} == due == {"b-due-before", "b-due-on-the-date", "b-due-after"}
    assert {row["quote_id"] for row in db["open_predictions"].rows} == {"b-open"}


@pytest.mark.parametrize(
    "by,due",
    [
        ("2021-05-31", set()),  # a deadline of today is not yet passed
        (QUERY_DATE, {"b-due-before"}),
        ("2021-06-16", {"b-due-before", "b-due-on-the-date"}),
        ("2021-06-17", {"b-due-before", "b-due-on-the-date", "b-due-after"}),
    ],
)
def test_due_by_a_date_is_a_deadline_before_it(db, by, due):
    assert due == unresolved(by, inclusive=False)
    assert {row["quote_id"] for row in list_predictions(db, "due", dt.date.fromisoformat(by))} == due
    open_ = {row["quote_id"] for row in list_predictions(db, "open", dt.date.fromisoformat(by))}
    assert open_ == {qid for qid, f in PREDICTIONS.items() if f[3] is None} - due


@pytest.mark.parametrize(
    "date,expected",
    [
        ("2021-05-30", set()),
        ("2021-05-31", {"b-due-before"}),
        (QUERY_DATE, {"b-due-before", "b-due-on-the-date"}),  # a deadline on the date counts
        ("2099-12-31", {"b-due-before", "b-due-on-the-date", "b-due-after", "b-open"}),
    ],
)
async def test_canned_query_due_by_date_includes_a_deadline_on_the_date(edge_db, date, expected):
    assert expected == unresolved(date, inclusive=True)
    response = await make_datasette(edge_db).client.get(f"/quotes/predictions_due_by_date.json?date={date}&_shape=array")
    assert response.status_code == 200
    rows = response.json()
    assert {row["quote_id"] for row in rows} == expected
    assert [row["deadline"] for row in rows] == sorted(row["deadline"] for row in rows)
