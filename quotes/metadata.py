"""Datasette metadata for a quotes database: titles, descriptions, facets, search, canned queries.

Column descriptions come from the pydantic field descriptions where a column mirrors a record
field, so the record schema and the published database document themselves from one text.
"""

from __future__ import annotations

from pydantic import BaseModel

from .models import (
    CLAIM_TYPE_DEFINITIONS, Evidence, Institution, Prediction, Question, Quote, Resolution, ResolutionCriteria,
    ResolutionReview, Source, Speaker,
)

LICENSE = "CC BY 4.0 (records); quoted words remain their speakers' and publishers'"
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"


def described(model: type[BaseModel], renames: dict[str, str] | None = None, extra: dict[str, str] | None = None) -> dict[str, str]:
    """Column descriptions from a model's fields; ``renames`` maps column -> field."""
    renames = renames or {}
    fields = model.model_fields
    columns = {}
    for name, field in fields.items():
        if field.description:
            columns[name] = field.description
    for column, field_name in renames.items():
        columns.pop(field_name, None)
        if fields[field_name].description:
            columns[column] = fields[field_name].description
    columns.update(extra or {})
    return columns


CLAIM_TYPES = " ".join(f"{name}: {text}" for name, text in CLAIM_TYPE_DEFINITIONS.items())

QUOTE_COLUMNS = described(
    Quote,
    renames={"speaker_id": "speaker", "institution_id": "institution", "char_start": "start", "char_end": "end"},
    extra={
        "id": Quote.model_fields["id"].description,
        "source_id": "The article the quote comes from.",
        "claim_type": CLAIM_TYPES,
        "provenance": "curated (a reviewed collection in git) or machine (bulk-imported, e.g. Quotebank).",
        "speaker_probability": "For machine attributions: the attributor's probability for the speaker.",
        "num_occurrences": "For Quotebank quotes: in how many articles the quotation was found.",
        "occurrence_urls": "For Quotebank quotes: the other articles it was found in (JSON list); the source is the earliest.",
        "context_left": "For Quotebank article quotes: the text just before the quotation.",
        "context_right": "For Quotebank article quotes: the text just after the quotation.",
    },
)
QUOTE_COLUMNS.pop("prediction", None)

VIEW_COLUMNS = {
    "speaker": "Who said it.",
    "institution": "Institution of the speaker at the time.",
    "outlet": "Publisher of the source article.",
    "published": "Publication date of the source article.",
    "year": "Year of publication.",
    "speaker_kind": "person | organization | group | anonymous.",
    "url": "Where the source article is published.",
    "source_title": "Headline of the source article; null when unknown.",
    "status": "disputed (a reviewer disputes the outcome; not scored) | resolved (has an outcome) | due (deadline passed, unresolved) | open.",
    "outcome": "The last resolution's outcome, for the speaker's claim: on side 'no' a question resolved true is false.",
    "question_outcome": "The last resolution's outcome, for the question.",
}


SCORECARD_COLUMNS = {
    "grouping": "speaker, institution or all.",
    "predictions": "Predictions made.",
    "resolved": "Predictions whose question has an outcome (disputed ones included).",
    "scored": "Resolved true, false or partial and not disputed (ambiguous and annulled are not scored).",
    "hits": "Outcomes true.",
    "misses": "Outcomes false.",
    "partial": "Outcomes partial: scored as half true, half false; not in the hit rate.",
    "status": "scored; pending (nothing resolved yet, or only disputed); unscorable (only ambiguous or annulled).",
    "hit_rate": "hits / (hits + misses): true and false outcomes only.",
    "hit_rate_low": "Wilson 95% interval, lower bound (true and false outcomes only).",
    "hit_rate_high": "Wilson 95% interval, upper bound.",
    "brier": "Mean squared error of the probability (0 best, 1 worst); partial as half true, half false.",
    "log_score": "Mean natural log of the probability given to what happened (0 best).",
    "mean_probability": "Mean probability of the scored predictions.",
    "mean_outcome": "Mean outcome of the scored predictions (partial 0.5).",
    "overconfidence": "Mean probability minus mean outcome: positive is more sure than right.",
    "skill_chance": "Brier skill against always saying 50%: 1 - Brier / 0.25 (above 0 beats it).",
    "skill_base_rate": "Brier skill against the base rate of resolved questions (the share that came out yes, for the speaker's side).",
    "yardstick_n": "Scored predictions whose hedge the yardstick reads.",
    "skill_yardstick": "Brier skill against the yardstick's reading of the hedge (0 when the probability is that reading).",
    "peer_n": "Scored predictions on questions that other speakers also forecast.",
    "peer_score": "Mean peer score: log score minus the mean log score of the other speakers on the same question (Metaculus's peer score, in nats).",
    "reliability": "Murphy decomposition: reliability (0 best), over groups of equal probability.",
    "resolution": "Murphy decomposition: resolution (higher is better).",
    "uncertainty": "Murphy decomposition: uncertainty of the outcomes, o(1 - o). Brier = reliability - resolution + uncertainty.",
    "disputed": "Predictions whose outcome a reviewer disputes (not scored until settled).",
}


