"""Compiled regular expressions kept between runs (quotes/pattern_cache.py): the next process builds
the same patterns from the kept file, a damaged or foreign file is never trusted, and the extractor's
patterns are the same in every process, so that its kept file is read, not rewritten."""

import hashlib
import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from quotes import pattern_cache
from quotes.pattern_cache import cache_file, kept_patterns

pytestmark = pytest.mark.skipif(pattern_cache._compiler is None, reason="this Python's re has another inside")

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "quotes" / "collection" / "texts" / "2021-03-24-korea-herald-nk-cruise-missiles.txt"


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("QUOTES_PATTERN_CACHE", raising=False)
    return tmp_path


def patterns(tag: str) -> list[tuple[str, int]]:
    """Patterns no other test compiles (re keeps its own cache within a process)."""
    return [(rf"(?P<who>[A-Z]\w+) (?:said|told) {tag}", 0),
            (rf"\b(?:warn(?:ed|s)?|predict(?:ed|s)?)\s+that\b {tag}", re.IGNORECASE),
            (rf"(?<=[.!?]\s)(\w+)(?:\s+\w+){{0,3}}? {tag}$", re.MULTILINE)]


def compile_all(items):
    re.purge()
    return [re.compile(pattern, flags) for pattern, flags in items]


def same_pattern(a: re.Pattern, b: re.Pattern, text: str) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def test_the_next_block_builds_its_patterns_from_the_kept_file(cache_home):
    items = patterns("first")
    with kept_patterns("sample") as counts:
        compile_all(items)
    assert counts == {"kept": 0, "compiled": 3}
    assert cache_file("sample").exists() and cache_file("sample").parent == cache_home / "quotes"

    with kept_patterns("sample") as counts:
        kept = compile_all(items)
    assert counts == {"kept": 3, "compiled": 0}
    plain = compile_all(items)
    text = "It rose. Jane Roe said first\nPrices WARNED that first. Then we three words first"
    for a, b in zip(kept, plain):
        same_pattern(a, b, text)


def test_a_damaged_file_is_not_trusted_and_is_written_again(cache_home):
    items = patterns("second")
    path = cache_file("sample")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00not a marshal file")
    with kept_patterns("sample") as counts:
        made = compile_all(items)
    assert counts["compiled"] == 3
    assert [p.pattern for p in made] == [p for p, _ in items]
    with kept_patterns("sample") as counts:
        compile_all(items)
    assert counts == {"kept": 3, "compiled": 0}


def test_an_entry_the_engine_refuses_is_compiled_afresh(cache_home):
    pattern, flags = patterns("third")[0]
    path = cache_file("sample")
    path.parent.mkdir(parents=True)
    import marshal
    path.write_bytes(marshal.dumps({(pattern, flags): (32, [999999, 1, 2], 0, {}, (None,))}))
    with kept_patterns("sample") as counts:
        made, = compile_all([(pattern, flags)])
    assert counts == {"kept": 0, "compiled": 1}
    same_pattern(made, compile_all([(pattern, flags)])[0], "Jane Roe said third")


def test_off_by_the_environment_and_harmless_without_a_cache_folder(cache_home, monkeypatch):
    monkeypatch.setenv("QUOTES_PATTERN_CACHE", "off")
    with kept_patterns("sample") as counts:
        compile_all(patterns("fourth"))
    assert counts == {"kept": 0, "compiled": 0} and not (cache_home / "quotes").exists()

    monkeypatch.delenv("QUOTES_PATTERN_CACHE")
    blocked = cache_home / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    with kept_patterns("sample") as counts:
        made = compile_all(patterns("fifth"))
    assert counts["compiled"] == 3 and made[0].match("Jane said fifth")


def test_other_threads_compile_as_usual(cache_home):
    others = []
    with kept_patterns("sample") as counts:
        thread = threading.Thread(target=lambda: others.append(re.compile(r"elsewhere \d+ sixth")))
        thread.start()
        thread.join()
    assert others[0].match("elsewhere 12 sixth") and counts == {"kept": 0, "compiled": 0}
    assert not cache_file("sample").exists()


def run(code: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, **env}, cwd=ROOT)


def stamp(path: Path) -> tuple[int, str]:
    """A file's modification time and digest: compared as bytes, a kept file of a megabyte makes pytest
    diff it in full when CI is set, past the timeout."""
    return path.stat().st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_extractors_patterns_are_the_same_in_every_process(tmp_path):
    """Word lists are sets; joined in a set's order, patterns would differ from process to process
    (string hashing is seeded per process) and the kept file would be rewritten every time."""
    env = {"XDG_CACHE_HOME": str(tmp_path), "QUOTES_PATTERN_CACHE": ""}
    run("import quotes.extraction", {**env, "PYTHONHASHSEED": "1"})
    kept = next((tmp_path / "quotes").glob("extraction.*.patterns"))
    written = stamp(kept)
    run("import quotes.extraction", {**env, "PYTHONHASHSEED": "2"})
    assert stamp(kept) == written


def test_extraction_is_the_same_with_kept_and_compiled_patterns(tmp_path):
    code = ("import json; from pathlib import Path; from quotes.extraction import extract_article, read_article; "
            f"print(json.dumps(extract_article(read_article(Path({str(ARTICLE)!r}))).as_dict(), sort_keys=True))")
    cold = run(code, {"QUOTES_PATTERN_CACHE": "off"}).stdout
    env = {"XDG_CACHE_HOME": str(tmp_path), "QUOTES_PATTERN_CACHE": ""}
    run(code, env)
    warm = run(code, env).stdout
    assert warm == cold and json.loads(warm)["quotes"]


def test_a_one_article_extract_keeps_the_patterns_it_compiles_as_it_reads(tmp_path):
    """The stages compile some patterns only as they read an article (a name of that article among them):
    `quotes extract` keeps those of its first article, so that the next call builds them from the file;
    the drafts are the same as with keeping off, and the same article again adds nothing to the file."""
    code = ("import sys; from quotes.cli import app; "
            f"sys.argv = ['quotes', 'extract', {str(ARTICLE)!r}, '--format', 'json']; app()")
    env = {"XDG_CACHE_HOME": str(tmp_path), "QUOTES_PATTERN_CACHE": ""}
    cold = run(code, {"QUOTES_PATTERN_CACHE": "off"}).stdout
    first = run(code, env).stdout
    kept = next((tmp_path / "quotes").glob("extraction-run.*.patterns"))
    written = stamp(kept)
    assert len(pattern_cache.load(kept)) > 50
    assert run(code, env).stdout == first == cold and json.loads(first)["quotes"]
    assert stamp(kept) == written
