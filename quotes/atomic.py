"""Temporary files that become real files by rename, and never outlive the process writing them.

Every file the project writes (a database, an export, a record file) is first written to a
temporary file beside it, ``.NAME.XXXXXXXX.tmp``, and renamed over ``NAME`` only when complete.
What happens to that temporary file when the writer stops early:

- an error, Ctrl-C (``KeyboardInterrupt``) or SIGTERM (turned into ``SystemExit`` by
  :func:`exit_on_sigterm`): the writer's cleanup removes it;
- SIGKILL, a power cut: nothing can run, so the file stays. The writer holds an exclusive
  ``flock`` on its temporary file for as long as it lives; the kernel drops the lock when the
  process dies. The next writer of the same ``NAME`` removes every ``.NAME.*.tmp`` it can lock
  (:func:`remove_stale`): those nobody holds, i.e. whose writer is dead, never a live one's.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import tempfile
import threading
from pathlib import Path
from typing import Iterator


def _names_in(folder: Path, prefix: str, suffix: str) -> list[Path]:
    """The entries of *folder* named *prefix*, anything, *suffix* (as the glob ``prefix*suffix``)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [folder / name for name in names
            if name.startswith(prefix) and name.endswith(suffix) and len(name) >= len(prefix) + len(suffix)]


def remove_stale(path: Path) -> list[Path]:
    """Remove the temporary files of ``path`` left by writers that died; returns them."""
    removed, prefix = [], f".{path.name}."
    # (the names matched by hand, not by Path.glob: glob compiles a pattern for each name, and a writer inside
    # quotes.pattern_cache.kept_patterns, as quotes.kept_data's are, would keep those patterns with the extractor's)
    for candidate in _names_in(path.parent, prefix, ".tmp"):
        try:
            fd = os.open(candidate, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # held: its writer is alive
            os.close(fd)
            continue
        try:
            if os.path.samestat(os.fstat(fd), os.stat(candidate, follow_symlinks=False)):
                os.remove(candidate)
                removed.append(candidate)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


@contextlib.contextmanager
def temporary_beside(path: Path) -> Iterator[tuple[int, Path]]:
    """A locked temporary file beside ``path`` (stale ones removed first), as ``(fd, temp)``.

    The block writes ``temp`` (by name or through ``fd``) and may rename it over ``path``; on
    leaving, the descriptor is closed (dropping the lock) and ``temp`` removed if still there.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp = Path(name)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield fd, temp
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.remove(temp)
        os.close(fd)


@contextlib.contextmanager
def exit_on_sigterm() -> Iterator[None]:
    """While the block runs, SIGTERM raises ``SystemExit(143)`` so cleanup (``finally``,
    temporary files, child processes) runs as for Ctrl-C, instead of the process just ending."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum, frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
