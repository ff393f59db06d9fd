"""Export a quotes database, or any SQL query over it, as CSV, JSON lines or Parquet.

For people who move on to DuckDB, pandas or Spark. Rows are streamed in batches, so a table of
millions of quotes is written in constant memory.

An export never destroys anything. The database is opened read-only and an authorizer lets a
query only read (no ATTACH, which is also how ``VACUUM INTO`` writes a file, no PRAGMA, no
writes). The output is written to a temporary file beside it and renamed over ``-o`` only when
every row is written, so a failed query or a full disk leaves the previous file as it was; an
output that is the database itself (same file, by any path or link) is refused.

Past what one SQLite file serves, ``partition_by`` writes Parquet as a Hive-partitioned folder
(``year=2019/part-0.parquet``, ...): DuckDB, Spark, Polars or any Parquet engine reads it as one
table and skips the partitions a query's filter rules out.

    >>> from quotes.export import export
    >>> export("quotes.db", "quotes.parquet", "parquet")  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import urllib.parse
from enum import Enum
from pathlib import Path
from typing import IO, Iterator, Optional

from .atomic import temporary_beside
from .collection import current_umask

BATCH = 10_000
HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"
MAX_PARTITIONS = 1000  # one open file each
DEFAULT_QUERY = "select * from quotes_full"


class Format(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


class ExportError(Exception):
    """The query failed or its rows cannot be written in the format asked for."""


# What a query may do: read tables and call functions. Anything else (ATTACH, which VACUUM INTO
# uses, PRAGMA, INSERT, CREATE, ...) is denied before it runs.
READ_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, getattr(sqlite3, "SQLITE_RECURSIVE", 33)}


def read_only(action: int, *args) -> int:
    return sqlite3.SQLITE_OK if action in READ_ACTIONS else sqlite3.SQLITE_DENY


def query_error(error: sqlite3.Error) -> ExportError:
    if "not authorized" in str(error):
        return ExportError("query refused: export runs read-only queries (no ATTACH, VACUUM, PRAGMA or writes)")
    return ExportError(f"query failed: {error}")


def batches(db_path: Path | str, query: str) -> tuple[list[str], Iterator[list[tuple]]]:
    """Column names and the rows of ``query``, ``BATCH`` at a time, from a read-only connection."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise ExportError(f"{db_path}: no such database file")
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    conn.set_authorizer(read_only)
    try:
        cursor = conn.execute(query)
    except sqlite3.Error as error:
        conn.close()
        raise query_error(error) from None
    if cursor.description is None:
        conn.close()
        raise ExportError("the query returns no rows: give a select")
    columns = [d[0] for d in cursor.description]

    def rows() -> Iterator[list[tuple]]:
        try:
            while batch := cursor.fetchmany(BATCH):
                yield batch
        except sqlite3.Error as error:
            raise query_error(error) from None
        finally:
            conn.close()

    return columns, rows()


def write_csv(columns: list[str], rows: Iterator[list[tuple]], out: IO[str]) -> int:
    writer = csv.writer(out)
    writer.writerow(columns)
    n = 0
    for batch in rows:
        writer.writerows(batch)
        n += len(batch)
    return n


def write_jsonl(columns: list[str], rows: Iterator[list[tuple]], out: IO[str]) -> int:
    n = 0
    for batch in rows:
        out.write("".join(json.dumps(dict(zip(columns, row)), ensure_ascii=False) + "\n" for row in batch))
        n += len(batch)
    return n


def arrow_type(values: list):
    """The Arrow type for a column, judged from its first batch (SQLite types are per value)."""
    import pyarrow as pa

    kinds = {type(v) for v in values if v is not None}
    if not kinds:
        return pa.string()
    if kinds <= {int}:
        return pa.int64()
    if kinds <= {int, float}:
        return pa.float64()
    if kinds <= {bytes}:
        return pa.binary()
    return pa.string()


def arrow_schema(columns: list[str], values: list[tuple]):
    """The Arrow schema of a first batch, column by column (see :func:`arrow_type`)."""
    import pyarrow as pa

    return pa.schema([(name, arrow_type(list(col))) for name, col in zip(columns, values)])


def arrow_table(schema, values: list[tuple], n: int):
    """One batch's columns as a table of ``schema``; ``n`` rows came before it (for the error)."""
    import pyarrow as pa

    arrays = []
    for field, col in zip(schema, values):
        if pa.types.is_string(field.type):
            col = [v if v is None or isinstance(v, str) else str(v) for v in col]
        try:
            arrays.append(pa.array(col, type=field.type))
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
            raise ExportError(
                f"column {field.name!r} changed type after row {n}: "
                f"CAST it in --query, e.g. cast({field.name} as text)"
            ) from None
    return pa.Table.from_arrays(arrays, schema=schema)


def write_parquet(columns: list[str], rows: Iterator[list[tuple]], out: Path | str | IO[bytes]) -> int:
    """Write row groups as they come; the schema is fixed by the first batch."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer, schema, n = None, None, 0
    try:
        for batch in rows:
            values = list(zip(*batch))
            if schema is None:
                schema = arrow_schema(columns, values)
                writer = pq.ParquetWriter(out, schema, compression="zstd")
            writer.write_table(arrow_table(schema, values, n))
            n += len(batch)
        if writer is None:  # no rows: still a valid file with the columns, typed as text
            schema = pa.schema([(name, pa.string()) for name in columns])
            writer = pq.ParquetWriter(out, schema)
    finally:
        if writer is not None:
            writer.close()
    return n


def partition_folder(column: str, value) -> str:
    """Hive's name for a partition: ``year=2019``; null is ``__HIVE_DEFAULT_PARTITION__``."""
    return f"{column}={HIVE_NULL if value is None else urllib.parse.quote(str(value), safe='')}"


