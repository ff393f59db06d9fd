"""Guards of the public site: no request can take the server past a fixed memory budget or its
time limit, reach a 500 through a malformed parameter, or turn stored data into live script.

Where Datasette 0.65 materialises a response, and what bounds each step:

1. SQLite builds each value: ``SQLITE_LIMIT_LENGTH`` caps one value at :data:`VALUE_BYTES` and
   ``SQLITE_LIMIT_COLUMN`` a row at :data:`MAX_COLUMNS` values. The scalar functions that could
   burn seconds inside one SQLite step, out of reach of the time limit's progress handler
   (``printf('%.*c', 900000000, 'x')`` formats 900 million characters before it answers NULL),
   are replaced per connection by a version that answers at once (:func:`bounded_printf`).
2. Datasette fetches up to ``max_returned_rows`` rows into a list: the connection's row factory
   counts the bytes of every fetched value and stops the query with :class:`ResultTooLarge` (a
   400 that says why) past :data:`RESULT_BYTES` per query, so rows × values is bounded before
   any JSON, CSV or citation renderer sees them.
3. The renderer encodes the page: the ASGI wrapper refuses a whole body over
   :data:`RESPONSE_BYTES` with a 400 (escaping can grow text up to six times). Datasette's
   streamed CSV (``_stream=on``) goes page by page, each page bounded by step 2, so it streams.

Every response carries a Content-Security-Policy without inline script (Datasette's few static
inline scripts are allowed by hash; ours are files under ``/-/quotes-static/``), ``nosniff`` and
``frame-ancestors 'none'``. A write method (POST, PUT, ...) gets 405: the site has no write path.
Exceptions Datasette 0.65.5 raises on malformed parameters become 400 (:func:`handle_exception`).
Links from data (source, evidence, institution URLs) are rendered only when http(s)
(the ``safe_url`` template filter).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import sqlite3
import threading
from pathlib import Path
from typing import Optional

import datasette
from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.handle_exception import handle_exception as render_error
from datasette.views.base import DataView, DatasetteError

from .models import WEB_URL
from datasette.utils.asgi import BadRequest, Response

STATIC = Path(__file__).parent / "static"

# One value at most 1 MB (the longest value in a built collection is a quote of a few KB);
# a row at most 100 values (quotes_full, the widest view, has under 30 columns).
VALUE_BYTES = 1_000_000
MAX_COLUMNS = 100
# What one query may fetch into memory, summed over its values (a page of 1000 quotes is ~2 MB).
RESULT_BYTES = 10_000_000
# The largest body a response may carry when not streamed.
RESPONSE_BYTES = 25_000_000
# printf conversions whose precision only cuts a text short.
TRUNCATING = set("sqQwz")

# SQLite per-connection limits: values and rows as above, short SQL, and no ATTACH at all.
CONNECTION_LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: VALUE_BYTES,
    sqlite3.SQLITE_LIMIT_COLUMN: MAX_COLUMNS,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 100_000,
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 50,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 200,
    sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER: 1000,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 1000,
}


class ResultTooLarge(sqlite3.DatabaseError):
    """A query would fetch more than :data:`RESULT_BYTES`; Datasette shows it as a 400."""


def value_size(value) -> int:
    if isinstance(value, (str, bytes)):
        return len(value)
    return 8


def budgeted_rows(make_row=None, limit: int = RESULT_BYTES):
    """A row factory that stops a query past ``limit`` bytes of values; rows are made by
    ``make_row`` (the connection's previous factory: Datasette's :class:`sqlite3.Row`), or tuples.

    The count restarts with each cursor (Datasette opens one per query); the factory holds the
    last cursor so that a new one can never be mistaken for it.
    """
    state = {"cursor": None, "bytes": 0}

    def factory(cursor, row):
        if cursor is not state["cursor"]:
            state["cursor"], state["bytes"] = cursor, 0
        state["bytes"] += sum(value_size(v) for v in row)
        if state["bytes"] > limit:
            raise ResultTooLarge(
                f"result too large: this query fetches over {limit // 1_000_000} MB; "
                "select fewer rows (LIMIT) or smaller values"
            )
        return make_row(cursor, row) if make_row else row

    return factory


# %[flags][width][.precision][length]type, as SQLite's printf reads it.
PRINTF_SPEC = re.compile(r"%([-+ #0!,]*)(\*|\d+)?(?:\.(\*|\d+))?(?:ll|l)?(.)", re.S)
_spare = threading.local()


def builtin_connection() -> sqlite3.Connection:
    """A private in-memory connection per thread whose printf is SQLite's own."""
    conn = getattr(_spare, "conn", None)
    if conn is None:
        conn = _spare.conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, VALUE_BYTES)
    return conn


