"""The researcher's pages around the tables: the home page guide, search results, speakers and institutions.

- ``/`` (and the top of ``/quotes``): what the collection holds, counted from the database's
  tables and views (never written into a template), one search box, and the ways in.
- ``/quotes/quotes_full`` and ``/quotes/quotes`` (searchable tables of quotes): the search box and
  the results first, each result with the quote given the width, its words highlighted, and
  speaker, institution and source as links; the column glossary folded below, Datasette's
  table of every column only with ``?_table=1`` (:data:`TABLE_ARG`).
- ``/quotes/speakers/<id>`` and ``/quotes/institutions/<id>``: what they said (newest first), the
  roles held over time, the track record linked to the scorecard, and citation downloads.
  They are the row pages Datasette links every speaker and institution to, so every link to a
  speaker anywhere on the site (facets, tables, quote pages) leads here.

Search words are highlighted in Python, not with FTS5's ``highlight()``: the search index is
contentless (``content=''``, so a million quotes are not stored twice) and has no text for
``highlight()`` to read. The words are matched as the index's tokenizer matches them: whole
tokens, case and diacritics folded (``unicode61 remove_diacritics 2``). Everything is escaped
before the marks are added.
"""

from __future__ import annotations

import json
import re
import unicodedata

import sqlite_utils
from datasette import hookimpl
from datasette.utils import path_with_added_args, tilde_decode
from markupsafe import Markup, escape

from . import scoring, standings
from .views import QUOTE_JOINS

# How many quotes a speaker's or institution's page lists before linking to the full table.
PROFILE_QUOTES = 100
# The tables whose pages are search first.
QUOTE_TABLES = ("quotes", "quotes_full")
# A quote table's page shows Datasette's table of every column only with ?_table=1.
TABLE_ARG = "_table"
CLAIM_TYPE_ORDER = ("prediction", "explanation", "assessment", "recommendation", "fact", "other")

# quotes_full holds what is read and faceted; the ids, URL and headline come from the tables.
CARD_SQL = f"""
select * from (
    select f.id, f.text, f.form, f.speaker, q.speaker_id, s.kind as speaker_kind, f.title, f.institution,
           q.institution_id, f.outlet, src.url, f.published, src.title as source_title, q.source_id,
           f.claim_type, f.via, f.topics
    from quotes_full f
    join quotes q on q.id = f.id
    {QUOTE_JOINS.replace(chr(10), chr(10) + "    ")}
)
"""


def rows(conn, sql: str, params=None) -> list[dict]:
    return [dict(row) for row in sqlite_utils.Database(conn).query(sql, params or {})]


def fold(token: str) -> str:
    """A token as the search index compares it: case-folded, diacritics removed."""
    return "".join(c for c in unicodedata.normalize("NFKD", token.casefold()) if not unicodedata.combining(c))


def search_terms(query: str | None) -> set[str]:
    """The folded words of a search box entry (FTS5 operators and quotes are not words here)."""
    return {fold(word) for word in re.findall(r"\w+", query or "") if word not in ("AND", "OR", "NOT", "NEAR")}


def highlighted(text: str, terms: set[str]) -> Markup:
    """``text`` escaped, with every token the search matched wrapped in ``<mark>``."""
    if not terms:
        return Markup(escape(text))
    out, last = [], 0
    for match in re.finditer(r"\w+", text):
        if fold(match.group()) in terms:
            out.append(escape(text[last : match.start()]))
            out.append(Markup("<mark>{}</mark>").format(match.group()))
            last = match.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


def topics_of(value: str | None) -> list[str]:
    return json.loads(value) if value else []


def result_cards(conn, quote_ids: list[str], query: str | None) -> list[dict]:
    """One card per quote id, in the order given, with the statement highlighted."""
    if not quote_ids:
        return []
    marks = ", ".join("?" for _ in quote_ids)
    found = {row["id"]: row for row in rows(conn, f"{CARD_SQL} where id in ({marks})", quote_ids)}
    terms = search_terms(query)
    cards = []
    for quote_id in quote_ids:
        row = found.get(quote_id)
        if row is None:
            continue
        cards.append({
            **row,
            "marked_text": highlighted(row["text"], terms),
            "speaker_marked": highlighted(row["speaker"], terms),
            "topics": topics_of(row["topics"]),
            "unnamed": row["speaker_kind"] in standings.UNNAMED_KINDS,
        })
    return cards


