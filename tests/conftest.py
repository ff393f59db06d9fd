"""Shared fixtures: the bundled collection built once, copies to break, Datasette clients."""

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

from quotes.app import make_datasette
from quotes.collection import BUNDLED
from quotes.db import build


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


@pytest.fixture
def db_path(tmp_path) -> Path:
    """Where a test may build a database of its own."""
    return tmp_path / "quotes.db"


@pytest.fixture
def ds(bundled_db):
    """The published Datasette over the bundled database, as users get it."""
    return make_datasette(bundled_db)


@pytest.fixture
def unresolved_collection(collection) -> Path:
    """The copy of the bundled collection with the seed's resolutions taken out: every prediction open or due."""
    import re

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
    port = free_port()
    quotes = Path(sys.executable).with_name("quotes")
    process = subprocess.Popen(
        [str(quotes), "serve", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
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
