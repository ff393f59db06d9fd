"""What ``quotes extract`` does with its files: progress, output formats, filing into a collection."""

from __future__ import annotations

import json
from pathlib import Path

from typer import echo

from ..collection import CollectionWriteError, refuse_bundled
from ..pattern_cache import kept_patterns
from ..yardsticks import YARDSTICKS
from .drafts import ExtractWriteError, to_yaml, write_into
from .pipeline import extract_files

PROGRESS_FROM = 4  # show a progress bar for more than a few files


def run_extract(paths: list[Path], format: str, into: Path | None, yardstick: str, learned_roles: bool) -> int:
    """Extract each file and print or file the drafts; return the exit code (1 if any file failed).

    Prints plain text (drafts on standard output, messages on standard error): a draft is YAML or
    JSON to be piped or read, and leaving rich unloaded saves a tenth of a one-article call."""
    if format not in ("yaml", "json"):
        echo(f"Error: --format must be yaml or json, not {format!r}", err=True)
        return 2
    if yardstick not in YARDSTICKS:
        echo(f"Error: unknown yardstick {yardstick!r}; choose one of: {', '.join(YARDSTICKS)}", err=True)
        return 2
    if into is not None and not into.is_dir():
        echo(f"Error: {into}: not a collection folder", err=True)
        return 2
    try:
        if into is not None:
            refuse_bundled(into, "--into")
    except CollectionWriteError as error:
        echo(f"Error: {error}", err=True)
        return 2
    failures = 0
    documents = []
    for path, extraction, error in _with_progress(paths, yardstick, learned_roles):
        if error:
            echo(f"Error: {error}", err=True)
            failures += 1
            continue
        if not extraction.english:
            echo(f"{path}: the article is in language {extraction.language!r}, not English: "
                 "the extractor reads English only", err=True)
        elif not extraction.quotes:
            echo(f"{path}: no attributed statements found", err=True)
        if into is not None:
            try:
                written = write_into(extraction, into)
            except ExtractWriteError as problem:
                echo(f"Error: {problem}", err=True)
                failures += 1
                continue
            echo(f"{path}: {len(extraction.quotes)} draft quotes -> {written}")
        elif format == "json":
            documents.append(extraction.as_dict())
        else:
            documents.append(to_yaml(extraction))
    if into is None and documents:
        if format == "json":
            text = to_json_documents(documents)
        else:
            text = "---\n".join(documents)
        echo(text, nl=not text.endswith("\n"))
    return 1 if failures else 0


def to_json_documents(documents: list[dict]) -> str:
    """One article: its object; several: a list of them."""
    payload = documents[0] if len(documents) == 1 else documents
    return json.dumps(payload, ensure_ascii=False, indent=2)


def _with_progress(paths, yardstick, roles):
    if len(paths) < PROGRESS_FROM:
        yield from _first_kept(extract_files(paths, yardstick, roles))
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("Extracting", total=len(paths))
        for item in _first_kept(extract_files(paths, yardstick, roles)):
            progress.advance(task)
            yield item


def _first_kept(extractions):
    """*extractions*, the first made with the patterns the stages compile as they read kept between runs
    (quotes/pattern_cache.py): a one-article call compiles about 150 as it reads, which the next call builds
    from the kept file; later articles of the same run find them compiled already."""
    extractions = iter(extractions)
    with kept_patterns("extraction-run"):
        first = next(extractions, None)
    if first is not None:
        yield first
        yield from extractions

