"""The roles stage: a named person's title and institution read by the shipped CRF tagger."""

import pytest

from quotes.extraction import extract_text
from quotes.extraction.roles import LABELS, Parsed, RoleModel, article_roles, marks, sentence_role, spans, viterbi


def test_tokens_keep_their_offsets_and_a_possessive_apart():
    sentence = "Sample Bank's chief economist, Jane O'Roe, said U.S. rates (AT&T) rose."
    tokens = Parsed(sentence).tokens
    assert [t.text for t in tokens][:4] == ["Sample", "Bank", "'s", "chief"]
    assert "O'Roe" in [t.text for t in tokens] and "AT&T" in [t.text for t in tokens]
    assert all(sentence[t.start:t.end] == t.text for t in tokens)


def test_viterbi_weighs_transitions_against_emissions():
    labels = ("O", "T")
    # alone, the middle token prefers O; the transitions make T-T-T the better path
    rows = [[0.0, 2.0], [0.5, 0.0], [0.0, 2.0]]
    assert viterbi(rows, [[0.0, 0.0], [0.0, 0.0]], labels) == ["T", "O", "T"]
    assert viterbi(rows, [[0.0, -1.0], [-1.0, 0.6]], labels) == ["T", "T", "T"]


def test_spans_of_a_label_sequence():
    labels = ["B-T", "I-T", "O", "B-I", "I-I", "I-I", "B-T"]
    assert spans(labels, "T") == [(0, 2), (6, 7)]
    assert spans(labels, "I") == [(3, 6)]


def test_a_model_round_trips_through_json():
    model = RoleModel({"labels": list(LABELS), "transitions": [[0.0] * 5 for _ in LABELS],
                       "features": {"w=economist": {"B-T": 2.5}, "bias": {"O": 1.0}}})
    assert RoleModel(model.as_json()).weights == model.weights
    parsed = Parsed("Jane Roe, economist, said so.")
    labels, start = model.tag(parsed, parsed.span_of("Jane Roe"))
    assert start == 0 and labels[3] == "B-T" and labels.count("B-T") == 1


@pytest.mark.parametrize("sentence, expected", [
    ("Jane Roe, chief economist at Sample Bank, said rates would rise.", ("chief economist", "Sample Bank")),
    ("Sample Bank chief economist Jane Roe said rates would rise.", ("chief economist", "Sample Bank")),
    ("Rates will rise, said Jane Roe, a professor of economics at the University of Sampleton.",
     ("professor of economics", "University of Sampleton")),
    ("Jane Roe said the bank would act.", (None, None)),
])
def test_the_shipped_model_reads_roles_printed_with_a_name(sentence, expected):
    assert sentence_role(sentence, "Jane Roe") == expected


def test_a_sentence_that_does_not_print_the_name_says_nothing():
    assert sentence_role("The bank's chief economist said rates would rise.", "Jane Roe") is None


def test_an_article_gives_each_person_the_role_printed_with_their_name():
    sentences = ["Rates will rise, Jane Roe, chief economist at Sample Bank, said on Monday.",
                 "Roe said the bank would act.",
                 "John Doe said nothing.",
                 "Doe, a fund manager at Example Capital, disagreed."]
    roles = article_roles(sentences, ["Jane Roe", "John Doe"])
    assert roles["Jane Roe"] == ("chief economist", "Sample Bank")
    assert roles["John Doe"] == ("fund manager", "Example Capital")


def test_the_pipeline_asks_the_tagger_by_default_and_keeps_the_rules_on_request():
    body = ("Rates will rise next year, Jane Roe, chief economist at Sample Bank, said on Monday.\n\n"
            "\"We expect two more increases,\" Roe said.")
    learned = extract_text(body)
    assert {(q.speaker, q.title, q.institution) for q in learned} == {("Jane Roe", "chief economist", "Sample Bank")}
    no_model = RoleModel({"labels": list(LABELS), "transitions": [[0.0] * 5 for _ in LABELS], "features": {}})
    by_rules = extract_text(body, roles=False)
    assert [(q.title, q.institution) for q in extract_text(body, roles=no_model)] == \
        [(q.title, q.institution) for q in by_rules]  # a tagger that reads nothing leaves the rules' reading


