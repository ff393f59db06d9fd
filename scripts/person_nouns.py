"""Write the extractor's list of nouns that name people (``quotes/extraction/data/person_nouns.txt``).

    python scripts/person_nouns.py [WORDNET_DIR] [--out PATH]

WORDNET_DIR holds the WordNet 3.0 database files ``index.noun``, ``data.noun`` and ``noun.exc``
(Debian's ``wordnet-base`` package puts them in ``/usr/share/wordnet``, the default). A noun is
listed when its most frequent sense (the first synset ``index.noun`` gives for it) belongs to the
lexicographer file ``noun.person`` (number 18): 'advocate', 'magnate', 'lawmaker' — not 'head' or
'star', whose first senses are no people, nor a named individual ('roberts', 'aaron': an instance).
One-word, lower-case lemmas only, each with its plural (the irregular ones from ``noun.exc``, the
rest by the regular rules of English spelling).

The extractor reads the list to tell an unnamed source ('farm advocates say', 'the billionaire
developer said') from a noun phrase that names nobody.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "quotes" / "extraction" / "data" / "person_nouns.txt"
NOUN_PERSON = 18  # lexicographer file number of noun.person (WordNet's lexnames)
HEADER = """\
# Nouns whose most frequent sense names a person ('advocate', 'lawmaker'), with their plurals; not the
# names of individuals WordNet lists (instances: 'roberts', 'aaron'). Source: WordNet 3.0 (Princeton
# University), the noun.person lexicographer file, as Debian's wordnet-base package ships it; written
# by scripts/person_nouns.py. WordNet 3.0 Copyright 2006 by Princeton University. All rights
# reserved. Its licence and disclaimer: person_nouns.LICENSE.
"""


def first_senses(index_noun: Path) -> dict[str, str]:
    """Each lemma's most frequent synset (its offset in ``data.noun``)."""
    senses = {}
    for line in index_noun.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(" "):
            continue  # the licence header
        fields = line.split()
        pointer_count = int(fields[3])
        offsets = fields[4 + pointer_count + 2:]  # after the pointer symbols, sense_cnt and tagsense_cnt
        if offsets:
            senses[fields[0]] = offsets[0]
    return senses


def lexicographer_files(data_noun: Path) -> dict[str, int]:
    """Each synset's lexicographer file number."""
    files = {}
    for line in data_noun.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(" "):
            offset, lex_filenum = line.split(maxsplit=2)[:2]
            files[offset] = int(lex_filenum)
    return files


def instances(data_noun: Path) -> set[str]:
    """Synsets of one named individual ('Roberts', 'Aaron'): those with an instance hypernym (``@i``). Their
    lemmas are names, no nouns naming people ('Roberts said' is a person, not a group)."""
    found = set()
    for line in data_noun.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(" ") and " @i " in line.split("|", 1)[0]:
            found.add(line.split(maxsplit=1)[0])
    return found


def irregular_plurals(noun_exc: Path) -> dict[str, str]:
    """base -> plural for the nouns WordNet lists as exceptions ('man' -> 'men')."""
    plurals = {}
    if noun_exc.exists():
        for line in noun_exc.read_text(encoding="utf-8").splitlines():
            fields = line.split()
            if len(fields) == 2:
                plurals.setdefault(fields[1], fields[0])
    return plurals


def regular_plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def person_nouns(wordnet: Path) -> list[str]:
    senses = first_senses(wordnet / "index.noun")
    files = lexicographer_files(wordnet / "data.noun")
    irregular = irregular_plurals(wordnet / "noun.exc")
    named = instances(wordnet / "data.noun")
    nouns = set()
    for lemma, offset in senses.items():
        if files.get(offset) == NOUN_PERSON and offset not in named and lemma.isalpha() and lemma.islower():
            nouns.add(lemma)
            nouns.add(irregular.get(lemma, regular_plural(lemma)))
    return sorted(nouns)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wordnet", nargs="?", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not (args.wordnet / "index.noun").exists():
        raise SystemExit(f"{args.wordnet}: no index.noun here (apt-get install wordnet-base)")
    nouns = person_nouns(args.wordnet)
    args.out.write_text(HEADER + "\n".join(nouns) + "\n", encoding="utf-8")
    print(f"{len(nouns)} nouns written to {args.out}")


if __name__ == "__main__":
    main()
