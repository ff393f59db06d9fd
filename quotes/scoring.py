"""Score predictions: how often each speaker and institution was right, and how well calibrated.

The formulas live in one place, the SQL views below, which :mod:`quotes.db` creates in every
database; ``quotes scoreboard``, the Datasette scorecard pages and a researcher's own SQL all read
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
Z = 1.96  # two-sided 95%

# The per-prediction facts every score is built from: one row per prediction per yardstick.
PREDICTION_SCORES_SQL = """
SELECT *,
    (probability - hit) * (probability - hit) AS brier,
    hit * ln(min(max(probability, 0.001), 0.999))
        + (1 - hit) * ln(1 - min(max(probability, 0.001), 0.999)) AS log_score,
    min(CAST(probability * 10 + 1e-9 AS INTEGER), 9) AS bin  -- the epsilon keeps 0.7 in bin 7 whatever its binary rounding
FROM (
    SELECT
        y.name AS yardstick, p.quote_id, q.speaker_id, s.name AS speaker,
        q.institution_id, i.name AS institution, p.proposition, p.hedge,
        p.probability AS stated_probability,
        coalesce(p.probability, hp.probability) AS probability,
        CASE WHEN p.probability IS NOT NULL THEN 'stated'
             WHEN hp.probability IS NOT NULL THEN 'hedge' END AS probability_basis,
        src.published AS stated_on, p.deadline,
        CASE
            WHEN p.deadline IS NULL OR src.published IS NULL THEN NULL
            WHEN p.deadline < date(src.published, '+1 month') THEN '< 1 month'
            WHEN p.deadline <= date(src.published, '+12 months') THEN '1–12 months'
            ELSE '> 12 months'
        END AS horizon,
        lr.outcome, lr.resolved_on,
        CASE lr.outcome WHEN 'true' THEN 1.0 WHEN 'false' THEN 0.0 WHEN 'partial' THEN 0.5 END AS hit
    FROM predictions p
    CROSS JOIN yardsticks y
    JOIN quotes q ON q.id = p.quote_id
    JOIN speakers s ON s.id = q.speaker_id
    JOIN sources src ON src.id = q.source_id
    LEFT JOIN institutions i ON i.id = q.institution_id
    LEFT JOIN hedge_probabilities hp ON hp.yardstick = y.name AND hp.hedge = p.hedge
    LEFT JOIN latest_resolutions lr ON lr.prediction_id = p.quote_id
)
"""

# Each prediction counted once for its speaker, once for its institution, once overall.
SCORECARD_ROWS_SQL = """
SELECT 'speaker' AS grouping, speaker_id AS group_id, speaker AS group_name, ps.* FROM prediction_scores ps
UNION ALL
SELECT 'institution', institution_id, institution, ps.* FROM prediction_scores ps WHERE institution_id IS NOT NULL
UNION ALL
SELECT 'all', 'all', 'all predictions', ps.* FROM prediction_scores ps
"""

# Wilson score interval on the hit rate (hits may include halves from partial outcomes).
SCORECARDS_SQL = f"""
SELECT
    yardstick, grouping, group_id, group_name, predictions, resolved, scored, hits,
    CASE WHEN scored = 0 THEN 'pending' ELSE 'scored' END AS status,
    hit_rate,
    CASE WHEN scored > 0 THEN
        (hit_rate + {Z * Z} / (2.0 * scored)
         - {Z} * sqrt(hit_rate * (1 - hit_rate) / scored + {Z * Z} / (4.0 * scored * scored)))
        / (1 + {Z * Z} / scored) END AS hit_rate_low,
    CASE WHEN scored > 0 THEN
        (hit_rate + {Z * Z} / (2.0 * scored)
         + {Z} * sqrt(hit_rate * (1 - hit_rate) / scored + {Z * Z} / (4.0 * scored * scored)))
        / (1 + {Z * Z} / scored) END AS hit_rate_high,
    brier_n, brier, log_score
FROM (
    SELECT
        yardstick, grouping, group_id, group_name,
        count(*) AS predictions, count(outcome) AS resolved, count(hit) AS scored,
        coalesce(sum(hit), 0) AS hits, sum(hit) / count(hit) AS hit_rate,
        count(brier) AS brier_n, avg(brier) AS brier, avg(log_score) AS log_score
    FROM scorecard_rows
    GROUP BY yardstick, grouping, group_id
)
"""

# Reliability: per bin of probability, how many predictions and how often they came true.
CALIBRATION_SQL = """
SELECT
    yardstick, grouping, group_id, group_name, bin,
    bin / 10.0 AS bin_low, (bin + 1) / 10.0 AS bin_high,
    count(*) AS n, avg(probability) AS mean_probability, avg(hit) AS observed
FROM scorecard_rows
WHERE hit IS NOT NULL AND probability IS NOT NULL
GROUP BY yardstick, grouping, group_id, bin
"""

HORIZONS_SQL = """
SELECT
    yardstick, grouping, group_id, group_name, horizon,
    count(*) AS predictions, count(hit) AS scored, sum(hit) / count(hit) AS hit_rate,
    avg(brier) AS brier
FROM scorecard_rows
WHERE horizon IS NOT NULL
GROUP BY yardstick, grouping, group_id, horizon
"""

DEFAULT_ONLY = "yardstick = (SELECT name FROM yardsticks WHERE is_default = 1)"

# Created in this order by quotes.db after its own views (they use latest_resolutions).
SCORING_VIEWS: dict[str, str] = {
    "prediction_scores": PREDICTION_SCORES_SQL,
    "scorecard_rows": SCORECARD_ROWS_SQL,
    "scorecards": SCORECARDS_SQL,
    "scorecard_calibration": CALIBRATION_SQL,
    "scorecard_horizons": HORIZONS_SQL,
    # The researcher's two questions, on the default yardstick.
    "speaker_scorecards": f"SELECT * FROM scorecards WHERE grouping = 'speaker' AND {DEFAULT_ONLY}",
    "institution_scorecards": f"SELECT * FROM scorecards WHERE grouping = 'institution' AND {DEFAULT_ONLY}",
}


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
