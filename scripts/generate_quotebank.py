"""Write synthetic Quotebank files: the real corpus's JSON-lines format, made-up content.

Quotebank (Vaucher, Spitz, Catasta and West, WSDM 2021; zenodo record 4277311) ships two forms,
one JSON object per line, one file per year, bz2-compressed:

- quotation-centric ``quotes-YYYY.json.bz2``: ``quoteID`` ("YYYY-MM-DD-" and a 6-digit counter),
  ``quotation``, ``speaker`` (most likely speaker, or "None"), ``qids`` (Wikidata ids of that
  name; homonyms give several), ``date`` (earliest occurrence), ``numOccurrences``, ``probas``
  (``[[speaker, probability-as-text], ...]``), ``urls`` (articles it occurs in, earliest
  first), ``phase`` (data collection phase, A-E);
- article-centric ``quotebank-YYYY.json.bz2``: ``articleID``, ``articleLength`` (tokens),
  ``date``, ``names`` (people mentioned: ``name``, Wikidata ``ids``, token ``offsets``),
  ``phase``, ``quotations`` (``quoteID``, ``quotation``, ``quotationOffset``, ``leftContext``,
  ``rightContext``, ``globalTopSpeaker``, ``globalProbas``, ``localTopSpeaker``,
  ``localProbas`` — each probas entry ``{"proba": p, "speaker": name}`` — and
  ``numOccurrences``), ``title``, ``url``.

The real files cannot be downloaded here, so tests and benchmarks use these. Everything is
drawn from a seeded ``random.Random``: the same arguments give the same bytes. Names, outlets
and Wikidata ids are invented; phases are assigned by year, not by the real phase boundaries.

    python scripts/generate_quotebank.py --quotes 1000 --form quotes -o quotes-2019.json.bz2
    python scripts/generate_quotebank.py --quotes 1000 --form articles -o quotebank-2019.json
"""

from __future__ import annotations

import argparse
import bz2
import datetime as dt
import json
import random
import sys
from pathlib import Path
from typing import Iterator

FORMS = ("quotes", "articles")

FIRST = (
    "Anna Ahmed Alan Amara Ana Andrei Arjun Ben Carlos Chen Claire Daniel David Diego Elena Emma "
    "Farah Fatima Grace Hannah Hiroshi Ibrahim Ines Ivan James Jana Javier Jin John Julia Karim "
    "Kate Kenji Laura Lena Li Lucas Maria Mark Marta Mei Michael Min Mohammed Nadia Nina Olga "
    "Omar Paul Pedro Priya Rachel Rahul Robert Sara Sofia Stefan Tom Yuki Zainab"
).split()
LAST = (
    "Abbott Adams Alvarez Andersen Baker Bauer Becker Brennan Campbell Carter Castro Choi Cohen "
    "Costa Das Dubois Evans Fischer Fitzgerald Garcia Gonzalez Gupta Hansen Hayes Hoffmann Horvat "
    "Huang Ito Jansen Johnson Kaur Keller Kim Kowalski Kumar Larsen Lee Lopez Martin Meyer Moreau "
    "Murphy Nakamura Nguyen Novak Okafor Olsen Park Patel Petrov Popescu Reed Reyes Rossi Russo "
    "Santos Schmidt Schneider Silva Singh Sokolov Suzuki Tanaka Taylor Torres Wagner Walsh Wang "
    "Weber Williams Wong Yamamoto Yilmaz Young Zhang"
).split()

