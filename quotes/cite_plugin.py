"""Citations in Datasette: a "Cite" panel on each quote's page (the quote page hook in
:mod:`quotes.plugin` shows it), and .bib, .csljson and .ris downloads of any list of quotes
(table, view, search result, canned query).

A row that carries a quote id (a ``quote_id`` column, or ``id`` naming a quote) is cited from
its full record; any other row is cited from whatever of its columns a citation can use, so a
custom SQL query over other tables still downloads.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response
from markupsafe import Markup

from . import cite

# The panel's styles: (key, label, CSL style).
PANEL_STYLES = [
    ("apa", "APA", "apa"),
    ("chicago", "Chicago", "chicago-author-date"),
    ("mla", "MLA", "modern-language-association"),
]


def cite_panel(conn, quote_id: str) -> dict | None:
    """What the Cite panel shows for one quote: rendered styles and its BibTeX."""
    found = cite.find_quotes(conn, [quote_id])
    if quote_id not in found:
        return None
    records = [found[quote_id]]
    styles = []
    for key, label, style in PANEL_STYLES:
        [cited] = cite.render(records, style, html=True)
        styles.append({"key": key, "label": label, "in_text": Markup(cited.in_text), "reference": Markup(cited.reference)})
    return {"styles": styles, "bibtex": cite.bibtex(records)}


async def quote_page_panel(datasette, database: str, quote_id: str) -> dict | None:
    """The Cite panel of a quote's page, with its download links (the quote page hook calls it)."""
    panel = await datasette.get_database(database).execute_fn(lambda conn: cite_panel(conn, quote_id))
    if panel:
        path = datasette.urls.row(database, "quotes", tilde_encode(quote_id))
        panel["downloads"] = [(extension, f"{path}.{extension}") for extension in ("bib", "csljson", "ris")]
    return panel


def record_from_columns(row: dict, n: int) -> dict:
    """A citation record from whatever columns a row has (the fallback for non-quote rows)."""
    record = {key: row.get(key) for key in ("text", "form", "via", "speaker", "institution", "outlet", "url", "published", "source_title", "accessed", "language")}
    record["id"] = str(row.get("quote_id") or row.get("id") or f"row-{n}")
    # `title` is the speaker's role beside a quote's text, and the headline in a row of sources.
    if row.get("text") is not None:
        record["role"] = row.get("title")
    else:
        record["source_title"] = record["source_title"] or row.get("title")
    return {key: value for key, value in record.items() if value is not None}


def citation_records(conn, columns: list[str], rows: list[dict]) -> list[dict]:
    """Full records for rows that name a quote, column-made records for the rest, in row order."""
    id_column = "quote_id" if "quote_id" in columns else "id" if "id" in columns else None
    found = cite.find_quotes(conn, [str(row[id_column]) for row in rows if row.get(id_column) is not None]) if id_column else {}
    records = []
    for n, row in enumerate(rows, 1):
        quote_id = str(row.get(id_column)) if id_column else None
        records.append(found.get(quote_id) or record_from_columns(row, n))
    return records


def renderer(style: str, extension: str, content_type: str):
    async def render(datasette, columns, rows, database, table, query_name):
        plain = [dict(zip(columns, row)) for row in rows]
        records = await datasette.get_database(database).execute_fn(lambda conn: citation_records(conn, columns, plain))
        name = table or query_name or database
        return Response(
            cite.export(records, style),
            content_type=content_type,
            headers={"content-disposition": f'attachment; filename="{name}.{extension}"'},
        )

    return render


def can_render(columns):
    """Offer the download links where rows are quotes; any other list still renders on request."""
    return "quote_id" in columns or ("id" in columns and "text" in columns)


@hookimpl
def register_output_renderer(datasette):
    return [
        {"extension": "bib", "render": renderer("bibtex", "bib", "application/x-bibtex; charset=utf-8"), "can_render": can_render},
        # The media type CSL-JSON is registered under; Zotero imports the file as it is.
        {"extension": "csljson", "render": renderer("csl-json", "csljson", "application/vnd.citationstyles.csl+json; charset=utf-8"), "can_render": can_render},
        {"extension": "ris", "render": renderer("ris", "ris", "application/x-research-info-systems; charset=utf-8"), "can_render": can_render},
    ]
