"""scripts/given_names.py on two of Faker's locales, and the list it wrote for the extractor."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import given_names  # noqa: E402


def test_one_word_latin_names_of_three_letters_or_more():
    assert [n for n in ["Jim", "Ngozi", "Mary-Jane", "O'Neil", "Al", "Jean Paul", "jim", "Иван", "Zoë"]
            if given_names.latin(n)] == ["Jim", "Ngozi", "Mary-Jane", "O'Neil", "Zoë"]


def test_the_script_writes_the_first_names_of_the_locales_asked_with_their_source(tmp_path):
    out = tmp_path / "given_names.txt"
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "given_names.py"), "--locales", "en_US", "ru_RU",
                          "--out", str(out)], capture_output=True, text=True, check=True)
    lines = out.read_text(encoding="utf-8").splitlines()
    names = [line for line in lines if not line.startswith("#")]
    assert f"{len(names)} names written" in run.stdout
    assert lines[0].startswith("# Given names") and "MIT licence" in "".join(lines[:3])
    assert {"Jim", "Mary", "Anthony"} <= set(names) and names == sorted(names)
    assert not any(given_names.NAME.fullmatch(n) is None or len(n) < 3 for n in names)  # (no Cyrillic)


def test_an_unknown_locale_is_refused(tmp_path):
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "given_names.py"), "--locales", "xx_XX",
                          "--out", str(tmp_path / "out.txt")], capture_output=True, text=True)
    assert run.returncode != 0 and "xx_XX" in run.stderr and not (tmp_path / "out.txt").exists()


def test_the_shipped_list_holds_given_names_of_many_countries():
    shipped = set(given_names.DEFAULT_OUT.read_text(encoding="utf-8").split())
    assert {"Jim", "Bilal", "Ngozi", "Elon", "Samantha", "Kwame"} <= shipped
    assert not {"Farmer", "Supervisor", "Billionaire"} & shipped