def as_int(value) -> int:
    """How SQLite reads a printf ``*`` argument: a number, or the number a text starts with."""
    if isinstance(value, (int, float)):
        return int(value) if value == value and abs(value) < 1e18 else 10**18
    match = re.match(r"\s*[-+]?\d+", value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value or ""))
    return int(match.group()) if match else 0


def bounded_printf(fmt, *args):
    """SQLite's printf, answering at once what SQLite answers slowly.

    A width, or a precision that generates output (``%.*c`` repeats a character, ``%.*d`` pads
    digits; ``%.*s`` only truncates), over :data:`VALUE_BYTES` makes a result longer than a value
    may be, which SQLite answers with NULL, after formatting it all (``%.*c`` with 900 million
    took 3-4 s inside one step, past the time limit). This answers NULL straight away; anything
    else is SQLite's own printf, on a private connection.
    """
    if fmt is None:
        return None
    text = fmt.decode("utf-8", "replace") if isinstance(fmt, bytes) else str(fmt)
    position = 0
    for match in PRINTF_SPEC.finditer(text):
        conversion = match.group(4)
        if conversion == "%":
            continue
        sizes = []
        for part in (match.group(2), match.group(3)):
            if part == "*":
                sizes.append(abs(as_int(args[position])) if position < len(args) else 0)
                position += 1
            else:
                sizes.append(int(part) if part else 0)
        width, precision = sizes
        if width > VALUE_BYTES or (precision > VALUE_BYTES and conversion not in TRUNCATING):
            return None
        position += 1
    placeholders = ", ".join("?" * (len(args) + 1))
    return builtin_connection().execute(f"select printf({placeholders})", (fmt, *args)).fetchone()[0]


def bound_connection(conn: sqlite3.Connection) -> None:
    for limit, value in CONNECTION_LIMITS.items():
        conn.setlimit(limit, value)
    conn.row_factory = budgeted_rows(conn.row_factory)
    for name in ("printf", "format"):
        conn.create_function(name, -1, bounded_printf, deterministic=True)
    conn.execute("PRAGMA query_only = 1")


@hookimpl
def prepare_connection(conn, database):
    if database == "_internal":
        return
    bound_connection(conn)


def safe_url(url) -> str:
    """Template filter: the URL when it is http(s) (the rule ``quotes check`` applies,
    :data:`quotes.models.WEB_URL`), else ``#``: the text stays, the link goes. A database built
    by an older version, or edited by hand, cannot smuggle a ``javascript:`` link onto a page."""
    return url if isinstance(url, str) and WEB_URL.match(url) else "#"


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["safe_url"] = safe_url


# Datasette's inline scripts, allowed by hash: two static includes, and the table page's one
# line, which varies only with the allow_facet setting.
DATASETTE_TEMPLATES = Path(datasette.__file__).parent / "templates"


def inline_scripts() -> list[str]:
    scripts = []
    for name in ("_close_open_menus.html", "_codemirror_foot.html"):
        path = DATASETTE_TEMPLATES / name
        if path.exists():
            scripts += re.findall(r"<script>(.*?)</script>", path.read_text(encoding="utf-8"), re.S)
    scripts += [f"DATASETTE_ALLOW_FACET = {value};" for value in ("true", "false")]
    return scripts


def script_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self' " + " ".join(script_hash(s) for s in inline_scripts()),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
]
READ_METHODS = {"GET", "HEAD", "OPTIONS"}


def plain_response(status: int, message: str) -> tuple[dict, dict]:
    body = message.encode("utf-8")
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    return (
        {"type": "http.response.start", "status": status, "headers": headers + SECURITY_HEADERS},
        {"type": "http.response.body", "body": body},
    )


def is_open_redirect(path: str) -> bool:
    """Paths a browser would read as another host once Datasette strips a trailing slash
    (the ``/\\host`` open redirect Datasette 0.65.5 still has)."""
    return path.startswith("//") or path.startswith("/\\")


