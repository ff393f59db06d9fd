"""Every SQL view of a quotes database, in the order they are created, and the one join they share.

One module owns them so a view can only depend on views above it: the prediction views first,
then the scoring views (:mod:`quotes.scoring` explains the rules; the formulas are here, once),
then the researcher's shortcuts. ``quotes build`` creates them all in every database; the CLI,
the Datasette pages and a researcher's own SQL read the same views, so they cannot disagree.

:data:`QUOTES_JOINED` is the quote with its speaker, source and institution (:data:`QUOTE_JOINS`
once a quote ``q`` is in the FROM clause): the FROM clause of
``quotes_full`` (:mod:`quotes.db`), of the prediction and scoring views and of citations
(:mod:`quotes.cite`), written once. Aliases: ``q`` quotes, ``s`` speakers, ``src`` sources,
``i`` institutions.
"""

from __future__ import annotations

# What joins to a quote ``q``; also after ``FROM predictions p JOIN quotes q ON ...``, so a view
# over a few predictions starts from them (SQLite keeps the order around a LEFT JOIN).
QUOTE_JOINS = """JOIN speakers s ON s.id = q.speaker_id
JOIN sources src ON src.id = q.source_id
LEFT JOIN institutions i ON i.id = q.institution_id"""
QUOTES_JOINED = "quotes q\n" + QUOTE_JOINS
INDENTED_JOINS = QUOTE_JOINS.replace("\n", "\n    ")
Z = 1.96  # two-sided 95%


def status_sql(outcome: str, deadline: str, today: str) -> str:
    """The one rule for a prediction's status, as SQL: resolved (it has an outcome), due
    (deadline passed, unresolved) or open. ``quotes predictions --by`` passes its own today."""
    return (
        f"CASE WHEN {outcome} IS NOT NULL THEN 'resolved' "
        f"WHEN {deadline} IS NOT NULL AND {deadline} < {today} THEN 'due' ELSE 'open' END"
    )


# The last resolution of each prediction counts; earlier ones stay as history.
LATEST_RESOLUTIONS_SQL = """
SELECT r.* FROM resolutions r
WHERE r.seq = (SELECT max(seq) FROM resolutions r2 WHERE r2.prediction_id = r.prediction_id)
"""

PREDICTIONS_STATUS_SQL = f"""
SELECT
    p.quote_id, s.name AS speaker, q.title, i.name AS institution, p.proposition, p.hedge,
    p.probability, p.deadline, p.deadline_basis, p.condition,
    {status_sql("lr.outcome", "p.deadline", "date('now')")} AS status,
    lr.outcome, lr.resolved_on, q.text, src.outlet, src.published,
    q.speaker_id, q.institution_id
FROM predictions p
JOIN quotes q ON q.id = p.quote_id
{QUOTE_JOINS}
LEFT JOIN latest_resolutions lr ON lr.prediction_id = p.quote_id
"""

# The per-prediction facts every score is built from: one row per prediction per yardstick.
PREDICTION_SCORES_SQL = f"""
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
    {INDENTED_JOINS}
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

# Created in this order: each view reads only tables and the views above it.
VIEWS: dict[str, str] = {
    "latest_resolutions": LATEST_RESOLUTIONS_SQL,
    "predictions_status": PREDICTIONS_STATUS_SQL,
    "open_predictions": "SELECT * FROM predictions_status WHERE status = 'open'",
    "due_predictions": "SELECT * FROM predictions_status WHERE status = 'due'",
    "prediction_scores": PREDICTION_SCORES_SQL,
    "scorecard_rows": SCORECARD_ROWS_SQL,
    "scorecards": SCORECARDS_SQL,
    "scorecard_calibration": CALIBRATION_SQL,
    "scorecard_horizons": HORIZONS_SQL,
    # The researcher's two questions, on the default yardstick.
    "speaker_scorecards": f"SELECT * FROM scorecards WHERE grouping = 'speaker' AND {DEFAULT_ONLY}",
    "institution_scorecards": f"SELECT * FROM scorecards WHERE grouping = 'institution' AND {DEFAULT_ONLY}",
}
