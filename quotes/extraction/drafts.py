"""Render an extraction as a draft source file, and file it into a collection.

A draft source file has the collection's record format (see :mod:`quotes.models`) with every
quote at ``review: draft``. :func:`write_into` adds it to a collection folder:

- the article body is archived under ``texts/<source-id>.txt`` so quotes are checked verbatim
  against it (their ``start``/``end`` are offsets into it);
- speakers and institutions are matched to ``speakers.yaml`` / ``institutions.yaml`` by id, name
  or alias (case- and quote-style-insensitively); new ones are appended with ruamel.yaml's
  round-trip mode, so comments and order stay;
- nothing of another article, or of a reviewed source, is ever overwritten: a source id or
  archived text already used by a different article (or by reviewed quotes) is an error and
  nothing is written (:func:`refuse_clobbering`);
- registries are written before the text and the record that name their entries.

A prediction gets a ``prediction`` block whose ``proposition`` is, for now, the reported text
itself (an editor rewrites it into a resolvable statement) and whose ``hedge`` is the speaker's
word; ``probability`` is set only when the speaker gave a number, as the record format asks, and
the yardstick's reading of the hedge is left as a comment beside it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import re
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..collection import (
    INSTITUTIONS_FILE,
    LockError,
    SCHEMA_FILE,
    SOURCES_DIR,
    SPEAKERS_FILE,
    check_writable,
    locked,
    plain,
    write_text_atomically,
    yaml_round_trip,
)
from ..slugs import slugify



class ExtractWriteError(Exception):
    """The extraction cannot be filed into the collection; the message says why."""


def _norm(name: str) -> str:
    name = name.replace("’", "'").replace("‘", "'").lower().strip()
    return re.sub(r"\s+", " ", re.sub(r"^(?:a|an|the)\s+", "", name))


def speaker_slug(name: str) -> str:
    """'a senior US official' -> 'senior-us-official' (an article is not part of an id)."""
    return slugify(re.sub(r"^(?:a|an|the)\s+", "", name.strip(), flags=re.I))[:100].strip("-") or "speaker"


def source_id_for(extraction, fallback: str = "article") -> str:
    src = extraction.source
    date = src.get("published") or "undated"
    outlet = slugify(src.get("outlet") or "") if src.get("outlet") else ""
    fallback = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", fallback)
    if outlet and slugify(fallback).startswith(re.sub(r"^the-", "", outlet)):
        outlet = ""  # 'korea-herald-nk-…' already names the outlet
    words = slugify(src.get("title") or fallback).split("-")[:7]
    parts = [date] + ([outlet] if outlet and outlet != "x" else []) + ["-".join(words)]
    return slugify("-".join(parts))[:110].strip("-")


def _speaker_kind(quote) -> str:
    if quote.speaker_kind == "organization":
        return "organization"
    if quote.anonymous:
        return "anonymous" if re.match(r"(?:a|an|one)\s", quote.speaker, re.I) else "group"
    return "person"


class Registry:
    """speakers.yaml or institutions.yaml, matched by id, name and alias; appended in place."""

    def __init__(self, path: Path, key: str, yaml):
        self.path, self.key, self.yaml = path, key, yaml
        if path.exists():
            self.tree = yaml.load(path.read_text(encoding="utf-8")) or CommentedMap()
        else:
            self.tree = CommentedMap()
        if self.tree.get(key) is None:
            self.tree[key] = CommentedSeq()
        self.by_name: dict[str, str] = {}
        self.ids: set[str] = set()
        for item in self.tree[key]:
            self.ids.add(str(item["id"]))
            for name in [item.get("name"), item["id"], *(item.get("aliases") or [])]:
                if name:
                    self.by_name.setdefault(_norm(str(name)), str(item["id"]))
        self.added: list[str] = []

    def find(self, name: str) -> str | None:
        return self.by_name.get(_norm(name)) or self.by_name.get(_norm(speaker_slug(name)))

    def ensure(self, name: str, **fields) -> str:
        found = self.find(name)
        if found:
            return found
        base = speaker_slug(name)
        new_id, n = base, 2
        while new_id in self.ids:
            new_id, n = f"{base}-{n}", n + 1
        entry = CommentedMap([("id", new_id), ("name", name)])
        for key, value in fields.items():
            if value is not None:
                entry[key] = value
        self.tree[self.key].append(entry)
        self.ids.add(new_id)
        self.by_name[_norm(name)] = new_id
        self.added.append(new_id)
        return new_id

    def save(self) -> None:
        if not self.added:
            return
        buffer = io.StringIO()
        self.yaml.dump(self.tree, buffer)
        text = buffer.getvalue()
        if not self.path.exists():
            text = f"# yaml-language-server: $schema={_schema_ref(self.path.parent)}\n" + text
        write_text_atomically(self.path, text)


def _schema_ref(folder: Path) -> str:
    return os.path.relpath(SCHEMA_FILE, folder.resolve()).replace(os.sep, "/")


def build_record(extraction, source_id: str, speaker_id, institution_id, text_path: str | None) -> CommentedMap:
    """The source file as a round-trip mapping (comments attached where a reviewer needs them)."""
    src = extraction.source
    source = CommentedMap()
    source["id"] = source_id
    source["url"] = src.get("url")  # null when the article gives none: never a made-up file: link
    source["outlet"] = src.get("outlet") or "unknown"
    source["title"] = src.get("title")
    source["published"] = dt.date.fromisoformat(src["published"]) if src.get("published") else None
    source["authors"] = CommentedSeq(src.get("authors") or [])
    source["authors"].fa.set_flow_style()
    source["language"] = src.get("language") or "en"
    source["accessed"] = dt.date.today()
    if text_path:
        source["text"] = text_path
    quotes = CommentedSeq()
    for n, q in enumerate(extraction.quotes, 1):
        item = CommentedMap()
        item["id"] = f"{source_id}-q{n:02d}"
        item["speaker"] = speaker_id(q)
        if q.title:
            item["title"] = q.title
        inst = institution_id(q)
        if inst:
            item["institution"] = inst
        item["text"] = q.text
        item["form"] = q.form
        item["claim_type"] = q.claim_type
        if q.via:
            item["via"] = q.via
        item["topics"] = CommentedSeq()
        item["topics"].fa.set_flow_style()
        item["review"] = "draft"
        item["start"] = q.start
        item["end"] = q.end
        if q.claim_type == "prediction":
            pred = CommentedMap()
            pred["proposition"] = q.text
            pred.yaml_add_eol_comment("draft: the reported words; rewrite as a resolvable statement", "proposition")
            if q.hedge:
                pred["hedge"] = q.hedge
                if q.probability is not None and not q.stated_probability:
                    pred.yaml_add_eol_comment(f"{q.yardstick}: {q.probability}", "hedge")
            if q.stated_probability:
                pred["probability"] = q.probability
            item["prediction"] = pred
        quotes.append(item)
    record = CommentedMap([("source", source), ("quotes", quotes)])
    return record


def to_yaml(extraction, source_id: str | None = None) -> str:
    """A draft source file (YAML text) for one extraction, speakers named by slug."""
    source_id = source_id or source_id_for(extraction, _stem(extraction))
    record = build_record(extraction, source_id, lambda q: speaker_slug(q.speaker),
                          lambda q: slugify(q.institution) if q.institution else None, None)
    buffer = io.StringIO()
    yaml_round_trip().dump(record, buffer)
    return buffer.getvalue()


def _stem(extraction) -> str:
    return Path(extraction.path).stem if extraction.path else "article"


def write_into(extraction, collection: Path | str, source_id: str | None = None) -> Path:
    """File *extraction* into the collection folder; return the source file written.

    :raises ExtractWriteError: when the source file exists with reviewed quotes, or the record
        would not validate.
    """
    root = Path(collection)
    if not root.is_dir():
        raise ExtractWriteError(f"{root}: not a collection folder")
    yaml = yaml_round_trip()
    same_url = _source_with_url(root / SOURCES_DIR, extraction.source.get("url"), yaml)
    if same_url is not None and source_id is None:
        target, source_id = same_url  # the article is already in the collection: redraft that file
    else:
        source_id = source_id or source_id_for(extraction, _stem(extraction))
        year = (extraction.source.get("published") or dt.date.today().isoformat())[:4]
        target = root / SOURCES_DIR / year / f"{source_id}.yaml"
    # The registries and the record are read, checked and written under their locks, as every
    # record edit is (collection.locked): two runs filing at once both keep their speakers.
    with contextlib.ExitStack() as stack:
        for path in (root / SPEAKERS_FILE, root / INSTITUTIONS_FILE, target):
            if path.is_file():
                try:
                    check_writable(path)  # a registry marked read-only is not replaced behind its back
                    stack.enter_context(locked(path))
                except LockError as error:
                    raise ExtractWriteError(str(error)) from None
        return file_draft(extraction, root, target, source_id, yaml)


def file_draft(extraction, root: Path, target: Path, source_id: str, yaml) -> Path:
    """Check and write a draft, its text and its new registry entries (under the caller's locks)."""
    text_rel = f"texts/{source_id}.txt"
    refuse_clobbering(root, target, source_id, text_rel, extraction.source.get("url"), extraction.body, yaml)
    speakers = Registry(root / SPEAKERS_FILE, "speakers", yaml)
    institutions = Registry(root / INSTITUTIONS_FILE, "institutions", yaml)

    def speaker_id(q):
        return speakers.ensure(q.speaker, kind=_speaker_kind(q))

    def institution_id(q):
        return institutions.ensure(q.institution) if q.institution else None

    record = build_record(extraction, source_id, speaker_id, institution_id, text_rel)
    from ..models import SourceFile  # pydantic loads only when filing: printing drafts starts fast

    SourceFile.model_validate(plain(record))  # fail before writing anything
    buffer = io.StringIO()
    yaml.dump(record, buffer)
    header = (f"# yaml-language-server: $schema={_schema_ref(target.parent)}\n"
              f"# Drafted by `quotes extract`: review every quote, then set review: reviewed.\n")
    # Registries first, then the text, then the record that names them: a crash in between leaves
    # unused registry entries at worst, never a record naming a speaker that does not exist.
    speakers.save()
    institutions.save()
    write_text_atomically(root / text_rel, extraction.body)
    write_text_atomically(target, header + buffer.getvalue())
    return target


def same_article(root: Path, source: dict, url: str | None, body: str) -> bool:
    """The same URL, or (without one) the same archived text."""
    if url is not None or source.get("url") is not None:
        return url is not None and str(source.get("url")) == url
    archived = root / str(source.get("text") or "")
    return archived.is_file() and archived.read_text(encoding="utf-8", errors="replace") == body


def refuse_clobbering(root: Path, target: Path, source_id: str, text_rel: str, url: str | None, body: str, yaml) -> None:
    """Refuse a draft that would change another article's files, or a reviewed source's.

    Writing goes to ``target`` and ``texts/<source_id>.txt``. Allowed only when neither belongs
    to anything but a draft of this same article (same URL): a source elsewhere with the same id,
    or one whose archived text is that file, is another article (or the same one reviewed), and
    its text is what its reviewed quotes were checked against.

    :raises ExtractWriteError: naming the file in the way; nothing has been written
    """
    for path in sorted((root / SOURCES_DIR).rglob("*.yaml")) if (root / SOURCES_DIR).is_dir() else []:
        if not path.is_file() or path.is_symlink():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if path != target and source_id not in text and text_rel not in text:
            continue
        try:
            data = yaml.load(text) or {}
        except Exception:  # a broken file: `quotes check` reports it; here it only blocks
            raise ExtractWriteError(f"{path}: cannot be read to make sure the draft does not overwrite it; nothing written") from None
        data = data if isinstance(data, dict) else {}
        source = data.get("source") if isinstance(data.get("source"), dict) else {}
        same_id = str(source.get("id")) == source_id
        same_text = str(source.get("text")) == text_rel
        if path != target and not same_id and not same_text:
            continue
        reviewed = any(isinstance(q, dict) and str(q.get("review")) == "reviewed" for q in data.get("quotes") or [])
        if reviewed:
            raise ExtractWriteError(f"{path}: source {source.get('id')!r} has reviewed quotes; nothing written")
        if not same_article(root, source, url, body):
            raise ExtractWriteError(
                f"{path}: source id {source_id!r} (or its text {text_rel}) belongs to another article "
                f"({source.get('url')}); nothing written"
            )


def _source_with_url(folder: Path, url: str | None, yaml) -> tuple[Path, str] | None:
    """The source file already holding the article at *url*, and its id."""
    if not url or not folder.is_dir():
        return None
    for path in sorted(folder.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if url not in text:
            continue
        data = yaml.load(text) or {}
        source = data.get("source") or {}
        if str(source.get("url")) == url and source.get("id"):
            return path, str(source["id"])
    return None

