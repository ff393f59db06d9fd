"""Quotation marks and sentences: pairing, British single marks, datelines, dashes."""

import pytest
from extracted import only, quotes_of


@pytest.mark.parametrize("body", [
    '"Rates will stay high for a while," said Jane Doe, an economist at Example Bank.',
    "“Rates will stay high for a while,” said Jane Doe, an economist at Example Bank.",
])
def test_straight_and_curly_quotes(body):
    q = only(body)
    assert q.text == "Rates will stay high for a while"
    assert (q.form, q.speaker, q.title, q.institution) == ("direct", "Jane Doe", "economist", "Example Bank")

def test_apostrophes_inside_words_do_not_end_a_quote():
    q = only("“It’s the market’s mood, and it isn’t going to change soon,” said Tom Rivera.")
    assert q.text == "It’s the market’s mood, and it isn’t going to change soon"
    assert q.speaker == "Tom Rivera"

def test_quote_split_by_its_attribution():
    found = quotes_of("Ana Lopez runs the lab.\n\n“The first trial went well,” Lopez said. “The second will start in May.”")
    assert [q.text for q in found] == ["The first trial went well", "The second will start in May."]
    assert {q.speaker for q in found} == {"Ana Lopez"}

def test_an_opening_mark_printed_against_the_stop_opens_a_sentence():
    body = "Ana Lopez runs the lab.“The first trial went well,” Lopez said. “The second will start in May.”"
    assert [q.text for q in quotes_of(body)] == ["The first trial went well", "The second will start in May."]

def test_quote_running_over_paragraphs():
    body = ("Mary Smith, chief economist at Foo Capital, said: “Inflation has peaked in most places.\n\n"
            "“But wages will keep rising through next year.”")
    found = quotes_of(body)
    assert [q.text for q in found] == ["Inflation has peaked in most places.", "But wages will keep rising through next year."]
    assert all(q.speaker == "Mary Smith" and q.institution == "Foo Capital" for q in found)

@pytest.mark.parametrize("body", [
    "''We will not raise taxes,'' Jane Roe said.",
    "“We will not raise taxes,’’ Jane Roe said.",  # a curly closing mark printed as two apostrophes
    "‘‘We will not raise taxes,’’ Jane Roe said.",
])
def test_double_apostrophes_are_quotation_marks(body):
    q = only(body)
    assert (q.text, q.form, q.speaker) == ("We will not raise taxes", "direct", "Jane Roe")

def test_unattributed_quoted_paragraph_continues_the_speaker():
    body = ("Tom Rivera said: “The storm is over.\n\n“We will rebuild the pier by summer.\n\n"
            "“Nobody was hurt, and that is what matters.”")
    found = quotes_of(body)
    assert len(found) == 3 and {q.speaker for q in found} == {"Tom Rivera"}

def test_british_single_quotation_marks():
    found = quotes_of("‘The players’ union backs us,’ said Tom Smith. ‘Nobody doubts it.’")
    assert [q.text for q in found] == ["The players’ union backs us", "Nobody doubts it."]
    assert {q.speaker for q in found} == {"Tom Smith"}

@pytest.mark.parametrize("body, text", [
    ("BOSTON — Sea levels are rising faster than thought, Ana Ruiz said.", "Sea levels are rising faster than thought"),
    ("BOSTON (AP) -- Sea levels are rising faster than thought, Ana Ruiz said.", "Sea levels are rising faster than thought"),
    ("LIMA, Peru (Wire) - Sea levels are rising faster than thought, Ana Ruiz said.", "Sea levels are rising faster than thought"),
    ("(The Daily) - Sea levels are rising faster than thought, Ana Ruiz said.", "Sea levels are rising faster than thought"),
])
def test_a_dateline_is_never_part_of_a_statement(body, text):
    assert only(body).text == text


def test_a_dateline_with_a_colon_opening_the_article_is_no_part_of_a_statement():
    q = only("KUALA LUMPUR: House prices are set to plunge again, according to Sample Economics.")
    assert q.text == "House prices are set to plunge again"


def test_capitals_and_a_colon_later_in_an_article_are_kept():
    body = "Prices rose again, Sample Economics said.\n\nROE: Prices will keep rising, the bank said."
    assert quotes_of(body)[-1].text.startswith("ROE: ")


def test_a_dateline_with_a_bar_is_no_part_of_the_source():
    q = only("Sampleton| Some analysts believe that the delay could mean the count is going badly.")
    assert (q.speaker, q.text) == ("Some analysts", "the delay could mean the count is going badly")