def test_the_rules_reading_stands_unless_the_tagger_is_sure():
    # a tagger that reads 'economist' as a title and every token as outside a role by 1.0 a token
    model = RoleModel({"labels": list(LABELS), "transitions": [[0.0] * 5 for _ in LABELS],
                       "features": {"w=economist": {"B-T": 5.0}, "bias": {"O": 1.0}}})
    parsed = Parsed("Jane Roe, economist at Sample Bank, said so.")
    span = parsed.span_of("Jane Roe")
    rules = marks(parsed, span, prior=("economist at Sample Bank", None))
    # the rules' four-token title scores 3.0 below the tagger's one-token title
    assert model.tag(parsed, span, rules)[0][3:7] == ["B-T", "O", "O", "O"]
    assert model.tag(parsed, span, rules, margin=4.0)[0][3:7] == ["B-T", "I-T", "I-T", "I-T"]
    assert model.tag(parsed, span, rules, margin=2.0)[0][3:7] == ["B-T", "O", "O", "O"]


def test_the_tagger_mends_the_rules_role_but_does_not_choose_another():
    model = RoleModel({"labels": list(LABELS), "transitions": [[0.0] * 5 for _ in LABELS],
                       "features": {"w=chairman": {"B-T": 20.0}, "w=analyst": {"B-T": 20.0}, "bias": {"O": 1.0}}})
    # a second role elsewhere in the sentence: the choice between two roles stays with the rules
    parsed = Parsed("Panel chairman Jane Roe, who is also an economist at Sample Bank, said so.")
    span = parsed.span_of("Jane Roe")
    rules = marks(parsed, span, prior=("economist", "Sample Bank"))
    labels, _ = model.tag(parsed, span, rules, margin=5.0)
    assert labels[1] == "O" and labels[parsed.texts.index("economist")] == "B-T"
    # the words of the rules' role itself: the tagger may mend it
    parsed = Parsed("Sample & Company analyst Jane Roe said so.")
    span = parsed.span_of("Jane Roe")
    rules = marks(parsed, span, prior=("& Company analyst", "Sample"))
    labels, _ = model.tag(parsed, span, rules, margin=5.0)
    assert labels[:4] == ["O", "O", "O", "B-T"]


def test_a_country_read_as_an_institution_leaves_the_rules_reading():
    from quotes.extraction.mentions import Mention
    from quotes.extraction.roles import _combined

    rules = Mention("Jane Roe", "Jane Roe", "person", title="UK director", institution="More in Common")
    # a country is no institution (annotations/README.md): the rules' reading stands
    assert _combined("", ("director of the More in Common think-tank", "UK"), rules) == ("UK director", "More in Common")
    assert _combined("", ("director", "Sample Institute"), rules) == ("director", "Sample Institute")


def test_a_degree_read_as_an_institution_leaves_the_rules_reading():
    from quotes.extraction.mentions import Mention
    from quotes.extraction.roles import _combined

    # ('Jane Roe, MD, associate medical director at Sample Health, said': the degree is no employer)
    rules = Mention("Jane Roe", "Jane Roe", "person", title="associate medical director", institution="Sample Health")
    assert _combined("", ("associate medical director", "MD"), rules) == ("associate medical director", "Sample Health")


@pytest.mark.parametrize("learned, rules_role, expected", [
    # a country of two words, a nationality, a span of time: no institution
    (("climate envoy", "Marshall Islands"), ("Marshall Islands climate envoy", None), ("Marshall Islands climate envoy", None)),
    (("Vice President", "Costa Rican"), ("Costa Rican Vice President", None), ("Costa Rican Vice President", None)),
    (("forecaster", "Sample Office for 42 years"), ("forecaster", None), ("forecaster", None)),
    # when the role was held, printed by the rules, stays with the tagger's title
    (("resident coordinator", "UN"), ("acting resident coordinator", "UN"), ("acting resident coordinator", "UN")),
    # a rank alone is no role where the rules read one
    (("Councillor", None), ("leader", "Sampleshire County Council"), ("leader", "Sampleshire County Council")),
    (("Vice Adm.", "Sample Committee on Intelligence"), ("director", "Sample Intelligence Agency"),
     ("director", "Sample Intelligence Agency")),
])
def test_what_the_tagger_reads_that_names_no_institution_or_drops_when_held(learned, rules_role, expected):
    from quotes.extraction.mentions import Mention
    from quotes.extraction.roles import _combined

    rules = Mention("Jane Roe", "Jane Roe", "person", title=rules_role[0], institution=rules_role[1])
    assert _combined("", learned, rules) == expected


def test_a_service_with_its_rank_read_as_an_institution_leaves_the_rules_reading():
    from quotes.extraction.mentions import Mention
    from quotes.extraction.roles import _combined

    # ('Army Brig. Gen. Jane Roe': the rank is her title, the service her institution)
    rules = Mention("Jane Roe", "Jane Roe", "person", title="Brig. Gen.", institution="Army")
    assert _combined("", (None, "Army Brig."), rules) == ("Brig. Gen.", "Army")


