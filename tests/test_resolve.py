"""quotes resolve: append a resolution with evidence; the rest of the record file stays byte for byte."""

from __future__ import annotations

import datetime as dt
import difflib
import re

import pytest
from digests import digest
import sqlite_utils
from typer.testing import CliRunner

from quotes.cli import app
from quotes.collection import load_collection
from quotes.db import build
from quotes.resolve import ResolveError, apply, plan_resolution, resolve

runner = CliRunner()
P = "2021-03-24-korea-herald-nk-cruise-missiles"
RECORD = f"sources/2021/{P}.yaml"
TODAY = dt.date.today().isoformat()  # the seed's resolutions are dated when they were recorded
EVIDENCE = [
    "--evidence", "https://example.org/2021/03/25/launch", "--outlet", "Example Wire",
    "--published", "2021-03-25", "--excerpt", "fired two “ballistic” missiles: a test",
]


def added_lines(before: str, after: str) -> list[str]:
    """Lines ``after`` adds to ``before``; fails if any line of ``before`` was changed or removed."""
    added = []
    for line in difflib.ndiff(before.splitlines(keepends=True), after.splitlines(keepends=True)):
        assert not line.startswith("- "), f"line changed or removed: {line!r}"
        if line.startswith("+ "):
            added.append(line[2:])
    return added


@pytest.mark.parametrize("first", [True, False], ids=["first-resolution", "superseding-resolution"])
@pytest.mark.parametrize("quote", ["q01", "q09", "q13"])
def test_only_the_resolution_is_added(request, quote, first):
    collection = request.getfixturevalue("unresolved_collection" if first else "collection")
    record = collection / RECORD
    before = record.read_text(encoding="utf-8")
    result = runner.invoke(app, [
        "resolve", f"{P}-{quote}", "--outcome", "partial", *EVIDENCE, "--on", TODAY,
        "--rationale", "Half of it: see the report.", "--resolver", "test editor", "-c", str(collection),
    ])
    assert result.exit_code == 0, result.output
    after = record.read_text(encoding="utf-8")
    added = added_lines(before, after)
    expected = [
        "- outcome: partial\n",
        f"  resolved_on: {TODAY}\n",
        "  resolver: test editor\n",
        "  rationale: 'Half of it: see the report.'\n",
        "  evidence:\n",
        "    - url: https://example.org/2021/03/25/launch\n",
        "      outlet: Example Wire\n",
        "      published: 2021-03-25\n",
        "      excerpt: 'fired two “ballistic” missiles: a test'\n",
    ]
    if first:
        assert added == ["      resolutions:\n"] + [" " * 8 + line for line in expected]
    else:
        assert added == [" " * 8 + line for line in expected]
    # The block sits inside its own prediction, and the file is still a valid collection.
    quote_record = next(q for q in load_collection(collection).quotes if q.id == f"{P}-{quote}")
    assert quote_record.prediction.resolutions[-1].outcome == "partial"
    assert quote_record.prediction.resolutions[-1].evidence[0].excerpt == "fired two “ballistic” missiles: a test"
    seed_history = {"q01": 2, "q07": 2, "q08": 2, "q12": 2}.get(quote, 1)  # re-judged seed records have two
    assert len(quote_record.prediction.resolutions) == (1 if first else seed_history + 1)


def test_comments_quoting_and_file_end_survive(collection):
    """A hand-written file: comments everywhere, odd quoting, prediction last, no final newline."""
    record = collection / "sources" / "2021" / "2021-04-01-test.yaml"
    text = (
        "# A test source, written by hand.\n"
        "source:\n"
        "  id: 2021-04-01-test\n"
        '  url: "https://example.org/a"   # double-quoted\n'
        "  outlet: 'Example Daily'\n"
        "  title: null\n"
        "  published: 2021-04-01\n"
        "quotes:\n"
        "  # the only quote\n"
        "  - id: 2021-04-01-test-q01\n"
        "    speaker: choi-kang\n"
        "    text: talks will resume\n"
        "    form: indirect\n"
        "    claim_type: prediction\n"
        "    topics: [diplomacy,   north-korea]\n"
        "    prediction:\n"
        "      proposition: 'Talks resume in 2021.'\n"
        "      hedge: will   # the speaker's word\n"
        "      condition: if the US lifts sanctions\n"
        "      # trailing comment inside the prediction"
    )
    record.write_text(text, encoding="utf-8")
    resolve(collection, "2021-04-01-test-q01", "annulled", rationale="The US did not lift sanctions.", on="2022-01-01")
    after = record.read_text(encoding="utf-8")
    assert after.startswith(text.rsplit("\n", 1)[0] + "\n")
    assert not after.endswith("\n")  # no final newline before, none after
    assert added_lines(text + "\n", after + "\n") == [
        "      resolutions:\n",
        "        - outcome: annulled\n",
        "          resolved_on: 2022-01-01\n",
        "          rationale: The US did not lift sanctions.\n",
    ]
    assert load_collection(collection).find_quote("2021-04-01-test-q01") is not None


