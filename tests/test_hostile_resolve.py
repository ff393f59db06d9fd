"""Record edits under races and on unusual files (issue 13, case 6): nothing lost, nothing forced."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.collection import load_collection
from quotes.resolve import ResolveError, resolve

from conftest import run_at_once

runner = CliRunner()
P = "2021-03-24-korea-herald-nk-cruise-missiles"
RECORD = f"sources/2021/{P}.yaml"
TODAY = dt.date.today().isoformat()


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def resolve_in_child(collection, rationale) -> str:
    try:
        resolve(collection, f"{P}-q05", "ambiguous", rationale=rationale, on=TODAY)
        return "ok"
    except ResolveError as error:
        return str(error)


def test_concurrent_resolutions_are_all_kept(collection):
    """Six processes resolve one prediction at the same moment, three times: every one is recorded."""
    loaded, index = load_collection(collection).find_quote(f"{P}-q05")
    before = len(loaded.record.quotes[index].prediction.resolutions)
    rationales = []
    for round_ in range(3):
        names = [f"round {round_} writer {n}" for n in range(6)]
        assert run_at_once(resolve_in_child, [(collection, name) for name in names]) == ["ok"] * 6
        rationales += names
    loaded, index = load_collection(collection).find_quote(f"{P}-q05")
    history = loaded.record.quotes[index].prediction.resolutions
    assert len(history) == before + len(rationales)
    assert sorted(r.rationale for r in history[before:]) == sorted(rationales)


def resolve_args(collection, *extra):
    return ["resolve", f"{P}-q05", "--outcome", "ambiguous", "--rationale", "see report", "--on", TODAY, *extra, "-c", str(collection)]


def test_read_only_record_is_refused_even_for_root(collection):
    record = collection / RECORD
    before = digest(record)
    record.chmod(0o444)
    result = runner.invoke(app, resolve_args(collection))
    assert result.exit_code == 1
    assert "read-only" in result.output and "Traceback" not in result.output
    assert digest(record) == before
    assert stat.S_IMODE(record.stat().st_mode) == 0o444


def test_read_only_folder_is_one_line_not_a_traceback(seed_collection):
    collection = seed_collection  # the seed's folder holds its file alone
    folder = collection / "sources" / "2021"
    before = digest(collection / RECORD)
    folder.chmod(0o555)
    try:
        result = runner.invoke(app, resolve_args(collection))
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 1
    assert "folder is read-only" in result.output
    assert isinstance(result.exception, SystemExit)  # a clean exit, not an escaped PermissionError
    assert digest(collection / RECORD) == before
    assert sorted(p.name for p in folder.iterdir()) == [f"{P}.yaml"]


def test_crlf_line_endings_are_kept(collection):
    record = collection / RECORD
    text = record.read_text(encoding="utf-8")
    record.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    result = runner.invoke(app, resolve_args(collection))
    assert result.exit_code == 0, result.output
    after = record.read_bytes()
    assert after.count(b"\n") == after.count(b"\r\n")
    assert after.count(b"\r\n") > text.count("\n")
    assert after.startswith(text.replace("\n", "\r\n").encode("utf-8").split(b"\r\n", 1)[0])


@pytest.mark.parametrize("final_newline", [True, False])
def test_presence_of_final_newline_is_kept(collection, final_newline):
    record = collection / RECORD
    text = record.read_text(encoding="utf-8").rstrip("\n") + ("\n" if final_newline else "")
    record.write_text(text, encoding="utf-8")
    result = runner.invoke(app, resolve_args(collection))
    assert result.exit_code == 0, result.output
    assert record.read_text(encoding="utf-8").endswith("\n") == final_newline
    assert load_collection(collection).find_quote(f"{P}-q05") is not None


def test_false_before_the_deadline_needs_early_with_a_reason(unresolved_collection):
    """q08 has deadline 2021-04-30 in the seed: a false on 2021-04-10 is premature without --early."""
    collection = unresolved_collection
    record = collection / RECORD
    loaded, index = load_collection(collection).find_quote(f"{P}-q08")
    deadline = loaded.record.quotes[index].prediction.deadline
    assert deadline == dt.date(2021, 4, 30)
    args = ["resolve", f"{P}-q08", "--outcome", "false", "--rationale", "No test.", "--evidence", "https://example.org/r",
            "--on", "2021-04-10", "-c", str(collection)]
    before = digest(record)
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert "deadline 2021-04-30 has not passed" in result.output and "--early" in result.output
    assert digest(record) == before
    assert runner.invoke(app, args + ["--early", "  "]).exit_code == 1
    result = runner.invoke(app, args + ["--early", "The site was dismantled on 9 April."])
    assert result.exit_code == 0, result.output
    loaded, index = load_collection(collection).find_quote(f"{P}-q08")
    assert loaded.record.quotes[index].prediction.resolutions[-1].early == "The site was dismantled on 9 April."
    # After the deadline, false needs no --early.
    late = ["resolve", f"{P}-q08", "--outcome", "false", "--rationale", "No test.", "--evidence", "https://example.org/r",
            "--on", "2021-05-01", "-c", str(collection)]
    assert runner.invoke(app, late).exit_code == 0


def test_symlinked_record_is_not_followed_for_the_lock(collection, tmp_path):
    """The lock opens the record without following a symlink: a record that is a link is refused."""
    record = collection / RECORD
    outside = tmp_path / "outside.yaml"
    outside.write_bytes(record.read_bytes())
    record.unlink()
    os.symlink(outside, record)
    before = digest(outside)
    result = runner.invoke(app, resolve_args(collection))
    assert result.exit_code == 1
    assert digest(outside) == before
