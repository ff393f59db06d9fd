"""Compiled regular expressions kept between runs, as Python keeps compiled bytecode.

The extractor's stages compile a few hundred regular expressions when they are imported: about a
third of a one-article ``quotes extract`` call, paid again by every process, because :mod:`re`
keeps what it compiles only for the life of a process. Around an import, :func:`kept_patterns`
keeps the compiled form of each pattern (the program :mod:`re` hands to its C engine, ``_sre``) in a
file of the user's cache folder, and the next process builds its patterns from that file instead of
parsing them again. The patterns are the same objects either way: the same program, flags and
groups, checked by ``_sre`` itself when it is loaded.

The file is named for the Python version and the engine's version, so another Python never reads
it; it holds the patterns of the last import that compiled something new, so it does not grow with
edits. Anything amiss (no cache folder, a read-only home, a damaged file, a Python whose :mod:`re`
has another inside) falls back to compiling as usual. ``QUOTES_PATTERN_CACHE=off`` turns it off;
the folder is ``$XDG_CACHE_HOME/quotes`` (``~/.cache/quotes``).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import threading
from pathlib import Path
from typing import Iterator

try:  # CPython 3.11 and later; elsewhere patterns are compiled as usual
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - depends on the interpreter
    _compiler = None

Entry = tuple  # (flags, program, groups - 1, group index, index group): _sre.compile's arguments


def cache_folder() -> Path | None:
    """The folder where quotes keeps what it builds between runs (these patterns, and the data of
    :mod:`quotes.kept_data`), or None when keeping is off (``QUOTES_PATTERN_CACHE=off``)."""
    if os.environ.get("QUOTES_PATTERN_CACHE", "").lower() in ("off", "0", "no"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "quotes"


def cache_file(name: str) -> Path | None:
    """Where the patterns compiled under *name* are kept, or None when keeping is off."""
    folder = cache_folder()
    if _compiler is None or folder is None:
        return None
    return folder / f"{name}.{sys.implementation.cache_tag}-{_sre.MAGIC}.patterns"


def compiled(pattern: str, flags: int) -> Entry:
    """What :mod:`re` passes to ``_sre.compile`` for *pattern* (the work worth keeping)."""
    parsed = _parser.parse(pattern, flags)
    program = _compiler._code(parsed, flags)
    state = parsed.state
    index_group = [None] * state.groups
    for group, index in state.groupdict.items():
        index_group[index] = group
    return (int(flags | state.flags), [int(op) for op in program], state.groups - 1,
            dict(state.groupdict), tuple(index_group))


def load(path: Path | None) -> dict:
    if path is None:
        return {}
    try:
        kept = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def save(path: Path, entries: dict) -> None:
    """Write *entries* by rename, so a reader never sees half a file; a failure keeps nothing."""
    from .atomic import temporary_beside

    with contextlib.suppress(OSError), temporary_beside(path) as (fd, temp):
        os.write(fd, marshal.dumps(entries))
        os.replace(temp, path)


@contextlib.contextmanager
def kept_patterns(name: str) -> Iterator[dict]:
    """Within the block, this thread's regular expressions are built from the kept file *name*
    where it has them, and compiled (and kept) where it does not. Yields the counts
    ``{"kept": n, "compiled": m}`` of the block's patterns."""
    counts = {"kept": 0, "compiled": 0}
    path = cache_file(name)
    if path is None:
        yield counts
        return
    stored, used = load(path), {}
    original, owner = _compiler.compile, threading.get_ident()

    def compile(pattern, flags=0):
        if not isinstance(pattern, str) or threading.get_ident() != owner:
            return original(pattern, flags)
        key = (pattern, int(flags))
        entry = stored.get(key)
        if entry is not None:
            with contextlib.suppress(Exception):  # a damaged entry: _sre refuses its program
                made = _sre.compile(pattern, *entry)
                used[key] = entry
                counts["kept"] += 1
                return made
        entry = used[key] = compiled(pattern, flags)
        counts["compiled"] += 1
        return _sre.compile(pattern, *entry)

    _compiler.compile = compile
    try:
        yield counts
    finally:
        _compiler.compile = original
    if counts["compiled"] or len(used) != len(stored):
        save(path, used)
