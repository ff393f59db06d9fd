"""Clean faults (issue 13, cases 2, 7 and 9): bad Quotebank lines, killed imports, full disks,
files that are not our database. One line each, no process and no temporary file left behind."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.atomic import remove_stale, temporary_beside
from quotes.cli import app
from quotes.collection import BUNDLED
from quotes.db import build

runner = CliRunner()
GOOD = {"quoteID": "2020-01-02-000001", "quotation": "Fine words.", "speaker": "Ana Example", "qids": ["Q1"],
        "date": "2020-01-02 10:00:00", "numOccurrences": 2, "probas": [["Ana Example", "0.8"], ["None", "0.2"]],
        "urls": ["https://a.example.org/1", "https://b.example.org/2"], "phase": "E"}


def line(**changes) -> str:
    return json.dumps({**GOOD, "quoteID": "2020-01-02-000002", **changes})


def quotes_cli(*args: str, patch: str = "") -> list[str]:
    return [sys.executable, "-c", f"{patch}from quotes.cli import app; app()", *args]


@pytest.mark.parametrize(
    "bad,field,message",
    [
        (line(urls=["javascript://news.example.com/%0aalert(document.domain)"]), "urls.0", "only http:// and https:// URLs"),
        (line(urls=["https://a.example.org/1", "javascript:alert(1)"]), "urls.1", "only http:// and https:// URLs"),
        (line(urls=["data:text/html,x"]), "urls.0", "not a URL: 'data:text/html,x'"),
        (line(date="2020-02-30 10:00:00"), "date", "not a real date: '2020-02-30'"),
        (line(probas=[["Ana Example", "NaN"]]), "probas.0", "between 0 and 1"),
        (line(probas=[["Ana Example", 1.5]]), "probas.0", "between 0 and 1"),
        (line(probas=[["Ana Example", True]]), "probas.0", "not a number"),
        (line().replace('"numOccurrences": 2', '"numOccurrences": NaN'), "(json)", "NaN is not a JSON value"),
        ('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}", "(json)", "nested too deeply"),
    ],
    ids=["javascript", "occurrence-url", "data-url", "feb-30", "nan-text", "over-one", "bool", "nan-literal", "deep"],
)
def test_bad_quotebank_lines_are_one_problem(tmp_path, bundled_db, bad, field, message):
    """Case 2: a javascript: URL was imported and linked; case 9: 2020-02-30 and NaN were accepted,
    a 100k-deep line gave a RecursionError traceback. The import stops at the line (decision: a
    non-http(s) URL makes the line malformed, like any other malformed line)."""
    path = tmp_path / "quotes-2020.json"
    path.write_text(json.dumps(GOOD) + "\n" + bad + "\n", encoding="utf-8")
    db = tmp_path / "quotes.db"
    db.write_bytes(bundled_db.read_bytes())
    before = db.read_bytes()
    result = runner.invoke(app, ["import", "quotebank", str(path), "--db", str(db)])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert f"{path}:2: {field}: " in result.output and message in result.output
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quotes-2020.json", "quotes.db"]


def children_of(pid: int) -> set[int]:
    """Every process whose parent is ``pid``."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture
def big_quotebank(tmp_path) -> Path:
    """A Quotebank file read by the second process (the size threshold lowered for the test)."""
    path = tmp_path / "quotes-2020.json"
    with path.open("w", encoding="utf-8") as handle:
        for n in range(60_000):
            handle.write(json.dumps({**GOOD, "quoteID": f"2020-01-02-{n:06d}", "urls": [f"https://a.example.org/{n}"]}) + "\n")
    return path


