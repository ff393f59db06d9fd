"""Who is speaking: parse the words naming a source, and resolve short references to full names.

A *mention* is what the article prints at an attribution: "Choi Kang, acting president of the
Asan Institute", "US Secretary of State Antony Blinken", "he", "the expert", "a senior US
official", "South Korea's Joint Chiefs of Staff". :func:`parse_mention` turns it into name,
title, institution and kind; :class:`Resolver` links "Choi", "he" and "the expert" to the full
name introduced earlier, carrying that person's title and institution along.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import common_word, flagged, longest_first, past_form, words

APOS = "'’"
ABBREVIATIONS = words("abbreviations")
FUNCTION_WORDS = words("english_function_words")
HONORIFICS = words("honorifics")
PRONOUNS = {"he": "person", "she": "person", "they": "plural", "it": "org", "we": "plural", "i": "person",
            "him": "person", "her": "person"}
DETERMINERS = words("determiners")
ROLE_NOUNS = words("role_nouns")
ORG_HEADS = words("org_heads")
ORG_WORDS = words("org_words")
TITLE_WORDS = words("title_words")
DEMONYMS = words("demonyms")
AFFILIATIONS = words("affiliations")
NATIONALITY_NOUNS = words("nationality_nouns")
CONNECTORS = {"of", "for", "and", "&", "the", "de", "du", "van", "von", "der", "al", "bin", "bint", "binti", "ibn", "la", "le", "y",
              "on", "ng"}
STOP_CAPS = {"The", "A", "An", "In", "On", "At", "But", "And", "So", "Yet", "He", "She", "They", "It", "We", "I",
             "This", "That", "These", "Those", "There", "When", "While", "After", "Before", "As", "If", "For",
             "However", "Still", "Now", "Then", "Also", "Asked", "According", "Speaking", "Last", "Next",
             "Of", "From", "With", "By", "To", "Another",
             # subordinating conjunctions opening a sentence ('Lest Alberta get too confident, …')
             "Lest", "Unless", "Although", "Though", "Whereas", "Whilst", "Because", "Despite", "Amid"} \
    | {w.capitalize() for w in words("discourse_adverbials")}  # 'Besides', 'Meanwhile', 'Furthermore'

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# (and without their stops where no given name reads the same: 'Feb 24:' opens a dateline, 'Jan' may be a name)
_MONTH_ABBREVIATIONS = ("Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
                        "Feb", "Apr", "Aug", "Sept", "Oct", "Nov", "Dec")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_DAYS = set(_MONTHS + _MONTH_ABBREVIATIONS + _DAYS)
_MONTH = "(?:" + "|".join(map(re.escape, _MONTHS + _MONTH_ABBREVIATIONS)) + ")"
_DAY = "(?:" + "|".join(_DAYS) + ")"
MONTH_DAY = _MONTH + r"\.?\s+\d{1,2}(?:,?\s+\d{4})?"  # 'September 27', 'Nov. 9', 'March 18, 2024'
VIA = re.compile(r"\s+(?:quoted|cited)\s+(?:by|in)\s+(?:the\s+)?([A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*)\s*$")
VERBISH = re.compile(r"\b(is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|"
                     r"should|may|might|must|who|which|whom|whose|not|if|because|when|than)\b")


@dataclass
class Mention:
    """A source as printed, and what we make of it."""

    text: str
    name: str
    kind: str  # person | organization | group | anonymous | pronoun | definite
    title: str | None = None
    institution: str | None = None
    anonymous: bool = False
    start: int = 0
    end: int = 0
    via: str | None = None  # 'a senior US official quoted by Reuters' -> Reuters
    relative: bool = False  # found before 'who': 'officials who told Reuters that …'


def is_title_word(token: str) -> bool:
    """'director', 'Director-General', 'editor-in-chief', 'co-founder': a word naming a role."""
    word = token.lower().strip(",")
    return word in TITLE_WORDS or "-" in word and any(part in TITLE_WORDS for part in word.split("-")) \
        or "/" in word and all(part in TITLE_WORDS for part in word.split("/"))  # ('president/CEO')


EXECUTIVE_TITLES = words("executive_titles")
OWNER_NOUNS = words("owner_nouns")  # 'owner of X': X is the institution, whatever it looks like


def executive_title(title: str | None) -> bool:
    """A company officer's title (data/executive_titles.txt), perhaps after a word or two of scope
    ('group chief executive', 'global chief financial officer')."""
    words_ = re.sub(r"^the\s+", "", (title or "").lower()).split()
    return any(" ".join(words_[i:]) in EXECUTIVE_TITLES and all(w.isalpha() and not is_title_word(w) for w in words_[:i])
               for i in range(min(3, len(words_))))


def person_noun(word: str) -> bool:
    """Does the lower-case noun *word* name a person ('developer', 'advocates')? WordNet's noun.person
    nouns (data/person_nouns.txt, read on first use) and the role nouns of data/role_nouns.txt. A loanword printed
    with its accents ('attaché', 'protégé') is looked up without them, as WordNet lists it."""
    if not word.isascii():
        word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return word in ROLE_NOUNS or word in words("person_nouns")


def plural_person_noun(word: str) -> bool:
    """'advocates', 'farmers', 'sources', 'people': a plural noun naming people. Its singular must name a
    person too, so a surname WordNet lists in lower case ('banks') is no plural of 'bank'."""
    if word in ROLE_NOUNS:
        return word.endswith("s") or word in ("people", "staff", "police")
    if not word.endswith("s") or word not in words("person_nouns"):
        return word.endswith("men") and person_noun(word[:-3] + "man")  # 'fishermen'
    singulars = [word[:-1], word[:-2] if word.endswith("es") else "", word[:-3] + "y" if word.endswith("ies") else ""]
    return any(s and s in words("person_nouns") for s in singulars)


# 'al-Badri', 'el-Sisi', 'bin-Salman': a name particle joined by a hyphen to a capitalised name (stripped:
# 'Faleh' for 'al-Faleh').
HYPHENED_PARTICLES = r"al|el|ul|bin|ibn|abu|de|da|di|du|van|von|ben"  # (the alternation, as NAME_RE reads it too)
PARTICLE_PREFIX = re.compile(r"(?i:" + HYPHENED_PARTICLES + r")-(?=[A-Z])")  # ("al-Faleh", "Al-Ja’afari")
# 'UNDP', 'ISO'; with a lower-case letter between capitals, 'MoES', 'DfE' (India's Ministry of Earth Sciences)
_ACRONYM = re.compile(r"[A-Z]{2,6}|(?=\w{3,6}$)[A-Z](?:[a-z]?[A-Z])+")


def is_acronym(token: str | None) -> bool:
    """'UNDP', 'RBC', 'ISO': two to six capital letters; 'MoES', 'DfE': capitals with single lower-case
    letters between them."""
    return bool(token) and _ACRONYM.fullmatch(token) is not None



def _is_cap(token: str) -> bool:
    return bool(token) and (token[0].isupper() or token[0].isdigit() or "-" in token and bool(PARTICLE_PREFIX.match(token))) \
        and token.lower() not in ("i",)


def _strip_trailing_punct(text: str) -> str:
    """Punctuation after a name goes, but the full stop of a company's abbreviated legal form stays
    ('Tokyo Electron Ltd.', 'Example Inc.')."""
    bare = text.strip().rstrip(",;:.").strip()
    keeps = keeps_full_stop(bare) or bare.split()[-1:] in (["Jr"], ["Sr"])  # 'Jane Roe Jr.'
    return bare + "." if text.strip().rstrip(",;:").endswith(".") and keeps else bare


def keeps_full_stop(name: str) -> bool:
    """Does *name* end in an abbreviated legal form whose full stop belongs to it ('Ltd', 'Inc')?"""
    last = name.split()[-1] if name.split() else ""
    return last in ORG_WORDS and last.lower() in ABBREVIATIONS


COUNTRIES = words("countries")
ORG_KINDS = words("org_kinds")
_NOT_MODIFIER = r"(?!(?:of|at|for|with|in|and|or|to|from|on|by|who|which|that|is|was)\b)"
# A descriptor printed before an organisation's name, no part of it: 'German chipmaker' Infineon,
# 'the state-run' Institute, 'Maryland-based' U, 'Washington think tank the' Brookings Institution.
ORG_DESCRIPTOR = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:"
    r"(?:" + _NOT_MODIFIER + r"[\w.’'&-]+,?\s+){0,4}?(?:" +
    "|".join(longest_first(re.escape(k).replace(r"\ ", r"\s+") for k in ORG_KINDS)) + r")"
    r"|(?:" + _NOT_MODIFIER + r"[\w.’'&-]+,?\s+){0,3}?[\w.’'&]+-(?:" + "|".join(sorted(words("org_modifier_suffixes"))) + r")"
    r")\s+(?:the\s+)?(?=[A-Z0-9])")

_MODIFIER = re.compile(r"[\w.’'&]+-(?:" + "|".join(sorted(words("org_modifier_suffixes"))) + r")")  # 'Taipei-based'
# ('a Bishkek based political analyst': the hyphen left out, before a role in lower case)
_BASED = r"(?:" + _MODIFIER.pattern + r"|[A-Z][\w.’'&]*\s+based(?=\s+[a-z]))"
_BASED_FIRST = re.compile(r"^" + _BASED + r"\s+(?=\S)")  # 'Washington-based analyst' -> 'analyst'
# 'Tokyo-based Ace …', 'New York-based Ace …' -> 'Ace …' (a place of up to four words)
_MODIFIER_BEFORE_NAME = re.compile(r"^(?:[A-Z][\w.’'&]*\s+){0,3}" + _MODIFIER.pattern + r"\s+(?=[A-Z])")


def without_base(institution: str | None) -> str | None:
    """'Tokyo-based Ace Research Institute', 'New York-based Ace Investment Management' -> 'Ace …': where a body is
    based is no part of its name."""
    return _MODIFIER_BEFORE_NAME.sub("", institution) if institution else institution


# 'director of 38 North', 'of the progressive Economic Policy Institute' (an adjective before a name with
# an organisation's word in it is no part of the name)
_OF_INSTITUTION = re.compile(
    r"\s(?:of|for)\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){1,2}(?=[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*\s+(?:" +
    "|".join(sorted(re.escape(w) for w in ORG_WORDS)) + r")\b))?([A-Z].*|\d+\s+[A-Z].*)$")


def without_org_descriptor(text: str) -> str:
    """'German chipmaker Infineon' -> 'Infineon'; 'the state-run Institute of X' -> 'Institute of X';
    anything else unchanged."""
    match = ORG_DESCRIPTOR.match(text)
    return text[match.end():] if match else text


PARTY_OFFICES = words("party_offices")
REPORTER_MODIFIERS = words("reporter_modifiers")
OFFICE_TIME = words("office_time_modifiers")  # 'former', 'acting': when a role is held


def office_time(title: str | None) -> tuple[str, str] | None:
    """'former Liverpool boss' -> ('former', 'Liverpool boss'): the word saying when a role was held and the
    role of two words or more after it, for readers that read the role alone and put the word back."""
    tokens = (title or "").split()
    return (tokens[0], " ".join(tokens[1:])) if len(tokens) > 2 and tokens[0].lower() in OFFICE_TIME else None
_PARTY_ROLE = re.compile(r"(?:the\s+)?((?:former|ex-|outgoing|interim|acting)\s+)?((?:[A-Z][\w-]*\s+){1,2})([a-z][a-z ]*)$")


def party_role(title: str | None) -> tuple[str, str] | None:
    """'the former Labour leader' -> ('former leader', 'Labour'), 'Liberal Democrat leader' ->
    ('leader', 'Liberal Democrat'): a party office printed after the party's name."""
    match = _PARTY_ROLE.match(title or "")
    if not match or match.group(3) not in PARTY_OFFICES or not all(w in AFFILIATIONS for w in match.group(2).split()):
        return None
    return (match.group(1) or "") + match.group(3), match.group(2).strip()


# What may follow a reporter's word without it being one: a preposition ('fellow at X' is a role), or a noun making
# one name with it ('local government', 'local authority').
_NOT_AFTER_MODIFIER = {"at", "of", "for", "with", "in", "from", "to", "government", "authority", "authorities", "council",
                       "councils"}


def without_reporter_modifier(title: str | None, possessed: bool = False) -> str | None:
    """'fellow opposition leader' -> 'opposition leader', 'the latest Sky Sports pundit' -> 'the Sky Sports
    pundit': the reporter's word before a role goes, after an article if one opens it (not from a body's name:
    'local government minister'). 'top' after a possessive (*possessed*: "Sample Country's top military analyst")
    ranks the person among that place's and stays, as in the gold."""
    words_ = (title or "").split()
    lead = 1 if words_ and words_[0].lower() in ("the", "a", "an") else 0
    if len(words_) > lead + 1 and words_[lead].lower() in REPORTER_MODIFIERS \
            and words_[lead + 1].lower() not in _NOT_AFTER_MODIFIER and not (possessed and words_[lead].lower() == "top"):
        return " ".join(words_[:lead] + words_[lead + 1:])
    return title


def without_new(title: str | None) -> str | None:
    """'new Energy Minister' -> 'Energy Minister': that the office is new is the reporter's news, no part of it
    (in lower case only: 'New Zealand Prime Minister' keeps its country)."""
    return re.sub(r"^new\s+(?=\S)", "", title) if title else title


def without_title_abbreviation(role: str) -> str:
    """'chief executive officer (CEO) of Alphabet Inc.' -> 'chief executive officer of Alphabet Inc.': a bracketed
    abbreviation of the title's own words (its initials) is no part of the role and hides the 'of' after it."""
    def drop(match: re.Match) -> str:
        before = re.sub(r"[’']s?\s*$", "", role[:match.start()])  # ("the Sample Council of Health’s (SCH) director")
        letters = match.group(1)
        return "" if letters in (_last_initials(re.findall(r"[A-Za-z]+", before), len(letters)),
                                 _last_initials(re.findall(r"[A-Z][A-Za-z]*", before), len(letters))) else match.group(0)
    return re.sub(r"\s*\(([A-Z]{2,5})\)", drop, role)


def _last_initials(words_: list[str], count: int) -> str:
    """The initials of the last *count* of *words_*, in capitals ('' where there are fewer)."""
    return "".join(w[0] for w in words_[-count:]).upper() if len(words_) >= count else ""


def split_institution_role(role: str) -> tuple[str | None, str | None]:
    """An appositive role -> (title, institution); a country is no institution."""
    role = without_reporter_modifier(role.strip())  # 'the latest Sky Sports pundit': the reporter's word goes
    role = _at_the_time_removed(role)  # 'then a debt analyst with X', 'now a senior advisor at X', 'now head of X'
    role = without_title_abbreviation(role)
    unpossessed = without_place_possessive(role)  # "Pakistan's Defence Minister", "Punjab's Health Minister": the state's office
    role = role if team_role(unpossessed) else unpossessed  # ("India's fielding coach": the national team's)
    party = party_role(_strip_trailing_punct(role))
    if party:
        return party
    staff = _CHIEF_OF_STAFF.fullmatch(_strip_trailing_punct(role))
    if staff:  # 'Chief of Army Staff', 'White House Chief of Staff': an office whole, its staff no organisation
        owner = (staff.group("owner") or "").strip()
        return staff.group("office"), owner if owner and looks_like_organisation(owner) else None
    listed = _title_comma_organisation(_strip_trailing_punct(role)) or _owner_then_title(_strip_trailing_punct(role)) \
        or _organisation_then_office(_strip_trailing_punct(role)) \
        or _role_of_a_countrys_body(_strip_trailing_punct(role)) or _role_of_a_countrys_named_body(_strip_trailing_punct(role))
    if listed:
        return listed
    title, institution = _split_role(role)
    if institution is None and title:
        title, institution = role_for_a_lower_case_body(title) or (title, None)
    if institution and (institution in DEMONYMS or two_word_demonym(institution)):
        # 'former nuclear negotiator for the Iranian government': a state role, named whole
        whole = re.split(r",\s*(?:who|which|whose|where)\b|\s+(?:who|that|which)\s", _strip_trailing_punct(role))[0]
        return _clean_title(whole), None
    if institution and not (institution in COUNTRIES and team_role(title)):  # ('India’s fielding coach': the team)
        owner = re.match(r"([\w.]+)[’']s?(?:\s+(.+))?$", institution)
        if institution in COUNTRIES or owner and owner.group(1) in COUNTRIES and not owner.group(2) \
                or is_place(institution):
            # 'Russia's foreign minister', 'North Korea’s Foreign Minister': a possessive country is no
            # institution and no part of the title (a country adjective, 'US President', stays)
            institution = None
        elif owner and owner.group(1) in COUNTRIES:
            institution = owner.group(2)
        institution = without_nationality(without_base(institution))
        if institution and _titled_person(institution):
            institution = None  # 'a spokesman for Public Safety Minister Vic Toews': a person is no institution
    return title, institution


# 'Chief of Staff', 'Chief of Army Staff', 'Deputy Chief of the General Staff' ('White House' before it: its owner).
_CHIEF_OF_STAFF = re.compile(r"(?:the\s+)?(?:(?P<owner>(?:[A-Z][\w.&’'-]*\s+){0,4}?)\s*)?"
                             r"(?P<office>(?:(?:[Dd]eputy|[Vv]ice|[Aa]ssistant)\s+)?[Cc]hief\s+of\s+(?:the\s+)?"
                             r"(?:[A-Z][a-z]+\s+|[a-z]+\s+)?[Ss]taff)(?:\s+\([A-Z]{2,6}\))?")


def _titled_person(name: str) -> bool:
    """'Public Safety Minister Vic Toews': a title word, then a person's name of two or three words."""
    tokens = name.split()
    return any(len(tokens) > n and is_title_word(tokens[-n - 1]) and all(t[:1].isupper() for t in tokens[-n:])
               and classify_name(" ".join(tokens[-n:])) == "person" for n in (2, 3))


# A time adverb opening a role in apposition: the role is the one held at the time of the statement.
_AT_THE_TIME = re.compile(r"^(?:then|now|currently)\s+(?=(?:a|an|the)\s|(\S+))", re.I)


def _at_the_time_removed(role: str) -> str:
    """'now a senior advisor at X', 'now head of X': when a role is held is no part of it (a role follows: an
    article, or a title word or a noun of a person; not 'now living in X')."""
    match = _AT_THE_TIME.match(role)
    if match and (match.group(1) is None or is_title_word(match.group(1)) or person_noun(match.group(1).lower())):
        return role[match.end():]
    return role


_BODY_HEADS = ORG_HEADS | {"program", "programme", "service", "force", "forces", "army", "navy", "council", "centre", "center"}


_COUNTRYS_NAMED_BODY = re.compile(r"(.+?)\s+(?:of|at|for|in|with)\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)[’']s?\s+"
                                  r"(?:the\s+)?([A-Z].*)")


def _role_of_a_countrys_named_body(role: str) -> tuple[str, str] | None:
    """'vice president of Sampleland’s Academy of Natural Sciences' -> ('vice president', 'Academy of Natural
    Sciences'), 'Director of Saint Sample’s Meteorological Services': a role of a country's body printed by
    its name; the country's possessive goes, as a place adjective does (annotations/README.md), and is no
    institution."""
    match = _COUNTRYS_NAMED_BODY.fullmatch(role)
    if not match or not (match.group(2) in COUNTRIES or is_place(match.group(2))) \
            or capitalised_chain(match.group(3)) != match.group(3) or not looks_like_organisation(match.group(3)):
        return None
    role_head = re.split(r"\s+(?:of|for)\s+", match.group(1))[0].split()[-1]
    if not (is_title_word(role_head) or person_noun(role_head) or "-" in role_head):  # ('second-in-command')
        return None
    return _clean_title(match.group(1)), match.group(3)


def _role_of_a_countrys_body(role: str) -> tuple[str, str] | None:
    """"spokesman of the Philippines' national disaster relief agency" -> ('spokesman', 'national disaster relief
    agency'): a role of a country's body named in lower case; the country's possessive goes, as a place
    adjective does (annotations/README.md)."""
    match = re.fullmatch(r"(.+?)\s+(?:of|at|for|in)\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)[’']s?\s+([a-z][a-z -]*)", role)
    if not match or match.group(3).split()[-1] not in _BODY_HEADS \
            or not (match.group(2) in COUNTRIES or is_place(match.group(2))):
        return None
    role_head = re.split(r"\s+(?:of|for)\s+", match.group(1))[0].split()[-1]  # ('director of medical services')
    if not (is_title_word(role_head) or person_noun(role_head)):
        return None
    return _clean_title(match.group(1)), match.group(3)


def _owner_then_title(role: str) -> tuple[str, str] | None:
    """'RBC’s Assistant Chief Economist' -> ('Assistant Chief Economist', 'RBC'): an organisation's possessive,
    then a capitalised title (a country's or a person's possessive is read elsewhere)."""
    match = re.fullmatch(r"(?:the\s+)?([A-Z][\w.&-]*(?:\s+(?:of|for|and|&|[A-Z][\w.&-]*))*)[’']s?\s+"
                         r"([A-Z][\w-]*(?:\s+(?:of|for|and|&|[A-Z][\w-]*)){0,5})", role)
    if not match or not (is_title_word(match.group(2).split()[-1]) or is_title_word(match.group(2).split()[0])
                         and " of " in match.group(2)):
        return None  # ('ING’s Head of Commodities Strategies')
    owner = match.group(1)
    if not (looks_like_organisation(owner) or is_acronym(owner)) or is_place(owner):
        return None
    return match.group(2), owner


def _organisation_then_office(role: str) -> tuple[str, str] | None:
    """'Sample Office Chief of Science and Technology' -> ('Chief of Science and Technology', 'Sample Office'): an
    organisation's name (its last word an organisation's, or an acronym), then a capitalised office of a field
    ('Head of Research'); all capitalised, no possessive."""
    tokens = role.split()
    for i in range(1, len(tokens) - 2):
        office = tokens[i:]
        owner = " ".join(tokens[:i])
        if (tokens[i - 1] in ORG_WORDS or is_acronym(tokens[i - 1])) and is_title_word(tokens[i]) \
                and "of" in office[1:3] and all(_is_cap(t) or t in CONNECTORS for t in tokens) \
                and owner not in COUNTRIES and not is_place(owner):  # ('US Secretary of State': a state's office)
            return " ".join(office), owner
    return None


_BRACKETED_ACRONYM = re.compile(r"\s+\([A-Z][A-Za-z]{1,7}\)$")


def without_bracketed_acronym(institution: str | None) -> str | None:
    """'National Energy … Commission (NERC)' printed beside a person -> the name without its acronym (an
    acronym printed alone is spelled out where the article does, :meth:`.coreference.Resolver.expand_acronym`)."""
    return _BRACKETED_ACRONYM.sub("", institution) if institution else institution


def _title_comma_organisation(role: str) -> tuple[str, str] | None:
    """'Chief Investment Strategist, Geojit Financial Services', 'Executive Director, UNDP', 'currency analyst,
    Sample Securities', 'director, institutional research, Sample Capital': a title (perhaps with its
    department), a comma, and the organisation's name alone (that it names an organisation must show)."""
    match = re.fullmatch(r"(?:(?:the|a|an)\s+)?([\w-]+(?:\s+[\w&-]+){0,5}(?:,\s+[a-z][\w-]*(?:\s+[\w-]+){0,4})?),\s+([A-Z][^,]*)",
                         role)
    if not match or not any(is_title_word(w) or person_noun(w.lower()) for w in match.group(1).split(",")[0].split()) \
            or re.search(r"\b(?:at|with|from)\s", match.group(1)):
        return None  # ('an astronomer at the University of X, Twin Cities': the employer is before the comma)
    organisation = without_bracketed_acronym(match.group(2))  # ('…, Kenya Renal Association (KRA)')
    if capitalised_chain(organisation) != organisation or is_place(organisation) or _MODIFIER.match(organisation) \
            or not (looks_like_organisation(organisation) or is_acronym(organisation.split()[0])):
        return None  # ('Mayor, Nairobi': a place; 'IBM India': an acronym's firm and where it works)
    return match.group(1), organisation


def two_word_demonym(words_: str) -> bool:
    """'Sri Lankan', 'Saudi Arabian', 'New Zealander': a capitalised word, then a nationality adjective."""
    tokens = words_.split()
    return len(tokens) == 2 and tokens[0][:1].isupper() and tokens[1] in DEMONYMS and tokens[1][1:].islower() \
        and tokens[0] not in ORG_WORDS  # (not 'RSM US')


