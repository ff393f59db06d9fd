CREATE TABLE "sources" (
   "id" TEXT PRIMARY KEY,
   "label" TEXT NOT NULL,
   "url" TEXT,
   "outlet" TEXT NOT NULL,
   "title" TEXT,
   "description" TEXT,
   "published" TEXT,
   "authors" TEXT,
   "language" TEXT,
   "accessed" TEXT,
   "text_path" TEXT,
   "record_file" TEXT
);

CREATE TABLE "speakers" (
   "id" TEXT PRIMARY KEY,
   "name" TEXT NOT NULL,
   "kind" TEXT NOT NULL,
   "family" TEXT,
   "given" TEXT,
   "aliases" TEXT,
   "wikidata" TEXT,
   "description" TEXT,
   "wikidata_candidates" TEXT
);

CREATE TABLE "institutions" (
   "id" TEXT PRIMARY KEY,
   "name" TEXT NOT NULL,
   "kind" TEXT,
   "country" TEXT,
   "aliases" TEXT,
   "wikidata" TEXT,
   "url" TEXT
);

CREATE TABLE "quotes" (
   "id" TEXT PRIMARY KEY,
   "source_id" TEXT NOT NULL REFERENCES "sources"("id"),
   "speaker_id" TEXT NOT NULL REFERENCES "speakers"("id"),
   "title" TEXT,
   "institution_id" TEXT REFERENCES "institutions"("id"),
   "text" TEXT NOT NULL,
   "form" TEXT NOT NULL,
   "claim_type" TEXT NOT NULL,
   "via" TEXT,
   "topics" TEXT,
   "review" TEXT NOT NULL,
   "char_start" INTEGER,
   "char_end" INTEGER,
   "provenance" TEXT NOT NULL,
   "speaker_probability" REAL,
   "num_occurrences" INTEGER,
   "occurrence_urls" TEXT,
   "context_left" TEXT,
   "context_right" TEXT
);

CREATE TABLE "questions" (
   "id" TEXT PRIMARY KEY,
   "question" TEXT NOT NULL,
   "deadline" TEXT,
   "deadline_basis" TEXT,
   "condition" TEXT,
   "resolution_yes" TEXT,
   "resolution_no" TEXT,
   "topics" TEXT,
   "shared" INTEGER NOT NULL,
   "record_file" TEXT
);

CREATE TABLE "predictions" (
   "quote_id" TEXT PRIMARY KEY REFERENCES "quotes"("id"),
   "question_id" TEXT NOT NULL REFERENCES "questions"("id"),
   "side" TEXT NOT NULL,
   "proposition" TEXT NOT NULL,
   "hedge" TEXT,
   "probability" REAL,
   "condition" TEXT
);

CREATE TABLE "resolutions" (
   "id" TEXT PRIMARY KEY,
   "question_id" TEXT NOT NULL REFERENCES "questions"("id"),
   "seq" INTEGER NOT NULL,
   "outcome" TEXT NOT NULL,
   "resolved_on" TEXT NOT NULL,
   "resolver" TEXT,
   "confidence" REAL,
   "rationale" TEXT,
   "early" TEXT
);

CREATE TABLE "resolution_reviews" (
   "id" TEXT PRIMARY KEY,
   "resolution_id" TEXT NOT NULL REFERENCES "resolutions"("id"),
   "seq" INTEGER NOT NULL,
   "reviewer" TEXT NOT NULL,
   "verdict" TEXT NOT NULL,
   "outcome" TEXT,
   "reviewed_on" TEXT NOT NULL,
   "rationale" TEXT
);

CREATE TABLE "evidence" (
   "id" TEXT PRIMARY KEY,
   "resolution_id" TEXT NOT NULL REFERENCES "resolutions"("id"),
   "review_id" TEXT REFERENCES "resolution_reviews"("id"),
   "url" TEXT NOT NULL,
   "outlet" TEXT,
   "published" TEXT,
   "excerpt" TEXT
);

CREATE TABLE "yardsticks" (
   "name" TEXT PRIMARY KEY,
   "is_default" INTEGER NOT NULL,
   "source" TEXT
);

CREATE TABLE "hedge_probabilities" (
   "yardstick" TEXT NOT NULL REFERENCES "yardsticks"("name"),
   "hedge" TEXT NOT NULL,
   "probability" REAL,
   PRIMARY KEY ("yardstick", "hedge")
);

