"""The record format: pydantic models are the schema of every YAML file in a collection.

A collection is a folder with ``speakers.yaml``, ``institutions.yaml``, an optional
``questions.yaml`` (resolvable questions that several speakers' predictions link to) and one file
per source article under ``sources/``. ``quotes schema`` turns these models into
``schema/record.schema.json``; field descriptions become its documentation.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Annotated, Optional

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from .slugs import slugify  # noqa: F401  (quotes.models.slugify, as before)

Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=120),
    Field(description="A stable identifier: lower-case letters, digits and hyphens."),
]
NonEmpty = Annotated[str, StringConstraints(min_length=1, strip_whitespace=False)]

# A web address with a host: the only kind of link the site renders. `javascript:`, `data:` or
# `file:` URLs would become live links on the published pages (stored XSS).
WEB_URL = re.compile(r"^https?://[^\s/?#\\]+[^\s]*$", re.IGNORECASE)


def web_url(value: str) -> str:
    if not WEB_URL.match(value):
        shown = value if len(value) <= 60 else value[:57] + "..."
        raise ValueError(f"only http:// and https:// URLs are allowed, not {shown!r}")
    return value


WebUrl = Annotated[NonEmpty, AfterValidator(web_url), Field(json_schema_extra={"pattern": WEB_URL.pattern})]


class Record(BaseModel):
    # Unknown fields are errors: a typo must not silently drop data.
    model_config = ConfigDict(extra="forbid", use_enum_values=True, defer_build=True)


class SpeakerKind(str, Enum):
    person = "person"
    organization = "organization"
    group = "group"
    anonymous = "anonymous"


# Labels for unnamed people ("experts", "a senior US official"): not one identifiable speaker, so
# they are never ranked among named forecasters nor cited as authors.
UNNAMED_SPEAKER_KINDS = (SpeakerKind.group.value, SpeakerKind.anonymous.value)


class Form(str, Enum):
    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"


class ClaimType(str, Enum):
    prediction = "prediction"
    explanation = "explanation"
    assessment = "assessment"
    recommendation = "recommendation"
    fact = "fact"
    other = "other"


CLAIM_TYPE_DEFINITIONS = {
    "prediction": "A statement about the future, including pledges, threats and stated intentions.",
    "explanation": "A causal account of why something happened or is so.",
    "assessment": "A judgement of how things stand now, without a causal account.",
    "recommendation": "What someone should do.",
    "fact": "A checkable statement of what happened or is the case.",
    "other": "Anything else: questions, reactions, statements not worth typing further.",
}


class Review(str, Enum):
    draft = "draft"
    reviewed = "reviewed"


class DeadlineBasis(str, Enum):
    explicit = "explicit"
    event_bounded = "event_bounded"
    implied = "implied"
    default = "default"


class Outcome(str, Enum):
    true = "true"
    false = "false"
    partial = "partial"
    ambiguous = "ambiguous"
    annulled = "annulled"


class Side(str, Enum):
    yes = "yes"
    no = "no"


class Verdict(str, Enum):
    agree = "agree"
    dispute = "dispute"


class Speaker(Record):
    """A person, organisation or unnamed group that speaks."""

    id: Slug
    name: NonEmpty = Field(description="Name as usually printed, e.g. 'Choi Kang', or a descriptor for unnamed sources: 'a senior US official'.")
    kind: SpeakerKind = Field(description="person | organization | group | anonymous.")
    family: Optional[str] = Field(None, description="Family name, for citations (Korean names: family name first, so 'Choi' for Choi Kang).")
    given: Optional[str] = Field(None, description="Given name(s), for citations ('Kang' for Choi Kang).")
    aliases: list[str] = Field(default_factory=list, description="Other spellings and short forms by which articles refer to the speaker.")
    wikidata: Optional[Annotated[str, StringConstraints(pattern=r"^Q[0-9]+$")]] = Field(None, description="Wikidata item id, e.g. Q42.")
    description: Optional[str] = Field(None, description="One line on who this is.")

    @model_validator(mode="after")
    def name_parts_belong_to_people(self):
        if (self.family or self.given) and self.kind != SpeakerKind.person.value:
            raise ValueError("family/given name parts are only for kind: person")
        return self


class Institution(Record):
    """An organisation a speaker belongs to when they speak."""

    id: Slug
    name: NonEmpty = Field(description="Name as printed, e.g. 'Sejong Institute'.")
    kind: Optional[str] = Field(None, description="think tank, university, government, company, media, international organisation, military, …")
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-2 country code, e.g. KR.")
    aliases: list[str] = Field(default_factory=list, description="Other names and abbreviations.")
    wikidata: Optional[Annotated[str, StringConstraints(pattern=r"^Q[0-9]+$")]] = Field(None, description="Wikidata item id.")
    url: Optional[WebUrl] = Field(None, description="Home page (http or https).")


class Evidence(Record):
    url: WebUrl = Field(description="Where the evidence is published (http or https).")
    outlet: Optional[str] = Field(None, description="Publisher of the evidence.")
    published: Optional[dt.date] = Field(None, description="Publication date of the evidence.")
    excerpt: Optional[str] = Field(None, description="A short verbatim excerpt that settles the question.")


class ResolutionReview(Record):
    """A second resolver's check of a resolution: agree, or dispute it until it is settled.

    A dispute stands until the same reviewer agrees in a later review or a new resolution
    supersedes the disputed one; meanwhile the question is ``disputed`` and not scored.
    """

    reviewer: NonEmpty = Field(description="Who reviewed the resolution: someone other than its resolver.")
    verdict: Verdict = Field(description="agree | dispute.")
    reviewed_on: dt.date = Field(description="When the review was recorded.")
    outcome: Optional[Outcome] = Field(None, description="For a dispute: the outcome the reviewer would record instead, if any.")
    rationale: NonEmpty = Field(description="Why the reviewer agrees or disputes, in a sentence or two.")
    evidence: list[Evidence] = Field(default_factory=list, description="Reports the reviewer relied on.")


class Resolution(Record):
    outcome: Outcome = Field(description="true | false | partial | ambiguous | annulled (e.g. a condition that failed).")
    resolved_on: dt.date = Field(description="When the outcome was recorded.")
    resolver: Optional[str] = Field(None, description="Who recorded it.")
    confidence: Optional[float] = Field(None, ge=0, le=1, description="The resolver's confidence that this outcome is right under the criteria (0–1).")
    rationale: NonEmpty = Field(description="Why this outcome, in a sentence or two.")
    early: Optional[NonEmpty] = Field(None, description="Why a false outcome was certain before the deadline passed (required for one).")
    evidence: list[Evidence] = Field(default_factory=list, description="Reports that show the outcome.")
    reviews: list[ResolutionReview] = Field(default_factory=list, description="Append-only checks by other resolvers: agree or dispute.")

    @model_validator(mode="after")
    def reviews_by_someone_else(self):
        for review in self.reviews:
            if self.resolver is None:
                raise ValueError("a reviewed resolution names its resolver, so a review is by someone else")
            if review.reviewer.strip().casefold() == self.resolver.strip().casefold():
                raise ValueError(f"review by {review.reviewer!r}, the resolver: a review is by someone else")
            if review.reviewed_on < self.resolved_on:
                raise ValueError(f"review of {review.reviewed_on} is earlier than the resolution ({self.resolved_on})")
            if review.outcome is not None:
                same = review.outcome == self.outcome
                if review.verdict == Verdict.agree.value and not same:
                    raise ValueError(f"an agreeing review has the resolution's outcome ({self.outcome}), not {review.outcome}")
                if review.verdict == Verdict.dispute.value and same:
                    raise ValueError("a disputing review's outcome differs from the resolution's (leave it out to dispute the rationale or evidence)")
        return self


class ResolutionCriteria(Record):
    yes: NonEmpty = Field(description="What would show the proposition came true.")
    no: NonEmpty = Field(description="What would show it did not.")


class Prediction(Record):
    """What a prediction claims, in a form that can later be resolved.

    Linked to a shared question (``question`` and ``side``), it is settled by that question's
    deadline, criteria and resolutions and carries none of its own; otherwise it is a one-off,
    its own question, with its own deadline, criteria and resolutions.
    """

    question: Optional[Slug] = Field(None, description="Id of a question in questions.yaml that settles this prediction; its deadline, criteria and resolutions apply.")
    side: Optional[Side] = Field(None, description="With question: the answer the speaker forecast, yes or no.")
    proposition: NonEmpty = Field(description="The resolvable statement, written by an editor; true means the speaker was right.")
    hedge: Optional[str] = Field(None, description="The speaker's own words of likelihood: 'likely', 'will', 'could'.")
    probability: Optional[float] = Field(None, ge=0, le=1, allow_inf_nan=False, description="Only when the speaker gave a number (0–1): the probability of the speaker's side.")
    deadline: Optional[dt.date] = Field(None, description="By when the proposition is to be judged (one-off predictions only).")
    deadline_basis: Optional[DeadlineBasis] = Field(None, description="explicit (speaker's date) | event_bounded (until an event) | implied | default (editor's convention).")
    condition: Optional[str] = Field(None, description="For 'if X then Y': X, in the speaker's terms. A failed condition annuls the prediction.")
    resolution_criteria: Optional[ResolutionCriteria] = Field(None, description="How YES and how NO would be shown (one-off predictions only).")
    resolutions: list[Resolution] = Field(default_factory=list, description="Append-only history; the last one counts (one-off predictions only).")

    @model_validator(mode="after")
    def deadline_needs_basis(self):
        if self.deadline is not None and self.deadline_basis is None:
            raise ValueError("deadline_basis is required when a deadline is set")
        return self


class Quote(Record):
    """One attributed statement."""

    id: Slug = Field(description="Stable id; never reused, survives edits. The quote's URL is /quotes/quotes/<id>.")
    speaker: Slug = Field(description="Speaker id from speakers.yaml.")
    title: Optional[str] = Field(None, description="Role the speaker held at the time, as printed ('acting president'); null when not given.")
    institution: Optional[Slug] = Field(None, description="Institution id from institutions.yaml, as held at the time.")
    text: NonEmpty = Field(description="The reported content; for direct quotes verbatim, without outer quotation marks.")
    form: Form = Field(description="direct | indirect | mixed.")
    claim_type: ClaimType = Field(description="prediction | explanation | assessment | recommendation | fact | other.")
    via: Optional[str] = Field(None, description="The outlet that first reported a second-hand quote ('Reuters').")
    topics: list[str] = Field(default_factory=list, description="Subject tags.")
    review: Review = Field(Review.draft, description="draft (machine or unchecked) | reviewed (checked by a person).")
    start: Optional[int] = Field(None, ge=0, description="Character offset of text in the archived source text.")
    end: Optional[int] = Field(None, ge=0, description="End offset (exclusive) in the archived source text.")
    prediction: Optional[Prediction] = Field(None, description="Only for claim_type: prediction.")

    @model_validator(mode="after")
    def prediction_only_for_predictions(self):
        """A prediction block only on a prediction. A prediction without its block is allowed,
        reviewed or not: the bundled collection records predictions that are not (yet) tracked
        as resolvable. A file cut off before its quotes is caught by ``quotes:`` being required."""
        if self.prediction is not None and self.claim_type != ClaimType.prediction.value:
            raise ValueError("prediction is only allowed when claim_type is prediction")
        if (self.start is None) != (self.end is None):
            raise ValueError("start and end go together")
        if self.start is not None and self.end <= self.start:
            raise ValueError("end must be greater than start")
        return self


class Source(Record):
    """The article the quotes come from."""

    id: Slug
    # Required but nullable: a draft from a text file without a `url:` header has no URL, and an
    # invented one (`file:article.txt`) would be a link to nowhere on the published pages.
    url: Optional[WebUrl] = Field(description="Where the article is published (http or https); null when unknown.")
    outlet: NonEmpty = Field(description="Publisher as printed: 'The Korea Herald'.")
    title: Optional[str] = Field(None, description="Headline; null when unknown — never invented.")
    description: Optional[str] = Field(
        None,
        description="A plain, factual description of the article, for citing it when its headline is unknown: "
        "citations print it in square brackets in the title's place; it is never presented as the title.",
    )
    published: Optional[dt.date] = Field(None, description="Publication date; null when unknown.")
    authors: list[str] = Field(default_factory=list, description="Bylines, as printed.")
    language: Optional[str] = Field("en", description="BCP 47 language tag.")
    accessed: Optional[dt.date] = Field(None, description="When the article was read.")
    text: Optional[str] = Field(None, description="Path, relative to the collection, of an archived plain-text copy used to verify direct quotes.")

    @field_validator("text")
    @classmethod
    def text_path_is_relative(cls, value):
        if value is not None and (value.startswith("/") or ".." in value.split("/")):
            raise ValueError("text must be a path inside the collection")
        return value


class Question(Record):
    """A resolvable question that predictions by several speakers link to.

    One resolution settles every linked prediction. A conditional question (``condition``) is
    resolved ``annulled`` when its condition fails, which annuls every prediction on it.
    """

    id: Slug = Field(description="Stable id; never reused. Predictions name it in prediction.question.")
    question: NonEmpty = Field(description="The question, answerable yes or no: 'Will North Korea launch an ICBM in 2022?'")
    deadline: dt.date = Field(description="By when the question is to be judged.")
    deadline_basis: Optional[DeadlineBasis] = Field(None, description="explicit (a date in the question) | event_bounded (until an event) | implied | default (editor's convention).")
    condition: Optional[str] = Field(None, description="For a conditional question: what must hold for it to be judged; annulled when it fails.")
    resolution_criteria: ResolutionCriteria = Field(description="How YES and how NO would be shown.")
    topics: list[str] = Field(default_factory=list, description="Subject tags.")
    resolutions: list[Resolution] = Field(default_factory=list, description="Append-only history; the last one counts for every linked prediction.")


class QuestionsFile(Record):
    """questions.yaml."""

    questions: list[Question] = Field(default_factory=list)


class SourceFile(Record):
    """A file under sources/: one article and the statements quoted in it."""

    source: Source
    # Required, even when empty (`quotes: []`): a file cut off after its source block must not
    # pass as an article without quotes.
    quotes: list[Quote] = Field(description="The statements quoted in the article; `quotes: []` when none are recorded yet.")


class SpeakersFile(Record):
    """speakers.yaml."""

    speakers: list[Speaker] = Field(default_factory=list)


class InstitutionsFile(Record):
    """institutions.yaml."""

    institutions: list[Institution] = Field(default_factory=list)


