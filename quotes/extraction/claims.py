"""Type a statement's claim, and find a prediction's hedge and stated probability.

The type is one of the six record types (prediction, explanation, assessment, recommendation, fact,
other), proposed by a linear model over named features of the language: tense and modality (future
auxiliaries and "going to", intentions, prospects, forward time adverbials, forecast verbs inside
the content, the futurate progressive "a wave is coming", open possibility "could reach" against
past possibility "could have won", epistemic and deontic modals, present progressive, past and
perfect), conditionals and counterfactuals ("would have … without"), causal connectives (the Penn
Discourse Treebank's explicit Cause connectives, a clause-joining "so", "since" only where it is not
of time), causal prepositions, verbs and nouns, causative verbs ("impacted", "had left United
fatigued", Wolff & Song's cause/enable/prevent), a third party's motive ("is trying to"; the
speaker's own "we want to" is an intention), the class of the reporting verb (forecast, commit,
direct, explain, warn, believe, assert) and its interaction with future marking, and a few surface
facts (numbers, a question, first person, length). The word lists are the data files named in
:data:`LEXICONS`. Beside them the model weighs the statement's own words and pairs of adjacent words
(:func:`word_features`), each only if the training statements of at least three articles use it, so
that a word carries what it says across articles, not the topic of one, and the same named features
of the sentence printed before the statement (:func:`context_features`), which frames it. Some decisions are the grammar's, where the model has
seen too few cases to learn them (:func:`decide`): a forecast or commitment verb ("predicted",
"vowed") reports a prediction; so does an event presented as on its way ("a second wave is coming",
"more to come"); a counterfactual or a habitual "will" alone ("would not have been as high without
…", "will always occur") is no prediction; a "should" of expectation (a subject that is not a person
and a verb of change: "prices should fall back") is one.

The weights are ``data/claim_model.json``, fitted by ``scripts/train_claims.py`` with
scikit-learn on the project's own annotated statements and applied here in plain Python (no
scikit-learn at run time). Scored against gold that has three types, assessment, recommendation
and fact count as ``other`` (:func:`claim_group`).
"""

from __future__ import annotations

import json
import math
import re
from functools import cache, lru_cache
from importlib import resources
from itertools import repeat
from operator import add, mul

from ..kept_data import kept
from .lexicon import past_form, phrase_starts, phrases_at, table, tokens, words

CLAIM_TYPES = ("prediction", "explanation", "assessment", "recommendation", "fact", "other")
LEXICONS = {
    "future": "future_markers",
    "intention_marker": "intention_markers",
    "prospect": "prospect_markers",
    "future_time": "future_time",
    "forecast_verb": "forecast_verbs",
    "futurate_verb": "futurate_verbs",
    "epistemic": "epistemic_modality",
    "deontic": "deontic_modality",
    "causal_connective": "pdtb_causal_connectives",
    "causal_expression": "causal_expressions",
    "causative_verb": "causative_verbs",
    "motive": "motive_markers",
    "habitual": "habitual_markers",
}
# The lists that place the content in the future, with or without an auxiliary.
FUTURE_LEXICONS = ("future", "intention_marker", "prospect", "future_time", "forecast_verb")
MODEL_FILE = "claim_model.json"