SMALL_PARALLEL = "import quotes.quotebank as q; q.PARALLEL_BYTES = 1000; q.BATCH = 500; "


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_killed_import_leaves_no_reader_and_no_temporary_file(tmp_path, big_quotebank, sig):
    """Case 7: a killed import left its reader and resource tracker blocked forever, and .tmp files."""
    out = tmp_path / "out"
    out.mkdir()
    parent = subprocess.Popen(
        quotes_cli("import", "quotebank", str(big_quotebank), "--db", str(out / "quotes.db"), patch=SMALL_PARALLEL),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    children: set[int] = set()
    while time.monotonic() < deadline and parent.poll() is None:
        children |= children_of(parent.pid)
        if len(children) >= 2 and any(out.glob(".quotes.db.*.tmp")):  # reader (and tracker) running, database half written
            break
        time.sleep(0.05)
    assert parent.poll() is None, "the import finished before it could be killed: make the file larger"
    os.kill(parent.pid, sig)
    parent.wait(timeout=30)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(alive(pid) for pid in children):
        time.sleep(0.1)
    assert [pid for pid in children if alive(pid)] == []
    left = sorted(p.name for p in out.iterdir())
    if sig != signal.SIGKILL:
        # cleaned up on the signal (SIGTERM) or Ctrl-C (SIGINT); a signal that lands after the finished database
        # was moved into place (the import was in its last steps) leaves that database, whole, and nothing else
        assert left in ([], ["quotes.db"])
        if left:
            with sqlite3.connect(out / "quotes.db") as db:
                assert db.execute("select count(*) from quotes where provenance = 'machine'").fetchone()[0] == 60_000
    else:
        assert len(left) == 1 and left[0].startswith(".quotes.db.")  # nothing can run on SIGKILL ...
        result = runner.invoke(app, ["build", "-o", str(out / "quotes.db")])
        assert result.exit_code == 0, result.output
        assert sorted(p.name for p in out.iterdir()) == ["quotes.db"]  # ... the next run removes it


def test_a_live_writers_temporary_file_is_not_removed(tmp_path):
    target = tmp_path / "quotes.db"
    with temporary_beside(target) as (_, temp):
        assert remove_stale(target) == []
        assert temp.exists()
    assert not temp.exists()


@pytest.mark.parametrize("command", ["build", "import"])
def test_full_disk_is_one_line_naming_the_path(small_tmpfs, tmp_path, command):
    """Case 7: a full disk gave raw tracebacks ("disk I/O error", "database disk image is malformed")."""
    db = small_tmpfs / "quotes.db"
    db.write_bytes(b"previous")
    if command == "build":
        args = ["build", "-o", str(db)]
    else:
        source = tmp_path / "quotes-2020.json"
        source.write_text("".join(line(quoteID=f"2020-01-02-{n:06d}", quotation="words " * 40) + "\n" for n in range(3000)), encoding="utf-8")
        args = ["import", "quotebank", str(source), "--db", str(db)]
    result = subprocess.run(quotes_cli(*args), capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"Error: {db}: cannot write the database: no space left on the device; the previous file is untouched"
    ]
    assert db.read_bytes() == b"previous"
    assert sorted(p.name for p in small_tmpfs.iterdir()) == ["quotes.db"]


def not_ours(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.db"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("id,text\n1,hello\n")
    elif kind == "random":
        path.write_bytes(os.urandom(8192))
    elif kind == "other-sqlite":
        conn = sqlite3.connect(path)
        conn.execute("create table t(x)")
        conn.commit()
        conn.close()
    elif kind == "truncated":
        full = tmp_path / "full.db"
        build(BUNDLED, full)
        path.write_bytes(full.read_bytes()[:8192])
    elif kind == "header-only":
        path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 84)
    return path


@pytest.mark.parametrize("kind", ["empty", "text", "random", "other-sqlite", "truncated", "header-only"])
@pytest.mark.parametrize("command", ["predictions", "scoreboard"])
def test_a_file_that_is_not_our_database_is_one_line(tmp_path, kind, command):
    """Case 9: predictions/scoreboard on a file that is not our database gave DatabaseError tracebacks."""
    path = not_ours(tmp_path, kind)
    result = subprocess.run(quotes_cli(command, str(path)), capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    [message] = result.stderr.strip().splitlines()
    assert message.startswith(f"Error: {path}: not a quotes database (")
