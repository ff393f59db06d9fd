"""quotes build: tables with keys and indexes, full-text search, views; atomic and deterministic."""

from __future__ import annotations


import pytest
from digests import digest
import sqlite_utils
from typer.testing import CliRunner

from quotes.cli import app
from quotes.db import build

runner = CliRunner()
TABLES = ["sources", "speakers", "institutions", "quotes", "predictions", "resolutions", "evidence"]


def test_build_command(collection, db_path, bundled_counts):
    result = runner.invoke(app, ["build", str(collection), "-o", str(db_path)])
    assert result.exit_code == 0, result.output
    assert f"{bundled_counts['quotes']} quotes" in result.output
    assert db_path.exists()


def test_tables_keys_and_indexes(bundled_db):
    db = sqlite_utils.Database(bundled_db)
    assert set(TABLES) <= set(db.table_names())
    assert db["quotes"].pks == ["id"]
    assert db["predictions"].pks == ["quote_id"]
    fks = {(fk.column, fk.other_table) for fk in db["quotes"].foreign_keys}
    assert fks == {("source_id", "sources"), ("speaker_id", "speakers"), ("institution_id", "institutions")}
    assert {fk.other_table for fk in db["evidence"].foreign_keys} == {"resolutions", "resolution_reviews"}
    assert {(fk.column, fk.other_table) for fk in db["predictions"].foreign_keys} == {("quote_id", "quotes"), ("question_id", "questions")}
    assert {(fk.column, fk.other_table) for fk in db["resolutions"].foreign_keys} == {("question_id", "questions")}
    indexed = {tuple(index.columns) for index in db["quotes"].indexes}
    assert {("speaker_id",), ("institution_id",), ("source_id",)} <= indexed
    faceted = {tuple(index.columns) for index in db["quotes_full"].indexes}
    assert {("speaker",), ("institution",), ("outlet",), ("year",), ("claim_type",)} <= faceted
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_rows(bundled_db, bundled_counts):
    db = sqlite_utils.Database(bundled_db)
    counts = {table: db[table].count for table in TABLES}
    for table in ("sources", "quotes", "predictions", "speakers", "institutions"):
        assert counts[table] == bundled_counts[table], table
    choi = db.execute(
        "select speaker, title, institution, outlet, published, form from quotes_full "
        "where id = '2021-03-24-korea-herald-nk-cruise-missiles-q06'"
    ).fetchone()
    assert choi == ("Choi Kang", "acting president", "Asan Institute for Policy Studies", "The Korea Herald", "2021-03-24", "direct")
    assert db.execute("select title from sources where id = '2021-03-24-korea-herald-nk-cruise-missiles'").fetchone() == (None,)


@pytest.mark.parametrize(
    "query,expected_speakers",
    [
        ("sanctions", {"experts", "Choi Kang", "Antony Blinken"}),  # quote text
        ("Cheong", {"Cheong Seong-chang"}),  # speaker
        ('"acting president"', {"Choi Kang"}),  # title
        ('"Sejong Institute"', {"Cheong Seong-chang"}),  # institution
        ("Herald", None),  # outlet: every quote
    ],
)
def test_full_text_search(seed_db, query, expected_speakers):
    db = sqlite_utils.Database(seed_db)
    rows = db.execute(
        "select speaker from quotes_full where rowid in "
        "(select rowid from quotes_fts where quotes_fts match ?)",
        [query],
    ).fetchall()
    speakers = {speaker for (speaker,) in rows}
    if expected_speakers is None:
        assert len(rows) == 17
    else:
        assert speakers == expected_speakers


def test_views(bundled_db, bundled_counts):
    db = sqlite_utils.Database(bundled_db)
    assert {"predictions_status", "open_predictions", "due_predictions"} <= set(db.view_names())
    assert db["quotes_full"].count == db["quotes"].count
    statuses = {row["quote_id"]: row["status"] for row in db["predictions_status"].rows}
    assert len(statuses) == bundled_counts["predictions"]
    # Every bundled prediction has a resolution (tests/test_scoring_edges.py has open and due ones).
    resolved_questions = {row["question_id"] for row in db["resolutions"].rows}
    resolved = {row["quote_id"] for row in db["predictions"].rows if row["question_id"] in resolved_questions}
    assert set(statuses) == resolved and set(statuses.values()) == {"resolved"}
    assert db["open_predictions"].count == db["due_predictions"].count == 0


def test_built_database_is_readable_by_others(db_path, collection):
    import os
    import stat

    from quotes.collection import current_umask

    build(collection, db_path)
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o666 & ~current_umask()


def test_build_is_deterministic(collection, tmp_path):
    first, second = tmp_path / "a" / "quotes.db", tmp_path / "b" / "quotes.db"
    build(collection, first)
    build(collection, second)
    dump = lambda path: list(sqlite_utils.Database(path).iterdump())
    assert dump(first) == dump(second)
    assert digest(first) == digest(second)


def test_failed_build_leaves_previous_database_intact(collection, db_path, monkeypatch):
    """The build fails while writing, its temporary file half full: the previous database stays."""
    from quotes import db as db_module

    assert runner.invoke(app, ["build", str(collection), "-o", str(db_path)]).exit_code == 0
    before = digest(db_path)
    registry = collection / "institutions.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("name: Sejong Institute", "name: Sejong Institute (renamed)"), encoding="utf-8")
    seen = {}

    def fail_while_writing():
        temporary = [p for p in db_path.parent.iterdir() if p.suffix == ".tmp"]
        seen["temporary"] = [p.stat().st_size for p in temporary]
        seen["target"] = digest(db_path)
        raise OSError("disk full")

    monkeypatch.setattr(db_module, "fill_search_sql", fail_while_writing)  # the last step of finish()
    result = runner.invoke(app, ["build", str(collection), "-o", str(db_path)])
    assert result.exit_code == 1  # one line naming the file, not a traceback (issue 13, case 7)
    assert f"Error: {db_path}: cannot write the database: no space left on the device" in result.output
    assert len(seen["temporary"]) == 1 and seen["temporary"][0] > 0  # the new build was being written...
    assert seen["target"] == before  # ...beside the database, not into it
    assert digest(db_path) == before
    assert not sqlite_utils.Database(db_path).execute("select count(*) from institutions where name like '%renamed%'").fetchone()[0]
    assert [p.name for p in db_path.parent.iterdir() if p.suffix == ".tmp"] == []


def test_invalid_collection_leaves_previous_database_intact(collection, db_path, bundled_counts):
    assert runner.invoke(app, ["build", str(collection), "-o", str(db_path)]).exit_code == 0
    before = digest(db_path)
    source = next((collection / "sources").rglob("2021-03-24-korea-herald-nk-cruise-missiles.yaml"))
    source.write_text(source.read_text(encoding="utf-8").replace("form: direct", "form: verbatim"), encoding="utf-8")
    result = runner.invoke(app, ["build", str(collection), "-o", str(db_path)])
    assert result.exit_code == 1
    assert "form" in result.output
    assert digest(db_path) == before
    assert sqlite_utils.Database(db_path)["quotes"].count == bundled_counts["quotes"]
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(".")) == []


def test_build_error_midway_removes_temporary_file(collection, db_path, monkeypatch):
    from quotes import db as db_module

    build(collection, db_path)
    before = digest(db_path)

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(db_module, "write_collection", explode)
    with pytest.raises(RuntimeError):
        db_module.build(collection, db_path)
    assert digest(db_path) == before
    assert [p.name for p in db_path.parent.iterdir() if p.suffix == ".tmp"] == []