def test_a_typewriter_double_hyphen_is_a_dash():
    q = only("Fresh data confirm a slowdown -- perhaps as soon as next month -- a think tank said Friday.")
    assert q.text == "Fresh data confirm a slowdown -- perhaps as soon as next month"
    assert q.speaker == "a think tank"

def test_a_quoted_show_title_is_no_statement():
    found = quotes_of("“We will win,” he said on NBC’s “Meet the Press”.")
    assert [q.text for q in found] == ["We will win"]

def test_a_long_question_quote_before_said_is_still_a_quote():
    q = only("“But how much money do you want to spend on a discovery that might have a very low probability?” "
             "said Tom Reed, a planetary scientist.")
    assert (q.speaker, q.title) == ("Tom Reed", "planetary scientist")


def test_quoted_paragraphs_run_together_start_an_entry_at_each_opening_mark():
    # a stored copy that joins a quote's paragraphs keeps their opening marks and drops the closes
    found = quotes_of("“We will win,” Jane Roe told the Sample Times. “I’m hoping to be in government after March 8. "
                      "“The swing is on. I think it’s going to be a close call. “A lot of people voted for us.” "
                      "The title has gone to Roe.")
    assert [q.text for q in found] == ["We will win", "I’m hoping to be in government after March 8.",
                                       "The swing is on. I think it’s going to be a close call.",
                                       "A lot of people voted for us."]
    assert {q.speaker for q in found} == {"Jane Roe"}


def test_initials_do_not_end_a_sentence():
    from extracted import only
    q = only("“I want to thank all of the teams,” said Samplecorp chairman and CEO J.T. Roe, in a statement.")
    assert (q.speaker, q.title, q.institution) == ("J.T. Roe", "chairman and CEO", "Samplecorp")


def test_a_capital_printed_against_a_closing_mark_opens_a_sentence():
    # '… a paleo-precipitation proxy.”Using X-ray …': the quote ends its sentence, the writer's words open the next
    found = quotes_of("“This ratio becomes a record,” Jane Roe said. “We call this a proxy.”Using X-ray methods, "
                      "they found a dry century.")
    assert [(q.speaker, q.text) for q in found] == [("Jane Roe", "This ratio becomes a record"),
                                                     ("Jane Roe", "We call this a proxy.")]


def test_the_sentence_before_a_statement_is_the_one_printed_before_its_own():
    from quotes.extraction.sentences import reading, sentence_before

    body = "Exports fell by a fifth in May.\n\nAnalysts said the strong currency was to blame. “It hurt,” one said."
    read = reading(body)
    assert sentence_before(read, body.index("the strong")) == (0, body.index(".") + 1)
    assert body[slice(*sentence_before(read, body.index("It hurt")))].startswith("Analysts said")
    assert sentence_before(read, body.index("by a fifth")) is None  # (the article's first sentence)


def test_a_short_quote_left_open_after_a_colon_runs_over_paragraphs():
    body = "Jane Roe wants new faces. She said: “I hope so, yes.\n\n“But it is very difficult for all of the clubs.”"
    found = quotes_of(body)
    assert [(q.speaker, q.text) for q in found] == [("Jane Roe", "I hope so, yes."),
                                                     ("Jane Roe", "But it is very difficult for all of the clubs.")]


@pytest.mark.parametrize("body, found", [
    # marks round the name of a show quote nobody: the source's words and the quote after it read on
    ("“There is a fever that takes over,” said Tom Reed on “The Sample Show” podcast on Wednesday. “My expectation "
     "is that prices will slow.”",
     [("Tom Reed", "There is a fever that takes over"), ("Tom Reed", "My expectation is that prices will slow.")]),
    ("Tom Reed told “Sample Today” that prices will fall.", [("Tom Reed", "prices will fall")]),
    ("Prices will fall, Tom Reed told “Sample Today” on Wednesday.", [("Tom Reed", "Prices will fall")]),
    # (a few words closed by a comma are a quote)
    ("“Never again,” said Tom Reed.", [("Tom Reed", "Never again")]),
])
def test_the_name_of_a_show_in_quotation_marks_is_no_quote(body, found):
    assert [(q.speaker, q.text) for q in quotes_of(body)] == found


def test_a_capital_printed_against_the_stop_after_a_word_opens_a_sentence():
    body = ("Turnout will be close, Tom Reed said.With such a close race, last-minute factors may come into play, "
            "Sample experts said.In past elections, some voters stayed away.")
    assert [(q.speaker, q.text) for q in quotes_of(body)] == [
        ("Tom Reed", "Turnout will be close"),
        ("Sample experts", "With such a close race, last-minute factors may come into play")]
