"""scripts/generate_quotebank.py writes Quotebank's exact JSON-lines format, deterministically."""

from __future__ import annotations

import bz2
import importlib.util
import json
import re
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parent.parent / "scripts" / "generate_quotebank.py"
spec = importlib.util.spec_from_file_location("generate_quotebank", SCRIPT)
generator = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generator)

QUOTATION_KEYS = {"quoteID", "quotation", "speaker", "qids", "date", "numOccurrences", "probas", "urls", "phase"}
ARTICLE_KEYS = {"articleID", "articleLength", "date", "names", "phase", "quotations", "title", "url"}
ARTICLE_QUOTATION_KEYS = {
    "quoteID", "quotation", "quotationOffset", "leftContext", "rightContext", "globalTopSpeaker",
    "globalProbas", "localTopSpeaker", "localProbas", "numOccurrences",
}
QUOTE_ID = re.compile(r"^\d{4}-\d{2}-\d{2}-\d{6}$")
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
QID = re.compile(r"^Q\d+$")


def records(path: Path) -> list[dict]:
    opener = bz2.open if path.suffix == ".bz2" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


@pytest.mark.parametrize("name", ["quotes-2019.json", "quotes-2019.json.bz2"])
def test_quotation_centric_format(tmp_path, name):
    path = generator.generate(tmp_path / name, 300, "quotes", seed=1)
    rows = records(path)
    assert len(rows) == 300
    for row in rows:
        assert set(row) == QUOTATION_KEYS
        assert QUOTE_ID.match(row["quoteID"]) and row["quoteID"].startswith(row["date"][:10])
        assert TIMESTAMP.match(row["date"])
        assert row["phase"] in "ABCDE"
        assert isinstance(row["quotation"], str) and row["quotation"]
        assert isinstance(row["numOccurrences"], int) and row["numOccurrences"] >= 1
        assert row["urls"] and all(url.startswith("https://") for url in row["urls"])
        # probas: [[speaker, probability as text]], the top speaker first, summing to 1
        assert all(isinstance(name, str) and isinstance(p, str) for name, p in row["probas"])
        assert row["probas"][0][0] == row["speaker"]
        assert sum(float(p) for _, p in row["probas"]) == pytest.approx(1, abs=1e-3)
        assert len({name for name, _ in row["probas"]}) == len(row["probas"])
        if row["speaker"] == "None":
            assert row["qids"] == []
        else:
            assert row["qids"] and all(QID.match(q) for q in row["qids"])
    assert len({row["quoteID"] for row in rows}) == 300
    assert any(row["speaker"] == "None" for row in rows)
    assert any(len(row["qids"]) > 1 for row in rows), "homonyms: a name with several Wikidata ids"


def test_article_centric_format(tmp_path):
    rows = records(generator.generate(tmp_path / "quotebank-2019.json.bz2", 300, "articles", seed=2))
    assert sum(len(row["quotations"]) for row in rows) == 300
    for row in rows:
        assert set(row) == ARTICLE_KEYS
        assert TIMESTAMP.match(row["date"]) and row["articleID"].startswith(row["date"][:10].replace("-", ""))
        assert isinstance(row["articleLength"], int)
        names = {n["name"]: n for n in row["names"]}
        for name in row["names"]:
            assert set(name) == {"name", "ids", "offsets"} and all(QID.match(q) for q in name["ids"])
        for q in row["quotations"]:
            assert set(q) == ARTICLE_QUOTATION_KEYS
            assert QUOTE_ID.match(q["quoteID"]) and q["quotationOffset"] < row["articleLength"]
            for key in ("globalProbas", "localProbas"):
                assert all(set(entry) == {"proba", "speaker"} and isinstance(entry["proba"], float) for entry in q[key])
            assert q["globalProbas"][0]["speaker"] == q["globalTopSpeaker"]
            assert q["localProbas"][0]["speaker"] == q["localTopSpeaker"]
            assert q["globalTopSpeaker"] == "None" or q["globalTopSpeaker"] in names


@pytest.mark.parametrize("form", generator.FORMS)
def test_same_seed_same_bytes(tmp_path, form):
    a = generator.generate(tmp_path / "a.json", 200, form, seed=7).read_bytes()
    b = generator.generate(tmp_path / "b.json", 200, form, seed=7).read_bytes()
    c = generator.generate(tmp_path / "c.json", 200, form, seed=8).read_bytes()
    assert a == b != c


def test_a_name_always_has_the_same_qids(tmp_path):
    rows = records(generator.generate(tmp_path / "q.json", 3000, "quotes", seed=3))
    qids: dict[str, list] = {}
    for row in rows:
        assert qids.setdefault(row["speaker"], row["qids"]) == row["qids"]


def test_command_line(tmp_path, capsys):
    assert generator.main(["--quotes", "25", "--form", "articles", "-o", str(tmp_path / "a.json")]) == 0
    assert sum(len(r["quotations"]) for r in records(tmp_path / "a.json")) == 25
    assert "Wrote 25 quotations" in capsys.readouterr().err
