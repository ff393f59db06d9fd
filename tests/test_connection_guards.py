"""The connection guards on their own: a writable connection, once our plugin prepares it, refuses
writes, ATTACH and oversized values.

Through Datasette these are hidden behind its own defences (the SQL must be a SELECT, the file is
opened immutable), so a request test passes with or without our guards. Here the guards are the
only defence: the connection is an ordinary writable one, prepared by every ``prepare_connection``
hook registered with Datasette — wherever in the package the guards live — exactly as Datasette
prepares each connection it opens. A control connection without the hook does all three, so each
refusal is the guard's doing.
"""

from __future__ import annotations

import sqlite3

import pytest
from datasette.plugins import pm

from quotes.app import make_datasette
from quotes.plugin import ensure_registered

TEN_MB = 10_000_000


@pytest.fixture
def writable(tmp_path) -> sqlite3.Connection:
    path = tmp_path / "guarded.db"
    conn = sqlite3.connect(path)
    conn.execute("create table notes (id integer primary key, body text)")
    conn.commit()
    yield conn
    conn.close()


def prepare(conn: sqlite3.Connection, tmp_path) -> sqlite3.Connection:
    """Run every registered prepare_connection hook on ``conn``, as Datasette does for a database."""
    ensure_registered()
    datasette = make_datasette(tmp_path / "guarded.db")
    pm.hook.prepare_connection(conn=conn, database="quotes", datasette=datasette)
    return conn


def test_unguarded_control_connection_allows_all_three(writable, tmp_path):
    writable.execute("insert into notes (body) values ('x')")
    writable.execute(f"attach database '{tmp_path / 'other.db'}' as other")
    assert writable.execute(f"select length(zeroblob({TEN_MB + 1}))").fetchone() == (TEN_MB + 1,)


def test_guarded_connection_refuses_writes(writable, tmp_path):
    conn = prepare(writable, tmp_path)
    assert conn.execute("pragma query_only").fetchone() == (1,)
    for sql in ("insert into notes (body) values ('x')", "delete from notes", "create table more (x)"):
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute(sql)
    assert conn.execute("select count(*) from notes").fetchone() == (0,)


def test_guarded_connection_refuses_attach(writable, tmp_path):
    conn = prepare(writable, tmp_path)
    for target in (":memory:", str(tmp_path / "other.db")):
        with pytest.raises(sqlite3.OperationalError, match="too many attached databases"):
            conn.execute(f"attach database '{target}' as other")
    assert [row[1] for row in conn.execute("pragma database_list")] == ["main"]


def test_guarded_connection_refuses_a_value_over_ten_mb(writable, tmp_path):
    conn = prepare(writable, tmp_path)
    assert conn.execute("select length(zeroblob(1000000))").fetchone() == (1_000_000,)  # still answers
    # a blob, a random blob and a text value (hex doubles 5 MB + 1 bytes into 10 MB + 2 characters)
    for sql in (f"select zeroblob({TEN_MB + 1})", f"select length(randomblob({TEN_MB + 1}))",
                f"select length(hex(zeroblob({TEN_MB // 2 + 1})))"):
        with pytest.raises(sqlite3.Error, match="too big"):
            conn.execute(sql).fetchone()
