"""scripts/person_nouns.py on a small WordNet in the database's own file format."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import person_nouns  # noqa: E402

INDEX_NOUN = """\
  1 This software and database is being provided to you, the LICENSEE, by Princeton University
advocate n 2 1 @ 2 1 09774783 06999999
head n 2 1 @ 2 1 05538625 10162991
man n 2 1 @ 2 1 10287213 03716327
aaron n 1 1 @i 1 0 11111111
ice_cream n 1 1 @ 1 0 07611111
"""
DATA_NOUN = """\
  1 This software and database is being provided to you, the LICENSEE, by Princeton University
05538625 08 n 01 head 0 001 @ 05220461 n 0000 | the upper part of the human body
06999999 10 n 01 advocate 0 001 @ 06722453 n 0000 | a written plea
07611111 13 n 01 ice_cream 0 001 @ 07609840 n 0000 | frozen dessert
09774783 18 n 01 advocate 0 001 @ 10120816 n 0000 | a person who pleads for a cause
10162991 18 n 01 head 0 001 @ 10164233 n 0000 | a person who is in charge
10287213 18 n 01 man 0 001 @ 09624168 n 0000 | an adult person who is male
11111111 18 n 01 Aaron 0 001 @i 10488016 n 0000 | brother of Moses
"""
NOUN_EXC = "men man\n"


def wordnet(tmp_path: Path) -> Path:
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="utf-8")
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="utf-8")
    (tmp_path / "noun.exc").write_text(NOUN_EXC, encoding="utf-8")
    return tmp_path


def test_nouns_whose_first_sense_names_a_person_with_their_plurals(tmp_path):
    # 'head' names a person only in its second sense, 'aaron' is one named individual, 'ice_cream' no person
    assert person_nouns.person_nouns(wordnet(tmp_path)) == ["advocate", "advocates", "man", "men"]


def test_the_script_writes_the_list_with_its_source(tmp_path):
    out = tmp_path / "person_nouns.txt"
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "person_nouns.py"), str(wordnet(tmp_path)),
                          "--out", str(out)], capture_output=True, text=True, check=True)
    assert "4 nouns written" in run.stdout
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# Nouns whose most frequent sense names a person")
    assert [line for line in lines if not line.startswith("#")] == ["advocate", "advocates", "man", "men"]


def test_a_folder_without_wordnet_is_refused(tmp_path):
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "person_nouns.py"), str(tmp_path),
                          "--out", str(tmp_path / "out.txt")], capture_output=True, text=True)
    assert run.returncode != 0 and "no index.noun" in run.stderr and not (tmp_path / "out.txt").exists()


def test_the_shipped_list_names_people_not_named_individuals():
    shipped = set(person_nouns.DEFAULT_OUT.read_text(encoding="utf-8").split())
    assert {"advocate", "advocates", "lawmakers", "men", "economist"} <= shipped
    assert not {"head", "star", "aaron", "roberts"} & shipped
