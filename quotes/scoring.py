"""Score predictions: how often each speaker and institution was right, how well calibrated,
and how they compare with each other and with simple references.

The formulas live in one place, the SQL views of :mod:`quotes.views` (``base_rate``,
``prediction_scores``, ``scorecard_decomposition``, ``scorecards``, ``scorecard_calibration``,
``scorecard_horizons``), which every database has; ``quotes scoreboard``, the Datasette scorecard
pages and a researcher's own SQL all read them, so they cannot disagree. Only the bootstrap
intervals are computed here, in Python: resampling needs a seeded random number generator, and
SQLite's ``random()`` cannot be seeded, so the same database would give different intervals.

Rules:

- Every prediction is settled by its question (a shared one, or its own); the last resolution
  counts, and a disputed one is not scored until settled. ``true`` scores 1, ``false`` 0;
  ``ambiguous`` and ``annulled`` (e.g. a condition that failed) are not scored.
- ``partial`` is scored as half a true and half a false outcome: Brier ½(1 − p)² + ½p², log score
  ½ln p + ½ln(1 − p). Scoring it as an outcome of 0.5 would reward a middling hedge: the seed's
  q01 ("likely", read as 0.675) would score (0.675 − 0.5)² = 0.031 partial against
  (1 − 0.675)² = 0.106 true, better for being half wrong. Here it scores 0.281, between true (0.106)
  and false (0.456); a 0.5 forecast scores 0.25 whatever happens, as always.
- The hit rate and its Wilson 95% interval count only true and false (a binomial count);
  partial outcomes are counted apart.
- The probability is the speaker's own number when they gave one, else their hedge read
  through a yardstick (:mod:`quotes.yardsticks`; ICD 203 midpoints by default). A denial
  ("would not") is scored like any claim: the proposition is written as the speaker's claim, and
  the hedge's confidence is that of its positive form. On a shared question the probability is
  that of the speaker's side.
- Brier score (0 best, 1 worst); log score (mean natural log of the probability given to what
  happened, 0 best; probabilities clamped to [0.001, 0.999]); calibration in ten bins, not folded,
  each with its count; a breakdown by horizon (deadline minus the statement's publication date).
- Comparisons: the **peer score** of a prediction is its log score minus the mean log score of the
  other speakers' predictions on the same question (the Metaculus peer score,
  https://www.metaculus.com/help/scores-faq/ "What is the Peer score?", for one forecast per
  forecaster, in nats and without Metaculus's factor of 100); positive beats the others, and the
  peer scores on a question sum to zero. **Brier skill scores** 1 − BS / BS_ref against chance
  (0.5), the base rate (the share of resolved questions that came out yes, partial half, read for
  the speaker's side; in-sample) and the yardstick's reading of the hedge (0 when the probability
  is that reading; it tells whether speakers' own numbers beat their words). Above 0 beats the
  reference.
- Murphy's decomposition, Brier = reliability − resolution + uncertainty, over the groups of
  predictions sharing a probability (exact), and overconfidence = mean probability − mean outcome
  (positive: more sure than right), per speaker, institution and overall.
- Bootstrap 95% intervals (percentile, :data:`BOOTSTRAP_SAMPLES` resamples of the card's scored
  predictions, seeded by the card's name) on the Brier and log scores.
- A card with nothing scored is ``pending`` (nothing resolved yet, or only disputed) or
  ``unscorable`` (resolved, but only ambiguous or annulled), never 0%. A rank needs
  :data:`quotes.standings.MIN_SCORED_FOR_RANK` scored predictions.

    >>> from quotes.db import load_database
    >>> from quotes.scoring import scoreboard
    >>> db = load_database("quotes/collection")          # doctest: +SKIP
    >>> [card["group_name"] for card in scoreboard(db)]  # doctest: +SKIP
"""

from __future__ import annotations

import json
import random
from typing import Iterator

from .yardsticks import DEFAULT_YARDSTICK, YARDSTICKS, load_yardstick, probability_of

GROUPINGS = ("speaker", "institution", "all")
HORIZONS = ("< 1 month", "1–12 months", "> 12 months")
BOOTSTRAP_SAMPLES = 2000


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
            "ORDER BY status != 'scored', scored DESC, brier IS NULL, brier, group_name",
            params,
        )
    ]
    calibration = rows_by_group(db, f"SELECT * FROM scorecard_calibration {where} ORDER BY bin", params)
    horizons = rows_by_group(db, f"SELECT * FROM scorecard_horizons {where}", params)
    scored = rows_by_group(
        db, f"SELECT group_id, brier, log_score FROM scorecard_rows {where} AND brier IS NOT NULL ORDER BY quote_id", params
    )
    for card in cards:
        card["calibration"] = calibration.get(card["group_id"], [])
        card["horizons"] = sorted(horizons.get(card["group_id"], []), key=lambda h: HORIZONS.index(h["horizon"]))
        rows = scored.get(card["group_id"], [])
        seed = f"{yardstick}:{by}:{card['group_id']}"
        for score in ("brier", "log_score"):
            card[f"{score}_low"], card[f"{score}_high"] = bootstrap_interval([r[score] for r in rows], seed)
    return cards


def bootstrap_interval(values: list[float], seed: str, samples: int = BOOTSTRAP_SAMPLES) -> tuple[float | None, float | None]:
    """Percentile 95% interval of the mean of ``values``, from ``samples`` resamples with replacement.

    Seeded by ``seed`` (a string: Python seeds it through SHA-512, the same on every run and
    machine), so a database always prints the same interval. (None, None) without values.
    """
    if not values:
        return None, None
    rng = random.Random(seed)
    n = len(values)
    means = sorted(sum(rng.choices(values, k=n)) / n for _ in range(samples))
    return means[int(0.025 * samples)], means[int(0.975 * samples) - 1]


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
    """'67%' (of true and false outcomes), or the card's status when nothing is scored yet:
    'pending' (unresolved) or 'unscorable' (only ambiguous or annulled) — never 0%."""
    return card["status"] if card["status"] != "scored" else percent(card["hit_rate"])


def interval_text(card: dict) -> str:
    """The Wilson 95% interval: '21–94%'."""
    if card["hit_rate_low"] is None:
        return "—"
    return f"{percent(card['hit_rate_low'])[:-1]}–{percent(card['hit_rate_high'])}"


def number(value: float | None, signed: bool = False) -> str:
    """'0.136', '+0.458' with ``signed``, or '—' for nothing."""
    return "—" if value is None else f"{value:+.3f}" if signed else f"{value:.3f}"


def score_interval_text(card: dict, score: str) -> str:
    """A score's bootstrap 95% interval: '0.016–0.391', '-2.079 to -0.134'."""
    low, high = card[f"{score}_low"], card[f"{score}_high"]
    if low is None:
        return "—"
    return f"{low:.3f} to {high:.3f}" if low < 0 or high < 0 else f"{low:.3f}–{high:.3f}"


def peer_text(card: dict) -> str:
    """The mean peer score and on how many predictions: '+0.120 (n=4)', or '—' without peers."""
    return "—" if not card["peer_n"] else f"{card['peer_score']:+.3f} (n={card['peer_n']})"


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
