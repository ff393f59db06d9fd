"""quotes import quotebank: both Quotebank forms, plain or bz2, beside the curated collection."""

from __future__ import annotations

import bz2
import importlib.util
import json
import sqlite3
from pathlib import Path

import pytest
from digests import digest
from typer.testing import CliRunner

from quotes.app import make_datasette
from quotes.cli import app
from quotes.collection import CollectionError, load_collection
from quotes.quotebank import build_with_quotebank

SCRIPT = Path(__file__).parent.parent / "scripts" / "generate_quotebank.py"
spec = importlib.util.spec_from_file_location("generate_quotebank", SCRIPT)
generator = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generator)

runner = CliRunner()
CURATED = len(load_collection().quotes)  # the bundled collection, imported alongside


def lines_of(path: Path) -> list[dict]:
    opener = bz2.open if path.suffix == ".bz2" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def write_lines(path: Path, lines: list[str]) -> Path:
    opener = bz2.open if path.suffix == ".bz2" else open
    with opener(path, "wt", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in lines))
    return path


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("quotebank")
    return {
        "quotes": generator.generate(folder / "quotes-2019.json.bz2", 400, "quotes", seed=11),
        "articles": generator.generate(folder / "quotebank-2019.json", 300, "articles", seed=12),
    }


@pytest.fixture(scope="module")
def imported(files, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("imported") / "quotes.db"
    result = runner.invoke(app, ["import", "quotebank", str(files["quotes"]), str(files["articles"]), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"Built {db}: {CURATED} curated quotes, 700 machine quotes from 2 files" in result.output
    return db


def query(db: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_curated_and_machine_quotes_are_kept_apart(imported, bundled_db):
    assert query(imported, "select provenance, count(*) from quotes group by 1 order by 1") == [("curated", CURATED), ("machine", 700)]
    curated = "select * from quotes where provenance = 'curated' order by id"
    assert query(imported, curated) == query(bundled_db, curated)
    assert query(
        imported,
        "select distinct form, claim_type, review, title, institution_id from quotes where provenance = 'machine'",
    ) == [("direct", "other", "draft", None, None)]


def test_quotation_centric_fields(imported, files):
    for record in lines_of(files["quotes"])[:50]:
        (row,) = query(
            imported,
            "select q.text, q.speaker_probability, q.num_occurrences, q.occurrence_urls, s.url, s.published, s.outlet, "
            "sp.name, sp.wikidata, sp.wikidata_candidates from quotes q join sources s on s.id = q.source_id "
            "join speakers sp on sp.id = q.speaker_id where q.id = ?",
            ["qb-" + record["quoteID"]],
        )
        text, probability, occurrences, other_urls, url, published, outlet, speaker, wikidata, candidates = row
        assert text == record["quotation"]  # verbatim
        assert probability == float(record["probas"][0][1])
        assert occurrences == record["numOccurrences"]
        assert url == record["urls"][0] and json.loads(other_urls or "[]") == record["urls"][1:]
        assert published == record["date"][:10]
        assert outlet == url.split("/")[2].removeprefix("www.")
        if record["speaker"] == "None":
            assert (speaker, wikidata, candidates) == ("Unknown speaker", None, None)
        else:
            assert speaker == record["speaker"]
            qids = record["qids"]
            assert (wikidata, json.loads(candidates) if candidates else None) == (
                (qids[0], None) if len(qids) == 1 else (None, qids)
            )


def test_article_centric_fields(imported, files):
    for article in lines_of(files["articles"])[:30]:
        ids = {n["name"]: n["ids"] for n in article["names"]}
        for q in article["quotations"]:
            (row,) = query(
                imported,
                "select q.text, q.context_left, q.context_right, q.speaker_probability, s.url, s.title, s.published, sp.name, sp.wikidata "
                "from quotes q join sources s on s.id = q.source_id join speakers sp on sp.id = q.speaker_id where q.id = ?",
                [f"qb-{q['quoteID']}-{article['articleID']}"],
            )
            assert row[:3] == (q["quotation"], q["leftContext"], q["rightContext"])
            assert row[3] == q["globalProbas"][0]["proba"]
            assert row[4:7] == (article["url"], article["title"], article["date"][:10])
            if q["globalTopSpeaker"] != "None":
                assert row[7] == q["globalTopSpeaker"]
                qids = ids[q["globalTopSpeaker"]]
                assert row[8] == (qids[0] if len(qids) == 1 else None)


def test_machine_quotes_are_searchable(imported, files):
    record = lines_of(files["quotes"])[3]
    word = max(record["quotation"].replace(".", "").split(), key=len)
    rows = query(imported, "select q.id from quotes_fts f join quotes q on q.rowid = f.rowid where quotes_fts match ?", [word])
    assert ("qb-" + record["quoteID"],) in rows
    # the curated quotes are still found too
    assert query(imported, "select count(*) from quotes_fts where quotes_fts match 'sanctions'")[0][0] >= 1


async def test_provenance_facet_in_datasette(imported):
    ds = make_datasette(imported)
    response = await ds.client.get("/quotes/quotes.json?_facet=provenance&_size=0")
    assert response.status_code == 200
    results = {r["value"]: r["count"] for r in response.json()["facet_results"]["provenance"]["results"]}
    assert results == {"machine": 700, "curated": CURATED}


def test_progress_reports_every_byte(files, tmp_path):
    seen = []
    build_with_quotebank([files["quotes"], files["articles"]], tmp_path / "q.db", progress=seen.append)
    assert sum(seen) == files["quotes"].stat().st_size + files["articles"].stat().st_size


def test_same_article_from_both_forms_is_one_source(tmp_path):
    url = "https://www.example-news.com/2020/01/02/story.html"
    quote = {"quoteID": "2020-01-02-000001", "quotation": "We will see.", "speaker": "None", "qids": [], "date": "2020-01-02 10:00:00",
             "numOccurrences": 1, "probas": [["None", "0.9"]], "urls": [url], "phase": "E"}
    article = {"articleID": "2020010200000001", "articleLength": 100, "date": "2020-01-02 10:00:00", "names": [], "phase": "E",
               "quotations": [{"quoteID": "2020-01-02-000001", "quotation": "We will see.", "quotationOffset": 3, "leftContext": "",
                               "rightContext": "", "globalTopSpeaker": "None", "globalProbas": [{"proba": 0.9, "speaker": "None"}],
                               "localTopSpeaker": "None", "localProbas": [], "numOccurrences": 1}],
               "title": "A story", "url": url}
    quotes = write_lines(tmp_path / "quotes-2020.json", [json.dumps(quote)])
    articles = write_lines(tmp_path / "quotebank-2020.json", [json.dumps(article)])
    build_with_quotebank([quotes, articles], tmp_path / "q.db")
    assert query(tmp_path / "q.db", "select title, outlet from sources where url = ?", [url]) == [("A story", "example-news.com")]


GOOD = json.dumps({"quoteID": "2020-01-02-000001", "quotation": "Fine words.", "speaker": "Ana Example", "qids": ["Q1"],
                   "date": "2020-01-02 10:00:00", "numOccurrences": 2, "probas": [["Ana Example", "0.8"], ["None", "0.2"]],
                   "urls": ["https://a.example.org/1", "https://b.example.org/2"], "phase": "E"})


def bad(**changes) -> str:
    record = json.loads(GOOD)
    record["quoteID"] = "2020-01-02-000002"
    for key, value in changes.items():
        if value is KeyError:
            del record[key]
        else:
            record[key] = value
    return json.dumps(record)


@pytest.mark.parametrize(
    "line, field, message",
    [
        ('{"quoteID": "2020-01-02-000002", "quotation": ', "(json)", "not valid JSON"),
        ("[1, 2]", "(json)", "expected a JSON object"),
        (bad(quotation=KeyError), "quotation", "missing"),
        (bad(quotation=""), "quotation", "expected non-empty text"),
        (bad(speaker=3), "speaker", "expected non-empty text"),
        (bad(date="yesterday"), "date", "expected a date"),
        (bad(urls=[]), "urls", "non-empty list of URLs"),
        (bad(urls=["not a url"]), "urls.0", "not a URL"),
        (bad(probas="0.8"), "probas", "expected a list"),
        (bad(probas=[["Ana Example", "high"]]), "probas.0", "probability is not a number"),
        (bad(qids=["42"]), "qids", "Wikidata ids"),
        (bad(numOccurrences=-1), "numOccurrences", "whole number"),
        (bad(quoteID="2020-01-02-000001"), "quoteID", "duplicate quote 'qb-2020-01-02-000001'"),
    ],
)
@pytest.mark.parametrize("suffix", [".json", ".json.bz2"])
def test_malformed_line_names_file_line_field_and_keeps_previous_database(tmp_path, bundled_db, line, field, message, suffix):
    path = write_lines(tmp_path / f"quotes-2020{suffix}", [GOOD, "", line])
    db = tmp_path / "quotes.db"
    db.write_bytes(bundled_db.read_bytes())
    before = digest(db)
    result = runner.invoke(app, ["import", "quotebank", str(path), "--db", str(db)])
    assert result.exit_code == 1
    assert f"{path}:3: {field}: " in result.output and message in result.output
    assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["quotes.db", path.name])


@pytest.mark.parametrize(
    "content, line",
    [
        (lambda: bz2.compress((GOOD + "\n").encode() * 2000)[:-300], None),  # truncated download
        (lambda: (GOOD + "\n").encode() + b'{"quotation": "caf\xe9"}\n', 2),  # not UTF-8
    ],
)
def test_unreadable_file(tmp_path, content, line):
    path = tmp_path / ("quotes-2020.json.bz2" if line is None else "quotes-2020.json")
    path.write_bytes(content())
    with pytest.raises(CollectionError) as error:
        build_with_quotebank([path], tmp_path / "q.db")
    (problem,) = error.value.problems
    assert problem.path == path and problem.field == "(file)" and "cannot be read" in problem.message
    if line is not None:
        assert problem.line == line
    assert not (tmp_path / "q.db").exists()


def test_missing_file(tmp_path):
    result = runner.invoke(app, ["import", "quotebank", str(tmp_path / "nope.json.bz2"), "--db", str(tmp_path / "q.db")])
    assert result.exit_code == 1
    assert "nope.json.bz2:0: (file): no such file" in result.output


def test_a_second_process_parses_large_files_with_the_same_result(files, tmp_path, monkeypatch):
    from quotes import quotebank

    build_with_quotebank([files["quotes"], files["articles"]], tmp_path / "inline.db")
    monkeypatch.setattr(quotebank, "PARALLEL_BYTES", 0)
    seen = []
    build_with_quotebank([files["quotes"], files["articles"]], tmp_path / "parallel.db", progress=seen.append)
    assert sum(seen) == files["quotes"].stat().st_size + files["articles"].stat().st_size
    every = "select q.rowid, q.*, s.* from quotes q join sources s on s.id = q.source_id order by q.rowid"
    assert query(tmp_path / "parallel.db", every) == query(tmp_path / "inline.db", every)
    schema = "select type, name, sql from sqlite_master order by name"
    assert query(tmp_path / "parallel.db", schema) == query(tmp_path / "inline.db", schema)


def test_a_second_process_reports_the_malformed_line(tmp_path, monkeypatch):
    from quotes import quotebank

    monkeypatch.setattr(quotebank, "PARALLEL_BYTES", 0)
    path = write_lines(tmp_path / "quotes-2020.json.bz2", [GOOD] * 1 + [bad(quoteID=f"2020-01-02-{n:06d}") for n in range(2, 30)] + [bad(date="soon")])
    with pytest.raises(CollectionError) as error:
        build_with_quotebank([path], tmp_path / "q.db")
    assert [str(p) for p in error.value.problems] == [f"{path}:30: date: expected a date YYYY-MM-DD..., got 'soon'"]
    assert not (tmp_path / "q.db").exists()


def test_indexes_are_back_after_the_import(imported, bundled_db):
    indexes = "select name, sql from sqlite_master where type = 'index' order by name"
    assert query(imported, indexes) == query(bundled_db, indexes)


def load_script(name: str):
    path = SCRIPT.parent / f"{name}.py"
    module_spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


def test_benchmark_scripts_print_their_figures(tmp_path, capsys):
    """Smoke test on a small N: the figures themselves are for scripts, never asserted here."""
    assert load_script("bench_build").main(["--quotes", "1500", "--workdir", str(tmp_path)]) == 0
    build = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert build["quotes"] == 1500
    assert set(build) >= {"quotes_per_s", "raw_quotes_per_s", "peak_rss_mb", "bytes_per_quote", "raw_bytes_per_quote"}
    assert build["peak_rss_mb"] > 0 and abs(build["size_ratio"] - build["bytes_per_quote"] / build["raw_bytes_per_quote"]) < 0.01
    assert load_script("bench_search").main(["--quotes", "1500", "--workdir", str(tmp_path)]) == 0
    search = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert search["searches"] == 200 and set(search) >= {"p50_ms", "p95_ms", "raw_p95_ms", "facet_max_ms"}
    assert search["facet_pages"] == 16 and search["facets_timed_out"] == []
