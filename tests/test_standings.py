"""Scorecards side by side: unnamed sources apart and unranked, a minimum before a rank, references stated."""

from __future__ import annotations

import math
import re

import pytest
import sqlite_utils
from typer.testing import CliRunner

from quotes.cli import app
from quotes.scoring import scoreboard
from quotes.standings import MIN_SCORED_FOR_RANK, REFERENCES, speaker_kinds, standings, wilson

runner = CliRunner()


def card(group_id, scored, brier, name=None):
    return {"group_id": group_id, "group_name": name or group_id.title(), "scored": scored, "brier": brier}


def test_seed_ranks_nobody_and_keeps_experts_apart(seed_db):
    db = sqlite_utils.Database(seed_db)
    split = standings(scoreboard(db), speaker_kinds(db))
    assert split.ranked == []  # nobody has MIN_SCORED_FOR_RANK scored predictions yet
    assert [c["group_id"] for c in split.unranked] == ["antony-blinken", "choe-son-hui", "choi-kang"]  # by name
    assert [c["group_id"] for c in split.unnamed] == ["experts"]
    assert all(c["rank"] is None for c in split.cards())


def test_seed_with_a_lower_minimum_ties_share_a_rank(seed_db):
    db = sqlite_utils.Database(seed_db)
    split = standings(scoreboard(db), speaker_kinds(db), minimum=1)
    assert [(c["group_id"], c["rank"]) for c in split.ranked] == [("antony-blinken", 1), ("choe-son-hui", 1), ("choi-kang", 3)]
    assert [c["group_id"] for c in split.unnamed] == ["experts"]  # never ranked, however many scored


def test_rank_by_brier_from_the_minimum():
    cards = [
        card("a", MIN_SCORED_FOR_RANK, 0.20), card("b", MIN_SCORED_FOR_RANK + 3, 0.10), card("c", MIN_SCORED_FOR_RANK, 0.20),
        card("d", MIN_SCORED_FOR_RANK - 1, 0.01), card("e", 0, None), card("crowd", 50, 0.001),
    ]
    split = standings(cards, {"crowd": "group", "a": "person", "b": "organization"})
    assert [(c["group_id"], c["rank"]) for c in split.ranked] == [("b", 1), ("a", 2), ("c", 2)]
    assert [c["group_id"] for c in split.unranked] == ["d", "e"]
    assert [c["group_id"] for c in split.unnamed] == ["crowd"]
    assert [c["standing"] for c in split.cards()] == ["ranked"] * 3 + ["unranked"] * 2 + ["unnamed"]


def test_references_are_what_always_saying_half_scores():
    assert REFERENCES["brier"] == (0.5 - 1) ** 2 == (0.5 - 0) ** 2
    assert REFERENCES["log_score"] == pytest.approx(-0.693, abs=5e-4) and REFERENCES["log_score"] == math.log(0.5)


def test_wilson_agrees_with_the_scorecards_view(seed_db):
    for c in scoreboard(sqlite_utils.Database(seed_db)):
        assert wilson(c["hits"], c["scored"]) == pytest.approx((c["hit_rate_low"], c["hit_rate_high"]))
    low, high = wilson(3, 3)
    assert (round(low * 100), round(high * 100)) == (44, 100)


def test_cli_lists_unnamed_apart_and_states_references(seed_db):
    result = runner.invoke(app, ["scoreboard", str(seed_db)], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    named, unnamed = result.stdout.split("Unnamed sources and groups: not ranked")
    assert "Choi Kang" in named and "experts" not in named.split("calibration")[0]
    assert re.search(r"│ —\s+│ experts", unnamed)
    assert "Always saying 50% scores Brier 0.250 and log score -0.693." in result.stdout
    assert f"from {MIN_SCORED_FOR_RANK} scored predictions" in result.stdout


def test_cli_json_carries_rank_and_standing(seed_db):
    import json

    cards = json.loads(runner.invoke(app, ["scoreboard", str(seed_db), "--format", "json"]).stdout)
    assert [(c["group_id"], c["standing"], c["rank"]) for c in cards][-1] == ("experts", "unnamed", None)


async def test_index_shows_unnamed_sources_apart(seed_ds):
    html = (await seed_ds.client.get("/-/scorecards")).text
    named = html.split('id="named-speakers"')[1].split('id="unnamed-speakers"')[0]
    unnamed = html.split('id="unnamed-speakers"')[1].split('id="institutions"')[0]
    assert "/-/scorecard/speaker/choi-kang" in named and "/-/scorecard/speaker/experts" not in named
    assert "/-/scorecard/speaker/experts" in unnamed
    assert "always 50%: 0.25" in html and "always 50%: -0.693" in html
    assert f"at least {MIN_SCORED_FOR_RANK} scored predictions" in html


async def test_index_states_the_partial_rule_the_views_apply(seed_ds):
    # The views score partial as half true and half false, never as an outcome of 0.5.
    html = (await seed_ds.client.get("/-/scorecards")).text
    assert "half a true and half a false outcome" in html
    assert "<code>partial</code> 0.5" not in html


async def test_calibration_dots_carry_their_interval(seed_ds):
    html = (await seed_ds.client.get("/-/scorecard/speaker/experts")).text
    assert html.count('<line class="interval"') == html.count('<circle class="bin"') == 2
    assert "95% interval 21–100%" in html  # 1 of 1 in the 60–70% bin
    assert "95% interval 34–100%" in html  # 2 of 2 in the 80–90% bin
    assert 'class="unnamed-note"' in html and 'href="/quotes/speakers/experts"' in html
    assert "always saying 50% scores 0.25" in html


async def test_named_scorecard_has_no_unnamed_note(seed_ds):
    html = (await seed_ds.client.get("/-/scorecard/speaker/choi-kang")).text
    assert 'class="unnamed-note"' not in html and 'href="/quotes/speakers/choi-kang"' in html
