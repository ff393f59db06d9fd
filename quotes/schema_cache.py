"""Questions about an immutable database's schema, answered once per process.

Datasette 0.65 asks SQLite about the schema on every page, each question a round trip to an SQL
thread: ``PRAGMA schema_version`` for every database before each request
(``refresh_schemas``), the exact spelling of a table's name at each permission check, its
primary keys, columns and foreign keys, every foreign key of the database on a row page — 15
round trips for a quote's page, of which 9 ask about a schema that cannot change while an
immutable file is served. Their answers are kept here per database and argument and handed out
as copies, so a caller that changes what it gets changes nothing for the next one; the
refresh runs again only when the set of databases served changes
(:func:`refresh_when_changed`).

The same holds for the metadata's permissions of a table (:func:`permissions_once`).

Registered by :mod:`quotes.app` as a serving module (speed, not behaviour), for immutable
databases only; mutable ones (``_internal``, ``_memory``) are asked as before.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.plugins import pm

MARK = "_quotes_schema_cached"
# Database methods whose answer depends on the schema alone.
SCHEMA_METHODS = (
    "table_exists", "table_names", "view_names", "table_columns", "table_column_details", "primary_keys",
    "fts_table", "label_column_for_table", "foreign_keys_for_table", "hidden_table_names",
    "get_all_foreign_keys", "get_table_definition", "get_view_definition",
)
# Statements Datasette sends through ``execute`` that read the schema alone.
SCHEMA_STATEMENTS = (
    "PRAGMA schema_version",
    "select name from sqlite_master where type in ('table', 'view') and name = ? collate nocase",
)


def copied(value):
    """A copy of the lists and dicts in ``value`` (tuples and scalars are immutable: shared).

    ``copy.deepcopy`` of every foreign key of the database cost 6 ms a page.
    """
    if isinstance(value, dict):
        return {key: copied(item) for key, item in value.items()}
    if isinstance(value, list):
        return [copied(item) for item in value]
    return value


def remembered(method, answers: dict, name: str):
    async def answer(*args):
        key = (name, args)
        if key not in answers:
            answers[key] = await method(*args)
        return copied(answers[key])

    return answer


def remembered_statements(execute, answers: dict):
    async def answer(sql, params=None, *args, **kwargs):
        if sql not in SCHEMA_STATEMENTS or args or kwargs:
            return await execute(sql, params, *args, **kwargs)
        key = ("execute", sql, tuple(params or ()))
        if key not in answers:
            answers[key] = await execute(sql, params)
        return answers[key]  # Results: rows of sqlite3.Row, read-only

    return answer


def cache_schema(db) -> None:
    """Answer ``db``'s schema questions once each (``db`` must be immutable)."""
    if getattr(db, MARK, False):
        return
    answers: dict = {}
    for name in SCHEMA_METHODS:
        setattr(db, name, remembered(getattr(db, name), answers, name))
    db.execute = remembered_statements(db.execute, answers)
    setattr(db, MARK, True)


def served_files(ds) -> tuple | None:
    """The databases ``ds`` serves, if every one is an immutable file (else None)."""
    served = {name: db for name, db in ds.databases.items() if name not in ("_internal", "_memory")}
    if any(db.is_mutable for db in served.values()):
        return None
    return tuple((name, id(db)) for name, db in served.items())


def refresh_when_changed(ds) -> None:
    """Let ``ds.refresh_schemas`` copy the schemas into ``_internal`` only when its set of databases changed.

    Datasette refreshes before every request, three round trips even when nothing can change;
    a database added later, or a mutable one, makes it refresh as before.
    """
    if getattr(ds, MARK, False):
        return
    refresh = ds.refresh_schemas
    done = {"files": None}

    async def refresh_schemas():
        files = served_files(ds)
        if files is not None and files == done["files"]:
            return
        await refresh()
        done["files"] = files

    ds.refresh_schemas = refresh_schemas
    setattr(ds, MARK, True)


def permissions_once(ds) -> None:
    """Read a table's ``allow`` blocks from the metadata once per table.

    Datasette 0.65.x reads them at every permission check by copying the whole metadata
    (``copy.deepcopy``: 6 ms of a quote page's 29). The metadata is fixed while serving unless a
    plugin supplies it through ``get_metadata`` (then it is read every time, as before); the
    cache is keyed by the metadata object, so setting new metadata starts a new one.
    """
    check = getattr(ds, "_table_permission_allows", None)
    if check is None or getattr(check, MARK, False) or pm.hook.get_metadata.get_hookimpls():
        return
    answers: dict = {}

    def allows(database, table):
        key = (id(ds._metadata_local), database, table)
        if key not in answers:
            answers[key] = check(database, table)
        return copied(answers[key])

    setattr(allows, MARK, True)
    ds._table_permission_allows = allows


@hookimpl
def startup(datasette):
    for name, db in datasette.databases.items():
        if not db.is_mutable and name not in ("_internal", "_memory"):
            cache_schema(db)
    refresh_when_changed(datasette)
    permissions_once(datasette)
