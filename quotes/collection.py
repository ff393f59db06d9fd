"""Load a collection folder and check it: schema first, then the rules that span files.

Every problem becomes a :class:`Problem` naming the file, the line and the field, so a person
can jump straight to it. Reading never writes; :func:`init_collection` starts a new, empty
collection, and :func:`refuse_bundled` stops commands that write from editing the bundled one.

    >>> from quotes.collection import load_collection, BUNDLED
    >>> collection = load_collection(BUNDLED)
    >>> len(collection.quotes)
    17
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Optional

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer, ComposerError
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent
from ruamel.yaml.reader import ReaderError

from .atomic import temporary_beside

if TYPE_CHECKING:  # the models (and pydantic) load when a collection is read, not with this module:
    # `quotes extract` uses the YAML helpers here and must start fast (tests/test_cli_startup.py)
    from pydantic import BaseModel

    from .models import Institution, Question, Quote, Source, SourceFile, Speaker

BUNDLED = Path(__file__).parent / "collection"
SPEAKERS_FILE = "speakers.yaml"
INSTITUTIONS_FILE = "institutions.yaml"
QUESTIONS_FILE = "questions.yaml"
# What a prediction linked to a question leaves to the question (one place decides each).
SETTLED_BY_QUESTION = ("deadline", "deadline_basis", "resolution_criteria", "resolutions")
SOURCES_DIR = "sources"
TEXTS_DIR = "texts"
SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema" / "record.schema.json"
# Set to 1 by whoever maintains the bundled seed itself (in a clone): the one way to let
# `quotes resolve` or `quotes extract --into` write into quotes/collection/.
EDIT_BUNDLED_ENV = "QUOTES_EDIT_BUNDLED"

# Limits on what a record file may be, checked before it is parsed. The bundled source file is
# 20 KB and a registry of ten thousand speakers about 2 MB; ruamel's round-trip tree takes about
# 80 times the file's size (2.2 MB of quotes: 178 MB, measured), so 4 MB keeps one file near
# a third of a gigabyte.
MAX_FILE_BYTES = 4_000_000
# Records nest six levels deep (quotes > prediction > resolutions > evidence); 50 is generous and
# far from Python's recursion limit, which ruamel's composer would otherwise reach.
MAX_DEPTH = 50
# Archived article texts: a long article is 100 KB.
MAX_TEXT_BYTES = 8_000_000


@dataclasses.dataclass(frozen=True)
class Problem:
    """One thing wrong with one field of one file."""

    path: Path
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


class CollectionWriteError(Exception):
    """A command that writes was pointed at a folder it must not write: the message says why and what to do."""


class CollectionError(Exception):
    """Raised when a collection has problems; ``problems`` lists every one."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclasses.dataclass
class Document:
    """A parsed YAML file: the plain data plus the round-trip tree that knows line numbers."""

    path: Path
    tree: Any

    def line_of(self, loc: tuple) -> int:
        """1-based line of the node at ``loc`` (keys and indexes); the nearest parent if missing."""
        node, line = self.tree, 1
        for key in loc:
            if isinstance(node, CommentedMap) and key in node:
                line = node.lc.key(key)[0] + 1
                node = node[key]
            elif isinstance(node, CommentedSeq) and isinstance(key, int) and key < len(node):
                line = node.lc.item(key)[0] + 1
                node = node[key]
            else:
                break
        return line


@dataclasses.dataclass
class LoadedSource:
    """One sources/ file: its records and where they came from."""

    document: Document
    record: SourceFile

    @property
    def path(self) -> Path:
        return self.document.path


@dataclasses.dataclass
class Collection:
    root: Path
    speakers: list[Speaker]
    institutions: list[Institution]
    sources: list[LoadedSource]
    questions: list[Question] = dataclasses.field(default_factory=list)
    questions_document: Optional[Document] = None

    @property
    def quotes(self) -> list[Quote]:
        return [quote for loaded in self.sources for quote in loaded.record.quotes]

    def find_question(self, question_id: str) -> Optional[int]:
        """Index of ``question_id`` in questions.yaml, or None."""
        for index, question in enumerate(self.questions):
            if question.id == question_id:
                return index
        return None

    def find_quote(self, quote_id: str) -> Optional[tuple[LoadedSource, int]]:
        """The source file holding ``quote_id`` and the quote's index in it."""
        for loaded in self.sources:
            for index, quote in enumerate(loaded.record.quotes):
                if quote.id == quote_id:
                    return loaded, index
        return None


