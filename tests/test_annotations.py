"""The committed annotations pass their checks, and the checks catch what they are for."""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "annotations"

spec = importlib.util.spec_from_file_location("check_annotations", ROOT / "scripts" / "check_annotations.py")
check_annotations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_annotations)

BODY = 'Sales will double next year, the analyst said.\n\n"Prices rose because demand grew," she said.\n'
GOOD = [
    {"text": "Sales will double next year", "form": "indirect", "speaker": "the analyst", "anonymous": True,
     "title": None, "institution": None, "claim_type": "prediction", "record_claim_type": "prediction"},
    {"text": "Prices rose because demand grew", "form": "direct", "speaker": "the analyst", "anonymous": True,
     "title": None, "institution": None, "claim_type": "explanation", "record_claim_type": "explanation"},
]
HEADER = "url: https://example.org/a\noutlet: Example\npublished: unknown\ntitle: unknown\n\n"


def write_article(folder: Path, name="a", header=HEADER, body=BODY, gold=GOOD) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(header + body, encoding="utf-8")
    (folder / f"{name}.gold.json").write_text(json.dumps(gold, indent=2), encoding="utf-8")
    return folder / f"{name}.txt"


def messages(problems) -> str:
    return "\n".join(str(p) for p in problems)


def test_committed_annotations_pass():
    problems = check_annotations.check_path(ANNOTATIONS)
    assert not problems, messages(problems)


def test_committed_parts_are_large_and_apart():
    outlets = {}
    for part in ("test", "tune"):
        articles = sorted((ANNOTATIONS / part).glob("*.txt"))
        assert len(articles) >= 12, part
        outlets[part] = {check_annotations.read_article(a)[0]["outlet"] for a in articles}
        assert len(outlets[part]) == len(articles), f"{part}: one article per outlet"
    assert not outlets["test"] & outlets["tune"], "an outlet in both parts"
    statements = (ANNOTATIONS / "claims" / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(statements) >= 400


def test_a_good_article_passes(tmp_path):
    assert check_annotations.check_article(write_article(tmp_path)) == []


@pytest.mark.parametrize("change, field", [
    ({"text": "Sales will triple next year"}, "text"),
    ({"form": "quoted"}, "form"),
    ({"record_claim_type": "guess"}, "record_claim_type"),
    ({"claim_type": "other"}, "claim_type"),          # record type says prediction
    ({"anonymous": "yes"}, "anonymous"),
    ({"title": ""}, "title"),
    ({"text": "Sales will double next year, "}, "text"),
])
def test_bad_entries_are_reported_with_field_and_line(tmp_path, change, field):
    gold = [dict(GOOD[0], **change), GOOD[1]]
    problems = check_annotations.check_article(write_article(tmp_path, gold=gold))
    assert field in {p.field for p in problems}, messages(problems)
    assert all(p.line >= 1 for p in problems)


def test_assessment_scores_as_other(tmp_path):
    gold = [dict(GOOD[0], claim_type="other", record_claim_type="assessment"), GOOD[1]]
    assert check_annotations.check_article(write_article(tmp_path, gold=gold)) == []


def test_duplicate_statement_needs_two_occurrences(tmp_path):
    problems = check_annotations.check_article(write_article(tmp_path, gold=[GOOD[0], GOOD[0]]))
    assert "2 entries but 1 occurrence" in messages(problems)


def test_bad_header(tmp_path):
    header = "url: https://example.org/a\noutlet: Example\npublished: March 2020\ntitle: unknown\nextra\n"
    problems = check_annotations.check_article(write_article(tmp_path, header=header))
    assert {"published", "header"} <= {p.field for p in problems}, messages(problems)


def test_missing_gold(tmp_path):
    txt = write_article(tmp_path)
    (tmp_path / "a.gold.json").unlink()
    assert "missing" in messages(check_annotations.check_article(txt))


def claim(**change):
    item = {"text": "demand grew", "sentence": "Prices rose because demand grew, she said.",
            "record_claim_type": "explanation", "claim_type": "explanation",
            "url": "https://example.org/b", "outlet": "Example"}
    return json.dumps(dict(item, **change))


def test_claims_file(tmp_path):
    path = tmp_path / "claims.jsonl"
    path.write_text(claim() + "\n" + claim(text="Prices rose", record_claim_type="fact", claim_type="other") + "\n")
    assert check_annotations.check_claims(path) == []
    path.write_text(claim() + "\n" + claim() + "\n" + claim(text="supply fell") + "\n"
                    + claim(text="Prices rose", record_claim_type="fact") + "\n{not json\n")
    problems = check_annotations.check_claims(path)
    assert [(p.line, p.field) for p in problems] == [(2, "text"), (3, "text"), (4, "claim_type"), (5, "json")]
    assert "the same statement as line 1" in messages(problems[:1])
    path.write_text("\n")
    assert [(p.line, p.field) for p in check_annotations.check_claims(path)] == [(1, "file")]


def test_no_training_statement_from_a_test_article(tmp_path):
    write_article(tmp_path / "test")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "c.jsonl").write_text(claim(url="https://example.org/a") + "\n")
    problems = check_annotations.check_path(tmp_path)
    assert [p.field for p in problems] == ["url"], messages(problems)


@pytest.mark.parametrize("part", ["test", "test-b", "test-2027"])
def test_every_test_part_is_sealed(tmp_path, part):
    write_article(tmp_path / part)
    write_article(tmp_path / "tune")                  # the same url as the test article
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "c.jsonl").write_text(claim(url="https://example.org/a") + "\n")
    problems = check_annotations.check_path(tmp_path)
    assert sorted((p.path.parent.name, p.field) for p in problems) == [("claims", "url"), ("tune", "url")], \
        messages(problems)
    assert f"this article is also in {part}/" in messages(problems)
    assert "a statement from a test article" in messages(problems)


