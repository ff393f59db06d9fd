"""`quotes extract`: output formats, bad files, and filing drafts into a collection."""

import json
import shutil

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.collection import BUNDLED, load_collection

ARTICLE = """url: https://example.org/news/dam
outlet: Example News
published: 2024-05-01
title: Dam holds after storm

“The dam is safe and will hold through the season,” said Choi Kang, acting president of the Asan Institute for Policy Studies.

Choi added that repairs were finished last month.

A senior US official said the storm had caused little damage because the levees were new.

Maria Keller, a hydrologist at the Danube Water Agency, said the river would likely peak on Friday.
"""


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "dam.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def collection(tmp_path):
    root = tmp_path / "collection"
    shutil.copytree(BUNDLED, root)
    return root


runner = CliRunner()


def test_json_output(article):
    result = runner.invoke(app, ["extract", str(article), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source"]["outlet"] == "Example News"
    first = data["quotes"][0]
    assert set(first) == {"text", "form", "speaker", "anonymous", "title", "institution", "claim_type", "hedge",
                          "probability", "via", "start", "end"}
    assert first["speaker"] == "Choi Kang"
    assert first["claim_type"] == "prediction"


def test_yaml_output_is_a_draft(article):
    result = runner.invoke(app, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    assert "review: draft" in result.stdout
    assert "speaker: choi-kang" in result.stdout


def test_into_collection_passes_check(article, collection):
    speakers_before = (collection / "speakers.yaml").read_text(encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--into", str(collection)])
    assert result.exit_code == 0, result.output
    loaded = load_collection(collection)  # what `quotes check` runs
    source = [s for s in loaded.sources if s.record.source.outlet == "Example News"][0]
    quotes = source.record.quotes
    assert all(q.review == "draft" for q in quotes)
    assert quotes[0].id.endswith("-q01")
    # existing speakers and institutions are matched, new ones added, comments kept
    assert quotes[0].speaker == "choi-kang"
    assert quotes[0].institution == "asan-institute-for-policy-studies"
    speakers_after = (collection / "speakers.yaml").read_text(encoding="utf-8")
    assert speakers_after.startswith(speakers_before.split("speakers:")[0])
    assert "# Unnamed sources keep the descriptor" in speakers_after
    assert "maria-keller" in speakers_after
    assert "danube-water-agency" in (collection / "institutions.yaml").read_text(encoding="utf-8")
    assert runner.invoke(app, ["check", str(collection)]).exit_code == 0


def test_into_twice_reuses_ids_and_never_overwrites_reviewed(article, collection):
    assert runner.invoke(app, ["extract", str(article), "--into", str(collection)]).exit_code == 0
    assert runner.invoke(app, ["extract", str(article), "--into", str(collection)]).exit_code == 0
    assert (collection / "speakers.yaml").read_text(encoding="utf-8").count("id: maria-keller") == 1
    written = next((collection / "sources" / "2024").glob("*.yaml"))
    written.write_text(written.read_text(encoding="utf-8").replace("review: draft", "review: reviewed", 1), encoding="utf-8")
    before = written.read_text(encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--into", str(collection)])
    assert result.exit_code == 1
    assert "reviewed" in result.output
    assert written.read_text(encoding="utf-8") == before


def test_bad_files_get_clear_messages(tmp_path):
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["extract", str(binary), str(empty), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "binary" in result.output
    assert "no article text" in result.output
    assert "cannot read" in result.output


def test_article_without_quotes(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("The river rose overnight and fell by morning.\n")
    result = runner.invoke(app, ["extract", str(path), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["quotes"] == []


def test_many_files(tmp_path):
    paths = []
    for i in range(5):
        path = tmp_path / f"a{i}.txt"
        path.write_text(f"“Prices will rise by {i} percent,” said Jane Doe.\n")
        paths.append(str(path))
    result = runner.invoke(app, ["extract", *paths, "--format", "json"])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 5


def test_yardstick_option(article):
    result = runner.invoke(app, ["extract", str(article), "--format", "json", "--yardstick", "ipcc_ar5"])
    assert result.exit_code == 0
    likely = [q for q in json.loads(result.stdout)["quotes"] if q["hedge"] == "likely"]
    assert likely and likely[0]["probability"] == 0.83
    assert runner.invoke(app, ["extract", str(article), "--yardstick", "nope"]).exit_code == 2


def test_the_learned_roles_by_default_and_the_rules_on_request(tmp_path, monkeypatch):
    from quotes.extraction import roles

    # a tagger sure that 'economist' is a title: the rules read none in this sentence
    model = roles.RoleModel({"labels": list(roles.LABELS), "transitions": [[0.0] * 5 for _ in roles.LABELS],
                             "features": {"w=economist": {"B-T": 50.0}, "bias": {"O": 1.0}}})
    monkeypatch.setattr(roles, "default_model", lambda: model)
    path = tmp_path / "roe.txt"
    path.write_text("Jane Roe, who trained as an economist, said rates will rise.\n", encoding="utf-8")
    titles = {}
    for flags in ([], ["--rules-roles"], ["--learned-roles"]):
        result = runner.invoke(app, ["extract", str(path), "--format", "json", *flags])
        assert result.exit_code == 0, result.output
        titles[" ".join(flags)] = [q["title"] for q in json.loads(result.stdout)["quotes"]]
    assert titles == {"": ["economist"], "--rules-roles": [None], "--learned-roles": ["economist"]}
