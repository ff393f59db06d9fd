"""The ``quotes`` command: thin wrappers over the Python API."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from . import app as publication
from .collection import BUNDLED, CollectionError, load_collection
from .db import build as build_database
from .schema import SCHEMA_DIR, write_schema

app = typer.Typer(
    help="An expert-quote and attribution database: check, build and publish a collection.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

CollectionArg = Annotated[
    Path,
    typer.Argument(help="Collection folder (speakers.yaml, institutions.yaml, sources/). Default: the bundled collection.", show_default=False),
]


def fail(problems) -> None:
    for problem in problems:
        err.print(str(problem), markup=False)
    err.print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found", markup=False)
    raise typer.Exit(1)


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
        f"{len(loaded.speakers)} speakers, {len(loaded.institutions)} institutions",
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
):
    """Publish a collection or database read-only with Datasette.

    \b
        quotes serve
        quotes serve --get '/quotes/quotes.json?_search=sanctions'
    """
    settings = parse_settings(setting or [])
    with tempfile.TemporaryDirectory(prefix="quotes-serve-") as workdir:
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
        publication.run(db_path, host=host, port=port, settings=settings)


@app.command()
def schema(
    directory: Annotated[Path, typer.Option("--dir", help="Where to write the generated files.")] = SCHEMA_DIR,
):
    """Write the JSON Schema of record files and the SQL of the database.

    \b
        quotes schema --dir schema
    """
    for written in write_schema(directory):
        out.print(f"Wrote {written}", markup=False)


@app.command()
def cite(
    quote_ids: Annotated[Optional[list[str]], typer.Argument(metavar="QUOTE_ID...", help="Quote ids to cite, in order.")] = None,
    style: Annotated[
        str, typer.Option("--style", help="apa, chicago-author-date, modern-language-association, harvard-cite-them-right (or another packaged CSL style), bibtex, csl-json or ris.")
    ] = "apa",
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
    """
    import sqlite_utils

    from . import cite as citations

    if db is not None and collection is not None:
        err.print("use --db or --collection, not both", markup=False)
        raise typer.Exit(1)
    try:
        if db is not None:
            if not db.is_file():
                raise citations.CiteError(f"{db}: no such database file")
            database = sqlite_utils.Database(db)
        else:
            database = citations.open_collection(collection or BUNDLED)
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
        TextColumn("Importing"), BarColumn(), DownloadColumn(), TimeRemainingColumn(), console=err, transient=True
    ) as progress:
        task = progress.add_task("import", total=sum(f.stat().st_size for f in files if f.is_file()))
        try:
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
):
    """Export every quote, or the rows of any SQL query, as CSV, JSON lines or Parquet.

    Streams in batches, so millions of rows take little memory.

    \b
        quotes export quotes.db --format parquet -o quotes.parquet
        quotes export quotes.db -f jsonl -q "select id, text, speaker from quotes_full where provenance = 'machine'"
    """
    from .export import ExportError, Format
    from .export import export as export_rows

    if format not in Format.__members__:
        err.print(f"Error: unknown format {format!r}: use csv, jsonl or parquet", markup=False)
        raise typer.Exit(1)
    try:
        n = export_rows(database, output, format, query)
    except ExportError as error:
        err.print(f"Error: {error}", markup=False)
        raise typer.Exit(1)
    if output is not None:
        err.print(f"Wrote {n} rows to {output}", markup=False)
