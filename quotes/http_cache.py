"""HTTP caching for an immutable database: an ETag tied to the database's hash, and ``304``.

A page of a published quotes database changes only when the database file or the code serving
it changes, so every successful GET carries ``ETag: "<database hash>-<site digest>"`` (the
site digest covers the package and Datasette versions, the settings and the metadata) and
``Cache-Control: public, max-age=CACHE_SECONDS``. A request whose ``If-None-Match`` names the
current ETag is answered ``304 Not Modified`` before Datasette runs at all: a proxy or CDN in
front answers repeats itself, and revalidating costs the server nothing.

Left alone: errors (a query cut off at the time limit must be retried, not cached), responses
that set a cookie (Datasette marks those private), and anything but GET and HEAD.
"""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import PackageNotFoundError, version

from datasette import hookimpl

CACHE_SECONDS = 300
CACHEABLE_METHODS = {"GET", "HEAD"}


def package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


def site_etag(datasette) -> str:
    """The ETag every page of this site carries: database hashes plus what shapes the pages."""
    hashes = [db.hash or "" for name, db in sorted(datasette.databases.items()) if name != "_internal"]
    site = json.dumps(
        {
            "versions": [package_version("quotes"), package_version("datasette")],
            "settings": datasette.settings_dict(),
            "metadata": datasette.metadata(),
        },
        sort_keys=True,
        default=str,
    )
    digest = hashlib.sha256(site.encode("utf-8")).hexdigest()[:12]
    return f'"{"-".join(h[:16] for h in hashes)}-{digest}"'


def matches(if_none_match: str, etag: str) -> bool:
    """RFC 9110 weak comparison: any listed tag (W/ or not) equal to ours, or ``*``."""
    tags = [tag.strip() for tag in if_none_match.split(",")]
    return any(tag == "*" or tag.removeprefix("W/") == etag for tag in tags)


def header(scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def caching(app, etag_of):
    """Wrap ``app``: ETag and Cache-Control on successful GETs, ``304`` on a matching If-None-Match."""

    async def wrapped(scope, receive, send):
        if scope["type"] != "http" or scope.get("method") not in CACHEABLE_METHODS:
            await app(scope, receive, send)
            return
        etag = etag_of()
        cache_headers = [(b"etag", etag.encode("latin-1")), (b"cache-control", f"public, max-age={CACHE_SECONDS}".encode())]
        if_none_match = header(scope, b"if-none-match")
        if if_none_match and matches(if_none_match, etag):
            await send({"type": "http.response.start", "status": 304, "headers": cache_headers + [(b"vary", b"Cookie, Authorization")]})
            await send({"type": "http.response.body", "body": b""})
            return

        async def send_with_etag(message):
            if message["type"] == "http.response.start" and message["status"] == 200:
                headers = message.get("headers", [])
                if not any(key.lower() == b"set-cookie" for key, _ in headers):
                    kept = [(k, v) for k, v in headers if k.lower() not in (b"cache-control", b"etag")]
                    message = dict(message, headers=kept + cache_headers)
            await send(message)

        await app(scope, receive, send_with_etag)

    return wrapped


@hookimpl
def asgi_wrapper(datasette):
    known: list[str] = []

    def etag_of() -> str:
        if not known:  # after startup: the hash comes from the inspection, or is computed once
            known.append(site_etag(datasette))
        return known[0]

    return lambda app: caching(app, etag_of)
