"""Shared questions: questions.yaml, predictions linked to a question with a side, the rules
`quotes check` enforces on the link, and what the build makes of them (one resolution settles
every linked prediction; a reviewer's dispute holds the outcome back)."""

from __future__ import annotations

from pathlib import Path

import json

import jsonschema
import pytest
import sqlite_utils
from typer.testing import CliRunner

from quotes.cli import app
from quotes.collection import check_collection, load_collection, plain, yaml_round_trip
from quotes.db import build
from quotes.schema import record_json_schema
from test_resolve import added_lines

runner = CliRunner()
SOURCE = Path("sources/2021/2021-04-01-wire-forecasts.yaml")

SPEAKERS = """\
speakers:
  - id: analyst-a
    name: Analyst A
    kind: person
  - id: analyst-b
    name: Analyst B
    kind: person
  - id: analyst-c
    name: Analyst C
    kind: person
"""

QUESTIONS = """\
# yaml-language-server: $schema=../schema/record.schema.json
questions:
  - id: nk-icbm-2021
    question: Will North Korea launch an intercontinental ballistic missile before 1 July 2021?
    deadline: 2021-07-01
    deadline_basis: explicit
    resolution_criteria:
      yes: An ICBM launch by North Korea is reported before 1 July 2021.
      no: No ICBM launch is reported before 1 July 2021.
    resolutions:
      - outcome: 'false'
        resolved_on: 2022-01-10
        resolver: Editor One
        confidence: 0.9
        rationale: No ICBM launch was reported in the first half of 2021.
        evidence:
          - url: https://example.org/2021/no-icbm
            outlet: Example Wire
            published: 2021-07-02
            excerpt: no long-range launch since 2017
  - id: nk-talks-2021
    question: Will North Korean and US officials hold talks before 1 October 2021?
    deadline: 2021-10-01
    condition: The US does not lift sanctions before 1 October 2021.
    resolution_criteria:
      yes: A meeting of North Korean and US officials is reported before 1 October 2021.
      no: No such meeting is reported before 1 October 2021.
"""

SOURCE_FILE = """\
source:
  id: 2021-04-01-wire-forecasts
  url: https://example.org/2021/04/01/forecasts
  outlet: Example Wire
  published: 2021-04-01
quotes:
  - id: wire-a1
    speaker: analyst-a
    text: North Korea will launch an ICBM soon
    form: indirect
    claim_type: prediction
    prediction:
      question: nk-icbm-2021
      side: 'yes'
      proposition: North Korea launches an ICBM before July 2021.
      hedge: will
  - id: wire-b1
    speaker: analyst-b
    text: an ICBM launch is unlikely before summer
    form: indirect
    claim_type: prediction
    prediction:
      question: nk-icbm-2021
      side: 'no'
      proposition: North Korea launches no ICBM before July 2021.
      hedge: likely
  - id: wire-c1
    speaker: analyst-c
    text: talks will happen unless sanctions are lifted first
    form: indirect
    claim_type: prediction
    prediction:
      question: nk-talks-2021
      side: 'yes'
      proposition: North Korean and US officials meet before October 2021.
      hedge: probably
      condition: The US keeps its sanctions.
  - id: wire-c2
    speaker: analyst-c
    text: the review will end by May
    form: indirect
    claim_type: prediction
    prediction:
      proposition: The US policy review ends before 1 May 2021.
      probability: 0.7
      deadline: 2021-05-01
      deadline_basis: explicit
      resolution_criteria:
        yes: The review's end is announced before 1 May 2021.
        no: It is not.
"""


def write_collection(root: Path, questions: str = QUESTIONS, source: str = SOURCE_FILE) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "speakers.yaml").write_text(SPEAKERS, encoding="utf-8")
    (root / "questions.yaml").write_text(questions, encoding="utf-8")
    (root / SOURCE).parent.mkdir(parents=True, exist_ok=True)
    (root / SOURCE).write_text(source, encoding="utf-8")
    return root


