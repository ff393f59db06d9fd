"""Score predictions: how often each speaker and institution was right, and how well calibrated.

The formulas live in one place, the SQL views of :mod:`quotes.views` (``prediction_scores``,
``scorecards``, ``scorecard_calibration``, ``scorecard_horizons``), which every database has;
``quotes scoreboard``, the Datasette scorecard pages and a researcher's own SQL all read
them, so they cannot disagree.

Rules:

- The last resolution counts. ``true`` scores 1, ``false`` 0, ``partial`` 0.5; ``ambiguous`` and
  ``annulled`` (e.g. a condition that failed) are not scored.
- The probability is the speaker's own number when they gave one, else their hedge read
  through a yardstick (:mod:`quotes.yardsticks`; ICD 203 midpoints by default). A denial
  ("would not") is scored like any claim: the proposition is written as the speaker's claim, and
  the hedge's confidence is that of its positive form.
- Hit rate with a Wilson 95% interval; Brier score (mean squared error of the probability, 0 best,
  1 worst); log score (mean natural log of the probability given to what happened, 0 best;
  probabilities are clamped to [0.001, 0.999] so one confident miss is costly but finite);
  calibration in ten bins of stated probability, not folded, each with its count; a breakdown
  by horizon (deadline minus the statement's publication date: < 1 month, 1–12 months,
  > 12 months).
- A speaker with predictions but nothing scored is ``pending``, never 0%.

    >>> from quotes.db import load_database
    >>> from quotes.scoring import scoreboard
    >>> db = load_database("quotes/collection")          # doctest: +SKIP
    >>> [card["group_name"] for card in scoreboard(db)]  # doctest: +SKIP
"""

from __future__ import annotations

import json
from typing import Iterator

from .yardsticks import DEFAULT_YARDSTICK, YARDSTICKS, load_yardstick, probability_of

GROUPINGS = ("speaker", "institution", "all")
HORIZONS = ("< 1 month", "1–12 months", "> 12 months")


def hedge_probability_rows(hedges) -> Iterator[tuple[str, dict]]:
    """(table, row) pairs for ``yardsticks`` and ``hedge_probabilities``: every scale, every hedge.

    Computed at build time so SQL can score with any yardstick; a hedge a scale cannot read
    gets a null probability (that prediction then counts for hit rate, not Brier).
    """
    hedges = sorted(set(hedges))
    for name in YARDSTICKS:
        yardstick = load_yardstick(name)
        yield "yardsticks", {
            "name": name, "is_default": int(name == DEFAULT_YARDSTICK),
            "source": yardstick.bands[0].source if yardstick.bands else None,
        }
        for hedge in hedges:
            yield "hedge_probabilities", {
                "yardstick": name, "hedge": hedge, "probability": probability_of(hedge, yardstick),
            }


def check_yardstick(name: str | None) -> str:
    """The yardstick name to score with; ``KeyError`` listing the known ones if unknown."""
    name = name or DEFAULT_YARDSTICK
    load_yardstick(name)
    return name


def scoreboard(db, by: str = "speaker", yardstick: str | None = None) -> list[dict]:
    """Scorecards for every speaker (or institution, or ``all``), best scored first.

    Each card has the ``scorecards`` view's columns plus ``calibration`` (bins with counts) and
    ``horizons`` (one entry per horizon that has predictions).

    :param db: a :class:`sqlite_utils.Database` built by :mod:`quotes.db`
    :param by: ``speaker``, ``institution`` or ``all``
    :param yardstick: a name from :data:`quotes.yardsticks.YARDSTICKS`; ICD 203 by default
    """
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {', '.join(GROUPINGS)}, not {by!r}")
    yardstick = check_yardstick(yardstick)
    params = {"grouping": by, "yardstick": yardstick}
    where = "WHERE grouping = :grouping AND yardstick = :yardstick"
    cards = [
        dict(row)
        for row in db.query(
            f"SELECT * FROM scorecards {where} "
            "ORDER BY status DESC, scored DESC, brier IS NULL, brier, group_name",
            params,
        )
    ]
    calibration = rows_by_group(db, f"SELECT * FROM scorecard_calibration {where} ORDER BY bin", params)
    horizons = rows_by_group(db, f"SELECT * FROM scorecard_horizons {where}", params)
    for card in cards:
        card["calibration"] = calibration.get(card["group_id"], [])
        card["horizons"] = sorted(horizons.get(card["group_id"], []), key=lambda h: HORIZONS.index(h["horizon"]))
    return cards


def scorecard(db, by: str, group_id: str, yardstick: str | None = None) -> dict | None:
    """One speaker's or institution's card (as in :func:`scoreboard`), or None if it has no predictions."""
    for card in scoreboard(db, by, yardstick):
        if card["group_id"] == group_id:
            return card
    return None


def rows_by_group(db, sql: str, params: dict) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for row in db.query(sql, params):
        grouped.setdefault(row["group_id"], []).append(dict(row))
    return grouped


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def hit_rate_text(card: dict) -> str:
    """'67%', or 'pending' when nothing is scored yet (never 0%)."""
    return "pending" if card["status"] == "pending" else percent(card["hit_rate"])


def interval_text(card: dict) -> str:
    """The Wilson 95% interval: '21–94%'."""
    if card["status"] == "pending":
        return "—"
    return f"{percent(card['hit_rate_low'])[:-1]}–{percent(card['hit_rate_high'])}"


def calibration_text(card: dict) -> str:
    """'60–70%: 1/1 · 80–90%: 5/6': per bin, hits out of count."""
    return " · ".join(
        f"{b['bin'] * 10}–{(b['bin'] + 1) * 10}%: {b['observed'] * b['n']:g}/{b['n']}" for b in card["calibration"]
    ) or "—"


def horizons_text(card: dict) -> str:
    """'1–12 months: 7 (100%)': per horizon, predictions and hit rate."""
    return " · ".join(
        f"{h['horizon']}: {h['predictions']} ({percent(h['hit_rate']) if h['scored'] else 'pending'})"
        for h in card["horizons"]
    ) or "—"


def flat(card: dict) -> dict:
    """A card as one CSV row: calibration and horizons as JSON text."""
    row = {k: v for k, v in card.items() if k not in ("calibration", "horizons")}
    row["calibration"] = json.dumps(
        [{k: b[k] for k in ("bin_low", "bin_high", "n", "mean_probability", "observed")} for b in card["calibration"]]
    )
    row["horizons"] = json.dumps(
        [{k: h[k] for k in ("horizon", "predictions", "scored", "hit_rate", "brier")} for h in card["horizons"]],
        ensure_ascii=False,
    )
    return row
