"""Scorecards side by side: who gets a rank, who is shown apart, what each score is read against.

``quotes scoreboard`` and the ``/-/scorecards`` pages both present cards through :func:`standings`,
so the command and the site rank the same way. The scores themselves come from
:mod:`quotes.scoring`; this module only decides how they are set beside each other.

Decisions:

- A label for unnamed people ("experts", "a senior US official", "North Korean watchers") is a
  speaker of kind ``anonymous`` or ``group``. It stands for different people in different
  articles, so its record is not one forecaster's: such cards are shown apart from named people
  and organisations and never ranked among them.
- A rank needs :data:`MIN_SCORED_FOR_RANK` scored predictions. Below that the Wilson interval of
  even a perfect record is wider than 40 points (3 of 3: 44–100%), and an order would say more
  than the data. Named cards with fewer are listed, unranked, by name.
- Ranked cards are ordered by Brier score, lower first; equal scores share a rank (1, 1, 3).
- Every score is read against always saying 50%: a Brier score of 0.25 and a log score of
  ln 0.5 = −0.693 (:data:`REFERENCES`). Below 0.25 (above −0.693) beats a coin.
"""

from __future__ import annotations

import dataclasses
import math

from .models import UNNAMED_SPEAKER_KINDS

MIN_SCORED_FOR_RANK = 5
UNNAMED_KINDS = UNNAMED_SPEAKER_KINDS
# What always saying 50% scores, whatever happens.
REFERENCES = {"brier": 0.25, "log_score": math.log(0.5)}
Z = 1.96  # two-sided 95%, as the scorecards' hit-rate interval


@dataclasses.dataclass
class Standings:
    """Cards in three lists: ranked (each with ``rank``), named but unranked, and unnamed."""

    ranked: list[dict]
    unranked: list[dict]
    unnamed: list[dict]

    def cards(self) -> list[dict]:
        """Every card, each with ``rank`` (or None) and ``standing``, in the order shown."""
        return self.ranked + self.unranked + self.unnamed


def speaker_kinds(db) -> dict[str, str]:
    """Speaker id -> kind (person, organization, group, anonymous) from a built database."""
    return {row["id"]: row["kind"] for row in db.query("SELECT id, kind FROM speakers")}


def standings(cards: list[dict], kinds: dict[str, str] | None = None, minimum: int | None = MIN_SCORED_FOR_RANK) -> Standings:
    """Split and rank scorecards as the module docstring says.

    :param cards: cards from :func:`quotes.scoring.scoreboard` (one grouping)
    :param kinds: speaker kinds by id when the cards are speakers'; None for institutions
    :param minimum: scored predictions a card needs for a rank; None ranks nothing (the card of all predictions)
    """
    kinds = kinds or {}
    unnamed, named = [], []
    for card in cards:
        (unnamed if kinds.get(card["group_id"]) in UNNAMED_KINDS else named).append(card)
    rankable = sorted(
        (c for c in named if minimum is not None and c["scored"] >= minimum and c["brier"] is not None),
        key=lambda c: (c["brier"], c["group_name"]),
    )
    ranked = []
    for n, card in enumerate(rankable, 1):
        rank = ranked[-1]["rank"] if ranked and ranked[-1]["brier"] == card["brier"] else n
        ranked.append({**card, "rank": rank, "standing": "ranked"})
    ranked_ids = {c["group_id"] for c in ranked}
    by_name = lambda c: c["group_name"].casefold()  # noqa: E731
    return Standings(
        ranked,
        [{**c, "rank": None, "standing": "unranked"} for c in sorted(named, key=by_name) if c["group_id"] not in ranked_ids],
        [{**c, "rank": None, "standing": "unnamed"} for c in sorted(unnamed, key=by_name)],
    )


def wilson(hits: float, n: int, z: float = Z) -> tuple[float, float]:
    """Wilson score interval of a proportion ``hits / n`` (hits may include halves)."""
    p = hits / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n), (centre + spread) / (1 + z * z / n)


def reference_text() -> str:
    """The footnote every table of scores carries."""
    return (
        f"rank: by Brier score, from {MIN_SCORED_FOR_RANK} scored predictions; unnamed sources and groups are not ranked. "
        f"Always saying 50% scores Brier {REFERENCES['brier']:.3f} and log score {REFERENCES['log_score']:.3f}."
    )