def without_nationality(institution: str | None) -> str | None:
    """'Chinese Foreign Ministry' -> 'Foreign Ministry', 'U.S. State Department' -> 'State Department': a
    nationality adjective before a state body named by its portfolio goes (annotations/README.md); it stays
    in a name it is part of ('European Central Bank', 'Chinese Academy of Sciences')."""
    short = re.match(r"(?:U\.S\.?|US|U\.K\.?|UK)\s+(?=[A-Z])", institution or "")
    if short and classify_name(institution[short.end():]) == "organization" \
            and len(institution[short.end():].split()) > 1:
        # 'US Cybersecurity and Infrastructure Security Agency': a place adjective goes (annotations/README.md)
        return institution[short.end():]
    tokens = (institution or "").split()
    i = 0
    while i < len(tokens) - 2 and (tokens[i] in DEMONYMS or tokens[i] in COUNTRIES) and tokens[i].lower() not in RANKS:
        i += 1
    if i and (tokens[i] in PORTFOLIOS or tokens[i] in STATE_BODIES) and tokens[-1] in ORG_WORDS \
            and all(t in PORTFOLIOS or t in STATE_BODIES for t in tokens[i:]):
        return " ".join(tokens[i:])
    return institution


def is_place(name: str | None) -> bool:
    """'North Korea', 'South Korea', 'UK', 'Marshall Islands': a country or region, perhaps with its compass word."""
    bare = re.sub(r"[’']s?$", "", name or "")
    tokens = bare.split()
    return bare in COUNTRIES or bool(tokens) and tokens[-1] in COUNTRIES and all(t in COUNTRIES or t in DEMONYMS for t in tokens)


# 'North Korea’s Foreign Minister': a country owning a title.
_PLACE_POSSESSIVE = re.compile(r"(?:the\s+)?((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*?)[’']s?\s+(?=\S)")


def without_place_possessive(title: str | None) -> str | None:
    """'North Korea’s Foreign Minister' -> 'Foreign Minister': a possessive country (or, before a public office, any
    place's name: "Punjab's Health Minister") before a title goes
    (annotations/README.md: a state leader keeps a country adjective, 'US President', not a possessive)."""
    match = _PLACE_POSSESSIVE.match(title or "")
    rest = title[match.end():].split() if match else []
    jurisdiction = bool(match) and (is_place(match.group(1)) or public_office([], rest) and not looks_like_organisation(match.group(1))
                                    and not is_acronym(match.group(1)))  # ("Punjab's Health Minister": a state's office)
    if jurisdiction and any(is_title_word(w) for w in rest):
        return title[match.end():]
    return title


def _state_body_role(title: str) -> tuple[str, str] | None:
    """'Chinese Foreign Ministry spokeswoman' -> ('spokeswoman', 'Foreign Ministry'), 'US Federal Reserve
    Chairman' -> ('Chairman', 'Federal Reserve'): a body of two or more capitalised words ending in an
    organisation's word, printed before a role, is the institution, without the nationality adjective
    before a state body (:func:`without_nationality`); 'Kremlin spokesperson' and 'German Finance
    Minister' stay whole (one word, no such word)."""
    tokens = title.split()
    i = 0
    while i < len(tokens) and (tokens[i] in DEMONYMS or tokens[i] in COUNTRIES or tokens[i].lower() == "the"):
        if tokens[i].lower() in RANKS | {"top"}:
            return None  # 'Former Sample Bank chief economist': no longer there, the whole is the title
        i += 1
    lead = []
    for k, tok in enumerate(tokens[i:], i):
        if tok.lower() in ("of", "for") and lead and lead[-1] in ORG_WORDS and k + 1 < len(tokens) \
                and _is_cap(tokens[k + 1]) and not is_title_word(tokens[k + 1]):
            lead.append(tok)  # 'Ministry of Electricity spokesman', 'State Bank of Pakistan Governor'
            continue
        if not _is_cap(tok) or is_title_word(tok) or tok.lower() in HONORIFICS | RANKS:
            break  # ('Bureau of Meteorology Senior Climatologist': a rank opens the title)
        lead.append(tok)
    lead = _without_unit_after_name(_without_office_word(lead, tokens[i:]))
    rest = tokens[i + len(lead):]
    named = len(lead) > 2 and any(t in ("of", "for") for t in lead[1:-1])
    if len(lead) < 2 or lead[-1] not in ORG_WORDS and not named or not rest or not is_title_word(rest[-1]) \
            or any(t in DEMONYMS or re.search(r"[’']s?$", t) for t in lead) \
            or not named and len(rest) == 1 and rest[0].lower() == "minister":
        return None  # ('Emergency Services Minister': a minister's portfolio, the state's office whole)
    place = [t for t in tokens[:i] if t.lower() != "the"]
    # the nationality goes before a state body ('Chinese Foreign Ministry'), not from a name ('British Medical Association')
    return " ".join(rest), without_nationality(" ".join(place + lead))


# Letters after a name: degrees and honours, no role ('Jane Roe, Ph.D.', 'Jane Roe, MD').
POSTNOMINAL = r"(?:Ph\.?\s?D|M\.?D|MBA|M\.?P\.?H|D\.?Phil|Esq|OBE|MBE|CBE|KBE|FRS|RN|DO)\.?"


def _split_role(role: str) -> tuple[str | None, str | None]:
    """An appositive role -> (title, institution).

    'director of the Center for North Korean Studies at the Sejong Institute' ->
    ('director of the Center for North Korean Studies', 'Sejong Institute');
    'acting president of the Asan Institute for Policy Studies think tank in Seoul' ->
    ('acting president', 'Asan Institute for Policy Studies');
    'director of the CDC's National Center for ...' -> (whole, 'CDC'): a sub-unit stays in the title.
    """
    role = re.sub(r"^\d{1,3}(?:,\s*|$)", "", _strip_trailing_punct(role))  # 'Jane Roe, 45, a teacher': an age is no role
    if not role or re.fullmatch(POSTNOMINAL, role):
        return None, None  # 'Jane Roe, Ph.D.': a degree, no role
    if re.match(r"[a-z]+ing\b", role) and not is_title_word(role.split()[0]) \
            and not (len(role.split()) > 1 and is_title_word(role.split()[1])):  # ('managing director at X': a role)
        return None, None  # ', referencing an 81-68 loss …': what the person did, no role
    clause = re.search(r",?\s+who\s+", role)  # (case-sensitive: 'WHO' is an organisation)
    main, relative = (role[:clause.start()], role[clause.end():]) if clause else (role, "")
    if relative and main and not re.match(r"(?:who|which|whose|where)\b", main):
        # 'economist, who is also an adviser at X', 'a former ambassador who chairs the programme at
        # Center C': the role paired with the named institution
        first, second = split_institution_role(main), split_institution_role("who " + relative)
        return second if second[1] and not first[1] else first
    role = re.split(r"(?:,|\s+and)\s*(?:who|which|whose|where)\b", role)[0]  # (", and who also …")
    # 'who is (also) a professor at X'; 'who heads the energy desk at Citi'
    who = re.match(r"who\s+(?:is|was|serves\s+as)(?:\s+(?:also|now|currently|additionally))?\s+(?:as\s+)?"
                   r"((?:a|an|the)\s+.*|[a-z].*\s(?:at|of|with|for)\s+(?:the\s+)?[A-Z].*)$", role)
    if who:
        return split_institution_role(who.group(1))
    # 'director of 38 North, a Washington-based monitoring group': the institution's own appositive goes
    role = re.split(r",\s+(?:a|an)\s+(?=\S)", role)[0]
    who = re.match(r"who\s+(?:(?:also|now|currently)\s+)?(?:co-)?(?:heads|leads|runs|directs|chairs|manages|oversees|"
                   r"teaches|works)\s+[^,;—–]*?\s(?:at|of|for|across)\s+(?:the\s+)?([A-Z][^—–]*)$", role)
    if who:
        return None, capitalised_chain(who.group(1))
    who = re.match(r"who\s+(?:(?:also|now|currently)\s+)?(?:co-)?(?:heads|leads|runs|directs|chairs|manages|founded|owns|"
                   r"operates)\s+(?:the\s+)?([A-Z][^—–]*)$", role)
    if who and capitalised_chain(who.group(1)) and looks_like_organisation(capitalised_chain(who.group(1))):
        return None, capitalised_chain(who.group(1))  # 'who runs (owns) Sample Advisory': the organisation she heads
    comma_of = re.match(r"([^,]+),\s+(?:of|at|from|with)\s+(?:the\s+)?([A-Z][^,]*)$", role)
    if comma_of and any(is_title_word(w) for w in comma_of.group(1).split()) and capitalised_chain(comma_of.group(2)):
        # 'MER principal investigator, of Cornell University': the role as printed (a project's name in
        # it stays), the employer after the comma
        return _clean_title(comma_of.group(1)), capitalised_chain(comma_of.group(2))
    seat = re.match(r"who\s+(?:(?:also|now|currently)\s+)?(?:sits|serves)\s+on\s+(?:the\s+)?([A-Z][^—–]*)$", role)
    if seat:  # 'who sits on the House Committee on Foreign Relations': a member of that body
        return None, capitalised_chain(seat.group(1))
    if re.match(r"(?i:known|seen|widely|also|now|then|speaking|writing|adding|saying|though|although|because|whereas|however|"
                r"too|meanwhile|for\s+example|for\s+instance|in\s+turn|in\s+a|in\s+an|on\s+\w+day|\w+ly\b)\b|"
                r"(?:who|which|whose|Who|Which|Whose)\b", role):  # case-sensitive: 'WHO Director of …' is a role
        return None, None
    if _ONE_OF.match(role):
        return _clean_title(role), None  # 'One of his advisers': a role as printed, no organisation
    if re.match(r"on\s+(?:a|an|the)\s", role):
        return None, None  # ', on a recent edition of the show': where the person spoke, no role
    held_as = re.match(r"as\s+(?:(?:a|an|the)\s+)?(?=\S)", role)
    if held_as:  # ', as chairman of the Sample Fund': the role; ', as a panel of lawmakers met …': a clause, none
        title, institution = split_institution_role(role[held_as.end():])
        words_ = (title or "").split()
        return (title, institution) if 0 < len(words_) <= 4 and (is_title_word(words_[-1]) or person_noun(words_[-1].lower())) \
            else (None, None)
    return _split_plain_role(role)


_UNIT_OF_PARENT = re.compile(r"(.+?)\s+(?:for|at)\s+(?:the\s+)?([A-Z].*)")


def _split_plain_role(role: str) -> tuple[str | None, str | None]:
    """A role with no relative clause -> (title, institution): two roles, an acronym, 'of/at/with' an
    organisation, a state office named by its portfolio, else :func:`_organisation_before_role`."""
    role = re.sub(r"^(?:a|an|the|one(?!\s+of\b))\s+", "", role, flags=re.I)  # ('one Sample University doctor')
    # 'of Redwood City, California-based Area 1 Security', 'CEO of German chipmaker Infineon', 'at the
    # state-run Institute': a descriptor of the organisation is no part of its name
    role = re.sub(r"\b((?:of|at|with|for)\s+)" + ORG_DESCRIPTOR.pattern, r"\1", role)
    role = _DESCRIPTOR_AFTER_PREPOSITION.sub(_without_descriptor, role)
    role = _LEVEL_BEFORE_BODY.sub(r"\1", role)  # 'with the state Employment Security Department'
    # 'a Democratic pollster who is not involved with the campaign': the role ends at 'who'
    role = re.split(r"\s+(?:who|that|which|whose)\s", role)[0]
    if not role:
        return None, None
    two_roles = r",?\s+(?:and|as\s+well\s+as)\s+(?:now\s+|also\s+|currently\s+)?(?=(?:a|an|the|its|his|her)\s+[a-z])" \
        r"|,\s+(?:now|currently)\s+(?=(?:(?:a|an|the)\s+)?[a-z])"  # ('former Trade Minister, now a member of X')
    if re.search(two_roles, role):
        # Two roles ('…, as well as a professor at …'): the one paired with a named institution;
        # 'and the Media' inside a name is no second role.
        options = [split_institution_role(part) for part in re.split(two_roles, role)]
        # a current role before a former one ('X's former chief economist and now a professor at Y')
        with_inst = sorted((o for o in options if o[1]), key=lambda o: _former(o[0] or ""))
        return with_inst[0] if with_inst else options[0]
    acronym = re.match(r"([A-Z]{2,6})\s+(\S+.*)$", role)
    if acronym and acronym.group(1) not in DEMONYMS and is_title_word(acronym.group(2).split()[0]):
        return _clean_title(acronym.group(2)), acronym.group(1)  # 'WHO Director of Global Alert and Response'
    # (the second role may open with its organisation's name: 'investor and Sample chief analyst')
    bare_and = re.split(r"\s+and\s+(?!(?:the|a|an)\s+[A-Z])(?=[a-z]|[A-Z][\w&-]*\s+[a-z])", role, maxsplit=1)
    if len(bare_and) == 2 and (is_title_word(bare_and[0].split()[-1]) or person_noun(bare_and[0].split()[-1])):
        # 'Georgetown professor and executive vice president of the Quincy Institute': the role
        # paired with the named institution
        left, right = _split_role(bare_and[0]), _split_role(bare_and[1])
        if right[1] and right[0] and not left[1] and left[0] and all(w.islower() for w in left[0].split()) \
                and not bare_and[1].startswith(right[1]) and (len(right[0].split()) <= 2 or len(left[0].split()) == 1 and len(right[0].split()) <= 3):
            # 'chief executive and founder of X', 'founder and chief executive officer of X': one role of X (not
            # 'investor and X chief analyst': X's role alone)
            return f"{left[0]} and {right[0]}", right[1]
        if right[1] and right[0] and not left[1]:
            return right
        former = [_former(part[0] or "") for part in (left, right)]
        current = right if former[0] else left
        if former.count(True) == 1 and current[0] and current[1]:
            # 'a Harvard professor and former IMF chief economist': of two roles, the current one at
            # its named institution (annotations/README.md)
            return current
        if not any(former) and all(left) and all(right) and is_title_word(right[0].split()[0]):
            return left  # 'Reserve Bank of Fiji Governor and Chairman of the Macroeconomic Committee': the first of two
    match = re.match(r"(?:of|at|from|with)\s+(?:the\s+)?([A-Z].*)$", role)
    if match:
        owner = _owner_of_unit(role[:match.start(1)] + match.group(1), titled=False)
        if owner:  # 'of NASA's Goddard Space Flight Center', 'from IDC’s Mobile Phone team': the owner
            return None, owner
        unit = capitalised_chain(match.group(1))
        parent = unit and re.match(r"\s+at\s+(?:the\s+)?([A-Z].*)$", match.group(1)[len(unit):])
        # 'from the Department of Political Science at Stony Brook University': the parent
        return None, capitalised_chain(parent.group(1)) if parent else unit
    owner = _owner_of_unit(role)
    if owner:
        return _clean_title(role), owner
    inside = _role_in_organisation(role)
    if inside:
        return inside
    adviser = _ADVISER_TO_BODY.match(role)
    body = adviser and capitalised_chain(adviser.group(2))
    if body and classify_name(body) == "organization" and not adviser.group(2)[len(body):].startswith(" on "):
        # 'advisor to the X Commission' (not 'a longtime adviser to the CDC on vaccine issues', who advises from outside)
        return _clean_title(adviser.group(1)), body
    match = re.search(r"(?:^|\s)(?:at|with|from)\s+(?:the\s+)?([A-Z].*)$", role)  # (its descriptor gone above)
    if match:
        inst = capitalised_chain(match.group(1))
        if inst:
            title = role[:match.start()].strip() or None
            return _clean_title(title), inst
    match = _FOR_ORGANISATION.search(role)
    if match and any(is_title_word(w) or person_noun(w) for w in role[:match.end(1)].split()) \
            and capitalised_chain(match.group(2)) == match.group(2) and _employer_after_for(match.group(2)):
        owner = re.match(r"(.+?)[’']s\s", match.group(2))  # ('director for the IMF’s Africa Department': a sub-unit)
        if owner and not _possessive_in_name(match.group(2)[owner.end():]):
            return _clean_title(role), owner.group(1)
        return _clean_title(role[:match.end(1)]), match.group(2)  # 'curator of palaeobiology for the Museum of Nature'
    match = _OF_INSTITUTION.search(role)
    if match and _office_of_portfolio(role[:match.start()], match.group(1)):
        # 'Minister for Youth Empowerment and Sports', 'Joint Director of Agriculture': a state office named
        # by its portfolio, whole, with no institution (annotations/README.md: state officials)
        return _clean_title(re.split(r"\s+and\s+(?=[a-z])", role)[0]), None  # ('… and in-charge of X': a second role)
    head = role[:match.start()].split()[-1] if match and role[:match.start()].split() else ""
    if head and (head.lower().strip(",") in TITLE_WORDS | {"president", "head", "director"}
                 or is_title_word(head)  # 'secretary-general'
                 or _person_noun_of_organisation(role[:match.start()], match.group(1))
                 or head.lower() in OWNER_NOUNS):
        rest = match.group(1)
        # ("Farmers' Union": a name; 'head of Citi’s commodities research': a unit in lower case, in the title too)
        possessive = re.match(r"([A-Z][\w.&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.&-]*)*)[’']s\s+(?:[A-Z]|[a-z]+\s+[a-z])", rest)
        if possessive and not _possessive_in_name(rest[possessive.end() - 1:]):
            return _clean_title(role), possessive.group(1)
        owned = re.fullmatch(r"([A-Z]{2,6})\s+((?:[a-z]+\s+){0,2}[a-z]+)", rest)
        if owned and owned.group(2).split()[-1] in _UNIT_NOUNS:  # 'head of the IMF team': the acronym's unit
            return _clean_title(role), owned.group(1)
        inst = capitalised_chain(rest)
        unit = _UNIT_OF_PARENT.fullmatch(inst or "")
        if unit and unit.group(1).split()[-1].rstrip("s") not in ORG_WORDS and looks_like_organisation(unit.group(2)):
            # 'Medical Director of Urgent Care for Atrium Health': the unit stays in the title, its parent is the
            # institution (not 'Centers for Disease Control', a name of its own)
            return _clean_title(role[:role.index(inst)] + unit.group(1)), unit.group(2)
        unit_of = _unit_of_parent(inst or "")
        if unit_of:  # 'Director of the Crop Production Department of the Ministry of X'
            return _clean_title(role[:role.index(inst)] + unit_of[0]), unit_of[1]
        if inst:
            return _clean_title(role[:match.start()]), inst
    return _organisation_before_role(role)


# 'senior advisor to the Public Utility Commission': one who advises a body works for it (not 'adviser to President X',
# nor an adviser 'to the CDC on vaccine issues', who advises it on a subject from outside)
_ADVISER_TO_BODY = re.compile(r"(.*\b(?:advis[eo]r|consultant|counsell?or))\s+to\s+(?:the\s+)?([A-Z].*)$", re.I)


_UNIT_NOUNS = words("unit_nouns")  # 'the IMF team', 'the PLA general staff': a part of the organisation


def _possessive_in_name(after: str) -> bool:
    """'Hospital' after 'Duke Children’s', 'Hospital in Sampleton' after 'St. Luke's': one capitalised word after a
    possessive, a word that heads an organisation's name, ends the name the possessive is part of (a unit of an
    owner is named by more: 'NASA's Science Mission Directorate', 'IMF’s European Department')."""
    unit = capitalised_chain(after) or ""
    return len(unit.split()) == 1 and unit in ORG_WORDS


# The last word of a unit's name inside an organisation: 'the Crop Production Department', 'the Public Meteorology Center'.
_UNIT_HEADS = {"Department", "Center", "Centre", "Board", "Office", "Division", "Unit", "Program", "Programme", "Section",
               "Directorate", "Laboratory", "Institute", "School", "Faculty"}


def _unit_of_parent(name: str) -> tuple[str, str] | None:
    """'Crop Production Department of the Ministry of Agriculture' -> ('Crop Production Department', 'Ministry of
    Agriculture'), 'Board of NPC Sample' -> ('Board', 'NPC Sample'): a unit of an organisation, 'of' (the) organisation
    that holds it, stays in the title and the parent is the institution, as for a possessive parent ('director of NASA's
    Science Mission Directorate', annotations/README.md). The parent must be an organisation printed after 'the', or
    open with an acronym ('Board of Governors of …', 'Institute of Economics', 'Department of Health' stay whole)."""
    for match in re.finditer(r"\s+of\s+(the\s+)?", name):
        unit, parent = name[:match.start()], name[match.end():]
        first = parent.split()[0] if parent.split() else ""
        if unit.split()[-1] in _UNIT_HEADS and (match.group(1) and classify_name(parent) == "organization"
                                                 or is_acronym(first) and (parent == first or looks_like_organisation(parent))) \
                and not is_place(parent) and not any(is_title_word(t) for t in parent.split()):
            return unit, parent
    return None


# A role 'at', 'with' or 'from' an organisation's unit, printed after the organisation's possessive; with no role
# before it, 'of' too ('Jane Roe of Sample Agency's Goddard Space Flight Center').
_OWNERS_UNIT = re.compile(r"(?:^|\s)(at|with|from|of)\s+(?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)[’']s\s+(.+)$")


_IN_ORGANISATION = re.compile(r"(.+?)\s+(in|on)\s+(?:the\s+)?([A-Z].*)$")
# Bodies whose members sit 'on' them: 'leader on Sample City Council', 'member on the Sample Board'.
_SEATED_BODIES = {"council", "committee", "board", "commission", "panel", "assembly", "senate"}


def _role_in_organisation(role: str) -> tuple[str, str] | None:
    """'assistant professor in the Department of Health Policy', 'permanent secretary of Sample Programme in the
    Ministry of Health' -> (the role, the organisation): 'in' a body named with an organisation's word (data/org_words.txt)
    is where the person works, as 'at' it is ('analyst in London' is where, 'professor in Sample University's
    School of Law' is read as 'at' is); 'on' a body one sits on ('group leader on Sample City Council',
    :data:`_SEATED_BODIES`) likewise."""
    match = _IN_ORGANISATION.fullmatch(role)
    if not match or not any(is_title_word(w) or person_noun(w.lower()) for w in match.group(1).split()):
        return None
    body = capitalised_chain(match.group(3))
    if not body or classify_name(body) != "organization" or is_place(body) or re.search(r"[’']s\b", body) \
            or not re.fullmatch(r"[\s,.;:]*", match.group(3)[len(body):]) \
            or match.group(2) == "on" and body.split()[-1].lower() not in _SEATED_BODIES:
        return None
    return _clean_title(match.group(1)), body


def _owner_of_unit(role: str, titled: bool = True) -> str | None:
    """'mathematician at NASA's near-Earth object programme', 'analyst with SDC's Worldwide Phone Tracker' -> the
    owner (NASA, SDC): a sub-unit whose words name no organisation, in lower case or capitalised, stays
    in the title and its parent is the institution, as in 'director of NASA's Science Mission Directorate'
    (annotations/README.md); a unit named as an organisation ('at Sample University's Roe School of Policy') is
    the institution itself. The owner must name an organisation (an acronym, or words such as 'Bank'), not a place.
    Not *titled* (no role printed: 'of NASA's Goddard Space Flight Center', 'from SDC’s Mobile Phone team'), any unit
    of two or more words gives its owner: there is no title for it to stay in, and the owner is who employs the person."""
    match = _OWNERS_UNIT.search(role) if titled else _OWNERS_UNIT.match(role)
    if not match or titled and (match.group(1) == "of" or not role[:match.start()].strip()):
        return None
    owner, unit = match.group(2), capitalised_chain(match.group(3)) or match.group(3)
    if is_place(owner) or not (is_acronym(owner) or looks_like_organisation(owner)) \
            or titled and classify_name(unit) == "organization" or len(unit.split()) < 2:
        return None  # ("at Sampleton's Roe Children's Hospital": a place's, or a name with a possessive in it)
    return owner


# After a preposition, lower-case words (joined by commas or 'and') before a capitalised name: perhaps what kind of
# organisation the name is ('with catastrophe modeler Sample Solutions', 'from security risk analysts Stratfor').
_DESCRIPTOR_AFTER_PREPOSITION = re.compile(r"\b((?:of|at|with|for|from)\s+)(?:the\s+)?((?:[a-z][\w-]*,?\s+(?:and\s+)?){0,6}?)"
                                           r"([a-z][\w-]*)\s+(?=[A-Z])")


# 'of the state Health Department': the level of government is a word of the story, not of the body's name
_LEVELS = "|".join(sorted(words("government_levels")))  # 'state', 'federal' (data/government_levels.txt)
_LEVEL_BEFORE_BODY = re.compile(r"\b((?:of|at|with|for|from|to)\s+the\s+)(?:" + _LEVELS
                                + r")\s+(?=[A-Z])")


