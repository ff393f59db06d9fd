"""`quotes export` never destroys (issue 13, case 4, and the full disk of case 7)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from typer.testing import CliRunner

import quotes.export as export_module
from quotes.cli import app
from quotes.export import ExportError, export

runner = CliRunner()


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def own_db(bundled_db, tmp_path):
    path = tmp_path / "self.db"
    shutil.copy(bundled_db, path)
    return path


@pytest.mark.parametrize("format", ["csv", "jsonl", "parquet"])
@pytest.mark.parametrize("alias", ["same", "symlink", "hardlink"])
def test_output_that_is_the_input_is_refused(own_db, format, alias):
    """`quotes export self.db -f csv -o self.db` truncated the database into a CSV header."""
    before = digest(own_db)
    output = own_db
    if alias == "symlink":
        output = own_db.with_name("link.db")
        output.symlink_to(own_db)
    elif alias == "hardlink":
        output = own_db.with_name("hard.db")
        os.link(own_db, output)
    result = runner.invoke(app, ["export", str(own_db), "-f", format, "-o", str(output)])
    assert result.exit_code == 1
    assert "is the database being exported" in result.output
    assert digest(own_db) == before


FAILS_MIDWAY = "select id, case when rowid > 3 then json('not json') else text end as t from quotes"


@pytest.mark.parametrize("format", ["csv", "jsonl", "parquet"])
def test_failed_query_leaves_the_previous_output_untouched(own_db, tmp_path, monkeypatch, format):
    """A parquet export whose query failed mid-way deleted an unrelated existing -o file."""
    monkeypatch.setattr(export_module, "BATCH", 1)
    output = tmp_path / f"previous.{format}"
    output.write_bytes(b"yesterday's export\n")
    with pytest.raises(ExportError, match="query failed: malformed JSON"):
        export(own_db, output, format, FAILS_MIDWAY)
    assert output.read_bytes() == b"yesterday's export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["self.db", output.name])


def test_parquet_type_change_leaves_the_previous_output(own_db, tmp_path, monkeypatch):
    monkeypatch.setattr(export_module, "BATCH", 1)
    output = tmp_path / "previous.parquet"
    output.write_bytes(b"PAR1 old")
    with pytest.raises(ExportError, match="changed type"):
        export(own_db, output, "parquet", "select 1 as x union all select 'one'")
    assert output.read_bytes() == b"PAR1 old"


def test_successful_export_replaces_and_keeps_mode(own_db, tmp_path):
    output = tmp_path / "quotes.csv"
    output.write_text("old\n")
    output.chmod(0o640)
    quotes = sqlite3.connect(own_db).execute("select count(*) from quotes_full").fetchone()[0]
    assert export(own_db, output, "csv") == quotes
    assert "id" in output.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert output.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize(
    "query",
    [
        "vacuum into '{target}'",
        "attach database '{target}' as x",
        "select 1; attach database '{target}' as x",
        "pragma query_only = 0",
        "create temp table t(x)",
    ],
)
def test_writing_statements_are_refused(own_db, tmp_path, query):
    """`-q "vacuum into '/any/path'"` and `attach database` wrote files although export is read-only."""
    target = tmp_path / "written.db"
    before = digest(own_db)
    result = runner.invoke(app, ["export", str(own_db), "-q", query.format(target=target)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")
    assert not target.exists()
    assert digest(own_db) == before


def test_full_disk_is_one_line_naming_the_output(own_db):
    """Writing to a full device: one line naming the path, no traceback (case 7)."""
    result = subprocess.run(
        [sys.executable, "-c", "from quotes.cli import app; app()", "export", str(own_db), "-o", "/dev/full"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["Error: /dev/full: No space left on device"]
    assert os.path.exists("/dev/full") and not os.path.isfile("/dev/full")


@pytest.mark.parametrize("format", ["csv", "parquet"])
def test_full_tmpfs_keeps_the_previous_file(own_db, small_tmpfs, format):
    output = small_tmpfs / f"quotes.{format}"
    output.write_bytes(b"previous\n")
    query = "select id, text, hex(randomblob(2000)) as padding from quotes, (select 1 union all select 2 union all select 3)"
    result = runner.invoke(app, ["export", str(own_db), "-f", format, "-q", query, "-o", str(output)])
    assert result.exit_code == 1
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"Error: {output}: ") and "No space left on device" in line and line.endswith("; nothing written")
    assert output.read_bytes() == b"previous\n"
    assert [p.name for p in small_tmpfs.iterdir()] == [output.name]