def metadata(database: str = "quotes") -> dict:
    """The metadata dict Datasette takes, for a database published as ``database``."""
    quote_facets = ["claim_type", "form", "provenance", "speaker_id", "institution_id", "source_id"]
    return {
        "title": "quotes: what experts said in the news",
        "description": (
            "Attributed statements from news articles: who said it, in what role, where, what kind "
            "of claim it was and, for predictions, whether it came true. Built from a curated "
            "YAML collection; read-only."
        ),
        "license": LICENSE,
        "license_url": LICENSE_URL,
        "source": "quotes collection",
        "databases": {
            database: {
                "description": "The quotes collection, rebuilt from its YAML records.",
                "tables": {
                    "quotes": {
                        "description": "One row per attributed statement. Search covers the words, speaker, title, institution and outlet.",
                        "columns": QUOTE_COLUMNS,
                        "facets": quote_facets,
                        "sortable_columns": ["id", "source_id", "speaker_id", "claim_type", "form", "review"],
                        "fts_table": "quotes_fts",
                        "fts_pk": "rowid",
                    },
                    "quotes_full": {
                        "title": "Quotes",
                        "description": "Quotes with speaker, institution and source joined: the researcher's main table.",
                        "columns": {
                            **QUOTE_COLUMNS, **VIEW_COLUMNS,
                            "number": "The quote's rowid, in quotes and the search index: the order of search results.",
                        },
                        "facets": ["claim_type", "form", "speaker", "institution", "outlet", "year", {"array": "topics"}],
                        "sortable_columns": ["published", "speaker", "institution", "outlet", "claim_type", "form"],
                        "fts_table": "quotes_fts",
                        "fts_pk": "rowid",
                    },
                    "speakers": {
                        "description": "People, organisations and unnamed groups that speak.",
                        "columns": {
                            **described(Speaker),
                            "wikidata_candidates": "For Quotebank speakers whose name several people share: every Wikidata id it may mean (JSON list).",
                        },
                        "label_column": "name",
                        "facets": ["kind"],
                    },
                    "institutions": {
                        "description": "Institutions speakers belonged to when they spoke.",
                        "columns": described(Institution),
                        "label_column": "name",
                        "facets": ["kind", "country"],
                    },
                    "sources": {
                        "description": "The articles quotes come from.",
                        "columns": described(
                            Source,
                            renames={"text_path": "text"},
                            extra={
                                "label": "Outlet and date, as the source is named where referenced.",
                                "record_file": "The YAML file in the collection that holds this source.",
                                "authors": "Bylines, as printed (JSON list).",
                            },
                        ),
                        "label_column": "label",
                        "facets": ["outlet", "language"],
                    },
                    "questions": {
                        "description": "Resolvable questions: shared ones from questions.yaml (shared = 1) and each one-off prediction's own (shared = 0, id = the quote's id).",
                        "columns": described(
                            Question,
                            extra={
                                "resolution_yes": ResolutionCriteria.model_fields["yes"].description,
                                "resolution_no": ResolutionCriteria.model_fields["no"].description,
                                "topics": "Subject tags (JSON list).",
                                "shared": "1: a question in questions.yaml that predictions link to; 0: a one-off prediction's own question.",
                                "record_file": "The YAML file in the collection that holds this question.",
                            },
                        ),
                        "label_column": "question",
                        "facets": ["shared", "deadline_basis"],
                        "sortable_columns": ["deadline"],
                    },
                    "predictions": {
                        "description": "Resolvable propositions drawn from quotes whose claim type is prediction, each settled by a question.",
                        "columns": described(
                            Prediction,
                            extra={
                                "quote_id": "The quote this prediction comes from.",
                                "question_id": "The question that settles it: a shared one, or its own (the quote's id).",
                                "side": "The answer the speaker forecast: yes or no ('yes' for a one-off prediction, whose question is its proposition).",
                            },
                        ),
                        "label_column": "proposition",
                        "facets": ["side", "hedge"],
                        "sortable_columns": ["probability"],
                    },
                    "resolutions": {
                        "description": "Append-only outcomes of questions; the highest seq counts for every prediction on the question.",
                        "columns": described(Resolution, extra={"id": "Question id, '-r' and seq: stable while the history is only appended to.", "question_id": "The question resolved.", "seq": "Order in the question's history, from 1."}),
                        "facets": ["outcome"],
                    },
                    "resolution_reviews": {
                        "description": "Second resolvers' checks of resolutions: agree or dispute; a standing dispute makes the question disputed and unscored.",
                        "columns": described(ResolutionReview, extra={"id": "Resolution id, '-v' and the review's place in its list.", "resolution_id": "The resolution reviewed.", "seq": "Order in the resolution's reviews, from 1."}),
                        "facets": ["verdict"],
                    },
                    "evidence": {
                        "description": "Reports that settle a resolution, or that a review relied on.",
                        "columns": described(Evidence, extra={"id": "Resolution (or review) id, '-e' and the evidence's place in its list.", "resolution_id": "The resolution this supports or, with review_id, the resolution reviewed.", "review_id": "The review that cites it; null for a resolution's own evidence."}),
                    },
                    "predictions_status": {
                        "description": "Every prediction with its status and latest outcome.",
                        "columns": {**described(Prediction), **VIEW_COLUMNS},
                        "facets": ["status", "outcome", "speaker", "institution"],
                    },
                    "open_predictions": {"description": "Unresolved predictions whose deadline has not passed."},
                    "due_predictions": {"description": "Unresolved predictions whose deadline has passed."},
                    "latest_resolutions": {"description": "The resolution that counts for each question."},
                    "latest_reviews": {"description": "Each reviewer's last word on each resolution: a later agree withdraws a dispute."},
                    "questions_status": {"description": "Every question with its status, latest outcome, resolver's confidence, reviews (agreements, disputes) and number of predictions.", "facets": ["status", "outcome", "shared"]},
                    "resolution_agreement": {"description": "How often second resolvers agreed with the resolution that counts (each reviewer's last word)."},
                    # Scorecards (quotes.scoring); charts and evidence on the /-/scorecards pages.
                    "speaker_scorecards": {
                        "description_html": 'Per speaker, on the ICD 203 yardstick: hit rate with its Wilson 95% interval, Brier and log score. <a href="/-/scorecards">Scorecards with calibration charts</a>.',
                        "columns": SCORECARD_COLUMNS,
                    },
                    "institution_scorecards": {
                        "description_html": 'Per institution, on the ICD 203 yardstick. <a href="/-/scorecards">Scorecards with calibration charts</a>.',
                        "columns": SCORECARD_COLUMNS,
                    },
                    "scorecards": {"description": "Scorecards for every yardstick and grouping (speaker, institution, all).", "columns": SCORECARD_COLUMNS, "facets": ["yardstick", "grouping"]},
                    "scorecard_calibration": {"description": "Calibration bins of 10% of probability (not folded): count, mean probability, share that came true."},
                    "scorecard_horizons": {"description": "Scores by horizon from statement to deadline: < 1 month, 1–12 months, > 12 months."},
                    "prediction_scores": {"description": "Each prediction scored on each yardstick: probability used, outcome value (partial 0.5), Brier and log score (partial as half true, half false), the references' Brier scores (chance, base rate, yardstick), peer score, bin, horizon.", "facets": ["yardstick", "outcome", "horizon"]},
                    "base_rate": {"description": "The share of resolved questions that came out yes (partial counts half): the base-rate reference."},
                    "scorecard_decomposition": {"description": "Murphy's decomposition of each card's Brier score: reliability - resolution + uncertainty."},
                    "yardsticks": {"description": "Verbal-probability scales a hedge can be read on; is_default marks the one the views use."},
                    "hedge_probabilities": {"description": "What each yardstick makes of each hedge in the collection (null: the scale has no reading)."},
                },
                "queries": {
                    "quotes_by_speaker": {
                        "title": "Quotes by speaker",
                        "description": "Every quote by a speaker whose name contains the text given.",
                        "sql": (
                            "select id, text, speaker, title, institution, outlet, published, claim_type, form "
                            "from quotes_full where speaker like '%' || :speaker || '%' "
                            "order by published, id"
                        ),
                    },
                    "predictions_due_by_date": {
                        "title": "Predictions due by date",
                        "description": "Unresolved predictions whose deadline falls on or before the date given (YYYY-MM-DD).",
                        "sql": (
                            "select quote_id, speaker, institution, proposition, hedge, probability, deadline, deadline_basis "
                            "from predictions_status where outcome is null and deadline <= :date "
                            "order by deadline, quote_id"
                        ),
                    },
                },
            }
        },
    }
