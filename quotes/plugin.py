"""The project's Datasette plugin: what metadata alone cannot do.

- gives a quote's page the statement, speaker, role, source and prediction.

The site's guards (connection limits, read-only, bounded responses, security headers, 400s for
malformed parameters) are in :mod:`quotes.guards`, registered beside this module.
"""

from __future__ import annotations

import importlib
import json

import datasette.handle_exception
from datasette import hookimpl
from datasette.plugins import pm
from datasette.utils import tilde_decode

from .cite_plugin import quote_page_panel
from .predictions import resolution_history

# Datasette 0.65.5's default error handler calls rich's print_exception when rich is installed,
# outside an except block for errors such as "Statement must be a SELECT": rich then raises and
# the user gets a crash instead of the error page. Without rich it renders errors as intended
# (and still logs server errors with a plain traceback).
datasette.handle_exception.rich = None

# Feature modules with hooks of their own; each is registered with Datasette beside this one.
PLUGIN_MODULES = ["quotes.plugin", "quotes.guards", "quotes.cite_plugin", "quotes.scorecard_plugin", "quotes.pages", "quotes.question_plugin"]


def ensure_registered() -> None:
    """Register our hooks when the entry point was not loaded (e.g. not pip-installed)."""
    for name in PLUGIN_MODULES:
        module = importlib.import_module(name)
        if not pm.is_registered(module):
            pm.register(module, name=name)


QUOTE_SQL = (
    "select f.*, q.source_id, q.speaker_id, q.institution_id, s.kind as speaker_kind, src.url, "
    "src.title as source_title from quotes_full f join quotes q on q.id = f.id "
    "join speakers s on s.id = q.speaker_id join sources src on src.id = q.source_id where f.id = :id"
)
PREDICTION_SQL = "select * from predictions_status where quote_id = :id"


async def quote_panel(datasette, database: str, quote_id: str) -> dict | None:
    """Everything the quote page shows beyond the raw row."""
    db = datasette.get_database(database)
    rows = (await db.execute(QUOTE_SQL, {"id": quote_id})).rows
    if not rows:
        return None
    prediction = (await db.execute(PREDICTION_SQL, {"id": quote_id})).rows
    history = await db.execute_fn(lambda conn: resolution_history(conn, [quote_id]))
    quote = dict(rows[0])
    return {
        "quote": quote,
        "topics": json.loads(quote["topics"]) if quote.get("topics") else [],
        "prediction": dict(prediction[0]) if prediction else None,
        "resolutions": history.get(quote_id, []),
    }


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    if view_name != "row" or table != "quotes" or request is None:
        return {}

    async def inner():
        quote_id = tilde_decode(request.url_vars.get("pks", ""))
        return {
            "quote_panel": await quote_panel(datasette, database, quote_id),
            "cite_panel": await quote_page_panel(datasette, database, quote_id),
        }

    return inner