def _without_descriptor(match: re.Match) -> str:
    """'of project management and strategic planning firm ' -> 'of ', 'with catastrophe modeler ' -> 'with ': after a
    preposition, words describing the organisation named next go, ending in a kind of organisation (data/org_kinds.txt,
    perhaps plural) or a noun naming the people it is made of ('modeler', 'analysts'); the words before it are its
    modifiers (no function word but 'and')."""
    head, modifiers = match.group(3), match.group(2).replace(",", " ").split()
    kind = head in ORG_KINDS or head.endswith("s") and head[:-1] in ORG_KINDS or person_noun(head) \
        or plural_person_noun(head)
    if not kind or is_title_word(head) or any(w in FUNCTION_WORDS and w != "and" for w in modifiers):
        return match.group(0)
    return match.group(1)


def _person_noun_of_organisation(before: str, rest: str) -> bool:
    """'rector of Northern Electricity College', 'chief entomologist of the Directorate General of …': a noun
    naming a person (data/person_nouns.txt) of an organisation's name is a role of it, like a title word."""
    inst = capitalised_chain(rest)
    return person_noun(before.split()[-1].lower()) and bool(inst) and classify_name(inst) == "organization"


_BASED_BEFORE_ROLE = re.compile(r"^(?:(?:the|a|an)\s+)?" + _BASED + r"\s+(?=\S+\s)")


def with_office_time(title: str | None, split) -> tuple[str, str] | None:
    """'former Liverpool boss' -> ('Liverpool', 'former boss'): the role after a word of when it was held
    (:func:`office_time`), split by *split* (a reader of a role returning (organisation, title) or None),
    with the word put back; None if *title* has no such word or *split* reads no organisation."""
    timed = office_time(title)
    found = split(timed[1]) if timed else None
    return (found[0], f"{timed[0]} {found[1]}") if found else None


def _timed_org_before_title(title: str) -> tuple[str, str] | None:
    """'former British Airways Chief Executive' -> ('British Airways', 'former Chief Executive'), by
    :func:`_org_before_title`: only for one role ('Former Tottenham Hotspur and Manchester United striker'
    stays whole) and an organisation of more than one word or an acronym ('the former Gichugu MP' is a
    place's)."""
    if " and " in title:
        return None
    found = with_office_time(title, _org_before_title)
    return found if found and (" " in found[0] or is_acronym(found[0])) else None


def _organisation_before_role(role: str) -> tuple[str | None, str | None]:
    """'UA professor of planetary science', 'Sample Bank’s Asia economist': an organisation named before
    a lower-case role; else the role whole. Where the person or firm is based goes ('Ankara-based political
    analyst', 'a Taipei-based Sample Corp analyst')."""
    role = _BASED_BEFORE_ROLE.sub("", role)
    timed = _timed_org_before_title(role) or _named_area_office(role)  # ('Sample County Emergency Management director')
    if timed:
        return timed[1], timed[0]
    tokens = role.split()
    lead = []
    for i, tok in enumerate(tokens):
        if tok in ("of", "for") and lead and lead[-1] in ORG_WORDS and _cap_follows(tokens, i + 1) \
                and not is_title_word(next(t for t in tokens[i:] if t.lower() not in CONNECTORS)):
            lead.append(tok)  # 'University of Sampleton professor': the organisation's name runs on
            continue
        if tok in ("and", "&") and any(t in ORG_WORDS for t in lead) and ("of" in lead or "for" in lead) \
                and _possessive_run_follows(tokens, i + 1):
            lead.append(tok)  # 'Center for Strategic and Budgetary Assessments’ vice president': one owner's name
            continue
        if _is_cap(tok) and not is_title_word(tok) and tok not in DEMONYMS and tok not in AFFILIATIONS:
            lead.append(tok)
            if re.search(r"[’']s?$", tok) and tok[-2:] not in ("ss", "us") and len(lead) > 1:
                break  # 'Sample Bank’s Asia economist': the owner's name ends at its possessive ('Carter’s' may be a person)
        else:
            break
    if lead and lead[0].lower() in HONORIFICS | {"its", "their"}:
        lead = []  # "Mrs. Clinton's communications director": a person, not an institution
    if lead and all(t in PORTFOLIOS or is_state_word(t) and not re.search(r"[’']s?$", t) for t in lead) \
            or public_office(lead, tokens[len(lead):]) or _local_area_office(lead):
        lead = []  # 'Finance Minister', 'US Secretary of State', 'Unification Minister': a state office, named whole
    while lead and not re.search(r"[’']s?$", lead[-1]) and _name_runs_on(tokens, len(lead)):
        lead += tokens[len(lead):len(lead) + _name_runs_on(tokens, len(lead))]  # '365 bank', 'WOOD & Company'
    lead = _without_office_word(lead, tokens)
    if _place_before_person_noun(lead, tokens[len(lead):]):
        return _clean_title(" ".join(tokens[len(lead):])), None  # 'a Sampleton farmer': where she is from
    if len(lead) == 1 and _capitalised_adjective(lead[0]) and all(t.islower() for t in tokens[1:]):
        return _clean_title(role), None  # 'Political analyst, Jane Roe, says': a sentence's capital, no organisation
    possessive = bool(lead) and bool(re.search(r"[’']s$", lead[-1])) and any(is_title_word(t) for t in tokens[len(lead):])
    moved = _title_words_ending(lead, tokens[len(lead):])
    if moved:  # 'PSC Communications Director': the words of the title before its capitalised noun
        return _clean_title(" ".join(tokens[len(lead) - moved:])), " ".join(lead[:-moved])
    if lead and len(lead) < len(tokens) and (tokens[len(lead)][0].islower() or is_title_word(tokens[len(lead)])
                                             or possessive or _office_opens(tokens, len(lead))):
        lead_text = " ".join(lead)
        lead_text = re.sub(r"[’']s?$", "", lead_text)
        owned = bool(re.search(r"[’']s?$", lead[-1]))  # ("Sample Bank's top economist")
        return _clean_title(without_reporter_modifier(" ".join(tokens[len(lead):]), owned)), lead_text
    return _clean_title(role), None


def _without_office_word(lead: list[str], tokens: list[str]) -> list[str]:
    """The words *lead* of an organisation's name before a title in *tokens*, without the first word of an office of
    two words ('Solicitor General', 'National Treasury Cabinet Secretary', 'Ministry of Finance Permanent
    Secretary': data/compound_offices.txt), which is whole."""
    return lead[:-1] if lead and _office_opens(tokens, len(lead) - 1) else lead


def _office_opens(tokens: list[str], i: int) -> bool:
    """Does an office of two words (data/compound_offices.txt) open at *tokens*[*i*]?"""
    return " ".join(tokens[i:i + 2]).lower() in COMPOUND_OFFICES


def _possessive_run_follows(tokens: list[str], i: int) -> bool:
    """Do capitalised words from *i* run to a possessive ('Budgetary Assessments’')?"""
    for tok in tokens[i:]:
        if not _is_cap(tok) or is_title_word(tok):
            return False
        if re.search(r"[’']s?$", tok):
            return True
    return False


def _title_words_ending(lead: list[str], rest: list[str]) -> int:
    """How many words at the end of an organisation's name *lead* read before a capitalised title belong to the title:
    one word of the language after the name's acronym or its last organisation word ('PSC Communications Director',
    'WHO Regional Director', 'Sample Corp Finance Director'; not 'UN Security Council President', nor a possessive)."""
    if not rest or not is_title_word(rest[0]) or not rest[0][:1].isupper():
        return 0
    end = max((i for i, t in enumerate(lead) if t in ORG_WORDS or is_acronym(t)), default=-1)
    trailing = lead[end + 1:]
    if end < 0 or len(trailing) != 1 or not all(common_word(t) and t not in ORG_WORDS and t not in DEMONYMS
                                                and not is_place(t) and not re.search(r"[’']s?$", t) for t in trailing):
        return 0  # (one word: two may name a unit, 'WVU Health System Chief Epidemiologist')
    return 1


# Local areas of government named by their common noun alone ('County Prosecutor'): no organisation's name.
_LOCAL_AREAS = {"County", "District"}


def _local_area_office(lead: list[str]) -> bool:
    """'County Prosecutor', 'County Health Director' (*lead* 'County', 'County Health'): an office of the local area
    the article is about, named by the area's common noun, is named whole as a place's office is (annotations/README.md:
    state officials keep the title as printed); a named area is an institution ('Sample County Executive')."""
    return bool(lead) and lead[0] in _LOCAL_AREAS


_ADJECTIVE_ENDING = re.compile(r"(?:al|ic|ive|ous|ary|ent|ant)$")


def _capitalised_adjective(word: str) -> bool:
    """'Political', 'Economic', 'Independent': an adjective of the language (a dictionary word with an
    adjective's ending), capitalised only because it opens a sentence — no organisation's name."""
    return common_word(word) and bool(_ADJECTIVE_ENDING.search(word.lower())) and word not in ORG_WORDS


def _qualifies_a_title(word: str) -> bool:
    """'Regional', 'Scientific', 'Programme', 'Mission': an adjective of the language or the noun of a unit, before a
    title word, says which post it is, not where ('Regional Director', 'Programme manager', 'Mission Chief')."""
    return _capitalised_adjective(word) or word.lower() in words("unit_nouns")


def _place_before_person_noun(lead: list[str], rest: list[str]) -> bool:
    """'Sampleton farmer', 'Sampleton resident': one capitalised word that names no organisation before a
    lower-case noun naming a person that is no role at an organisation (not a title word): the place the
    person is from, no institution ('Sample Bank analyst' and 'Liverpool manager' stay split)."""
    return len(lead) == 1 and bool(rest) and all(t.islower() for t in rest) and person_noun(rest[-1]) \
        and not any(is_title_word(t) for t in rest) and classify_name(lead[0]) != "organization" \
        and not re.search(r"[’']s?$", lead[0])


# 'one of the report's authors', 'One of his advisers': a member of a group named by its possessor.
_ONE_OF = re.compile(r"(?:one|One)\s+of\s+(?:the|his|her|its|their|our)\s+[^,;]*[a-z]s$")


# 'for' an organisation after a lower-case word, not inside a name ('Centers for Disease Control') nor after a
# participle ('working for X'; a gerund after 'of' names a portfolio: 'director of purchasing for X'): the employer.
_FOR_ORGANISATION = re.compile(r"(?:^|\s)((?:(?<=\bof\s)|(?![\w-]*ing\b))[a-z][\w-]*)\s+for\s+(?:the\s+)?([A-Z][^,;]*?)\s*$")


def _employer_after_for(name: str) -> bool:
    """'Sample Bank', 'IDC', 'GasBuddy' after 'analyst for': an organisation's name of two or more words or an
    acronym, or one word that is no word of the language (:func:`name_not_word`), which names the employer before
    a role too ('GasBuddy analyst'); not a name cut short ('reporter for U.S')."""
    if " " not in name:
        return is_acronym(name) or "." not in name and (name_not_word(name) or _word_naming_an_employer(name))
    return classify_name(name) == "organization"


def _word_naming_an_employer(word: str) -> bool:
    """'Motive' after 'head of strategic analytics for': one capitalised word of the language names the employer
    where it names no portfolio, field, place, state or title ('Minister for Finance', 'director for Europe')."""
    return _names_something(word) and word not in PORTFOLIOS and not field_noun(word) and not is_place(word)


def _office_of_portfolio(office: str, portfolio: str) -> bool:
    """'Minister' for 'Youth Empowerment and Sports', 'Joint Director' of 'Agriculture': a minister of anything, a
    secretary of anything but a named organisation, or any office of a portfolio alone."""
    head = office.split()[-1].lower() if office.split() else ""
    words_ = [w.strip(",") for w in portfolio.split() if w.lower().strip(",") not in CONNECTORS]
    if office.lower().endswith("general secretary"):
        return False  # 'general secretary of Aslef': a union's or party's officer, of the body it names
    if head == "minister":
        return True  # 'Minister of Health and Social Services': a minister's office is the state's, whatever its words
    if head == "secretary":  # ('general secretary of the CWU': an acronym names an organisation)
        # (a state body's word names an organisation where other words of a name come with it: 'Kuwait Real-Estate Union')
        named = any(not is_state_word(w) and w not in PORTFOLIOS and w not in STATE_BODIES for w in words_)
        return not any(w in ORG_WORDS and (w not in PORTFOLIOS and w not in STATE_BODIES or named) or is_acronym(w)
                       for w in words_)
    return is_title_word(head) and bool(words_) and all(w in PORTFOLIOS for w in words_)


def _cap_follows(tokens: list[str], i: int) -> bool:
    """Is the next word that is not a connector capitalised? ('of the Automotive Industry')"""
    while i < len(tokens) and tokens[i].lower() in CONNECTORS:
        i += 1
    return i < len(tokens) and tokens[i][:1].isupper()


def _name_runs_on(tokens: list[str], i: int) -> int:
    """How many words from *tokens[i]* still belong to an organisation named before a role: '& Company'
    (an ampersand and the capitalised words after it) or a lower-case noun naming a kind of organisation
    right before the role noun ('365 bank analyst', 'Sample group chief economist'). 0 if none."""
    if i >= len(tokens):
        return 0
    if tokens[i] == "&" and i + 1 < len(tokens) and _is_cap(tokens[i + 1]) and not is_title_word(tokens[i + 1]):
        k = i + 1
        while k < len(tokens) and _is_cap(tokens[k]) and not is_title_word(tokens[k]):
            k += 1
        return k - i
    if tokens[i] in _NAMED_ORG_HEADS - {"ministry"} and i + 1 < len(tokens) and is_title_word(tokens[i + 1]) \
            and not is_state_word(tokens[i - 1]):  # ('Algerian ministry spokesman': the state's, one title)
        return 1
    return 0


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    # ('its chief economist' stays: coreference names the organisation 'its' refers to)
    title = re.sub(r"^(?:a|an|the|his|her)\s+", "", title.strip(" ,"), flags=re.I)
    title = re.sub(r"\s+based\s+(?:in|at)\s+.*$", "", title)  # 'senior economist based in London': where, not what
    title = _without_trailing_participle(title)  # ('economist based', before 'at Sample Bank')
    title = re.sub(r",\s+(?:at|on|in|during)\s+(?:a|an|the)\s+.*$", "", title)  # '…, at a press conference': when
    title = re.sub(r",\s+(?:when|while|after|before|asked|speaking)\s.*$", "", title)  # '…, when asked about …
    title = re.sub(r"\s+(?:from|since|until|in|between)\s+(?:the\s+)?\d{4}\b.*$", "", title)  # 'president from 1990-98': when
    title = _BASED_FIRST.sub("", title)  # 'Washington-based analyst': where, not what
    title = _without_place_after(title)
    title = _without_participle_clause(title)
    return without_nationality_adjective(title) or None


_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ing|ed)")


def _without_trailing_participle(title: str) -> str:
    """'economist based', 'officer stationed' (the place of work cut off after them): the past participle that led to it
    goes where a role's noun precedes it (not a field in -ing: 'scientific officer forecasting')."""
    words_ = title.split()
    if len(words_) > 1 and re.fullmatch(r"[a-z]{3,}ed", words_[-1]) \
            and any(is_title_word(w) or person_noun(w.lower()) for w in words_[:-1]):  # ('Curator of Corals based')
        return " ".join(words_[:-1])
    return title


_IRREGULAR_PARTICIPLES = words("irregular_participles")  # 'known', 'seen' (data/irregular_participles.txt)


def _without_participle_clause(title: str) -> str:
    """'official monitoring emergencies' -> 'official', 'researcher cited in the report' -> 'researcher', 'analyst,
    expressing doubts' -> 'analyst': a participle after a noun naming a person, with words after it, opens a clause
    about the person, no part of the role, when a function word follows it or no noun of a role does (not a participle
    before the role's noun: 'chief operating officer', 'chief fixed income strategist'; nor a last word: 'scientific
    officer forecasting')."""
    tokens = title.split()
    for i in range(1, len(tokens) - 1):
        before, word = tokens[i - 1].rstrip(","), tokens[i]
        if (_PARTICIPLE.fullmatch(word) or word in _IRREGULAR_PARTICIPLES) \
                and (is_title_word(before) or before.islower() and person_noun(before)) \
                and (tokens[i + 1].lower() in FUNCTION_WORDS  # ('cited in', 'talking to')
                     or not any(is_title_word(t) or person_noun(t.lower().strip(",")) for t in tokens[i + 1:])):
            return " ".join(tokens[:i]).rstrip(",")
    return title


def without_rank_after(title: str | None) -> str | None:
    """'spokesman Colonel' (before 'Shen Jinke') -> 'spokesman', 'chief Air Chief Marshal' -> 'chief', 'Police Chief
    Gen.' -> 'Police Chief': a military rank printed between a role and the name is the person's rank, not the role
    (alone it stays: 'Major General')."""
    tokens = (title or "").split()
    end = len(tokens)
    while end > 1 and (start := _rank_before(tokens, end)) is not None:
        end = start
    role = tokens[:end]  # a lower-case role, or an office of something: 'Chief of Army Staff General' -> 'Chief of
    # Army Staff'; 'Secretary General', 'Major General' stay whole
    office_of = "of" in role and is_title_word(role[0])
    # a rank of two words or more after a capitalised role ('Military Training Director Major General') is one too
    long_rank = len(tokens) - end > 1 and is_title_word(role[-1])
    # an abbreviated rank after a capitalised role ('National Police Chief Gen.') is no part of the office either
    abbreviated = len(tokens) - end == 1 and tokens[-1].lower().rstrip(".") in _RANK_ABBREVIATIONS and is_title_word(role[-1]) \
        and not rank_word(role[-1])  # ('Brig. Gen.' is one rank)
    # an academic rank after a public office ('Governor Professor', before the name) is the form of address (not after
    # a word that ranks professors: 'Associate Professor')
    academic = len(tokens) - end == 1 and tokens[-1].lower().rstrip(".") in ("professor", "prof") \
        and role[-1].lower() in PUBLIC_OFFICES
    return " ".join(role) if end < len(tokens) and (role[-1].islower() and is_title_word(role[-1]) or office_of or long_rank
                                                    or abbreviated or academic) \
        else title


def clean_role(title: str | None, institution: str | None) -> tuple[str | None, str | None]:
    """A title and institution read elsewhere (:mod:`.roles`) put in the form the rules give theirs:
    no article or place before or after the title, no descriptor, nationality or lower-case article before the
    institution ('Maryland-based Sample University' -> 'Sample University'; 'at The Weather Network' keeps the
    capital 'The' printed inside a sentence, as the name's)."""
    if institution:
        institution = re.sub(r"^the\s+", "", institution.strip(" ,"))
        institution = without_base(institution)
        institution = without_nationality(without_org_descriptor(institution))
        place = re.search(r"\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?$", institution)
        named = institution[:place.start()].split() if place else []
        if place and len(named) > 1 and any(w in ORG_WORDS for w in named) \
                and classify_name(place.group(0).split(None, 1)[1]) != "organization":
            institution = " ".join(named)  # 'Sample Institute in Berlin': where it is ('More in Common' stays)
    return without_academic_address(without_rank_after(_clean_title(title))), institution or None


def without_nationality_adjective(title: str | None) -> str | None:
    """'British economist' -> 'economist', 'Swiss-American climate scientist' -> 'climate scientist': a
    nationality adjective before a lower-case role is no part of the title (annotations/README.md); it stays
    before a state's role ('Ugandan health minister', data/state_roles.txt), a capitalised title ('German
    Finance Minister') and as a country's short name ('UK director')."""
    timed = office_time(title)
    if timed:  # 'former Australian defense attaché'
        return f"{timed[0]} {without_nationality_adjective(timed[1])}"
    tokens = (title or "").split()
    if len(tokens) > 1 and tokens[0] in DEMONYMS and tokens[0][1:].islower() and _military_rank(tokens[1:]):
        return " ".join(tokens[1:])  # 'Latvian General': a nationality before a military rank goes too ('US President',
        # 'German Ambassador' are a state's offices, which keep it)
    if len(tokens) > 2 and tokens[0] in ("North", "South", "East", "West") and tokens[1] in DEMONYMS:
        tokens = [tokens[0] + "-" + tokens[1]] + tokens[2:]  # 'North Korean defector'
    elif len(tokens) > 2 and two_word_demonym(" ".join(tokens[:2])):
        tokens = [tokens[1]] + tokens[2:]  # 'Sri Lankan captain'
    cut = next((i for i, t in enumerate(tokens) if i > 1 and t in ("to", "of", "for", "at", "in", "on")), len(tokens))
    if len(tokens) < 2 or not all(t.islower() for t in tokens[1:cut]) or not all(
            part in DEMONYMS and part[1:].islower() and part.lower() not in RANKS | {"top", "eastern", "western", "latin"}
            or part in ("North", "South", "East", "West") for part in tokens[0].split("-")) \
            or any(t.strip(",") in words("state_roles") for t in tokens[1:cut]) \
            or not any(is_title_word(t) or person_noun(t) for t in tokens[1:cut]):
        return title
    return " ".join(tokens[1:])


def _without_place_after(title: str) -> str:
    """'research economist in Washington, D.C.' -> 'research economist': a place after a lower-case role
    (a country or capital, or 'City, State') is where the person works, not the role."""
    match = re.search(r"\s+in\s+((?:[A-Z][\w.]*\s*)+(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?)$", title)
    if not match or not title[:match.start()].split() or not title[:match.start()].split()[-1].islower():
        return title
    place = match.group(1)
    before = title[:match.start()].split()[-1]
    if len(place.split()) <= 2 and (is_title_word(before) or person_noun(before)) and classify_name(place) != "organization":
        return title[:match.start()]  # 'forecaster in Melbourne': where the person works
    return title[:match.start()] if place.split()[0].strip(",") in COUNTRIES or "," in place else title


def _serial_name_follows(tokens: list[str], i: int) -> bool:
    """After a comma, does a name run on as a list ending in 'and': 'Science, Sustainability and the Media'?"""
    seen_and = False
    for tok in tokens[i:i + 6]:
        bare = tok.rstrip(",.;:")
        if bare in ("and", "&"):
            seen_and = True
        elif not (bare[:1].isupper() and bare not in STOP_CAPS) and bare.lower() not in CONNECTORS:
            return False
        elif seen_and and bare[:1].isupper():
            return True
        if bare != tok and not seen_and:
            return False  # 'Foo Bank, London, and Paris' is a list of places
    return False


_ACADEMIC_HEADS = {"University", "College"}


def _campus_follows(name: list[str], rest: list[str]) -> bool:
    """After 'University of California,' or 'Sample College,', does a campus's name end the words ('Davis', 'Twin
    Cities', 'British Columbia')? One capitalised word, or two that name a place or end in a plural, then the end
    of the text or a comma: the campus is part of the university's name (a person's name after it is not)."""
    if not any(t.rstrip(",") in _ACADEMIC_HEADS for t in name):
        return False
    size = next((n for n in (1, 2) if len(rest) >= n and (len(rest) == n or rest[n - 1].endswith(","))), 0)
    campus = [t.rstrip(",") for t in rest[:size]]
    if not campus or not all(re.fullmatch(r"[A-Z][a-z]+", t) for t in campus) or any(t in ORG_WORDS for t in campus):
        return False
    return size == 1 or is_place(" ".join(campus)) or campus[-1].endswith("ies")


# The head of a public body's name, printed in lower case after its capitalised words ('Fiji Meteorological service').
_PUBLIC_BODY_HEADS = {"service", "department", "ministry", "agency", "bureau", "office", "council", "authority",
                      "commission", "institute", "caucus", "committee", "board"}


def _area_after_dash(rest: list[str]) -> bool:
    """'Sampleton & King County' after 'Public Health –': capitalised words (and connectors) that run to the end of
    the phrase after a spaced dash, so that the dash joins one name ('Public Health – Seattle & King County'), not
    an aside ('Sample Bank – the largest lender')."""
    return bool(rest) and rest[0][:1].isupper() \
        and all(t[:1].isupper() or t.lower() in CONNECTORS for t in rest) and not rest[-1].endswith(",")


