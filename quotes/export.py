"""Export a quotes database, or any SQL query over it, as CSV, JSON lines or Parquet.

For people who move on to DuckDB, pandas or Spark. Rows are streamed in batches, so a table of
millions of quotes is written in constant memory. The database is opened read-only.

    >>> from quotes.export import export
    >>> export("quotes.db", "quotes.parquet", "parquet")  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import csv
import json
import sqlite3
import sys
from enum import Enum
from pathlib import Path
from typing import IO, Iterator, Optional

BATCH = 10_000
DEFAULT_QUERY = "select * from quotes_full"


class Format(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


class ExportError(Exception):
    """The query failed or its rows cannot be written in the format asked for."""


def batches(db_path: Path | str, query: str) -> tuple[list[str], Iterator[list[tuple]]]:
    """Column names and the rows of ``query``, ``BATCH`` at a time, from a read-only connection."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise ExportError(f"{db_path}: no such database file")
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        cursor = conn.execute(query)
    except sqlite3.Error as error:
        conn.close()
        raise ExportError(f"query failed: {error}") from None
    if cursor.description is None:
        conn.close()
        raise ExportError("the query returns no rows: give a select")
    columns = [d[0] for d in cursor.description]

    def rows() -> Iterator[list[tuple]]:
        try:
            while batch := cursor.fetchmany(BATCH):
                yield batch
        except sqlite3.Error as error:
            raise ExportError(f"query failed: {error}") from None
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


def write_parquet(columns: list[str], rows: Iterator[list[tuple]], out: Path | str | IO[bytes]) -> int:
    """Write row groups as they come; the schema is fixed by the first batch."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer, schema, n = None, None, 0
    try:
        for batch in rows:
            values = list(zip(*batch))
            if schema is None:
                schema = pa.schema([(name, arrow_type(list(col))) for name, col in zip(columns, values)])
                writer = pq.ParquetWriter(out, schema, compression="zstd")
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
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            n += len(batch)
        if writer is None:  # no rows: still a valid file with the columns, typed as text
            schema = pa.schema([(name, pa.string()) for name in columns])
            writer = pq.ParquetWriter(out, schema)
    finally:
        if writer is not None:
            writer.close()
    return n


def export(
    db_path: Path | str, output: Optional[Path | str], format: Format | str = Format.csv, query: Optional[str] = None
) -> int:
    """Write the rows of ``query`` (default: every quote, joined) to ``output``; returns the row count.

    :param db_path: a database built by ``quotes build`` or ``quotes import``
    :param output: file to write; None writes CSV or JSON lines to standard output
    :param format: ``csv``, ``jsonl`` or ``parquet``
    :param query: any read-only SQL; default ``select * from quotes_full``
    :raises ExportError: the query fails, or Parquet is asked for without an output file
    """
    format = Format(format)
    if format is Format.parquet and output is None:
        raise ExportError("Parquet is binary: give an output file")
    columns, rows = batches(db_path, query or DEFAULT_QUERY)
    if format is Format.parquet:
        try:
            return write_parquet(columns, rows, str(output))
        except BaseException:
            Path(output).unlink(missing_ok=True)  # no half-written file left behind
            raise
    with contextlib.ExitStack() as stack:
        out = sys.stdout if output is None else stack.enter_context(open(output, "w", encoding="utf-8", newline=""))
        return (write_csv if format is Format.csv else write_jsonl)(columns, rows, out)
