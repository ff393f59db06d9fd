"""The extractor's word lists are data files, each naming its source, read once."""

from importlib import resources

import pytest

from quotes.extraction import lexicon

DATA = resources.files("quotes.extraction").joinpath("data")
FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith((".txt", ".csv")))


@pytest.mark.parametrize("name", FILES)
def test_every_word_list_names_its_source(name):
    header = [line for line in DATA.joinpath(name).read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert header, f"{name} has no header comment"
    assert any("source" in line.lower() for line in header), f"{name} does not name its source"


@pytest.mark.parametrize("name", [n for n in FILES if n.endswith(".txt")])
def test_word_lists_load_without_comments_or_blanks(name):
    entries = lexicon.words(name[:-4])
    assert entries and not any(e.startswith("#") or not e.strip() for e in entries)


def test_speech_verb_classes():
    assert "said" in lexicon.flagged("speech_verbs", "cue")
    assert "reports" in lexicon.flagged("speech_verbs", "nounish")
    assert "pledged" in lexicon.flagged("speech_verbs", "to_clause")
    assert "said" not in lexicon.flagged("speech_verbs", "preposed_only")
    assert {"said", "urged", "wrote"} <= lexicon.flagged("speech_verbs", "other_source")
    assert "say" in lexicon.flagged("speech_verbs", "other_source") and "saying" not in lexicon.flagged("speech_verbs", "other_source")


@pytest.mark.parametrize("word, common", [
    ("Lead", True), ("Senior", True), ("Analysts", True),  # words of the language, capitalised
    ("Samplecorp", False), ("Harvard", False),  # no dictionary entry in lower case: a name
])
def test_common_word_looks_the_word_up_in_lower_case(word, common):
    assert lexicon.common_word(word) is common


@pytest.mark.parametrize("word, past", [
    ("visited", True), ("agreed", True), ("used", True), ("swore", True),
    ("need", False), ("speed", False), ("succeed", False), ("bed", False), ("said", True),
])
def test_a_past_form_by_its_ending_or_the_irregular_list(word, past):
    assert lexicon.past_form(word) is past
