"""The ``quotes`` command: thin wrappers over the Python API."""

from __future__ import annotations

import contextlib
import os
import tempfile
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .atomic import exit_on_sigterm
from .collection import BUNDLED, INSTITUTIONS_FILE, SPEAKERS_FILE, CollectionError, CollectionWriteError, init_collection, load_collection, refuse_bundled

# Every command imports what only it needs (Datasette, citeproc, sqlite-utils, the extractor) inside
# its own function, so that `quotes extract` and `quotes check` start fast; tests/test_cli_startup.py
# keeps it so.

app = typer.Typer(
    help="An expert-quote and attribution database: check, build and publish a collection.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
REGISTRY_NAMES = [SPEAKERS_FILE, INSTITUTIONS_FILE]


class LazyConsole:
    """A rich ``Console`` made when a command first prints through it: importing rich takes a
    tenth of a one-article `quotes extract` call, which prints plain text and never needs it."""

    def __init__(self, **options):
        self.options = options
        self.made = None

    @property
    def console(self):
        if self.made is None:
            from rich.console import Console

            self.made = Console(**self.options)
        return self.made

    def __getattr__(self, name):
        return getattr(self.console, name)


# Problems and messages quote file names and user data: rich must print them as they are, never
# read `:100:` as an emoji code or `[b]` as markup.
err = LazyConsole(stderr=True, highlight=False, soft_wrap=True, emoji=False, markup=False)
out = LazyConsole(highlight=False, soft_wrap=True, emoji=False, markup=False)

CollectionArg = Annotated[
    Path,
    typer.Argument(help="Collection folder (speakers.yaml, institutions.yaml, sources/). Default: the bundled collection.", show_default=False),
]


@contextlib.contextmanager
def writing(path: Path):
    """Around a command that writes ``path``: SIGTERM cleans up like Ctrl-C, and a failure to
    write (a full disk, a read-only folder) is one line naming the path, not a traceback."""
    import errno
    import sqlite3

    try:
        with exit_on_sigterm():
            yield
    except (sqlite3.OperationalError, sqlite3.DatabaseError, OSError) as error:
        full = getattr(error, "errno", None) == errno.ENOSPC or "full" in str(error) or disk_is_full(path)
        reason = "no space left on the device" if full else getattr(error, "strerror", None) or str(error)
        err.print(f"Error: {path}: cannot write the database: {reason}; the previous file is untouched", markup=False)
        raise typer.Exit(1) from None


def disk_is_full(path: Path) -> bool:
    """SQLite reports a full disk as "disk I/O error" (or worse) when it cannot journal it."""
    try:
        stats = os.statvfs(path.parent if str(path.parent) else ".")
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < 1_000_000


def fail(problems) -> None:
    for problem in problems:
        err.print(str(problem), markup=False)
    err.print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found", markup=False)
    raise typer.Exit(1)


@app.command()
def init(directory: Annotated[Path, typer.Argument(help="Folder for the new collection (made if missing).")]):
    """Start a new, empty collection: speakers.yaml, institutions.yaml, sources/ and texts/.

    Refuses a folder that is already a collection. Then add articles with `quotes extract
    --into DIR`, check with `quotes check DIR`, publish with `quotes serve DIR`.

    \b
        quotes init my-collection
    """
    try:
        init_collection(directory)
    except CollectionWriteError as error:
        err.print(f"Error: {error}", markup=False)
        raise typer.Exit(1)
    out.print(f"Started an empty collection in {directory}: {', '.join(REGISTRY_NAMES)}, sources/, texts/", markup=False)


@app.command()
def check(collection: CollectionArg = BUNDLED):
    """Validate every record file of a collection, then the rules across files.

    Prints each problem as FILE:LINE: FIELD: MESSAGE and exits 1 if there are any.

    \b
        quotes check path/to/collection
    """
    try:
        loaded = load_collection(collection)
    except CollectionError as error:
        fail(error.problems)
    out.print(
        f"OK: {len(loaded.sources)} sources, {len(loaded.quotes)} quotes, "
        f"{len(loaded.speakers)} speakers, {len(loaded.institutions)} institutions, {len(loaded.questions)} questions",
        markup=False,
    )


@app.command()
def build(
    collection: CollectionArg = BUNDLED,
    output: Annotated[Path, typer.Option("--output", "-o", help="Database file to write.")] = Path("quotes.db"),
):
    """Build a collection into a SQLite database, atomically.

    The previous database is replaced only when the build succeeds.

    \b
        quotes build path/to/collection -o quotes.db
    """
    from .db import build as build_database

    with writing(output):
        try:
            counts = build_database(collection, output)
        except CollectionError as error:
            fail(error.problems)
    summary = ", ".join(f"{n} {table}" for table, n in counts.items())
    out.print(f"Built {output}: {summary}", markup=False)


def parse_settings(pairs: list[str]) -> dict:
    """``["sql_time_limit_ms=500"]`` -> ``{"sql_time_limit_ms": 500}``, typed like Datasette's defaults."""
    from datasette.app import DEFAULT_SETTINGS

    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or name not in DEFAULT_SETTINGS:
            raise typer.BadParameter(f"{pair!r}: expected NAME=VALUE with a Datasette setting name", param_hint="--setting")
        default = DEFAULT_SETTINGS[name]
        if isinstance(default, bool):
            settings[name] = value.lower() in ("1", "true", "on", "yes")
        elif isinstance(default, int):
            try:
                settings[name] = int(value)
            except ValueError:
                raise typer.BadParameter(f"{name} takes a whole number, not {value!r}", param_hint="--setting") from None
        else:
            settings[name] = value
    return settings


@app.command()
def serve(
    path: Annotated[
        Path,
        typer.Argument(help="A collection folder (built first) or a built .db file. Default: the bundled collection.", show_default=False),
    ] = BUNDLED,
    host: Annotated[str, typer.Option(help="Host to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8001,
    setting: Annotated[
        Optional[list[str]], typer.Option("--setting", "-s", help="Datasette setting as NAME=VALUE; repeatable.")
    ] = None,
    get: Annotated[
        Optional[str], typer.Option("--get", help="Fetch this path, print the response body and exit (1 on an error status).")
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Server processes sharing the one immutable file (uvicorn workers).")
    ] = 1,
):
    """Publish a collection or database read-only with Datasette.

    The database is inspected once (row and facet counts, hash for ETags), then served by
    uvicorn; --workers N runs N processes for many readers at once.

    \b
        quotes serve
        quotes serve quotes.db --workers 2
        quotes serve --get '/quotes/quotes.json?_search=sanctions'
    """
    from . import app as publication
    from .db import build as build_database

    settings = parse_settings(setting or [])
    # SIGTERM (how a service manager or a container stops a server) removes the built database as Ctrl-C does.
    with exit_on_sigterm(), tempfile.TemporaryDirectory(prefix="quotes-serve-") as workdir:
        if path.is_dir():
            db_path = Path(workdir) / "quotes.db"
            try:
                build_database(path, db_path)
            except CollectionError as error:
                fail(error.problems)
        elif path.is_file():
            db_path = path
        else:
            err.print(f"{path}: no such collection folder or database file", markup=False)
            raise typer.Exit(1)
        if get is not None:
            response = publication.get(db_path, get, settings)
            typer.echo(response.text)
            raise typer.Exit(0 if response.status_code == 200 else 1)
        publication.run(db_path, host=host, port=port, settings=settings, workers=workers)


@app.command()
def schema(
    directory: Annotated[Optional[Path], typer.Option("--dir", help="Where to write the generated files. Default: the project's schema/ folder.", show_default=False)] = None,
):
    """Write the JSON Schema of record files and the SQL of the database.

    \b
        quotes schema --dir schema
    """
    from .schema import SCHEMA_DIR, write_schema

    for written in write_schema(directory or SCHEMA_DIR):
        out.print(f"Wrote {written}", markup=False)


@app.command()
def cite(
    quote_ids: Annotated[Optional[list[str]], typer.Argument(metavar="QUOTE_ID...", help="Quote ids to cite, in order.")] = None,
    style: Annotated[
        str, typer.Option("--style", help="apa, chicago, mla, harvard (any case; or another packaged CSL style by name), bibtex, csl-json or ris.")
    ] = "apa",
    list_styles: Annotated[bool, typer.Option("--list-styles", help="List the short names and every packaged CSL style, then exit.")] = False,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Cite every quote by this speaker id.")] = None,
    source: Annotated[Optional[str], typer.Option("--source", help="Cite every quote from this source id.")] = None,
    search: Annotated[Optional[str], typer.Option("--search", help="Cite every quote matching this full-text search.")] = None,
    db: Annotated[Optional[Path], typer.Option("--db", help="A built database to cite from.")] = None,
    collection: Annotated[Optional[Path], typer.Option("--collection", help="A collection folder to cite from. Default: the bundled collection.")] = None,
):
    """Cite quotes: in-text form and reference entry in a CSL style, or BibTeX, CSL-JSON, RIS.

    A quote is cited through the article that reported it ("as cited in" in APA).

    \b
        quotes cite 2021-03-24-korea-herald-nk-cruise-missiles-q06
        quotes cite --speaker choi-kang --style bibtex
        quotes cite --list-styles
    """
    from . import cite as citations

    if list_styles:
        for short, name in {"apa": "apa", **citations.STYLE_ALIASES}.items():
            typer.echo(f"{short} = {name}")
        typer.echo("\n".join(citations.packaged_styles()))
        return
    if db is not None and collection is not None:
        err.print("use --db or --collection, not both", markup=False)
        raise typer.Exit(1)
    style = citations.style_name(style)
    database = open_database(db or collection or BUNDLED)
    try:
        if style not in citations.EXPORTERS:
            citations.load_style(style)
        records = citations.select_quotes(database, quote_ids or [], speaker=speaker, source=source, search=search)
        if style in citations.EXPORTERS:
            typer.echo(citations.export(records, style), nl=False)
            return
        for n, cited in enumerate(citations.render(records, style)):
            typer.echo(("\n" if n else "") + "\n".join([
                cited.quote_id,
                cited.statement,
                f"— {cited.speaker}",
                f"In text:   {cited.in_text}",
                f"Reference: {cited.reference}",
            ]))
    except CollectionError as error:
        fail(error.problems)
    except citations.CiteError as error:
        err.print(f"Error: {error}", markup=False)
        raise typer.Exit(1)


importers = typer.Typer(
    help="Import quotes from other corpora into a database, beside the curated collection.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(importers, name="import")


@importers.command()
def quotebank(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="Quotebank JSON-lines files (quotes-YYYY or quotebank-YYYY), plain or .bz2.")],
    db: Annotated[Path, typer.Option("--db", help="Database file to write: the collection plus the imported quotes.")] = Path("quotes.db"),
    collection: Annotated[Path, typer.Option("--collection", help="Curated collection to build first. Default: the bundled collection.", show_default=False)] = BUNDLED,
):
    """Build a database of the curated collection plus Quotebank's machine-attributed quotes.

    Reads either Quotebank form a line at a time, with a progress bar. Imported quotes have
    provenance 'machine'. A malformed line stops the import with FILE:LINE: FIELD: MESSAGE and
    leaves the previous database untouched.

    \b
        quotes import quotebank quotes-2019.json.bz2 quotes-2020.json.bz2 --db quotes.db
    """
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    from .quotebank import build_with_quotebank

    with Progress(
        TextColumn("Importing"), BarColumn(), DownloadColumn(), TimeRemainingColumn(), console=err.console, transient=True,
        disable=not err.is_terminal,  # piped to a log: no bar, and no blank lines where it was
    ) as progress:
        task = progress.add_task("import", total=sum(f.stat().st_size for f in files if f.is_file()))
        try:
            with writing(db):
                counts = build_with_quotebank(files, db, collection, lambda n: progress.advance(task, n))
        except CollectionError as error:
            progress.stop()
            fail(error.problems)
    out.print(
        f"Built {db}: {counts['quotes']} curated quotes, {counts['machine_quotes']} machine quotes "
        f"from {len(files)} file{'s' if len(files) != 1 else ''} "
        f"({counts['machine_speakers']} speakers, {counts['machine_sources']} sources)",
        markup=False,
    )


@app.command()
def export(
    database: Annotated[Path, typer.Argument(help="A built database.")],
    format: Annotated[str, typer.Option("--format", "-f", help="csv, jsonl or parquet.")] = "csv",
    query: Annotated[Optional[str], typer.Option("--query", "-q", help="SQL to export. Default: select * from quotes_full.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write. Default: standard output (not for parquet).")] = None,
    partition_by: Annotated[
        Optional[str], typer.Option("--partition-by", help="Parquet only: write a Hive-partitioned folder, one part per value of this column.")
    ] = None,
):
    """Export every quote, or the rows of any SQL query, as CSV, JSON lines or Parquet.

    Streams in batches, so millions of rows take little memory. With --partition-by, Parquet
    goes to a new folder partitioned Hive-style (year=2019/...), for DuckDB or Spark.

    \b
        quotes export quotes.db --format parquet -o quotes.parquet
        quotes export quotes.db --format parquet --partition-by year -o quotes-by-year
        quotes export quotes.db -f jsonl -q "select id, text, speaker from quotes_full where provenance = 'machine'"
    """
    from .export import ExportError, Format
    from .export import export as export_rows

    if format not in Format.__members__:
        err.print(f"Error: unknown format {format!r}: use csv, jsonl or parquet", markup=False)
        raise typer.Exit(1)
    try:
        with exit_on_sigterm():
            n = export_rows(database, output, format, query, partition_by)
    except ExportError as error:
        err.print(f"Error: {error}", markup=False)
        raise typer.Exit(1)
    if output is not None:
        err.print(f"Wrote {n} rows to {output}", markup=False)


# Prediction tracking: list, resolve with evidence, score.
DataArg = Annotated[
    Path,
    typer.Argument(help="A collection folder or a built .db file. Default: the bundled collection."),
]
YardstickOption = Annotated[
    Optional[str],
    typer.Option("--yardstick", help="How hedges become probabilities: icd203_2015 (default), kent_1964, ipcc_ar5, …"),
]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")]


def open_database(path: Path):
    """The database at ``path``, a collection built in memory or a .db file; exits 1 with the problems."""
    from .db import load_database

    import sqlite3

    try:
        db = load_database(path)
        # Ours has the views every command reads; anything else is refused here, in one line.
        db.execute("select 1 from predictions_status limit 0").fetchall()
        return db
    except CollectionError as error:
        fail(error.problems)
    except FileNotFoundError as error:
        err.print(f"Error: {error}", markup=False)
        raise typer.Exit(1)
    except sqlite3.DatabaseError as error:
        err.print(f"Error: {path}: not a quotes database ({error}); build one with `quotes build`", markup=False)
        raise typer.Exit(1)


def emit(rows: list[dict], format: str, table) -> None:
    """Print ``rows`` as JSON or CSV, or call ``table()`` for the rich table."""
    import csv
    import json
    import sys

    if format == "json":
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else [], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    elif format == "table":
        table()
    else:
        err.print(f"Error: unknown format {format!r}: use table, json or csv", markup=False)
        raise typer.Exit(1)


@app.command()
def predictions(
    path: DataArg = BUNDLED,
    open_: Annotated[bool, typer.Option("--open", help="Only open predictions: unresolved, deadline not passed.")] = False,
    due: Annotated[bool, typer.Option("--due", help="Only due predictions: deadline passed, unresolved.")] = False,
    by: Annotated[Optional[str], typer.Option("--by", help="Count deadlines as passed by this date (YYYY-MM-DD) instead of today.")] = None,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Only this speaker's predictions (speaker id).")] = None,
    yardstick: YardstickOption = None,
    format: FormatOption = "table",
):
    """List predictions with proposition, hedge, probability, deadline and status.

    Status is open, due (deadline passed, unresolved) or resolved (with its outcome).

    \b
        quotes predictions --due
        quotes predictions --due --by 2022-01-01
        quotes predictions --speaker choi-kang --format json
    """
    import datetime as dt

    from rich.table import Column, Table

    from .predictions import list_predictions

    if open_ and due:
        err.print("Error: --open and --due exclude each other", markup=False)
        raise typer.Exit(1)
    try:
        by_date = dt.date.fromisoformat(by) if by else None
    except ValueError:
        err.print(f"Error: --by: {by!r} is not a date (YYYY-MM-DD)", markup=False)
        raise typer.Exit(1)
    db = open_database(path)
    try:
        rows = list_predictions(db, "open" if open_ else "due" if due else None, by_date, speaker, yardstick)
    except (KeyError, ValueError) as error:
        err.print(f"Error: {error.args[0]}", markup=False)
        raise typer.Exit(1)

    def table():
        grid = Table(Column("prediction", overflow="fold"), "speaker", "hedge", "p", "deadline", "status", show_lines=True)
        for row in rows:
            p = "—" if row["probability"] is None else f"{row['probability']:.2f}" + ("" if row["probability_basis"] == "hedge" else "*")
            grid.add_row(
                f"{row['quote_id']}\n{row['proposition']}", row["speaker"], row["hedge"] or "—", p,
                row["deadline"] or "—", row["outcome"] or row["status"],
            )
        out.print(grid)
        out.print(
            f"{len(rows)} prediction{'s' if len(rows) != 1 else ''}; p read from the hedge, * the speaker's own number; "
            "status: open, due, or the outcome",
            markup=False,
        )

    emit(rows, format, table)


@app.command()
def questions(
    path: DataArg = BUNDLED,
    shared: Annotated[bool, typer.Option("--shared", help="Only questions from questions.yaml, not one-off predictions' own.")] = False,
    yardstick: YardstickOption = None,
    format: FormatOption = "table",
):
    """List questions with their status and everyone who forecast them.

    Each forecaster with the side they took, the probability (* the speaker's own number, else the
    hedge read on the yardstick) and the hedge. Status: open, due, disputed, or the outcome.

    \b
        quotes questions --shared
        quotes questions --format json
    """
    from rich.table import Column, Table

    from .questions import forecaster_text, list_questions, status_text

    db = open_database(path)
    try:
        rows = list_questions(db, shared_only=shared, yardstick=yardstick)
    except (KeyError, ValueError) as error:
        err.print(f"Error: {error.args[0]}", markup=False)
        raise typer.Exit(1)

    def table():
        grid = Table(Column("question", overflow="fold"), "deadline", "status", "forecasters: side, p (hedge)", show_lines=True)
        for row in rows:
            grid.add_row(
                f"{row['question_id']}\n{row['question']}", row["deadline"] or "—", status_text(row),
                "\n".join(forecaster_text(f) for f in row["forecasters"]) or "—",
            )
        out.print(grid)
        out.print(
            f"{len(rows)} question{'s' if len(rows) != 1 else ''}; p of the speaker's side, read from the hedge, "
            "* the speaker's own number",
            markup=False,
        )

    emit(rows if format != "csv" else [{**{k: v for k, v in r.items() if k != "forecasters"}, "forecasters": "; ".join(forecaster_text(f) for f in r["forecasters"])} for r in rows], format, table)


# Options shared by the commands that record resolutions and reviews.
EvidenceExcerpt = Annotated[Optional[str], typer.Option("--excerpt", help="A short verbatim excerpt of the evidence.")]
EvidenceOutlet = Annotated[Optional[str], typer.Option("--outlet", help="Publisher of the evidence.")]
EvidencePublished = Annotated[Optional[str], typer.Option("--published", help="Publication date of the evidence (YYYY-MM-DD).")]
WritableCollection = Annotated[
    Path, typer.Option("--collection", "-c", help="Collection folder to write into (start one with 'quotes init DIR'); the bundled collection is refused.")
]


@app.command()
def resolve(
    prediction_id: Annotated[str, typer.Argument(metavar="ID", help="A question id (questions.yaml), or the id of a quote with a one-off prediction.")],
    outcome: Annotated[str, typer.Option("--outcome", help="true, false, partial, ambiguous or annulled (a failed condition).")],
    rationale: Annotated[str, typer.Option("--rationale", help="Why this outcome, in a sentence or two.")],
    evidence: Annotated[Optional[str], typer.Option("--evidence", help="URL of the report that shows the outcome (required for true, false, partial).")] = None,
    excerpt: EvidenceExcerpt = None,
    outlet: EvidenceOutlet = None,
    published: EvidencePublished = None,
    on: Annotated[Optional[str], typer.Option("--on", help="Date of the resolution (YYYY-MM-DD). Default: today.")] = None,
    resolver: Annotated[Optional[str], typer.Option("--resolver", help="Who records it.")] = None,
    early: Annotated[
        Optional[str], typer.Option("--early", metavar="REASON", help="Record a false outcome before the deadline has passed, and why it is already certain.")
    ] = None,
    confidence: Annotated[Optional[float], typer.Option("--confidence", help="The resolver's confidence that the outcome is right, 0–1.")] = None,
    collection: WritableCollection = BUNDLED,
):
    """Record the outcome of a question or a one-off prediction, with evidence, in its record file.

    A question's resolution (in questions.yaml) settles every prediction linked to it. Appends to
    the resolutions: a later resolution supersedes an earlier one and both stay. The rest of the file is left byte for byte as it was. The file is locked while it
    is edited; a read-only file is refused. A false outcome before the deadline needs --early.

    \b
        quotes resolve 2021-03-24-korea-herald-nk-cruise-missiles-q05 --outcome true \\
            --evidence https://example.org/report --outlet AFP --published 2021-03-25 \\
            --excerpt "fired two suspected ballistic missiles" --rationale "Ballistic launches on 25 March."
    """
    from .resolve import ResolveError
    from .resolve import resolve as record_resolution

    try:
        refuse_bundled(collection, "--collection")
        edit = record_resolution(
            collection, prediction_id, outcome, rationale=rationale, evidence_url=evidence, excerpt=excerpt,
            outlet=outlet, published=published, on=on, resolver=resolver, early=early, confidence=confidence,
        )
    except CollectionError as error:
        fail(error.problems)
    except (ResolveError, CollectionWriteError) as error:
        err.print(f"Error: {error}", markup=False)
        raise typer.Exit(1)
    out.print(f"Resolved {prediction_id}: {outcome} on {edit.resolution.resolved_on} (resolution #{edit.seq}) in {edit.path}", markup=False)


class VerdictChoice(str, Enum):
    agree = "agree"
    dispute = "dispute"


@app.command()
def review(
    record_id: Annotated[str, typer.Argument(metavar="ID", help="A question id, or the id of a quote with a one-off prediction.")],
    verdict: Annotated[VerdictChoice, typer.Argument(help="agree or dispute: the verdict on the resolution that counts.")],
    reviewer: Annotated[str, typer.Option("--reviewer", help="Who reviews: someone other than the resolver.")],
    rationale: Annotated[str, typer.Option("--rationale", help="Why, in a sentence or two.")],
    outcome: Annotated[Optional[str], typer.Option("--outcome", help="For a dispute: the outcome you would record instead.")] = None,
    evidence: Annotated[Optional[str], typer.Option("--evidence", help="URL of a report you relied on.")] = None,
    outlet: EvidenceOutlet = None,
    published: EvidencePublished = None,
    excerpt: EvidenceExcerpt = None,
    on: Annotated[Optional[str], typer.Option("--on", help="Date of the review (YYYY-MM-DD). Default: today.")] = None,
    collection: WritableCollection = BUNDLED,
):
    """Agree with or dispute the resolution that counts, as a second resolver.

    A standing dispute makes the question 'disputed' and holds its outcome back from scoring
    until the reviewer agrees in a later review or a new resolution supersedes the disputed one.

    \b
        quotes review nk-icbm-2022 dispute --reviewer "A. Editor" --outcome ambiguous \\
            --rationale "The launch of 24 March may have been an older missile." -c my-collection
    """
    from .resolve import ResolveError
    from .resolve import review as record_review

    try:
        refuse_bundled(collection, "--collection")
        edit = record_review(
            collection, record_id, verdict.value, reviewer=reviewer, rationale=rationale, outcome=outcome,
            evidence_url=evidence, outlet=outlet, published=published, excerpt=excerpt, on=on,
        )
    except CollectionError as error:
        fail(error.problems)
    except (ResolveError, CollectionWriteError) as error:
        err.print(f"Error: {error}", markup=False)
        raise typer.Exit(1)
    out.print(
        f"Reviewed {record_id}: {verdict.value} with its {edit.resolution.outcome} of {edit.resolution.resolved_on} "
        f"(review #{edit.seq}) in {edit.path}",
        markup=False,
    )


@app.command()
def scoreboard(
    path: DataArg = BUNDLED,
    by: Annotated[str, typer.Option("--by", help="speaker, institution or all.")] = "speaker",
    yardstick: YardstickOption = None,
    format: FormatOption = "table",
):
    """Score each speaker's or institution's resolved predictions, and compare them.

    Hit rate (true and false only) with a Wilson 95% interval; Brier and log scores (0 best) with
    bootstrap 95% intervals; the peer score (log score against the other speakers on the same
    questions); Brier skill against always saying 50%, the base rate and the yardstick's reading
    of the hedge; overconfidence and Murphy's decomposition; calibration bins and horizons.
    Partial counts as half true, half false; ambiguous, annulled and disputed outcomes are not
    scored; nothing scored shows "pending" or "unscorable". Ranks need 5 scored predictions;
    unnamed sources and groups ("experts") are listed apart, never ranked.

    \b
        quotes scoreboard
        quotes scoreboard --by institution --yardstick kent_1964 --format csv
    """
    from rich.table import Table

    from .scoring import (
        calibration_text, flat, hit_rate_text, horizons_text, interval_text, number, peer_text, score_interval_text,
    )
    from .scoring import scoreboard as score
    from .standings import MIN_SCORED_FOR_RANK, reference_text, speaker_kinds, standings

    db = open_database(path)
    try:
        cards = score(db, by, yardstick)
        split = standings(cards, speaker_kinds(db)) if by == "speaker" else standings(cards, minimum=None if by == "all" else MIN_SCORED_FOR_RANK)
    except (KeyError, ValueError) as error:
        err.print(f"Error: {error.args[0]}", markup=False)
        raise typer.Exit(1)
    cards = split.cards()

    def scores_table(rows, title=None):
        scores = Table("rank", by, "predictions", "scored", "hit rate", "95% CI", "Brier", "log score", title=title)
        for card in rows:
            scores.add_row(
                str(card["rank"] or "—"), card["group_name"], str(card["predictions"]), str(card["scored"]),
                hit_rate_text(card), interval_text(card), number(card["brier"]), number(card["log_score"]),
            )
        return scores

    def table():
        out.print(scores_table(split.ranked + split.unranked))
        if split.unnamed:
            out.print(scores_table(split.unnamed, "Unnamed sources and groups: not ranked"))
        compared = Table(by, "Brier 95% CI", "log score 95% CI", "peer (n)", "Brier skill: 50% / base / yardstick")
        decomposed = Table(by, "overconfidence", "reliability", "resolution", "uncertainty")
        detail = Table(by, "calibration: hits/n per probability bin", "horizon: n (hit rate)")
        for card in cards:
            compared.add_row(
                card["group_name"], score_interval_text(card, "brier"), score_interval_text(card, "log_score"),
                peer_text(card), " / ".join(number(card[k], True) for k in ("skill_chance", "skill_base_rate", "skill_yardstick")),
            )
            decomposed.add_row(
                card["group_name"], number(card["overconfidence"], True), number(card["reliability"]),
                number(card["resolution"]), number(card["uncertainty"]),
            )
            detail.add_row(card["group_name"], calibration_text(card), horizons_text(card))
        out.print(compared)
        out.print(decomposed)
        out.print(detail)
        out.print(reference_text(), markup=False)
        base = db.execute("SELECT base_rate, questions FROM base_rate").fetchone()
        out.print(
            f"hit rate: true and false only; partial scores as half true, half false. "
            f"Base rate: {number(base[0])} of {base[1]} resolved questions came out yes.",
            markup=False,
        )
        out.print(f"yardstick: {cards[0]['yardstick'] if cards else yardstick or 'icd203_2015'}", markup=False)

    emit([flat(c) for c in cards] if format == "csv" else cards, format, table)


@app.command()
def extract(
    articles: Annotated[list[Path], typer.Argument(help="Article files: plain text with an optional key: value header, or HTML.")],
    format: Annotated[str, typer.Option("--format", "-f", help="yaml (draft source file) or json.")] = "yaml",
    into: Annotated[Optional[Path], typer.Option("--into", help="Write the drafts into this collection folder.")] = None,
    yardstick: Annotated[str, typer.Option(help="Yardstick for hedge probabilities.")] = "icd203_2015",
    learned_roles: Annotated[bool, typer.Option(
        "--learned-roles/--rules-roles",
        help="Let the learned tagger correct the rules' titles and institutions, or keep the rules' (see README).")] = True,
):
    """Draft quote records from news articles, for a person to review.

    \b
        quotes extract article.txt
        quotes extract article.html --format json
        quotes extract articles/*.txt --into path/to/collection
    """
    from .extraction.command import run_extract

    raise typer.Exit(run_extract(articles, format, into, yardstick, learned_roles))