OPENERS = (
    "We", "I think we", "The government", "Our team", "The company", "This administration",
    "Investors", "The committee", "Everyone here", "The industry", "Young people", "Our members",
    "The board", "Families", "The market", "Voters", "Scientists", "Our partners", "The city",
    "Nobody", "I", "They", "The public", "Regulators",
)
VERBS = (
    "will not accept", "are deeply concerned about", "have to address", "cannot ignore",
    "welcome", "are looking closely at", "expect", "strongly oppose", "need to rethink",
    "are committed to", "will continue to support", "have underestimated", "must respond to",
    "are worried about", "fully support", "will challenge", "are ready for", "predicted",
    "never expected", "are proud of", "have warned about", "are still assessing",
)
OBJECTS = (
    "the sanctions", "the new tariffs", "climate change", "the budget deficit", "interest rates",
    "the trade agreement", "the election results", "public health", "the housing crisis",
    "unemployment", "the vaccine rollout", "nuclear talks", "the refugee situation",
    "energy prices", "the missile tests", "cyber attacks", "the peace process", "inflation",
    "the court ruling", "wildfires", "the merger", "student debt", "the pension reform",
    "the border closure", "supply chains", "the ceasefire", "tax cuts", "the oil spill",
    "artificial intelligence", "the championship", "the recovery", "drought", "the strike",
    "data privacy", "the infrastructure bill", "opioid addiction", "the flood defences",
)
TAILS = (
    "", "", "", " this year", " in the long run", " before the summit", " right now",
    " and the consequences are serious", " because the evidence is clear",
    " if the talks fail", " as soon as possible", " for the next generation",
    " despite the pressure", " without more funding", " across the region",
    " and we will say so", " which is a real risk", " at every level",
)
SECOND = (
    "It is a difficult moment.", "That is simply unacceptable.", "The numbers speak for themselves.",
    "We have been very clear about that.", "There is no easy answer.", "This is only the beginning.",
    "People deserve better.", "We will keep working.", "Time is running out.",
    "Nothing has been decided yet.", "The risks are real.", "It is a historic day.",
)
OUTLET_A = "daily city national metro global evening morning county valley coastal capital northern".split()
OUTLET_B = "herald times post tribune gazette chronicle observer journal news courier record sentinel".split()
TLDS = ("com", "com", "com", "co.uk", "org", "net", "com.au", "ca", "ie", "co.nz")

START = dt.date(2008, 9, 1)
END = dt.date(2020, 4, 16)