def test_later_resolution_supersedes_and_history_stays(collection, db_path):
    common = dict(rationale="see report", evidence_url="https://example.org/r")
    resolve(collection, f"{P}-q05", "false", on=TODAY, **common)
    resolve(collection, f"{P}-q05", "ambiguous", on=TODAY, **common)
    build(collection, db_path)
    db = sqlite_utils.Database(db_path)
    history = [r["outcome"] for r in db.query("select outcome from resolutions where question_id = ? order by seq", [f"{P}-q05"])]
    assert history == ["true", "false", "ambiguous"]
    [status] = db.query("select status, outcome from predictions_status where quote_id = ?", [f"{P}-q05"])
    assert status == {"status": "resolved", "outcome": "ambiguous"}
    [evidence] = db.query("select count(*) as n from evidence where resolution_id like ?", [f"{P}-q05-r%"])
    assert evidence["n"] == 3


@pytest.mark.parametrize(
    "args,message",
    [
        ([f"{P}-q99", "--outcome", "true"], "unknown prediction id"),
        ([f"{P}-q02", "--outcome", "true"], "without a prediction"),
        ([f"{P}-q05", "--outcome", "yes"], "unknown outcome 'yes'"),
        ([f"{P}-q05", "--outcome", "true", "--on", "2021-02-30"], "--on: '2021-02-30' is not a date"),
        ([f"{P}-q05", "--outcome", "true", "--on", "2021-03-01"], "before the statement (published 2021-03-24)"),
        ([f"{P}-q05", "--outcome", "true", "--on", "2999-01-01"], "in the future"),
        ([f"{P}-q05", "--outcome", "true", "--on", "2021-04-01"], "before the resolution it would supersede"),
        ([f"{P}-q05", "--outcome", "true", "--evidence", "https://e.org", "--published", "2020-01-01"], "predates the statement"),
        ([f"{P}-q05", "--outcome", "true", "--evidence", "https://e.org", "--published", "2021-13-01"], "--published: '2021-13-01' is not a date"),
        ([f"{P}-q05", "--outcome", "true", "--on", "2026-01-01", "--evidence", "https://e.org", "--published", "2026-02-01"], "later than the resolution"),
        ([f"{P}-q05", "--outcome", "true", "--evidence", "not a url"], "not an http(s) URL"),
        ([f"{P}-q05", "--outcome", "true", "--excerpt", "words"], "give --evidence URL too"),
        ([f"{P}-q05", "--outcome", "true", "--rationale", "  "], "--rationale"),
    ],
)
def test_bad_input_is_a_clear_error_and_the_file_is_untouched(collection, args, message):
    record = collection / RECORD
    before = digest(record)
    if "--rationale" not in args:
        args = args + ["--rationale", "because"]
    if "--evidence" not in args and "--excerpt" not in args and "--outcome" in args:
        args = args + ["--evidence", "https://example.org/report"]
    result = runner.invoke(app, ["resolve", *args, "-c", str(collection)])
    assert result.exit_code == 1
    assert message in result.output
    assert digest(record) == before


@pytest.mark.parametrize("outcome,ok", [("true", False), ("false", False), ("partial", False), ("ambiguous", True), ("annulled", True)])
def test_scored_outcomes_need_evidence(collection, outcome, ok):
    before = digest(collection / RECORD)
    result = runner.invoke(app, ["resolve", f"{P}-q05", "--outcome", outcome, "--rationale", "r", "-c", str(collection)])
    assert result.exit_code == (0 if ok else 1)
    if not ok:
        assert "--evidence: a" in result.output and digest(collection / RECORD) == before


def test_date_errors_name_file_and_line(collection):
    result = runner.invoke(app, ["resolve", f"{P}-q05", "--outcome", "true", "--on", "2021-03-01", "--rationale", "x", *EVIDENCE[:2], "-c", str(collection)])
    assert result.exit_code == 1
    assert re.search(rf"{re.escape(RECORD)}:\d+: --on:", result.output)
    line = int(re.search(rf"{re.escape(RECORD)}:(\d+):", result.output).group(1))
    assert (collection / RECORD).read_text(encoding="utf-8").splitlines()[line - 1].strip() == "prediction:"


def test_file_changed_on_disk_since_read(collection):
    record = collection / RECORD
    edit = plan_resolution(collection, f"{P}-q05", "ambiguous", rationale="r", on=dt.date.today())
    changed = record.read_text(encoding="utf-8").replace("# Korea Herald report", "# The Korea Herald report")
    record.write_text(changed, encoding="utf-8")
    with pytest.raises(ResolveError, match="changed on disk since it was read"):
        apply(edit)
    assert record.read_text(encoding="utf-8") == changed


def test_invalid_collection_is_reported_not_edited(collection):
    record = collection / RECORD
    record.write_text(record.read_text(encoding="utf-8").replace("form: direct", "form: verbatim", 1), encoding="utf-8")
    before = digest(record)
    result = runner.invoke(app, ["resolve", f"{P}-q05", "--outcome", "true", "--rationale", "x", *EVIDENCE[:2], "-c", str(collection)])
    assert result.exit_code == 1
    assert "form" in result.output
    assert digest(record) == before


def test_check_passes_after_resolving(collection):
    result = runner.invoke(app, ["resolve", f"{P}-q07", "--outcome", "false", "--rationale", "x", *EVIDENCE[:2], "-c", str(collection)])
    assert result.exit_code == 0, result.output
    assert "resolution #3" in result.output  # the seed re-judged q07 once
    assert runner.invoke(app, ["check", str(collection)]).exit_code == 0