def capitalised_chain(text: str) -> str | None:
    """The leading proper name of *text*: 'Sejong Institute in Seoul' -> 'Sejong Institute'."""
    tokens = text.split()
    out: list[str] = []
    for i, tok in enumerate(tokens):
        bare = tok.rstrip(",.;:")
        if bare[:1] == "(" and not re.fullmatch(r"\([A-Z]{2,6}\)", bare):
            break  # 'Yardeni Research (photo …': a bracket that is no acronym ends the name
        if bare and (bare[0].isupper() or bare[0].isdigit() or bare[0] == "("):
            kept = tok.rstrip(",;:")  # 'U.S.', 'Robert W. Baird', 'St. Joseph', 'Sample Pharmaceutical Inc.'
            out.append(kept if re.fullmatch(r"(?:[A-Z]\.)+", kept) or kept[:-1].lower() in ABBREVIATIONS else bare)
        elif bare.lower() in CONNECTORS and out and _cap_follows(tokens, i + 1):
            out.append(bare)
        elif bare == "–" and out and _area_after_dash(tokens[i + 1:]):
            out.append(bare)  # 'Public Health – Sampleton & King County': a body's name for its area
        elif out and bare in _PUBLIC_BODY_HEADS and i + 1 == len(tokens) and not any(t in ORG_WORDS for t in out):
            out.append(bare)  # 'the Fiji Meteorological service': the body's own word, in lower case, ends its name
            break
        elif bare == "in" and len(out) == 1 and not out[0].isupper() and i + 1 < len(tokens) \
                and tokens[i + 1][:1].isupper() and tokens[i + 1].rstrip(",.") not in COUNTRIES \
                and not (tokens[i + 2:i + 3] and tokens[i + 2][:1].isupper()):
            out.append(bare)  # 'More in Common' (but 'ING in Amsterdam', 'ThinkEquity in San Francisco')
        else:
            break
        if bare != tok:  # punctuation ends the name
            if tok.endswith(",") and _serial_name_follows(tokens, i + 1):
                out[-1] = tok  # 'Center for Science, Sustainability and the Media'
                continue
            if tok.endswith(",") and _campus_follows(out, tokens[i + 1:]):
                out[-1] = tok  # 'University of California, Davis'
                continue
            if tok.endswith(")") or not tok.endswith("."):
                break
    while out and out[-1].lower() in CONNECTORS:
        out.pop()
    result = " ".join(out).strip()
    result = re.sub(r"[’']s?$", "", result) if result.endswith(("’s", "'s")) else result
    return result or None


NAME_PARTICLES = {"de", "van", "von", "der", "den", "bin", "bint", "binti", "ibn", "al", "da", "di", "del", "la", "le", "du",
                  "dos", "ter", "ten", "ap"}


def _occupation(word: str) -> bool:
    """'Seismologist', 'Volcanologist', 'Historian': a noun of a person's occupation (an -ist or -ian noun of
    WordNet's persons, or a science's -ologist), not a party's member nor a nationality."""
    low = word.lower()
    return low.endswith(("ist", "ian")) and (person_noun(low) or low.endswith("ologist")) \
        and word not in AFFILIATIONS and word not in DEMONYMS


def _role_word_at(tokens: list[str], i: int) -> bool:
    """Is the word at *i* of a phrase ending in a name part of the role before the name? A title word or an
    honorific; an occupation opening the phrase ('Seismologist Jane Roe said': a sentence's capital on it); a
    person noun (:func:`_person_noun_before_name`) or a rank after a role ('Army Chief Gen MM Naravane') with a
    given name and a surname after it; an abbreviated rank after a role or before two names ('Gen MM Naravane')."""
    tok = tokens[i]
    low = tok.lower().rstrip(".")  # ('Capt.', 'Gen.')
    if _given_name_after_role(tokens, i):
        return False
    if is_title_word(tok) or low in HONORIFICS:
        return True
    if low in _RANK_ABBREVIATIONS and (i > 0 or len(tokens) > 2):
        return True  # ('Gen Aoki' alone may be a given name and a surname)
    if low in _OPENING_HONORIFICS and len(tokens) - i > 2 and (i == 0 or is_title_word(tokens[i - 1])):
        return True  # (not inside a name: 'Ali Sheikh Hassan Omar')
    if i == 0 and len(tokens) > 2 and _occupation(tok):
        return True
    if len(tokens) - i > 2 and (_compound_person_noun(tok) or _acronym_before_name(tokens, i)):
        return True
    return len(tokens) - i > 2 and (_person_noun_before_name(tokens, i) or i > 0 and low in _RANKS_AFTER_ROLE)


def _given_name_after_role(tokens: list[str], i: int) -> bool:
    """'meteorologist Dean Sgarbossa', 'coach Earl Watson': a title word that is a given name too, after a role
    printed in lower case and before the surname alone, is the person's given name (not a portfolio's word, which
    addresses a judge: 'chairwoman Justice Chigumba')."""
    before = tokens[i - 1] if i > 0 else ""
    return i == len(tokens) - 2 and before.islower() and (is_title_word(before) or person_noun(before)) \
        and given_name(tokens[i]) and tokens[i] not in PORTFOLIOS and _is_cap(tokens[i + 1])


def _compound_person_noun(token: str) -> bool:
    """'Co-trainer', 'Assemblyman', 'Councilwoman': a hyphenated word ending in a noun of a person, or a
    person noun compounded with '-man', '-woman' or '-person', names a role, never a given name."""
    low = token.lower()
    if "-" in low:
        return person_noun(low.rsplit("-", 1)[1]) and low.split("-", 1)[0] not in ("ex", "self")
    return low.endswith(("man", "woman", "person")) and len(low) > 7 and person_noun(low)


def _acronym_before_name(tokens: list[str], i: int) -> bool:
    """'CIA John Brennan', 'Isles MSP Tavish Scott', 'PRO PK Das': an acronym of three capitals or more before
    a given name that is no word of the language and a surname is a body or an office ('KP Sharma Oli' keeps
    its initials, 'ISO New England' its place)."""
    return len(tokens[i]) >= 3 and tokens[i].isupper() and is_acronym(tokens[i]) and _is_cap(tokens[i + 1]) \
        and _is_cap(tokens[i + 2]) and not common_word(tokens[i + 1])


def _person_noun_before_name(tokens: list[str], i: int) -> bool:
    """'Public Health Nurse Jane Roe', 'EU Chief Observer Jane Roe', 'Juror Jane Roe': a capitalised noun of a
    person (WordNet's persons) before a given name and a surname is a role, not a part of the name; the first
    word of the phrase only if it is no given name ('Hunter', 'Mason' and 'Taylor' are persons too), which the
    two capitalised words before 'Nurse' show."""
    word = tokens[i].strip(",")
    if not _is_cap(word) or word.isupper() or not person_noun(word.lower()) or word in AFFILIATIONS or word in DEMONYMS:
        return False
    return i > 0 and _is_cap(tokens[i - 1]) or i == 0 and word.lower() in _ROLE_NOT_NAME


# Ranks abbreviated before a name without a full stop ('Gen MM Naravane', 'Lt Gen Jane Roe'); 'Gen' is a given name too.
_RANK_ABBREVIATIONS = {"gen", "lt", "col", "brig", "maj", "capt", "cmdr", "sgt", "cpl", "adm"}
# Honorifics only where they open a name of two words or more (data/opening_honorifics.txt: 'Sheikh Naim Qassem').
_OPENING_HONORIFICS = words("opening_honorifics")
# Persons that open a phrase before a full name as a role, never as a given name ('Juror Jane Roe').
_ROLE_NOT_NAME = {"juror", "observer", "nurse", "councillor", "counsellor", "negotiator", "monitor"}


def split_title_name(np: str) -> tuple[str | None, str]:
    """'US Secretary of State Antony Blinken' -> ('US Secretary of State', 'Antony Blinken')."""
    tokens = np.split()
    if len(tokens) > 2 and tokens[0].lower() in NATIONALITY_NOUNS and not any(is_title_word(t) for t in tokens[1:]):
        tokens = tokens[1:]  # 'Irishman Philip Lane': a nationality, as a nationality adjective is, is neither
        np = " ".join(tokens)
    last_title = -1
    for i, tok in enumerate(tokens[:-1]):
        if _role_word_at(tokens, i):
            last_title = i
    if last_title < 0:
        return None, np
    j = last_title + 1
    # 'Secretary of State Antony Blinken': the title runs on through 'of X' while a name remains.
    while j < len(tokens) - 2 and tokens[j].lower() in ("of", "for", "to") and _is_cap(tokens[j + 1]) \
            or j < len(tokens) - 3 and tokens[j].lower() == "to" and tokens[j + 1] == "the" and _is_cap(tokens[j + 2]):
        j += 3 if tokens[j + 1] == "the" else 2  # 'Ambassador to the UN Linda Roe' ('Director of the X' is split later)
        joined = False  # past an 'and' the portfolio runs on to a two-word name
        while j < len(tokens) - 2:
            if _portfolio_runs_on(tokens, j) and j + 2 <= len(tokens) - 2:
                j, joined = j + 2, True  # 'for Power, Energy and Mineral Resources': 'and' and the word after it
            elif _is_cap(tokens[j]) and (joined and common_word(tokens[j].strip(","))
                                         or not _looks_like_given_name(tokens[j], tokens[j + 1:])
                                         or tokens[j].strip(",") in PORTFOLIOS):
                j += 1
            elif joined and _is_cap(tokens[j]):
                break  # ('… and Mineral Resources Khaled Abdulaziz Al-Falih': the name opens at a word of no dictionary)
            else:
                break
    j = _after_lower_case_portfolio(tokens, j)
    if j == last_title + 1 and len(tokens) - j > 2 and field_noun(tokens[j]):
        j += 1  # 'Scientific Officer Climatology Jane Roe': the field goes with the title before it
    title_tokens = [t for t in tokens[:j] if t.lower() not in HONORIFICS | _OPENING_HONORIFICS]
    while title_tokens and (title_tokens[0] in ("The", "the") or title_tokens[0] in STOP_CAPS and len(title_tokens) > 1):
        title_tokens = title_tokens[1:]  # 'The Minister of Health Jane Roe', 'For Coach Jane Roe, …, she believes'
    if title_tokens:
        title_tokens[-1] = title_tokens[-1].rstrip(",")  # 'the Minister of Health, Jane Roe'
    when = max((i for i, t in enumerate(title_tokens) if t.strip(",") in MONTHS_DAYS), default=-1)
    if when >= 0:
        # 'On Friday history professor Jane Roe': a time sets the scene; 'Saturday at the party convention
        # Sen. Elizabeth Warren': so does a place after it, and the title is the run of titles before the name
        title_tokens = title_tokens[when + 1:]
        if title_tokens and title_tokens[0].lower() in ("at", "in", "on", "during", "after", "before", "he", "she",
                                                        "they", "we", "i", "it"):  # ('on Friday he met candidate X')
            run = len(title_tokens)
            while run > 0 and (_is_cap(title_tokens[run - 1]) or is_title_word(title_tokens[run - 1])):
                run -= 1
            title_tokens = title_tokens[run:]
    title_tokens = title_tokens[_after_linking_preposition(title_tokens):]
    if title_tokens and title_tokens[-1].lower() in ("of", "the", "at", "for") and len(tokens) - j >= 3 \
            and is_acronym(tokens[j].rstrip(",")):
        title_tokens.append(tokens[j].rstrip(","))  # 'Director of the CIA John Brennan': the acronym ends the title
        j += 1
    name = " ".join(tokens[j:])
    if not name or not all(_is_cap(t) or t in NAME_PARTICLES for t in tokens[j:]) \
            or not (_is_cap(name) or tokens[j] in NAME_PARTICLES and len(tokens) > j + 1):  # ("Dr de Marco")
        return None, np  # 'Gentry Lee expressed doubt' is no name
    return (" ".join(title_tokens) or None), name


_LINKING_PREPOSITIONS = {"by", "to", "from", "with"}


def _after_linking_preposition(tokens: list[str]) -> int:
    """Where the title starts in the words before a name: after a preposition that links them to the
    reporter's words ('made by HSE chief clinical officer', 'replying to Fianna Fáil leader', 'According to
    macro-economist'), not one inside a title ('Ambassador to the UN', 'Secretary to the Treasury')."""
    return max((i + 1 for i, tok in enumerate(tokens) if tok.lower() in _LINKING_PREPOSITIONS
                and (i == 0 or not is_title_word(tokens[i - 1].strip(","))
                     and (tokens[i - 1][:1].islower() or tokens[i - 1].lower() == "according"))), default=0)


def _after_lower_case_portfolio(tokens: list[str], j: int) -> int:
    """Where the name starts when a title's 'of' runs on in lower case: 'head of economic policy Jane Roe'
    (two to four capitalised words end the phrase); else *j*."""
    if j >= len(tokens) or tokens[j].lower() not in ("of", "for"):
        return j
    k = j + 1
    while k < len(tokens) and (tokens[k].islower() and tokens[k] not in NAME_PARTICLES):
        k += 1
    name = tokens[k:]
    return k if k > j + 1 and 2 <= len(name) <= 4 and all(_is_cap(t) or t in NAME_PARTICLES for t in name) else j


def _without_name_runs(text: str) -> str:
    """*text* without its runs of capitalised words: in 'Theresa May', 'Sample Will Trust' or 'Will Stewart'
    the word is a name's, not the modal 'may' or 'will'."""
    tokens = text.split()
    return " ".join(t for i, t in enumerate(tokens)
                    if not (_is_cap(t) and (i and _is_cap(tokens[i - 1]) or i + 1 < len(tokens) and _is_cap(tokens[i + 1]))))


def _looks_like_given_name(token: str, rest: list[str]) -> bool:
    """Is *token*, in a title's 'of X …' run, the first of the name's words? So it is when one or two words
    follow it, unless two follow and it is the plural of a word of the language ('Director General of Military
    Operations Ranbir Singh') or a field's or an organisation's noun ('Director of Disaster Management Jane
    Roe', 'Secretary of Sample Traders Union Jane Roe'); a given name may be a word ('Mark', 'Rana'), hardly
    a plural noun, an abstract noun or 'Union'."""
    word = token.strip(",")
    return len(rest) <= 1 or len(rest) == 2 and not (word.endswith("s") and common_word(word[:-1])
                                                      or field_noun(word) or word in ORG_WORDS)


_FIELD_SUFFIX = re.compile(r"[a-z]{3,}(?:ment|ology|ics|tion|sion|ship|ism)")


def field_noun(word: str) -> bool:
    """'Management', 'Climatology', 'Economics', 'Aviation': a capitalised abstract noun of a field or a
    portfolio (by its derivational suffix), never a given name."""
    return word[:1].isupper() and bool(_FIELD_SUFFIX.fullmatch(word.lower()))


def _portfolio_runs_on(tokens: list[str], j: int) -> bool:
    """'State Minister for Power, Energy and Mineral Resources Nasrul Hamid': an office's portfolio of
    several words joined by commas and 'and' runs on to the name (which keeps its last two words)."""
    return tokens[j].lower() in ("and", "&") and tokens[j - 1][:1].isupper() and _is_cap(tokens[j + 1]) \
        and not is_title_word(tokens[j + 1])


def classify_name(name: str) -> str:
    tokens = name.split()
    if any(_organisation_word_at(tokens, i) for i in range(len(tokens))):
        return "organization"
    if len(tokens) == 1 and (name.isupper() or name.endswith(("’s", "'s"))):
        return "organization"
    if any(t.lower() in ("and", "&") for t in tokens):
        return "organization"  # joint speakers stay one entry; 'Sample & Sons' is a firm
    if tokens and tokens[0] in ("The", "the"):
        return "organization"
    return "person"


def _organisation_word_at(tokens: list[str], i: int) -> bool:
    """Is the word at *i* an organisation's word (data/org_words.txt), a possessive or a comma aside, or its plural
    ('Palo Alto Networks', 'National Institutes of Health'), but not a surname alone or after a given name or an
    honorific ('Banks', 'Gordon Banks', 'Mr Banks')?"""
    word = re.sub(r"(?:[’']s?)?,?$", "", tokens[i])
    if word in ORG_WORDS:
        return True
    return word.endswith("s") and word[:-1] in ORG_WORDS and len(tokens) > 1 and not (i > 0 and (_honorific(tokens[i - 1]) or given_name(
        tokens[i - 1]) and (i == 1 or _honorific(tokens[i - 2]) or is_title_word(tokens[i - 2]))))  # (not 'Palo Alto Networks')


def _honorific(word: str) -> bool:
    return word.lower().rstrip(".") in HONORIFICS


_MEMBERS_NAMED = re.compile(r"(?<=[a-z]s),?\s+(?:including|among\s+them)\s+[A-Z].*$")
_HIS_TEAM = re.compile(r"\s+and\s+(?:his|her)\s+(?:team|colleagues|co-?authors|staff)\s*$")


def parse_mention(text: str, appositive: str | None = None, start: int = 0) -> Mention | None:
    """The source named by *text* (the words before or after a speech verb), or None if it is no source.
    *start* is the offset of *text* in the article: the reading does not depend on it, so the same words
    ('he', 'officials', 'the minister') are read once and their offsets moved (:func:`_read_mention`)."""
    mention = _read_mention(text, appositive)
    return None if mention is None else replace(mention, start=mention.start + start, end=mention.end + start)


@lru_cache(maxsize=1 << 12)
def _read_mention(text: str, appositive: str | None) -> Mention | None:
    """:func:`parse_mention` at offset 0 (kept: callers get a copy, which they may change)."""
    if re.match(r"\s*(?:\S+\s+){0,2}(?:%|percent|per\s+cent)\s+of\b", text, re.I):
        return None  # '71 percent of economists believed …' is a poll figure
    text = _HIS_TEAM.sub("", text)  # 'Jane Roe and her team': the person who leads them speaks for them
    text = _MEMBERS_NAMED.sub("", text)  # 'BNEF analysts including Jane Roe and Tom Reed': the group speaks
    text = re.sub(r"^among\s+(?=the\s)", "", text)  # 'Roe is among the economists who believe …': the group
    mention = _parse_mention(text, appositive, 0)
    if mention is not None and mention.kind == "person":
        if re.search(r"\d", mention.name):
            return None  # 'Six in 10 Republican …' names nobody
        tokens = mention.name.split()
        mention = replace(mention, name=" ".join(tokens[words_before_given_name(tokens):]))  # ('Farmer Jim Tiede')
    if mention is not None and mention.kind == "organization" and _PUBLICATION_WITH_THE.match(text) \
            and text.split()[1:] == mention.name.split() and mention.name.split()[-1] in _PUBLICATION_WORDS:
        mention = replace(mention, name="The " + mention.name)  # 'the Washington Post': its 'The' is its name's
    return mention


_PUBLICATION_WITH_THE = re.compile(r"\s*The\s")  # (printed capitalised: the paper's own style; 'the Wall Street Journal' is not)
_PUBLICATION_WORDS = words("publication_words")


def given_name(word: str) -> bool:
    """Is *word* a given name ('Jim', 'Bilal', 'Ngozi': data/given_names.txt, Faker's first names)? Read on first use."""
    return word in words("given_names")


def words_before_given_name(tokens: list[str]) -> int:
    """How many of the words of a person's name *tokens* stand before it: in 'Farmer Jim Tiede', 'Billionaire Elon Musk',
    "Barclays' David Anderson" or 'Pakistan Bilal Khan' a noun naming a person, a title, an owner or a country's word
    (none a given name itself) comes before a given name that two words or more of the name start; else 0."""
    for k in range(1, len(tokens) - 1):
        if given_name(tokens[k]):
            return k if all(_before_a_name(word) for word in tokens[:k]) else 0
    return 0


def _before_a_name(word: str) -> bool:
    """Can *word* stand before a person's name without being part of it ('Farmer', 'Supervisor', 'Pakistan',
    "Barclays'")? Not if it is a given name itself ('Mark Anthony Roe')."""
    return not given_name(word) and (person_noun(word.lower()) or is_title_word(word) or is_state_word(word)
                                     or re.search(r"[’']s?$", word) is not None
                                     or is_place(word) or len(word) > 4 and common_word(word))
    # ('Enter Sam Smartt': a word of the language; not a short one, which may be a syllable of a name: 'Lai Sing Louie')


NO_SOURCE = object()  # a reader's verdict: these words name nobody (None: not this reader's case)


@dataclass
class _Source:
    """The words naming a source, as :func:`_parse_mention`'s readers see them: *start*/*end* are their
    offsets; *inner_role* is 'at X' where 'Jane Roe of X' was cut to the name."""

    text: str
    appositive: str | None
    start: int
    end: int
    inner_role: str | None = None

    @property
    def tokens(self) -> list[str]:
        return self.text.split()

    @property
    def low(self) -> str:
        return self.text.lower()

    def cut(self, text: str) -> None:
        """Keep only *text*, which begins these words."""
        self.text, self.end = text, self.start + len(text)

    def named(self, name: str, kind: str) -> Mention:
        return Mention(self.text, name, kind, start=self.start, end=self.end)

    def unnamed(self) -> Mention:
        return Mention(self.text, self.text, "anonymous", anonymous=True, start=self.start, end=self.end)

    def person(self, name: str, title: str | None, appositive: str | None = None) -> Mention:
        appositive = appositive or self.appositive
        if appositive and self.inner_role:  # 'Jane Roe of Sample University, a scientist who …': her role, its employer
            mention = _person(self.text, name, title, appositive, self.start, self.end)
            employer = split_institution_role(self.inner_role)[1]
            return replace(mention, institution=employer) if mention.kind == "person" and not mention.institution \
                and employer else mention
        return _person(self.text, name, title, appositive or self.inner_role, self.start, self.end)


def _parse_mention(text: str, appositive: str | None = None, start: int = 0) -> Mention | None:
    source = _prepared(text, appositive, start)
    if not isinstance(source, _Source):
        return source
    for reader in _READERS:
        found = reader(source)
        if found is not None:
            return _role_words_then_name(source) if found is NO_SOURCE else found
    return _role_words_then_name(source)


# Words of a clause, not of a role: an auxiliary, the passive's 'by', a place's or a time's preposition.
_NOT_IN_A_ROLE = {"by", "to", "in", "on", "is", "are", "was", "were", "be", "been", "has", "have", "had"}
_NAME_WORD = re.compile(r"[A-Z][a-z][\w’'-]*|[A-Z]\.")


def _role_words_then_name(source: _Source) -> Mention | None:
    """'Couchbase Field Engineering VP Chris Harris', 'Chairman of the Sample Coffee Association Jane Roe':
    words the readers could not read, with no comma, then a person's full name of two or three words right
    after a title word, a noun naming a person or an organisation's last word ('VP', 'grower', 'Association';
    not a place's, as in 'in Sample Hills' or 'of Sampleton Jane Roe'): that person, the words before read
    as a role in apposition is."""
    tokens = source.tokens
    if "," in source.text or any(t.lower() in _NOT_IN_A_ROLE for t in tokens):
        return None  # ('The remarks were made by Samplecorp chief executive Jane Roe': a clause before the role)
    for size in (3, 2):
        name, role = tokens[-size:], tokens[:-size]
        if role and _role_ends(role[-1]) and classify_name(" ".join(name)) == "person" \
                and all(_NAME_WORD.fullmatch(t) and not is_title_word(t) and t not in ORG_WORDS for t in name):
            return source.person(" ".join(name), None, " ".join(role))
    if len(tokens) > 1 and given_name(tokens[-1]) and tokens[-2].islower() and person_noun(tokens[-2]):
        return source.person(tokens[-1], None, " ".join(tokens[:-1]))  # 'Office worker Sam': a first name alone
    return None


def _role_ends(word: str) -> bool:
    return is_title_word(word) or word.islower() and person_noun(word) or word in ORG_WORDS


_PERSON_MODIFIER = re.compile(r"[\w.’'-]+-(?:born|raised|educated|trained)")  # 'US-born', 'Oxford-educated'
_BORN_BEFORE_NAME = re.compile(r"^(?:[Tt]he\s+)?" + _PERSON_MODIFIER.pattern + r"\s+(?=[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}$)")


_DATE_LINE = re.compile(r"^\s*" + MONTH_DAY + r"\s*:\s*")
_LEVEL_BEFORE_NAME = re.compile(r"(?:[Tt]he\s+)?(?:" + _LEVELS + r")\s+(?=[A-Z])")  # ('the state Department of …')


