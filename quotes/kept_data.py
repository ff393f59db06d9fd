"""Data built from files, kept between runs as the compiled patterns are (:mod:`quotes.pattern_cache`).

A one-article ``quotes extract`` call spent about half its time building the same objects from the same
files in every process: the dictionary of :func:`quotes.extraction.lexicon.common_word` from the
english-words package's pickled word set, and the claim and role models from their JSON. :func:`kept`
keeps what a builder returned in a file of the user's cache folder (``marshal``, which loads such
dicts, tuples and numbers several times faster than JSON is parsed), stamped with the size and
modification time of every file it was built from; the next process reads it back while the stamp
holds, and builds again (and keeps the new value) when a source has changed. Anything amiss (no cache
folder, a read-only home, a damaged file, a source that is no file on disk, a value marshal cannot
write) falls back to building; ``QUOTES_PATTERN_CACHE=off`` turns keeping off here too.
"""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from .pattern_cache import cache_folder, load, save

T = TypeVar("T")


def data_file(name: str, sources: tuple) -> Path | None:
    """Where the data built under *name* from the *sources* are kept, or None when keeping is off. The name
    holds a checksum of the sources' paths, so that two installs (a checkout and its copy) keep a file each
    rather than rewriting one in turn."""
    folder = cache_folder()
    where = zlib.crc32("\n".join(map(str, sources)).encode("utf-8", "surrogateescape"))
    return None if folder is None else folder / f"{name}.{where:08x}.{sys.implementation.cache_tag}.data"


def stamp(sources: Iterable[object]) -> tuple | None:
    """(path, size, modification time) of each source file, or None where one is not a file on disk (a
    package inside a zip) or cannot be read."""
    found = []
    for source in sources:
        try:
            status = os.stat(os.fspath(source))
        except (TypeError, OSError):
            return None
        found.append((os.fspath(source), status.st_size, status.st_mtime_ns))
    return tuple(found)


def kept(name: str, sources: Iterable[object], build: Callable[[], T]) -> T:
    """What *build* returns, read from the file kept under *name* where it was built from the *sources* as
    they are now, else built and kept. The value must be one marshal writes (dicts, lists, tuples,
    frozensets, strings, numbers, None): it is returned as the next process will read it."""
    sources = tuple(sources)
    path = data_file(name, sources)
    current = stamp(sources) if path is not None else None
    if current is None:
        return build()
    stored = load(path)
    if stored.get("stamp") == current and "value" in stored:
        return stored["value"]
    value = build()
    try:
        save(path, {"stamp": current, "value": value})
    except ValueError:  # (marshal cannot write it: keep nothing)
        pass
    return value
