"""Claim types (a linear model over named features of the language), hedges and stated probabilities."""

import pytest
from extracted import only

from quotes.extraction.claims import CLAIM_TYPES, claim_group, claim_scores, claim_type, features


@pytest.mark.parametrize("text, feature", [
    ("prices will fall", "future"),
    ("we’ll see a recovery", "future"),
    ("rates are going to rise next year", "future"),
    ("the board said output would rise", "would"),
    ("prices would not have been as high without the war", "counterfactual"),
    ("he could have won the race", "counterfactual"),
    ("prices fell because demand collapsed", "causal_connective"),
    ("the drop was due to weak demand", "causal_expression"),
    ("the rise is attributable to the drought", "causal_expression"),
    ("the government should cut taxes", "deontic"),
    ("they called on the government to act", "deontic"),
    ("a second wave is building", "progressive"),
    ("if rates rise, sales will fall", "conditional"),
    ("sales may fall", "epistemic"),
    ("by 2030 the fleet will be electric", "horizon_year"),
    ("we want to get better every game", "intention"),
    ("the global reach is unprecedented", "copula_adjective"),
])
def test_features_are_grounded_in_grammar(text, feature):
    assert features(text)[feature] == 1.0


def test_no_future_feature_in_a_plain_past():
    f = features("the company reported a loss last year")
    assert f["future"] == 0 and f["would"] == 0 and f["past"] == 1


@pytest.mark.parametrize("cue, kind", [("predicted", "cue_forecast"), ("vowed", "cue_commit"), ("explained", "cue_explain"),
                                       ("said", "cue_assert"), ("according to", "cue_according"), ("", "cue_none")])
def test_the_reporting_verb_class_is_a_feature(cue, kind):
    assert features("prices rose", cue)[kind] == 1.0


def test_scores_are_probabilities_over_the_six_types():
    scores = claim_scores("Oil prices will rise next year", "said")
    assert set(scores) <= set(CLAIM_TYPES) and abs(sum(scores.values()) - 1) < 1e-9
    assert claim_type("Oil prices will rise next year", "predicted") == "prediction"


@pytest.mark.parametrize("kind", ["prediction", "explanation"])
def test_three_way_groups(kind):
    assert claim_group(kind) == kind
    assert {claim_group(k) for k in ("assessment", "recommendation", "fact", "other")} == {"other"}


@pytest.mark.parametrize("body, hedge, probability", [
    ("Ravi Patel said prices would likely fall next year.", "likely", 0.675),
    ("Ravi Patel said there was a 70% chance of rain tomorrow.", None, 0.7),
])
def test_a_predictions_hedge_and_probability(body, hedge, probability):
    q = only(body)
    assert q.claim_type == "prediction"
    assert q.hedge == hedge
    assert q.probability == probability
