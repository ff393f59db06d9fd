"""Scorecards in Datasette: how each speaker's and institution's predictions turned out.

- ``/-/scorecards``: every speaker and institution with hit rate, Wilson interval, Brier and
  log score, and the calibration chart of all predictions;
- ``/-/scorecard/speaker/<id>`` and ``/-/scorecard/institution/<id>``: one card, its calibration
  chart, the horizon breakdown, and each prediction with its outcome and evidence links.

``?yardstick=NAME`` reads hedges on another scale. Numbers come from :mod:`quotes.scoring`, the
same views ``quotes scoreboard`` prints, and are set side by side by :mod:`quotes.standings`:
unnamed sources and groups apart and never ranked, a rank only from
:data:`~quotes.standings.MIN_SCORED_FOR_RANK` scored predictions, every score beside what always
saying 50% would score. Each calibration dot carries its Wilson 95% interval as a vertical bar. The chart is an SVG drawn on the server: it needs no
script, prints, and reads at a glance (dots on the diagonal are well calibrated; above it, the
speaker was underconfident; below, overconfident).
"""

from __future__ import annotations

import math

import sqlite_utils
from datasette import hookimpl
from datasette.utils.asgi import Response

from . import scoring, standings
from .predictions import resolution_history
from .yardsticks import DEFAULT_YARDSTICK, YARDSTICKS

CHART = {"size": 300, "margin": 48}

PREDICTIONS_SQL = """
SELECT ps.*, q.text, q.form, src.url AS source_url, src.outlet AS source_outlet
FROM prediction_scores ps
JOIN quotes q ON q.id = ps.quote_id
JOIN sources src ON src.id = q.source_id
WHERE ps.yardstick = :yardstick AND {column} = :group_id
ORDER BY ps.deadline, ps.quote_id
"""


def calibration_chart(bins: list[dict], size: int = CHART["size"], margin: int = CHART["margin"]) -> dict:
    """Geometry of a reliability diagram: a dot per bin at (mean probability, share that came true).

    Dot area grows with the bin's count; every dot is labelled with it and carries the Wilson 95%
    interval of its share as a vertical bar (``low``/``high``), so one lucky call reads as the
    guess it is.
    """
    def x(p):
        return round(margin + p * size, 1)

    def y(p):
        return round(margin + (1 - p) * size, 1)

    largest = max((b["n"] for b in bins), default=1)
    dots = []
    for b in bins:
        low, high = standings.wilson(b["observed"] * b["n"], b["n"])
        interval = f"{low * 100:.0f}–{high:.0%}"
        dots.append({
            "cx": x(b["mean_probability"]), "cy": y(b["observed"]), "n": b["n"],
            "r": round(5 + 9 * math.sqrt(b["n"] / largest), 1),
            "low": y(low), "high": y(high), "interval": interval,
            "label": f"{b['bin'] * 10}–{(b['bin'] + 1) * 10}%: {b['observed'] * b['n']:g} of {b['n']} came true "
                     f"(mean probability {b['mean_probability']:.0%}; 95% interval {interval})",
        })
    ticks = [{"value": f"{t}%", "x": x(t / 100), "y": y(t / 100)} for t in (0, 25, 50, 75, 100)]
    return {"width": size + 2 * margin, "height": size + 2 * margin, "x0": x(0), "x1": x(1), "y0": y(0), "y1": y(1),
            "dots": dots, "ticks": ticks, "margin": margin, "size": size}


def database_name(datasette) -> str | None:
    """The published quotes database: the first that is not Datasette's own."""
    return next((name for name in datasette.databases if name != "_internal"), None)


def yardstick_of(request) -> str:
    name = request.args.get("yardstick") or DEFAULT_YARDSTICK
    if name not in YARDSTICKS:
        # The value is not echoed: a page that repeats what it was sent invites injection.
        raise ValueError(f"unknown yardstick: choose one of {', '.join(YARDSTICKS)}")
    return name


