"""Shared fixtures: the bundled collection built once, copies to break, Datasette clients.

Tests about the bundled collection as a whole read its figures from the records
(:func:`bundled_counts`), so adding an article does not break them. Tests about the figures of
one article use the seed alone (``seed_*``): the bundled registries with only the Korea Herald
report of 24 March 2021.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

# rich fixes a console's width when it is made, from COLUMNS if set: quotes.cli makes its consoles
# at import, so a COLUMNS in the shell running the tests would override the width each CLI test
# asks for (runner.invoke(..., env={"COLUMNS": ...})). Tests that need a width set their own.
os.environ.pop("COLUMNS", None)

from quotes.app import make_datasette  # noqa: E402
from quotes.collection import BUNDLED, load_collection  # noqa: E402
from quotes.db import build  # noqa: E402

SEED_ID = "2021-03-24-korea-herald-nk-cruise-missiles"


def copy_seed(target: Path) -> Path:
    """Copy the bundled collection to ``target`` keeping only the seed article."""
    shutil.copytree(BUNDLED, target)
    for folder, suffix in (("sources", ".yaml"), ("texts", ".txt")):
        for path in (target / folder).rglob(f"*{suffix}"):
            if path.stem != SEED_ID:
                path.unlink()
    return target


@pytest.fixture(scope="session")
def bundled_counts() -> dict[str, int]:
    """How many sources, quotes, predictions (and quotes typed prediction), speakers, institutions and questions the bundled records hold."""
    collection = load_collection(BUNDLED)
    return {
        "sources": len(collection.sources),
        "quotes": len(collection.quotes),
        "predictions": sum(q.prediction is not None for q in collection.quotes),
        "prediction_claims": sum(q.claim_type == "prediction" for q in collection.quotes),
        "speakers": len(collection.speakers),
        "institutions": len(collection.institutions),
        "questions": len(collection.questions),
    }


@pytest.fixture(scope="session")
def bundled_db(tmp_path_factory) -> Path:
    """The bundled collection built once per session (read it, never write it)."""
    path = tmp_path_factory.mktemp("bundled") / "quotes.db"
    build(BUNDLED, path)
    return path


@pytest.fixture
def collection(tmp_path) -> Path:
    """A private copy of the bundled collection, free to edit and break."""
    target = tmp_path / "collection"
    shutil.copytree(BUNDLED, target)
    return target


@pytest.fixture(scope="session")
def seed_folder(tmp_path_factory) -> Path:
    """The seed article alone as a collection folder, made once per session (read it, never write it)."""
    return copy_seed(tmp_path_factory.mktemp("seed") / "collection")


@pytest.fixture(scope="session")
def seed_db(seed_folder) -> Path:
    """The seed article alone, built once per session (read it, never write it)."""
    path = seed_folder.parent / "quotes.db"
    build(seed_folder, path)
    return path


@pytest.fixture
def seed_collection(tmp_path) -> Path:
    """A private copy of the seed article with the bundled registries, free to edit and break."""
    return copy_seed(tmp_path / "seed")


@pytest.fixture
def seed_ds(seed_db):
    """Datasette over the seed article alone."""
    return make_datasette(seed_db)


@pytest.fixture
def db_path(tmp_path) -> Path:
    """Where a test may build a database of its own."""
    return tmp_path / "quotes.db"


@pytest.fixture
def ds(bundled_db):
    """The published Datasette over the bundled database, as users get it."""
    return make_datasette(bundled_db)


@pytest.fixture
def unresolved_collection(seed_collection) -> Path:
    """A copy of the seed article with its resolutions taken out: every prediction open or due."""
    import re

    collection = seed_collection
    for record in (collection / "sources").rglob("*.yaml"):
        text = record.read_text(encoding="utf-8")
        record.write_text(re.sub(r"^      resolutions:\n(?:^ {8,}.*\n)*", "", text, flags=re.M), encoding="utf-8")
    return collection


# Browser tests: Debian's chromium driven by Playwright, which never downloads a browser here.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    """``quotes serve`` of the bundled collection on a free loopback port, one per test module."""
    yield from serving()


@pytest.fixture(scope="module")
def seed_server(seed_folder):
    """``quotes serve`` of the seed article alone on a free loopback port, one per test module."""
    yield from serving(str(seed_folder))


def serving(*collection: str):
    """Run ``quotes serve [COLLECTION]`` on a free port, yield its URL, stop it."""
    port = free_port()
    quotes = Path(sys.executable).with_name("quotes")
    process = subprocess.Popen(
        [str(quotes), "serve", *collection, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"{url}/-/versions.json", timeout=1)
                break
            except OSError:
                if process.poll() is not None:
                    raise RuntimeError("quotes serve exited")
                time.sleep(0.2)
        else:
            raise RuntimeError("quotes serve did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    """Chromium for the module; missing, the test is skipped on a workstation and fails in CI."""
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is not installed (apt-get install chromium; .ci/run does)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def small_tmpfs(tmp_path):
    """A full disk to write to: a 64 KB tmpfs, when this user may mount one (root in CI
    containers); the test is skipped otherwise."""
    import os
    import subprocess

    mount = tmp_path / "full"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def _released_together(target, start, results, args):
    start.wait()
    try:
        results.put(target(*args))
    except Exception as error:  # reported to the parent, which fails the test
        results.put(repr(error))


def run_at_once(target, argument_lists: list[tuple], timeout: float = 120) -> list:
    """Call ``target(*args)`` in one forked process per argument list, all released at the same
    moment by a barrier (a race made as likely as possible); what each returned or raised, sorted."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    start, results = context.Barrier(len(argument_lists)), context.Queue()
    workers = [context.Process(target=_released_together, args=(target, start, results, args)) for args in argument_lists]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=timeout) for _ in workers]
    for worker in workers:
        worker.join()
    return sorted(map(str, outcomes))