def test_one_of_two_organisations_before_a_role_leaves_the_rules_reading():
    from quotes.extraction.mentions import Mention
    from quotes.extraction.roles import _combined

    # (news-dev: 'Former Tottenham Hotspur and Manchester United striker Dimitar Berbatov', whole as printed)
    whole = "Former Sample United and Sample City striker"
    rules = Mention("Tom Reed", "Tom Reed", "person", title=whole, institution=None)
    assert _combined("", ("striker", "Sample City"), rules) == (whole, None)
    assert _combined("", ("striker", "Sample United"), rules) == (whole, None)
    # an institution the rules' coordination does not hold is still the tagger's to read
    single = Mention("Tom Reed", "Tom Reed", "person", title="Sample City striker", institution=None)
    assert _combined("", ("striker", "Sample City"), single) == ("striker", "Sample City")


def test_a_split_of_the_rules_title_needs_no_margin():
    # a tagger that reads 'Sample' (or 'Health') as an institution and 'spokesman' as a title, a little above the
    # rules' whole title
    model = RoleModel({"labels": list(LABELS), "transitions": [[0.0] * 5 for _ in LABELS],
                       "features": {"w=sample": {"B-I": 1.5}, "w=health": {"B-I": 1.5}, "w=spokesman": {"B-T": 1.5}}})
    parsed = Parsed("Sample spokesman Jane Roe said so.")
    span = parsed.span_of("Jane Roe")
    whole = marks(parsed, span, prior=("Sample spokesman", None))
    assert model.tag(parsed, span, whole, margin=5.0)[0][:2] == ["B-I", "B-T"]
    # where the rules read an institution, or the words before the office name a portfolio, the margin holds
    paired = marks(parsed, span, prior=("Sample spokesman", "Sample"))
    assert model.tag(parsed, span, paired, margin=5.0)[0][:2] == ["B-T", "I-T"]
    parsed = Parsed("Health spokesman Jane Roe said so.")
    state = marks(parsed, parsed.span_of("Jane Roe"), prior=("Health spokesman", None))
    assert model.tag(parsed, parsed.span_of("Jane Roe"), state, margin=5.0)[0][:2] == ["B-T", "I-T"]


@pytest.mark.parametrize("sentence, expected", [
    ("PSC Communications Director Jane Roe said rates will rise.", ("Communications Director", "PSC")),
    ("Pentagon press secretary Jane Roe said the talks will go on.", ("press secretary", "Pentagon")),
    ("Jane Roe, public relations for Sample Convention and Tourism Bureau, said visits will rise.",
     ("public relations", "Sample Convention and Tourism Bureau")),
])
def test_the_shipped_model_splits_an_organisation_from_the_title_the_rules_kept_whole(sentence, expected):
    assert [(q.title, q.institution) for q in extract_text(sentence, roles=False)] != [expected]
    assert [(q.title, q.institution) for q in extract_text(sentence)] == [expected]


def test_a_capital_the_printed_inside_a_sentence_stays_in_the_tagger_s_institution():
    from quotes.extraction.mentions import clean_role

    assert clean_role("meteorologist", "The Sample Network") == ("meteorologist", "The Sample Network")
    assert clean_role("economist", "the Sample Bank") == ("economist", "Sample Bank")


def test_the_tagger_does_not_read_the_rules_institution_into_the_title():
    # a tagger sure that 'at Sample Bank' (or 'at Sample') belongs to the title
    model = RoleModel({"labels": list(LABELS), "transitions": [[0.0] * 5 for _ in LABELS],
                       "features": {"w=economist": {"B-T": 20.0}, "w=at": {"I-T": 20.0}, "w=sample": {"I-T": 20.0},
                                    "w=bank": {"I-T": 20.0}}})
    parsed = Parsed("Jane Roe, economist at Sample Bank, said so.")
    span = parsed.span_of("Jane Roe")
    rules = marks(parsed, span, prior=("economist", "Sample Bank"))
    assert model.tag(parsed, span, rules, margin=5.0)[0][3:7] == ["B-T", "O", "B-I", "I-I"]
    # a body of one word the rules read is the tagger's to mend
    parsed = Parsed("Jane Roe, economist at Sample, said so.")
    span = parsed.span_of("Jane Roe")
    rules = marks(parsed, span, prior=("economist", "Sample"))
    assert model.tag(parsed, span, rules, margin=5.0)[0][3:6] == ["B-T", "I-T", "I-T"]
