"""Type a statement's claim and find a prediction's hedge, by cue words (see CLAIM_TYPE_DEFINITIONS).

prediction: any statement about the future, including pledges, threats, hopes and conditional
futures ("will", "would", "is likely to", "expects", "by 2025"); explanation: a causal account
("because", "due to", "as a result", "in order to"); otherwise ``other``. The cue verb counts
too: what someone "predicted" or "forecast" is a prediction whatever its tense.
"""

from __future__ import annotations

import re

_FUTURE = re.compile(
    r"\b(will|won[’']t|shall|would(?!\s+have\s+(?:been\s+)?\w+ed\b)(?!\s+have\s+to\b)|going\s+to|"
    r"(?:un)?likely\s+to|likelihood|expected\s+to|expects?\s+to|set\s+to|on\s+(?:course|track)\s+to|"
    r"about\s+to|poised\s+to|plans?\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|chances?\s+of|chance\s+(?:that|the)|"
    r"next\s+(?:year|month|week|season|decade|summer|winter|spring|autumn|fall)|"
    r"in\s+the\s+(?:coming|next)\s+\w+|predict\w*|soon|eventually|(?:un)?likely|hope|hopes|hoping|hopefully|"
    r"imminent|looming|potential\s+to|(?:is|are)\s+yet\s+to\s+come|ready\s+to|lies?\s+ahead|"
    r"ahead\s+of\s+(?:us|them|you)|(?:not|n[’']t)\s+going\s+away|(?<!out\sthe\s)possibility\s+of|"
    r"(?<!as\s)(?<!than\s)\bexpect(?:s|ing)?\b|"
    r"could\s+(?!have\s+(?:been|\w+ed|\w+en|won|done|made|gone|had|got|lost|led)\b)(?:be\s+)?\w+|"
    r"(?-i:may)\s+(?!have\s+(?:been|\w+ed|\w+en|won|done|made|gone|had|got|lost|led)\b)\w+|"
    r"might\s+(?!have\s+(?:been|\w+ed|\w+en|won|done|made|gone|had|got|lost|led)\b)\w+|"
    r"[’']ll\b|willing|unwilling|prepared\s+to|until|upcoming|"
    r"by\s+(?:the\s+end\s+of\s+)?20[2-9]\d|in\s+20[2-9]\d|\d+\s?%\s+chance|percent\s+chance|"
    # 'expects the FOMC to raise', 'in the cards', 'before the end of the year', 'next September'
    r"expect(?:s|ed|ing)?\s+(?:\w+\s+){1,6}?to\s+(?!date\b)[a-z]+|(?:in|on)\s+the\s+cards|in\s+store|"
    r"before\s+the\s+end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:year|month|decade|season|\d{4})|"
    r"next\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))",
    re.I)
# 'could already be used', 'may have been': present or past possibility, not a forecast.
_NOT_FUTURE = re.compile(r"\b(could|may|might)\s+(already|now|currently|have\s+(?:been|\w+ed)\b)|"
                         # a recommendation: 'a universal vaccine would be best'
                         r"\bwould\s+be\s+(?:best|better|wise|wiser|ideal|preferable|helpful|a\s+good\s+idea)\b|"
                         r"\b(?:have|has|had)\s+(?:likely|probably)\s+(?:been\s+)?\w+ed\b", re.I)  # 'have likely been filled'

_CAUSE = re.compile(
    r"\b(because|since\s+(?!\d|the\s+\d|last|early|late|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|then)|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result|"
    r"result\s+of|caused|causes|led\s+to|leads\s+to|driven\s+by|reason|why|to\s+avoid|"
    r"so\s+as\s+to|as\s+(?=\w+\s+(?:seeks|wants|tries|needs|faces))|given\s+(?:that|the)|explains?|"
    r"followed\s+through|in\s+an\s+attempt\s+to|in\s+a\s+bid\s+to|based\s+on|justified\s+by|"
    # markets moving on a cause: 'Oil rose to a one-year high on optimism regarding …'
    r"(?:rose|fell|rallied|slumped|jumped|dropped|climbed|surged|slid|tumbled)\s+(?:[\w.$%-]+\s+){0,6}?on\s+"
    r"(?:optimism|pessimism|hopes|fears|concerns|expectations|worries|news|signs|reports)|"
    # a motive is an explanation: 'China is trying to set a red line', 'They want to establish …'
    r"(?:is|are|was|were)\s+trying\s+to|(?<!I\s)(?<!we\s)(?<!We\s)\bwants?\s+(?:\w+\s+){0,3}to)\b", re.I)
_PREDICTIVE_CUES = re.compile(r"^(predict|forecast|expect|project|pledge|vow|promis|threaten|hope|plan|estimat)", re.I)

_HEDGES = [
    "almost certainly not", "almost certainly", "almost certain", "virtually certain", "highly likely",
    "highly unlikely", "very likely", "very unlikely", "more likely than not", "most likely", "unlikely",
    "likely", "probably not", "probably", "reasonable chance", "slight chance", "good chance", "possibly",
    "perhaps", "maybe", "certainly", "definitely", "expected to", "would not", "wouldn[’']t", "will not",
    "won[’']t", "could not", "couldn[’']t", "may not", "might not", "should not", "would", "will", "could",
    "may", "might", "should", "going to", "expects?", "set to", "on course to", "[’']ll",
]
_HEDGE_RE = re.compile(r"\b(" + "|".join(_HEDGES) + r")\b", re.I)
_NUMBER_CHANCE = re.compile(r"(\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per\s+cent)\s+(?:chance|probability|likelihood)", re.I)


def claim_type(text: str, cue: str = "") -> str:
    """prediction | explanation | other, for the reported content *text* reported with verb *cue*."""
    if cue and _PREDICTIVE_CUES.match(cue.strip()):
        return "prediction"
    body = _NOT_FUTURE.sub(" ", text)
    future = _FUTURE.search(body)
    # the speaker's own wish is no motive explained: 'We really want people to get a vaccine'
    cause = _CAUSE.search(re.sub(r"\b(?:I|[Ww]e|you)\s+(?:\w+ly\s+)?(?:want|wanted)\b", " ", text))
    if future and cause:
        # The main clause decides: whichever comes first usually heads the sentence.
        return "prediction" if future.start() < cause.start() else "explanation"
    if future:
        return "prediction"
    if cause:
        return "explanation"
    return "other"


def find_hedge(text: str) -> str | None:
    """The speaker's words of likelihood, preferring an adverb or adjective over a bare modal."""
    matches = [m.group(1) for m in _HEDGE_RE.finditer(text)]
    if not matches:
        return None
    modals = {"would", "will", "could", "may", "might", "should", "going to", "’ll", "'ll"}
    for m in matches:
        if m.lower() not in modals and not m.lower().startswith(("would", "will", "won", "could", "may", "might", "should")):
            return m
    return matches[0]


def stated_probability(text: str) -> float | None:
    """A number the speaker gave: '95% chance' -> 0.95."""
    match = _NUMBER_CHANCE.search(text)
    if match:
        value = float(match.group(1))
        if 0 <= value <= 100:
            return round(value / 100, 4)
    return None
