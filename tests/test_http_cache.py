"""HTTP caching: an ETag tied to the database's hash, Cache-Control, and 304 on If-None-Match."""

from __future__ import annotations

import hashlib

from quotes.app import make_datasette
from quotes.db import build
from quotes.http_cache import CACHE_SECONDS, matches

PAGE = "/quotes/quotes_full?_search=sanctions"


async def test_pages_carry_the_database_etag(ds, bundled_db):
    response = await ds.client.get(PAGE)
    assert response.status_code == 200
    etag = response.headers["etag"]
    assert etag.startswith('"' + hashlib.sha256(bundled_db.read_bytes()).hexdigest()[:16] + "-")
    assert response.headers["cache-control"] == f"public, max-age={CACHE_SECONDS}"
    assert (await ds.client.get("/quotes/quotes.json?_search=choi")).headers["etag"] == etag


async def test_a_matching_if_none_match_gets_304(ds):
    etag = (await ds.client.get(PAGE)).headers["etag"]
    for sent in (etag, f"W/{etag}", f'"other", {etag}', "*"):
        response = await ds.client.get(PAGE, headers={"If-None-Match": sent})
        assert response.status_code == 304, sent
        assert response.content == b""
        assert response.headers["etag"] == etag
    stale = await ds.client.get(PAGE, headers={"If-None-Match": '"not-this-one"'})
    assert stale.status_code == 200 and "sanctions" in stale.text


async def test_errors_and_writes_are_not_cached(ds):
    missing = await ds.client.get("/quotes/no_such_table")
    assert missing.status_code == 404 and "etag" not in missing.headers
    bad = await ds.client.get("/quotes.json?sql=select+nonsense+from")
    assert bad.status_code == 400 and "etag" not in bad.headers
    post = await ds.client.post("/quotes/quotes", data={})
    assert "etag" not in post.headers


async def test_another_database_another_etag(ds, collection, tmp_path):
    (collection / "speakers.yaml").write_text(
        (collection / "speakers.yaml").read_text(encoding="utf-8").replace("Choi Kang", "Choi K."), encoding="utf-8"
    )
    path = tmp_path / "other" / "quotes.db"
    build(collection, path)
    other = make_datasette(path)
    first = (await ds.client.get(PAGE)).headers["etag"]
    second = (await other.client.get(PAGE)).headers["etag"]
    assert first != second
    assert (await other.client.get(PAGE, headers={"If-None-Match": first})).status_code == 200


def test_weak_comparison():
    assert matches('W/"a-b"', '"a-b"') and matches('"x", "a-b"', '"a-b"') and not matches('"a"', '"a-b"')
