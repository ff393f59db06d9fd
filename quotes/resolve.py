"""Record the outcome of a question or a one-off prediction: append a resolution, with its
evidence, to its record file (``questions.yaml``, or the source file of the prediction's quote).

Resolutions are append-only: a later one supersedes an earlier one and both stay in the history.
One resolution of a shared question settles every prediction linked to it; a linked prediction
cannot be resolved on its own. A conditional question or prediction whose condition failed is
resolved ``annulled`` (not scored). A second resolver's review (agree or dispute) is appended
to the resolution that counts (:func:`review`), by the same splice.

The edit touches nothing else in the file. Re-dumping the whole round-trip tree would rewrite
some values (``title: null`` becomes ``title:``), so the new resolution is rendered with the
collection's ruamel.yaml settings and spliced in as lines at the place the tree reports, in the
file's own line endings (CRLF stays CRLF) and keeping a missing final newline missing; the
result is parsed and validated again, and the file is replaced atomically only if it has not
changed on disk since it was read.

:func:`resolve` holds an exclusive lock on the record file (:func:`collection.locked`) from
reading to writing, so two resolutions recorded at once are both kept. A read-only record file
(mode without write bits, even for root) or folder is refused, not replaced.

A ``false`` outcome recorded on or before the deadline says the event can no longer happen: it
is refused unless the editor gives ``early``, the reason, which is stored in the resolution.

    >>> from quotes.resolve import resolve
    >>> resolve("quotes/collection", "2021-03-24-korea-herald-nk-cruise-missiles-q05", "true",
    ...         evidence_url="https://example.org/report", rationale="Ballistic missiles on 25 March.")
    ... # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import re
import textwrap
from pathlib import Path
from typing import Optional

from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .collection import (
    QUESTIONS_FILE,
    Document,
    LockError,
    check_writable,
    load_collection,
    locked,
    plain,
    write_text_atomically,
    yaml_round_trip,
)
from .models import WEB_URL, Outcome, QuestionsFile, Resolution, ResolutionReview, SourceFile, Verdict

OUTCOMES = tuple(o.value for o in Outcome)
SCORED = ("true", "false", "partial")  # ambiguous and annulled may rest on the rationale alone
VERDICTS = tuple(v.value for v in Verdict)


class ResolveError(ValueError):
    """A resolution that cannot be recorded; the record file is left untouched."""


@dataclasses.dataclass(frozen=True)
class Edit:
    """A planned change to one record file: applied only if the file still has ``digest``.

    ``resolution`` is the resolution added, or the one reviewed; ``seq`` the new entry's number
    in its list (resolutions, or the resolution's reviews)."""

    path: Path
    digest: str
    text: str
    resolution: Resolution
    seq: int
    review: Optional[ResolutionReview] = None


@dataclasses.dataclass
class Target:
    """What a resolution is appended to: a one-off prediction in a source file, or a question in
    questions.yaml. ``loc`` leads from the top of the file to the mapping holding ``resolutions``."""

    path: Path
    raw: bytes
    document: Document
    loc: tuple
    model: type
    record: object  # a Prediction or a Question: deadline and resolutions
    stated: Optional[dt.date]  # the earliest statement it settles

    @property
    def where(self) -> str:
        return f"{self.path}:{self.document.line_of(self.loc)}"


def find_target(collection: Path | str, record_id: str) -> Target:
    """The one-off prediction (quote id) or question (question id) called ``record_id``.

    :raises ResolveError: for an unknown id, a quote without a prediction, or a prediction that
        its question settles
    """
    loaded_collection = load_collection(collection)
    found = loaded_collection.find_quote(record_id)
    if found is None:
        index = loaded_collection.find_question(record_id)
        if index is None:
            raise ResolveError(f"unknown prediction id {record_id!r}: no quote or question has it")
        path = loaded_collection.root / QUESTIONS_FILE
        raw = path.read_bytes()
        linked = [
            loaded.record.source.published for loaded in loaded_collection.sources for q in loaded.record.quotes
            if q.prediction is not None and q.prediction.question == record_id and loaded.record.source.published
        ]
        return Target(path, raw, Document(path, yaml_round_trip().load(raw.decode("utf-8"))), ("questions", index),
                      QuestionsFile, loaded_collection.questions[index], min(linked, default=None))
    loaded, index = found
    quote = loaded.record.quotes[index]
    path = loaded.path
    raw = path.read_bytes()
    document = Document(path, yaml_round_trip().load(raw.decode("utf-8")))
    if quote.prediction is None:
        raise ResolveError(f"{path}:{document.line_of(('quotes', index, 'id'))}: {record_id!r} is a quote without a prediction")
    if quote.prediction.question is not None:
        raise ResolveError(
            f"{path}:{document.line_of(('quotes', index, 'prediction', 'question'))}: {record_id!r} is settled by "
            f"question {quote.prediction.question!r}: resolve the question, which settles every prediction on it"
        )
    return Target(path, raw, document, ("quotes", index, "prediction"), SourceFile, quote.prediction,
                  loaded.record.source.published)


def parse_date(value, option: str) -> Optional[dt.date]:
    """ISO date from a string (or a date); a clear error naming the option otherwise."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ResolveError(f"{option}: {value!r} is not a date (YYYY-MM-DD)") from None


def checked_entry(today, on, published, rationale, evidence_url, excerpt, outlet) -> tuple[dt.date, Optional[dt.date]]:
    """The checks a resolution and a review share: dates that parse, a rationale, evidence given
    by an http(s) URL. Returns the entry's date (today by default) and the evidence's."""
    on = parse_date(on, "--on") or today
    published = parse_date(published, "--published")
    if not rationale or not rationale.strip():
        raise ResolveError("--rationale: say why, in a sentence or two")
    if evidence_url is not None and not WEB_URL.match(evidence_url):
        raise ResolveError(f"--evidence: {evidence_url!r} is not an http(s) URL")
    if evidence_url is None and any(v is not None for v in (excerpt, outlet, published)):
        raise ResolveError("--excerpt, --outlet and --published describe evidence: give --evidence URL too")
    return on, published


def plan_resolution(
    collection: Path | str,
    prediction_id: str,
    outcome: str,
    *,
    rationale: str,
    evidence_url: Optional[str] = None,
    excerpt: Optional[str] = None,
    outlet: Optional[str] = None,
    published: dt.date | str | None = None,
    on: dt.date | str | None = None,
    resolver: Optional[str] = None,
    early: Optional[str] = None,
    confidence: Optional[float] = None,
    today: Optional[dt.date] = None,
) -> Edit:
    """Check a resolution against the collection and render the edited record file, without writing.

    :param collection: the collection folder
    :param prediction_id: a question id (questions.yaml), or the id of a quote whose one-off
        prediction it resolves
    :param outcome: one of :data:`OUTCOMES`
    :param rationale: why this outcome, in a sentence or two
    :param evidence_url: where the evidence is published
    :param excerpt: a short verbatim excerpt of the evidence
    :param outlet: publisher of the evidence
    :param published: publication date of the evidence
    :param on: date of the resolution; today by default
    :param resolver: who records it
    :param early: why a ``false`` outcome is already certain on or before the deadline
    :param confidence: the resolver's confidence that the outcome is right (0–1)
    :raises ResolveError: for an unknown id or outcome, a bad date, or dates out of order
    :raises CollectionError: when the collection itself has problems
    """
    today = today or dt.date.today()
    if outcome not in OUTCOMES:
        raise ResolveError(f"--outcome: unknown outcome {outcome!r}; choose one of {', '.join(OUTCOMES)}")
    on, published = checked_entry(today, on, published, rationale, evidence_url, excerpt, outlet)
    if early is not None and not early.strip():
        raise ResolveError("--early: give the reason the outcome is settled before the deadline")
    if evidence_url is None and outcome in SCORED:
        raise ResolveError(f"--evidence: a {outcome} outcome is scored, so give the URL of the report that shows it")

    target = find_target(collection, prediction_id)
    where, stated = target.where, target.stated
    if stated is not None and on < stated:
        raise ResolveError(f"{where}: --on: resolution dated {on} is before the statement (published {stated})")
    if on > today:
        raise ResolveError(f"{where}: --on: resolution dated {on} is in the future")
    if published is not None:
        if stated is not None and published < stated:
            raise ResolveError(f"{where}: --published: evidence of {published} predates the statement (published {stated})")
        if published > on:
            raise ResolveError(f"{where}: --published: evidence of {published} is later than the resolution ({on})")
    deadline = target.record.deadline
    if outcome == "false" and deadline is not None and on <= deadline and early is None:
        raise ResolveError(
            f"{where}: --outcome: false on {on}, but the deadline {deadline} has not passed; "
            "give --early REASON if the outcome is already certain"
        )
    history = target.record.resolutions
    if history and on < history[-1].resolved_on:
        raise ResolveError(
            f"{where}: --on: {on} is before the resolution it would supersede ({history[-1].resolved_on})"
        )

    evidence = []
    if evidence_url is not None:
        evidence.append({"url": evidence_url, "outlet": outlet, "published": published, "excerpt": excerpt})
    entry = {
        "outcome": outcome, "resolved_on": on, "resolver": resolver, "confidence": confidence,
        "rationale": rationale.strip(), "early": early.strip() if early else None, "evidence": evidence,
    }
    try:
        resolution = Resolution.model_validate(entry)
    except ValidationError as error:
        raise ResolveError(f"{where}: {error.errors()[0]['msg']}") from None
    return planned_edit(target, target.loc, "resolutions", entry_node(entry, RESOLUTION_KEYS), resolution, len(history) + 1)


def planned_edit(target: Target, loc: tuple, key: str, node: CommentedMap, resolution: Resolution, seq: int,
                 review: Optional[ResolutionReview] = None) -> Edit:
    """The target's file with ``node`` appended to the list ``key`` of the mapping at ``loc``, checked."""
    text = target.raw.decode("utf-8")
    new_text = splice_entry(text, target.document, loc, key, node)
    check_edit(target.path, text, new_text, loc, key, target.model)
    return Edit(target.path, hashlib.sha256(target.raw).hexdigest(), new_text, resolution, seq, review)


RESOLUTION_KEYS = ("outcome", "resolved_on", "resolver", "confidence", "rationale", "early")
REVIEW_KEYS = ("reviewer", "verdict", "reviewed_on", "outcome", "rationale")


def entry_node(entry: dict, keys: tuple) -> CommentedMap:
    """A resolution or review as YAML will hold it: unknown fields left out rather than written as null."""
    node = CommentedMap()
    for key in keys:
        if entry[key] is not None:
            node[key] = entry[key]
    if entry["evidence"]:
        node["evidence"] = CommentedSeq(
            CommentedMap((k, v) for k, v in item.items() if v is not None) for item in entry["evidence"]
        )
    return node


def plan_review(
    collection: Path | str,
    record_id: str,
    verdict: str,
    *,
    reviewer: str,
    rationale: str,
    outcome: Optional[str] = None,
    evidence_url: Optional[str] = None,
    outlet: Optional[str] = None,
    published: dt.date | str | None = None,
    excerpt: Optional[str] = None,
    on: dt.date | str | None = None,
    today: Optional[dt.date] = None,
) -> Edit:
    """Check a second resolver's review of the resolution that counts, and render the edited file.

    :param record_id: a question id, or the quote id of a one-off prediction
    :param verdict: ``agree`` or ``dispute``
    :param reviewer: who reviews: not the resolver
    :param outcome: for a dispute, the outcome the reviewer would record instead
    :raises ResolveError: for an unknown id or verdict, nothing to review, or a review the model refuses
    """
    today = today or dt.date.today()
    if verdict not in VERDICTS:
        raise ResolveError(f"verdict: unknown verdict {verdict!r}; choose agree or dispute")
    if outcome is not None and outcome not in OUTCOMES:
        raise ResolveError(f"--outcome: unknown outcome {outcome!r}; choose one of {', '.join(OUTCOMES)}")
    on, published = checked_entry(today, on, published, rationale, evidence_url, excerpt, outlet)
    target = find_target(collection, record_id)
    history = target.record.resolutions
    if not history:
        raise ResolveError(f"{target.where}: {record_id!r} has no resolution to review")
    if on > today:
        raise ResolveError(f"{target.where}: --on: review dated {on} is in the future")
    last = history[-1]
    evidence = [{"url": evidence_url, "outlet": outlet, "published": published, "excerpt": excerpt}] if evidence_url else []
    entry = {"reviewer": reviewer, "verdict": verdict, "reviewed_on": on, "outcome": outcome,
             "rationale": rationale.strip(), "evidence": evidence}
    try:
        review = ResolutionReview.model_validate(entry)
        Resolution.model_validate({**last.model_dump(), "reviews": [*last.reviews, review]})
    except ValidationError as error:
        raise ResolveError(f"{target.where}: {error.errors()[0]['msg']}") from None
    loc = (*target.loc, "resolutions", len(history) - 1)
    return planned_edit(target, loc, "reviews", entry_node(entry, REVIEW_KEYS), last, len(last.reviews) + 1, review)


def dump(node) -> list[str]:
    buffer = io.StringIO()
    yaml_round_trip().dump(node, buffer)
    return textwrap.dedent(buffer.getvalue()).splitlines(keepends=True)


def splice_entry(text: str, document: Document, loc: tuple, key: str, node: CommentedMap) -> str:
    """``text`` with ``node`` appended to the list ``key`` of the mapping at ``loc`` (a prediction's
    or question's resolutions, a resolution's reviews); every other line as it was, the new lines
    in the file's line endings, and no final newline added where there was none."""
    newline = "\r\n" if "\r\n" in text else "\n"
    spliced = splice_lines(text, document, loc, key, node)
    if newline != "\n":
        spliced = spliced.replace("\r\n", "\n").replace("\n", newline)
    if text and not text.endswith("\n"):
        spliced = spliced[: -len(newline)]
    return spliced


def splice_lines(text: str, document: Document, loc: tuple, key: str, node: CommentedMap) -> str:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    chain, holder = [], document.tree
    for part in loc:
        chain.append((holder, part))
        holder = holder[part]
    existing = holder.get(key)
    if isinstance(existing, CommentedSeq) and len(existing) and existing.fa.flow_style() is False:
        # Append a list item after the last one, at the same dash column.
        line, col = existing.lc.item(len(existing) - 1)
        dash = lines[line].rfind("-", 0, col)
        at = end_of(lines, following_line(chain + [(holder, key)], len(lines)))
        block = indent(dump(CommentedSeq([node])), dash)
    elif isinstance(existing, CommentedSeq) and not len(existing):
        # `resolutions: []` becomes a block list with one item.
        line, col = holder.lc.key(key)
        if not re.match(rf"^\s*{key}:\s*\[\]\s*$", lines[line]):
            raise ResolveError(f"{document.path}:{line + 1}: {key}: write the empty list as `{key}: []` alone on its line")
        return "".join(lines[:line] + indent(dump(CommentedMap({key: [node]})), col) + lines[line + 1 :])
    elif existing is None and key not in holder:
        col = holder.lc.key(next(iter(holder)))[1]
        at = end_of(lines, following_line(chain, len(lines)))
        block = indent(dump(CommentedMap({key: [node]})), col)
    else:
        line = holder.lc.key(key)[0] + 1
        raise ResolveError(f"{document.path}:{line}: {key}: expected a block list to append to")
    return "".join(lines[:at] + block + lines[at:])


def following_line(chain: list[tuple], default: int) -> int:
    """0-based line where whatever follows the node at the end of ``chain`` begins."""
    for container, key in reversed(chain):
        if isinstance(container, CommentedMap):
            keys = list(container)
            position = keys.index(key)
            if position + 1 < len(keys):
                return container.lc.key(keys[position + 1])[0]
        elif isinstance(container, CommentedSeq) and key + 1 < len(container):
            return container.lc.item(key + 1)[0]
    return default


def end_of(lines: list[str], following: int) -> int:
    """Insertion index: after the last content line before ``following``, ahead of blank lines and comments."""
    at = following
    while at > 0 and (not lines[at - 1].strip() or lines[at - 1].lstrip().startswith("#")):
        at -= 1
    return at


def indent(block: list[str], col: int) -> list[str]:
    return [(" " * col + line) if line.strip() else line for line in block]


def check_edit(path: Path, old_text: str, new_text: str, loc: tuple, key: str, model: type) -> None:
    """The edited text parses, validates as ``model``, and differs from the old only by the entry
    appended to the list ``key`` of the mapping at ``loc``."""
    yaml = yaml_round_trip()
    try:
        new_tree = plain(yaml.load(new_text))
        model.model_validate(new_tree)
    except Exception as error:  # a bug here must never reach the file
        raise ResolveError(f"{path}: the edited file would not validate ({error}); nothing written") from None
    old_tree = plain(yaml.load(old_text))
    old_holder, new_holder = old_tree, new_tree
    for part in loc:
        old_holder, new_holder = old_holder[part], new_holder[part]
    old_holder[key] = (old_holder.get(key) or []) + [new_holder[key][-1]]
    if old_tree != new_tree:
        raise ResolveError(f"{path}: the edit would change more than the {key}; nothing written")


def apply(edit: Edit) -> None:
    """Write ``edit`` atomically, unless its file changed on disk since it was read.

    :raises ResolveError: when the file's bytes no longer match what was read, or it is read-only
    """
    try:
        check_writable(edit.path)
        current = hashlib.sha256(edit.path.read_bytes()).hexdigest()
        if current != edit.digest:
            raise ResolveError(f"{edit.path}: changed on disk since it was read; nothing written, run the command again")
        write_text_atomically(edit.path, edit.text)
    except LockError as error:
        raise ResolveError(str(error)) from None
    except OSError as error:
        raise ResolveError(f"{edit.path}: cannot be written ({error.strerror}); nothing written") from None


def resolve(collection: Path | str, prediction_id: str, outcome: str, **options) -> Edit:
    """Check and record a resolution under the record file's lock: :func:`plan_resolution`, then :func:`apply`.

    The first plan finds the file (and reports bad input without waiting for a lock); the plan
    is made again under the lock, from the file as it is then, so a resolution another process
    recorded meanwhile is kept. Takes the keyword options of :func:`plan_resolution`; returns
    the applied :class:`Edit`.
    """
    return locked_edit(prediction_id, lambda: plan_resolution(collection, prediction_id, outcome, **options))


def review(collection: Path | str, record_id: str, verdict: str, **options) -> Edit:
    """Check and record a review of the resolution that counts, under the lock: :func:`plan_review`,
    then :func:`apply`. Takes the keyword options of :func:`plan_review`."""
    return locked_edit(record_id, lambda: plan_review(collection, record_id, verdict, **options))


def locked_edit(record_id: str, plan) -> Edit:
    path = plan().path
    try:
        with locked(path):
            edit = plan()
            if edit.path != path:
                raise ResolveError(f"{record_id}: moved from {path} to {edit.path} meanwhile; nothing written, run the command again")
            apply(edit)
    except LockError as error:
        raise ResolveError(str(error)) from None
    return edit