def yardstick_page(template: str):
    """A page read on a yardstick: ``build(datasette, db, name, request, yardstick)`` returns the
    template's variables, or a Response (a 404); an unknown ``?yardstick=`` is a 400 before it runs.
    Every such page gets the database's name, the yardstick and the list of yardsticks."""

    def decorate(build):
        async def page(datasette, request):
            name = database_name(datasette)
            try:
                yardstick = yardstick_of(request)
            except ValueError as error:
                return Response.text(str(error), status=400)
            found = await build(datasette, datasette.get_database(name), name, request, yardstick)
            if isinstance(found, Response):
                return found
            context = {"database": name, "yardstick": yardstick, "yardsticks": YARDSTICKS, **found}
            return Response.html(await datasette.render_template(template, context, request=request))

        page.__name__ = page.__qualname__ = build.__name__
        page.__doc__ = build.__doc__
        return page

    return decorate


def predictions_of(conn, grouping: str, group_id: str, yardstick: str) -> list[dict]:
    """The group's predictions, each with its resolutions (oldest first) and their evidence."""
    column = {"speaker": "ps.speaker_id", "institution": "ps.institution_id", "all": "'all'"}[grouping]
    db = sqlite_utils.Database(conn)
    rows = [dict(r) for r in db.query(PREDICTIONS_SQL.format(column=column), {"yardstick": yardstick, "group_id": group_id})]
    history = resolution_history(conn, [row["quote_id"] for row in rows])
    for row in rows:
        row["resolutions"] = history.get(row["quote_id"], [])
    return rows


def cards_of(conn, grouping: str, yardstick: str) -> list[dict]:
    return scoring.scoreboard(sqlite_utils.Database(conn), grouping, yardstick)


def with_text(card: dict) -> dict:
    """A card plus the display strings the CLI prints too."""
    return {
        **card,
        "hit_rate_text": scoring.hit_rate_text(card),
        "interval_text": scoring.interval_text(card),
        "brier_interval_text": scoring.score_interval_text(card, "brier"),
        "log_interval_text": scoring.score_interval_text(card, "log_score"),
        "peer_text": scoring.peer_text(card),
        "skill_text": " / ".join(scoring.number(card[k], True) for k in ("skill_chance", "skill_base_rate", "skill_yardstick")),
        "chart": calibration_chart(card["calibration"]),
    }


@yardstick_page("scorecards.html")
async def scorecards_index(datasette, db, name, request, yardstick):
    speakers = await db.execute_fn(lambda conn: cards_of(conn, "speaker", yardstick))
    kinds = await db.execute_fn(lambda conn: standings.speaker_kinds(sqlite_utils.Database(conn)))
    institutions = await db.execute_fn(lambda conn: cards_of(conn, "institution", yardstick))
    overall = await db.execute_fn(lambda conn: cards_of(conn, "all", yardstick))
    return {
        **page_terms(),
        "speakers": with_texts(standings.standings(speakers, kinds)),
        "institutions": with_texts(standings.standings(institutions)),
        "overall": with_text(overall[0]) if overall else None,
    }


def with_texts(split: standings.Standings) -> standings.Standings:
    return standings.Standings(*([with_text(c) for c in cards] for cards in (split.ranked, split.unranked, split.unnamed)))


def page_terms() -> dict:
    """What every scorecard page states beside its numbers: the references and the rank rule."""
    return {"references": standings.REFERENCES, "min_scored": standings.MIN_SCORED_FOR_RANK}


@yardstick_page("scorecard.html")
async def scorecard_page(datasette, db, name, request, yardstick):
    grouping = request.url_vars["grouping"]
    group_id = request.url_vars["group_id"]
    card = await db.execute_fn(lambda conn: scoring.scorecard(sqlite_utils.Database(conn), grouping, group_id, yardstick))
    if card is None:
        return Response.text(f"No predictions for {grouping} {group_id!r}", status=404)
    predictions = await db.execute_fn(lambda conn: predictions_of(conn, grouping, group_id, yardstick))
    kinds = await db.execute_fn(lambda conn: standings.speaker_kinds(sqlite_utils.Database(conn))) if grouping == "speaker" else {}
    return {
        "grouping": grouping, **page_terms(),
        "card": with_text(card), "predictions": predictions,
        "unnamed": kinds.get(group_id) in standings.UNNAMED_KINDS,
        "page_url": datasette.urls.row(name, "speakers" if grouping == "speaker" else "institutions", group_id),
    }


@hookimpl
def register_routes():
    return [
        (r"^/-/scorecards$", scorecards_index),
        (r"^/-/scorecard/(?P<grouping>speaker|institution)/(?P<group_id>[a-z0-9][a-z0-9-]*)$", scorecard_page),
    ]