def write_partitioned_parquet(columns: list[str], rows: Iterator[list[tuple]], folder: Path, partition_by: str) -> int:
    """A Hive-partitioned Parquet dataset: ``folder/COLUMN=VALUE/part-0.parquet``, one file per value.

    The partition column lives in the folder names, not the files, as Hive, Spark and DuckDB
    (``hive_partitioning``) expect. Rows stream: one writer per value stays open, so memory is a
    batch plus a row group per value. Written into a temporary folder beside ``folder`` and
    renamed into place when complete.
    """
    import pyarrow.parquet as pq

    if partition_by not in columns:
        raise ExportError(f"cannot partition by {partition_by!r}: the query's columns are {', '.join(columns)}")
    if folder.exists():
        raise ExportError(f"{folder}: already exists; give a new folder for the partitioned export")
    index = columns.index(partition_by)
    kept = columns[:index] + columns[index + 1:]
    folder.parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    writers: dict = {}
    schema, n = None, 0
    try:
        for batch in rows:
            groups: dict = {}
            for row in batch:
                groups.setdefault(row[index], []).append(row[:index] + row[index + 1:])
            if schema is None:
                schema = arrow_schema(kept, list(zip(*(row[:index] + row[index + 1:] for row in batch))))
            for value, grouped in groups.items():
                if value not in writers:
                    if len(writers) >= MAX_PARTITIONS:
                        raise ExportError(f"{partition_by!r} has more than {MAX_PARTITIONS} values: partition by a coarser column")
                    part = temp / partition_folder(partition_by, value)
                    part.mkdir()
                    writers[value] = pq.ParquetWriter(str(part / "part-0.parquet"), schema, compression="zstd")
                writers[value].write_table(arrow_table(schema, list(zip(*grouped)), n))
            n += len(batch)
    except BaseException:
        for writer in writers.values():
            writer.close()
        shutil.rmtree(temp, ignore_errors=True)
        raise
    for writer in writers.values():
        writer.close()
    os.chmod(temp, 0o777 & ~current_umask())  # mkdtemp makes it owner-only
    os.rename(temp, folder)
    return n


def export(
    db_path: Path | str,
    output: Optional[Path | str],
    format: Format | str = Format.csv,
    query: Optional[str] = None,
    partition_by: Optional[str] = None,
) -> int:
    """Write the rows of ``query`` (default: every quote, joined) to ``output``; returns the row count.

    :param db_path: a database built by ``quotes build`` or ``quotes import``
    :param output: file to write; None writes CSV or JSON lines to standard output; with
        ``partition_by``, a new folder
    :param format: ``csv``, ``jsonl`` or ``parquet``
    :param query: any read-only SQL; default ``select * from quotes_full``
    :param partition_by: Parquet only: a column of the query to partition by, Hive style
    :raises ExportError: the query fails, or Parquet is asked for without an output file
    """
    format = Format(format)
    if format is Format.parquet and output is None:
        raise ExportError("Parquet is binary: give an output file")
    if partition_by is not None and format is not Format.parquet:
        raise ExportError("only Parquet is written partitioned: add --format parquet")
    if output is not None:
        refuse_overwriting_input(Path(db_path), Path(output), folder=partition_by is not None)
    columns, rows = batches(db_path, query or DEFAULT_QUERY)
    if partition_by is not None:
        return write_partitioned_parquet(columns, rows, Path(output), partition_by)
    write = {Format.csv: write_csv, Format.jsonl: write_jsonl, Format.parquet: write_parquet}[format]
    if output is None:
        return write(columns, rows, sys.stdout)
    if Path(output).exists() and not Path(output).is_file():
        # /dev/stdout, a FIFO: written in place, never replaced by a rename.
        return write_in_place(columns, rows, write, format, Path(output))
    with replaced_on_success(Path(output)) as temp:
        if format is Format.parquet:
            return write(columns, rows, str(temp))
        with open(temp, "w", encoding="utf-8", newline="") as out:
            return write(columns, rows, out)


def write_in_place(columns, rows, write, format: Format, output: Path) -> int:
    try:
        if format is Format.parquet:
            return write(columns, rows, str(output))
        with open(output, "w", encoding="utf-8", newline="") as out:
            return write(columns, rows, out)
    except OSError as error:
        raise ExportError(f"{output}: {error.strerror or error}") from None


def refuse_overwriting_input(db_path: Path, output: Path, folder: bool = False) -> None:
    """The output must not be the database (or its journal): ``-o self.db`` once truncated it.
    A partitioned output is a folder that replaces the old one: it must not hold the database."""
    if folder:
        real_output, real_db = os.path.realpath(output), os.path.realpath(db_path)
        if os.path.commonpath([real_output, real_db]) == real_output:
            raise ExportError(f"{output}: holds the database being exported; choose another output folder")
        return
    if not output.exists():
        return
    if os.path.isdir(output):
        raise ExportError(f"{output}: is a folder; give a file name")
    for name in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-journal")):
        if name.exists() and os.path.samefile(name, output):
            raise ExportError(f"{output}: is the database being exported; choose another output file")


@contextlib.contextmanager
def replaced_on_success(output: Path) -> Iterator[Path]:
    """A temporary file beside ``output``, renamed over it only if the block succeeds.

    On any failure (a query error mid-way, a full disk, Ctrl-C) the temporary file is removed and
    ``output`` keeps its previous content. An existing output keeps its permissions.
    """
    try:
        with temporary_beside(output) as (_, temp):
            yield temp
            os.chmod(temp, output.stat().st_mode & 0o777 if output.exists() else 0o666 & ~current_umask())
            os.replace(temp, output)
    except OSError as error:
        raise ExportError(f"{output}: {error.strerror or error}; nothing written") from None