# What the home page counts, each from a table or view of the built database.
HOLDINGS_SQL = {
    "quotes": "select count(*) as n from quotes",
    "sources": "select count(*) as n, count(distinct outlet) as outlets, min(published) as first, max(published) as last from sources",
    "speakers": "select count(*) as n from speakers",
    "institutions": "select count(*) as n from institutions",
}
CLAIM_TYPES_SQL = "select claim_type, count(*) as n from quotes group by claim_type"
SPEAKER_KINDS_SQL = "select kind, count(*) as n from speakers group by kind order by n desc, kind"
PREDICTIONS_SQL = "select status, count(*) as n from predictions_status group by status"
# Counted on the quotes table's own indexes (speaker_id, institution_id), then named: a group-by
# over the joined quotes_full would scan every row of a million-quote database.
TOP_SPEAKERS_SQL = """
select s.id, s.name, s.kind, top.quotes
from (select speaker_id, count(*) as quotes from quotes group by speaker_id order by quotes desc, speaker_id limit 12) top
join speakers s on s.id = top.speaker_id
order by top.quotes desc, s.name
"""
TOP_INSTITUTIONS_SQL = """
select i.id, i.name, top.quotes
from (select institution_id, count(*) as quotes from quotes where institution_id is not null
      group by institution_id order by quotes desc, institution_id limit 12) top
join institutions i on i.id = top.institution_id
order by top.quotes desc, i.name
"""
DUE_SQL = "select quote_id, speaker, speaker_id, proposition, deadline from due_predictions order by deadline, quote_id limit 5"
LATEST_SQL = "select id from quotes_full order by published desc, id desc limit 5"


def holdings(conn) -> dict:
    """The home page's figures and lists: counts, claim types, predictions by status, ways in."""
    counts = {name: rows(conn, sql)[0] for name, sql in HOLDINGS_SQL.items()}
    claim_types = {row["claim_type"]: row["n"] for row in rows(conn, CLAIM_TYPES_SQL)}
    statuses = {row["status"]: row["n"] for row in rows(conn, PREDICTIONS_SQL)}
    return {
        "counts": counts,
        "claim_types": sorted(claim_types.items(), key=lambda item: (CLAIM_TYPE_ORDER + (item[0],)).index(item[0])),
        "speaker_kinds": rows(conn, SPEAKER_KINDS_SQL),
        "predictions": {status: statuses.get(status, 0) for status in ("open", "due", "resolved")},
        "top_speakers": rows(conn, TOP_SPEAKERS_SQL),
        "top_institutions": rows(conn, TOP_INSTITUTIONS_SQL),
        "due": rows(conn, DUE_SQL),
        "latest": result_cards(conn, [row["id"] for row in rows(conn, LATEST_SQL)], None),
    }


# A speaker's or institution's quotes are found through the quotes table's index on {column}.
ROLES_SQL = """
select q.title, i.name as institution, q.institution_id, s.name as speaker, q.speaker_id,
       min(src.published) as first, max(src.published) as last, count(*) as quotes
from quotes q
join sources src on src.id = q.source_id
join speakers s on s.id = q.speaker_id
left join institutions i on i.id = q.institution_id
where q.{column} = :id
group by q.title, q.institution_id, q.speaker_id order by first, last, q.title limit 500
"""
PROFILE_IDS_SQL = """
select q.id from quotes q join sources src on src.id = q.source_id
where q.{column} = :id order by src.published desc, q.id desc limit :limit
"""
PROFILE_COUNT_SQL = "select count(*) as n from quotes where {column} = :id"


