"""scripts/evaluate_extraction.py: field accuracies, record accuracy and where the lost records go."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from evaluate_extraction import LOSSES, evaluate_dir, main  # noqa: E402

BODY = ("Prices will rise next year, said Jane Roe, chief economist at Sample Bank.\n\n"
        "Tom Reed, an analyst at Sample Securities, said the slowdown was caused by high rates.\n\n"
        "“Exports fell sharply in March,” said Ana Ruiz, a trade official.")


def gold(text, speaker, title, institution, claim, form="indirect"):
    return {"text": text, "form": form, "speaker": speaker, "anonymous": False, "title": title,
            "institution": institution, "claim_type": claim, "record_claim_type": claim}


def write(folder: Path, statements: list[dict]) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text("url: unknown\noutlet: unknown\npublished: unknown\ntitle: unknown\n\n" + BODY,
                                  encoding="utf-8")
    (folder / "a.gold.json").write_text(json.dumps(statements), encoding="utf-8")
    return folder


def test_each_lost_record_is_counted_once_where_it_was_lost(tmp_path, capsys):
    folder = write(tmp_path / "gold", [
        gold("Prices will rise next year", "Jane Roe", "chief economist", "Sample Bank", "prediction"),
        # the claim type alone is wrong here: a cause of the past given as a prediction, which no
        # reading of the model makes it
        gold("the slowdown was caused by high rates", "Tom Reed", "analyst", "Sample Securities", "prediction"),
        # the speaker and the claim type are wrong: counted as the speaker's loss
        gold("Exports fell sharply in March", "Sample Ministry", None, None, "prediction", "direct"),
        # not in the article's statements at all (a reported fragment the extractor cannot find)
        gold("trade official", "Ana Ruiz", None, None, "other"),
    ])
    totals = evaluate_dir(folder)
    assert totals["record"] == 1
    assert {k: totals["lost " + k] for k in LOSSES} == {
        "missed": 1, "speaker": 1, "title or institution": 0, "claim type only": 1}
    main([str(folder)])
    assert "records lost: missed 0.250, speaker 0.250, title or institution 0.000, claim type only 0.250" \
        in capsys.readouterr().out


def test_a_folder_without_gold_is_an_error_not_an_empty_score(tmp_path, capsys):
    import pytest
    with pytest.raises(SystemExit) as stopped:
        main([str(tmp_path / "no-such-folder")])
    assert stopped.value.code == 2
    assert "no-such-folder: no NAME.gold.json files there" in capsys.readouterr().err
