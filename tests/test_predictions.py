"""quotes predictions: every prediction with hedge, probability, deadline and status."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.db import load_database
from quotes.predictions import list_predictions

runner = CliRunner()
P = "2021-03-24-korea-herald-nk-cruise-missiles"
SHORT_DEADLINE = {"q08", "q09", "q12", "q13"}  # 2021-04-30, when the US policy was announced
YEAR_DEADLINE = {"q01", "q05", "q07"}  # 2022-03-24


def ids(rows) -> set[str]:
    return {row["quote_id"].removeprefix(f"{P}-") for row in rows}


def test_seed_predictions_are_resolved_with_their_probabilities(seed_folder):
    rows = list_predictions(load_database(seed_folder))
    assert ids(rows) == SHORT_DEADLINE | YEAR_DEADLINE
    assert {row["status"] for row in rows} == {"resolved"}
    by_id = {row["quote_id"].removeprefix(f"{P}-"): row for row in rows}
    # q08 re-judged false: one escalation on 25 March 2021 is not the gradual ratcheting it claimed.
    assert {k for k, row in by_id.items() if row["outcome"] != "true"} == {"q08"} and by_id["q08"]["outcome"] == "false"
    # ICD 203 midpoints: "likely" 55–80%, "will"/"would" read as "very likely" 80–95%; a denial as its positive.
    assert by_id["q01"]["probability"] == pytest.approx(0.675)
    assert by_id["q09"]["hedge"] == "would not" and by_id["q09"]["probability"] == pytest.approx(0.875)
    assert {row["probability_basis"] for row in rows} == {"hedge"}
    assert [row["deadline"] for row in rows] == sorted(row["deadline"] for row in rows)


@pytest.mark.parametrize(
    "by,due,open_",
    [
        ("2021-04-01", set(), SHORT_DEADLINE | YEAR_DEADLINE),
        ("2021-04-30", set(), SHORT_DEADLINE | YEAR_DEADLINE),  # due only once the deadline has passed
        ("2021-05-01", SHORT_DEADLINE, YEAR_DEADLINE),
        ("2022-06-01", SHORT_DEADLINE | YEAR_DEADLINE, set()),
    ],
)
def test_due_and_open_by_date(unresolved_collection, by, due, open_):
    db = load_database(unresolved_collection)
    assert ids(list_predictions(db, "due", by)) == due
    assert ids(list_predictions(db, "open", by)) == open_


def test_speaker_filter(unresolved_collection):
    rows = list_predictions(load_database(unresolved_collection), speaker="choi-kang")
    assert ids(rows) == {"q08", "q09"}
    assert {row["status"] for row in rows} == {"due"}


@pytest.mark.parametrize(
    "args,expected",
    [
        (["--due"], SHORT_DEADLINE | YEAR_DEADLINE),
        (["--due", "--by", "2021-05-01"], SHORT_DEADLINE),
        (["--open", "--by", "2021-05-01"], YEAR_DEADLINE),
        (["--speaker", "experts"], {"q01", "q05", "q12"}),
        (["--speaker", "experts", "--due", "--by", "2021-05-01"], {"q12"}),
    ],
)
def test_cli_filters(unresolved_collection, args, expected):
    result = runner.invoke(app, ["predictions", str(unresolved_collection), *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert ids(json.loads(result.stdout)) == expected


def test_cli_table_and_csv(seed_db):
    result = runner.invoke(app, ["predictions", str(seed_db)])
    assert result.exit_code == 0, result.output
    assert "true" in result.stdout and "would not" in result.stdout and "0.68" in result.stdout
    assert "7 predictions" in result.stdout
    result = runner.invoke(app, ["predictions", str(seed_db), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 7
    assert {"quote_id", "proposition", "hedge", "probability", "deadline", "status"} <= set(rows[0])


@pytest.mark.parametrize(
    "args,message",
    [
        (["--open", "--due"], "exclude each other"),
        (["--due", "--by", "next week"], "--by: 'next week' is not a date"),
        (["--speaker", "nobody"], "unknown speaker 'nobody'"),
        (["--yardstick", "astrology"], "unknown yardstick 'astrology'"),
        (["--format", "xml"], "unknown format 'xml'"),
    ],
)
def test_cli_bad_input(args, message):
    result = runner.invoke(app, ["predictions", *args])
    assert result.exit_code == 1
    assert message in result.output


def test_cli_reports_a_broken_collection(collection):
    record = next((collection / "sources").rglob("2021-03-24-korea-herald-nk-cruise-missiles.yaml"))
    record.write_text(record.read_text(encoding="utf-8").replace("hedge: likely", "hedge: [likely"), encoding="utf-8")
    result = runner.invoke(app, ["predictions", str(collection)])
    assert result.exit_code == 1
    assert f"{record.name}:" in result.output
