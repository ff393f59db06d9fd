"""Question pages in Datasette: a question, how it was resolved, and everyone who forecast it.

- ``/-/questions``: every shared question (from questions.yaml) with its status and forecasters;
- ``/-/question/<id>``: one question (a shared one, or a one-off prediction's own, under the
  quote's id): the question, its criteria, deadline and condition, the resolutions with their
  evidence and reviews, and each forecaster with the side they took, the probability and hedge,
  and how that scored (Brier, log score, peer score).

The rows come from :func:`quotes.questions.list_questions` (what ``quotes questions`` prints) and
:func:`quotes.predictions.resolution_history` (what the quote and scorecard pages show).
"""

from __future__ import annotations

import sqlite_utils
from datasette import hookimpl
from datasette.utils.asgi import Response

from .predictions import resolution_history
from .questions import list_questions, status_text
from .scorecard_plugin import yardstick_page


def question_of(conn, question_id: str, yardstick: str) -> dict | None:
    """The question with ``forecasters``, ``status_text`` and ``resolutions`` (with evidence, reviews)."""
    try:
        [question] = list_questions(sqlite_utils.Database(conn), question=question_id, yardstick=yardstick)
    except ValueError:
        return None
    question["status_text"] = status_text(question)
    question["resolutions"] = resolution_history(conn, [question_id]).get(question_id, [])
    return question


def shared_questions(conn, yardstick: str) -> list[dict]:
    questions = list_questions(sqlite_utils.Database(conn), shared_only=True, yardstick=yardstick)
    for question in questions:
        question["status_text"] = status_text(question)
    return questions


@yardstick_page("questions.html")
async def questions_index(datasette, db, name, request, yardstick):
    return {"questions": await db.execute_fn(lambda conn: shared_questions(conn, yardstick))}


@yardstick_page("question.html")
async def question_page(datasette, db, name, request, yardstick):
    question_id = request.url_vars["question_id"]
    question = await db.execute_fn(lambda conn: question_of(conn, question_id, yardstick))
    if question is None:
        return Response.text(f"No question {question_id!r}", status=404)
    return {"question": question}


@hookimpl
def register_routes():
    return [
        (r"^/-/questions$", questions_index),
        (r"^/-/question/(?P<question_id>[a-z0-9][a-z0-9-]*)$", question_page),
    ]