def test_a_folder_only_starting_with_test_is_not_a_test_part(tmp_path):
    write_article(tmp_path / "testing")
    write_article(tmp_path / "tune")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "c.jsonl").write_text(claim(url="https://example.org/a") + "\n")
    assert check_annotations.check_path(tmp_path) == []


def test_committed_test_parts_are_apart_from_tune_and_each_other():
    parts = check_annotations.test_parts(ANNOTATIONS)
    assert {p.name for p in parts} >= {"test", "test-b", "test-c", "test-d"}
    urls = {}
    for part in parts + [ANNOTATIONS / "tune"]:
        for txt in part.glob("*.txt"):
            url = check_annotations.read_article(txt)[0]["url"]
            assert url not in urls, f"{txt} is also in {urls.get(url)}"
            urls[url] = part.name


def test_cli_exit_status(tmp_path, capsys):
    write_article(tmp_path, gold=[dict(GOOD[0], form="quoted")])
    assert check_annotations.main([str(tmp_path)]) == 1
    assert "a.gold.json:" in capsys.readouterr().out
    assert check_annotations.main([str(ANNOTATIONS)]) == 0


MENTION_SENTENCE = "Jane Roe, chief economist at Example Bank, said prices would rise, and Dr. Ann Lee agreed."


def mention(**change):
    item = {"sentence": MENTION_SENTENCE, "name": "Jane Roe", "title": "chief economist",
            "institution": "Example Bank", "url": "https://example.org/m", "outlet": "Example"}
    return json.dumps(dict(item, **change))


def write_mentions(folder: Path, *lines: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mentions_x.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_a_good_mentions_file_passes(tmp_path):
    path = write_mentions(tmp_path / "mentions", mention(), mention(name="Ann Lee", title=None, institution=None))
    assert check_annotations.check_path(path) == []
    assert check_annotations.check_path(tmp_path) == []


@pytest.mark.parametrize("line, field, message", [
    (mention(name="Richard Roe"), "name", "not a substring of the sentence"),
    (mention(name="Dr. Ann Lee", title=None, institution=None), "name", "starts with an honorific"),
    (mention(title="Chief Economist"), "title", "not a substring of the sentence"),
    (mention(title=""), "title", "must be null or a non-empty string"),
    (mention(title="chief economist "), "title", "has leading or trailing whitespace"),
    (mention(institution="Example Bank Ltd"), "institution", "not a substring of the sentence"),
    (mention(sentence="", name="Jane Roe"), "sentence", "must be a non-empty string"),
    (mention(url="example.org/m"), "url", "not an http(s) URL"),
    (mention(outlet=""), "outlet", "must be a non-empty string"),
    (json.dumps({k: v for k, v in json.loads(mention()).items() if k != "outlet"}), "fields", "missing outlet"),
    (mention(speaker="Jane Roe"), "fields", "unexpected speaker"),
    (mention(name="Ann Lee", title=None, institution=None), "name", "the same sentence and name as line 1"),
    ("{not json", "json", ""),
])
def test_bad_mention_lines_are_reported_with_file_line_and_field(tmp_path, line, field, message):
    path = write_mentions(tmp_path / "mentions", mention(name="Ann Lee", title=None, institution=None), line)
    problems = check_annotations.check_path(path)
    assert [(p.path, p.line, p.field) for p in problems] == [(path, 2, field)], messages(problems)
    assert str(problems[0]).startswith(f"{path}:2: {field}: {message}")


def test_an_empty_mentions_file_is_reported(tmp_path):
    path = write_mentions(tmp_path / "mentions")
    assert [(p.line, p.field) for p in check_annotations.check_mentions(path)] == [(1, "file")]


def test_a_jsonl_outside_mentions_is_read_as_claims(tmp_path):
    path = write_mentions(tmp_path / "claims", mention())
    assert "missing or empty text" in messages(check_annotations.check_path(path))


@pytest.mark.parametrize("part", ["test", "test-b"])
def test_no_mention_from_a_test_article(tmp_path, part):
    write_article(tmp_path / part)                    # its url is https://example.org/a
    path = write_mentions(tmp_path / "mentions", mention(), mention(name="Ann Lee", url="https://example.org/a"))
    problems = check_annotations.check_path(tmp_path)
    assert [(p.path, p.line, p.field) for p in problems] == [(path, 2, "url")], messages(problems)
    assert f"{path}:2: url: a mention from a test article" in messages(problems)


def test_the_same_mention_in_two_files_is_reported(tmp_path):
    first = write_mentions(tmp_path / "mentions", mention())
    second = tmp_path / "mentions" / "mentions_y.jsonl"
    second.write_text(mention(name="Ann Lee", title=None, institution=None) + "\n" + mention() + "\n", encoding="utf-8")
    problems = check_annotations.check_path(tmp_path)
    assert [(p.path, p.line, p.field) for p in problems] == [(second, 2, "name")], messages(problems)
    assert f"the same sentence and name as {first.name}:1" in messages(problems)


@pytest.mark.parametrize("text, flagged", [("that sales will double", True), ("that was too ambitious", False),
                                           ("That was too ambitious", False)])
def test_a_leading_complementiser_is_flagged_but_not_the_pronoun(text, flagged):
    assert bool(check_annotations.check_span(text, Path("a.gold.json"), 1)) == flagged
