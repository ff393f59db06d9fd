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


def expected(rule: str, probability: str, outcome: str = "hit") -> str:
    """SQL for the expected score of ``probability`` when the outcome is true with weight
    ``outcome`` (1, 0, or 0.5 for partial): Brier (0 best) or natural log score (0 best,
    probabilities clamped to [0.001, 0.999]). Null when either is null."""
    if rule == "brier":
        return f"({outcome} * (1 - {probability}) * (1 - {probability}) + (1 - {outcome}) * {probability} * {probability})"
    clamped = f"min(max({probability}, 0.001), 0.999)"
    return f"({outcome} * ln({clamped}) + (1 - {outcome}) * ln(1 - {clamped}))"


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

# How often resolved questions came out "yes" (partial counts half): the base-rate reference.
# In-sample (it knows how the questions it scores turned out), so it is a hard yardstick to beat.
BASE_RATE_SQL = """
SELECT
    count(*) AS questions,
    avg(CASE outcome WHEN 'true' THEN 1.0 WHEN 'false' THEN 0.0 WHEN 'partial' THEN 0.5 END) AS base_rate
FROM questions_status
WHERE status = 'resolved' AND outcome IN ('true', 'false', 'partial') AND predictions > 0
"""

# The per-prediction facts every score is built from: one row per prediction per yardstick.
# `hit` is what happened to the speaker's claim: 1 true, 0 false, 0.5 partial. A partial outcome
# is scored as half a true and half a false outcome, so every score below is the expectation
# hit * score(true) + (1 - hit) * score(false): Brier hit(1 - p)² + (1 - hit)p², never the
# (p - 0.5)² that would reward a middling hedge. References, each scored the same way: chance
# (0.5), the base rate (of the speaker's side) and the yardstick's reading of the hedge. The peer
# score is the log score minus the mean log score of the other speakers' predictions on the same
# question (the Metaculus peer score, in nats and unscaled); null without another speaker.
PREDICTION_SCORES_SQL = f"""
SELECT *, CASE WHEN peers > 0 THEN log_score - peers_log / peers END AS peer_score
FROM (
    SELECT *,
        count(log_score) OVER question - count(log_score) OVER speaker_question AS peers,
        coalesce(sum(log_score) OVER question, 0) - coalesce(sum(log_score) OVER speaker_question, 0) AS peers_log
    FROM (
        SELECT *,
            {expected("brier", "probability")} AS brier,
            {expected("log", "probability")} AS log_score,
            CASE WHEN hit IS NOT NULL THEN 0.25 END AS brier_chance,
            {expected("brier", "base_rate_side")} AS brier_base_rate,
            {expected("brier", "hedge_probability")} AS brier_yardstick,
            min(CAST(probability * 10 + 1e-9 AS INTEGER), 9) AS bin  -- the epsilon keeps 0.7 in bin 7 whatever its binary rounding
        FROM (
            SELECT
                y.name AS yardstick, p.quote_id, p.question_id, p.side, p.speaker_id, p.speaker,
                p.institution_id, p.institution, p.proposition, p.hedge,
                p.probability AS stated_probability,
                coalesce(p.probability, hp.probability) AS probability,
                CASE WHEN p.probability IS NOT NULL THEN 'stated'
                     WHEN hp.probability IS NOT NULL THEN 'hedge' END AS probability_basis,
                hp.probability AS hedge_probability,
                CASE p.side WHEN 'no' THEN 1 - b.base_rate ELSE b.base_rate END AS base_rate_side,
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
            CROSS JOIN base_rate b
            LEFT JOIN hedge_probabilities hp ON hp.yardstick = y.name AND hp.hedge = p.hedge
        )
    )
    WINDOW question AS (PARTITION BY yardstick, question_id),
        speaker_question AS (PARTITION BY yardstick, question_id, speaker_id)
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

# Murphy's (1973) decomposition of the Brier score, BS = reliability - resolution + uncertainty,
# over the groups of predictions that share a probability (hedges read on a yardstick give few
# distinct values, so the identity is exact, with no within-bin term). o_k is the mean outcome of
# group k (partial 0.5), o the overall mean: reliability = Σ n_k (p_k - o_k)² / N, resolution =
# Σ n_k (o_k - o)² / N, uncertainty = o(1 - o).
DECOMPOSITION_SQL = """
SELECT
    g.yardstick, g.grouping, g.group_id,
    sum(g.n * (g.p - g.o) * (g.p - g.o)) / t.n AS reliability,
    sum(g.n * (g.o - t.o) * (g.o - t.o)) / t.n AS resolution,
    t.o * (1 - t.o) AS uncertainty
