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
Z = 1.96  # two-sided 95%


def status_sql(outcome: str, deadline: str, today: str, disputes: str = "0") -> str:
    """The one rule for a question's (and so a prediction's) status, as SQL: disputed (its outcome
    is disputed by a reviewer), resolved (it has an outcome), due (deadline passed, unresolved) or
    open. ``quotes predictions --by`` passes its own today."""
    return (
        f"CASE WHEN {outcome} IS NOT NULL AND coalesce({disputes}, 0) > 0 THEN 'disputed' "
        f"WHEN {outcome} IS NOT NULL THEN 'resolved' "
        f"WHEN {deadline} IS NOT NULL AND {deadline} < {today} THEN 'due' ELSE 'open' END"
    )


# The last resolution of each question counts; earlier ones stay as history.
LATEST_RESOLUTIONS_SQL = """
SELECT r.* FROM resolutions r
WHERE r.seq = (SELECT max(seq) FROM resolutions r2 WHERE r2.question_id = r.question_id)
"""

# Each reviewer's last word on each resolution: a later agree withdraws an earlier dispute.
LATEST_REVIEWS_SQL = """
SELECT v.* FROM resolution_reviews v
WHERE v.seq = (SELECT max(seq) FROM resolution_reviews v2 WHERE v2.resolution_id = v.resolution_id AND v2.reviewer = v.reviewer)
"""

QUESTIONS_STATUS_SQL = f"""
SELECT
    q.id AS question_id, q.question, q.deadline, q.deadline_basis, q.condition, q.resolution_yes,
    q.resolution_no, q.shared,
    {status_sql("lr.outcome", "q.deadline", "date('now')", "rv.disputes")} AS status,
    lr.outcome, lr.resolved_on, lr.resolver, lr.confidence, lr.id AS resolution_id,
    coalesce(rv.reviewers, 0) AS reviewers, coalesce(rv.agreements, 0) AS agreements,
    coalesce(rv.disputes, 0) AS disputes,
    (SELECT count(*) FROM predictions p WHERE p.question_id = q.id) AS predictions
FROM questions q
LEFT JOIN latest_resolutions lr ON lr.question_id = q.id
LEFT JOIN (
    SELECT resolution_id, count(*) AS reviewers, sum(verdict = 'agree') AS agreements,
        sum(verdict = 'dispute') AS disputes
    FROM latest_reviews GROUP BY resolution_id
) rv ON rv.resolution_id = lr.id
"""

# How often a second resolver agreed with the resolution that counts (each reviewer's last word).
RESOLUTION_AGREEMENT_SQL = """
SELECT
    count(*) AS reviewed_questions, coalesce(sum(reviewers), 0) AS reviews,
    coalesce(sum(agreements), 0) AS agreements, coalesce(sum(disputes), 0) AS disputes,
    1.0 * sum(agreements) / sum(reviewers) AS agreement
FROM questions_status WHERE reviewers > 0
"""

# A prediction's outcome is that of the speaker's claim: on side 'no', a question resolved
# 'true' proves the speaker wrong. partial, ambiguous and annulled read the same from both sides.
PREDICTIONS_STATUS_SQL = f"""
SELECT
    p.quote_id, p.question_id, p.side, s.name AS speaker, q.title, i.name AS institution, p.proposition,
    p.hedge, p.probability, qs.deadline, qs.deadline_basis, coalesce(p.condition, qs.condition) AS condition,
    qs.status,
    CASE WHEN p.side = 'no' AND qs.outcome = 'true' THEN 'false'
         WHEN p.side = 'no' AND qs.outcome = 'false' THEN 'true' ELSE qs.outcome END AS outcome,
    qs.outcome AS question_outcome, qs.resolved_on, qs.disputes,
    q.text, src.outlet, src.published, q.speaker_id, q.institution_id
FROM predictions p
JOIN questions_status qs ON qs.question_id = p.question_id
JOIN quotes q ON q.id = p.quote_id
{QUOTE_JOINS}
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
        y.name AS yardstick, p.quote_id, p.question_id, p.side, p.speaker_id, p.speaker,
        p.institution_id, p.institution, p.proposition, p.hedge,
        p.probability AS stated_probability,
        coalesce(p.probability, hp.probability) AS probability,
        CASE WHEN p.probability IS NOT NULL THEN 'stated'
             WHEN hp.probability IS NOT NULL THEN 'hedge' END AS probability_basis,
        p.published AS stated_on, p.deadline,
        CASE
            WHEN p.deadline IS NULL OR p.published IS NULL THEN NULL
            WHEN p.deadline < date(p.published, '+1 month') THEN '< 1 month'
            WHEN p.deadline <= date(p.published, '+12 months') THEN '1–12 months'
            ELSE '> 12 months'
        END AS horizon,
        p.status, p.outcome, p.resolved_on,
        -- A disputed outcome is not scored until it is settled.
        CASE WHEN p.status = 'resolved' THEN
            CASE p.outcome WHEN 'true' THEN 1.0 WHEN 'false' THEN 0.0 WHEN 'partial' THEN 0.5 END
        END AS hit
    FROM predictions_status p
    CROSS JOIN yardsticks y
    LEFT JOIN hedge_probabilities hp ON hp.yardstick = y.name AND hp.hedge = p.hedge
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
    "latest_reviews": LATEST_REVIEWS_SQL,
    "questions_status": QUESTIONS_STATUS_SQL,
    "resolution_agreement": RESOLUTION_AGREEMENT_SQL,
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