def profile(conn, grouping: str, group_id: str) -> dict:
    """A speaker's or institution's page: quotes newest first, roles over time, track record."""
    column = {"speaker": "speaker_id", "institution": "institution_id"}[grouping]
    params = {"id": group_id, "limit": PROFILE_QUOTES}
    record = rows(conn, f"select * from {grouping}s where id = :id", params)
    quote_ids = [row["id"] for row in rows(conn, PROFILE_IDS_SQL.format(column=column), params)]
    card = scoring.scorecard(sqlite_utils.Database(conn), grouping, group_id)
    return {
        "grouping": grouping,
        "group_id": group_id,
        "record": record[0] if record else None,
        "quotes": result_cards(conn, quote_ids, None),
        "total": rows(conn, PROFILE_COUNT_SQL.format(column=column), params)[0]["n"],
        "roles": rows(conn, ROLES_SQL.format(column=column), params),
        "card": card and {**card, "hit_rate_text": scoring.hit_rate_text(card), "interval_text": scoring.interval_text(card)},
        "references": standings.REFERENCES,
        "column": column,
    }


async def holdings_of(datasette, database: str) -> dict:
    """The home page's :func:`holdings`, computed by its first visitor, once per immutable database
    and process (not in the background at start-up: ``--get`` would exit with the task pending).

    The file never changes while it is served, so its figures cannot either; a million-quote
    database takes most of a second to count them. A mutable database is counted per request.
    """
    db = datasette.get_database(database)
    if db.is_mutable:
        return await db.execute_fn(holdings)
    kept = datasette.__dict__.setdefault("_quotes_holdings", {})
    if database not in kept:  # two first visitors at once may both count: the same figures
        kept[database] = await db.execute_fn(holdings)
    return kept[database]


def page_vars(datasette, database: str, key: str, builder) -> dict:
    """The template variable ``key``, computed on the database's own thread by ``builder(conn)``."""

    async def inner():
        return {key: await datasette.get_database(database).execute_fn(builder), "quotes_database": database}

    return inner


def quote_ids_of(rows_) -> list[str]:
    """The quote ids of a table page's rows (an id that is a foreign key comes expanded, with its label)."""
    ids = []
    for row in rows_:
        value = row["id"] if "id" in row.keys() else None
        value = value.get("value") if isinstance(value, dict) else value
        if value is not None:
            ids.append(str(value))
    return ids


@hookimpl
def extra_template_vars(template, view_name, database, table, request, datasette):
    if request is None:
        return {}
    if view_name == "index" or (view_name == "database" and database):
        name = database or first_database(datasette)
        if name is None:
            return {}

        async def guide():
            return {"guide": await holdings_of(datasette, name), "quotes_database": name}

        return guide
    if view_name == "table" and table in QUOTE_TABLES:
        query = request.args.get("_search")

        async def cards(rows_):
            ids = quote_ids_of(rows_)
            return await datasette.get_database(database).execute_fn(lambda conn: result_cards(conn, ids, query))

        hidden = [(key, value) for key in request.args for value in request.args.getlist(key) if key not in ("_search", "_next", TABLE_ARG)]
        return {
            "quote_cards": cards, "search_terms": sorted(search_terms(query)), "search_hidden_args": hidden,
            "metadata": without_glossary(datasette, database, table),
            "show_table": bool(request.args.get(TABLE_ARG)), "table_url": path_with_added_args(request, {TABLE_ARG: "1"}),
        }
    if view_name == "row" and table in ("speakers", "institutions"):
        group_id = tilde_decode(request.url_vars.get("pks", ""))
        grouping = table[:-1]
        return page_vars(datasette, database, "profile", lambda conn: profile(conn, grouping, group_id))
    return {}


def without_glossary(datasette, database: str, table: str) -> dict:
    """The table's metadata as its page shows it, minus the stock glossary of every column (the
    page folds its own, of the columns shown; the column descriptions still reach the page's
    columns, which Datasette reads before the template)."""
    metadata = dict((datasette.metadata("databases") or {}).get(database, {}).get("tables", {}).get(table, {}))
    datasette.update_with_inherited_metadata(metadata)
    metadata.pop("columns", None)
    return metadata


def first_database(datasette) -> str | None:
    return next((name for name in datasette.databases if name not in ("_internal", "_memory")), None)
