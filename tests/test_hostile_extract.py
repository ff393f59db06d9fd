"""`quotes extract --into` never changes a reviewed source's files and writes registries first (issue 13, case 5)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import quotes.extraction.drafts as drafts
from quotes.collection import check_collection, load_collection
from quotes.extraction.drafts import ExtractWriteError, write_into
from quotes.extraction.pipeline import extract_files

from conftest import run_at_once

P = "2021-03-24-korea-herald-nk-cruise-missiles"
OTHER_ARTICLE = """title: North Korea tests a new engine
outlet: The Korea Herald
{published}url: https://example.org/a-different-article

"The engine test is a warning to Washington," said Hong Min, a senior research fellow at the Korea Institute for National Unification.
"""


def digests(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def extraction_of(tmp_path: Path, published: bool):
    article = tmp_path / "other.txt"
    article.write_text(OTHER_ARTICLE.format(published="published: 2021-03-24\n" if published else ""), encoding="utf-8")
    [(_, extraction, error)] = list(extract_files([article]))
    assert error is None and extraction.quotes
    return extraction


@pytest.mark.parametrize("published", [True, False], ids=["same-year-folder", "other-year-folder"])
def test_same_source_id_different_article_changes_nothing(collection, tmp_path, published):
    """The archived text of a reviewed source was overwritten when the ids matched (check then
    failed on all five reviewed direct quotes)."""
    before = digests(collection)
    with pytest.raises(ExtractWriteError, match="has reviewed quotes; nothing written"):
        write_into(extraction_of(tmp_path, published), collection, source_id=P)
    assert digests(collection) == before
    assert check_collection(collection) == []


def test_same_id_of_another_draft_article_is_refused(collection, tmp_path):
    extraction = extraction_of(tmp_path, True)
    written = write_into(extraction, collection)
    draft_id = written.stem
    before = digests(collection)
    other = extraction_of(tmp_path, True)
    other.source["url"] = "https://example.org/yet-another-article"
    with pytest.raises(ExtractWriteError, match="belongs to another article"):
        write_into(other, collection, source_id=draft_id)
    assert digests(collection) == before


@pytest.mark.parametrize("read_only", ["speakers.yaml", "institutions.yaml", "target"])
def test_a_read_only_file_is_refused_and_nothing_is_written(collection, tmp_path, read_only):
    """Filing replaced a registry marked read-only (0444) by renaming a new file over it."""
    extraction = extraction_of(tmp_path, True)
    if read_only == "target":  # a draft filed before, then marked read-only
        path = write_into(extraction, collection)
        extraction = extraction_of(tmp_path, True)
    else:
        path = collection / read_only
    path.chmod(0o444)
    before = digests(collection)
    with pytest.raises(ExtractWriteError, match="read-only; nothing written"):
        write_into(extraction, collection)
    assert digests(collection) == before


def test_redrafting_the_same_article_is_allowed(collection, tmp_path):
    extraction = extraction_of(tmp_path, True)
    first = write_into(extraction, collection)
    assert write_into(extraction_of(tmp_path, True), collection) == first
    assert check_collection(collection) == []


def test_registries_are_written_before_the_record(collection, tmp_path, monkeypatch):
    """A crash between writes left sources naming speakers not yet in the registry (2 of 6 SIGKILLs)."""
    written: list[str] = []
    real = drafts.write_text_atomically

    def record_order(path, text):
        written.append(Path(path).name)
        real(path, text)

    monkeypatch.setattr(drafts, "write_text_atomically", record_order)
    write_into(extraction_of(tmp_path, True), collection)
    record = next(name for name in written if name.endswith(".yaml") and name not in ("speakers.yaml", "institutions.yaml"))
    assert written.index("speakers.yaml") < written.index(record)
    assert written.index(record) == len(written) - 1  # the record comes last



def test_a_crash_before_the_record_leaves_a_valid_collection(collection, tmp_path, monkeypatch):
    real = drafts.write_text_atomically

    def crash_at_the_record(path, text):
        if Path(path).parent.parent.name == "sources":
            raise KeyboardInterrupt  # the process dies here
        real(path, text)

    monkeypatch.setattr(drafts, "write_text_atomically", crash_at_the_record)
    with pytest.raises(KeyboardInterrupt):
        write_into(extraction_of(tmp_path, True), collection)
    assert check_collection(collection) == []
    assert any(s.id == "hong-min" for s in load_collection(collection).speakers)


def file_in_child(collection, article) -> str:
    [(_, extraction, _)] = list(extract_files([article]))
    write_into(extraction, collection)
    return "ok"


def test_concurrent_filings_keep_every_new_speaker(collection, tmp_path):
    """Four runs filing different articles at the same moment: every new speaker is registered."""
    names = ["Hong Min", "Lee Sang-hyun", "Park Won-gon", "Yang Moo-jin"]
    articles = []
    for n, name in enumerate(names):
        article = tmp_path / f"a{n}.txt"
        article.write_text(
            f"title: Article {n}\noutlet: Example Daily\npublished: 2021-04-0{n + 1}\nurl: https://example.org/{n}\n\n"
            f'"The launch is a warning to Washington," said {name}, a professor at Example University.\n',
            encoding="utf-8",
        )
        articles.append(article)
    assert run_at_once(file_in_child, [(collection, article) for article in articles]) == ["ok"] * len(articles)
    assert check_collection(collection) == []
    registered = {s.name for s in load_collection(collection).speakers}
    assert set(names) <= registered