@pytest.fixture
def shared(tmp_path) -> Path:
    return write_collection(tmp_path / "shared")


def line_of(path: Path, needle: str, after: str | None = None) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if after in line) if after else 0
    for number, line in enumerate(lines[start:], start + 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_a_collection_with_shared_questions_is_valid(shared):
    result = runner.invoke(app, ["check", str(shared)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "OK: 1 sources, 4 quotes, 3 speakers, 0 institutions, 2 questions"
    collection = load_collection(shared)
    assert [q.id for q in collection.questions] == ["nk-icbm-2021", "nk-talks-2021"]
    assert collection.questions[0].resolutions[0].confidence == 0.9


def test_questions_file_matches_the_json_schema(shared):
    tree = plain(yaml_round_trip().load((shared / "questions.yaml").read_text(encoding="utf-8")))
    tree = {"questions": [{**q, "deadline": str(q["deadline"]),
                           "resolutions": [{**r, "resolved_on": str(r["resolved_on"]),
                                            "evidence": [{**e, "published": str(e["published"])} for e in r["evidence"]]}
                                           for r in q.get("resolutions", [])]}
                          for q in tree["questions"]]}
    jsonschema.validate(tree, record_json_schema())


def test_one_resolution_settles_every_linked_prediction(shared, tmp_path):
    db_path = tmp_path / "q.db"
    counts = build(shared, db_path)
    assert counts["questions"] == 3  # two shared, one one-off (its own question)
    db = sqlite_utils.Database(db_path)
    rows = {r["quote_id"]: r for r in db.query("select * from predictions_status")}
    # The question resolved false: the 'yes' side was wrong, the 'no' side right.
    assert (rows["wire-a1"]["question_outcome"], rows["wire-a1"]["outcome"]) == ("false", "false")
    assert (rows["wire-b1"]["question_outcome"], rows["wire-b1"]["outcome"]) == ("false", "true")
    assert rows["wire-a1"]["deadline"] == rows["wire-b1"]["deadline"] == "2021-07-01"
    assert rows["wire-c1"]["condition"] == "The US keeps its sanctions."
    assert rows["wire-c2"]["question_id"] == "wire-c2" and rows["wire-c2"]["side"] == "yes"
    questions = {r["id"]: r for r in db.query("select * from questions")}
    assert questions["nk-icbm-2021"]["shared"] == 1 and questions["wire-c2"]["shared"] == 0
    assert questions["wire-c2"]["resolution_yes"] == "The review's end is announced before 1 May 2021."
    [resolution] = db.query("select * from resolutions")
    assert resolution["id"] == "nk-icbm-2021-r1" and resolution["confidence"] == 0.9
    [evidence] = db.query("select * from evidence")
    assert evidence["resolution_id"] == "nk-icbm-2021-r1" and evidence["review_id"] is None


def problems_of(root: Path) -> list[tuple[str, int, str, str]]:
    return [(p.path.name, p.line, p.field, p.message) for p in check_collection(root)]


def test_unknown_question_is_named_by_file_line_and_field(tmp_path):
    root = write_collection(tmp_path / "c", source=SOURCE_FILE.replace("question: nk-talks-2021", "question: nk-talk-2021"))
    [problem] = problems_of(root)
    assert problem[:3] == (SOURCE.name, line_of(root / SOURCE, "question: nk-talk-2021"), "quotes.2.prediction.question")
    assert "unknown question 'nk-talk-2021': not in questions.yaml" in problem[3]
    result = runner.invoke(app, ["check", str(root)])
    assert result.exit_code == 1
    assert f"{root / SOURCE}:{problem[1]}: quotes.2.prediction.question: unknown question" in result.output


def test_a_linked_prediction_carries_no_deadline_criteria_or_resolutions(tmp_path):
    source = SOURCE_FILE.replace(
        "      proposition: North Korea launches an ICBM before July 2021.\n      hedge: will\n",
        "      proposition: North Korea launches an ICBM before July 2021.\n      hedge: will\n"
        "      deadline: 2021-12-31\n      deadline_basis: default\n"
        "      resolution_criteria:\n        yes: a launch\n        no: none\n"
        "      resolutions: []\n",
    )
    root = write_collection(tmp_path / "c", source=source)
    problems = problems_of(root)
    assert [p[2] for p in problems] == [
        "quotes.0.prediction.deadline", "quotes.0.prediction.deadline_basis",
        "quotes.0.prediction.resolution_criteria", "quotes.0.prediction.resolutions",
    ]
    assert problems[0][1] == line_of(root / SOURCE, "deadline: 2021-12-31")
    assert problems[3][1] == line_of(root / SOURCE, "resolutions: []")
    assert all("settled by question 'nk-icbm-2021'" in p[3] for p in problems)


def test_side_and_question_go_together(tmp_path):
    source = SOURCE_FILE.replace("      side: 'no'\n", "").replace(
        "      probability: 0.7\n", "      probability: 0.7\n      side: 'yes'\n"
    )
    root = write_collection(tmp_path / "c", source=source)
    problems = problems_of(root)
    assert [(p[1], p[2]) for p in problems] == [
        (line_of(root / SOURCE, "question: nk-icbm-2021", after="wire-b1"), "quotes.1.prediction.question"),
        (line_of(root / SOURCE, "side: 'yes'", after="wire-c2"), "quotes.3.prediction.side"),
    ]
    assert "add side: 'yes' or 'no'" in problems[0][3]
    assert "set prediction.question too" in problems[1][3]


def test_side_is_yes_or_no(tmp_path):
    root = write_collection(tmp_path / "c", source=SOURCE_FILE.replace("side: 'no'", "side: maybe"))
    [problem] = problems_of(root)
    assert problem[1:3] == (line_of(root / SOURCE, "side: maybe"), "quotes.1.prediction.side")


def test_a_conditional_prediction_needs_a_conditional_question(tmp_path):
    questions = QUESTIONS.replace("    condition: The US does not lift sanctions before 1 October 2021.\n", "")
    root = write_collection(tmp_path / "c", questions=questions)
    [problem] = problems_of(root)
    assert problem[1:3] == (line_of(root / SOURCE, "condition: The US keeps"), "quotes.2.prediction.condition")
    assert "question 'nk-talks-2021' has no condition" in problem[3]


def test_duplicate_question_ids(tmp_path):
    questions = QUESTIONS.replace("  - id: nk-talks-2021", "  - id: nk-icbm-2021")
    root = write_collection(tmp_path / "c", questions=questions)
    second = line_of(root / "questions.yaml", "- id: nk-icbm-2021", after="Will North Korea launch")
    assert ("questions.yaml", second, "questions.1.id", "duplicate id 'nk-icbm-2021'") in problems_of(root)


def test_a_one_off_prediction_id_is_not_also_a_question_id(tmp_path):
    questions = QUESTIONS + (
        "  - id: wire-c2\n    question: Will the review end before May?\n    deadline: 2021-05-01\n"
        "    resolution_criteria: {yes: it ends, no: it does not}\n"
    )
    root = write_collection(tmp_path / "c", questions=questions)
    [problem] = problems_of(root)
    assert problem[1:3] == (line_of(root / SOURCE, "id: wire-c2"), "quotes.3.id")
    assert "already a question in questions.yaml" in problem[3]


def test_question_needs_deadline_and_criteria(tmp_path):
    questions = QUESTIONS.replace("    deadline: 2021-10-01\n", "")
    root = write_collection(tmp_path / "c", questions=questions)
    [problem] = problems_of(root)
    assert problem[:4] == ("questions.yaml", line_of(root / "questions.yaml", "- id: nk-talks-2021"), "questions.1.deadline", "required field is missing")


REVIEWED = QUESTIONS.replace(
    "            excerpt: no long-range launch since 2017\n",
    "            excerpt: no long-range launch since 2017\n"
    "        reviews:\n"
    "          - reviewer: Editor Two\n"
    "            verdict: dispute\n"
    "            reviewed_on: 2022-02-01\n"
    "            outcome: ambiguous\n"
    "            rationale: A launch in June was called an ICBM by one outlet.\n"
    "            evidence:\n"
    "              - url: https://example.org/2021/june-launch\n",
)


def test_a_dispute_holds_the_outcome_back_until_settled(tmp_path):
    root = write_collection(tmp_path / "c", questions=REVIEWED)
    build(root, tmp_path / "d.db")
    db = sqlite_utils.Database(tmp_path / "d.db")
    [question] = db.query("select status, outcome, reviewers, agreements, disputes from questions_status where question_id = 'nk-icbm-2021'")
    assert question == {"status": "disputed", "outcome": "false", "reviewers": 1, "agreements": 0, "disputes": 1}
    statuses = {r["quote_id"]: r["status"] for r in db.query("select quote_id, status from predictions_status")}
    assert statuses["wire-a1"] == statuses["wire-b1"] == "disputed"
    [review_evidence] = db.query("select * from evidence where review_id is not null")
    assert review_evidence["id"] == "nk-icbm-2021-r1-v1-e1"
    assert list(db.query("select reviews, agreements, disputes, agreement from resolution_agreement")) == [
        {"reviews": 1, "agreements": 0, "disputes": 1, "agreement": 0.0}
    ]

    # The same reviewer withdraws the dispute, and a third agrees: settled, agreement 2 of 2.
    settled = REVIEWED.replace(
        "              - url: https://example.org/2021/june-launch\n",
        "              - url: https://example.org/2021/june-launch\n"
        "          - reviewer: Editor Two\n            verdict: agree\n            reviewed_on: 2022-03-01\n"
        "            rationale: The June launch was a short-range missile after all.\n"
        "          - reviewer: Editor Three\n            verdict: agree\n            reviewed_on: 2022-03-02\n"
        "            outcome: 'false'\n            rationale: Agreed.\n",
    )
    root = write_collection(tmp_path / "c2", questions=settled)
    build(root, tmp_path / "e.db")
    db = sqlite_utils.Database(tmp_path / "e.db")
    [question] = db.query("select status, reviewers, agreements, disputes from questions_status where question_id = 'nk-icbm-2021'")
    assert question == {"status": "resolved", "reviewers": 2, "agreements": 2, "disputes": 0}
    assert next(db.query("select agreement from resolution_agreement"))["agreement"] == 1.0


@pytest.mark.parametrize(
    "change,message",
    [
        (("reviewer: Editor Two", "reviewer: editor one"), "review by 'editor one', the resolver"),
        (("reviewed_on: 2022-02-01", "reviewed_on: 2022-01-01"), "earlier than the resolution"),
        (("outcome: ambiguous", "outcome: 'false'"), "a disputing review's outcome differs"),
        (("        resolver: Editor One\n", ""), "names its resolver"),
    ],
)
def test_review_rules(tmp_path, change, message):
    root = write_collection(tmp_path / "c", questions=REVIEWED.replace(*change))
    [problem] = problems_of(root)
    assert problem[2] == "questions.0.resolutions.0" and message in problem[3]


def test_resolver_confidence_is_a_probability(tmp_path):
    root = write_collection(tmp_path / "c", questions=QUESTIONS.replace("confidence: 0.9", "confidence: 90"))
    [problem] = problems_of(root)
    assert problem[1:3] == (line_of(root / "questions.yaml", "confidence: 90"), "questions.0.resolutions.0.confidence")


def test_a_linked_prediction_is_resolved_through_its_question(shared):
    before = (shared / SOURCE).read_bytes()
    result = runner.invoke(app, ["resolve", "wire-a1", "--outcome", "ambiguous", "--rationale", "x", "-c", str(shared)])
    assert result.exit_code == 1
    assert f"{shared / SOURCE}:{line_of(shared / SOURCE, 'question: nk-icbm-2021')}: 'wire-a1' is settled by question 'nk-icbm-2021'" in result.output
    assert (shared / SOURCE).read_bytes() == before


def test_resolving_a_question_settles_every_linked_prediction(shared, tmp_path):
    before = (shared / "questions.yaml").read_text(encoding="utf-8")
    result = runner.invoke(app, [
        "resolve", "nk-talks-2021", "--outcome", "true", "--rationale", "Officials met in Stockholm.",
        "--evidence", "https://example.org/2021/09/talks", "--published", "2021-09-20", "--on", "2022-01-05",
        "--resolver", "Editor One", "--confidence", "0.8", "-c", str(shared),
    ])
    assert result.exit_code == 0, result.output
    assert f"Resolved nk-talks-2021: true on 2022-01-05 (resolution #1) in {shared / 'questions.yaml'}" in result.output
    after = (shared / "questions.yaml").read_text(encoding="utf-8")
    assert added_lines(before, after) == [
        "    resolutions:\n", "      - outcome: 'true'\n", "        resolved_on: 2022-01-05\n", "        resolver: Editor One\n",
        "        confidence: 0.8\n", "        rationale: Officials met in Stockholm.\n", "        evidence:\n",
        "          - url: https://example.org/2021/09/talks\n", "            published: 2021-09-20\n",
    ]
    build(shared, tmp_path / "r.db")
    [row] = sqlite_utils.Database(tmp_path / "r.db").query("select status, outcome from predictions_status where quote_id = 'wire-c1'")
    assert row == {"status": "resolved", "outcome": "true"}
    # Appending to an existing list, and the early rule, apply to questions as to one-offs.
    earlier = runner.invoke(app, ["resolve", "nk-talks-2021", "--outcome", "ambiguous", "--rationale", "x",
                                  "--on", "2021-12-01", "-c", str(shared)])
    assert earlier.exit_code == 1 and "before the resolution it would supersede" in earlier.output


@pytest.mark.parametrize(
    "args,message",
    [
        (["nk-nothing", "--outcome", "true"], "unknown prediction id 'nk-nothing'"),
        (["nk-icbm-2021", "--outcome", "true", "--on", "2021-03-01"], "before the statement (published 2021-04-01)"),
        (["nk-icbm-2021", "--outcome", "true", "--on", "2021-12-01"], "before the resolution it would supersede"),
        (["nk-talks-2021", "--outcome", "false", "--on", "2021-06-01"], "give --early REASON"),
        (["nk-talks-2021", "--outcome", "true", "--confidence", "1.5"], "less than or equal to 1"),
    ],
)
def test_bad_question_resolutions_leave_the_file_alone(shared, args, message):
    before = (shared / "questions.yaml").read_bytes()
    result = runner.invoke(app, ["resolve", *args, "--rationale", "x", "--evidence", "https://example.org/x", "-c", str(shared)])
    assert result.exit_code == 1 and message in result.output, result.output
    assert (shared / "questions.yaml").read_bytes() == before


def test_a_second_resolver_disputes_then_agrees(shared, tmp_path):
    before = (shared / "questions.yaml").read_text(encoding="utf-8")
    result = runner.invoke(app, [
        "review", "nk-icbm-2021", "dispute", "--reviewer", "Editor Two", "--outcome", "ambiguous", "--on", "2022-02-01",
        "--rationale", "One outlet called the June launch an ICBM.", "--evidence", "https://example.org/june", "-c", str(shared),
    ])
    assert result.exit_code == 0, result.output
    assert "Reviewed nk-icbm-2021: dispute with its false of 2022-01-10 (review #1)" in result.output
    added = added_lines(before, (shared / "questions.yaml").read_text(encoding="utf-8"))
    assert added[:3] == ["        reviews:\n", "          - reviewer: Editor Two\n", "            verdict: dispute\n"]
    build(shared, tmp_path / "d.db")
    db = sqlite_utils.Database(tmp_path / "d.db")
    assert {r["status"] for r in db.query("select status from predictions_status where question_id = 'nk-icbm-2021'")} == {"disputed"}
    assert runner.invoke(app, ["review", "nk-icbm-2021", "agree", "--reviewer", "Editor Two", "--on", "2022-03-01",
                               "--rationale", "Settled: a short-range missile.", "-c", str(shared)]).exit_code == 0
    build(shared, tmp_path / "e.db")
    db = sqlite_utils.Database(tmp_path / "e.db")
    assert {r["status"] for r in db.query("select status from predictions_status where question_id = 'nk-icbm-2021'")} == {"resolved"}
    refused = runner.invoke(app, ["review", "nk-icbm-2021", "agree", "--reviewer", "Editor One", "--rationale", "mine", "-c", str(shared)])
    assert refused.exit_code == 1 and "the resolver" in refused.output
    nothing = runner.invoke(app, ["review", "nk-talks-2021", "agree", "--reviewer", "X", "--rationale", "r", "-c", str(shared)])
    assert nothing.exit_code == 1 and "has no resolution to review" in nothing.output


def test_questions_lists_forecasters_with_side_probability_and_hedge(shared):
    result = runner.invoke(app, ["questions", str(shared), "--shared"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Analyst A: yes, 0.88 (will)" in result.stdout and "Analyst B: no, 0.68 (likely)" in result.stdout
    assert "Analyst C: yes, 0.68 (probably)" in result.stdout
    assert "2 questions; p of the speaker's side" in result.stdout
    rows = json.loads(runner.invoke(app, ["questions", str(shared), "--format", "json"]).stdout)
    by_id = {row["question_id"]: row for row in rows}
    assert set(by_id) == {"nk-icbm-2021", "nk-talks-2021", "wire-c2"}  # the one-off is its own question
    assert by_id["nk-icbm-2021"]["status"] == "resolved" and by_id["nk-talks-2021"]["status"] == "due"
    assert [(f["speaker_id"], f["side"], f["outcome"]) for f in by_id["nk-icbm-2021"]["forecasters"]] == [
        ("analyst-a", "yes", "false"), ("analyst-b", "no", "true")
    ]
    # Two speakers on one question: each one's peer score is the other's log score subtracted from theirs.
    a, b = by_id["nk-icbm-2021"]["forecasters"]
    assert a["peer_score"] == pytest.approx(a["log_score"] - b["log_score"]) and a["peer_score"] == pytest.approx(-b["peer_score"])


async def test_question_page_shows_criteria_resolutions_and_forecasters(tmp_path):
    from quotes.app import make_datasette

    root = write_collection(tmp_path / "c", questions=REVIEWED)
    build(root, tmp_path / "p.db")
    ds = make_datasette(tmp_path / "p.db")
    html = (await ds.client.get("/-/question/nk-icbm-2021")).text
    assert '<h1 class="question">Will North Korea launch an intercontinental ballistic missile before 1 July 2021?</h1>' in html
    assert "An ICBM launch by North Korea is reported before 1 July 2021." in html
    assert "disputed (false) <span class=\"reference\">(resolver's confidence 90%)" in html
    assert 'href="https://example.org/2021/no-icbm"' in html and "no long-range launch since 2017" in html
    assert "Editor Two disputes on 2022-02-01 (would record ambiguous)" in html
    assert 'href="/-/scorecard/speaker/analyst-a"' in html and 'href="/-/scorecard/speaker/analyst-b"' in html
    assert '<td class="side">no</td>' in html
    index = (await ds.client.get("/-/questions")).text
    assert 'href="/-/question/nk-talks-2021"' in index and "Analyst C: yes" in index
    assert (await ds.client.get("/-/question/nothing-here")).status_code == 404
    one_off = (await ds.client.get("/-/question/wire-c2")).text
    assert "a one-off prediction's own question" in one_off and "70%*" in one_off