def _prepared(text: str, appositive: str | None, start: int) -> _Source | Mention | None:
    """The words cleared of what names nobody (party labels, an opening conjunction or time, a trailing
    adverb, an age), or what they already name outright (a role in apposition, a source quoted via
    another)."""
    raw = text
    # party labels are not part of a name: 'Sen. Bernie Sanders (I-Vt.)'
    text = re.sub(r"\s*\([A-Z]-[A-Za-z. ]{1,12}\)", "", text)
    acronym = _DESCRIBED_ACRONYM.fullmatch(text.strip())
    if acronym and text.strip()[:1].islower() and not appositive:
        return Mention(raw, acronym.group(1), "organization", start=start, end=start + len(raw))  # ("… organization (HDE)")
    # 'the World Health Organisation (WHO)': '(WHO)' is no 'who'; 'Bank of Thailand (BoT) governor'
    text = re.sub(r"\s*\((?:[A-Z]{2,6}|[A-Z](?:[a-z]?[A-Z]){1,4})\)", "", text)
    affiliation = re.fullmatch(r"(.+?)\s*\(([A-Z][^()]{1,60})\)\s*", text)
    if affiliation and not appositive:  # 'Jane Roe (Sample Bank) said': the organisation in brackets
        text, appositive = affiliation.group(1), "at " + affiliation.group(2)
    text = re.sub(r"^\s*(?:even|only|also|then|just)\s+", "", text, flags=re.I)
    text = re.sub(r"^\s*[•·▪‣◦]\s*", "", text)  # a list's bullet opening the sentence
    text = _DATE_LINE.sub("", text)  # 'Feb 24: India captain Jane Roe': a date opening the story is no part of a role
    pair = _named_pair_with_role(text, start + max(0, raw.find(text)))
    if pair is not None:
        return pair
    named = _role_named_in_apposition(text, appositive)
    if named:  # 'the Health Minister, Jane Roe'
        return Mention(text, named[0], "person", title=named[1], institution=named[2], start=start, end=start + len(raw))
    first = text.split(" ", 1)[0]
    if first[:1].isupper() and first.lower() in flagged("speech_verbs", "cue") - flagged("speech_verbs", "nounish") \
            and not re.match(r"\s+(?:by|from|of)\s", text[len(first):]):  # ('Estimates by X', 'Project leader X': nouns)
        text = text[len(first):].lstrip()  # 'Noted Pogba': a reporting verb opening the sentence, not a name
    if re.fullmatch(r"\s*\S+[’']s\s*", text):
        return None  # "Editor’s note:" - a possessive alone names nobody
    if re.match(r"\s*(?:in|at|on|during|from|under)\s+(?:a|an|the|his|her|its|their)\s+[a-z]", text, re.I):
        return None  # 'In an investors note out Thursday, …': a preposition's phrase names nobody ('note' is its noun)
    text = _strip_trailing_punct(text)
    via_match = VIA.search(text)
    if via_match:
        mention = _parse_mention(text[:via_match.start()], appositive, start)
        if mention is not None:
            mention.via = via_match.group(1)
        return mention
    text = re.sub(r"^(?:but|and|so|yet|meanwhile|still|now|also|however|instead|separately|although|though|while|"
                  r"when|as|if|because|since|after|before|whereas|once|until|with|moreover|furthermore|additionally|"
                  r"likewise|similarly|indeed|finally)\s+", "", text, flags=re.I)
    fronted = _FRONTED_TIME.match(text)
    if fronted and fronted.end() < len(text) \
            and not re.match(r"(?:at|in|on|during|after|before)\s", text[fronted.end():], re.I) \
            and not (re.fullmatch(_DAY + _PART, fronted.group(0).strip(" ,"))
                     and not re.match(r"(?i:he|she|they|we|I|it|the|a|an)\s|[a-z]", text[fronted.end():])):
        # (a place: see split_title_name; a bare day before a name may be part of it: 'Sunday Times')
        text = text[fronted.end():]  # 'On Tuesday night he', 'Last week the minister': when, then who
    text = re.sub(r"\s+(?:today|now|yesterday|too|also|themselves|himself|herself|\w+day)$", "", text)
    text = re.sub(r"\s+(?:led|headed)\s+by\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}$", "", text)  # 'economists led by X'
    # '59-year-old Kawai', 'the 22-year-old Zheng': an age is no part of a name
    text = re.sub(r"^(?:[Tt]he\s+)?\d{1,3}-year-old\s+(?=[A-Z])", "", text)
    text = re.sub(r"^(Dr|Mr|Mrs|Ms|Prof)\.(?=[A-Z][a-z])", r"\1. ", text)  # 'Dr.Clarke': the space the page left out
    # 'the US-born Hovannisian': where a person was born or trained is no part of the name (nor makes it a body)
    text = _BORN_BEFORE_NAME.sub("", text)
    level = _LEVEL_BEFORE_NAME.match(text)
    if level and classify_name(text[level.end():]) == "organization" \
            and not any(is_title_word(t) for t in text[level.end():].split()):  # ('county Emergency Services Director X')
        text = text[level.end():]  # 'the state Department of Workforce Development': the level is the story's word
    if not text or len(text) > 160 or '"' in text or "“" in text or "”" in text:
        return None
    offset = start + raw.find(text) if text in raw else start
    return _Source(text, appositive, offset, offset + len(text))


# A capitalised name, its words joined by 'of', 'for', 'and', 'the', 'on' or '&' ('University of Sampleton').
NAME_RUN = r"[A-Z][\w’'&.-]*(?:(?:[ \t]+(?:of|for|and|the|on|&))*[ \t]+[A-Z][\w’'&.-]*)*"
_NAMED_PAIR = (r"(?:[A-Z][a-z’'-]+\s+){1,3}[A-Z][\w’'-]+(?:\s*,\s*(?:[A-Z][a-z’'-]+\s+){1,3}[A-Z][\w’'-]+)*"
               r",?\s+and\s+(?:[A-Z][a-z’'-]+\s+){1,3}[A-Z][\w’'-]+")
# A role of up to four words ending in a plural noun, then full names joined by 'and'.
_ROLE_THEN_NAMED_PAIR = re.compile(r"\s*((?:[\w&.’'-]+\s+){0,3}?([A-Za-z-]+))\s+(" + _NAMED_PAIR + r")"
                                   r"(?:\s+(?:from|at|of|with)\s+(?:the\s+)?(?P<employer>" + NAME_RUN + r"))?\s*$")  # ('… from Sample Bank')


def _named_pair_with_role(text: str, start: int) -> Mention | None:
    """'IHS analysts Jane Roe and Tom Reed': two or more full names joined by 'and' after a plural role are one
    source, the names together, the role their title ('analysts', 'IHS' read as a role is read); None otherwise."""
    match = _ROLE_THEN_NAMED_PAIR.match(text)
    if not match or not plural_person_noun(match.group(2).lower()):
        return None
    role = match.group(1).strip()
    institution, title = _org_before_title(role) or (None, role)
    return Mention(text, match.group(3), "group", title=_clean_title(without_reporter_modifier(title)),
                   institution=match.group("employer") or institution, start=start, end=start + len(text))


def _capitalised_office(source: _Source):
    """'The Treasurer said', 'The Prime Minister said': an office, as 'the treasurer' is (coreference
    gives it to the person holding it), not an organisation named 'Treasurer'."""
    office = re.fullmatch(r"[Tt]he\s+((?:[A-Z][a-z-]+\s+){0,2}[A-Z][a-z-]+)", source.text)
    if office and not source.appositive and is_title_word(office.group(1).split()[-1]) \
            and not any(w in ORG_WORDS for w in office.group(1).split()):
        return source.named(source.text, "definite")
    return None


# Quantifiers that stand for people when they are the whole subject: 'Some say …', 'Several said …', 'Others argue …',
# 'Another said …', and 'One said …' opening its sentence (one of a group the article has just named; 'the last
# one that …' is no source).
_QUANTIFIER_SOURCES = frozenset({"several", "many", "some", "others", "most", "both", "few", "another"})


def _pronoun_or_function_word(source: _Source):
    if source.low in PRONOUNS:
        return source.named(source.text, "pronoun")
    if source.low in _QUANTIFIER_SOURCES or source.text == "One":
        return source.unnamed()  # ('some', 'most' are function words too)
    if source.low in FUNCTION_WORDS and not (len(source.text) > 1 and source.text.isupper()):
        # (in capitals a function word is an acronym: 'WHO said', the World Health Organization)
        return NO_SOURCE  # 'and', 'the': a function word alone names nobody
    return None


def _exemplified_group(source: _Source):
    """'Experts like Dahl and Mann say'."""
    exemplified = re.match(r"(?:[\w-]+\s+){0,2}([\w-]+)\s+(?:like|such\s+as|including)\s+[A-Z][\w.’'-]*"
                           r"(?:\s+(?:and|[A-Z][\w.’'-]*)|,\s+[A-Z][\w.’'-]*)*$", source.text)
    if exemplified and exemplified.group(1).lower() in ROLE_NOUNS and exemplified.group(1).endswith("s"):
        return source.named(source.text, "group")
    return None


# "the nation's retail traders' organization (HDE)": a body described in lower case, then its acronym.
_DESCRIBED_ACRONYM = re.compile(r"(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:organi[sz]ation|association|federation|union|group|body|"
                                r"agency|institute|council|board|commission|chamber|confederation)\s+\(([A-Z][A-Za-z]{1,7})\)")


def _organisation_described(source: _Source):
    """'machinery maker Tokyo Electron Ltd', 'German lender Sample Bank'; 'Le Monde newspaper'."""
    described = _described_organisation(source.text)
    if described:
        return Mention(source.text, described, "organization", start=source.end - len(described), end=source.end)
    kind_after = _organisation_before_its_kind(source.text)
    if kind_after:
        return source.named(kind_after, "organization")
    return None


def _member_of_a_party(source: _Source):
    """'a senior Democrat', 'Another Republican'."""
    return source.unnamed() if _one_member_of_a_party(source.text) else None


def _no_noun_phrase(source: _Source):
    """Cut a relative clause ('officials who …'); then words that are no noun phrase name nobody."""
    rel = re.search(r",?\s+(?:who|which|that)\s", source.text)
    if rel and rel.start() > 0:
        source.cut(source.text[:rel.start()])
    text, low = source.text, source.low
    if re.search(r"n[’']t\b", low) or re.search(r"\s(?:its|his|her|their|our|my|your|a|an|the)$", low):
        return NO_SOURCE  # ('The agency cut its' before 'forecast': a noun phrase never ends in a determiner)
    if len(source.tokens) > 18 or VERBISH.search(_without_name_runs(re.sub(r"\b[A-Z]{2,6}\b", "", text)).lower()
                                                 .replace("’s", "").replace("'s", "")):
        return NO_SOURCE  # ('WHO Director-General Margaret Chan' has no verb in it)
    clause = _NAME_THEN_OBJECT.match(text)
    if clause and past_form(clause.group(1)):
        return NO_SOURCE  # 'Jane Roe released a note to investors (suggesting …)': a clause, no source's words
    return None


_NAME_THEN_OBJECT = re.compile(r"(?:[A-Z][\w.’'-]*\s+)+([a-z]+)\s+(?:a|an|the|its|his|her|their)\s")


def _role_before_a_name(source: _Source):
    """'Plantation farmers in Sampleton' (a group); 'the minister of health Dr. Jane Roe', 'the chief
    executive of Sample Bank Jane Roe': a role, then the person it names."""
    tokens = source.tokens
    if _post_modified_group(tokens):
        return source.unnamed()
    titled = _definite_role_before_name(tokens)
    if titled:
        return _person(source.text, titled[1], titled[0], source.appositive, source.start, source.end)
    if len(tokens) > 4 and tokens[0].lower() == "the":
        return _role_at_organisation_before_name(source.text, tokens[1:], source.appositive, source.start, source.end)
    return None


def _unnamed_role_holders(source: _Source):
    """'A former coach of Roger Federer' (the coach, not Federer); 'The director of the National
    Institute of …'; 'Analysts at Morgan Stanley'; 'Central bankers on both sides of the Atlantic'."""
    text = source.text
    described = re.match(r"^(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?([\w-]+)\s+(?:of|to|for)\s+(?:the\s+)?[A-Z]", text, re.I)
    if described and described.group(1).lower() in TITLE_WORDS | ROLE_NOUNS:
        return source.unnamed()
    office = re.match(r"^the\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+(?:of|at|for)\s+(?:the\s+)?[A-Z]", text, re.I)
    if office and office.group(1).lower() in TITLE_WORDS and not office.group(1).lower().endswith("s") \
            and not _office_then_name(text):
        return source.unnamed()  # one unnamed office holder, named later perhaps
    group = re.match(r"^(?:\w+\s+){0,3}(\w+)\s+(?:at|of|from|with|for)\s+(?:the\s+)?[A-Z]", text)  # ('the Wall Street analysts at X')
    if group and _people_noun(group.group(1).lower()) \
            and not _is_cap(text.split()[0]) or group and text.split()[0].lower() in ROLE_NOUNS and text.split()[0].lower().endswith("s"):
        return source.unnamed()
    where = re.match(r"^(?:[\w-]+\s+){0,2}([a-z]+)\s+(?:on|in|across|around|inside|outside|from)\s+(?:both|all|each|the|"
                     r"[a-z]|[A-Z][a-z]+$)", text)
    if where and _people_noun(where.group(1)):
        return source.unnamed()  # a group, where it is ('the firefighters in the Interior')
    return None


def _people_noun(word: str) -> bool:
    """'analysts', 'firefighters': a plural noun of a group of people (data/role_nouns.txt or a person noun's plural)."""
    return word.endswith("s") and plural_person_noun(word)  # (not 'people', 'staff', 'police': no plural's -s)


def _office_then_name(text: str) -> bool:
    """'The Minister of Health Jane Roe': an office, then the name of its holder (not 'The director of the
    National Institute of Health', whose capitalised words are the body's)."""
    title, name = split_title_name(text)
    return bool(title) and len(name.split()) >= 2 and classify_name(name) == "person" \
        and title.split()[-1].lower().strip(",") not in CONNECTORS and not name.split()[0].isupper() \
        and not any(w in ORG_WORDS for w in name.split())


def _name_at_organisation(source: _Source):
    """'Amit Kara at UBS', 'Jonathan Loynes of Capital Economics': the name, with 'at X' kept as its
    role (:attr:`_Source.inner_role`); 'The US-Korea Institute at Johns Hopkins University' is one
    organisation speaking."""
    text = source.text
    match = re.match(r"^(.*?[a-z.])\s*,?\s+(?:at|of|from|with|for)\s+((?:the\s+)?(?:[a-z-]+\s+){0,2}[A-Z].*)$", text)
    if match and (_titled_name(match.group(2)) or _titled_name(text)) and _is_cap(match.group(1)):
        return None  # 'Sample Chamber of Commerce president Jane Roe', 'Office of Emergency Management Director
        # Jane Roe': the organisation's name runs on to a role and a name; 'Supervisor of Elections Jane Roe': the
        # office is named by what it supervises
    if match and not source.appositive and _org_at_org(re.sub(r"^the\s+", "", match.group(1)), match.group(2)):
        return source.named(_org_name(text), "organization")
    if match and (_is_cap(match.group(1)) or _titled_name(match.group(1))) \
            and not (source.appositive and _describes_an_organisation(source.appositive)):
        # ('mission principal investigator Peter Smith of the University of Arizona': a lower-case title too; 'Jane Roe
        # of Sample University, a scientist who …': the appositive her role, unless it describes the organisation)
        head_tokens = match.group(1).split()
        if _org_at_org(match.group(1), match.group(2)):
            return source.named(_org_name(text), "organization")
        if _titled_name(match.group(1)) or 2 <= len(head_tokens) <= 6 \
                and all(_is_cap(t) or t.lower() in CONNECTORS for t in head_tokens) \
                and not any(t.lower() in TITLE_WORDS or t in DEMONYMS for t in head_tokens):
            if classify_name(split_title_name(match.group(1))[1]) == "person":
                source.text, source.inner_role = match.group(1), "at " + match.group(2)  # (its offsets stay)
        elif _one_name_at_organisation(head_tokens, match.group(2)):
            source.text, source.inner_role = match.group(1), "at " + match.group(2)
    return None


_KNOWN_AS = re.compile(r"(?:(?:commonly|also|better|locally|popularly)\s+)?known\s+as\s+(?:the\s+)?([A-Z][^,;]*)")


def _describes_an_organisation(appositive: str) -> bool:
    """'a London-based consultancy', 'the state’s largest utility', 'commonly known as X': an appositive whose head is a
    kind of organisation (data/org_kinds.txt, org_heads.txt), or the organisation's other name, which describes the
    organisation named before it, not the person."""
    if _KNOWN_AS.match(appositive.strip()):
        return True  # ('of the Party for Democracy and Progress, commonly known as Chadema': the party's other name)
    head = re.split(r"\s+(?:who|which|that|with|in|at|of|for|based)\s", appositive.strip(), maxsplit=1)[0].split()
    return bool(head) and (head[-1].lower() in ORG_KINDS or head[-1].lower() in ORG_HEADS)


def _one_name_at_organisation(head: list[str], rest: str) -> bool:
    """'Naresh from the India Meteorological Department': one capitalised word that is no word of the language,
    no organisation's, title's or place's word, before an organisation's name, is a person known by one name."""
    word = head[0] if len(head) == 1 else ""
    return bool(word) and word[1:].islower() and not common_word(word.lower()) and word not in ORG_WORDS \
        and not is_title_word(word) and word not in DEMONYMS and not is_place(word) \
        and (looks_like_organisation(capitalised_chain(re.sub(r"^the\s+", "", rest)) or "") or is_acronym(rest))


def _unnamed_people(source: _Source):
    """'another source familiar with Cruz’s thinking', 'people close to the talks'."""
    tokens = source.tokens
    first, head = tokens[0].lower(), tokens[-1].lower().strip(APOS + ",")
    role_at = next((i for i, t in enumerate(tokens[:5]) if t.lower() in ROLE_NOUNS and t[0].islower()), None)
    if role_at is not None and first in DETERMINERS and 0 < role_at < len(tokens) - 1 \
            and tokens[role_at + 1].lower() in ("familiar", "close", "with", "in", "at", "from", "who", "involved", "briefed"):
        return source.unnamed()
    group_at = next((i for i, t in enumerate(tokens[:3]) if (t.islower() or i == 0) and plural_person_noun(t.lower())), None)
    if group_at is not None and group_at + 1 < len(tokens) <= 10 and re.fullmatch(r"[a-z]{3,}ing", tokens[group_at + 1]) \
            and all(t.islower() or t in DEMONYMS or i == 0 for i, t in enumerate(tokens[:group_at])):
        return source.unnamed()  # 'economists advising the cabinet', 'analysts tracking the sector'
    return None


def _document_speaks_for_its_maker(source: _Source):
    """A document or data speaks for its maker: 'figures provided by Volpe', 'A report released in
    September by the National Academies', 'the latest figures from X', 'the NOAA forecast', "the EIA’s
    latest report", 'Sample Ministry statistics'."""
    if DOCUMENT_NOUNS.isdisjoint(t.lower().strip(",.;:") for t in source.tokens):
        return None  # (no document named: the patterns below need one of its nouns)
    text = _document_phrase(source.text)
    authored = _DOCUMENT_BY.match(text)
    if authored:  # (annotations/README.md: a document speaks as its maker)
        author = parse_mention(authored.group(1), None, source.start + authored.start(1))
        if author is not None and author.kind != "definite":
            return author
    possessive = _DOCUMENT_OWNER.match(text)
    owner = possessive.group(1) if possessive else None
    if owner and owner.split()[0] not in STOP_CAPS and owner.lower() not in _POSSESSIVE_PRONOUNS \
            and not all(is_state_word(t) for t in owner.split()) and MONTHS_DAYS.isdisjoint(owner.split()):
        # "the EIA’s latest report", "Sample Power Co.’s website", "Roe's paper": its maker ('Britain's figures' name none)
        return source.named(owner, "organization" if is_acronym(owner) or classify_name(owner) != "person" else "person")
    maker = None if possessive else _document_maker_before(text) or _maker_of_titled_document(text)
    return source.named(maker, "organization") if maker else None


def _maker_of_titled_document(text: str) -> str | None:
    """A document's own title opened by its maker: 'Sample 2025 Active Adversary Report' (the words before the
    year), 'AAA Daily Fuel Gauge Report' (an acronym before the title's capitalised words)."""
    tokens = text.split()
    tokens = tokens[1:] if tokens[:1] in (["the"], ["The"]) else tokens
    if len(tokens) < 3 or tokens[-1] not in _DOCUMENT_TITLE_WORDS or not all(t[:1].isupper() or t.isdigit() for t in tokens):
        return None
    year = next((i for i, t in enumerate(tokens) if re.fullmatch(r"(?:19|20)\d\d", t)), None)
    if year:
        return " ".join(tokens[:year])
    return tokens[0] if is_acronym(tokens[0]) and len(tokens) >= 4 else None


def _organisation_through_its_words(source: _Source):
    """An organisation's part speaks for it: 'its research unit', "X's research unit"."""
    tokens = source.tokens
    first, head = tokens[0].lower(), tokens[-1].lower().strip(APOS + ",")
    if head not in ORG_HEADS:
        return None
    if first in ("its", "their") and len(tokens) <= 4 and all(t.islower() for t in tokens[1:]):
        return source.named(source.text, "definite")  # the owner's
    possessive = re.match(r"^(?:[Tt]he\s+)?([A-Z].*?)[’']s?\s+(?:[a-z][\w-]*\s+){0,2}(\w+)$", source.text)
    if possessive and _is_cap(possessive.group(1)):
        return source.named(re.sub(r"^(?:the|The)\s+", "", source.text), "organization")
    return None


def _document_phrase(text: str) -> str:
    """A document's phrase without what says when it came out or what it covers, which name no maker: 'a
    September 27 Sample Board report' -> 'a Sample Board report', "the IMF's report released" -> "the IMF's
    report", 'Sample Bank report for 2016' -> 'Sample Bank report', 'the Sample index (SBI)' -> 'the Sample index',
    'the Sample Association's estimate based on 2022 numbers' -> "the Sample Association's estimate"."""
    text = _DOCUMENT_DATE_FIRST.sub(r"\1", text)
    previous = None
    while previous != text:
        previous = text
        text = _DOCUMENT_TAIL.sub("", _without_trailing_time(text))
    return text


# A date after the determiner ('a September 27 …', 'a Nov. 9 …'); what closes a document's phrase after its noun:
# its coverage ('for 2016', 'for April', 'based on 2022 numbers'), its coming out ('released'), its acronym in
# brackets ('(BETI)').
_DOCUMENT_DATE_FIRST = re.compile(r"^((?:[Tt]he|[Aa]n?)\s+)" + MONTH_DAY + r"\s+")
_DOCUMENT_TAIL = re.compile(r"\s+(?:for\s+(?:the\s+)?(?:\d{4}(?:[-/]\d{2,4})?|" + _MONTH + r")|released|published|issued|"
                            r"\([A-Z][A-Za-z]{1,8}\)|based\s+on\s+[\w\s-]{2,60})$")


def _without_trailing_time(text: str) -> str:
    """*text* without a time adverbial closing it: 'the agency's crop report from July 12', '… update
    Thursday', '… released early this week' (when a document came out is no part of who made it)."""
    return _TRAILING_TIME.sub("", text)


def _document_maker_before(text: str) -> str | None:
    """'the NOAA forecast', 'a new Sample Economics model', 'a Sample University of Sampleton study',
    'Sample Ministry statistics', 'a Sample News survey of economists': the capitalised name printed
    before a document's noun is its maker, unless it names a state, a people or a party ('a Chinese
    report', 'the Republican plan'), or is a title of the document itself ('the Sample Outlook report')."""
    found = _NAMED_DOCUMENT.match(text)
    if not found:
        return None
    name = found.group("name")
    names = name.split()
    if names[0] in STOP_CAPS or names[0].lower() in DETERMINERS | _POSSESSIVE_PRONOUNS or names[-1] in _DOCUMENT_TITLE_WORDS \
            or not MONTHS_DAYS.isdisjoint(names) or all(is_state_word(t) for t in names):
        return None
    if not found.group("determiner") and not (is_acronym(names[0]) or looks_like_organisation(name)):
        return None  # ('Fresh data confirm …': without a determiner, a capital may only open the sentence)
    return name


_POSSESSIVE_PRONOUNS = {"his", "her", "its", "their", "our", "my", "your"}


# A player by a ranking: 'the world number 19', 'the world No. 1', 'the No. 3 seed'.
_RANKING = re.compile(r"the\s+(?:world\s+)?(?:number|no\.)\s+(?:\d{1,4}|one|two|three)(?:\s+seed)?")
_AGED = re.compile(r"the\s+\d{1,3}-year-old")


def epithet_description(text: str) -> bool:
    """'the 25-year-old', 'the Frenchman', 'the world number 19': a description naming one person by age, people
    or ranking, who is someone the article named before (coreference reads it as 'he' or 'she')."""
    low = text.lower()
    return bool(_AGED.fullmatch(low) or _RANKING.fullmatch(low)) or low.startswith("the ") and low[4:] in NATIONALITY_NOUNS


