"""quotes export: CSV, JSON lines and Parquet, streamed, of quotes_full or any query."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pyarrow.parquet as pq
import pytest
from digests import digest
from typer.testing import CliRunner

from quotes import export as export_module
from quotes.cli import app
from quotes.export import ExportError, export

runner = CliRunner()


def expected(db, sql="select * from quotes_full"):
    conn = sqlite3.connect(db)
    cursor = conn.execute(sql)
    columns = [d[0] for d in cursor.description]
    rows = [dict(zip(columns, row)) for row in cursor.fetchall()]
    conn.close()
    return columns, rows


def read(path, format):
    if format == "csv":
        with open(path, newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))
    if format == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return pq.read_table(path).to_pylist()


def as_csv(value):
    return "" if value is None else str(value)


@pytest.mark.parametrize("batch", [export_module.BATCH, 4])
@pytest.mark.parametrize("format", ["csv", "jsonl", "parquet"])
def test_every_quote_in_every_format(bundled_db, bundled_counts, tmp_path, monkeypatch, format, batch):
    monkeypatch.setattr(export_module, "BATCH", batch)  # 4: many batches, many row groups
    out = tmp_path / f"quotes.{format}"
    result = runner.invoke(app, ["export", str(bundled_db), "--format", format, "-o", str(out)])
    assert result.exit_code == 0, result.output
    total = bundled_counts["quotes"]
    assert f"Wrote {total} rows to {out}" in result.output
    columns, rows = expected(bundled_db)
    got = read(out, format)
    assert len(got) == total and list(got[0]) == columns
    if format == "csv":
        rows = [{k: as_csv(v) for k, v in row.items()} for row in rows]
    assert got == rows
    if format == "parquet":
        assert pq.ParquetFile(out).metadata.num_row_groups == -(-total // batch)  # ceiling: one group a batch


@pytest.mark.parametrize("format", ["csv", "jsonl"])
def test_query_to_standard_output(bundled_db, bundled_counts, format):
    sql = "select id, text, speaker from quotes_full where claim_type = 'prediction' order by id"
    result = runner.invoke(app, ["export", str(bundled_db), "-f", format, "--query", sql])
    assert result.exit_code == 0, result.output
    _, rows = expected(bundled_db, sql)
    if format == "csv":
        assert list(csv.DictReader(io.StringIO(result.stdout))) == rows
    else:
        assert [json.loads(line) for line in result.stdout.splitlines()] == rows
    assert len(rows) == bundled_counts["prediction_claims"]


def test_parquet_types_follow_the_values(bundled_db, tmp_path):
    out = tmp_path / "p.parquet"
    export(bundled_db, out, "parquet", "select id, char_start, speaker_probability, 0.5 as half, null as empty from quotes")
    schema = pq.read_schema(out)
    assert [str(schema.field(n).type) for n in ("id", "char_start", "half", "empty")] == ["string", "int64", "double", "string"]


def test_parquet_of_no_rows_keeps_the_columns(bundled_db, tmp_path):
    out = tmp_path / "none.parquet"
    assert export(bundled_db, out, "parquet", "select id, text from quotes where 0") == 0
    assert pq.read_table(out).column_names == ["id", "text"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["-f", "parquet"], "Parquet is binary: give an output file"),
        (["-f", "xml"], "unknown format 'xml'"),
        (["-q", "select * from nowhere"], "query failed: no such table: nowhere"),
        (["-q", "delete from quotes"], "query refused: export runs read-only queries"),
    ],
)
def test_errors(bundled_db, args, message):
    before = digest(bundled_db)
    result = runner.invoke(app, ["export", str(bundled_db), *args])
    assert result.exit_code == 1
    assert f"Error: {message}" in result.output
    assert digest(bundled_db) == before


def test_missing_database(tmp_path):
    result = runner.invoke(app, ["export", str(tmp_path / "nope.db")])
    assert result.exit_code == 1 and "no such database file" in result.output


def test_a_column_that_changes_type_leaves_no_file(bundled_db, tmp_path, monkeypatch):
    monkeypatch.setattr(export_module, "BATCH", 1)
    out = tmp_path / "mixed.parquet"
    with pytest.raises(ExportError, match="column 'x' changed type after row 1: CAST it"):
        export(bundled_db, out, "parquet", "select 1 as x union all select 'one'")
    assert not out.exists()