FROM (
    SELECT yardstick, grouping, group_id, probability AS p, count(*) AS n, avg(hit) AS o
    FROM scorecard_rows WHERE brier IS NOT NULL
    GROUP BY yardstick, grouping, group_id, probability
) g
JOIN (
    SELECT yardstick, grouping, group_id, count(*) AS n, avg(hit) AS o
    FROM scorecard_rows WHERE brier IS NOT NULL
    GROUP BY yardstick, grouping, group_id
) t ON t.yardstick = g.yardstick AND t.grouping = g.grouping AND t.group_id = g.group_id
GROUP BY g.yardstick, g.grouping, g.group_id
"""

# The hit rate and its Wilson 95% interval count only true and false outcomes (a binomial
# count); partial outcomes are counted apart and enter the Brier and log scores as half and half.
# Brier skill score against a reference: 1 - Σ Brier / Σ reference Brier, over the predictions
# both score (above 0 beats the reference). Overconfidence: mean probability minus mean outcome.
SCORECARDS_SQL = f"""
SELECT
    c.yardstick, c.grouping, c.group_id, group_name, predictions, resolved, scored, hits, misses, partial,
    CASE WHEN scored > 0 THEN 'scored' WHEN resolved > disputed THEN 'unscorable' ELSE 'pending' END AS status,
    hit_rate,
    CASE WHEN binary_n > 0 THEN
        (hit_rate + {Z * Z} / (2.0 * binary_n)
         - {Z} * sqrt(hit_rate * (1 - hit_rate) / binary_n + {Z * Z} / (4.0 * binary_n * binary_n)))
        / (1 + {Z * Z} / binary_n) END AS hit_rate_low,
    CASE WHEN binary_n > 0 THEN
        (hit_rate + {Z * Z} / (2.0 * binary_n)
         + {Z} * sqrt(hit_rate * (1 - hit_rate) / binary_n + {Z * Z} / (4.0 * binary_n * binary_n)))
        / (1 + {Z * Z} / binary_n) END AS hit_rate_high,
    brier_n, brier, log_score, mean_probability, mean_outcome, mean_probability - mean_outcome AS overconfidence,
    1 - brier / 0.25 AS skill_chance,
    CASE WHEN base_rate_ref > 0 THEN 1 - base_rate_brier / base_rate_ref END AS skill_base_rate,
    yardstick_n,
    CASE WHEN yardstick_ref > 0 THEN 1 - yardstick_brier / yardstick_ref END AS skill_yardstick,
    peer_n, peer_score, d.reliability, d.resolution, d.uncertainty, disputed
FROM (
    SELECT
        yardstick, grouping, group_id, group_name,
        count(*) AS predictions, count(outcome) AS resolved, count(hit) AS scored,
        count(CASE WHEN hit = 1 THEN 1 END) AS hits, count(CASE WHEN hit = 0 THEN 1 END) AS misses,
        count(CASE WHEN hit = 0.5 THEN 1 END) AS partial,
        count(CASE WHEN hit IN (0, 1) THEN 1 END) AS binary_n,
        avg(CASE WHEN hit IN (0, 1) THEN hit END) AS hit_rate,
        count(CASE WHEN status = 'disputed' THEN 1 END) AS disputed,
        count(brier) AS brier_n, avg(brier) AS brier, avg(log_score) AS log_score,
        avg(CASE WHEN brier IS NOT NULL THEN probability END) AS mean_probability,
        avg(CASE WHEN brier IS NOT NULL THEN hit END) AS mean_outcome,
        sum(CASE WHEN brier_base_rate IS NOT NULL THEN brier END) AS base_rate_brier,
        sum(CASE WHEN brier IS NOT NULL THEN brier_base_rate END) AS base_rate_ref,
        count(CASE WHEN brier IS NOT NULL THEN brier_yardstick END) AS yardstick_n,
        sum(CASE WHEN brier_yardstick IS NOT NULL THEN brier END) AS yardstick_brier,
        sum(CASE WHEN brier IS NOT NULL THEN brier_yardstick END) AS yardstick_ref,
        count(peer_score) AS peer_n, avg(peer_score) AS peer_score
    FROM scorecard_rows
    GROUP BY yardstick, grouping, group_id
) c
LEFT JOIN scorecard_decomposition d ON d.yardstick = c.yardstick AND d.grouping = c.grouping AND d.group_id = c.group_id
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
    count(*) AS predictions, count(hit) AS scored,
    avg(CASE WHEN hit IN (0, 1) THEN hit END) AS hit_rate,
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
    "base_rate": BASE_RATE_SQL,
    "prediction_scores": PREDICTION_SCORES_SQL,
    "scorecard_rows": SCORECARD_ROWS_SQL,
    "scorecard_decomposition": DECOMPOSITION_SQL,
    "scorecards": SCORECARDS_SQL,
    "scorecard_calibration": CALIBRATION_SQL,
    "scorecard_horizons": HORIZONS_SQL,
    # The researcher's two questions, on the default yardstick.
    "speaker_scorecards": f"SELECT * FROM scorecards WHERE grouping = 'speaker' AND {DEFAULT_ONLY}",
    "institution_scorecards": f"SELECT * FROM scorecards WHERE grouping = 'institution' AND {DEFAULT_ONLY}",
}
