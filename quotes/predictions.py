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

STATUSES = ("open", "due", "resolved")

LIST_SQL = f"""
SELECT
    ps.quote_id, ps.speaker_id, ps.speaker, ps.institution, ps.proposition, ps.hedge,
    sc.probability, sc.probability_basis, ps.deadline, ps.deadline_basis, ps.condition,
    {status_sql("ps.outcome", "ps.deadline", ":by")} AS status,
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
    :param status: ``open``, ``due`` or ``resolved``; all when None
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
    """Each prediction's resolutions, oldest first, each with its ``evidence`` list: two queries
    for any number of predictions. What a quote page and a scorecard page show as history."""
    if not prediction_ids:
        return {}
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row  # on the cursor: Datasette's connection keeps its own factory
    marks = ", ".join("?" * len(prediction_ids))
    resolutions = [dict(r) for r in cursor.execute(
        f"SELECT * FROM resolutions WHERE prediction_id IN ({marks}) ORDER BY prediction_id, seq", prediction_ids
    )]
    evidence: dict[str, list[dict]] = {}
    for row in cursor.execute(
        f"SELECT e.* FROM evidence e JOIN resolutions r ON r.id = e.resolution_id "
        f"WHERE r.prediction_id IN ({marks}) ORDER BY e.id", prediction_ids
    ):
        evidence.setdefault(row["resolution_id"], []).append(dict(row))
    history: dict[str, list[dict]] = {}
    for resolution in resolutions:
        resolution["evidence"] = evidence.get(resolution["id"], [])
        history.setdefault(resolution["prediction_id"], []).append(resolution)
    return history
