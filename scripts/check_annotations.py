"""Check the annotated articles, claim-type statements and mentions under ``annotations/``.

    python scripts/check_annotations.py PATH [PATH ...]

PATH is the ``annotations/`` folder, one part of it (``annotations/test``), one article
(``NAME.txt`` or ``NAME.gold.json``) or one statements file (``*.jsonl``; one in a folder named
``mentions`` is a mention file). Every problem is printed as ``file:line: field: message``; the
exit status is 1 when there is any.

What is checked, and why:

- an article starts with exactly the header lines ``url``, ``outlet``, ``published``, ``title``
  (``unknown`` where not known; ``published`` otherwise an ISO date), then a blank line, then the
  body; it has its ``NAME.gold.json`` beside it and the other way round;
- every gold entry has exactly the fields of the gold format plus ``record_claim_type``, with
  values from their enums, and the three-way ``claim_type`` is the one the six-way
  ``record_claim_type`` scores as (assessment, recommendation, fact, other -> other);
- every gold ``text`` occurs in the body, once per entry that claims it (the evaluation maps each
  entry to its own occurrence), and is trimmed: no outer spaces, no comma before a closing quote,
  no leading complementiser "that";
- a statements file has one JSON object a line with ``text`` (verbatim, inside ``sentence``),
  ``sentence``, the two claim types (consistent), ``url`` and ``outlet``; no statement twice;
- a mention file (``mentions/*.jsonl``) has one JSON object a line with exactly ``sentence``,
  ``name``, ``title``, ``institution``, ``url`` and ``outlet``: the sentence non-empty; the name a
  non-empty substring of the sentence, without an honorific (Dr, Mr, Prof, Sen. ...); title and
  institution null or non-empty, trimmed substrings of the sentence (copied as printed); url an
  http(s) URL and outlet non-empty; no (sentence, name) pair twice, in a file or across the
  mention files of a folder;
- given the whole folder, no statement in ``claims/`` and no mention in ``mentions/`` comes from an
  article of a test part, and no article of a test part is also in ``tune/``: a test part is never
  used for training or tuning.
  Every folder named ``test`` or starting with ``test-`` (``test-b``, ``test-c``) is such a sealed test part.

The claim types come from :class:`quotes.models.ClaimType`, so a type added there is accepted here.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes.collection import Problem  # noqa: E402
from quotes.models import ClaimType  # noqa: E402

HEADER_KEYS = ("url", "outlet", "published", "title")
GOLD_FIELDS = ("text", "form", "speaker", "anonymous", "title", "institution", "claim_type",
               "record_claim_type")
FORMS = {"direct", "indirect", "mixed"}
RECORD_TYPES = {t.value for t in ClaimType}
SCORED_TYPES = {"prediction", "explanation"}  # everything else scores as "other"
CLAIM_FIELDS = ("text", "sentence", "record_claim_type", "claim_type", "url", "outlet")
MENTION_FIELDS = ("sentence", "name", "title", "institution", "url", "outlet")
MENTIONS_FOLDER = "mentions"
COMPLEMENTISER = re.compile(r"that (?!(?:is|was|would|will|could|has|had)\b)")
HONORIFIC = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sen|Rep|Gov|Sir|Dame)\b\.?\s", re.IGNORECASE)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def three_way(record_claim_type: str) -> str:
    """The type a six-way record type is scored as."""
    return record_claim_type if record_claim_type in SCORED_TYPES else "other"


def read_article(path: Path) -> tuple[dict, str, list[Problem]]:
    """Header values, body and header problems of one ``NAME.txt``."""
    lines = path.read_text(encoding="utf-8").split("\n")
    meta, problems = {}, []
    for number, key in enumerate(HEADER_KEYS, start=1):
        line = lines[number - 1] if number <= len(lines) else ""
        name, sep, value = line.partition(": ")
        if name != key or not sep or not value.strip():
            problems.append(Problem(path, number, key, f"header line {number} must be '{key}: VALUE'"))
            continue
        meta[key] = value.strip()
    if len(lines) <= len(HEADER_KEYS) or lines[len(HEADER_KEYS)] != "":
        problems.append(Problem(path, len(HEADER_KEYS) + 1, "header", "a blank line must follow the four header lines"))
    if meta.get("url") and meta["url"] != "unknown" and not meta["url"].startswith(("http://", "https://")):
        problems.append(Problem(path, 1, "url", f"not an http(s) URL: {meta['url']!r}"))
    if meta.get("published") and meta["published"] != "unknown" and not ISO_DATE.match(meta["published"]):
        problems.append(Problem(path, 3, "published", f"expected YYYY-MM-DD or unknown, got {meta['published']!r}"))
    body = "\n".join(lines[len(HEADER_KEYS) + 1:])
    if not body.strip():
        problems.append(Problem(path, len(HEADER_KEYS) + 2, "body", "the body is empty"))
    return meta, body, problems


def line_of(lines: list[str], text: str, index: int) -> int:
    """The line of a gold file where an entry's text stands (else the entry's rough position)."""
    needle = '"text": ' + json.dumps(text, ensure_ascii=False)
    for number, line in enumerate(lines, start=1):
        if line.strip().rstrip(",") == needle:
            return number
    return 1 + index


def field_set(item: dict, fields, path: Path, line: int) -> list[Problem]:
    """A missing or unexpected field of an object that must have exactly *fields*."""
    problems = []
    missing = [f for f in fields if f not in item]
    extra = [f for f in item if f not in fields]
    if missing:
        problems.append(Problem(path, line, "fields", f"missing {', '.join(missing)}"))
    if extra:
        problems.append(Problem(path, line, "fields", f"unexpected {', '.join(extra)}"))
    return problems


def check_entry(entry, body: str, path: Path, line: int) -> list[Problem]:
    """The fields of one gold entry."""
    if not isinstance(entry, dict):
        return [Problem(path, line, "entry", "each gold entry must be an object")]
    problems = field_set(entry, GOLD_FIELDS, path, line)
    text = entry.get("text")
    if not isinstance(text, str) or not text:
        problems.append(Problem(path, line, "text", "must be a non-empty string"))
    else:
        problems += check_span(text, path, line)
        if text not in body:
            problems.append(Problem(path, line, "text", f"not a substring of the body: {text[:60]!r}"))
    if entry.get("form") not in FORMS:
        problems.append(Problem(path, line, "form", f"must be one of {sorted(FORMS)}, got {entry.get('form')!r}"))
    if not isinstance(entry.get("speaker"), str) or not entry.get("speaker", "").strip():
        problems.append(Problem(path, line, "speaker", "must be a non-empty string"))
    if not isinstance(entry.get("anonymous"), bool):
        problems.append(Problem(path, line, "anonymous", "must be true or false"))
    for field in ("title", "institution"):
        value = entry.get(field)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            problems.append(Problem(path, line, field, "must be null or a non-empty string"))
    problems += check_types(entry, path, line)
    return problems


def check_span(text: str, path: Path, line: int) -> list[Problem]:
    """Trimming rules of the gold format: the reported content only."""
    problems = []
    if text != text.strip():
        problems.append(Problem(path, line, "text", "has leading or trailing whitespace"))
    if text.rstrip().endswith(","):
        problems.append(Problem(path, line, "text", "ends with the comma before a closing quote"))
    # a capital "That" opening a sentence is a pronoun, not the complementiser; so is a lower-case
    # "that" followed by a verb ("said that was too ambitious")
    if COMPLEMENTISER.match(text):
        problems.append(Problem(path, line, "text", "starts with the complementiser 'that'"))
    return problems


def check_types(entry: dict, path: Path, line: int) -> list[Problem]:
    """Both claim types valid and consistent."""
    record, scored = entry.get("record_claim_type"), entry.get("claim_type")
    if record not in RECORD_TYPES:
        return [Problem(path, line, "record_claim_type", f"must be one of {sorted(RECORD_TYPES)}, got {record!r}")]
    if scored != three_way(record):
        return [Problem(path, line, "claim_type",
                        f"{scored!r} does not match record_claim_type {record!r} (expected {three_way(record)!r})")]
    return []


def check_article(txt: Path) -> list[Problem]:
    """One ``NAME.txt`` with its ``NAME.gold.json``."""
    gold_path = txt.with_name(txt.name[: -len(".txt")] + ".gold.json")
    meta, body, problems = read_article(txt)
    if not gold_path.exists():
        return problems + [Problem(txt, 1, "gold", f"{gold_path.name} is missing")]
    raw = gold_path.read_text(encoding="utf-8")
    try:
        gold = json.loads(raw)
    except json.JSONDecodeError as exc:
        return problems + [Problem(gold_path, exc.lineno, "json", exc.msg)]
    if not isinstance(gold, list) or not gold:
        return problems + [Problem(gold_path, 1, "gold", "must be a non-empty list of entries")]
    lines = raw.split("\n")
    for index, entry in enumerate(gold):
        line = line_of(lines, entry.get("text", "") if isinstance(entry, dict) else "", index)
        problems += check_entry(entry, body, gold_path, line)
    texts = Counter(e["text"] for e in gold if isinstance(e, dict) and isinstance(e.get("text"), str) and e["text"])
    for text, count in texts.items():
        if body.count(text) < count:
            problems.append(Problem(gold_path, line_of(lines, text, 0), "text",
                                    f"{count} entries but {body.count(text)} occurrence(s) in the body: {text[:60]!r}"))
    return problems


def json_objects(path: Path, problems: list[Problem]):
    """(line number, object) of each non-empty line of a JSONL file; a line that is no JSON object
    is reported in *problems* and skipped."""
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(path, number, "json", exc.msg))
            continue
        if not isinstance(item, dict):
            problems.append(Problem(path, number, "line", "must be a JSON object"))
            continue
        yield number, item


def repeated(seen: dict, key, path: Path, number: int, field: str, what: str) -> list[Problem]:
    """A problem when *key* was on an earlier line of the file (*seen* keeps each key's first line)."""
    if key in seen:
        return [Problem(path, number, field, f"the same {what} as line {seen[key]}")]
    seen[key] = number
    return []


def empty(path: Path, seen: dict, problems: list[Problem], what: str) -> list[Problem]:
    """A problem when a file with no other problem holds no entries."""
    return [] if seen or problems else [Problem(path, 1, "file", f"holds no {what}")]


def check_claims(path: Path) -> list[Problem]:
    """A JSONL file of claim-type statements."""
    problems, seen = [], {}
    for number, item in json_objects(path, problems):
        missing = [f for f in CLAIM_FIELDS if not isinstance(item.get(f), str) or not item.get(f).strip()]
        extra = [f for f in item if f not in CLAIM_FIELDS]
        if missing:
            problems.append(Problem(path, number, "fields", f"missing or empty {', '.join(missing)}"))
            continue
        if extra:
            problems.append(Problem(path, number, "fields", f"unexpected {', '.join(extra)}"))
        if item["text"] not in item["sentence"]:
            problems.append(Problem(path, number, "text", f"not inside its sentence: {item['text'][:60]!r}"))
        problems += check_span(item["text"], path, number)
        if not item["url"].startswith(("http://", "https://")):
            problems.append(Problem(path, number, "url", f"not an http(s) URL: {item['url']!r}"))
        problems += check_types(item, path, number)
        problems += repeated(seen, (item["url"], item["text"]), path, number, "text", "statement")
    return problems + empty(path, seen, problems, "statements")


def is_mentions_file(path: Path) -> bool:
    """A mention file: a ``*.jsonl`` in a folder named ``mentions``."""
    return path.suffix == ".jsonl" and path.parent.name == MENTIONS_FOLDER


def check_mention(item: dict, path: Path, number: int) -> list[Problem]:
    """The fields of one mention line: name, title and institution as printed in the sentence."""
    problems = field_set(item, MENTION_FIELDS, path, number)
    sentence = item.get("sentence")
    if not isinstance(sentence, str) or not sentence.strip():
        return problems + ([Problem(path, number, "sentence", "must be a non-empty string")] if "sentence" in item else [])
    name = item.get("name")
    if "name" not in item:
        pass  # reported under fields
    elif not isinstance(name, str) or not name.strip():
        problems.append(Problem(path, number, "name", "must be a non-empty string"))
    elif name != name.strip():
        problems.append(Problem(path, number, "name", "has leading or trailing whitespace"))
    elif name not in sentence:
        problems.append(Problem(path, number, "name", f"not a substring of the sentence: {name[:60]!r}"))
    elif HONORIFIC.match(name):
        problems.append(Problem(path, number, "name", f"starts with an honorific: {name[:60]!r}"))
    for field in ("title", "institution"):
        value = item.get(field)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            problems.append(Problem(path, number, field, "must be null or a non-empty string"))
        elif value != value.strip():
            problems.append(Problem(path, number, field, "has leading or trailing whitespace"))
        elif value not in sentence:
            problems.append(Problem(path, number, field, f"not a substring of the sentence: {value[:60]!r}"))
    url, outlet = item.get("url"), item.get("outlet")  # a missing one is reported under fields
    if "url" in item and (not isinstance(url, str) or not url.startswith(("http://", "https://"))):
        problems.append(Problem(path, number, "url", f"not an http(s) URL: {url!r}"))
    if "outlet" in item and (not isinstance(outlet, str) or not outlet.strip()):
        problems.append(Problem(path, number, "outlet", "must be a non-empty string"))
    return problems


def check_mentions(path: Path) -> list[Problem]:
    """A JSONL file of mention lines (``mentions/*.jsonl``)."""
    problems, seen = [], {}
    for number, item in json_objects(path, problems):
        problems += check_mention(item, path, number)
        key = (item.get("sentence"), item.get("name"))
        if all(isinstance(k, str) for k in key):
            problems += repeated(seen, key, path, number, "name", "sentence and name")
    return problems + empty(path, seen, problems, "mentions")


def check_mentions_across(paths: list[Path]) -> list[Problem]:
    """No (sentence, name) pair in two mention files (two annotators must not label it twice)."""
    problems, seen = [], {}
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
            try:
                item = json.loads(line) if line.strip() else None
            except json.JSONDecodeError:
                continue  # reported by check_mentions
            if not isinstance(item, dict):
                continue
            key = (item.get("sentence"), item.get("name"))
            if not all(isinstance(k, str) for k in key):
                continue
            first = seen.setdefault(key, (path, number))
            if first[0] != path:
                problems.append(Problem(path, number, "name",
                                        f"the same sentence and name as {first[0].name}:{first[1]}"))
    return problems


def check_jsonl(path: Path) -> list[Problem]:
    """A statements file: a mention file in ``mentions/``, else claim-type statements."""
    return check_mentions(path) if is_mentions_file(path) else check_claims(path)


def is_test_part(folder: Path) -> bool:
    """A sealed test part: a folder named ``test`` or starting with ``test-``."""
    return folder.is_dir() and (folder.name == "test" or folder.name.startswith("test-"))


def test_parts(root: Path) -> list[Path]:
    """The sealed test parts directly under ``root`` (``test/``, ``test-b/``, ``test-c/``, ...)."""
    return sorted(f for f in root.iterdir() if is_test_part(f)) if root.is_dir() else []


def test_urls(root: Path) -> dict[str, str]:
    """URLs of the articles in every test part of ``root``, each with its part's folder name."""
    urls = {}
    for part in test_parts(root):
        for txt in sorted(part.glob("*.txt")):
            meta, _, _ = read_article(txt)
            if meta.get("url", "unknown") != "unknown":
                urls.setdefault(meta["url"], part.name)
    return urls


def check_separation(root: Path) -> list[Problem]:
    """No training statement or mention comes from a test article; no article is in a test part and tune."""
    problems, held_out = [], test_urls(root)
    for txt in sorted((root / "tune").glob("*.txt")):
        part = held_out.get(read_article(txt)[0].get("url"))
        if part:
            problems.append(Problem(txt, 1, "url", f"this article is also in {part}/"))
    for folder, what in (("claims", "a statement"), (MENTIONS_FOLDER, "a mention")):
        for jsonl in sorted((root / folder).glob("*.jsonl")):
            for number, line in enumerate(jsonl.read_text(encoding="utf-8").split("\n"), start=1):
                try:
                    url = json.loads(line).get("url") if line.strip() else None
                except (json.JSONDecodeError, AttributeError):
                    continue  # reported by check_claims / check_mentions
                if isinstance(url, str) and url in held_out:
                    problems.append(Problem(jsonl, number, "url", f"{what} from a test article"))
    return problems


def check_path(path: Path) -> list[Problem]:
    """Every problem under ``path`` (a folder, an article or a statements file)."""
    if path.is_dir():
        problems = []
        for txt in sorted(path.rglob("*.txt")):
            problems += check_article(txt)
        for gold in sorted(path.rglob("*.gold.json")):
            if not gold.with_name(gold.name[: -len(".gold.json")] + ".txt").exists():
                problems.append(Problem(gold, 1, "article", "the article .txt beside it is missing"))
        for jsonl in sorted(path.rglob("*.jsonl")):
            problems += check_jsonl(jsonl)
        problems += check_mentions_across(sorted(p for p in path.rglob("*.jsonl") if is_mentions_file(p)))
        if test_parts(path):
            problems += check_separation(path)
        return problems
    if path.name.endswith(".gold.json"):
        return check_article(path.with_name(path.name[: -len(".gold.json")] + ".txt"))
    if path.suffix == ".txt":
        return check_article(path)
    if path.suffix == ".jsonl":
        return check_jsonl(path)
    return [Problem(path, 1, "path", "not a folder, an article .txt, a .gold.json or a .jsonl file")]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args(argv)
    problems = []
    for path in args.paths:
        if not path.exists():
            problems.append(Problem(path, 1, "path", "does not exist"))
            continue
        problems += check_path(path)
    for problem in problems:
        print(problem)
    if not problems:
        print("ok: " + ", ".join(str(p) for p in args.paths))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