class LenientDates(RoundTripConstructor):
    """Leave impossible dates (2021-02-30) as text so validation reports them with their line."""

    def construct_yaml_timestamp(self, node, values=None):
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return self.construct_scalar(node)


LenientDates.add_constructor("tag:yaml.org,2002:timestamp", LenientDates.construct_yaml_timestamp)


class NoAliases(Composer):
    """Refuse aliases (``*name``, also in ``<<: *name`` merges) when they are met, before anything
    is expanded: a few lines of nested aliases would otherwise build gigabytes (a "billion
    laughs"). Record files have no use for them; anchors alone are harmless and left alone."""

    def compose_node(self, parent, index):
        if self.parser.check_event(AliasEvent):
            event = self.parser.peek_event()
            raise ComposerError(None, None, f"alias *{event.anchor} is not allowed in record files: write the value out", event.start_mark)
        return super().compose_node(parent, index)


def yaml_round_trip() -> YAML:
    """The one YAML configuration for reading and for editing record files in place."""
    yaml = YAML(typ="rt")
    yaml.Composer = NoAliases
    yaml.max_depth = MAX_DEPTH
    yaml.Constructor = LenientDates
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def read_regular_file(path: Path, limit: int, root: Optional[Path] = None, field: str = "(file)", problem_path: Optional[Path] = None) -> bytes:
    """The bytes of ``path``, which must be a regular file of at most ``limit`` bytes and, when
    ``root`` is given, lie inside it once symlinks are resolved.

    A symlink out of the collection (an oracle on any file), a FIFO (which would block), a device
    (``/dev/zero`` never ends) or a folder named like a record is a :class:`Problem` on
    ``problem_path`` (default ``path``), never read. The file is opened without blocking and
    checked again after opening, so swapping it in between gains nothing.
    """
    where = problem_path or path
    line = 1

    def refuse(message: str) -> CollectionError:
        return CollectionError([Problem(where, line, field, message)])

    if root is not None:
        real, real_root = os.path.realpath(path), os.path.realpath(root)
        if os.path.commonpath([real, real_root]) != real_root:
            raise refuse(f"{path} leads outside the collection (to {real}); only files inside it are read")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise refuse(f"{path} does not exist") from None
    except OSError as error:
        raise refuse(f"{path} cannot be read: {error.strerror}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise refuse(f"{path} is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise refuse(f"{path} is not a regular file (a FIFO, socket or device); only regular files are read")
        if info.st_size > limit:
            raise refuse(f"{path} is {info.st_size:,} bytes, over the limit of {limit:,}")
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise refuse(f"{path} is over the limit of {limit:,} bytes")
    return data


def yaml_problem(path: Path, text: str, error: Exception) -> Problem:
    """A parser's complaint as a Problem with the line it points at."""
    if isinstance(error, ReaderError):
        line = text.count("\n", 0, error.position) + 1
        character = error.character if isinstance(error.character, int) else ord(error.character or "\0")
        return Problem(path, line, "(yaml)", f"character U+{character:04X} is not allowed in YAML ({error.reason})")
    if isinstance(error, MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        if "maximum depth" in str(error.problem):
            return Problem(path, line, "(yaml)", f"nested more than {MAX_DEPTH} levels deep")
        return Problem(path, line, "(yaml)", f"malformed YAML: {error.problem or error}")
    return Problem(path, 1, "(yaml)", f"malformed YAML: {error}")


def read_document(path: Path, root: Optional[Path] = None) -> Document:
    """Parse one YAML file; raise :class:`CollectionError` on file, bytes or syntax problems."""
    raw = read_regular_file(path, MAX_FILE_BYTES, root)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise CollectionError(
            [Problem(path, line, "(file)", f"not UTF-8: byte 0x{raw[error.start]:02x} cannot be decoded")]
        ) from None
    if not text.strip() or all(line.lstrip().startswith("#") or not line.strip() for line in text.splitlines()):
        raise CollectionError([Problem(path, 1, "(file)", "file is empty")])
    try:
        tree = yaml_round_trip().load(text)
    except (YAMLError, ValueError, TypeError, RecursionError) as error:
        # ValueError and TypeError: ruamel's constructors on values no parser check caught.
        raise CollectionError([yaml_problem(path, text, error)]) from None
    if not isinstance(tree, CommentedMap):
        raise CollectionError([Problem(path, 1, "(file)", "expected a mapping at the top of the file")])
    return Document(path, tree)


def write_text_atomically(path: Path, text: str) -> None:
    """Replace (or create) the text file at ``path`` in one step: a reader or a crash sees the
    old file or the new one, never half of it. An existing file keeps its permissions; a
    temporary file left by a killed writer is removed (:mod:`quotes.atomic`)."""
    with temporary_beside(path) as (fd, temp):
        with os.fdopen(os.dup(fd), "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.chmod(temp, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~current_umask())
        os.replace(temp, path)


class LockError(OSError):
    """A record file that cannot be edited: read-only, in a read-only folder, or not a regular file."""


def check_writable(path: Path) -> None:
    """Refuse to edit a file its owner marked read-only, or one in a folder we cannot write.

    ``os.access`` answers for the current user, but root may write anything: the mode bits are
    checked as well, so a file marked 0444 is refused for every user, as a person expects.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise LockError(f"{path}: no such file") from None
    if not stat.S_ISREG(mode):
        raise LockError(f"{path}: not a regular file; nothing written")
    if not mode & 0o222 or not os.access(path, os.W_OK):
        raise LockError(f"{path}: the file is read-only; nothing written")
    folder = path.parent
    if not folder.stat().st_mode & 0o222 or not os.access(folder, os.W_OK | os.X_OK):
        raise LockError(f"{folder}: the folder is read-only, so {path.name} cannot be replaced; nothing written")


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the record file at ``path`` across read, plan and write.

    Every record edit (``quotes resolve``, ``extract --into``) runs inside this, re-reading the
    file under the lock, so two edits of one file are serialised and neither is lost. The lock
    is ``flock`` on the record file itself, not on a separate lock file (which would be left in
    the collection): since an edit replaces the file by rename, a waiter that wakes up holding
    the lock of a replaced inode lets go and locks the new file.
    """
    while True:
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError as error:
            raise LockError(f"{path}: cannot be opened to lock it ({error.strerror}); nothing written") from None
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise LockError(f"{path}: not a regular file; nothing written")
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                current = os.stat(path, follow_symlinks=False)
            except FileNotFoundError:
                current = None
            held = os.fstat(fd)
            if current is not None and (current.st_ino, current.st_dev) == (held.st_ino, held.st_dev):
                yield
                return
        finally:
            os.close(fd)  # releases the lock


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def plain(node: Any) -> Any:
    """Round-trip YAML nodes as plain dicts, lists and scalars."""
    if isinstance(node, dict):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    if isinstance(node, str):
        return str(node)
    return node


def validate(document: Document, model: type[BaseModel]) -> BaseModel:
    from pydantic import ValidationError

    try:
        return model.model_validate(plain(document.tree))
    except ValidationError as error:
        problems = []
        for item in error.errors():
            loc = tuple(item["loc"])
            field = ".".join(str(part) for part in loc) or "(file)"
            message = item["msg"]
            if item["type"] == "extra_forbidden":
                message = "unknown field"
            elif item["type"] == "missing":
                message = "required field is missing"
            problems.append(Problem(document.path, document.line_of(loc), field, message))
        raise CollectionError(problems) from None


def source_files(root: Path) -> list[Path]:
    """Every ``*.yaml`` under ``sources/``, whatever it is: :func:`read_regular_file` reports
    anything that is not a regular file inside the collection."""
    return sorted((root / SOURCES_DIR).rglob("*.yaml"))


def load_collection(root: Path | str = BUNDLED) -> Collection:
    """Read and validate every file of the collection at ``root``.

    :param root: the collection folder (``speakers.yaml``, ``institutions.yaml``, optional
        ``questions.yaml``, ``sources/``)
    :raises CollectionError: listing every problem found, each with file, line and field
    """
    from .models import InstitutionsFile, QuestionsFile, SourceFile, SpeakersFile

    root = Path(root)
    if not root.is_dir():
        raise CollectionError([Problem(root, 0, "(collection)", "not a folder")])
    problems: list[Problem] = []

    def parse(path: Path, model: type[BaseModel]):
        try:
            document = read_document(path, root)
            return document, validate(document, model)
        except CollectionError as error:
            problems.extend(error.problems)
            return None, None

    speakers: list[Speaker] = []
    institutions: list[Institution] = []
    registries = {}
    for name, model in ((SPEAKERS_FILE, SpeakersFile), (INSTITUTIONS_FILE, InstitutionsFile), (QUESTIONS_FILE, QuestionsFile)):
        path = root / name
        if path.exists() or path.is_symlink():
            registries[name] = parse(path, model)
    speakers_doc, speakers_file = registries.get(SPEAKERS_FILE, (None, None))
    institutions_doc, institutions_file = registries.get(INSTITUTIONS_FILE, (None, None))
    if speakers_file:
        speakers = speakers_file.speakers
    if institutions_file:
        institutions = institutions_file.institutions
    questions_doc, questions_file = registries.get(QUESTIONS_FILE, (None, None))

    sources = []
    for path in source_files(root):
        document, record = parse(path, SourceFile)
        if record is not None:
            sources.append(LoadedSource(document, record))

    collection = Collection(root, speakers, institutions, sources, questions_file.questions if questions_file else [], questions_doc)
    # A registry that failed to load would make every reference to it look broken: skip those.
    broken = {name for name, (_, record) in registries.items() if record is None}
    problems.extend(cross_file_problems(collection, speakers_doc, institutions_doc, broken))
    if problems:
        raise CollectionError(problems)
    return collection


def cross_file_problems(
    collection: Collection,
    speakers_doc: Optional[Document],
    institutions_doc: Optional[Document],
    broken: set[str] = frozenset(),
) -> Iterator[Problem]:
    """Rules no single file can check: unique ids, references that resolve, verbatim quotes."""
    for doc, key, records in (
        (speakers_doc, "speakers", collection.speakers),
        (institutions_doc, "institutions", collection.institutions),
        (collection.questions_document, "questions", collection.questions),
    ):
        seen: set[str] = set()
        for index, record in enumerate(records):
            if record.id in seen:
                yield Problem(doc.path, doc.line_of((key, index, "id")), f"{key}.{index}.id", f"duplicate id {record.id!r}")
            seen.add(record.id)

    speaker_ids = {s.id for s in collection.speakers}
    institution_ids = {i.id for i in collection.institutions}
    questions = {q.id: q for q in collection.questions}
    source_ids: dict[str, Path] = {}
    quote_ids: dict[str, Path] = {}
    for loaded in collection.sources:
        doc, source = loaded.document, loaded.record.source
        if source.id in source_ids:
            yield Problem(doc.path, doc.line_of(("source", "id")), "source.id", f"duplicate source id {source.id!r}, also in {source_ids[source.id]}")
        source_ids.setdefault(source.id, doc.path)
        archived = yield from archived_text(collection.root, doc, source)
        for index, quote in enumerate(loaded.record.quotes):
            def problem(field: str, message: str) -> Problem:
                loc = ("quotes", index, *field.split("."))
                return Problem(doc.path, doc.line_of(loc), f"quotes.{index}.{field}", message)

            if quote.id in quote_ids:
                yield problem("id", f"duplicate quote id {quote.id!r}, also in {quote_ids[quote.id]}")
            quote_ids.setdefault(quote.id, doc.path)
            if quote.speaker not in speaker_ids and SPEAKERS_FILE not in broken:
                yield problem("speaker", f"unknown speaker {quote.speaker!r}: not in {SPEAKERS_FILE}")
            if quote.institution is not None and quote.institution not in institution_ids and INSTITUTIONS_FILE not in broken:
                yield problem("institution", f"unknown institution {quote.institution!r}: not in {INSTITUTIONS_FILE}")
            if quote.prediction is not None and quote.prediction.deadline_basis == "default" and source.published is None:
                yield problem("prediction", "deadline_basis: default counts from the source's published date, "
                                            "which is null: fill in source.published (from the page, never guessed)")
            if quote.prediction is not None and QUESTIONS_FILE not in broken:
                for field, message in question_link_problems(quote, questions):
                    yield problem(field, message)
            if archived is None:
                continue
            if quote.start is not None and archived[quote.start : quote.end] != quote.text:
                yield problem("start", f"offsets {quote.start}-{quote.end} do not hold the quote text in {source.text}")
            elif quote.form == "direct" and quote.text not in archived:
                yield problem("text", f"direct quote not found verbatim in the archived text {source.text}")


def question_link_problems(quote: Quote, questions: dict[str, Question]) -> Iterator[tuple[str, str]]:
    """(field under the quote, message) for a prediction's link to its question.

    A linked prediction is settled by its question alone: it names the side the speaker took and
    carries no deadline, criteria or resolutions of its own, so two places can never disagree.
    A one-off prediction is its own question, under the quote's id, which therefore must not
    also be the id of a question in questions.yaml.
    """
    prediction = quote.prediction
    if prediction.question is None:
        if prediction.side is not None:
            yield "prediction.side", "side is the answer to a question: set prediction.question too"
        if quote.id in questions:
            yield "id", f"a one-off prediction is its own question under the quote id, and {quote.id!r} is already a question in {QUESTIONS_FILE}"
        return
    question = questions.get(prediction.question)
    if question is None:
        yield "prediction.question", f"unknown question {prediction.question!r}: not in {QUESTIONS_FILE}"
        return
    if prediction.side is None:
        yield "prediction.question", f"a prediction on question {question.id!r} names the speaker's side: add side: 'yes' or 'no'"
    for field in SETTLED_BY_QUESTION:
        if field in prediction.model_fields_set:
            yield f"prediction.{field}", f"settled by question {question.id!r}: remove it here (set it on the question in {QUESTIONS_FILE})"
    if prediction.condition is not None and question.condition is None:
        yield "prediction.condition", (
            f"a conditional prediction needs a conditional question, so a failed condition can annul it: "
            f"question {question.id!r} has no condition"
        )


def archived_text(root: Path, doc: Document, source: Source):
    """The archived plain text of a source, or None; a generator so problems can be yielded.

    Only a regular file inside the collection is read: the verbatim check must not become a way
    to test strings against any file on the machine."""
    if source.text is None:
        return None
    path = root / source.text
    line = doc.line_of(("source", "text"))
    if not (path.exists() or path.is_symlink()):
        yield Problem(doc.path, line, "source.text", f"archived text {source.text} does not exist")
        return None
    try:
        raw = read_regular_file(path, MAX_TEXT_BYTES, root, "source.text", doc.path)
    except CollectionError as error:
        yield dataclasses.replace(error.problems[0], line=line)
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        yield Problem(doc.path, line, "source.text", f"archived text {source.text} is not UTF-8")
        return None


def refuse_bundled(root: Path | str, option: str) -> None:
    """Stop a command that writes from editing the bundled collection installed with the package.

    The bundled collection is the package's own data: an edit there is lost on the next install
    and changes what every other user of the installation sees. Commands that write (``quotes
    resolve``, ``quotes extract --into``) call this first. The message says how to start a
    collection of one's own. Maintainers of the seed set :data:`EDIT_BUNDLED_ENV`.

    :param option: the command-line option that named the folder, for the message
    :raises CollectionWriteError: when ``root`` is the bundled collection or inside it
    """
    target = Path(root).resolve()
    bundled = BUNDLED.resolve()
    if os.environ.get(EDIT_BUNDLED_ENV) == "1" or not (target == bundled or bundled in target.parents):
        return
    raise CollectionWriteError(
        f"{option} {root}: this is the bundled collection installed with the package, not edited in place; "
        f"start a collection of your own with `quotes init my-collection` and pass {option} my-collection"
    )


def schema_comment(folder: Path) -> str:
    """The first line of a record file in ``folder``: editors validate it against the JSON Schema."""
    return f"# yaml-language-server: $schema={os.path.relpath(SCHEMA_FILE, folder.resolve()).replace(os.sep, '/')}\n"


REGISTRY_HEADERS = {
    SPEAKERS_FILE: ("speakers", "People, organisations and unnamed groups that speak"),
    INSTITUTIONS_FILE: ("institutions", "Organisations speakers belong to when they speak"),
}


def init_collection(root: Path | str) -> list[Path]:
    """Start an empty, valid collection at ``root``: both registries, ``sources/`` and ``texts/``.

    Refuses a folder that already holds a registry or sources, so nothing is overwritten.

    :returns: the files and folders made
    :raises CollectionWriteError: when ``root`` is a file or already a collection
    """
    root = Path(root)
    taken = [root / name for name in (SPEAKERS_FILE, INSTITUTIONS_FILE, SOURCES_DIR) if (root / name).exists()]
    if root.exists() and not root.is_dir():
        taken = [root]
    if taken:
        raise CollectionWriteError(f"{', '.join(map(str, taken))}: already exists; nothing was written")
    root.mkdir(parents=True, exist_ok=True)
    made = []
    for name, (key, what) in REGISTRY_HEADERS.items():
        path = root / name
        write_text_atomically(path, f"{schema_comment(root)}# {what}. Ids are stable: never rename or reuse one.\n{key}: []\n")
        made.append(path)
    for name in (SOURCES_DIR, TEXTS_DIR):
        (root / name).mkdir()
        made.append(root / name)
    return made


def check_collection(root: Path | str = BUNDLED) -> list[Problem]:
    """Every problem in the collection at ``root``; an empty list means it is valid."""
    try:
        load_collection(root)
    except CollectionError as error:
        return error.problems
    return []