CREATE TABLE "quotes_full" (
   "number" INTEGER PRIMARY KEY,
   "id" TEXT NOT NULL REFERENCES "quotes"("id"),
   "text" TEXT NOT NULL,
   "speaker" TEXT NOT NULL,
   "title" TEXT,
   "institution" TEXT,
   "outlet" TEXT NOT NULL,
   "published" TEXT,
   "year" TEXT,
   "form" TEXT NOT NULL,
   "claim_type" TEXT NOT NULL,
   "via" TEXT,
   "topics" TEXT,
   "review" TEXT,
   "provenance" TEXT NOT NULL
);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker, title, institution, outlet,
    content='', tokenize='unicode61 remove_diacritics 2'
);

CREATE INDEX "idx_speakers_name"
    ON "speakers" ("name");

CREATE INDEX "idx_institutions_name"
    ON "institutions" ("name");

CREATE INDEX "idx_quotes_source_id"
    ON "quotes" ("source_id");

CREATE INDEX "idx_quotes_speaker_id"
    ON "quotes" ("speaker_id");

CREATE INDEX [idx_quotes_institution_id] ON [quotes] ([institution_id]) WHERE [institution_id] IS NOT NULL;

CREATE INDEX "idx_questions_deadline"
    ON "questions" ("deadline");

CREATE INDEX "idx_predictions_question_id"
    ON "predictions" ("question_id");

CREATE INDEX "idx_resolutions_question_id_seq"
    ON "resolutions" ("question_id", "seq");

CREATE INDEX "idx_resolution_reviews_resolution_id_seq"
    ON "resolution_reviews" ("resolution_id", "seq");

CREATE INDEX "idx_evidence_resolution_id"
    ON "evidence" ("resolution_id");

CREATE INDEX "idx_evidence_review_id"
    ON "evidence" ("review_id");

CREATE INDEX "idx_hedge_probabilities_hedge"
    ON "hedge_probabilities" ("hedge");

CREATE UNIQUE INDEX "idx_quotes_full_id"
    ON "quotes_full" ("id");

CREATE INDEX "idx_quotes_full_speaker"
    ON "quotes_full" ("speaker");

CREATE INDEX "idx_quotes_full_outlet"
    ON "quotes_full" ("outlet");

CREATE INDEX "idx_quotes_full_year"
    ON "quotes_full" ("year");

CREATE INDEX "idx_quotes_full_published"
    ON "quotes_full" ("published");

CREATE INDEX "idx_quotes_full_claim_type"
    ON "quotes_full" ("claim_type");

CREATE INDEX "idx_quotes_full_form"
    ON "quotes_full" ("form");

CREATE INDEX "idx_quotes_full_provenance"
    ON "quotes_full" ("provenance");

CREATE INDEX [idx_quotes_full_institution] ON [quotes_full] ([institution]) WHERE [institution] IS NOT NULL;

CREATE VIEW "latest_resolutions" AS SELECT r.* FROM resolutions r
WHERE r.seq = (SELECT max(seq) FROM resolutions r2 WHERE r2.question_id = r.question_id);

CREATE VIEW "latest_reviews" AS SELECT v.* FROM resolution_reviews v
WHERE v.seq = (SELECT max(seq) FROM resolution_reviews v2 WHERE v2.resolution_id = v.resolution_id AND v2.reviewer = v.reviewer);

CREATE VIEW "questions_status" AS SELECT
    q.id AS question_id, q.question, q.deadline, q.deadline_basis, q.condition, q.resolution_yes,
    q.resolution_no, q.shared,
    CASE WHEN lr.outcome IS NOT NULL AND coalesce(rv.disputes, 0) > 0 THEN 'disputed' WHEN lr.outcome IS NOT NULL THEN 'resolved' WHEN q.deadline IS NOT NULL AND q.deadline < date('now') THEN 'due' ELSE 'open' END AS status,
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
) rv ON rv.resolution_id = lr.id;

CREATE VIEW "resolution_agreement" AS SELECT
    count(*) AS reviewed_questions, coalesce(sum(reviewers), 0) AS reviews,
    coalesce(sum(agreements), 0) AS agreements, coalesce(sum(disputes), 0) AS disputes,
    1.0 * sum(agreements) / sum(reviewers) AS agreement
FROM questions_status WHERE reviewers > 0;

CREATE VIEW "predictions_status" AS SELECT
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
JOIN speakers s ON s.id = q.speaker_id
JOIN sources src ON src.id = q.source_id
LEFT JOIN institutions i ON i.id = q.institution_id;

CREATE VIEW "open_predictions" AS SELECT * FROM predictions_status WHERE status = 'open';

CREATE VIEW "due_predictions" AS SELECT * FROM predictions_status WHERE status = 'due';