def _short_descriptions(source: _Source):
    """'Experts said' (unnamed); 'the Spaniard', 'The 51-year-old', 'the expert' (definite: named
    before); 'ANZ bank', 'Eurasia group' (an organisation)."""
    tokens, low = source.tokens, source.low
    first, head = tokens[0].lower(), tokens[-1].lower().strip(APOS + ",")
    if len(tokens) == 1 and (head in ROLE_NOUNS and head not in ORG_HEADS or _group_word(tokens[0])):
        return source.unnamed()
    if epithet_description(low):
        return source.named(source.text, "definite")
    if len(tokens) == 2 and first in _POSSESSIVE_PRONOUNS and head in ORG_HEADS | ORG_KINDS:
        return source.named(source.text, "definite")  # 'his team said': the body named before
    if first == "the" and (not _is_cap(tokens[-1]) or _title_in_capitals(tokens)) and (
            len(tokens) <= 4 or len(tokens) <= 8 and (person_noun(head) or is_title_word(head))
            and not plural_person_noun(head) or person_before_participle(tokens)):  # ('the oil cartel’s 33 economists': a group, new)
        # ('The billionaire real estate developer': any length, when its head names a person)
        return source.named(source.text, "definite")
    if 2 <= len(tokens) <= 4 and all(t.islower() for t in tokens[1:]) and is_title_word(head) \
            and head not in _RANKS_AFTER_ROLE and not plural_person_noun(head) and common_word(tokens[0]) \
            and _modifiers_only(tokens[:-1]) \
            and not any(t.lower() in DETERMINERS | RANKS | OFFICE_TIME | _POSSESSIVE_PRONOUNS for t in tokens[:-1]):
        return source.named(source.text, "definite")  # 'Provincial health minister said': a role printed without 'the'
    if 2 <= len(tokens) <= 5 and tokens[-1] in _NAMED_ORG_HEADS and all(
            _is_cap(t) and t not in STOP_CAPS and t not in DEMONYMS and t.lower() not in TITLE_WORDS for t in tokens[:-1]) \
            and (len(tokens) > 2 or re.fullmatch(r"[A-Z&]{2,6}", tokens[0])):
        return source.named(source.text, "organization")
    return None


def _title_in_capitals(tokens: list[str]) -> bool:
    """'the new CEO', 'The serial CEO': a title written in capitals after lower-case words."""
    return is_acronym(tokens[-1]) and is_title_word(tokens[-1]) and all(t.islower() for t in tokens[1:-1])


def _capitalised_role_alone(source: _Source):
    """'The CEO', 'The Sample Bank CEO', 'SRB Governor', "Samplecorp’s CEO": a capitalised role with no name after
    it, its owner perhaps before it, is a description of the person who holds it (definite: coreference finds who),
    not an organisation named 'Sample Bank CEO'. Without 'the', the owner must show it is one (an acronym, an
    organisation's word or a possessive) or the role be an acronym ('CEO'): 'Julie Bishop' is a name."""
    tokens = source.tokens
    head = tokens[-1].strip(",")
    if not is_title_word(head) or not _is_cap(head) or head.lower() in RANKS or len(tokens) > 6:
        return None
    the = tokens[0] in ("the", "The")
    owner = tokens[1 if the else 0:-1]
    if not all(_is_cap(t) or t.lower() in CONNECTORS for t in owner) or owner and is_title_word(owner[0]) \
            or "the" in owner:
        return None  # ('the Office of the Information Commissioner' is a body named after its office)
    owned = bool(owner) and (is_acronym(owner[0]) or any(t in ORG_WORDS for t in owner) or owner[-1].endswith(("’s", "'s")))
    return source.named(source.text, "definite") if the or owned or is_acronym(head) else None


def person_before_participle(tokens: list[str]) -> str | None:
    """'scientist' of 'the lead scientist monitoring the volcano': a singular noun naming a person, then a
    participle and its object (up to eight words in all), heads a description of one person; else None."""
    at = next((i for i, t in enumerate(tokens) if i > 1 and t.endswith("ing") and t.islower()), None)
    if at is None or len(tokens) > 8:
        return None
    head = tokens[at - 1].lower()
    return head if (person_noun(head) or is_title_word(head)) and not plural_person_noun(head) else None


def _lower_case_led(source: _Source):
    """Words not all capitalised, or opening with a determiner: a group or a description, or a
    lower-case role before a name ('history professor Michael Kimmage')."""
    text, tokens = source.text, source.tokens
    first, head = tokens[0].lower(), tokens[-1].lower().strip(APOS + ",")
    all_caps = all(_is_cap(t) or t.lower() in CONNECTORS or t in NAME_PARTICLES or t in ("’s", "'s") for t in tokens)
    if all_caps and first not in DETERMINERS:
        return None
    if head in ROLE_NOUNS or head.rstrip("s") in ROLE_NOUNS or (first in DETERMINERS and len(tokens) > 1) \
            or tokens[-1].islower() and (plural_person_noun(head) or person_noun(head) or is_title_word(head)) \
            and _modifiers_only(tokens[:-1]):  # 'Iowa farm advocates', "Sample Bank's governor"
        if _adjective_group(tokens):  # 'Leading Democrats', 'several Republicans'
            return source.unnamed()
        if any(_is_cap(t) and t not in DEMONYMS and t.lower() not in TITLE_WORDS and not t.endswith(("’s", "'s"))
               for t in tokens[1:]) and tokens[-1][:1].isupper():
            # 'economist Jonathan Loynes', 'Kremlin spokesperson Dmitry Peskov'
            title, name = split_title_name(text)
            if title and name and name != text:
                return source.person(name, title)
            if first not in RANKS:
                return NO_SOURCE
            # 'senior Philip Brown': a rank alone before a name is the role (see below)
        elif head in ORG_HEADS and first in ("its", "his", "her", "their", "our") and not head.endswith("s"):
            return source.named(text, "definite")
        if not (first in RANKS and tokens[-1][:1].isupper()):
            return source.unnamed()
    title, name = split_title_name(text)
    if title and name != text and _is_cap(name) and classify_name(name) == "person":
        return source.person(name, title)
    # any role before a name: 'Principal investigator Dante Lauretta'
    caps = _capitalised_tail(tokens)
    lead = [t.lower() for t in tokens[:-caps]] if caps else []
    if caps and 2 <= len([t for t in tokens[-caps:] if t not in NAME_PARTICLES]) <= 3 and caps < len(tokens) \
            and len(lead) - (lead[0] in OFFICE_TIME) <= 3 and not any(
            t in ("to", "a", "an", "the", "is", "was", "it", "that", "this", "with", "by", "and", "or", "in", "at",
                  "from", "for", "on") or "’" in t
            or "'" in t for t in lead):
        name = " ".join(tokens[-caps:])
        if classify_name(name) == "person":
            return source.person(name, " ".join(tokens[:-caps]))
    found = _role_at_organisation_before_name(text, tokens, source.appositive or source.inner_role,
                                              source.start, source.end)
    return NO_SOURCE if found is None else found


def _capitalised_tail(tokens: list[str]) -> int:
    """How many words close *tokens* as a name: capitalised words that are no title's, and the particles between them
    ('area controller Arie van den Ende': four)."""
    caps = 0
    while caps < len(tokens):
        token = tokens[-1 - caps]
        inside = token in NAME_PARTICLES and caps and caps + 1 < len(tokens) \
            and (_is_cap(tokens[-2 - caps]) or tokens[-2 - caps] in NAME_PARTICLES)
        if not inside and not (_is_cap(token) and token.lower() not in TITLE_WORDS):
            break
        caps += 1
    while caps and tokens[-caps] in NAME_PARTICLES:
        caps -= 1  # (a name opens with a capital)
    return caps


def _capitalised(source: _Source):
    """A name, perhaps with a title or a possessive organisation in front ('Capital Economics’
    Jonathan Loynes'), or an organisation's name."""
    text, tokens = source.text, source.tokens
    if _adjective_group(tokens):  # 'Prominent Democrats', 'Congressional Republicans'
        return source.unnamed()
    if tokens[0] in STOP_CAPS and len(tokens) == 1 or tokens[0] in MONTHS_DAYS:
        return NO_SOURCE
    title, name = split_title_name(text)
    # 'Capital Economics’ Jonathan Loynes', 'The Washington Post's Ed O'Keefe'
    match = re.match(r"^(.+?)[’']s?\s+(.+)$", name)
    if match and (classify_name(match.group(1)) == "organization" or _possessor_named(match.group(1))) \
            and (2 <= len(match.group(2).split()) <= 3 and classify_name(match.group(2)) == "person"
                 or _surname_alone(match.group(2))) and not re.search(r"\d", match.group(2)):
        owner = re.sub(r"^(?:the|The)\s+", "", match.group(1))
        return source.person(match.group(2), title, source.appositive or f"at {owner}")
    if match and classify_name(match.group(1)) == "organization" and match.group(2).split()[-1] in ORG_WORDS:
        # 'the National Oceanic and Atmospheric Administration’s Climate Prediction Center': the unit speaks
        return source.named(match.group(2), "organization")
    kind = classify_name(name)
    office = _office_of_body_before_name(tokens) \
        if kind == "organization" and (title is None or re.search(r"\s(?:of|for)(?:\s+the)?$", title)) else None
    if office:
        return source.person(office[0], office[1], source.appositive or f"of {office[2]}")
    if kind == "organization":
        # 'The Centre for Economics …' is named 'Centre for Economics …'; 'the CEBR' likewise.
        return source.named(_org_name(text) if len(tokens) > 1 else text, "organization")
    if re.search(r"\d", name) and len(name.split()) <= 4 and all(t[:1].isupper() for t in name.split()[:1]) \
            and all(_is_cap(t) for t in name.split()):
        return source.named(name, "organization")  # 'Sample G2', 'Channel 4': no person's name holds a number
    if len(name.split()) > 5 or re.search(r"\d", name):
        return NO_SOURCE  # 'Six in 10 Republican …' names nobody
    return source.person(name, title)


def _surname_alone(word: str) -> bool:
    """'Serreze' (after "the National Snow and Ice Data Center's"): one capitalised word of no dictionary,
    no organisation's word: a person's surname."""
    return bool(re.fullmatch(r"[A-Z][a-z’'-]+", word)) and name_not_word(word) and word not in ORG_WORDS  # ('DeepMind' is a unit)


# The readers, in the order they are asked: the first with a verdict decides.
_NAMED_ORG_HEADS = {"bank", "group", "hospital", "firm", "agency", "company", "ministry", "council", "fund", "party", "union",
                    "association", "institute", "network"}
_FIRM_HEADS = _NAMED_ORG_HEADS | {"lender", "insurer", "carmaker"}  # 'Goldman Sachs, global investment bank,'
# '(the) investment giant Morgan Stanley', 'ratings agency Fitch': what kind of firm, then its name.
_FIRM_THEN_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){0,3}(?:giant|chipmaker|broker|consultancy|"
                             + "|".join(sorted(_FIRM_HEADS)) + r")\s+(?P<name>[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|&|and|of))*)")


def _firm_then_name(source: _Source):
    named = _FIRM_THEN_NAME.fullmatch(source.text)
    if named and not source.appositive and named.group("name").split()[-1] not in ("and", "of", "&"):
        title, name = split_title_name(named.group("name"))
        if title and classify_name(name) == "person" and 2 <= len(name.split()) <= 3:
            # 'company President Jane Roe': the firm's officer, no firm's name ('company' is any firm's)
            return source.person(name, title)
        return source.named(named.group("name"), "organization")
    return None


_READERS = (_capitalised_office, _pronoun_or_function_word, _document_speaks_for_its_maker, _exemplified_group, _organisation_described,
            _member_of_a_party, _no_noun_phrase, _role_before_a_name, _unnamed_role_holders, _name_at_organisation, _unnamed_people,
            _organisation_through_its_words, _short_descriptions, _firm_then_name, _capitalised_role_alone, _lower_case_led,
            _capitalised)


# Which document it is: 'a recent …', 'the latest …' (data/document_modifiers.txt).
DOCUMENT_MODIFIER = r"(?:(?:" + "|".join(longest_first(words("document_modifiers"))) + r")\s+)"
# What the document is: 'report', 'forecast', 'data' (data/document_nouns.txt).
DOCUMENT_NOUNS = words("document_nouns")
DOCUMENT_NOUN = "|".join(longest_first(DOCUMENT_NOUNS))
# 'a Sample Bank report', 'the latest Sample Institute survey', 'Sample Ministry statistics': a named maker's
# document (with a modifier of its own before the name, 'a new'; and what it is of after the noun).
_NAMED_DOCUMENT = re.compile(r"(?P<determiner>(?:[Tt]he|[Aa]n?|[Ii]ts)\s+)?" + DOCUMENT_MODIFIER + r"?(?:new\s+)?"
                             r"(?P<name>" + NAME_RUN + r")\s+(?:[a-z][\w-]*\s+){0,2}(?:" + DOCUMENT_NOUN + r")(?:\s+(?:of|on|into)\s+[a-z][\w\s-]*)?$")
# "the EIA’s latest report", "Sample Power Co.’s website", "Sample Systems’ 2015 Mobility Report": the owner's document.
_DOCUMENT_OWNER = re.compile(r"^(?:[Tt]he\s+)?(" + NAME_RUN + r")[’'](?:s)?\s+(?:[\w-]+\s+){0,5}(?i:" + DOCUMENT_NOUN + r")$")
# Words that make a capitalised run the document's own title ('the Winter Outlook', 'the Sample Price Index').
_DOCUMENT_TITLE_WORDS = {"Outlook", "Index", "Report", "Survey", "Tracker", "Review", "Bulletin", "Update", "Monitor", "Census"}
# A document and its maker after 'by' or 'from' ('A report released in September by X', 'data provided
# by X', 'the latest figures from X', '2016 census figures released today by X', 'new simulations by X
# researchers'): up to four words of its own before the noun, what it is of after it, then how it came out.
_DOCUMENT_BY = re.compile(r"(?:(?:an?|the|its)\s+)?(?:[\w-]+\s+){0,4}?(?:" + DOCUMENT_NOUN + r")"
                          r"(?:\s+(?:of|on|for|into)\s+(?:[\w,-]+\s+){1,8}?)?\s+"
                          r"(?:(?:released|published|issued|prepared|commissioned|written|provided|produced|compiled|gathered|"
                          r"collected|supplied|announced|conducted|carried\s+out|made)\s+)?"
                          r"(?:(?:in|on|last|this|early|late|earlier)\s+(?:this\s+|last\s+)?\w+\s+|(?:today|yesterday|"
                          + _DAY + r"|" + MONTH_DAY + r")\s+)?"
                          r"(?:by|from)\s+((?:[a-z][\w-]*\s+){0,3}(?-i:[A-Z]).*)$", re.I)
# A time adverbial closing the words: 'from July 12', 'Thursday', 'on Monday', 'early this week', 'today'.
_TRAILING_TIME = re.compile(r"\s+(?:(?:from|on|in|of)\s+)?(?:(?:early|late|earlier)\s+)?"
                            r"(?:(?:this|last)\s+(?:week|month|year)|today|yesterday|" + _DAY + r"|"
                            r"(?:" + "|".join(_MONTHS) + r")(?:\s+\d{1,2})?(?:,?\s+\d{4})?)$")
# Ranks that may stand before a name as its whole role: 'senior Philip Brown', 'veteran Jane Roe'.
RANKS = {"senior", "junior", "former", "veteran", "outgoing", "incoming", "acting", "interim", "freshman",
          "sophomore", "coordinating"}  # ('Coordinating Minister for Economic Affairs')


def _office_of_body_before_name(tokens: list[str]) -> tuple[str, str, str] | None:
    """'Director of the U.S. National Institutes of Health Francis Collins' -> ('Francis Collins',
    'Director', 'National Institutes of Health'): a capitalised office of a named body printed before a
    two-word name (three with a middle initial); the body's place adjective goes."""
    ranked = 1 if len(tokens) > 1 and tokens[0].lower() in RANKS and is_title_word(tokens[1]) else 0  # 'Acting Director'
    if len(tokens) < 5 + ranked or not is_title_word(tokens[ranked]) or tokens[ranked + 1].lower() not in ("of", "for"):
        return None
    size = 3 if re.fullmatch(r"[A-Z]\.", tokens[-2]) else 2
    name, body = tokens[-size:], tokens[ranked + 2:-size]
    while body and (body[0].lower() == "the" or body[0] in DEMONYMS or body[0] in COUNTRIES):
        body = body[1:]
    if not body or _office_of_portfolio(tokens[ranked], " ".join(body)) \
            or not all(_is_cap(t) and t.lower() not in TITLE_WORDS for t in name) \
            or classify_name(" ".join(name)) != "person" or capitalised_chain(" ".join(body)) != " ".join(body) \
            or classify_name(" ".join(body)) != "organization":
        return None
    return " ".join(name), " ".join(tokens[:ranked + 1]), " ".join(body)


def _role_at_organisation_before_name(text, tokens, appositive, start, end) -> Mention | None:
    """'head of the Laboratory of X, Y and Z at Novosibirsk State University Sergei Netesov': a whole
    role with its institution printed before the name; the name is what follows the organisation's
    last word."""
    org_end = max((i for i, t in enumerate(tokens[:-2]) if t.rstrip(",") in ORG_WORDS), default=-1)
    name_tokens = tokens[org_end + 1:]
    if org_end < 1 or not 2 <= len(name_tokens) <= 3 or not all(_is_cap(t) for t in name_tokens) \
            or not is_title_word(tokens[0]):
        return None
    name = " ".join(name_tokens)
    if classify_name(name) != "person":
        return None
    title, institution = split_institution_role(" ".join(tokens[:org_end + 1]))
    mention = _person(text, name, title, appositive, start, end)
    return mention if appositive else replace(mention, institution=institution)


_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
# A time adverbial fronted before the subject: 'On Tuesday night', 'Last week', 'Earlier this month', 'In March'.
_FRONTED_TIME = re.compile(
    r"(?:(?i:on|by|late|early)\s+(?:" + _DAY + _PART + r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"|(?i:earlier|later|late|early)?\s*(?i:last|this|next|that)\s+(?i:week|weekend|month|year|morning|afternoon|evening|"
    r"night|" + _DAY + r")" + _PART +
    r"|(?i:earlier|later)(?:\s+(?i:on|in)\s+(?i:the\s+)?(?i:day|week|month|year))?"
    r"|(?i:yesterday|today|tonight)" + _PART +
    r"|(?i:in)\s+(?:" + _MONTH + r"|\d{4})"
    r"|" + _DAY + _PART +
    r")\s*,?\s+(?=\S)")
# Words after a plural head that open its post-modifier: 'farmers in X', 'sources close to Y'.
_POST_MODIFIER = {"in", "at", "from", "across", "around", "inside", "outside", "near", "close", "familiar", "briefed",
                  "involved", "based", "working", "living", "on", "with", "of", "for", "within", "throughout"}


# The plural of an agent noun ('farmers', 'economists', 'residents', 'employees'): a word naming people.
_AGENT_PLURAL = re.compile(r"(?:er|or|ist|ant|ent|ian|ee)s$")


_COLLECTIVES = {"team", "group", "panel", "pair", "trio", "handful", "number", "coalition", "consortium"}


def _post_modified_group(tokens: list[str]) -> bool:
    """'Plantation farmers in Sampleton', 'Sources close to Mr Roe', 'People briefed on the move': a plural
    noun naming people (after up to three modifiers), then a post-modifier: one unnamed group, whole ('A team of
    strategists led by X at Sample Bank': the people a collective noun gathers)."""
    if len(tokens) > 4 and tokens[0].lower() in ("a", "an", "the") and tokens[1].lower() in _COLLECTIVES \
            and tokens[2] == "of":
        return _post_modified_group(tokens[3:])
    for i, tok in enumerate(tokens[:4]):
        word = tok.lower()
        post = i + 1 < len(tokens) and (tokens[i + 1] in _POST_MODIFIER or i + 2 < len(tokens) and tokens[i + 2] == "by"
                                        and re.fullmatch(r"[a-z]+ed", tokens[i + 1]) and word in words("person_nouns"))
        # ('economists polled by X'; 'figures provided by X' are the data of X: see _DOCUMENT_BY)
        if post and plural_person_noun(word) and (i or tok.islower() or word in ROLE_NOUNS
                                                  or _AGENT_PLURAL.search(word)) \
                and (tok.islower() or i == 0) and not any(t.lower() in TITLE_WORDS for t in tokens[:i]) \
                and all(t.islower() or k == 0 for k, t in enumerate(tokens[:i])) and _modifiers_only(tokens[:i]):
            return True
        if word in CONNECTORS or word in _POST_MODIFIER:
            return False
    return False


def _modifiers_only(tokens: list[str]) -> bool:
    """Can *tokens* stand before a noun as its modifiers ('Iowa farm', 'some retired')? Not with a function
    word other than a determiner, or a verb's past ('spoke with reporters', 'told reporters')."""
    return not any(t.lower() in FUNCTION_WORDS and t.lower() not in DETERMINERS or t.lower() in words("irregular_past")
                   or t.lower() in flagged("speech_verbs", "cue") for t in tokens)


def _group_word(token: str) -> bool:
    """'Protesters', 'Rate-setters', 'Firefighters': one word, a plural naming people, hyphenated or with an
    agent's suffix on a long stem; not a surname that looks like one ('Hicks', 'Masters', 'Parsons')."""
    word = token.lower()
    if not plural_person_noun(word.split("-")[-1]):
        return False
    return "-" in word or len(word) >= 8 and bool(_AGENT_PLURAL.search(word)) \
        or token[-1:] == "s" and token[:-1] in DEMONYMS and token[:1].isupper()  # 'Americans'


_ADJECTIVE_SUFFIX = re.compile(r"[a-z]{3,}(?:ing|ent|ant|ive|ous|ful|ible|able|ic|ical|ial|ional)$")


def _adjective_group(tokens: list[str]) -> bool:
    """'Leading Democrats', 'Congressional Republicans': a party's plural ('Democrats') after adjectives -
    a determiner such as 'leading' or 'several', or a capitalised word shaped like an adjective - is an
    unnamed group, not an organisation or a person."""
    head = tokens[-1].lower() if tokens else ""
    if len(tokens) < 2 or not (tokens[-1] in AFFILIATIONS and head in ROLE_NOUNS or plural_person_noun(head)
                               or head.endswith("s") and head[:-1] in TITLE_WORDS):  # 'MPs', 'Senators'
        return False
    return all(t.lower() in DETERMINERS or t in AFFILIATIONS or t in DEMONYMS
               or _ADJECTIVE_SUFFIX.fullmatch(t.lower()) and not is_state_word(t) and t not in ORG_WORDS
               for t in tokens[:-1])


def _role_named_in_apposition(text: str, appositive: str | None) -> tuple[str, str | None, str | None] | None:
    """'the Health Minister' with the appositive 'Jane Roe' -> ('Jane Roe', 'Health Minister', None): a role
    with an article, then the person's full name in apposition (two to four capitalised words)."""
    # ('the chief executive of the Sample Board, Dr. Jane Roe': an honorific before the name goes, as elsewhere)
    name = split_title_name((appositive or "").strip().rstrip(".,"))[1]
    words_ = name.split()
    if not re.match(r"(?:the|a|an)\s+\S", text.strip(), re.I) or not 2 <= len(words_) <= 4 \
            or not all(_is_cap(w) and not is_title_word(w) and w not in ORG_WORDS for w in words_) \
            or classify_name(name) != "person" or not any(is_title_word(w) for w in text.split()):
        return None
    title, institution = split_institution_role(text)
    if not title or not any(is_title_word(w) for w in title.split()):
        return None
    return name, title, institution


def _definite_role_before_name(tokens: list[str]) -> tuple[str, str] | None:
    """'the minister of health Dr. Jane Roe' -> ('minister of health', 'Jane Roe'): 'the', a role, then a
    person's name of one to four words after an honorific, or of two to four right after a role noun or
    a portfolio ('the minister of health Jane Roe'). 'the director of the Sample Institute' names no person."""
    if len(tokens) < 4 or tokens[0].lower() != "the":
        return None
    honorific = next((i for i in range(2, len(tokens) - 1) if tokens[i].lower() in HONORIFICS), None)
    if honorific is not None:
        role, name = tokens[1:honorific], tokens[honorific + 1:]
    else:
        caps = 0
        while caps < len(tokens) - 2 and _is_cap(tokens[-1 - caps]):
            caps += 1
        role, name = tokens[1:len(tokens) - caps], tokens[len(tokens) - caps:]
        if not 2 <= len(name) <= 4 or not (is_title_word(role[-1]) or role[-1].capitalize() in PORTFOLIOS):
            return None  # ('the CEO of a major supplier to Sample Foundry': the role is not over)
    if not 1 <= len(name) <= 4 or not all(_is_cap(t) and not is_title_word(t) for t in name) \
            or not any(is_title_word(t) for t in role) or classify_name(" ".join(name)) != "person" \
            or re.search(r"[’']s?$", role[0]):  # ("the bank's chief economist …": the owner's, left as it was)
        return None
    return " ".join(role), " ".join(name)


