CREATE TABLE "sources" (
   "id" TEXT PRIMARY KEY,
   "label" TEXT NOT NULL,
   "url" TEXT NOT NULL,
   "outlet" TEXT NOT NULL,
   "title" TEXT,
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

CREATE TABLE "predictions" (
   "quote_id" TEXT PRIMARY KEY REFERENCES "quotes"("id"),
   "proposition" TEXT NOT NULL,
   "hedge" TEXT,
   "probability" REAL,
   "deadline" TEXT,
   "deadline_basis" TEXT,
   "condition" TEXT,
   "resolution_yes" TEXT,
   "resolution_no" TEXT
);

CREATE TABLE "resolutions" (
   "id" TEXT PRIMARY KEY,
   "prediction_id" TEXT NOT NULL REFERENCES "predictions"("quote_id"),
   "seq" INTEGER NOT NULL,
   "outcome" TEXT NOT NULL,
   "resolved_on" TEXT NOT NULL,
   "resolver" TEXT,
   "rationale" TEXT
);

CREATE TABLE "evidence" (
   "id" TEXT PRIMARY KEY,
   "resolution_id" TEXT NOT NULL REFERENCES "resolutions"("id"),
   "url" TEXT NOT NULL,
   "outlet" TEXT,
   "published" TEXT,
   "excerpt" TEXT
);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker, title, institution, outlet,
    content='', tokenize='unicode61 remove_diacritics 2'
);

CREATE INDEX "idx_sources_published"
    ON "sources" ("published");

CREATE INDEX "idx_sources_outlet"
    ON "sources" ("outlet");

CREATE INDEX "idx_speakers_name"
    ON "speakers" ("name");

CREATE INDEX "idx_institutions_name"
    ON "institutions" ("name");

CREATE INDEX "idx_quotes_source_id"
    ON "quotes" ("source_id");

CREATE INDEX "idx_quotes_speaker_id"
    ON "quotes" ("speaker_id");

CREATE INDEX "idx_quotes_institution_id"
    ON "quotes" ("institution_id");

CREATE INDEX "idx_quotes_claim_type"
    ON "quotes" ("claim_type");

CREATE INDEX "idx_quotes_form"
    ON "quotes" ("form");

CREATE INDEX "idx_quotes_provenance"
    ON "quotes" ("provenance");

CREATE INDEX "idx_predictions_deadline"
    ON "predictions" ("deadline");

CREATE INDEX "idx_resolutions_prediction_id_seq"
    ON "resolutions" ("prediction_id", "seq");

CREATE INDEX "idx_evidence_resolution_id"
    ON "evidence" ("resolution_id");

CREATE VIEW "quotes_full" AS SELECT
    q.id, q.text, s.name AS speaker, s.kind AS speaker_kind, q.title, i.name AS institution,
    src.outlet, src.published, substr(src.published, 1, 4) AS year, src.url, src.title AS source_title,
    q.form, q.claim_type, q.via, q.topics, q.review, q.provenance,
    q.source_id, q.speaker_id, q.institution_id, q.rowid AS quote_rowid
FROM quotes q
JOIN speakers s ON s.id = q.speaker_id
JOIN sources src ON src.id = q.source_id
LEFT JOIN institutions i ON i.id = q.institution_id;

CREATE VIEW "latest_resolutions" AS SELECT r.* FROM resolutions r
WHERE r.seq = (SELECT max(seq) FROM resolutions r2 WHERE r2.prediction_id = r.prediction_id);

CREATE VIEW "predictions_status" AS SELECT
    p.quote_id, s.name AS speaker, q.title, i.name AS institution, p.proposition, p.hedge,
    p.probability, p.deadline, p.deadline_basis, p.condition,
    CASE
        WHEN lr.outcome IS NOT NULL THEN 'resolved'
        WHEN p.deadline IS NOT NULL AND p.deadline < date('now') THEN 'due'
        ELSE 'open'
    END AS status,
    lr.outcome, lr.resolved_on, q.text, src.outlet, src.published,
    q.speaker_id, q.institution_id
FROM predictions p
JOIN quotes q ON q.id = p.quote_id
JOIN speakers s ON s.id = q.speaker_id
JOIN sources src ON src.id = q.source_id
LEFT JOIN institutions i ON i.id = q.institution_id
LEFT JOIN latest_resolutions lr ON lr.prediction_id = p.quote_id;

CREATE VIEW "open_predictions" AS SELECT * FROM predictions_status WHERE status = 'open';

CREATE VIEW "due_predictions" AS SELECT * FROM predictions_status WHERE status = 'due';
