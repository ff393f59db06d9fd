"""`import quotes.cli` loads no heavy package: every command imports what it needs inside itself,
so `quotes extract` and `quotes check` start fast; printing drafts never loads pydantic (only
filing them into a collection validates them) (scripts/bench_startup.py prints the time)."""

import subprocess
import sys

import pytest

HEAVY = ("datasette", "citeproc", "sklearn", "sqlite_utils", "pyarrow", "trafilatura", "pydantic", "quotes.extraction",
         "rich")


def test_import_cli_loads_no_heavy_package():
    probe = f"import sys, quotes.cli; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout.split()
    assert loaded == []


@pytest.mark.parametrize("format", ["json", "yaml"])
def test_extract_on_plain_text_loads_neither_datasette_nor_citeproc_nor_pydantic_nor_rich(tmp_path, format):
    article = tmp_path / "a.txt"
    article.write_text("“Rates will stay high,” said Jane Doe, an economist at Example Bank.\n", encoding="utf-8")
    probe = ("import sys\nfrom quotes.cli import app\n"
             f"try:\n    app([{'extract'!r}, {str(article)!r}, '--format', {format!r}])\nexcept SystemExit:\n    pass\n"
             "print(' '.join(m for m in ('datasette', 'citeproc', 'sklearn', 'pydantic', 'rich') if m in sys.modules), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert "Rates will stay high" in result.stdout
    assert result.stderr.strip() == ""
