"""Record the outcome of a prediction: append a resolution, with its evidence, to the record file.

Resolutions are append-only: a later one supersedes an earlier one and both stay in the history.
A conditional prediction whose condition failed is resolved ``annulled`` (not scored).

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
    Document,
    LockError,
    check_writable,
    load_collection,
    locked,
    plain,
    write_text_atomically,
    yaml_round_trip,
)
from .models import Outcome, Resolution, SourceFile

OUTCOMES = tuple(o.value for o in Outcome)
SCORED = ("true", "false", "partial")  # ambiguous and annulled may rest on the rationale alone


class ResolveError(ValueError):
    """A resolution that cannot be recorded; the record file is left untouched."""


@dataclasses.dataclass(frozen=True)
class Edit:
    """A planned change to one record file: applied only if the file still has ``digest``."""

    path: Path
    digest: str
    text: str
    resolution: Resolution
    seq: int


def parse_date(value, option: str) -> Optional[dt.date]:
    """ISO date from a string (or a date); a clear error naming the option otherwise."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ResolveError(f"{option}: {value!r} is not a date (YYYY-MM-DD)") from None


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
    today: Optional[dt.date] = None,
) -> Edit:
    """Check a resolution against the collection and render the edited record file, without writing.

    :param collection: the collection folder
    :param prediction_id: id of a quote that carries a prediction
    :param outcome: one of :data:`OUTCOMES`
    :param rationale: why this outcome, in a sentence or two
    :param evidence_url: where the evidence is published
    :param excerpt: a short verbatim excerpt of the evidence
    :param outlet: publisher of the evidence
    :param published: publication date of the evidence
    :param on: date of the resolution; today by default
    :param resolver: who records it
    :param early: why a ``false`` outcome is already certain on or before the deadline
    :raises ResolveError: for an unknown id or outcome, a bad date, or dates out of order
    :raises CollectionError: when the collection itself has problems
    """
    today = today or dt.date.today()
    if outcome not in OUTCOMES:
        raise ResolveError(f"--outcome: unknown outcome {outcome!r}; choose one of {', '.join(OUTCOMES)}")
    on = parse_date(on, "--on") or today
    published = parse_date(published, "--published")
    if not rationale or not rationale.strip():
        raise ResolveError("--rationale: say why, in a sentence or two")
    if evidence_url is not None and not re.match(r"^https?://\S+$", evidence_url):
        raise ResolveError(f"--evidence: {evidence_url!r} is not an http(s) URL")
    if evidence_url is None and any(v is not None for v in (excerpt, outlet, published)):
        raise ResolveError("--excerpt, --outlet and --published describe evidence: give --evidence URL too")
    if early is not None and not early.strip():
        raise ResolveError("--early: give the reason the outcome is settled before the deadline")
    if evidence_url is None and outcome in SCORED:
        raise ResolveError(f"--evidence: a {outcome} outcome is scored, so give the URL of the report that shows it")

    loaded_collection = load_collection(collection)
    found = loaded_collection.find_quote(prediction_id)
    if found is None:
        raise ResolveError(f"unknown prediction id {prediction_id!r}: no quote has it")
    loaded, index = found
    quote = loaded.record.quotes[index]
    path = loaded.path
    raw = path.read_bytes()
    document = Document(path, yaml_round_trip().load(raw.decode("utf-8")))
    where = f"{path}:{document.line_of(('quotes', index, 'prediction'))}"
    if quote.prediction is None:
        raise ResolveError(f"{path}:{document.line_of(('quotes', index, 'id'))}: {prediction_id!r} is a quote without a prediction")
    if quote.prediction.question is not None:
        raise ResolveError(
            f"{path}:{document.line_of(('quotes', index, 'prediction', 'question'))}: {prediction_id!r} is settled by "
            f"question {quote.prediction.question!r}: resolve the question, which settles every prediction on it"
        )

    stated = loaded.record.source.published
    if stated is not None and on < stated:
        raise ResolveError(f"{where}: --on: resolution dated {on} is before the statement (published {stated})")
    if on > today:
        raise ResolveError(f"{where}: --on: resolution dated {on} is in the future")
    if published is not None:
        if stated is not None and published < stated:
            raise ResolveError(f"{where}: --published: evidence of {published} predates the statement (published {stated})")
        if published > on:
            raise ResolveError(f"{where}: --published: evidence of {published} is later than the resolution ({on})")
    deadline = quote.prediction.deadline
    if outcome == "false" and deadline is not None and on <= deadline and early is None:
        raise ResolveError(
            f"{where}: --outcome: false on {on}, but the deadline {deadline} has not passed; "
            "give --early REASON if the outcome is already certain"
        )
    history = quote.prediction.resolutions
    if history and on < history[-1].resolved_on:
        raise ResolveError(
            f"{where}: --on: {on} is before the resolution it would supersede ({history[-1].resolved_on})"
        )

    evidence = []
    if evidence_url is not None:
        evidence.append({"url": evidence_url, "outlet": outlet, "published": published, "excerpt": excerpt})
    entry = {
        "outcome": outcome, "resolved_on": on, "resolver": resolver, "rationale": rationale.strip(),
        "early": early.strip() if early else None, "evidence": evidence,
    }
    try:
        resolution = Resolution.model_validate(entry)
    except ValidationError as error:
        raise ResolveError(f"{where}: {error.errors()[0]['msg']}") from None

    text = raw.decode("utf-8")
    new_text = splice_resolution(text, document, index, resolution_node(entry))
    check_edit(path, text, new_text, index)
    return Edit(path, hashlib.sha256(raw).hexdigest(), new_text, resolution, len(history) + 1)


