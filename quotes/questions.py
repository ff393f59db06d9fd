"""Questions and who forecast them: what ``quotes questions`` lists and a question's page shows.

Reads the ``questions_status`` and ``prediction_scores`` views, so the status, the probability and
the scores are those the scorecards use. Every prediction has a question: a shared one from
``questions.yaml`` or, for a one-off prediction, its own (``shared`` 0, the quote's id).

    >>> from quotes.db import load_database
    >>> from quotes.questions import list_questions
    >>> [q["question_id"] for q in list_questions(load_database(), shared_only=True)]  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Optional

from .scoring import check_yardstick

FORECASTERS_SQL = """
SELECT
    ps.question_id, ps.quote_id, ps.speaker_id, ps.speaker, ps.institution_id, ps.institution, ps.side,
    ps.proposition, ps.hedge, ps.probability, ps.probability_basis, ps.outcome, ps.hit, ps.brier,
    ps.log_score, ps.peer_score, ps.stated_on, q.text, q.form, src.outlet, src.url AS source_url
FROM prediction_scores ps
JOIN quotes q ON q.id = ps.quote_id
JOIN sources src ON src.id = q.source_id
WHERE ps.yardstick = :yardstick AND (:question IS NULL OR ps.question_id = :question)
ORDER BY ps.question_id, ps.side DESC, ps.stated_on, ps.quote_id
"""


def list_questions(
    db, shared_only: bool = False, question: Optional[str] = None, yardstick: Optional[str] = None
) -> list[dict]:
    """Questions in deadline order, each with ``forecasters``: who forecast it, on which side,
    with what probability and hedge, and how that scored.

    :param db: a :class:`sqlite_utils.Database` built by :mod:`quotes.db`
    :param shared_only: only questions from questions.yaml, not one-off predictions' own
    :param question: only this question id
    :param yardstick: how hedges become probabilities; ICD 203 by default
    :raises ValueError: for an unknown question id
    """
    params = {"yardstick": check_yardstick(yardstick), "question": question, "shared": int(shared_only)}
    questions = [
        dict(row)
        for row in db.query(
            "SELECT * FROM questions_status WHERE (:question IS NULL OR question_id = :question) "
            "AND (:shared = 0 OR shared = 1) ORDER BY deadline IS NULL, deadline, question_id",
            params,
        )
    ]
    if question is not None and not questions:
        raise ValueError(f"unknown question {question!r}")
    forecasters: dict[str, list[dict]] = {}
    for row in db.query(FORECASTERS_SQL, params):
        forecasters.setdefault(row["question_id"], []).append(dict(row))
    for item in questions:
        item["forecasters"] = forecasters.get(item["question_id"], [])
    return questions


def forecaster_text(forecaster: dict) -> str:
    """'Choi Kang: no, 0.88 (would not)' — side, probability (* when the speaker's own number), hedge."""
    p = "—" if forecaster["probability"] is None else f"{forecaster['probability']:.2f}"
    if forecaster["probability_basis"] == "stated":
        p += "*"
    hedge = f" ({forecaster['hedge']})" if forecaster["hedge"] else ""
    return f"{forecaster['speaker']}: {forecaster['side']}, {p}{hedge}"


def status_text(question: dict) -> str:
    """'true', 'disputed (false)', 'due', 'open'."""
    if question["status"] == "disputed":
        return f"disputed ({question['outcome']})"
    return question["outcome"] if question["status"] == "resolved" else question["status"]
