"""Claim types, hedges and stated probabilities."""

import pytest
from extracted import only


@pytest.mark.parametrize("body, claim_type, hedge, probability", [
    ("Ravi Patel said prices would likely fall next year.", "prediction", "likely", 0.675),
    ("Ravi Patel said the government would not raise taxes.", "prediction", "would not", 0.875),
    ("Ravi Patel said prices fell because demand collapsed.", "explanation", None, None),
    ("Ravi Patel said the report was long.", "other", None, None),
    ("Ravi Patel said there was a 70% chance of rain tomorrow.", "prediction", None, 0.7),
])
def test_claim_type_hedge_and_probability(body, claim_type, hedge, probability):
    q = only(body)
    assert q.claim_type == claim_type
    assert q.hedge == hedge
    assert q.probability == probability

@pytest.mark.parametrize("body, kind", [
    ("Higher taxes appear to be in the cards, Tom Reed said.", "prediction"),
    ("Tom Reed said the board expects the council to lift its limit before the end of 2030.", "prediction"),
    ("Tom Reed said prices would fall before the end of the year.", "prediction"),
    ("Tom Reed said the tanks have likely been filled already.", "other"),
])
def test_claims_about_the_future(body, kind):
    assert only(body).claim_type == kind

@pytest.mark.parametrize("body, kind", [
    ("Ana Ruiz said the flu changes every year, and a universal vaccine would be best.", "other"),
    ("“We really want people to get a vaccine early,” said Ana Ruiz.", "other"),
])
def test_recommendations_and_wishes_are_other(body, kind):
    assert only(body).claim_type == kind

@pytest.mark.parametrize("text, kind", [
    ("we could have a recession", "prediction"),
    ("he could have won the race", "other"),
])
def test_could_have_a_noun_is_future_could_have_won_is_not(text, kind):
    from quotes.extraction.claims import claim_type
    assert claim_type(text) == kind

@pytest.mark.parametrize("text, kind", [
    ("We are hoping to get 70 votes", "prediction"),
    ("Oil rose to a one-year high on optimism regarding a deal", "explanation"),
])
def test_hopes_and_market_moves_with_a_cause(text, kind):
    from quotes.extraction.claims import claim_type
    assert claim_type(text) == kind

@pytest.mark.parametrize("text", ["a pandemic is still imminent", "the outbreak has the potential to turn into a pandemic"])
def test_imminent_and_potential_are_about_the_future(text):
    from quotes.extraction.claims import claim_type
    assert claim_type(text) == "prediction"

@pytest.mark.parametrize("text, kind", [
    ("So we have a lot ahead of us", "prediction"),
    ("This threat is not going away", "prediction"),
    ("they are ready to make a final deal", "prediction"),
    ("how much money do you want to spend on it?", "other"),
])
def test_more_ways_of_speaking_about_the_future(text, kind):
    from quotes.extraction.claims import claim_type
    assert claim_type(text) == kind

@pytest.mark.parametrize("text, kind", [
    ("We cannot exclude the possibility of larger aftershocks", "prediction"),
    ("it means we can expect some large quakes", "prediction"),
    ("sales rose as expected", "other"),
    ("the governor had not ruled out the possibility of a cut", "other"),
])
def test_possibilities_and_expectations(text, kind):
    from quotes.extraction.claims import claim_type
    assert claim_type(text) == kind
