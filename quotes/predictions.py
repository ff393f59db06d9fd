"""List predictions with their status: open, due (deadline passed, unresolved) or resolved.

Reads the ``predictions_status`` and ``prediction_scores`` views, so the status and the
probability shown are those the database and the scorecards use. ``by`` moves "today": a
prediction is due by a date when its deadline is before that date and it has no resolution.

    >>> from quotes.db import load_database
    >>> from quotes.predictions import list_predictions
    >>> [p["quote_id"] for p in list_predictions(load_database(), status="due")]  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Optional

from .scoring import check_yardstick
from .views import status_sql

STATUSES = ("open", "due", "resolved", "disputed")

LIST_SQL = f"""
SELECT
    ps.quote_id, ps.question_id, ps.side, ps.speaker_id, ps.speaker, ps.institution, ps.proposition, ps.hedge,
    sc.probability, sc.probability_basis, ps.deadline, ps.deadline_basis, ps.condition,
    {status_sql("ps.outcome", "ps.deadline", ":by", "ps.disputes")} AS status,
    ps.outcome, ps.resolved_on
FROM predictions_status ps
JOIN prediction_scores sc ON sc.quote_id = ps.quote_id AND sc.yardstick = :yardstick
"""


def list_predictions(
    db,
    status: Optional[str] = None,
    by: dt.date | str | None = None,
    speaker: Optional[str] = None,
    yardstick: Optional[str] = None,
) -> list[dict]:
    """Predictions in deadline order, optionally only one status or one speaker.

    :param db: a :class:`sqlite_utils.Database` built by :mod:`quotes.db`
    :param status: ``open``, ``due``, ``resolved`` or ``disputed``; all when None
    :param by: the date against which deadlines count as passed; today by default
    :param speaker: a speaker id
    :param yardstick: how hedges become probabilities; ICD 203 by default
    """
    if status is not None and status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
    by = dt.date.fromisoformat(by) if isinstance(by, str) else by or dt.date.today()
    if speaker is not None and not db.execute("SELECT 1 FROM speakers WHERE id = ?", [speaker]).fetchone():
        raise ValueError(f"unknown speaker {speaker!r}")
    params = {"by": by.isoformat(), "yardstick": check_yardstick(yardstick), "status": status, "speaker": speaker}
    sql = (
        f"SELECT * FROM ({LIST_SQL}) WHERE (:status IS NULL OR status = :status) "
        "AND (:speaker IS NULL OR speaker_id = :speaker) "
        "ORDER BY deadline IS NULL, deadline, quote_id"
    )
    return [dict(row) for row in db.query(sql, params)]


def resolution_history(conn, prediction_ids: list[str]) -> dict[str, list[dict]]:
    """Each prediction's resolutions (those of its question), oldest first, each with its
    ``evidence`` and ``reviews`` lists: three queries for any number of predictions. What a quote
    page and a scorecard page show as history. A prediction id may also be a question id."""
    if not prediction_ids:
        return {}
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row  # on the cursor: Datasette's connection keeps its own factory
    marks = ", ".join("?" * len(prediction_ids))
    links = [dict(r) for r in cursor.execute(
        f"SELECT quote_id AS asked, question_id FROM predictions WHERE quote_id IN ({marks}) "
        f"UNION SELECT id, id FROM questions WHERE id IN ({marks})", prediction_ids + prediction_ids
    )]
    questions = sorted({link["question_id"] for link in links})
    qmarks = ", ".join("?" * len(questions))
    resolutions = [dict(r) for r in cursor.execute(
        f"SELECT * FROM resolutions WHERE question_id IN ({qmarks}) ORDER BY question_id, seq", questions
    )]
    evidence: dict[str, list[dict]] = {}
    reviews: dict[str, list[dict]] = {}
    for row in cursor.execute(
        f"SELECT e.* FROM evidence e JOIN resolutions r ON r.id = e.resolution_id "
        f"WHERE r.question_id IN ({qmarks}) ORDER BY e.id", questions
    ):
        evidence.setdefault(row["review_id"] or row["resolution_id"], []).append(dict(row))
    for row in cursor.execute(
        f"SELECT v.* FROM resolution_reviews v JOIN resolutions r ON r.id = v.resolution_id "
        f"WHERE r.question_id IN ({qmarks}) ORDER BY v.resolution_id, v.seq", questions
    ):
        reviews.setdefault(row["resolution_id"], []).append({**dict(row), "evidence": evidence.get(row["id"], [])})
    by_question: dict[str, list[dict]] = {}
    for resolution in resolutions:
        resolution["evidence"] = evidence.get(resolution["id"], [])
        resolution["reviews"] = reviews.get(resolution["id"], [])
        by_question.setdefault(resolution["question_id"], []).append(resolution)
    return {link["asked"]: by_question[link["question_id"]] for link in links if link["question_id"] in by_question}
