"""scripts/bench_extract.py and scripts/bench_startup.py measuring this code against another checkout or
install in the same run (the figures themselves are the scripts' to print, not the tests')."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "“Rates will stay high,” said Jane Doe, an economist at Example Bank.\n\nAnalysts said the outlook was uncertain.\n"


def run(script, *args):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / script), *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT)


def test_bench_extract_against_another_checkout_prints_both_and_their_ratio(tmp_path):
    for k in range(3):
        (tmp_path / f"{k}.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("bench_extract.py", tmp_path, "--against", ROOT, "--rounds", 1, "--large-mb", 1)
    assert result.returncode == 0, result.stderr
    rates = re.findall(r"^(.+?): ([\d.]+) articles/s \(median of 1: [\d.]+\); one 1 MB article [\d.]+ s CPU$",
                       result.stdout, re.M)
    assert [label for label, _ in rates] == ["this checkout", str(ROOT)]
    ratio = float(re.search(r"^ratio ([\d.]+) \(issue 10's floor: 50 articles/s .* a ratio of 0\.166\)$",
                            result.stdout, re.M).group(1))
    assert ratio == pytest.approx(float(rates[0][1]) / float(rates[1][1]), abs=0.001)


def test_bench_extract_refuses_a_folder_that_is_no_checkout(tmp_path):
    result = run("bench_extract.py", tmp_path, "--against", tmp_path)
    assert result.returncode != 0
    assert "not a checkout of this project" in result.stderr


def test_bench_startup_against_another_install_prints_both_and_their_ratio():
    quotes = Path(sys.executable).with_name("quotes")
    if not quotes.exists():
        pytest.skip("no installed quotes command beside this Python")
    result = run("bench_startup.py", "--runs", 1, "--against", quotes)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^this install: quotes extract ONE_ARTICLE --format json: [\d.]+ s median of 1 runs$",
                     result.stdout, re.M)
    assert re.search(rf"^{re.escape(str(quotes))}: quotes extract ONE_ARTICLE --format json: [\d.]+ s",
                     result.stdout, re.M)
    assert re.search(r"^ratio [\d.]+ \(issue 10's target: 0.3 s .* a ratio of 0\.545\)$", result.stdout, re.M)