def resolution_node(entry: dict) -> CommentedMap:
    """The resolution as YAML will hold it: unknown fields left out rather than written as null."""
    node = CommentedMap()
    for key in ("outcome", "resolved_on", "resolver", "rationale", "early"):
        if entry[key] is not None:
            node[key] = entry[key]
    if entry["evidence"]:
        node["evidence"] = CommentedSeq(
            CommentedMap((k, v) for k, v in item.items() if v is not None) for item in entry["evidence"]
        )
    return node


def dump(node) -> list[str]:
    buffer = io.StringIO()
    yaml_round_trip().dump(node, buffer)
    return textwrap.dedent(buffer.getvalue()).splitlines(keepends=True)


def splice_resolution(text: str, document: Document, index: int, node: CommentedMap) -> str:
    """``text`` with ``node`` appended to the prediction's resolutions; every other line as it was,
    the new lines in the file's line endings, and no final newline added where there was none."""
    newline = "\r\n" if "\r\n" in text else "\n"
    spliced = splice_lines(text, document, index, node)
    if newline != "\n":
        spliced = spliced.replace("\r\n", "\n").replace("\n", newline)
    if text and not text.endswith("\n"):
        spliced = spliced[: -len(newline)]
    return spliced


def splice_lines(text: str, document: Document, index: int, node: CommentedMap) -> str:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    tree = document.tree
    quote = tree["quotes"][index]
    prediction = quote["prediction"]
    chain = [(tree, "quotes"), (tree["quotes"], index), (quote, "prediction")]
    existing = prediction.get("resolutions")
    if isinstance(existing, CommentedSeq) and len(existing) and existing.fa.flow_style() is False:
        # Append a list item after the last one, at the same dash column.
        line, col = existing.lc.item(len(existing) - 1)
        dash = lines[line].rfind("-", 0, col)
        at = end_of(lines, following_line(chain + [(prediction, "resolutions")], len(lines)))
        block = indent(dump(CommentedSeq([node])), dash)
    elif isinstance(existing, CommentedSeq) and not len(existing):
        # `resolutions: []` becomes a block list with one item.
        line, col = prediction.lc.key("resolutions")
        if not re.match(r"^\s*resolutions:\s*\[\]\s*$", lines[line]):
            raise ResolveError(f"{document.path}:{line + 1}: resolutions: write the empty list as `resolutions: []` alone on its line")
        return "".join(lines[:line] + indent(dump(CommentedMap(resolutions=[node])), col) + lines[line + 1 :])
    elif existing is None and "resolutions" not in prediction:
        col = prediction.lc.key(next(iter(prediction)))[1]
        at = end_of(lines, following_line(chain, len(lines)))
        block = indent(dump(CommentedMap(resolutions=[node])), col)
    else:
        line = prediction.lc.key("resolutions")[0] + 1
        raise ResolveError(f"{document.path}:{line}: resolutions: expected a block list to append to")
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


def check_edit(path: Path, old_text: str, new_text: str, index: int) -> None:
    """The edited text parses, validates, and differs from the old only by the new resolution."""
    yaml = yaml_round_trip()
    try:
        new_tree = plain(yaml.load(new_text))
        SourceFile.model_validate(new_tree)
    except Exception as error:  # a bug here must never reach the file
        raise ResolveError(f"{path}: the edited file would not validate ({error}); nothing written") from None
    old_tree = plain(yaml.load(old_text))
    old_prediction = old_tree["quotes"][index]["prediction"]
    old_prediction["resolutions"] = old_prediction.get("resolutions") or []
    old_prediction["resolutions"].append(new_tree["quotes"][index]["prediction"]["resolutions"][-1])
    if old_tree != new_tree:
        raise ResolveError(f"{path}: the edit would change more than the resolutions; nothing written")


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
    path = plan_resolution(collection, prediction_id, outcome, **options).path
    try:
        with locked(path):
            edit = plan_resolution(collection, prediction_id, outcome, **options)
            if edit.path != path:
                raise ResolveError(f"{prediction_id}: moved from {path} to {edit.path} meanwhile; nothing written, run the command again")
            apply(edit)
    except LockError as error:
        raise ResolveError(str(error)) from None
    return edit