# Grammar the word lists do not hold: patterns of auxiliaries and verb forms.
_PARTICIPLE = r"(?:\w+(?:ed|en|wn|ne|t)|won|done|made|gone|had|got|lost|led|come|become|seen|run|held|kept|paid|sold|built)"
# 'would' of a future in the past or a conditional: not the perfect 'would have risen' (a
# counterfactual, below), but 'would have a negative impact' (possession) counts.
_WOULD = re.compile(r"\b(?:would|wouldn[’']t|[’']d)\b(?!\s+(?:not\s+)?have\s+(?:been\s+)?" + _PARTICIPLE + r"\b)", re.I)
# A result connective opening the content ('As a result, we're very vulnerable …') links it to what
# came before (PDTB Contingency.Cause.Result): the content is the result, typed by what it says.
_INITIAL_RESULT = re.compile(r"^\W*(?:and\s+|but\s+)?(?:as\s+a\s+(?:result|consequence)|so|therefore|thus|hence|consequently|"
                             r"accordingly|that\s+is\s+why|that's\s+why|which\s+is\s+why)\b", re.I)
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might|should)(?:\s+not|n[’']t)?\s+have\s+(?:been\s+)?" + _PARTICIPLE + r"\b|"
                             r"\bif\s+(?:\w+\s+){1,6}?had\s+(?:not\s+)?\w+(?:ed|en|wn|ne|t)\b|\bhad\s+it\s+not\s+been\b", re.I)
_CONDITIONAL = re.compile(r"\b(?:if|unless|provided\s+that|as\s+long\s+as|in\s+case|otherwise)\b", re.I)
_PROGRESSIVE = re.compile(r"\b(?:is|are|am|[’']s|[’']re|[’']m)\s+(?:\w+ly\s+)?(?!going\b)\w{2,}ing\b", re.I)
_PERFECT = re.compile(r"\b(?:has|have|had|[’']ve)\s+(?:\w+ly\s+)?(?:been|\w+(?:ed|en|wn|ne|t))\b", re.I)
_PAST = re.compile(r"\b(?:was|were|did|didn[’']t|had)\b|\b\w{3,}ed\b", re.I)
_PRESENT = re.compile(r"\b(?:is|are|am|isn[’']t|aren[’']t|does|doesn[’']t|do|don[’']t|has|have|seems?|remains?)\b", re.I)
# A possibility now, not a forecast: 'it could already be used', 'may currently be'.
_PRESENT_POSSIBILITY = re.compile(r"\b(?:could|may|might|can)\s+(?:already|now|currently|still)\b", re.I)
# A possibility still open, so about what is to come: 'could reach', 'may be declared', 'might see' —
# not a past possibility ('could have won', see _COUNTERFACTUAL) nor one now ('could already be').
_POSSIBILITY_MODAL = re.compile(r"\b(?:could|may|might)\s+(?:not\s+)?(?:well\s+|even\s+|also\s+|\w+ly\s+)?[“\"‘']?"
                                r"(?!have\s+(?:been\s+)?" + _PARTICIPLE + r"\b|already\b|now\b|currently\b|still\b)[a-z]{2,}\b")
# 'since' of time, not of cause: 'since 2018', 'since early March', 'since then', 'since the 1990s'.
_TEMPORAL_SINCE = re.compile(r"\bsince\s+(?:\d|the\s+(?:\d|mid|early|late|start|beginning|end)|then\b|last\b|early\b|late\b|mid\b|"
                             r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)", re.I)
_HORIZON = re.compile(r"\b(?:by|in|before|until|through)\s+(?:the\s+end\s+of\s+)?(?:20[2-9]\d)\b", re.I)
# PDTB's most frequent Cause.Result connective, "so", where it joins clauses (not "so far", "so much").
_RESULT_SO = re.compile(r"(?:^|[,;:]\s*|\band\s+|[.!?]\s+)so\b(?!\s+(?:far|much|many|long|that|as|too|called|to|on|forth)\b)", re.I)
# The resultative causative 'make + object + comparative': 'climate change made the heatwave more
# likely', 'global warming is making heat waves more frequent' (Quirk et al. 1985, §16.48).
_CAUSATIVE_MAKE = re.compile(r"\b(?:make|makes|made|making)\b(?!\s+it\s+(?:\S+\s+){0,3}?(?:more|less|\w{3,}er)\s+\w+\s+(?:now\s+)?to\b)"
                             r"(?:\s+\S+){1,8}?\s+(?:more|less|\w{3,}er)\b(?!\s+than\b)", re.I)
# (not the extraposed evaluation 'makes it all the more important to boost …', Quirk §16.47)
# 'as' of reason introducing a clause ('the crops are green as the fields received rain'), told
# from 'as well', 'as a', 'such as', 'as much as', 'as long as' by the subject that follows it, and
# from the 'as' of a complement ('will be seen as more dovish', 'regarded as the best'). (The words
# before are tested after the first space, so that the engine tries the pattern only at spaces.)
_AS_REASON = re.compile(r"\s(?<!such\s)(?<!just\s)(?<!seen\s)(?<!viewed\s)(?<!regarded\s)(?<!described\s)(?<!known\s)"
                        r"(?<!considered\s)(?<!treated\s)(?<!used\s)(?<!served\s)(?<!acts\s)(?<!act\s)\s*as\s+(?:the|more|most|many|some|their|its|his|her|our|we|they|he|she|it|"
                        r"investors|prices|people|demand|supply|inflation)\b(?!\s+(?:well|much|many|long|soon|far)\b)", re.I)
# A likelihood adjective predicated of what may happen: 'further falls are unlikely', 'a deal is
# possible' (Palmer 2001, §2.2 on epistemic adjectives).
_LIKELIHOOD_PREDICATE = re.compile(r"\b(?:is|are|was|were|be|seems?|looks?|remains?|appears?)\s+(?:not\s+)?(?:very\s+|highly\s+|quite\s+|"
                                   r"increasingly\s+|more\s+|less\s+)?(?:likely|unlikely|possible|impossible|probable|improbable|"
                                   r"inevitable|certain|imminent)\b(?!\s+(?:that|to)\b)", re.I)
# A period that includes the moment of speaking ('this year'): future with a modal, fact with a past.
_THIS_PERIOD = re.compile(r"\bthis\s+(?:year|season|month|week|quarter|summer|winter|spring|autumn|fall|decade)\b", re.I)
_SPEAKER_SUBJECTS = frozenset({"i", "we", "you"})
# The main clause's verb (main_verb): where a fronted adverbial clause ends, how far into the clause its
# verb is looked for, and the words after which "'s" is "is".
_FRONTED = re.compile(r"\W*(\w+)\b[^,;:]{0,150}?,\s*")
_MAIN_VERB_WORDS = 20
_S_IS_AFTER = frozenset({"it", "he", "she", "that", "there", "what", "who", "here", "this", "where"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
_NUMBER = re.compile(r"\d")
_PERCENT = re.compile(r"\d\s?(?:%|percent|per\s+cent)", re.I)
_NEGATION = re.compile(r"\b(?:not|no|never|n[’']t|nobody|nothing|none)\b|n[’']t\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|we|our|us|my|me)\b")
_COMPARATIVE = re.compile(r"\b(?:more|less|most|least|better|worse|best|worst|too|very)\b|\b\w{3,}est\b", re.I)
_PURPOSE_TO = re.compile(r"\b(?:to\s+(?:help|ensure|make|keep|stop|protect|avoid|prevent|boost|curb|counter))\b", re.I)
# A stated intention or wish of the speaker's own side: 'we want to get better', 'I hope to'.
_INTENTION = re.compile(r"\b(?:I|we|they)\s+(?:\w+ly\s+)?(?:want|hope|plan|intend|aim|expect|need)\s+to\b", re.I)
# A judgement of how things stand: a copula and an adjective ('is unprecedented', 'are very serious').
_COPULA_ADJECTIVE = re.compile(r"\b(?:is|are|was|were|[’']s|[’']re|remains?|seems?|looks?)\s+(?:not\s+)?(?:very\s+|so\s+|too\s+|quite\s+|"
                               r"really\s+|extremely\s+|a\s+(?:very\s+)?)?\w+(?:able|ible|ous|ive|al|ic|ful|less|ent|ant|ary|ing|ed)\b",
                               re.I)
_NUMBER_CHANCE = re.compile(r"(\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per\s+cent)\s+(?:chance|probability|likelihood)", re.I)
_BARE_MODALS = {"would", "will", "could", "may", "might", "should", "going to", "’ll", "'ll"}

# The futurate progressive in its plainest form: a be-auxiliary and a verb of arrival or approach
# with nothing after it but an adverbial ('a second wave is coming', 'the storm is approaching
# fast', 'trouble is brewing'), or the infinitive of futurity ('the worst is yet to come', 'there's
# a lot more to come'); Quirk et al. (1985), §4.44 and §4.48. Not the same verbs with a particle or
# an infinitive, which speak of now ('prices are coming down', 'is beginning to weigh').
_ARRIVAL_PROGRESSIVE = re.compile(r"\b(?:is|are|am|[’']s|[’']re)\s+(?:\w+ly\s+|now\s+|still\s+|also\s+)?(?:coming|approaching|looming|"
                                  r"arriving|brewing|building|nearing|on\s+(?:its|the|their)\s+way)\b"
                                  r"(?!\s+(?:down|up|from|back|out|off|in|into|under|through|to|together|across|over|with|on|at|for|more|less)\b)"
                                  r"|\b(?:more|worst|best|yet|much)\s+to\s+come\b", re.I)
# 'will' of habit or predictability, not of one coming event: 'heat waves will always occur',
# 'a virus will usually mutate' (Quirk et al. 1985, §4.58: habitual and predictive 'will').
_HABITUAL_WILL = re.compile(r"\b(?:will|[’']ll|would)\s+(?:not\s+)?(?:always|usually|generally|typically|normally|often|tend\s+to|invariably)\b", re.I)
# Subjects that make a 'should' deontic: the speaker, the addressee and people (person_nouns: WordNet's
# noun.person); other subjects with a verb of change read as expectation ('prices should fall').
_PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "they", "he", "she", "one", "everyone", "everybody", "nobody", "somebody",
                                "someone", "anyone", "anybody", "us", "them"})
_MODAL_ADVERBS = frozenset({"not", "also", "still", "then", "now", "soon", "eventually", "all", "both", "further", "again", "only",
                            "probably", "certainly", "really", "even", "at", "least"})

# Words one of which every match of a pattern holds (in lower case): where the statement in lower case holds
# none, the pattern cannot match and is not searched (:func:`_found`; a substring test is far cheaper).
_NEEDED = {
    _WOULD: ("would", "’d", "'d"),
    _TEMPORAL_SINCE: ("since",),
    _PROGRESSIVE: ("ing",),
    _PAST: ("was", "were", "did", "had", "ed"),
    _THIS_PERIOD: ("this",),
    _LIKELIHOOD_PREDICATE: ("likely", "possible", "probable", "inevitable", "certain", "imminent"),
    _POSSIBILITY_MODAL: ("could", "may", "might"),
    _RESULT_SO: ("so",),
    _CAUSATIVE_MAKE: ("make", "made", "making"),
    _COUNTERFACTUAL: ("have", "had"),
    _CONDITIONAL: ("if", "unless", "provided", "long", "case", "otherwise"),
    _PERFECT: ("has", "have", "had", "’ve", "'ve"),
    _HORIZON: ("20",),
    _PRESENT_POSSIBILITY: ("already", "now", "currently", "still"),
    _PURPOSE_TO: ("help", "ensure", "make", "keep", "stop", "protect", "avoid", "prevent", "boost", "curb", "counter"),
    _NEGATION: ("no", "never", "n’t", "n't"),
    _COMPARATIVE: ("more", "less", "most", "least", "better", "worse", "worst", "too", "very", "est"),
    _INTENTION: ("want", "hope", "plan", "intend", "aim", "expect", "need"),
    _ARRIVAL_PROGRESSIVE: ("coming", "approaching", "looming", "arriving", "brewing", "building", "nearing", "way", "come"),
}
# Letters re.IGNORECASE matches to an ASCII letter that str.lower() does not make that letter ('İ' and 'ı'
# match 'i', 'ſ' matches 's'): in a text printing one, a word's absence from its lower case proves nothing.
_CASE_ODD = ("İ", "ı", "ſ")


def _lowered(text: str) -> str | None:
    """*text* in lower case for :func:`_found`, or None where a test of its words would not be exact."""
    return None if any(letter in text for letter in _CASE_ODD) else text.lower()


def _found(pattern: re.Pattern, text: str, low: str | None) -> bool:
    """Does *pattern* match in *text*? Not searched where *low* (:func:`_lowered`) holds none of the words
    each of its matches holds (:data:`_NEEDED`)."""
    if low is not None and not any(word in low for word in _NEEDED[pattern]):
        return False
    return bool(pattern.search(text))


_FUTURE_SPEECH_ACTS = frozenset({"forecast", "commit"})
# An object and a to-infinitive: 'consumers not to use …', 'the opposition parties to show …'.
# No verb comes before the 'to' ('the country could expect to see …' has one: it is a clause).
_OBJECT_INFINITIVE = re.compile(r"^\W*(?:(?!(?:could|would|will|may|might|should|can|must|is|are|was|were|be|been|have|has|had|"
                                r"seems?|seemed|going|expects?|needs?|wants?|you|we|i|they|he|she)\b)[\w’'/.-]+,?\s+){1,8}?"
                                r"(?:not\s+)?to\s+(?!be\b)[a-z]+\b", re.I)


@lru_cache(maxsize=1024)  # (a few reporting verbs recur)
def _cue_class(cue: str) -> str:
    cue = cue.strip().lower()
    if not cue:
        return "none"
    if cue.startswith("according"):
        return "according"
    for row in table("reporting_verb_classes"):
        if cue.startswith(row["prefix"]):
            return row["class"]
    return "assert"


def expectation_should(words_: list[str]) -> list[int]:
    """Indexes of a 'should' (or 'ought to') of expectation in *words_* (from :func:`tokens`): its
    subject is not a person and its verb is one of change (``data/change_verbs.txt``), as in 'prices
    should fall back', 'the slowdown should bring inflation lower' — not 'the government should act'."""
    found = []
    for i, word in enumerate(words_):
        if word in ("should", "shouldn") or (word == "ought" and words_[i + 1:i + 2] == ["to"]):
            j = i + (2 if word == "ought" else 1)
            while j < len(words_) and (words_[j] in _MODAL_ADVERBS or words_[j] == "'t" or words_[j].endswith("ly")):
                j += 1
            subject = words_[i - 1] if i else ""
            if j < len(words_) and words_[j] in words("change_verbs") and subject not in _PERSONAL_PRONOUNS \
                    and subject not in words("person_nouns"):
                found.append(i)
    return found


def main_verb(text: str) -> str | None:
    """The class of the verb phrase that opens the content's main clause (``data/finite_auxiliaries.csv``:
    future, would, possibility, ability, obligation, be_present, be_past, perfect, past_perfect, do_present,
    do_past; else past for a past form, as 'grew'), read past a fronted adverbial clause ('If prices fall,
    rates will …'); None where none opens in its first :data:`_MAIN_VERB_WORDS` words. A content is typed by
    its main clause: 'China could launch drills to coincide with a trip which included …' looks ahead,
    whatever the past of its relative clause."""
    fronted = _FRONTED.match(text)
    if fronted and fronted.group(1).lower() in words("subordinators"):
        text = text[fronted.end():]
    words_ = tokens(text)[:_MAIN_VERB_WORDS]
    auxiliaries = _auxiliary_classes()
    for i, word in enumerate(words_):
        if word == "'s" and i and words_[i - 1] not in _S_IS_AFTER:
            continue  # a possessive ('China's'), not 'it's'
        if word in auxiliaries:
            return auxiliaries[word]
        if i and past_form(word) and words_[i - 1] not in words("determiners"):
            return "past"  # (not 'a detailed statement')
    return None


@cache
def _auxiliary_classes() -> dict[str, str]:
    return {row["word"]: row["class"] for row in table("finite_auxiliaries")}


def features(text: str, cue: str = "") -> dict[str, float]:
    """Named features of a statement's content *text*, reported with the verb *cue*."""
    words_ = tokens(text)
    low = _lowered(text)
    found = {name: phrase_starts(lexicon, words_) for name, lexicon in LEXICONS.items()}
    n_words = len(text.split())
    would_future = _found(_WOULD, text, low)
    would = [i for i, w in enumerate(words_) if w in ("would", "wouldn", "'d")] if would_future else []
    futures = [i for name in FUTURE_LEXICONS for i in found[name]]
    first_future = min(futures + would, default=None)
    # Someone else's motive explains their act; the speaker's own ('we want to') is an intention.
    motives = [i for i in found["motive"] if _SPEAKER_SUBJECTS.isdisjoint(words_[max(0, i - 3):i])]
    temporal_since = _found(_TEMPORAL_SINCE, text, low)
    found["causal_connective"] = [i for i in found["causal_connective"]  # 'since 2018', 'thus far' are of time
                                  if not (words_[i] == "since" and temporal_since) and words_[i:i + 2] != ["thus", "far"]]
    initial_result = bool(_INITIAL_RESULT.match(text))
    if initial_result:
        found["causal_connective"] = [i for i in found["causal_connective"] if i > 2]
        found["causal_expression"] = [i for i in found["causal_expression"] if i > 3]
    first_cause = min(found["causal_connective"] + found["causal_expression"] + found["causative_verb"] + motives, default=None)
    progressive = _found(_PROGRESSIVE, text, low)
    past = _found(_PAST, text, low) or not words("irregular_past").isdisjoint(words_)
    f = {
        "future": float(bool(found["future"])),
        "future_many": float(len(futures) > 1),
        "future_any": float(bool(futures)),
        "future_early": float(first_future is not None and first_future < 6),
        "intention_marker": float(bool(found["intention_marker"])),
        "prospect": float(bool(found["prospect"])),
        "future_time": float(bool(found["future_time"])),
        "forecast_verb": float(bool(found["forecast_verb"])),
        "futurate_progressive": float(progressive and bool(found["futurate_verb"])),
        "progressive_future_time": float(progressive and bool(found["future_time"])),
        "this_period": float(not past and _found(_THIS_PERIOD, text, low)),
        "would": float(would_future),
        "epistemic": float(bool(found["epistemic"])),
        "likelihood_predicate": float(_found(_LIKELIHOOD_PREDICATE, text, low)),
        "possibility_modal": float(_found(_POSSIBILITY_MODAL, text, low)),
        "deontic": float(bool(found["deontic"])),
        "causal_connective": float(bool(found["causal_connective"])),
        # A third party's motive is an expression of cause too ('chose cruise missiles to avoid …').
        "causal_expression": float(bool(found["causal_expression"] or motives)),
        "causative_verb": float(bool(found["causative_verb"])),
        "result_so": float(not initial_result and _found(_RESULT_SO, text, low)),
        "initial_result": float(initial_result),
        "habitual": float(bool(found["habitual"])),
        # 'the people who will benefit': a future inside a relative clause, not the main claim.
        "future_in_relative": float(any(i > 0 and words_[i - 1] in _RELATIVE_PRONOUNS for i in found["future"])),
        "causative_make": float(_found(_CAUSATIVE_MAKE, text, low)),
        "as_reason": float(bool(_AS_REASON.search(text))),
        "motive": float(bool(motives)),
        "cause": float(first_cause is not None),
        "future_before_cause": float(first_future is not None and first_cause is not None and first_future < first_cause),
        "cause_before_future": float(first_future is not None and first_cause is not None and first_cause < first_future),
        "counterfactual": float(_found(_COUNTERFACTUAL, text, low)),
        "conditional": float(_found(_CONDITIONAL, text, low)),
        "progressive": float(progressive),
        "perfect": float(_found(_PERFECT, text, low)),
        "past": float(past),
        "present": float(bool(_PRESENT.search(text))),
        "horizon_year": float(_found(_HORIZON, text, low)),
        "present_possibility": float(_found(_PRESENT_POSSIBILITY, text, low)),
        "purpose_to": float(_found(_PURPOSE_TO, text, low)),
        "number": float(bool(_NUMBER.search(text))),
        "percent": float(bool(_PERCENT.search(text))),
        "negation": float(_found(_NEGATION, text, low)),
        "question": float("?" in text),
        "first_person": float(bool(_FIRST_PERSON.search(text))),
        "intention": float(_found(_INTENTION, text, low)),
        "copula_adjective": float(bool(_COPULA_ADJECTIVE.search(text))),
        "comparative": float(_found(_COMPARATIVE, text, low)),
        "short": float(n_words < 8),
        "long": float(n_words > 30),
    }
    verb = main_verb(text)
    f["main_verb=" + (verb or "none")] = 1.0
    cue_class = _cue_class(cue)
    f["cue_" + cue_class] = 1.0
    # The reporting verb and the content's modality together: 'predicted' + no modal is an
    # object-and-infinitive forecast ('expects prices to rise'); 'said' + 'will' is a plain forecast.
    f[f"cue_{cue_class}_x_future"] = f["future_any"] or f["would"]
    return f


def word_features(text: str) -> dict[str, float]:
    """The words of *text* (lower case, a clitic apart) and its pairs of adjacent words ('due to', 'will
    rise', 'is coming'), one feature each; the model keeps weights only for those of its vocabulary
    (``scripts/train_claims.py``), so the others add nothing."""
    words_ = tokens(text)
    found = {"word=" + word: 1.0 for word in words_}
    found.update(("pair=" + a + "_" + b, 1.0) for a, b in zip(words_, words_[1:]))
    return found


def context_features(before: str) -> dict[str, float]:
    """The named features (:func:`features`) of the sentence printed before the statement, each named
    ``before:…``: what the article says first frames what the source says next — a fall reported, then
    its reason (an explanation); a forecast reported, then its detail (a prediction)."""
    return {"before:" + name: value for name, value in features(before).items() if value}


@cache
def _model() -> dict:
    """The shipped model: its ``labels``, an intercept per label, and per feature its weights in the order of
    the labels (so that scoring a statement is one lookup per feature, and loading is parsing alone)."""
    source = resources.files(__package__).joinpath("data", MODEL_FILE)
    return kept("claim-model", [source], lambda: json.loads(source.read_text(encoding="utf-8")))


def _linear_scores(values: dict[str, float], by_feature: dict[str, list[float]], n_labels: int) -> list[float]:
    """Per label, the sum of weight times value over *values*, added in the order of *values* (as a
    sum per label would add them, so the scores are the same to the last bit). A feature the model
    has no weight for, or whose value is 0, adds nothing and is skipped; one of value 1 adds its weights as
    they are (a weight times 1.0 is the weight, to the bit), with no product."""
    totals = [0] * n_labels
    for name, value in values.items():
        weights = by_feature.get(name)
        if weights is not None and value:
            totals = list(map(add, totals, weights if value == 1.0 else map(mul, weights, repeat(value))))
    return totals


def claim_scores(text: str, cue: str = "", model: dict | None = None, before: str | None = None) -> dict[str, float]:
    """The model's probability of each claim type for *text* (a softmax over linear scores); *before*: the
    sentence printed before it ('' for an article's first), where the caller has the article."""
    model = model or _model()
    labels = model["labels"]
    values = features(text, cue) | word_features(text) | (context_features(before) if before is not None else {})
    totals = _linear_scores(values, model["weights"], len(labels))
    scores = {label: model["intercepts"][label] + total for label, total in zip(labels, totals)}
    top = max(scores.values())
    exp = {label: math.exp(score - top) for label, score in scores.items()}
    total = sum(exp.values())
    return {label: value / total for label, value in exp.items()}


def claim_type(text: str, cue: str = "", model: dict | None = None, before: str | None = None) -> str:
    """One of :data:`CLAIM_TYPES` for the reported content *text* reported with verb *cue* (after the
    sentence *before*, where known)."""
    return decide(claim_scores(text, cue, model, before), cue, text)


def decide(scores: dict[str, float], cue: str = "", text: str = "") -> str:
    """The type :func:`most_likely` names from the model's *scores*, unless the reporting verb *cue* settles it.

    One speech act decides before the model, which has seen too few such verbs beside 'said' to
    learn them: a forecast or commitment verb ('predicted', 'expects', 'vowed', 'pledged') reports
    a prediction whatever the content's tense: 'expects sales to grow', 'backed the Red Devils to
    win'. (An object and a to-infinitive after a verb of asking or telling, 'urged consumers not to
    eat …', is the model's to type: cross-validated, it does so better than a rule did; see
    docs/extraction-history.md.) Three constructions of the content decide after it: an event
    presented as on its way (:func:`futurate_progressive`) is a prediction, and so is a 'should' of
    expectation the model took for a recommendation (:func:`expects_only`), and content whose only
    future-looking grammar is a counterfactual or a habitual 'will' (:func:`not_a_forecast`) is not. ``scripts/train_claims.py`` cross-validates these same decisions."""
    if _cue_class(cue) in _FUTURE_SPEECH_ACTS and not (text and reports_a_past(text)):
        return "prediction"
    best = most_likely(scores)
    if text and best == "recommendation" and expects_only(text):
        return "prediction"
    if text and best != "prediction" and futurate_progressive(text):
        return "prediction"
    if text and best == "prediction" and not_a_forecast(text):
        return most_likely({kind: score for kind, score in scores.items() if kind != "prediction"})
    return best


def most_likely(scores: dict[str, float]) -> str:
    """Of the three groups the records are scored in (prediction, explanation, other: :func:`claim_group`),
    the one whose types' probabilities sum highest, then its most probable type: 'other' at 0.45 spread
    over assessment 0.25 and fact 0.20 beats a prediction at 0.40 (cross-validated three-way accuracy
    0.784 taking the single most probable type, 0.791 so, on 6,839 statements)."""
    groups: dict[str, float] = {}
    for kind, score in scores.items():
        groups[claim_group(kind)] = groups.get(claim_group(kind), 0.0) + score
    group = max(groups, key=groups.get)
    return max((kind for kind in scores if claim_group(kind) == group), key=scores.get)


def reports_a_past(text: str) -> bool:
    """A finite past with nothing future-looking ('gross domestic product grew at a 2.1% annual
    rate' after 'estimates'): an estimate of what was, not a forecast. An object and infinitive
    ('sales to grow') has no finite verb and is not one."""
    words_ = tokens(text)
    if any(phrase_starts(LEXICONS[name], words_) for name in FUTURE_LEXICONS) or _WOULD.search(text) or _POSSIBILITY_MODAL.search(text):
        return False
    return bool(_PAST.search(text)) and not _OBJECT_INFINITIVE.match(text)


def expects_only(text: str) -> bool:
    """Its only words of obligation are a 'should' of expectation ('prices should fall back',
    :func:`expectation_should`): what is expected to happen, a forecast, not what someone ought to do."""
    words_ = tokens(text)
    deontic = phrase_starts(LEXICONS["deontic"], words_)
    return bool(deontic) and set(deontic) <= set(expectation_should(words_))


def futurate_progressive(text: str) -> bool:
    """'A second wave is coming', 'more to come': an event presented as on its way, with no past."""
    low = _lowered(text)
    return _found(_ARRIVAL_PROGRESSIVE, text, low) and not _found(_PAST, text, low)


def not_a_forecast(text: str) -> bool:
    """Its only future-looking grammar is a counterfactual ('inflation would not have been as high
    without …') or a 'will' of habit ('heat waves will always occur'): no coming event is foretold."""
    words_ = tokens(_HABITUAL_WILL.sub(" ", _COUNTERFACTUAL.sub(" ", text)))
    if len(words_) == len(tokens(text)):
        return False  # neither construction is there
    still_future = any(phrase_starts(LEXICONS[name], words_) for name in FUTURE_LEXICONS) or bool(_WOULD.search(" ".join(words_)))
    return not still_future and not _POSSIBILITY_MODAL.search(" ".join(words_))


def claim_group(kind: str) -> str:
    """prediction | explanation | other: the three types of the gold annotations."""
    return kind if kind in ("prediction", "explanation") else "other"


def find_hedge(text: str) -> str | None:
    """The speaker's words of likelihood (``data/hedges.txt``) as printed, preferring an adverb or
    adjective over a bare modal."""
    found = [phrase for _, phrase in phrases_at("hedges", tokens(text))]
    if not found:
        return None
    chosen = next((p for p in found if _spoken(p).lower() not in _BARE_MODALS
                   and not p[0].startswith(("would", "will", "won", "could", "may", "might", "should"))), found[0])
    printed = _printed(chosen).search(text)
    return printed.group(0) if printed else _spoken(chosen)


_SPACE_BEFORE_CLITIC = re.compile(r" (?=')")


def _spoken(phrase: tuple[str, ...]) -> str:
    return _SPACE_BEFORE_CLITIC.sub("", " ".join(phrase))  # ('won', "'t") -> "won't"


@cache
def _printed(phrase: tuple[str, ...]) -> re.Pattern:
    """The phrase as it may be printed: any space, either apostrophe."""
    pattern = ""
    for word in phrase:
        part = re.escape(word).replace("'", "[’']")
        pattern += part if word.startswith("'") or not pattern else r"\s+" + part
    return re.compile(r"(?<![\w’'])" + pattern + r"(?![\w’'])" if phrase[0][0].isalnum() else pattern + r"(?![\w’'])", re.I)


def stated_probability(text: str) -> float | None:
    """A number the speaker gave: '95% chance' -> 0.95."""
    match = _NUMBER_CHANCE.search(text)
    if match:
        value = float(match.group(1))
        if 0 <= value <= 100:
            return round(value / 100, 4)
    return None
