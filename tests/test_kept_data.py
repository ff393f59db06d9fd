"""Data built from files and kept between runs (quotes/kept_data.py): read back while its sources are as they
were, built again when one changes, never trusted when damaged, and the extractor's dictionary and models
are the same kept as built."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotes import kept_data
from quotes.extraction import claims, lexicon, roles
from quotes.kept_data import data_file, kept

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "quotes" / "collection" / "texts" / "2021-03-24-korea-herald-nk-cruise-missiles.txt"


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("QUOTES_PATTERN_CACHE", raising=False)
    return tmp_path / "cache"


def counting_builder(source: Path):
    calls = []

    def build():
        calls.append(1)
        return {"words": tuple(sorted(source.read_text(encoding="utf-8").split())), "count": len(calls)}
    return build, calls


def test_the_next_call_reads_what_the_first_built(cache_home, tmp_path):
    source = tmp_path / "words.txt"
    source.write_text("beta alpha gamma", encoding="utf-8")
    build, calls = counting_builder(source)
    first = kept("sample", [source], build)
    assert first == {"words": ("alpha", "beta", "gamma"), "count": 1}
    assert data_file("sample", (source,)).parent == cache_home / "quotes"
    assert kept("sample", [source], build) == first and len(calls) == 1


def test_a_changed_source_is_read_again(cache_home, tmp_path):
    source = tmp_path / "words.txt"
    source.write_text("beta alpha", encoding="utf-8")
    build, calls = counting_builder(source)
    kept("sample", [source], build)
    source.write_text("delta beta alpha", encoding="utf-8")
    os.utime(source, ns=(1, 1))  # (a new size and time: the stamp no longer holds)
    assert kept("sample", [source], build)["words"] == ("alpha", "beta", "delta") and len(calls) == 2
    assert kept("sample", [source], build)["count"] == 2 and len(calls) == 2  # (and the new value is kept)


def test_a_damaged_file_is_built_again(cache_home, tmp_path):
    source = tmp_path / "words.txt"
    source.write_text("alpha", encoding="utf-8")
    build, calls = counting_builder(source)
    kept("sample", [source], build)
    data_file("sample", (source,)).write_bytes(b"\x00not marshal")
    assert kept("sample", [source], build)["words"] == ("alpha",) and len(calls) == 2


def test_keeping_off_or_no_file_on_disk_builds_every_time(cache_home, tmp_path, monkeypatch):
    source = tmp_path / "words.txt"
    source.write_text("alpha", encoding="utf-8")
    build, calls = counting_builder(source)
    assert kept("sample", [tmp_path / "missing.txt"], build)["count"] == 1
    assert kept("sample", [tmp_path / "missing.txt"], build)["count"] == 2
    monkeypatch.setenv("QUOTES_PATTERN_CACHE", "off")
    assert kept("sample", [source], build)["count"] == 3 and kept("sample", [source], build)["count"] == 4
    assert not (cache_home / "quotes").exists()


def test_a_value_marshal_cannot_write_is_returned_and_not_kept(cache_home, tmp_path):
    source = tmp_path / "words.txt"
    source.write_text("alpha", encoding="utf-8")
    value = {"path": source}  # (a Path: marshal refuses it)
    assert kept("sample", [source], lambda: value) is value
    assert not data_file("sample", (source,)).exists()


def test_two_installs_keep_a_file_each(cache_home, tmp_path):
    one, other = tmp_path / "one.txt", tmp_path / "other.txt"
    one.write_text("alpha", encoding="utf-8")
    other.write_text("beta", encoding="utf-8")
    assert data_file("sample", (one,)) != data_file("sample", (other,))
    assert kept("sample", [one], lambda: "one") == "one" and kept("sample", [other], lambda: "other") == "other"
    assert kept("sample", [one], lambda: "built again") == "one"


def test_the_extractors_data_are_the_same_kept_as_built(cache_home, monkeypatch):
    """Each is built in this process and read back from the kept file: equal, and where the old code read a
    dict of every entry, the dictionary holds the lower-case entries of the word list, sorted."""
    built = (lexicon._lower_case_entries(), claims._model.__wrapped__(), roles.default_model.__wrapped__().as_read())
    lexicon._dictionary.cache_clear()
    assert lexicon._dictionary() == built[0] and list(built[0]) == sorted(built[0])
    assert all(word.islower() for word in built[0]) and "senior" in built[0] and "harvard" not in built[0]
    assert lexicon.common_word("Senior") and lexicon.common_word("Gophers") and not lexicon.common_word("Harvard")
    names = [p.name.split(".")[0] for p in (cache_home / "quotes").glob("*.data")]
    assert sorted(names) == ["claim-model", "dictionary", "role-model"]
    monkeypatch.setattr(kept_data, "save", lambda *a: pytest.fail("written again"))
    lexicon._dictionary.cache_clear()
    reread = (lexicon._dictionary(), claims._model.__wrapped__(), roles.default_model.__wrapped__().as_read())
    assert reread == built
    lexicon._dictionary.cache_clear()


def run(code: str, env: dict) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, **env}, cwd=ROOT).stdout


def test_a_one_article_extract_is_the_same_with_kept_data(tmp_path):
    code = ("import sys; from quotes.cli import app; "
            f"sys.argv = ['quotes', 'extract', {str(ARTICLE)!r}, '--format', 'json']; app()")
    env = {"XDG_CACHE_HOME": str(tmp_path), "QUOTES_PATTERN_CACHE": ""}
    cold = run(code, {"QUOTES_PATTERN_CACHE": "off"})
    first = run(code, env)
    files = {p.name.split(".")[0] for p in (tmp_path / "quotes").glob("*.data")}
    # both models are read for every article; the dictionary only where a word must be looked up (this article's
    # roles need none: test_the_extractors_data_are_the_same_kept_as_built keeps and rereads it)
    assert {"claim-model", "role-model"} <= files <= {"claim-model", "dictionary", "role-model"}
    assert run(code, env) == first == cold and json.loads(first)["quotes"]