CREATE VIEW "base_rate" AS SELECT
    count(*) AS questions,
    avg(CASE outcome WHEN 'true' THEN 1.0 WHEN 'false' THEN 0.0 WHEN 'partial' THEN 0.5 END) AS base_rate
FROM questions_status
WHERE status = 'resolved' AND outcome IN ('true', 'false', 'partial') AND predictions > 0;

CREATE VIEW "prediction_scores" AS SELECT *, CASE WHEN peers > 0 THEN log_score - peers_log / peers END AS peer_score
FROM (
    SELECT *,
        count(log_score) OVER question - count(log_score) OVER speaker_question AS peers,
        coalesce(sum(log_score) OVER question, 0) - coalesce(sum(log_score) OVER speaker_question, 0) AS peers_log
    FROM (
        SELECT *,
            (hit * (1 - probability) * (1 - probability) + (1 - hit) * probability * probability) AS brier,
            (hit * ln(min(max(probability, 0.001), 0.999)) + (1 - hit) * ln(1 - min(max(probability, 0.001), 0.999))) AS log_score,
            CASE WHEN hit IS NOT NULL THEN 0.25 END AS brier_chance,
            (hit * (1 - base_rate_side) * (1 - base_rate_side) + (1 - hit) * base_rate_side * base_rate_side) AS brier_base_rate,
            (hit * (1 - hedge_probability) * (1 - hedge_probability) + (1 - hit) * hedge_probability * hedge_probability) AS brier_yardstick,
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
);

CREATE VIEW "scorecard_rows" AS SELECT 'speaker' AS grouping, speaker_id AS group_id, speaker AS group_name, ps.* FROM prediction_scores ps
UNION ALL
SELECT 'institution', institution_id, institution, ps.* FROM prediction_scores ps WHERE institution_id IS NOT NULL
UNION ALL
SELECT 'all', 'all', 'all predictions', ps.* FROM prediction_scores ps;

CREATE VIEW "scorecard_decomposition" AS SELECT
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
GROUP BY g.yardstick, g.grouping, g.group_id;

CREATE VIEW "scorecards" AS SELECT
    c.yardstick, c.grouping, c.group_id, group_name, predictions, resolved, scored, hits, misses, partial,
    CASE WHEN scored > 0 THEN 'scored' WHEN resolved > disputed THEN 'unscorable' ELSE 'pending' END AS status,
    hit_rate,
    CASE WHEN binary_n > 0 THEN
        (hit_rate + 3.8415999999999997 / (2.0 * binary_n)
         - 1.96 * sqrt(hit_rate * (1 - hit_rate) / binary_n + 3.8415999999999997 / (4.0 * binary_n * binary_n)))
        / (1 + 3.8415999999999997 / binary_n) END AS hit_rate_low,
    CASE WHEN binary_n > 0 THEN
        (hit_rate + 3.8415999999999997 / (2.0 * binary_n)
         + 1.96 * sqrt(hit_rate * (1 - hit_rate) / binary_n + 3.8415999999999997 / (4.0 * binary_n * binary_n)))
        / (1 + 3.8415999999999997 / binary_n) END AS hit_rate_high,
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
LEFT JOIN scorecard_decomposition d ON d.yardstick = c.yardstick AND d.grouping = c.grouping AND d.group_id = c.group_id;

CREATE VIEW "scorecard_calibration" AS SELECT
    yardstick, grouping, group_id, group_name, bin,
    bin / 10.0 AS bin_low, (bin + 1) / 10.0 AS bin_high,
    count(*) AS n, avg(probability) AS mean_probability, avg(hit) AS observed
FROM scorecard_rows
WHERE hit IS NOT NULL AND probability IS NOT NULL
GROUP BY yardstick, grouping, group_id, bin;

CREATE VIEW "scorecard_horizons" AS SELECT
    yardstick, grouping, group_id, group_name, horizon,
    count(*) AS predictions, count(hit) AS scored,
    avg(CASE WHEN hit IN (0, 1) THEN hit END) AS hit_rate,
    avg(brier) AS brier
FROM scorecard_rows
WHERE horizon IS NOT NULL
GROUP BY yardstick, grouping, group_id, horizon;

CREATE VIEW "speaker_scorecards" AS SELECT * FROM scorecards WHERE grouping = 'speaker' AND yardstick = (SELECT name FROM yardsticks WHERE is_default = 1);

CREATE VIEW "institution_scorecards" AS SELECT * FROM scorecards WHERE grouping = 'institution' AND yardstick = (SELECT name FROM yardsticks WHERE is_default = 1);
