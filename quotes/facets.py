"""Facets computed once per page, and read from the inspection for unfiltered pages.

Datasette 0.65 runs one query per facet, each over the page's whole SQL: a search page with
seven facets matches the search seven times and reads every matching row seven times. Here the
column and array facets of a page share one query: the matching rows' facet columns are
materialized once (``WITH m AS MATERIALIZED``), then each facet groups that small table. On an
unfiltered page (no search, no filter) the counts come from the inspection
(:mod:`quotes.inspection`), computed once when the server starts: the database is immutable.

The answers are exactly Datasette's (same grouping, order and limit; an array value counted once
per row, as Datasette does); only the work is shared. Datasette's own facet classes still format
the results (labels, toggle links): they are handed the rows instead of running the queries.
The shared query may take as long as the facets it replaces were allowed together
(``facet_time_limit_ms`` each); past that, every facet of the page is reported as timed out.
The database is immutable, so a page's facets are the same on every repeat (a researcher going
back, a shared link, a popular search): the last :data:`ANSWERED_MAX` answers are kept per
Datasette (:func:`answered`).
A facet on a column the table does not have, or a page with more facets than SQLite's compound
limit allows, is left to Datasette as it is.
"""

from __future__ import annotations

import asyncio
import json
from collections import OrderedDict

from datasette import hookimpl
from datasette.database import QueryInterrupted, Results
from datasette.facets import ArrayFacet, ColumnFacet, DateFacet, load_facet_configs
from datasette.utils import escape_sqlite

from . import facet_columns, search_counts

BATCHED_TYPES = ("column", "array")
MAX_BATCH = 40  # below the plugin's SQLITE_LIMIT_COMPOUND_SELECT of 50
SCOPE_KEY = "quotes.facets"
# Facet answers of the pages last asked for, kept on the Datasette object: an immutable database
# gives a page the same facets on every repeat, so they are counted once. Keyed by database, SQL and parameters; a query cut off by the time limit is not kept.
ANSWERED_KEY = "_quotes_facet_answers"
ANSWERED_MAX = 512


def column_sql(column: str, limit: int) -> str:
    """Datasette's column facet, over the materialized rows ``m``."""
    col = escape_sqlite(column)
    return (
        f"select {col} as value, count(*) as count from m where {col} is not null "
        f"group by {col} order by count desc, value limit {limit}"
    )


def array_sql(column: str, limit: int) -> str:
    """Datasette's array facet: each value counted once per row that holds it."""
    col = escape_sqlite(column)
    return (
        "select value, count(*) as count from "
        f"(select distinct j.value as value, m._row from m, json_each(m.{col}) j) "
        f"group by value order by count desc, value limit {limit}"
    )


FACET_SQL = {"column": column_sql, "array": array_sql}


def batch_sql(inner: str, facets: list[tuple[str, str]], limit: int) -> str:
    """One query answering every (type, column) facet of ``facets`` over the rows of ``inner``.

    Rows come back as (facet index, rank, value, count).
    """
    columns = sorted({column for _, column in facets})
    materialized = ", ".join(escape_sqlite(c) for c in columns)
    branches = [
        f"select {n} as facet, row_number() over (order by count desc, value) as rank, value, count "
        f"from ({FACET_SQL[kind](column, limit)})"
        for n, (kind, column) in enumerate(facets)
    ]
    return (
        f"with m as materialized (select row_number() over () as _row, {materialized} from ({inner}))\n"
        + "\nunion all\n".join(branches)
    )


def requested(facet) -> list[tuple[str, str]]:
    """Every (type, column) facet of the page that this module answers, in Datasette's order."""
    configs = load_facet_configs(facet.request, facet.metadata)
    return [
        (kind, entry["config"].get("column") or entry["config"]["simple"])
        for kind in BATCHED_TYPES
        for entry in configs.get(kind, [])
    ]


def is_unfiltered(facet) -> bool:
    return not facet.params and facet.sql.rstrip().endswith(f"from {escape_sqlite(facet.table)}")


def precomputed(facet, kind: str, column: str, limit: int) -> list[dict] | None:
    """The inspection's rows for an unfiltered facet, if it holds enough of them."""
    inspected = (facet.ds.inspect_data or {}).get(facet.database, {}).get("facets", {})
    entry = inspected.get(facet.table, {}).get(f"{kind}:{column}")
    if entry is None or (len(entry["rows"]) < limit and not entry["complete"]):
        return None
    return [{"value": value, "count": count} for value, count in entry["rows"][:limit]]


