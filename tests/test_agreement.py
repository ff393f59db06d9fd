import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import agreement  # noqa: E402

GOLD = [
    {"text": "Rates will fall.", "speaker": "Jane Roe", "anonymous": False, "title": "economist",
     "institution": "Sample Bank", "claim_type": "prediction", "record_claim_type": "prediction"},
    {"text": "Prices rose because of the war.", "speaker": "Jane Roe", "anonymous": False, "title": "economist",
     "institution": "Sample Bank", "claim_type": "explanation", "record_claim_type": "explanation"},
    {"text": "The plan is sound.", "speaker": "analysts", "anonymous": True, "title": None,
     "institution": None, "claim_type": "other", "record_claim_type": "assessment"},
    {"text": "Sales rose 4%.", "speaker": "Sample Bank", "anonymous": False, "title": None,
     "institution": None, "claim_type": "other", "record_claim_type": "fact"},
]


def second_labels(changes=None):
    labels = [{k: g[k] for k in ("text", "speaker", "anonymous", "title", "institution", "record_claim_type")}
              for g in GOLD]
    for (index, field), value in (changes or {}).items():
        labels[index][field] = value
    return labels


def write(tmp_path, labels):
    (tmp_path / "a.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    second = tmp_path / "second.json"
    second.write_text(json.dumps({"a": labels}), encoding="utf-8")
    return second


def test_the_same_labels_agree_on_everything(tmp_path):
    second = write(tmp_path, second_labels())
    scores = agreement.agreement(agreement.pairs(tmp_path, json.loads(second.read_text())))
    assert scores == {"speaker": 1.0, "anonymous": 1.0, "title": 1.0, "institution": 1.0, "claim_type": 1.0,
                      "record": 1.0, "six-way type": 1.0, "claim type kappa": 1.0}


def test_disagreements_count_per_field_and_in_kappa(tmp_path):
    # a title in another case is the same title; a fact labelled assessment is the same three-way type;
    # an explanation labelled prediction is not
    second = write(tmp_path, second_labels({(0, "title"): "Economist", (3, "record_claim_type"): "assessment",
                                            (1, "record_claim_type"): "prediction", (2, "speaker"): "experts"}))
    scores = agreement.agreement(agreement.pairs(tmp_path, json.loads(second.read_text())))
    assert scores["title"] == 1.0 and scores["speaker"] == 0.75 and scores["claim_type"] == 0.75
    assert scores["six-way type"] == 0.5 and scores["record"] == 0.5
    # observed 0.75; expected (1/4·2/4) + (1/4·0) + (2/4·2/4) = 0.375 -> kappa 0.6
    assert scores["claim type kappa"] == pytest.approx(0.6)


def test_a_second_labelling_of_other_statements_is_refused(tmp_path):
    labels = second_labels()
    labels[0]["text"] = "Rates will rise."
    second = write(tmp_path, labels)
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "agreement.py"), str(tmp_path), str(second)],
                         capture_output=True, text=True)
    assert run.returncode != 0 and "does not list the gold's statements" in run.stderr