def phase(day: dt.date) -> str:
    """A phase letter by year (the real phases follow crawler changes, not years)."""
    return "ABCDE"[min(4, max(0, (day.year - 2008) // 3))]


def qids_of(name: str) -> list[str]:
    """Like Quotebank, a name always carries the same qids (every Wikidata item it may mean),
    whatever the seed; about one name in eight is shared by several people."""
    rng = random.Random(f"qids:{name}")
    homonyms = 1 if rng.random() < 0.88 else rng.randint(2, 3)
    return [f"Q{rng.randint(1_000, 99_999_999)}" for _ in range(homonyms)]


class Corpus:
    """Speakers, outlets and sentences drawn from one seeded generator."""

    def __init__(self, seed: int = 0, speakers: int = 50_000, outlets: int = 1_500):
        self.rng = random.Random(seed)
        rng = self.rng
        names: dict[str, list[str]] = {}
        while len(names) < speakers:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if rng.random() < 0.7:
                name = f"{rng.choice(FIRST)} {chr(65 + rng.randrange(26))}. {rng.choice(LAST)}"
            names.setdefault(name, qids_of(name))
        self.speakers: list[tuple[str, list[str]]] = list(names.items())
        self.outlets = sorted({f"{rng.choice(OUTLET_A)}{rng.choice(OUTLET_B)}{n % 97}.{rng.choice(TLDS)}" for n in range(outlets)})
        self.days = (END - START).days
        self.counters: dict[str, int] = {}
        self.articles = 0

    def speaker(self) -> tuple[str, list[str]]:
        # Popularity is skewed: the most quoted speaker gets about 3% of quotes, the top 100 about 13%.
        return self.speakers[int(len(self.speakers) * self.rng.random() ** 3)]

    def day(self) -> dt.date:
        return START + dt.timedelta(days=self.rng.randrange(self.days))

    def timestamp(self, day: dt.date) -> str:
        rng = self.rng
        return f"{day.isoformat()} {rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"

    def quote_id(self, day: dt.date) -> str:
        key = day.isoformat()
        self.counters[key] = self.counters.get(key, 0) + 1
        return f"{key}-{self.counters[key]:06d}"

    def sentence(self) -> str:
        rng = self.rng
        return f"{rng.choice(OPENERS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(TAILS)}."

    def quotation(self) -> str:
        text = self.sentence()
        while self.rng.random() < 0.45:
            text += " " + (self.rng.choice(SECOND) if self.rng.random() < 0.5 else self.sentence())
        return text

    def url(self, day: dt.date) -> str:
        rng = self.rng
        slug = "-".join(rng.choice(OBJECTS).replace("the ", "").split() + [str(rng.randrange(10**6))])
        return f"https://www.{rng.choice(self.outlets)}/{day:%Y/%m/%d}/{slug}.html"

    def other_speaker(self, top: str) -> str:
        name = self.speaker()[0]
        while name == top:
            name = self.rng.choice(self.speakers)[0]
        return name

    def probas(self, top: str) -> list[tuple[str, float]]:
        """The top speaker first, then 'None' and maybe another candidate; summing to 1."""
        rng = self.rng
        if top == "None":
            p = round(rng.uniform(0.4, 0.95), 4)
            return [("None", p), (self.other_speaker(top), round(1 - p, 4))]
        p = round(rng.uniform(0.35, 0.99), 4)
        rest = round(1 - p, 4)
        if rng.random() < 0.5:
            return [(top, p), ("None", rest)]
        split = round(rest * rng.uniform(0.2, 0.8), 4)
        return [(top, p), ("None", round(rest - split, 4)), (self.other_speaker(top), split)]

    def attributed(self) -> tuple[str, list[str]]:
        """(speaker, qids): about one quote in six has no identified speaker."""
        if self.rng.random() < 0.16:
            return "None", []
        return self.speaker()


def quotation_records(corpus: Corpus, n: int) -> Iterator[dict]:
    rng = corpus.rng
    for _ in range(n):
        day = corpus.day()
        speaker, qids = corpus.attributed()
        occurrences = min(int(rng.paretovariate(1.6)), 60)
        urls = [corpus.url(day)]
        for _ in range(min(occurrences, 12) - 1):
            urls.append(corpus.url(day + dt.timedelta(days=rng.randrange(30))))
        yield {
            "quoteID": corpus.quote_id(day),
            "quotation": corpus.quotation(),
            "speaker": speaker,
            "qids": qids,
            "date": corpus.timestamp(day),
            "numOccurrences": occurrences,
            "probas": [[name, f"{p:.4f}"] for name, p in corpus.probas(speaker)],
            "urls": urls,
            "phase": phase(day),
        }


def article_records(corpus: Corpus, n: int) -> Iterator[dict]:
    rng = corpus.rng
    written = 0
    while written < n:
        day = corpus.day()
        corpus.articles += 1
        count = min(rng.randint(1, 8), n - written)
        written += count
        names: dict[str, dict] = {}
        quotations = []
        offset = rng.randrange(5, 40)
        for _ in range(count):
            speaker, qids = corpus.attributed()
            text = corpus.quotation()
            said = speaker if speaker != "None" else rng.choice(("a spokesperson", "an official", "one analyst"))
            if speaker != "None":
                entry = names.setdefault(speaker, {"name": speaker, "ids": qids, "offsets": []})
                entry["offsets"].append([offset - 3, offset - 1])
            global_probas = corpus.probas(speaker)
            local_top = speaker if rng.random() < 0.9 else global_probas[-1][0]
            local_probas = [(local_top, round(rng.uniform(0.5, 0.99), 4))]
            local_probas.append(("None" if local_top != "None" else corpus.other_speaker(local_top), round(1 - local_probas[0][1], 4)))
            quotations.append({
                "quoteID": corpus.quote_id(day),
                "quotation": text,
                "quotationOffset": offset,
                "leftContext": f"{corpus.sentence()} [S] said {said} on {day:%A}, adding:",
                "rightContext": f"{rng.choice(SECOND)} {corpus.sentence()}",
                "globalTopSpeaker": speaker,
                "globalProbas": [{"proba": p, "speaker": name} for name, p in global_probas],
                "localTopSpeaker": local_top,
                "localProbas": [{"proba": p, "speaker": name} for name, p in local_probas],
                "numOccurrences": min(int(rng.paretovariate(1.6)), 60),
            })
            offset += len(text.split()) + rng.randrange(20, 120)
        yield {
            "articleID": f"{day:%Y%m%d}{corpus.articles:08d}",
            "articleLength": offset + rng.randrange(20, 400),
            "date": corpus.timestamp(day),
            "names": list(names.values()),
            "phase": phase(day),
            "quotations": quotations,
            "title": corpus.sentence()[:-1].replace("We ", "Officials ", 1),
            "url": corpus.url(day),
        }


def generate(path: Path | str, quotes: int, form: str = "quotes", seed: int = 0) -> Path:
    """Write ``quotes`` quotations in ``form`` to ``path`` (bz2 when it ends in .bz2)."""
    if form not in FORMS:
        raise ValueError(f"form must be one of {FORMS}")
    path = Path(path)
    corpus = Corpus(seed)
    records = quotation_records(corpus, quotes) if form == "quotes" else article_records(corpus, quotes)
    opener = bz2.open if path.suffix == ".bz2" else open
    with opener(path, "wt", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, default=1000, help="How many quotations to write.")
    parser.add_argument("--form", choices=FORMS, default="quotes", help="quotes: quotation-centric; articles: article-centric.")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-o", "--output", type=Path, required=True, help="File to write; .bz2 compresses.")
    args = parser.parse_args(argv)
    generate(args.output, args.quotes, args.form, args.seed)
    print(f"Wrote {args.quotes} quotations ({args.form}) to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
