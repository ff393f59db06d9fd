"""Shared questions: questions.yaml, predictions linked to a question with a side, the rules
`quotes check` enforces on the link, and what the build makes of them (one resolution settles
every linked prediction; a reviewer's dispute holds the outcome back)."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
import sqlite_utils
from typer.testing import CliRunner

from quotes.cli import app
from quotes.collection import check_collection, load_collection, plain, yaml_round_trip
from quotes.db import build
from quotes.schema import record_json_schema

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
