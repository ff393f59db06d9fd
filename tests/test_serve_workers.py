"""quotes serve --workers N: N uvicorn worker processes sharing one immutable file, same app."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


@contextlib.contextmanager
def serving(*arguments: str, env: dict | None = None):
    """``quotes serve ARGUMENTS`` on a free port, once it answers, as ``(process, base URL)``; Ctrl-C at the end."""
    port = free_port()
    command = [str(Path(sys.executable).with_name("quotes")), "serve", *arguments, "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.stdout.read().decode()
            try:
                if httpx.get(f"{base}/-/versions.json", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "the server did not answer within 60 s"
                time.sleep(0.3)
        yield server, base
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture
def served(bundled_db):
    with serving(str(bundled_db), "--workers", "2") as started:
        yield started


@pytest.mark.timeout(300)  # two worker processes start on a busy machine
def test_workers_serve_the_published_app(served, bundled_counts):
    server, base = served
    assert len(children(server.pid)) >= 2  # uvicorn's workers (and its process-pool helper, if any)
    page = httpx.get(f"{base}/quotes/quotes_full.json?_search=sanctions&_shape=objects")
    assert page.status_code == 200
    body = page.json()
    assert {"experts", "Choi Kang", "Antony Blinken"} <= {row["speaker"] for row in body["rows"]}  # the seed's
    assert set(body["facet_results"]) == {"claim_type", "form", "speaker", "institution", "outlet", "year", "topics"}
    settings = httpx.get(f"{base}/-/settings.json").json()
    assert settings["sql_time_limit_ms"] == 1000 and settings["suggest_facets"] is False
    plugins = {plugin["name"] for plugin in httpx.get(f"{base}/-/plugins.json").json()}
    assert {"quotes", "quotes.facets", "quotes.http_cache"} <= plugins
    etag = page.headers["etag"]
    assert httpx.get(page.url, headers={"If-None-Match": etag}).status_code == 304
    # every worker has the same inspection: the count is the stored one
    assert httpx.get(f"{base}/quotes/quotes.json?_size=1").json()["filtered_table_rows_count"] == bundled_counts["quotes"]


@pytest.mark.timeout(300)
@pytest.mark.parametrize("workers", ["1", "2"])
def test_sigterm_removes_the_built_database_and_the_inspection(tmp_path, workers):
    """A service manager or a container stops a server with SIGTERM: the database built from the collection
    and the inspection written for the workers go, as with Ctrl-C, instead of staying in the temporary folder."""
    with serving("--workers", workers, env={**os.environ, "TMPDIR": str(tmp_path)}) as (server, base):
        assert {p.name for p in tmp_path.glob("quotes-serve-*/*")} >= {"quotes.db", "inspect.json"}
        server.terminate()
        server.wait(timeout=30)
    assert server.returncode in (0, 128 + signal.SIGTERM)
    assert list(tmp_path.iterdir()) == []
