"""`import quotes.cli` loads no heavy package: every command imports what it needs inside itself,
so `quotes extract` and `quotes check` start fast (scripts/bench_startup.py prints the time)."""

import subprocess
import sys

HEAVY = ("datasette", "citeproc", "sklearn", "sqlite_utils", "pyarrow", "trafilatura", "quotes.extraction")


def test_import_cli_loads_no_heavy_package():
    probe = f"import sys, quotes.cli; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout.split()
    assert loaded == []


def test_extract_on_plain_text_loads_neither_datasette_nor_citeproc(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("“Rates will stay high,” said Jane Doe, an economist at Example Bank.\n", encoding="utf-8")
    probe = ("import sys\nfrom quotes.cli import app\n"
             f"try:\n    app([{'extract'!r}, {str(article)!r}, '--format', 'json'])\nexcept SystemExit:\n    pass\n"
             "print(' '.join(m for m in ('datasette', 'citeproc', 'sklearn') if m in sys.modules), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert "Jane Doe" in result.stdout
    assert result.stderr.strip() == ""