def guard_app(app):
    """The ASGI app with security headers, no write methods, and a cap on whole bodies."""

    async def guarded(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        if is_open_redirect(scope.get("path", "")):
            start, body = plain_response(404, "Not found")
            await send(start)
            await send(body)
            return
        if scope.get("method", "GET") not in READ_METHODS:
            start, body = plain_response(405, "This site is read-only: only GET and HEAD requests are served.")
            start["headers"].append((b"allow", b"GET, HEAD"))
            await send(start)
            await send(body)
            return
        held: Optional[dict] = None

        async def guarded_send(message):
            nonlocal held
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                headers = list(message.get("headers", [])) + [h for h in SECURITY_HEADERS if h[0] not in names]
                held = {**message, "headers": headers}
                return
            if message["type"] == "http.response.body" and held is not None:
                start, held = held, None
                if not message.get("more_body") and len(message.get("body", b"")) > RESPONSE_BYTES:
                    start, message = plain_response(
                        400,
                        f"Response too large: over {RESPONSE_BYTES // 1_000_000} MB. "
                        "Ask for fewer rows (_size, LIMIT) or fewer columns.",
                    )
                await send(start)
            await send(message)

        await app(scope, receive, guarded_send)

    return guarded


@hookimpl
def asgi_wrapper():
    return guard_app


@hookimpl
def register_routes():
    return [(r"^/-/quotes-static/(?P<name>[a-z0-9-]+\.js)$", static_file)]


async def static_file(request):
    path = STATIC / request.url_vars["name"]
    if not path.is_file():
        return Response.text("Not found", status=404)
    return Response(
        path.read_text(encoding="utf-8"),
        content_type="text/javascript; charset=utf-8",
        headers={"cache-control": "max-age=3600"},
    )


LIST_FILTERS = ("__in", "__notin", "__arraycontains", "__arraynotcontains")


def csv_of_a_failed_query_is_an_error(as_csv):
    """Datasette 0.65.5 answers the CSV of a failed query (an error, a time-out, a result too
    large) with status 200 and an empty body, hiding the failure: make it the 400 the JSON and
    HTML of the same query get. Views are made per request, so the wrapped ``data`` is too."""

    async def checked_as_csv(self, request, database):
        data = self.data

        async def data_or_error(*args, **kwargs):
            result = await data(*args, **kwargs)
            if isinstance(result, tuple) and len(result) == 4 and isinstance(result[3], int) and result[3] >= 400:
                raise BadRequest(str(result[0].get("error") or "the query failed"))
            return result

        self.data = data_or_error
        return await as_csv(self, request, database)

    checked_as_csv.quotes_guard = True
    return checked_as_csv


if not getattr(DataView.as_csv, "quotes_guard", False):
    DataView.as_csv = csv_of_a_failed_query_is_an_error(DataView.as_csv)


def bad_parameter(request, exception) -> Optional[str]:
    """The message for an exception Datasette 0.65.5 raises on a malformed request, or None."""
    if isinstance(exception, DatasetteError) and exception.status == 500 and str(exception.message).startswith("Cannot sort table by"):
        return f"{exception.message}: not a sortable column of this table"
    if isinstance(exception, QueryInterrupted):
        return "SQL query took too long: the time limit ends it; ask for less"
    frames = []
    traceback = exception.__traceback__
    while traceback is not None:
        frames.append(traceback.tb_frame.f_code.co_filename)
        traceback = traceback.tb_next
    raised_in_filters = bool(frames) and frames[-1].endswith(("datasette/filters.py", "json/decoder.py", "json/__init__.py"))
    if isinstance(exception, (json.JSONDecodeError, KeyError, TypeError, ValueError)) and raised_in_filters and any(
        f.endswith("datasette/filters.py") for f in frames
    ):
        if "_through" in request.args and not any(p.endswith(LIST_FILTERS) for p in request.args):
            return 'Malformed parameter _through: expected JSON {"table": ..., "column": ..., "value": ...}'
        names = ", ".join(name for name in request.args if name == "_through" or name.endswith(LIST_FILTERS)) or "a filter"
        return f"Malformed parameter {names}: a list filter takes a JSON list such as [1,2] or comma-separated values"
    return None


@hookimpl(tryfirst=True)
def handle_exception(datasette, request, exception):
    message = bad_parameter(request, exception)
    if message is None:
        return None
    return render_error(datasette, request, BadRequest(message))