async def compute(facet) -> dict[tuple[str, str], object]:
    """(type, column) -> rows, or the QueryInterrupted that stopped them; absent: Datasette's way."""
    wanted = list(dict.fromkeys(requested(facet)))
    limit = facet.get_facet_size() + 1
    if facet.table is None:
        return {}
    if is_unfiltered(facet):
        found = {key: precomputed(facet, *key, limit) for key in wanted}
        return {key: rows for key, rows in found.items() if rows is not None}
    db = facet.ds.get_database(facet.database)
    if db.is_mutable:
        return await batched_answers(facet, db, wanted, limit)
    # Looked up before anything else runs: a repeat waits for no SQL thread at all.
    kept = answered(facet.ds)
    page = (facet.database, facet.sql, json.dumps(facet.params, sort_keys=True, default=str), tuple(wanted), limit)
    if page in kept:
        kept.move_to_end(page)
        return {key: [dict(row) for row in rows] for key, rows in kept[page].items()}
    answers = await columnar_answers(facet, db, wanted, limit)
    if answers is None:
        answers = await batched_answers(facet, db, wanted, limit)
    if not any(isinstance(rows, BaseException) for rows in answers.values()):  # a cut-off may pass next time
        kept[page] = answers
        while len(kept) > ANSWERED_MAX:
            kept.popitem(last=False)  # the least recently used
    return answers


async def batched_answers(facet, db, wanted: list[tuple[str, str]], limit: int) -> dict[tuple[str, str], object]:
    """The facets of ``wanted`` that the table has, counted by one query over the page's rows."""
    known = set(await db.table_columns(facet.table))
    batched = [key for key in wanted if key[1] in known]
    if len(batched) < 2 or len(batched) > MAX_BATCH:
        return {}
    try:
        results = await db.execute(
            batch_sql(facet.sql, batched, limit), facet.params, truncate=False,
            custom_time_limit=facet.ds.setting("facet_time_limit_ms") * len(batched),
        )
    except QueryInterrupted as error:
        return {key: error for key in batched}
    answers: dict[tuple[str, str], list] = {key: [] for key in batched}
    for index, _, value, count in sorted(results.rows, key=lambda row: (row[0], row[1])):
        answers[batched[index]].append({"value": value, "count": count})
    return answers


async def columnar_answers(facet, db, wanted: list[tuple[str, str]], limit: int) -> dict | None:
    """The facets of ``wanted`` counted from :mod:`quotes.facet_columns`, the others in SQL.

    None when the table has no columns (yet) or the page's SQL is not a table's rows.
    """
    columns = await facet_columns.columns_of(facet.ds, facet.database)
    table_columns = (columns or {}).get(facet.table, {})
    codes = {key: table_columns[f"{key[0]}:{key[1]}"] for key in wanted if f"{key[0]}:{key[1]}" in table_columns}
    tables_metadata = search_counts.tables_metadata_of(facet.ds, facet.database)
    sql = codes and facet_columns.rowids_sql(facet.table, facet.sql, facet_columns.index_rowids(tables_metadata, facet.table))
    if not sql:
        return None
    time_limit = min(facet.ds.setting("facet_time_limit_ms") * len(codes), facet.ds.setting("sql_time_limit_ms"))
    try:
        answers = await facet_columns.counted(db, sql, facet.params, codes, limit, time_limit)
    except QueryInterrupted as error:
        answers = {key: error for key in codes}
    rest = [key for key in wanted if key not in codes]
    return {**answers, **(await batched_answers(facet, db, rest, limit) if rest else {})}


def answered(ds) -> OrderedDict:
    """The answers kept by this Datasette (one per process, serving files that do not change)."""
    return ds.__dict__.setdefault(ANSWERED_KEY, OrderedDict())


async def answers_for(facet) -> dict:
    """The page's shared answers: computed by the first facet class that asks, awaited by the others."""
    shared = facet.request.scope.setdefault(SCOPE_KEY, {})
    key = (facet.database, facet.table, facet.sql, json.dumps(facet.params, sort_keys=True, default=str))
    if key not in shared:
        shared[key] = asyncio.ensure_future(compute(facet))
    return await shared[key]


class Answered:
    """The Datasette object, except that ``execute`` hands over the facet rows already computed."""

    def __init__(self, ds, answers: list):
        self._ds = ds
        self._answers = answers

    def __getattr__(self, name):
        return getattr(self._ds, name)

    async def execute(self, database, sql, params=None, **kwargs):
        answer = self._answers.pop(0)
        if answer is None:  # not batched: Datasette's own query
            return await self._ds.execute(database, sql, params, **kwargs)
        if isinstance(answer, BaseException):
            raise answer
        return Results(answer, False, None)


class SharedFacet:
    """Mixin for Datasette's facet classes: their facet_results, fed from :func:`answers_for`."""

    async def facet_results(self):
        answers = await answers_for(self)
        mine = [
            answers.get((self.type, entry["config"].get("column") or entry["config"]["simple"]))
            for entry in self.get_configs()
        ]
        ds = self.ds
        self.ds = Answered(ds, mine)
        try:
            return await super().facet_results()
        finally:
            self.ds = ds


class SharedColumnFacet(SharedFacet, ColumnFacet):
    pass


class SharedArrayFacet(SharedFacet, ArrayFacet):
    pass


@hookimpl
def register_facet_classes():
    return [SharedColumnFacet, DateFacet, SharedArrayFacet]
