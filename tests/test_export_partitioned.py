"""quotes export --partition-by: a Hive-partitioned Parquet folder that DuckDB reads as one table."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.export import ExportError, export
from quotes.quotebank import build_with_quotebank

SCRIPT = Path(__file__).parent.parent / "scripts" / "generate_quotebank.py"
spec = importlib.util.spec_from_file_location("generate_quotebank", SCRIPT)
generator = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generator)

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory, seed_folder) -> Path:
    """400 generated quotes beside the seed article's 17 (every quote dated)."""
    folder = tmp_path_factory.mktemp("partitioned")
    path = folder / "quotes.db"
    build_with_quotebank([generator.generate(folder / "quotes-2019.json", 400, "quotes", seed=9)], path, seed_folder)
    return path


def test_duckdb_reads_the_partitioned_export(db, tmp_path):
    out = tmp_path / "quotes-by-year"
    result = runner.invoke(app, ["export", str(db), "--format", "parquet", "--partition-by", "year", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Wrote 417 rows to" in result.output
    conn = sqlite3.connect(db)
    expected = conn.execute("select year, count(*), count(distinct speaker) from quotes_full group by year order by year").fetchall()
    assert len(expected) > 3
    assert sorted(p.name for p in out.iterdir()) == [f"year={year}" for year, _, _ in expected]
    dataset = f"read_parquet('{out}/*/*.parquet', hive_partitioning = true, hive_types = {{'year': VARCHAR}})"
    found = duckdb.sql(
        f"select year, count(*), count(distinct speaker) from {dataset} group by year order by year"
    ).fetchall()
    assert found == expected
    # a filter on the partition column reads only that folder; the rows are the database's
    year = expected[1][0]
    rows = duckdb.sql(f"select id, text, speaker, outlet from {dataset} where year = '{year}' order by id").fetchall()
    assert rows == conn.execute(
        "select id, text, speaker, outlet from quotes_full where year = ? order by id", [year]
    ).fetchall()


def test_partition_column_must_exist_and_folder_be_new(db, tmp_path):
    with pytest.raises(ExportError, match="cannot partition by 'decade'"):
        export(db, tmp_path / "a", "parquet", partition_by="decade")
    assert not (tmp_path / "a").exists()
    (tmp_path / "b").mkdir()
    with pytest.raises(ExportError, match="already exists"):
        export(db, tmp_path / "b", "parquet", partition_by="year")
    with pytest.raises(ExportError, match="only Parquet"):
        export(db, tmp_path / "c", "csv", partition_by="year")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b"]  # nothing half written


def test_null_partition_is_hive_default(db, tmp_path):
    out = tmp_path / "by-institution"
    n = export(db, out, "parquet", query="select id, institution from quotes_full", partition_by="institution")
    assert n == 417
    names = {p.name for p in out.iterdir()}
    assert "institution=__HIVE_DEFAULT_PARTITION__" in names
    assert "institution=Asan%20Institute%20for%20Policy%20Studies" in names
    counts = dict(duckdb.sql(f"select institution, count(*) from read_parquet('{out}/*/*.parquet', hive_partitioning = true) group by 1").fetchall())
    assert counts["Asan Institute for Policy Studies"] >= 1 and counts[None] > 400
