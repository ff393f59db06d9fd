"""What ``quotes extract`` does with its files: progress, output formats, filing into a collection."""

from __future__ import annotations

import json
from pathlib import Path

from ..collection import CollectionWriteError, refuse_bundled
from ..yardsticks import YARDSTICKS
from .drafts import ExtractWriteError, to_yaml, write_into
from .pipeline import extract_files

PROGRESS_FROM = 4  # show a progress bar for more than a few files


def run_extract(paths: list[Path], format: str, into: Path | None, yardstick: str, out, err,
                learned_roles: bool = False) -> int:
    """Extract each file and print or file the drafts; return the exit code (1 if any file failed)."""
    if format not in ("yaml", "json"):
        err.print(f"Error: --format must be yaml or json, not {format!r}", markup=False)
        return 2
    if yardstick not in YARDSTICKS:
        err.print(f"Error: unknown yardstick {yardstick!r}; choose one of: {', '.join(YARDSTICKS)}", markup=False)
        return 2
    if into is not None and not into.is_dir():
        err.print(f"Error: {into}: not a collection folder", markup=False)
        return 2
    try:
        if into is not None:
            refuse_bundled(into, "--into")
    except CollectionWriteError as error:
        err.print(f"Error: {error}", markup=False)
        return 2
    failures = 0
    documents = []
    for path, extraction, error in _with_progress(paths, err, yardstick, learned_roles):
        if error:
            err.print(f"Error: {error}", markup=False)
            failures += 1
            continue
        if not extraction.english:
            err.print(f"{path}: the article is in language {extraction.language!r}, not English: "
                      "the extractor reads English only", markup=False)
        elif not extraction.quotes:
            err.print(f"{path}: no attributed statements found", markup=False)
        if into is not None:
            try:
                written = write_into(extraction, into)
            except ExtractWriteError as problem:
                err.print(f"Error: {problem}", markup=False)
                failures += 1
                continue
            out.print(f"{path}: {len(extraction.quotes)} draft quotes -> {written}", markup=False)
        elif format == "json":
            documents.append(extraction.as_dict())
        else:
            documents.append(to_yaml(extraction))
    if into is None and documents:
        if format == "json":
            text = to_json_documents(documents)
        else:
            text = "---\n".join(documents)
        out.print(text, markup=False, highlight=False, soft_wrap=True, end="" if text.endswith("\n") else "\n")
    return 1 if failures else 0


def to_json_documents(documents: list[dict]) -> str:
    """One article: its object; several: a list of them."""
    payload = documents[0] if len(documents) == 1 else documents
    return json.dumps(payload, ensure_ascii=False, indent=2)


def _with_progress(paths, err, yardstick, roles=False):
    if len(paths) < PROGRESS_FROM:
        yield from extract_files(paths, yardstick, roles)
        return
    from rich.progress import Progress

    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("Extracting", total=len(paths))
        for item in extract_files(paths, yardstick, roles):
            progress.advance(task)
            yield item

