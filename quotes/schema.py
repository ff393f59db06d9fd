"""Generated contracts: the JSON Schema of record files and the SQL of the built database.

Both are committed under ``schema/`` and regenerated with ``quotes schema``; a test fails when
they drift from the code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Union

import sqlite_utils
from pydantic import TypeAdapter

from .db import create_schema, schema_sql
from .models import InstitutionsFile, QuestionsFile, SourceFile, SpeakersFile

SCHEMA_DIR = Path(__file__).parent.parent / "schema"
RECORD_SCHEMA = "record.schema.json"
DATABASE_SQL = "quotes.sql"


def record_json_schema() -> dict:
    """JSON Schema that any record file (a source file, speakers.yaml, institutions.yaml, questions.yaml) matches."""
    schema = TypeAdapter(Union[SourceFile, SpeakersFile, InstitutionsFile, QuestionsFile]).json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "quotes record file",
        "description": "A file of a quotes collection: sources/**.yaml, speakers.yaml, institutions.yaml or questions.yaml.",
        **schema,
    }


def database_sql() -> str:
    """The SQL of an empty quotes database."""
    db = sqlite_utils.Database(memory=True)
    create_schema(db)
    return schema_sql(db)


def generated() -> dict[str, str]:
    """File name -> content of every generated contract."""
    return {
        RECORD_SCHEMA: json.dumps(record_json_schema(), indent=2, ensure_ascii=False) + "\n",
        DATABASE_SQL: database_sql(),
    }


def write_schema(directory: Path | str = SCHEMA_DIR) -> list[Path]:
    """Write the contracts into ``directory``; returns the paths written."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, content in generated().items():
        path = directory / name
        path.write_text(content, encoding="utf-8")
        paths.append(path)
    return paths
