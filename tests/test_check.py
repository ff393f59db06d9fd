"""quotes check: the bundled collection passes; each kind of bad input is named by file, line and field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.collection import check_collection, load_collection

SOURCE = Path("sources/2021/2021-03-24-korea-herald-nk-cruise-missiles.yaml")
runner = CliRunner()


def test_bundled_collection_is_valid(bundled_counts):
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 0, result.output
    counts = bundled_counts
    expected = (
        f"OK: {counts['sources']} sources, {counts['quotes']} quotes, {counts['speakers']} speakers, "
        f"{counts['institutions']} institutions, {counts['questions']} questions"
    )
    assert result.output.strip() == expected


def test_bundled_collection_content():
    collection = load_collection()
    seed = next(s.record for s in collection.sources if s.record.source.id == "2021-03-24-korea-herald-nk-cruise-missiles")
    quotes = {q.id.rsplit("-", 1)[1]: q for q in seed.quotes}
    assert quotes["q06"].speaker == "choi-kang"
    assert quotes["q06"].title == "acting president"
    assert quotes["q04"].via == "Reuters"
    assert seed.source.title is None
    assert sum(q.prediction is not None for q in seed.quotes) == 7
    speakers = {s.id: s for s in collection.speakers}
    assert (speakers["choi-kang"].family, speakers["choi-kang"].given) == ("Choi", "Kang")


def replace_in(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def malformed_yaml(root: Path):
    replace_in(root / SOURCE, "    form: direct\n", "    form: [direct\n")
    return SOURCE, line_of(root / SOURCE, "form: [direct") + 1, "(yaml)", "malformed YAML"


def unknown_field(root: Path):
    replace_in(root / SOURCE, "    claim_type: fact\n", "    claim_type: fact\n    mood: calm\n")
    return SOURCE, line_of(root / SOURCE, "mood: calm"), "quotes.1.mood", "unknown field"


def wrong_enum(root: Path):
    replace_in(root / SOURCE, "    form: direct\n", "    form: verbatim\n")
    return SOURCE, line_of(root / SOURCE, "form: verbatim"), "quotes.5.form", "Input should be 'direct', 'indirect' or 'mixed'"


def missing_required(root: Path):
    replace_in(root / SOURCE, "    claim_type: fact\n", "")
    first_quote_line = line_of(root / SOURCE, "id: 2021-03-24-korea-herald-nk-cruise-missiles-q02")
    return SOURCE, first_quote_line, "quotes.1.claim_type", "required field is missing"


def duplicate_quote_id(root: Path):
    other = root / "sources/2022/other.yaml"
    other.parent.mkdir(parents=True, exist_ok=True)
    other.write_text(
        "source:\n  id: other\n  url: https://example.org/a\n  outlet: Example\nquotes:\n"
        "  - id: 2021-03-24-korea-herald-nk-cruise-missiles-q03\n    speaker: experts\n"
        "    text: Something.\n    form: indirect\n    claim_type: other\n",
        encoding="utf-8",
    )
    return Path("sources/2022/other.yaml"), 6, "quotes.0.id", "duplicate quote id"


def unknown_speaker(root: Path):
    replace_in(root / SOURCE, "    speaker: shin-beom-chul\n", "    speaker: shin-beomchul\n")
    return SOURCE, line_of(root / SOURCE, "speaker: shin-beomchul"), "quotes.13.speaker", "unknown speaker 'shin-beomchul'"


def unknown_institution(root: Path):
    replace_in(root / SOURCE, "    institution: sejong-institute\n", "    institution: sejong-inst\n")
    return SOURCE, line_of(root / SOURCE, "institution: sejong-inst"), "quotes.9.institution", "unknown institution 'sejong-inst'"


def direct_quote_not_verbatim(root: Path):
    # Straightening a curly apostrophe is exactly the edit that breaks verbatim quotes.
    replace_in(root / SOURCE, "text: It’s hard for the US", "text: It's hard for the US")
    replace_in(root / SOURCE, "    start: 2578\n    end: 2743\n", "")
    return SOURCE, line_of(root / SOURCE, "text: It's hard"), "quotes.13.text", "direct quote not found verbatim"


def offsets_do_not_match(root: Path):
    replace_in(root / SOURCE, "    start: 1089\n", "    start: 1090\n")
    return SOURCE, line_of(root / SOURCE, "start: 1090"), "quotes.5.start", "offsets 1090-1181 do not hold"


def not_utf8(root: Path):
    path = root / SOURCE
    data = path.read_bytes().replace("It’s hard".encode(), "It\x92s hard".encode("latin-1"))
    path.write_bytes(data)
    return SOURCE, line_of_bytes(data, b"\x92"), "(file)", "not UTF-8"


def line_of_bytes(data: bytes, needle: bytes) -> int:
    return data[: data.index(needle)].count(b"\n") + 1


def empty_file(root: Path):
    (root / "speakers.yaml").write_text("# just a comment\n", encoding="utf-8")
    return Path("speakers.yaml"), 1, "(file)", "file is empty"


def duplicate_speaker_id(root: Path):
    path = root / "speakers.yaml"
    index = len(load_collection(root).speakers)
    path.write_text(path.read_text(encoding="utf-8") + "  - id: choi-kang\n    name: Choi Kang\n    kind: person\n", encoding="utf-8")
    return Path("speakers.yaml"), len(path.read_text(encoding="utf-8").splitlines()) - 2, f"speakers.{index}.id", "duplicate id 'choi-kang'"


def bad_date(root: Path):
    replace_in(root / SOURCE, "  published: 2021-03-24\n", "  published: 2021-02-30\n")
    return SOURCE, line_of(root / SOURCE, "published: 2021-02-30"), "source.published", "date"


BREAKAGES = [
    malformed_yaml, unknown_field, wrong_enum, missing_required, duplicate_quote_id, unknown_speaker,
    unknown_institution, direct_quote_not_verbatim, offsets_do_not_match, not_utf8, empty_file,
    duplicate_speaker_id, bad_date,
]


@pytest.mark.parametrize("breakage", BREAKAGES, ids=[b.__name__ for b in BREAKAGES])
def test_bad_input_is_named_by_file_line_and_field(collection, breakage):
    relative, line, field, message = breakage(collection)
    result = runner.invoke(app, ["check", str(collection)])
    assert result.exit_code == 1, result.output
    problems = [p for p in check_collection(collection)]
    assert len(problems) == 1, problems
    problem = problems[0]
    assert problem.path == collection / relative
    assert (problem.line, problem.field) == (line, field)
    assert message in problem.message
    assert f"{collection / relative}:{line}: {field}: " in result.output


def test_a_default_deadline_needs_the_published_date(collection):
    replace_in(collection / SOURCE, "  published: 2021-03-24\n", "  published: null\n")
    defaults = [n for n, line in enumerate((collection / SOURCE).read_text(encoding="utf-8").splitlines(), 1)
                if "deadline_basis: default" in line]
    problems = check_collection(collection)
    assert problems and all(p.field.endswith(".prediction") for p in problems)
    assert len(problems) == len(defaults)
    assert "source.published" in problems[0].message
    assert runner.invoke(app, ["check", str(collection)]).exit_code == 1


def test_every_problem_is_reported(collection):
    unknown_speaker(collection)
    unknown_institution(collection)
    problems = check_collection(collection)
    assert [p.field for p in problems] == ["quotes.9.institution", "quotes.13.speaker"]


def test_missing_archived_text(collection):
    (collection / "texts/2021-03-24-korea-herald-nk-cruise-missiles.txt").unlink()
    [problem] = check_collection(collection)
    assert problem.field == "source.text"
    assert "does not exist" in problem.message


def test_not_a_folder(tmp_path):
    result = runner.invoke(app, ["check", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert re.search(r"nowhere:0: \(collection\): not a folder", result.output)