def _described_organisation(text: str) -> str | None:
    """'Carmaker Sample Motors' -> 'Sample Motors': a descriptor of a kind of organisation, then its name
    (an organisation's name, or one word: a person's name has two); 'consultant Sample Partners', 'US forecaster
    Sample G2': a noun of a person's trade, then a name that is an organisation's by its words, a number, inner
    capitals or capitals alone."""
    owned = _OWNED_BODY.fullmatch(text)
    if owned and owned.group("kind") in ORG_HEADS | ORG_KINDS:  # 'his team Sample Racing', 'her party Sample First'
        return owned.group("name")
    firm = _TRADE_BEFORE_FIRM.fullmatch(text)
    if firm and (classify_name(firm.group(1)) == "organization" or re.search(r"\d", firm.group(1))
                 or re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,6}", firm.group(1))):  # ('AlixPartners', 'IHS'; not 'Reed')
        return firm.group(1)
    name = without_org_descriptor(text[:1].lower() + text[1:])
    if name == text[:1].lower() + text[1:] or not all(_is_cap(t) or t in CONNECTORS or _INNER_CAPITAL.fullmatch(t)
                                                      for t in name.split()):
        return None  # ('analyst firm IHS iSuppli': a brand's inner capital)
    if text[:1].isupper() and (name in COUNTRIES or is_place(name)):
        return None  # 'Bank Indonesia': a capitalised kind before a country's name is part of the organisation's
    branded = (is_acronym(name.split()[0]) or any(_INNER_CAPITAL.fullmatch(t) for t in name.split())) \
        and not any(is_title_word(t) for t in name.split())  # ('IHS Markit': no person's name; 'KGHM CEO Jane Roe' is)
    return name if classify_name(name) == "organization" or len(name.split()) == 1 or branded else None


_INNER_CAPITAL = re.compile(r"[a-z]{1,2}[A-Z][\w-]+")  # a brand opening in lower case ('iSuppli', 'eBay'; not 'McDonald')


# A person's or a body's own organisation, then its name: 'his team Sample Racing', 'its parent Samplecorp'.
_OWNED_BODY = re.compile(r"(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?P<kind>[a-z]+)\s+(?P<name>" + NAME_RUN + r")")
# A noun of a trade a firm is named by as a person would be ('consultant', 'forecaster'), perhaps after its country's word.
_TRADE_BEFORE_FIRM = re.compile(r"(?:[A-Z]{2,3}\s+|[A-Z][a-z]+\s+(?=[a-z]))?(?:consultants?|forecasters?|researchers|advis[eo]rs?)"
                                r"\s+([A-Z][\w.&’'-]*(?:\s+[A-Z0-9][\w.&’'-]*){0,4})")


def _organisation_before_its_kind(text: str) -> str | None:
    """'Le Monde newspaper' -> 'Le Monde': a capitalised name, then a lower-case noun saying what kind
    of organisation it is (data/org_kinds.txt), which is no part of the name; so is a kind of two words ('Xinhua
    news agency'), even where its last word alone may end a name ('Sample Agency')."""
    tokens = re.sub(r"^(?:the|The)\s+", "", text).split()
    two_words = len(tokens) > 2 and " ".join(tokens[-2:]) in ORG_KINDS
    name = tokens[:-2] if two_words else tokens[:-1]
    if not name or not two_words and (tokens[-1] not in ORG_KINDS or tokens[-1] in _NAMED_ORG_HEADS) \
            or name[-1].endswith(("’s", "'s", "’", "'", "-based")) \
            or not all(_is_cap(t) or t.lower() in CONNECTORS for t in name) \
            or tokens[0] in STOP_CAPS or any(t in DEMONYMS or is_title_word(t) for t in name):
        return None
    return " ".join(name)


def _one_member_of_a_party(text: str) -> bool:
    """'a senior Democrat', 'one Republican': one unnamed person named by a capitalised noun that
    names people (a party's member: WordNet's noun.person), after an article or 'one'/'another'."""
    tokens = text.split()
    return 2 <= len(tokens) <= 4 and tokens[0].lower() in ("a", "an", "one", "another") \
        and all(t.islower() for t in tokens[1:-1]) and _is_cap(tokens[-1]) and person_noun(tokens[-1].lower())


def _org_name(text: str) -> str:
    """An organisation as named: 'The Centre for …' -> 'Centre for …'; joint speakers plainly,
    'Both the X and the Y' -> 'X and Y'."""
    org = re.sub(r"^(?:the|The|THE)\s+", "", text)  # ("THE Sample Weather Office said": a lead's capitals)
    place = re.match(r"(?:U\.S\.|US|U\.K\.|UK)\s+", org)
    rest = org[place.end():].split() if place else []
    if len(rest) > 1 and all(_is_cap(t) or t.lower() in CONNECTORS for t in rest):
        # 'the U.S. Centers for Disease Control and Prevention' speaks without its place adjective
        # (annotations/README.md); a possessive country stays ("South Korea’s Joint Chiefs of Staff")
        org = " ".join(rest)
    if re.match(r"Both\s", org) and " and " in org:
        org = re.sub(r"\s+and\s+the\s+", " and ", re.sub(r"^Both\s+(?:the\s+)?", "", org))
    return org


def _org_at_org(head: str, rest: str) -> bool:
    """'The Example Institute' at 'Sample University': both parts organisations."""
    rest = re.sub(r"^(?:the|The)\s+", "", rest)
    return classify_name(head) == "organization" and head.split()[-1] in ORG_WORDS and _is_cap(rest) \
        and classify_name(rest) == "organization" and capitalised_chain(rest) == rest


def _titled_name(head: str) -> bool:
    """'Lead author Ana Ruiz' (before 'of Sample University'): a role, then a two- or three-word name."""
    title, name = split_title_name(head)
    words = name.split()
    return bool(title) and 2 <= len(words) <= 3 and all(_is_cap(w) and w.lower() not in TITLE_WORDS for w in words)


STATE_BODIES = words("state_bodies")
PORTFOLIOS = words("portfolios")
PUBLIC_OFFICES = words("public_offices")
COMPOUND_OFFICES = words("compound_offices")  # 'solicitor general': an office of two words, never split
TEAM_ROLES = words("team_roles")  # 'boss', 'captain': after a country, the national team's


def team_role(title: str | None) -> bool:
    """'coach', 'fielding coach', 'spin bowling coach': a role in a team, whose country is the national team (the
    role's noun after up to two words of what it is about, printed in lower case)."""
    words_ = (title or "").split()
    return bool(words_) and (" ".join(words_).lower() in TEAM_ROLES or len(words_) <= 3 and words_[-1].lower() in TEAM_ROLES
                             and (len(words_) <= 2 or all(w.islower() for w in words_)))


def is_state_word(token: str) -> bool:
    bare = re.sub(r"[’']s?$", "", token)
    return bare in DEMONYMS or bare in AFFILIATIONS or bare in COUNTRIES or bare in STATE_BODIES \
        or token.lower() in HONORIFICS


# 'Sample County Health Officer': a named county's (parish's, borough's) office, capitalised as a whole; 'City of
# Sampleton Mayor': a local government named by its kind of area first.
_NAMED_AREA_OFFICE = re.compile(r"((?:[A-Z][\w.’'-]*\s+){1,3}(?:County|Parish|Borough)"
                                r"|(?:City|Town|Shire|Borough|County|Municipality)\s+of\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)"
                                r"\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
                                r"(?:\s+[a-z][\w-]*)?)")  # (the title word may be in lower case: 'Emergency Management director')
_WHEN_HELD = {"former", "interim", "acting", "then", "ex", "outgoing", "incoming"}  # ('Interim County Manager')


def _named_area_office(title: str) -> tuple[str, str] | None:
    """'Sample County Public Health Officer' -> ('Sample County', 'Public Health Officer'): the named area is the
    institution and the rest its office (_local_area_office: 'County Prosecutor', the area unnamed, stays whole)."""
    match = _NAMED_AREA_OFFICE.fullmatch(title)
    if not match or not is_title_word(match.group(2).split()[-1]) \
            or match.group(1).split()[0] in _LOCAL_AREAS and match.group(1).split()[1] != "of" \
            or any(w.lower() in _WHEN_HELD for w in match.group(1).split()):
        return None
    area, office = match.group(1), match.group(2)
    words_ = area.split()
    if words_[1] == "of" and len(words_) > 3 and (is_title_word(words_[-1]) or words_[-1].lower() in HONORIFICS):
        area, office = " ".join(words_[:-1]), f"{words_[-1]} {office}"  # 'City of Sampleton Deputy (Lord) Mayor'
    return area, office


def _field_of_study(word: str) -> bool:
    """'Economics', 'Geology': a field of study, an organisation's word only where a firm takes it as its name ('Capital
    Economics'); not 'Department' or 'Commission', whose suffix :func:`field_noun` reads too."""
    return bool(re.fullmatch(r"[A-Z][a-z]{2,}(?:ics|ology)", word))


def _without_unit_after_name(lead: list[str]) -> list[str]:
    """'Sample Fraser University Urban Studies' (before 'associate professor'), 'International Sample Fund Mission' (before
    'Head') -> the organisation's name, ending in its word of organisations (data/org_words.txt): capitalised words after
    it name the person's field or unit, which stays in the title as a sub-unit does (annotations/README.md)."""
    last = max((i for i, t in enumerate(lead) if t in ORG_WORDS and not _field_of_study(t)), default=-1)
    after = lead[last + 1:]  # ('Sample State University Ag Economics': a field is a department's name, no organisation's)
    if last < 1 or not after or not all(_is_cap(t) and (t not in ORG_WORDS or _field_of_study(t)) and not is_acronym(t) for t in after) \
            or re.search(r"[’']s?$", lead[last]) or any(t.lower() in CONNECTORS for t in lead[:last + 1]):
        return lead
    return lead[:last + 1]


