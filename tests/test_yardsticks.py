import pytest

from quotes.yardsticks import YARDSTICKS, load_yardstick, probability_of


def test_names():
    assert "icd203_2015" in YARDSTICKS
    assert "ipcc_ar5" in YARDSTICKS and "kent_1964" in YARDSTICKS


@pytest.mark.parametrize("hedge, expected", [
    ("likely", 0.675),           # ICD 203 band 55-80
    ("very likely", 0.875),
    ("unlikely", 0.325),
    ("almost certainly", 0.97),
    ("roughly even chance", 0.5),
    ("will", 0.875),             # a modal of near-certainty reads as "very likely"
    ("could", 0.5),
    ("highly unlikely", 0.125),
    ("imminent", 0.875),         # words of the bundled collection's officials: an event about to happen
    ("inevitable", 0.97),
    ("genuine possibility", 0.5),
    ("predicted", 0.675),
    ("expectations are", 0.675),
])
def test_icd203_midpoints_by_default(hedge, expected):
    assert probability_of(hedge) == pytest.approx(expected)


@pytest.mark.parametrize("negated, positive", [("would not", "would"), ("will not", "will"), ("won't", "will"),
                                               ("won’t", "will"), ("could not", "could")])
def test_negated_hedges_carry_the_same_confidence(negated, positive):
    assert probability_of(negated) == probability_of(positive)


def test_other_yardsticks():
    assert probability_of("likely", "ipcc_ar5") == pytest.approx(0.83)
    assert probability_of("probable", load_yardstick("kent_1964")) == pytest.approx(0.75)


def test_no_hedge():
    assert probability_of(None) is None
    assert probability_of("") is None
    assert probability_of("banana") is None
    # Words that put a low chance on the event a denial rules out: not read as the denial's confidence.
    assert probability_of("very little possibility") is None
    assert probability_of("little or no chance") is None


def test_unknown_yardstick():
    with pytest.raises(KeyError, match="icd203_2015"):
        load_yardstick("nope")


def test_every_band_has_a_source():
    for name in YARDSTICKS:
        for band in load_yardstick(name).bands:
            assert band.source and 0 <= band.low <= band.high <= 100
