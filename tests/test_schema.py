"""schema/: generated contracts that fail the build when they drift from the code."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.collection import BUNDLED, plain, read_document
from quotes.schema import SCHEMA_DIR, generated

runner = CliRunner()
RECORD_FILES = sorted(BUNDLED.rglob("*.yaml"))


@pytest.mark.parametrize("name", sorted(generated()))
def test_committed_schema_matches_the_code(name):
    committed = (SCHEMA_DIR / name).read_text(encoding="utf-8")
    assert committed == generated()[name], f"schema/{name} is stale: run `quotes schema`"


def test_schema_command_writes_both_files(tmp_path):
    result = runner.invoke(app, ["schema", "--dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quotes.sql", "record.schema.json"]
    schema = json.loads((tmp_path / "record.schema.json").read_text(encoding="utf-8"))
    quote = schema["$defs"]["Quote"]["properties"]
    assert "verbatim" in quote["text"]["description"]
    assert quote["form"]["$ref"].endswith("Form")
    sql = (tmp_path / "quotes.sql").read_text(encoding="utf-8")
    assert 'CREATE TABLE "quotes"' in sql and "CREATE VIRTUAL TABLE quotes_fts USING fts5" in sql


@pytest.mark.parametrize("path", RECORD_FILES, ids=lambda p: p.name)
def test_record_files_point_editors_at_the_schema(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    prefix = "# yaml-language-server: $schema="
    assert first.startswith(prefix)
    target = (path.parent / first[len(prefix):]).resolve()
    assert target == (SCHEMA_DIR / "record.schema.json").resolve()


@pytest.mark.parametrize("path", RECORD_FILES, ids=lambda p: p.name)
def test_record_files_validate_against_the_json_schema(path):
    schema = json.loads((SCHEMA_DIR / "record.schema.json").read_text(encoding="utf-8"))
    data = json.loads(json.dumps(plain(read_document(path).tree), default=str))
    jsonschema.validate(data, schema)


def test_json_schema_rejects_what_the_models_reject():
    schema = json.loads((SCHEMA_DIR / "record.schema.json").read_text(encoding="utf-8"))
    bad = {"source": {"id": "x", "url": "u", "outlet": "o"}, "quotes": [{"id": "q", "speaker": "s", "text": "t", "form": "verbatim", "claim_type": "other"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)