def _org_before_title(title: str) -> tuple[str, str] | None:
    """'Morgan Stanley analyst' -> ('Morgan Stanley', 'analyst'): a named organisation printed before a
    lower-case role; not a country or a state body ('Kremlin spokesperson', 'US Secretary of State').
    The organisation's descriptor goes: 'German chipmaker Infineon's CEO' -> ('Infineon', 'CEO'), 'copper producer
    KGHM CEO' -> ('KGHM', 'CEO')."""
    area = _named_area_office(title)
    if area:
        return area
    described = without_org_descriptor(title)
    if described != title and (re.match(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*[’']s\s", described)
                               or is_acronym(described.split()[0])):  # ('Polish copper producer KGHM CEO')
        title = described
    tokens = title.split()
    lead = []
    for i, tok in enumerate(tokens):
        if tok.lower() in CONNECTORS and lead and _cap_follows(tokens, i + 1) \
                and not is_title_word(next(t for t in tokens[i:] if t.lower() not in CONNECTORS)):
            lead.append(tok)  # 'Bank of Canada Governor': the name of the organisation runs on
            continue
        if not _is_cap(tok) or is_title_word(tok) or tok.lower() in RANKS:
            break
        lead.append(tok)
        if i + 1 < len(tokens) and (re.search(r"s[’']$", tok) or re.search(r"[’']s$", tok) and not public_office([], tokens[i + 1:])):
            break  # "Sample News’ Asia bureau chief", "Sample Security's EMEA CTO": a possessive ends the owner's name
            # (not a state's office: "Punjab’s Health Minister")
    while lead and _name_runs_on(tokens, len(lead)) and not all(t in PORTFOLIOS or is_state_word(t) for t in lead):
        lead += tokens[len(lead):len(lead) + _name_runs_on(tokens, len(lead))]  # '365 bank', 'WOOD & Company'
    lead = _without_unit_after_name(_without_office_word(lead, tokens))
    rest = tokens[len(lead):]
    country = re.sub(r"[’']s$", "", " ".join(lead))
    if country in COUNTRIES and team_role(" ".join(rest)):
        return country, " ".join(rest)  # 'Scotland boss Steve Clarke': the national team's
    if country in COUNTRIES or any(t.endswith("-turned") for t in lead) or len(lead) == 1 and _field_of_study(lead[0]):
        return None  # 'Marshall Islands climate envoy' (a state's office), 'Cricketer-turned politician' (what the person was),
        # 'Economics Professor' (a field)

    if lead and (all(t in STOP_CAPS for t in lead) or lead[0].lower() in _POSSESSIVE_PRONOUNS):
        return None  # "The bank's chief economist", 'Its Secretary General': an article or a pronoun, no organisation
    if len(lead) == 1 and rest and is_title_word(rest[0]) and _qualifies_a_title(lead[0]):
        return None  # 'Regional Director', 'Programme manager': which post, not where
    if len(lead) == 1 and classify_name(lead[0]) != "organization" and not (rest and rest[0][:1].isupper()) \
            and not (lead[0].endswith(("’", "'")) and rest and rest[0][:1].islower()) \
            and not (name_not_word(lead[0]) and any(is_title_word(t) for t in rest)):  # ('Sampleton farmer': a place's)
        return None  # 'Lead author James Hansen': one capitalised word may just open the sentence; 'Europol Director' names one
    # 'Bank of Canada Governor', 'Europol Director': an organisation's name, then its capitalised title
    if all(t in PORTFOLIOS or is_state_word(t) for t in lead) or _local_area_office(lead):
        return None  # 'Health Minister', 'U.S. Treasury Secretary': a state office, named whole
    if len(rest) == 1 and _office_of_portfolio(rest[0], " ".join(lead)):
        return None  # 'Road Transport and Bridges Minister': a minister of anything but a named organisation
    if public_office(lead, rest) or two_word_demonym(" ".join(lead)):
        return None  # ('Sri Lankan captain': a nationality)
    named_org = len(lead) > 1 and (classify_name(" ".join(lead)) == "organization"  # ('California ISO President')
                                   or is_acronym(lead[-1]) and lead[-1] not in COUNTRIES) \
        or bool(rest) and rest[0][:1].isupper() and is_title_word(rest[0]) \
        and (len(lead) == 1 or _names_before_office(lead))
    owned = bool(lead) and bool(re.search(r"[’'](?:s)?$", lead[-1]))  # ("Sample News’ Asia bureau chief": the owner's)
    if not lead or not rest or not (rest[0][:1].islower() or named_org or owned) \
            or not any(is_title_word(t) or t.islower() and person_noun(t) for t in rest) \
            or is_state_word(lead[0]) and not _named_non_state_body(lead) or all(is_state_word(t) for t in lead):
        return None
    # ('Sample Ltd. ’s president': a possessive printed apart from the name goes with it)
    return re.sub(r"^(?:The|the)\s+|[’']s?$", "", " ".join(lead)), re.sub(r"^[’']s\s+", "", " ".join(rest))


def _names_before_office(lead: list[str]) -> bool:
    """'Credit Suisse' (before 'Director of …'), 'NITI Aayog' (before 'Member'): capitalised words ending in a name that
    is no word of the language (:func:`name_not_word`) name the organisation; ending in a word of the language they
    may be the role's own ('Infectious Disease Specialist', 'Sample Fire Wildfire Captain', 'Sample State
    Climatologist' are read whole)."""
    return (name_not_word(lead[-1]) or lead[-1] in COUNTRIES and name_not_word(lead[0])) \
        and not any(_capitalised_adjective(t) for t in lead)  # ('Sample South Asia Managing Director': its region)


# Ranks printed alone before a name, as a form of address: academic, diplomatic, military.
_MILITARY_RANKS_BEFORE_NAMES = {"general", "gen", "colonel", "col", "admiral", "brigadier", "lieutenant", "lt"}
_RANKS_BEFORE_NAMES = {"professor", "prof", "ambassador", "councillor", "cllr", "clr"} \
    | _MILITARY_RANKS_BEFORE_NAMES  # ('Cllr Jane Roe, executive board member …')
# Ranks printed between a role and the name ('spokesman Colonel Shen Jinke'): no part of the role.
_MILITARY_RANKS_AFTER_ROLE = {"major", "maj", "captain", "capt", "commander", "cmdr", "sergeant", "sgt", "corporal", "cpl"}
_RANKS_AFTER_ROLE = _RANKS_BEFORE_NAMES | _MILITARY_RANKS_AFTER_ROLE  # ('chairman Councillor Jane Roe')
_RANK_PHRASES = words("military_ranks")  # 'Lieutenant General', 'Air Chief Marshal'


def _rank_key(tokens: list[str]) -> str:
    return " ".join(tokens).lower().replace(".", "")


def _rank_before(tokens: list[str], end: int) -> int | None:
    """Where a capitalised rank ending at *end* begins ('Colonel', 'Air Chief Marshal'), after the
    first token; the longest one; None if none ends there."""
    return next((start for start in range(max(1, end - 3), end)
                 if all(t[:1].isupper() for t in tokens[start:end])
                 and (_rank_key(tokens[start:end]) in _RANK_PHRASES
                      or end - start == 1 and _rank_key(tokens[start:end]) in _RANKS_AFTER_ROLE)), None)


_MILITARY_RANK_WORDS = _MILITARY_RANKS_BEFORE_NAMES | _MILITARY_RANKS_AFTER_ROLE | {"adm", "brig", "marshal"}


def _military_rank(tokens: list[str]) -> bool:
    """'General', 'Lt. Gen.', 'Air Chief Marshal': a military rank alone (data/military_ranks.txt, or one word of rank)."""
    return _rank_key(tokens) in _RANK_PHRASES or len(tokens) == 1 and _rank_key(tokens) in _MILITARY_RANK_WORDS


def rank_alone(title: str | None) -> bool:
    """'Professor', 'Ambassador', 'General', 'Lieutenant General' alone before a name: a rank, which a
    role printed beside it replaces ('Ambassador Jane Roe, the Minister for Foreign Affairs in charge, …')."""
    return bool(title) and (title.lower().rstrip(".") in _RANKS_BEFORE_NAMES or _rank_key(title.split()) in _RANK_PHRASES)


def rank_word(token: str) -> bool:
    """'Gen.', 'Brig', 'Colonel': a word of a rank printed before a name, written out or abbreviated."""
    return rank_alone(token) or token.lower().rstrip(".") in _RANK_ABBREVIATIONS


STANDING_NOUNS = words("standing_nouns")


def standing_only(title: str | None) -> bool:
    """'Three-time Sample Open champion', 'Sampleland star': words before a name ending in a noun of the person's
    standing (data/standing_nouns.txt), an epithet, not a role in an organisation."""
    words_ = (title or "").split()
    return bool(words_) and words_[-1].lower().strip(",") in STANDING_NOUNS


def without_academic_address(title: str | None) -> str | None:
    """'Professor' alone (before 'Jane Roe') -> None: the academic rank printed capitalised as a form of address
    before a name is dropped like 'Dr.' and 'Prof' (annotations/README.md: without honorifics); a role with it
    stays ('Professor of Hydrology', 'professor', 'associate professor')."""
    return None if title in ("Professor", "Professor.") else title


def public_office(lead: list[str], rest: list[str]) -> bool:
    """'New York mayor', 'Garda Commissioner', 'Texas Attorney General', 'Canary Islands government chief'
    (*lead*, then the office *rest*): a place's or a state's office, named whole (data/public_offices.txt; an
    office of a place's government), unless an organisation's word names a body before it."""
    office = " ".join(rest).lower().strip(",")
    return bool(rest) and (rest[-1].lower().strip(",") in PUBLIC_OFFICES or office in PUBLIC_OFFICES
                           or len(rest) > 1 and rest[0] == "government") and not any(t in ORG_WORDS for t in lead) \
        and not any(re.search(r"[’']s?$", t) for t in lead)  # ("Russia's foreign minister": the possessive goes)


def name_not_word(token: str) -> bool:
    """'Investec', 'JetBlue', 'HSE' (before 'chief economist'): a capitalised word that is no word of the
    language — not in the dictionary (:func:`.lexicon.common_word`), or with capitals inside it — and
    names no title, rank, state or people, so it names something: before a role, the employer."""
    word = token.strip("’',")
    return _names_something(word) and (bool(re.search(r".[A-Z]", word)) or not common_word(word))


def _names_something(word: str) -> bool:
    """A capitalised word that names no title, rank, state or people (nor opens a sentence as 'The' does)."""
    return _is_cap(word) and word not in STOP_CAPS and not is_title_word(word) and not is_state_word(word) \
        and word not in DEMONYMS and word not in COUNTRIES and word.lower() not in RANKS | REPORTER_MODIFIERS


def proper_words(text: str) -> set[str]:
    """Words the article prints capitalised inside a sentence and never in lower case: its proper nouns.

    The article is its own dictionary: 'Liverpool manager Jurgen Klopp' opening a sentence cannot
    tell the club from an adjective ('Lead author James Hansen') by its capital, but the club is
    printed 'at Liverpool' and never 'liverpool'. Only a word the article uses as a noun counts: a
    nationality adjective is capitalised too ('the Algerian foreign ministry').
    """
    found = set()
    for match in _CAPITALISED_IN_SENTENCE.finditer(text):
        after = match.group(2)
        # used as a noun: before punctuation, a possessive or a function word ('at Liverpool,', 'Toyota's',
        # 'in Toyota and'), not as an adjective before a noun ('Algerian foreign ministry')
        if after is None or after.lower() in FUNCTION_WORDS:
            found.add(match.group(1))
    return {word for word in found if not _printed_in_lower_case(text, word.lower())}


# A capitalised word inside a sentence and what follows it (the test of the two characters before the word
# follows its capital, so that the engine looks for capitals only).
_CAPITALISED_IN_SENTENCE = re.compile(r"([A-Z](?<=[a-z,;] .)[a-z][\w-]*)(?:[’']s\b|(?=[,.;:)]|\s+(\w+)|\s*$))")


def _word_character(char: str) -> bool:
    """Is *char* a word character of the regular-expression engine (str.isalnum and the engine agree on letters
    and digits)?"""
    return char.isalnum() or char == "_"


def _printed_in_lower_case(text: str, word: str) -> bool:
    r"""Is *word* a lower-case word of *text*, a match of r"(?<![\w’'-])[a-z][\w-]*" (found with str.find where
    a pattern would list every lower-case word of the article)?"""
    if not ("a" <= word[:1] <= "z" and all(_word_character(c) or c == "-" for c in word)):
        return False  # (no match of that pattern)
    pos = text.find(word)
    while pos != -1:
        end = pos + len(word)
        if (pos == 0 or not (_word_character(text[pos - 1]) or text[pos - 1] in "’'-")) \
                and (end == len(text) or not (_word_character(text[end]) or text[end] == "-")):
            return True
        pos = text.find(word, pos + 1)
    return False


def org_before_role(title: str | None, proper: set[str]) -> tuple[str, str] | None:
    """'Liverpool manager' -> ('Liverpool', 'manager') when the article shows 'Liverpool' is a proper
    noun (:func:`proper_words`): a one-word organisation before a lower-case role, which the words
    alone leave whole (:func:`_org_before_title`). Not a country, a people, a state body or a title."""
    if office_time(title):  # 'former Liverpool boss' -> ('Liverpool', 'former boss')
        return with_office_time(title, lambda role: org_before_role(role, proper))
    tokens = (title or "").split()
    if len(tokens) < 2 or tokens[0] not in proper or not tokens[1][:1].islower():
        return None
    first = tokens[0]
    if first in STOP_CAPS or is_title_word(first) or is_state_word(first) or first.lower() in REPORTER_MODIFIERS \
            or public_office(tokens[:1], tokens[1:]) \
            or not any(is_title_word(t) for t in tokens[1:]):
        return None
    return first, " ".join(tokens[1:])


def _former(title: str) -> bool:
    """'former ambassador', 'Former coach', 'ex-minister': a role no longer held."""
    return bool(re.match(r"(?:former|ex-)", title, re.I))


# Heads of a public body printed in lower case ('health ministry', 'county health department', 'weather service').
_BODY_HEAD = r"(?:office|ministry|agency|department|bureau|service)"
_LOWER_CASE_BODY = re.compile(r"((?:[a-z][\w-]*\s+){1,3}" + _BODY_HEAD + r"|central\s+bank)(?:[’']s)?\s+([a-z][\w -]*)")


_ROLE_FOR_LOWER_CASE_BODY = re.compile(r"(.+?)\s+(?:for|to|at|with|of|in)\s+the\s+((?:[a-z][\w-]*\s+){1,3}" + _BODY_HEAD
                                       + r"|(?:[a-z][\w-]*\s+){0,3}" + _BODY_HEAD + r"\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")


def role_for_a_lower_case_body(title: str | None) -> tuple[str, str] | None:
    """'immunization coordinator for the county health department' -> ('immunization coordinator', 'county health
    department'), 'a spokesperson to the ministry of …' likewise: a public body printed in lower case after the role
    is the institution, as before it (:func:`body_before_role`); a bare 'the ministry' is the one named before."""
    match = _ROLE_FOR_LOWER_CASE_BODY.fullmatch(title or "")
    if not match or not any(is_title_word(w) or person_noun(w.lower()) for w in match.group(1).split()):
        return None
    return match.group(1), match.group(2)


def body_before_role(title: str | None) -> tuple[str, str] | None:
    """'meteorological office geophysicist' -> ('meteorological office', 'geophysicist'), 'central bank governor',
    "the health department's medical director": a public body named in lower case before a role is the institution
    (annotations/README.md: 'health ministry')."""
    match = _LOWER_CASE_BODY.fullmatch(title or "")
    if not match or not any(is_title_word(w) or person_noun(w) for w in match.group(2).split()):
        return None
    return match.group(1), match.group(2)


_POSSESSOR_BEFORE_ROLE = re.compile(r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})[’']s\s+(?P<role>\S.*)")


def possessor_before_role(title: str | None) -> tuple[str, str] | None:
    """'DGPC’s Director of Finance' -> ('DGPC', 'Director of Finance'), "Sample Capital's chief economist": an
    organisation owning the role is the institution, as one printed before it is. Not a country ('Saudi Arabia’s
    energy minister' is a state's office) nor a person ("Biden's envoy")."""
    match = _POSSESSOR_BEFORE_ROLE.fullmatch(title or "")
    if not match:
        return None
    owner, role = match.group("owner"), match.group("role")
    head = re.split(r"\s+(?:of|for|at|with|in|on)\s+", role)[0].split()
    organisation = is_acronym(owner) or looks_like_organisation(owner) and not any(is_title_word(t) for t in owner.split())
    if not organisation or is_place(owner) or not head or not any(is_title_word(t) for t in head):
        return None
    return owner, role


def named_body_before_office(title: str | None, body: str) -> tuple[str, str] | None:
    """'Pulse Asia President' (before 'Ronald Holmes') -> ('Pulse Asia', 'President'): capitalised words, then a
    capitalised office, when the article prints those words elsewhere as a noun ('Pulse Asia’s survey', 'the
    head of Pulse Asia'); not a place's or state's office ('New York Mayor')."""
    match = re.fullmatch(r"((?:[A-Z][\w&.-]*\s+){1,4})([A-Z][a-z-]+)", title or "")
    if not match or not is_title_word(match.group(2)) or public_office(match.group(1).split(), [match.group(2)]) \
            or is_state_word(match.group(1).split()[0]) or any(is_title_word(w) for w in match.group(1).split()):
        return None
    chain = match.group(1).strip()
    noun = re.search(r"(?:\b(?:of|at|from|by|with|for|in)\s+(?:the\s+)?" + re.escape(chain) + r"\b(?!\s+[A-Z])|"
                     + re.escape(chain) + r"[’']s\b)", body)
    return (chain, match.group(2)) if noun else None


def team_before_role(title: str | None, body: str) -> tuple[str, str] | None:
    """'Springbok coach', 'Stormers coach' (opening a sentence) -> ('Springbok', 'coach'): one capitalised word before
    a role in a team (:func:`team_role`) is the team when the article prints it capitalised inside a sentence too
    ('Meanwhile, Springbok team doctor …'), singular or plural, and never in lower case ('Batting coach' is a role)."""
    tokens = (title or "").split()
    if len(tokens) < 2 or not team_role(" ".join(tokens[1:])) or not _is_cap(tokens[0]) or is_title_word(tokens[0]) \
            or is_state_word(tokens[0]) or tokens[0].lower() in REPORTER_MODIFIERS or office_time(title):
        return None
    word = re.escape(tokens[0].rstrip("s"))
    lower = re.search(r"\b" + word.lower() + r"s?\b", body)
    if lower:
        return None
    # a name of no dictionary ('Liverpool manager'), or a plural noun ('Roosters coach', 'Hearts manager': teams are
    # named so, a role's modifier is not), is the team wherever it stands; another word only if printed inside a sentence
    named = not common_word(tokens[0]) or _plural_noun(tokens[0])
    inside = re.search(r"[a-z,;:]\s+" + word + r"s?\b", body)
    return (tokens[0], " ".join(tokens[1:])) if named or inside else None


def _plural_noun(word: str) -> bool:
    """'Roosters', 'Hearts': a dictionary noun's plural, not a word of its own ending in 's' ('Fitness')."""
    return word.endswith("s") and not word.endswith("ss") and common_word(word[:-1])


def settled_role(title: str | None, institution: str | None, proper: set[str], body: str) -> tuple[str | None, str | None]:
    """A person's role as the article gives it, in the form the gold gives roles: an organisation printed inside
    the title is the institution ('Liverpool manager', 'Health Minister and X Center Head', 'Pulse Asia President',
    'health ministry spokesman'); a rank after the role, 'new' and where a body is based go; a region of the
    owner's officer stays in the title ('Drewry's Asia chief'). *proper*: :func:`proper_words` of *body*, less the
    parts of people's names."""
    split = None if institution else org_before_role(title, proper) or role_paired_with_organisation(title, proper) \
        or named_body_before_office(title, body) or body_before_role(title) or team_before_role(title, body) \
        or possessor_before_role(title)
    if split:
        institution, title = split
    return region_of_owners_role(without_rank_after(without_new(title)), without_base(institution))


def role_paired_with_organisation(title: str | None, proper: set[str]) -> tuple[str, str] | None:
    """'French central bank chief and ECB policymaker' -> ('ECB', 'policymaker'): of two roles joined by
    'and', the one printed with its organisation's name (an acronym, or a proper noun as for
    :func:`org_before_role`) is the person's role (annotations/README.md: the role paired with an
    institution)."""
    if not title or " and " not in title:
        return None
    for half in title.split(" and "):
        first = half.split()[0] if half.split() else ""
        split = org_before_role(half, proper | ({first} if is_acronym(first) else set()))
        if split:
            return split
        # 'Health Minister and Central Epidemic Command Center Head': a named body and its office ('former governor
        # and X Agency administrator', both former, is one title as 'Former ORG role' is)
        body = None if _former(title) else _state_body_role(half)
        if body:
            return body[1], body[0]
    return None


def region_of_owners_role(title: str | None, institution: str | None) -> tuple[str | None, str | None]:
    """("chief", "Drewry's Asia") -> ('Asia chief', 'Drewry'): the region an organisation's officer answers
    for ('Drewry's Asia chief') is part of the title, the possessor the institution."""
    match = re.fullmatch(r"(.+?)[’']s\s+([A-Z][\w-]*)", institution or "")
    if not match or not title or not is_state_word(match.group(2)) or match.group(2) in DEMONYMS:
        return title, institution
    return f"{match.group(2)} {title}", match.group(1)


def looks_like_organisation(name: str) -> bool:
    """An organisation's name: with a word such as 'Institute' or 'Bank', or two or more capitalised words
    none of which names a state, a people or a party ('Avenue Capital', not 'Republican')."""
    tokens = name.split()
    return any(t in ORG_WORDS for t in tokens) or len(tokens) > 1 and all(
        _is_cap(t) or t.lower() in CONNECTORS for t in tokens) and not any(is_state_word(t) for t in tokens)


def _possessor_named(owner: str) -> bool:
    """'Morgan Stanley's Jane Roe': a name owning a person is their employer, unless it is a place
    ('Britain's Jane Roe') or a person ('Roe's Jane Doe' is rare; two names are a firm's); a country in a
    body's name is no place ('Environment Canada's Jane Roe')."""
    tokens = owner.split()
    return 1 <= len(tokens) <= 4 and all(_is_cap(t) for t in tokens) and not is_place(owner) \
        and not any(is_state_word(t) for t in tokens if t not in COUNTRIES) and tokens[0] not in STOP_CAPS


def _named_non_state_body(lead: list[str]) -> bool:
    """'European Central Bank' (before 'President'): a demonym opening an organisation's name that has
    no state-body word in it ('Russian Foreign Ministry' is the state's)."""
    return len(lead) > 1 and (lead[0] in DEMONYMS or lead[0] in COUNTRIES) and lead[0].lower() not in RANKS \
        and lead[-1] in ORG_WORDS \
        and not any(is_state_word(t) for t in lead[1:])


def without_party_label(name: str) -> str:
    """'Democrat Gerald Connolly' -> 'Gerald Connolly': a party label before a full name is no part of
    it, nor a title (annotations/README.md)."""
    tokens = name.split()
    if len(tokens) >= 3 and tokens[0] in AFFILIATIONS and all(_is_cap(t) for t in tokens[1:]):
        return " ".join(tokens[1:])
    return name


def _split_title_before_name(title: str) -> tuple[str | None, str | None]:
    """The words printed before a name -> (title, institution): an organisation's name before the role
    ('Sample Bank economist', 'VDA President'), a state body's ('Foreign Ministry spokeswoman'), a party's
    ('Labour leader'), a place a person is from ('Sampleton farmer'), else the role without a possessive
    place, a nationality or the reporter's word ('Newly-appointed', 'fellow')."""
    title = _BASED_FIRST.sub("", without_reporter_modifier(title))  # 'Malvern-based forecaster': where, not what
    tokens = title.split()
    if len(tokens) > 3 and tokens[1] == "and" and tokens[0].lower() in NATIONALITY_NOUNS:
        title = " ".join(tokens[2:])  # 'Spaniard and FC Goa coach': what the person is, then the role
        tokens = tokens[2:]
    if _party_label_before_office(tokens):
        title = " ".join(tokens[1:])  # 'Republican Rep.', 'Democratic Sen.'
        tokens = tokens[1:]
    if split := _timed_org_before_title(title):
        institution, title = split
    elif split := _service_before_rank(title):
        title, institution = split
    elif split := _firm_before_officer(title) or _org_before_title(title):
        institution, title = split  # ('TD Bank economist': the acronym's name runs on)
    elif len(tokens) > 1 and is_acronym(tokens[0]) and tokens[0] not in DEMONYMS and tokens[1] not in ("of", "for", "at") \
            and not _name_runs_on(tokens, 1) and not _office_of_portfolio(tokens[-1], " ".join(tokens[1:-1])):
        institution, title = tokens[0], " ".join(tokens[1:])  # (not 'RA Foreign Minister': a state's, whole as in apposition)
    elif split := _title_of_acronym(title):
        title, institution = split  # 'Director of the CIA John Brennan'
    elif split := _state_body_role(title) or party_role(title):
        title, institution = split
    elif _place_before_person_noun(tokens[:1], tokens[1:]):
        title, institution = " ".join(tokens[1:]), None
    elif "," not in title and re.search(r"\s(?:of|at|for|with)\s", title) and not is_title_word(tokens[-1]) \
            and names_an_organisation((split := split_institution_role(title))[1]):
        title, institution = split  # as after a name ('Director General of Military Operations' stays whole)
    else:
        unpossessed = without_place_possessive(title)  # ("Sample Country's top analyst": 'top' stays after it)
        return without_reporter_modifier(without_nationality_adjective(unpossessed), unpossessed != title), None
    return without_reporter_modifier(title), institution  # ("Sample Party's newly-appointed leader")


def names_an_organisation(name: str | None) -> bool:
    """An acronym, or two or more words one of which is an organisation's ('Central Bank of Sampleland', not
    'Research' or 'Military Operations'): what the words of a role after 'of' or 'at' must be to be split off
    before a name, where an office's field or unit is printed the same way."""
    return bool(name) and (is_acronym(name) or len(name.split()) > 1 and any(t in ORG_WORDS for t in name.split())
                           or " " not in name and name_not_word(name))


# A company's executive officer, printed capitalised: 'Chief Executive', 'Chief Operating Officer', 'CEO', 'CFO'
# (not 'Chief Economist' or 'Managing Director', which public bodies have too).
_OFFICER_TITLE = re.compile(r"(?:\bChief\s+Executive|\bOfficer|\bC[A-Z]{1,2}O)$")


def _firm_before_officer(title: str) -> tuple[str, str] | None:
    """'Sample Air Chief Executive', 'Sample Chamber CEO' -> ('Sample Air', 'Chief Executive'): two or more capitalised
    words, then a company's executive officer (:func:`executive_title`, :data:`_OFFICER_TITLE`), name the company, even
    when they open with a country ('Qatar Tourism'): a state's office is no chief executive ('Health Minister',
    'Infectious Disease Specialist' stay whole)."""
    tokens = title.split()
    first = next((i for i, t in enumerate(tokens) if is_title_word(t) or not _is_cap(t)), len(tokens))
    lead, rest = tokens[:first], " ".join(tokens[first:])
    if len(lead) < 2 or not executive_title(rest) or not _OFFICER_TITLE.search(rest) \
            or lead[0] in STOP_CAPS or any(t.lower() in RANKS for t in lead):
        return None
    return " ".join(lead), rest


def _service_before_rank(title: str) -> tuple[str, str] | None:
    """'Army Gen.' -> ('Gen.', 'Army'), 'Navy Rear Admiral' -> ('Rear Admiral', 'Navy'): a state's service named by
    one word that is both a state body's and an organisation's (data/state_bodies.txt, data/org_words.txt), then a
    rank alone (:func:`rank_alone`): the rank is the person's title, the service the institution."""
    tokens = title.split()
    if len(tokens) < 2 or tokens[0] not in STATE_BODIES or tokens[0] not in ORG_WORDS \
            or not rank_alone(" ".join(tokens[1:])):
        return None
    return " ".join(tokens[1:]), tokens[0]


def _party_label_before_office(tokens: list[str]) -> bool:
    """'Republican Rep.', 'Democratic State Senator': a party's word before a capitalised public office (an
    abbreviated one, or one of data/public_offices.txt) is the person's party label, no part of the title
    (annotations/README.md: 'Democrat Gerald Connolly'); not before a party's office ('Labour Leader', 'Labour MP'
    stay) nor in a party's name ('Green Party chairman'), and a lower-case role keeps it ('a Republican strategist')."""
    return len(tokens) > 1 and tokens[0] in AFFILIATIONS and tokens[1][:1].isupper() \
        and tokens[1] not in AFFILIATIONS and tokens[1] not in ORG_WORDS \
        and (public_office([], tokens[1:]) or len(tokens) == 2 and re.fullmatch(r"[A-Z][a-z]{1,4}\.", tokens[1]) is not None)


_OF_ACRONYM = re.compile(r"\s(?:of|at|for)\s+(?:the\s+)?[A-Z]{2,6}$")


def _title_of_acronym(title: str) -> tuple[str, str] | None:
    """'Director of the CIA' -> ('Director', 'CIA'): a title ending in 'of' an acronym, split as an appositive
    role is (:func:`split_institution_role`: 'President of the US' is a state office, named whole)."""
    if not _OF_ACRONYM.search(title):
        return None
    title, institution = split_institution_role(title)
    return (title, institution) if institution else None


_PLACE_OWNING = re.compile(r"(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)[’']s\s+(?=[A-Z])")


def _person(text, name, title, appositive, start, end) -> Mention:
    if title and " " not in name and is_title_word(name):
        # 'the former Vice President': an office of two words, whoever holds it, no person named 'President'
        return Mention(text, text.strip(), "definite", start=start, end=end)
    institution = None
    name = without_party_label(name)
    place = _PLACE_OWNING.match(name)
    if place and is_state_word(place.group("place")) and len(name[place.end():].split()) > 1:
        name = name[place.end():]  # "Ireland's Gabriel Makhlouf": the country owning a person is no part of the name
    if _MODIFIER.match(name) and len(name.split()) > 2:
        name = name.split(" ", 1)[1]  # 'Karnal-based Rajinder Singh': where the person is from is no part of the name
    if title and standing_only(title):
        title = None  # 'Three-time Wimbledon champion Jane Roe': an epithet, no role
    if title:
        title, institution = _split_title_before_name(title.rstrip(" ,"))  # ('Sampleshire farmer, Tom Reed')
    if title and re.search(r"[’']s?$", title) and not any(is_title_word(w) for w in title.split()) \
            and all(_is_cap(w) or w.lower() in CONNECTORS for w in title.split()):
        title, institution = None, re.sub(r"^(?:The|the)\s+|[’']s?$", "", title)  # "Cornell University's Dr Toby Ault"
    if appositive:
        owner = institution
        app_title, institution = split_institution_role(appositive)
        said_nothing = not (app_title or institution)  # (', in a statement': no role)
        institution = institution or owner
        if not said_nothing:
            # Two roles: keep the one paired with the named institution; 'Lead author Ana Ruiz of
            # Sample University' pairs the printed title with it.
            academic = rank_alone(title) and bool(app_title)
            # ('Professor Jane Roe, chief medical adviser': the role in apposition, not the academic rank)
            if (institution or not title or academic) and not (title and not app_title and re.match(r"(?:at|from|of|with)\s",
                                                                                                  appositive.strip())):
                title = app_title if (app_title or institution) else title
    institution = without_nationality(institution)
    # a country described in apposition is the state speaking ('Saudi Arabia, OPEC's largest oil producer, said'), not a
    # person (not one word with a person's title: 'Jordan, the finance minister')
    state = name in COUNTRIES and (appositive or title) and (" " in name or not any(is_title_word(w) for w in (title or "").split()))
    kind = "organization" if state else classify_name(name)
    if kind == "organization" or appositive and not institution and title \
            and title.split()[-1].lower() in _FIRM_HEADS \
            and not re.search(r"\s(?:for|at|of|with|in)\s", title) and not any(is_title_word(w) for w in title.split()):
        # 'Goldman Sachs, global investment bank, said': the appositive says it is an organisation
        return Mention(text, name, "organization", start=start, end=end)
    return Mention(text, name, "person", title=without_academic_address(title), institution=institution, start=start, end=end)


ORG_NAME_RE = re.compile(r"(?:the[ \t]+)?" + NAME_RUN + r"(?:[ \t]+\([A-Z]{2,}\))?")
# (the test of the character before the name follows its capital, so that the engine looks for capitals only)
# (the lower-case particles inside a name are :data:`NAME_PARTICLES`, the list the rest of the module reads)
NAME_RE = re.compile(r"((?:[A-Z](?<![\w’'].)[\w’'-]+|[A-Z](?<![\w’'.].)\.(?:[A-Z]\.)*)(?:[ \t]+(?:[A-Z]\.|[A-Z](?=[ \t][A-Z])|[A-Z][\w’'-]+|" + "|".join(longest_first(NAME_PARTICLES))
                     + r"))*[ \t]+"
                     r"(?:[A-Z]|(?:" + HYPHENED_PARTICLES + r")-[A-Z])[\w’'-]+)")


_AFTER_DEFINITE_ARTICLE = re.compile(r"\bthe[ \t]+$")  # a lower-case 'the' right before a capitalised run
_POSSESSIVE_ENDS = ("’s", "'s")  # (of a word without spaces: what r"[’']s$" finds)


def name_index(text: str) -> list[tuple[int, str]]:
    """Person-like names printed anywhere in the text, with their offsets (for surname lookup)."""
    found = []
    for match in NAME_RE.finditer(text):
        tokens = match.group(1).split()
        if _AFTER_DEFINITE_ARTICLE.search(text, max(0, match.start() - 5), match.start()) \
                and not _role_word_at(tokens, 0) and not any(t in ORG_WORDS for t in tokens):
            continue  # 'in the Central Asian republic', 'a meeting of the Sample Municipal District': no person's name
        country = len(tokens) > 2 and tokens[0] in COUNTRIES  # ('the Government of Sampleland Jane Roe': the person)
        while tokens and (tokens[0] in STOP_CAPS or tokens[0] in MONTHS_DAYS or tokens[0] in DEMONYMS or country and tokens[0] in COUNTRIES
                          or tokens[0].lower() in flagged("speech_verbs", "cue")  # 'Noted Pogba unenthusiast'
                          or _MODIFIER.fullmatch(tokens[0]) or _PERSON_MODIFIER.fullmatch(tokens[0])
                          or tokens[0].lower() in REPORTER_MODIFIERS
                          or tokens[0].lower() in TITLE_WORDS or tokens[0].lower() in HONORIFICS
                          or tokens[0] in PORTFOLIOS and len(tokens) > 2):  # ('Minister of Oil Anas Al-Saleh')
            tokens = tokens[1:]
        tokens = without_party_label(" ".join(tokens)).split()
        owner = next((i for i, t in enumerate(tokens) if t.endswith(_POSSESSIVE_ENDS)), None)
        if owner is not None and len([t for t in tokens[owner + 1:] if not is_title_word(t)]) < 2:
            # 'Virat Kohli’s India went down': the name ends at its possessive ('Examplon's CEO Jane Roe' runs on)
            tokens = tokens[:owner] + [tokens[owner]]
        tokens = [t[:-2] if t.endswith(_POSSESSIVE_ENDS) else t for t in tokens]
        titled = [i for i, t in enumerate(tokens[:-2]) if t.lower().rstrip(".") in HONORIFICS or is_title_word(t)]
        if titled:
            # 'Minister of State for Finance Dr Aisha Ghaus Pasha', 'Deputy Prime Minister Vu Duc Dam': the name
            tokens = tokens[titled[-1] + 1:]
        last_org = max((i for i, t in enumerate(tokens) if t in ORG_WORDS), default=-1)
        if 0 <= last_org < len(tokens) - 2:
            tokens = tokens[last_org + 1:]  # 'at Novosibirsk State University Sergei Netesov told': the person
        if len(tokens) < 2 or len([t for t in tokens if t.lower() not in NAME_PARTICLES]) > 4:
            continue  # ('Khalid Bin Bandar Al Saud': the particles aside, four words at most)
        tokens = tokens[words_before_given_name(tokens):]  # 'Farmer Jim Tiede'
        name = " ".join(tokens)
        if not _could_be_person(name):
            continue  # ('Sri Lanka has …, he said': a country; 'New Year's Eve': a day)
        if classify_name(name) != "person" or any(t in MONTHS_DAYS for t in tokens[:-1]) \
                or tokens[-1] in MONTHS_DAYS and (tokens[-1] not in _MONTHS or re.match(r"\s*\d", text[match.end():])):
            continue  # ('On Tuesday', 'Jane Roe March 3'; 'Theresa May' is a name)
        if not titled and not country and _continues_organisation(text, match.start()):
            continue  # 'University of Hong Kong': a place in an organisation's name ('Bank of England Governor
            # Andrew Bailey': a name after its title is none)
        _, bare = split_title_name(name)
        found.append((match.start(), bare))
    for match in _HONORIFIC_SURNAME.finditer(text):
        if not any(start <= match.start(1) < start + len(name) + 5 for start, name in found):
            found.append((match.start(1), match.group(1)))  # 'Dr. Guan': a person named by surname only
    return sorted(found)


_OCCASIONS = {"Year", "Day", "Eve"}


def _could_be_person(name: str) -> bool:
    """Not a country ('Sri Lanka') nor a day ('New Year'), nor a word before a country's name of two words ('Hosts New
    Zealand')."""
    tokens = name.split()
    if tokens[-1] in _OCCASIONS and all(common_word(t) for t in tokens[:-1]):
        return False  # 'New Year', 'Boxing Day', 'Christmas Eve': a day of the calendar
    return name not in COUNTRIES and not any(" ".join(tokens[i:]) in COUNTRIES for i in range(1, len(tokens) - 1))


_HONORIFIC_SURNAME = re.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+([A-Z][a-z’'-]+)\b(?!\s+[A-Z])")


def _continues_organisation(text: str, pos: int) -> bool:
    """Does the name at *pos* continue an organisation's name ('University of Hong Kong', 'Bank of
    England')?"""
    piece = text[max(0, pos - 60):pos]
    if not piece.rstrip().endswith(("of", "for", "the")):
        return False  # (what the pattern below needs at its end)
    before = re.search(r"([A-Z][\w.&-]*)\s+(?:of|for)\s+(?:the\s+)?$", piece)
    return bool(before) and before.group(1) in ORG_WORDS


