"""`quotes init`: a new, empty collection every command accepts; writes refused in the bundled one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.collection import BUNDLED, EDIT_BUNDLED_ENV, CollectionWriteError, init_collection, refuse_bundled

runner = CliRunner()
SEED_TEXT = BUNDLED / "texts" / "2021-03-24-korea-herald-nk-cruise-missiles.txt"
SEED_QUOTE = "2021-03-24-korea-herald-nk-cruise-missiles-q07"


def test_init_makes_an_empty_valid_collection(tmp_path):
    target = tmp_path / "my-collection"
    result = runner.invoke(app, ["init", str(target)])
    assert result.exit_code == 0, result.output
    assert result.output == f"Started an empty collection in {target}: speakers.yaml, institutions.yaml, sources/, texts/\n"
    assert (target / "sources").is_dir() and (target / "texts").is_dir()
    for name, key in (("speakers.yaml", "speakers"), ("institutions.yaml", "institutions")):
        lines = (target / name).read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# yaml-language-server: $schema=") and lines[0].endswith("schema/record.schema.json")
        assert (target / lines[0].split("$schema=")[1]).resolve() == (Path(__file__).parent.parent / "schema" / "record.schema.json").resolve()
        assert lines[-1] == f"{key}: []"
    check = runner.invoke(app, ["check", str(target)])
    assert check.exit_code == 0 and check.output == "OK: 0 sources, 0 quotes, 0 speakers, 0 institutions, 0 questions\n"


def test_a_new_collection_builds_serves_and_takes_drafts(tmp_path):
    target = tmp_path / "my-collection"
    init_collection(target)
    assert runner.invoke(app, ["build", str(target), "-o", str(tmp_path / "empty.db")]).exit_code == 0
    served = runner.invoke(app, ["serve", str(target), "--get", "/quotes/quotes.json?_shape=array"])
    assert served.exit_code == 0 and json.loads(served.stdout) == []
    assert runner.invoke(app, ["serve", str(target), "--get", "/"]).exit_code == 0  # the home page of nothing yet
    extracted = runner.invoke(app, ["extract", str(SEED_TEXT), "--into", str(target)])
    assert extracted.exit_code == 0, extracted.output
    check = runner.invoke(app, ["check", str(target)])
    assert check.exit_code == 0 and check.output.startswith("OK: 1 sources, 17 quotes"), check.output
    for record in [target / "speakers.yaml", *(target / "sources").rglob("*.yaml")]:  # editors find the schema
        reference = record.read_text(encoding="utf-8").splitlines()[0].split("$schema=")[1]
        assert (record.parent / reference).is_file(), record


@pytest.mark.parametrize("existing", ["speakers.yaml", "institutions.yaml", "sources"])
def test_init_never_overwrites_a_collection(tmp_path, existing):
    target = tmp_path / "c"
    init_collection(target)
    before = {path: path.read_bytes() for path in target.rglob("*") if path.is_file()}
    result = runner.invoke(app, ["init", str(target)])
    assert result.exit_code == 1
    assert f"{target / existing}" in result.output and "already exists; nothing was written" in result.output
    assert {path: path.read_bytes() for path in target.rglob("*") if path.is_file()} == before


def test_resolve_refuses_the_bundled_collection_by_default():
    before = {path: path.read_bytes() for path in BUNDLED.rglob("*.yaml")}
    result = runner.invoke(app, ["resolve", SEED_QUOTE, "--outcome", "ambiguous", "--rationale", "test"])
    assert result.exit_code == 1
    assert "bundled collection installed with the package" in result.output
    assert "quotes init my-collection" in result.output
    assert {path: path.read_bytes() for path in BUNDLED.rglob("*.yaml")} == before


def test_extract_into_refuses_the_bundled_collection():
    before = {path: path.read_bytes() for path in BUNDLED.rglob("*") if path.is_file()}
    for into in (BUNDLED, BUNDLED / "sources"):
        result = runner.invoke(app, ["extract", str(SEED_TEXT), "--into", str(into)])
        assert result.exit_code == 2
        assert "--into" in result.output and "quotes init my-collection" in result.output
    assert {path: path.read_bytes() for path in BUNDLED.rglob("*") if path.is_file()} == before


def test_resolve_writes_into_a_copy(tmp_path):
    target = tmp_path / "my-collection"
    shutil.copytree(BUNDLED, target)
    result = runner.invoke(app, ["resolve", SEED_QUOTE, "--outcome", "ambiguous", "--rationale", "test", "-c", str(target)])
    assert result.exit_code == 0, result.output


def test_maintainers_of_the_seed_may_write_it(monkeypatch):
    with pytest.raises(CollectionWriteError):
        refuse_bundled(BUNDLED, "--collection")
    monkeypatch.setenv(EDIT_BUNDLED_ENV, "1")
    refuse_bundled(BUNDLED, "--collection")  # no error
