"""Who each attribution's source refers to: every such decision, backward and forward, in one place.

Backward: "Choi", "he", "the expert" and "it" are linked to the full mention printed before, and
carry its title and institution (:class:`Resolver`); a quoted paragraph with no verb of its own
continues the speaker quoted just before (:func:`continued_speaker`). Forward (cataphora): a lead's
"a nationally renowned expert says …" or "the director of the … Institute said" is the person the
next paragraph names, when that person speaks later (:func:`named_later`).
:func:`resolve_speakers` runs them in that order for one article.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from functools import cached_property

from .article import paragraphs
from .attribution import AUXILIARIES, past_form, read_printed_name, role_in_front
from .lexicon import common_word, flagged, longest_first, table, words
from .sentences import DATELINE
from .mentions import (
    DOCUMENT_NOUNS,
    NAME_PARTICLES,
    executive_title,
    given_name,
    epithet_description,
    OFFICE_TIME,
    PARTICLE_PREFIX,
    office_time,
    is_acronym,
    is_place,
    names_an_organisation,
    settled_role,
    without_base,
    without_bracketed_acronym,
    without_nationality,
    without_reporter_modifier,
    person_before_participle,
    rank_alone,
    rank_word,
    team_role,
    RANKS,
    name_not_word,
    public_office,
    proper_words,
    ABBREVIATIONS,
    AFFILIATIONS,
    CONNECTORS,
    DEMONYMS,
    FUNCTION_WORDS,
    HONORIFICS,
    NATIONALITY_NOUNS,
    MONTHS_DAYS,
    NAME_RE,
    ORG_HEADS,
    ORG_KINDS,
    ORG_NAME_RE,
    ORG_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    STATE_BODIES,
    STOP_CAPS,
    TITLE_WORDS,
    Mention,
    capitalised_chain,
    classify_name,
    is_state_word,
    is_title_word,
    looks_like_organisation,
    name_index,
    parse_mention,
    person_noun,
    plural_person_noun,
    split_institution_role,
)


def _close(a: str, b: str) -> bool:
    """Same token, or one edit apart for longer names (the article's own slips: Finn / Flinn, Yuen / Yeun:
    a letter changed, added or dropped, or two neighbours swapped; capitals aside: McFarlane / Macfarlane)."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        differ = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(differ) == 1 or len(differ) == 2 and differ[1] == differ[0] + 1 \
            and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


# What an article states about a person right after the name: 'Lauretta is a professor of … at the UA';
# '…, including Michael Mann, the director of the Center … at the University of Pennsylvania.'
# ('Roe is vice president of sales with Sample Farms': no article where an organisation is named after the role;
# 'Roe is a pharmacist at Sample Pharmacy and said …': the role ends before the verb the sentence goes on with)
_STATED_ROLE = re.compile(r"\s+(?:is|was|has\s+been|serves\s+as)\s+((?:(?:a|an|the)\s+|(?=(?:[a-z][\w-]*\s+){1,6}"
                          r"(?:of|at|with|for)\s+(?:the\s+)?[A-Z]))[^.;]{3,120}?)"
                          r"(?:[.;]|,\s*(?:which|who|where)\b|\s+and\s+(?:said|says|told|added|[a-z]+ed)\b)")


_APPOSITIVE_ROLE = re.compile(r"(?:,|\s+[–—])\s+((?:(?:the|a|an)\s+)?[A-Za-z][^.;“”\"–—]{3,160}?)"
                              r"(?:[.;]|\s+[–—]\s|,\s+(?:" + "|".join(sorted(words("irregular_past"))) + r")\b"
                              r"|,\s+(?:who|which|where|said|says|told|added|and|but|has|had|have|is|was|he|she|they|"
                              r"[a-z]+(?:s|ed))\b)")  # '…, predicts …': the sentence goes on


# The endings of adjectives of peoples and places ('Algerian', 'Chinese', 'British', 'Israeli'): such a
# word before a role is no firm's name even when printed mid-sentence ('the Algerian government').
# 'Tom Reed, a former ambassador to Japan, who now chairs the Asia programme at the Sample Center, said':
# a role, then a relative clause with another (annotations/README.md: with two roles, the one paired with a
# named institution).
_APPOSITIVE_WHO = re.compile(r",\s+((?:(?:the|a|an)\s+)?[A-Za-z][^.;“”\"–—,]{3,120},?\s+who\s+[^.;“”\"–—]{3,160}?)"
                             r"(?:[.;]|,\s+(?:said|says|told|tells|added|adds|warned|noted|argued|[a-z]+ed)\b)")


# Descriptions of a company that refer back to the company named before ('the carmaker', 'the lender').
_FIRM_KINDS = (ORG_KINDS | {"company", "firm", "major"}) - {
    "agency", "bureau", "club", "exchange", "foundation", "group", "nonprofit", "non-profit", "party", "regulator",
    "union", "university", "watchdog", "newspaper", "outlet", "think tank", "think-tank",
    "developer", "producer", "operator", "publisher", "supplier", "miner", "broker", "manufacturer"}  # (or a person)
# Heads of descriptions that may refer back to an organisation of any name ('the company's chief executive').
_GENERAL_ORG_HEADS = {"company", "firm", "business", "corporation", "organisation", "organization"}
# 'the agency', 'the space agency': a public body or a rating or news agency, the organisation named or
# quoted last before it, whatever its name ('NASA', 'Fitch Ratings', 'the Congressional Budget Office'); so is
# 'the private think tank'.
_AGENCY_HEADS = {"agency", "think tank", "think-tank"}
# Documents through which the organisation quoted before speaks ('the statement added').
_DOCUMENT_HEADS = DOCUMENT_NOUNS  # (data/document_nouns.txt)
_FIRM_EPITHETS = words("firm_epithets")  # 'the oil major', 'the Dutch carrier': no person
# 'Knight Frank, the international property broker,': a name, then 'the', up to four words and the kind of
# organisation it is, ending the apposition (no preposition among them: 'Tom Reed, the chairman of the group,'
# is a person).
_DESCRIBED_ORGANISATION = re.compile(  # (the test before the name follows its capital: the engine looks for capitals)
    r"([A-Z](?<!\w.)[\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4}),\s+the\s+(?:(?!(?:of|at|for|from|with|in|on|to)\s)[\w’'-]+\s+){0,4}?("
    + "|".join(longest_first(map(re.escape, ORG_KINDS | _FIRM_EPITHETS | _GENERAL_ORG_HEADS)))
    + r")(?=\s*[,.;:)]|\s+(?:that|which|based|in)\b)")
_DEMONYM_FORM = re.compile(r"(?:an|ese|ish|i)$")
# 'Jane Roe of Sample Bank sees two cuts', 'meteorologist Jane Roe with the Sample Weather Service': an organisation right
# after the name.
_OF_ORGANISATION = re.compile(r"\s+((?:of|at|from|with)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w.&’'-]*))*)")

# 'Roe works at Sample Partners', 'Jane Roe heads the Asia desk at Sample Partners': where the person works.
_WORKS_AT = re.compile(r"\s+(?:works|worked|heads|headed|leads|led|runs|ran|directs|teaches|taught)\s+"
                       r"(?:[^.;,“”\"]{0,60}?\s)?(?:at|for|with)\s+(?:the\s+)?([A-Z][^.;“”\"]*)")


# Grammatical gender the article itself shows (data/gendered_words.csv): pronouns and honorifics.
_GENDER = {row["word"]: row["gender"] for row in table("gendered_words")}
_HONORIFIC = "|".join(map(re.escape, longest_first(HONORIFICS)))  # 'Dr', 'Prof', … (data/honorifics.txt)
_GENDERED_HONORIFIC = re.compile(r"\b(" + "|".join(longest_first(row["word"].capitalize() for row in table("gendered_words")
                                                                if row["honorific"] == "1")) +
                                 r")\.?\s+((?:[A-Z][\w’'.-]+\s+){0,3}?[A-Z][\w’'-]+)\b(?![ \t]+[A-Z])")


# 'his'/'her' right after a name: 'Tom Reed and his team', 'Reed shook his head' (not 'Reed told her').
_POSSESSIVE_AFTER = re.compile(r"\s+(?:and\s+)?(his|her)\b|\s+([a-z]+)\s+his\b")
_PAST_FORMS = words("irregular_past")


# One capitalised word in brackets, as an acronym said as a word is printed after its name: '(Pagasa)', '(Phivolcs)'.
_BRACKETED_WORD = re.compile(r"\(([A-Z][a-z]{2,})\)")


def spelled_out(text: str, acronym: str) -> str | None:
    """'German Association of the Automotive Industry (VDA)' where *text* spells out *acronym* ('VDA')."""
    if f"({acronym})" not in text:
        return None  # (the pattern, compiled for each acronym, needs the acronym printed in brackets)
    match = re.search(r"((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|the|on|&)\s+)*)+)\(" + re.escape(acronym) + r"\)", text)
    return re.sub(r"^The\s+", "", _OPENING_WORDS.sub("", capitalised_chain(match.group(1)))) + f" ({acronym})" if match else None


def spelled_out_for(text: str, acronym: str, person: str) -> str | None:
    """:func:`spelled_out` for a person's institution printed as an acronym: only where the paragraph that
    first names the person spells it out ('The Sample Association of Industry (SAI) expects … SAI President
    Jane Roe told …'). Printed apart, in an earlier paragraph, the acronym beside the person stands
    (annotations/README.md: the institution as printed beside the name; the tune part's gold keeps it so
    every time, news-dev spells it out where the person's paragraph does)."""
    at = text.find(person)
    at = text.find(person.split()[-1]) if at < 0 and person.split() else at
    if at < 0:
        return None
    start, end = next(((a, b) for a, b in paragraphs(text) if a <= at < b), (0, len(text)))
    return spelled_out(text[start:end], acronym)


# 'Jane Roe and', 'and Dr. Jane Roe': 'and' after or before a name printed (the name's offsets bound them).
_AND_AFTER = re.compile(r"\s+and\s")
_AND_BEFORE = re.compile(r"and\s+(?:Dr\.?\s+)?\Z")


def _occurrences(text: str, literal: str):
    """Each offset where *literal* is printed in *text*, overlapping ones too (str.find)."""
    pos = text.find(literal)
    while pos != -1:
        yield pos
        pos = text.find(literal, pos + 1)


class Resolver:
    """Links short references to the full mention introduced earlier in the same article."""

    def __init__(self, text: str):
        self.text = text
        self.names = name_index(text)
        self._bracketed_words = set(_BRACKETED_WORD.findall(text))  # (read once: expand_acronym is asked for every name)
        self._name_starts = [pos for pos, _ in self.names]
        self.people: dict[str, Mention] = {}  # full name -> mention with the richest roles
        self.history: list[Mention] = []  # resolved speakers in order
        self.contents: list[tuple[int, int]] = []  # what the article's sources said (no one there is 'he')
        self._learned_gender: dict[str, str] = {}  # 'he'/'she' already resolved to a person
        self._honorific_gender: dict[str, set[str]] = {}
        self._shown_gender: dict[str, str | None] = {}
        self._printed_titles: dict[str, str | None] = {}  # the title printed beside a name never quoted
        self._printed: dict[str, list] = {}  # each printing of a full name outside attributions: (offset, role)
        self._part_ends: dict[str, list[int]] = {}  # per name, where its words are printed (_after_name, asked often)
        self._by_surname: dict[str, list[tuple[int, str]]] = {}  # full names printed, by surname, in text order
        self.described_surnames: set[str] = set()  # one-word speakers a person's description showed to be people
        for pos, name in self.names:
            if len(name.split()) > 1:
                self._by_surname.setdefault(name.split()[-1], []).append((pos, name))  # '' where the article shows both
        for match in _GENDERED_HONORIFIC.finditer(text):  # 'Ms Roe', 'Mr. Tom Reed'
            self._honorific_gender.setdefault(match.group(2), set()).add(_GENDER[match.group(1).lower()])

    @cached_property
    def _paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) of each paragraph (:func:`.article.paragraphs`), found on first use."""
        return paragraphs(self.text)

    @cached_property
    def orgs(self) -> list[tuple[int, str]]:
        """The organisations the article names, (offset, name) in text order: runs of capitalised words
        holding an organisation's word. (Found on first use: most articles never ask, and finding them
        reads the whole text.)"""
        orgs = []
        for m in ORG_NAME_RE.finditer(self.text):
            # a sentence end is no part of a name: 'China. The IMF' is two
            pos = m.start()
            for part in re.split(r"(?<=[a-z]{2})\.\s+", m.group(0)) if "." in m.group(0) else (m.group(0),):
                # ("Sample University's Winter Outlook", "Sample Bank’s": a possessive is no part of the word nor the name)
                if any(re.sub(r"[’']s$", "", w.strip(".,’'")) in ORG_WORDS for w in part.split()):
                    name = _OPENING_WORDS.sub("", part)  # ('In July the Sample Bank cut …': the bank)
                    orgs.append((pos + len(part) - len(name), re.sub(r"[’']s$", "", name)))
                pos += len(part) + 2
        return orgs

    def roles(self) -> dict[str, tuple[str | None, str | None]]:
        """Each person's role for the whole article (:meth:`role_of`)."""
        return {name: self.role_of(name) for name in self.people}

    def role_of(self, name: str) -> tuple[str | None, str | None]:
        """The role the article gives the person *name*: the first one paired with an institution, else the
        first title, else one the article states ('Lauretta is a professor of … at the UA'), its owner named
        before it where it has none ('its Secretary General')."""
        seen = self._mentions_of(name)
        printed = self._role_of(name, seen)
        title, institution = self._owned_role(*printed, seen[0].start if seen else 0)
        if institution != printed[1]:  # an owner named before ('its Secretary General'), without its bracketed acronym
            institution = without_bracketed_acronym(institution)
        return title, institution

    def printed_role(self, name: str) -> tuple[str | None, str | None]:
        """The role printed beside *name* wherever the article names them, read without their attributions
        (what a description or a lead is checked against)."""
        return self._role_of(name, [])

    def _role_of(self, name: str, seen: list[Mention]) -> tuple[str | None, str | None]:
        """The role the article gives *name*: the first its attributions pair with an institution, else the
        first paired with one where the name is printed elsewhere (read as a source is read), else one stated
        after the name with an institution, else the first title, else one printed or stated."""
        with_inst = [m for m in seen if m.institution]
        with_title = [m for m in seen if m.title]
        stated = None if with_inst else self._stated_role(name)
        printed = [] if with_inst else self._printed_readings(name, seen)
        printed_inst = [r for r in printed if r[1]]
        if with_inst:
            role = (with_inst[0].title, with_inst[0].institution)
        elif printed_inst and not (stated and stated[1]):
            role = printed_inst[0]  # 'Sam Stovall, chief strategist at CFRA, joins …' then 'Stovall said'
        elif stated and stated[1]:
            # 'Professor Helmut Norpoth' … 'Norpoth, from the … at Stony Brook University'
            role = ((stated[0] if stated[0] is not None else with_title[0].title if with_title
                     else printed[0][0] if printed else None) or None, stated[1])  # ('Professor Jane Roe of X disagreed')
        elif with_title:
            role = (with_title[0].title, None)
        elif printed:
            role = printed[0]
        elif stated and stated[0]:
            role = stated
        else:
            role = self._coordinated_role(name)
        # the institution as printed beside the person, without a bracketed acronym ('National Energy … Commission
        # (NERC)'); an acronym printed alone spelled out where the person's paragraph does ('VDA')
        role = (role[0], self.expand_acronym(without_bracketed_acronym(role[1]), initials=False, person=name))
        role = (role[0], self._organisation_word_named(role[1]))
        return self._name_before_role(*self._person_as_institution(*self._role_of_a_person(name, *role)))

    def _coordinated_role(self, name: str) -> tuple[str | None, str | None]:
        """A role printed once for two names joined by 'and', the person's one of them: 'Jane Roe and Tom Reed of
        Sample University' (the institution after both), 'Sample University’s Dr. Tom Reed and Jane Roe' (the
        owner before both), 'economists Tom Reed and Jane Roe' (a plural role before both, in the singular)."""
        # (each pattern below is compiled and tried only where the name is joined by 'and' on its side, found from
        # the name's printings and two fixed patterns, where the patterns would scan the whole article for every person)
        named, printed = re.escape(name), list(_occurrences(self.text, name))
        other = r"(?:Dr\.?\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}"
        after = re.search(named + r"\s+and\s+" + other + r"\s+(?:of|at|from)\s+(?:the\s+)?([A-Z].*)", self.text) \
            if any(_AND_AFTER.match(self.text, pos + len(name)) for pos in printed) else None
        institution = capitalised_chain(after.group(1)) if after else None
        if institution and looks_like_organisation(institution) and not is_place(institution):
            return None, institution
        before = re.search(r"(?:\b(?P<owner>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)[’']s|(?P<plural>\b[a-z]+s))\s+"
                           + other + r",?\s+and\s+(?:Dr\.?\s+)?" + named + r"\b", self.text) \
            if any(_AND_BEFORE.search(self.text, 0, pos) for pos in printed) else None
        if before and before.group("owner") and looks_like_organisation(before.group("owner")) \
                and not is_place(before.group("owner")) or before and is_acronym(before.group("owner") or ""):
            return None, before.group("owner")
        if before and before.group("plural") and plural_person_noun(before.group("plural")):
            return before.group("plural")[:-1], None  # ('economists Tom Reed and Jane Roe': an economist)
        return None, None

    def _printed_readings(self, name: str, seen: list[Mention]) -> list[tuple[str | None, str | None]]:
        """The roles each printing of the full *name* outside the attributions *seen* gives it, read as a
        source is read, in text order."""
        if name not in self._printed:
            self._printed[name] = []
            for pos in self._printings(name):
                mention = read_printed_name(self.text, pos, name, self._sentence_start(pos))
                if mention is not None and (mention.title or mention.institution):
                    self._printed[name].append((pos, (mention.title, mention.institution)))
        # the attribution's own reading stands where it names the person and reads a role there ('Peter Reed, Sample
        # Corp's research chief, kicked off … by claiming that …' reads none: the printing's own reading does)
        spans = sorted((m.start, m.end) for m in seen if m.title or m.institution)
        kept, i, reach = [], 0, -1
        for pos, role in self._printed[name]:  # (both in text order: one sweep)
            while i < len(spans) and spans[i][0] <= pos:
                reach = max(reach, spans[i][1])
                i += 1
            if pos >= reach:
                kept.append(role)
        return kept

    def _owned_role(self, title: str | None, institution: str | None, position: int) -> tuple[str | None, str | None]:
        """'its chief economist', 'the bank's chief economist' (after 'Sample Bank cut its forecast'):
        the organisation named last before the person, the one whose name has that head ('Bank') or,
        for 'its' and a general head ('company', 'firm'), any; else the role without its owner."""
        document = re.search(r"\bthe\s+(?:report|study|survey|paper|forecast|analysis|review)[’']s\s+\w", title or "")
        if document and not institution:
            # 'one of the report's authors' after 'The CEBR said …': the authors of the organisation quoted before
            issuer = next((m.name for m in reversed(self.history) if m.kind == "organization" and m.start < position
                           and not _public_body(m.name)), None)
            return title, self.expand_acronym(issuer, initials=True) if issuer else None
        owned = re.match(r"(?:(?P<its>its|their)|(?:the\s+)?(?P<head>[a-z-]+)[’']s)\s+(?P<role>.+)$", title or "", re.I) \
            or re.match(r"(?P<role>.+?)\s+(?:for|at|of|with)\s+the\s+(?P<head>[a-z-]+)$", title or "") \
            or _body_word_before_role(title) \
            or re.match(r"(?P<role>.+?\s(?:of|at|with|in|for)\s+the\s+(?P<head>[a-z-]+)[’']s\s+\S.*)$", title or "")
        # ('spokeswoman for the company', 'ministry spokesman'; 'director of the university's Economic Policy Centre':
        # a unit of the body named before stays in the title, the body is the institution)
        unowned = _without_common_owner(title)
        if owned is None or institution:
            return title, institution
        if owned.group("head") and owned.group("head").lower() not in ORG_HEADS | ORG_KINDS:
            return unowned, institution
        head = (owned.group("head") or "").lower()
        its = "its" in owned.groupdict() and owned.group("its")
        subject = self._clause_subject_before(position) if its else None
        if subject:  # 'Dassault declined to comment, but its chief executive, Eric Trappier, told …'
            return owned.group("role"), subject
        described = self._described_as(head, position) if head else None
        if described:  # 'research coordinator at the broker' after 'Sample Frank, the international property broker,'
            return owned.group("role"), described
        for _, org in reversed([o for o in self.orgs if o[0] < position]):
            org = _bare_org(org)
            if org in title:
                continue  # ('senior analyst of the company’s PV Group': the unit is no owner of itself)
            headed = next((name for name in _names_in(org) if _name_head(name) == head), None)
            if headed and head not in _GENERAL_ORG_HEADS:
                return owned.group("role"), headed  # ('the ministry’s permanent secretary': the Ministry of Health named before)
            if _public_body(org):
                continue  # ('Democrats', 'the Senate': no firm of anyone's)
            if not head or head in _GENERAL_ORG_HEADS:
                return owned.group("role"), org  # ('the club's president' is no officer of the National Club Association)
        return (owned.group("role"), None) if its else (unowned, None)

    def _company_topic_before(self, position: int) -> str | None:
        """'ShoreTel was a washout with investors Monday. … after it announced …': the name opening a
        sentence as its subject (a capitalised name, then a lower-case verb) in this or the previous
        paragraph; not a person the article names, a country or a pronoun."""
        floor = self._paragraphs_back(position)
        starts = [m.end() for m in re.finditer(r"(?:^|[.!?][”\"]?\s*|\n)(?=[A-Z])", self.text[:position])]
        for start in reversed(starts):
            if start < floor:
                break
            name = self._subject_company(self.text[start:position])
            if name:
                return name
        return None

    def _subject_company(self, sentence: str, verbs: str = r"[a-z]+(?:s|ed)", known: bool = False,
                         team: bool = False, owner: bool = False) -> str | None:
        """The name opening *sentence* as the subject of a lower-case verb of the form *verbs*, or as the owner
        of the subject (*owner*: "ARM's royalty revenues could be hurt"), when it is no person the article names (or,
        *known*, no person speaking), no country (unless it is a *team*'s: 'Sri Lanka might have pounded
        India') and no pronoun ('Qatar Airways' is a company, its country's name then a word of organisations)."""
        name = capitalised_chain(sentence)
        rest = sentence[len(name):].split() if name and sentence.startswith(name) else []
        owner = owner and bool(name) and bool(re.match(re.escape(name) + r"[’']s\s", sentence))
        if not name or not rest or not (re.fullmatch(verbs, rest[0]) or owner) \
                or name.split()[0] in STOP_CAPS \
                or not team and is_state_word(name.split()[0]) and not any(w in ORG_WORDS for w in name.split()[1:]) \
                or not known and any(part in n.split() for _, n in self.names for part in name.split()) \
                or any(part in person.split() for person in self.people for part in name.split()):
            return None
        return re.sub(r"[’']s$", "", name)

    def sentence_subject_company(self, name: str, team: bool = False) -> str | None:
        """'Sample Corp is expecting …, Chief Executive Jane Roe said', 'Sample Corp lowered its guidance …,
        but CEO Jane Roe said': the company the sentence first naming *name* is about (its subject, after any
        dateline), which employs an officer printed without an institution."""
        first = next((pos for pos, printed in self.names if printed == name), None)
        if first is None:
            return None
        ends = [m.end() for m in re.finditer(r"\n|[.!?][”\"]?\s", self.text[:first])]
        start = ends[-1] if ends else 0
        dateline = DATELINE.match(self.text, start)
        start = dateline.end() if dateline else start
        # ('Sample United have injury concerns …, but boss Jane Roe …': a team's name takes a plural verb too)
        subject = self._subject_company(self.text[start:first],
                                        r"[a-z]+(?:s|ed)|is|was|has|had|have|are|were|will|would|could|can|may",
                                        known=True, team=team, owner=True) \
            or (self._team_of_a_player(self.text[start:first]) if team else None)
        return subject if subject and name not in subject else None

    @staticmethod
    def _team_of_a_player(sentence: str) -> str | None:
        """'The Sample Wednesday striker is due to return …, but manager Jane Roe said': a sentence opening with a
        team's name before a player's role (data/team_roles.txt) is about that team, whose coach is named after."""
        match = re.match(r"(?:The\s+)?([A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s+([a-z][\w-]*)\s", sentence)
        if not match or not team_role(match.group(2)) or is_state_word(match.group(1).split()[0]) \
                or capitalised_chain(match.group(1)) != match.group(1) or not sentence[match.end():].strip():
            return None  # ('Sample coach Jane Roe': the role is the coach's own)
        return match.group(1)

    def _clause_subject_before(self, position: int) -> str | None:
        """'Dassault declined to comment, but its …': the name opening the sentence, when 'its' follows a
        coordinating 'but'/'and' after that name's own clause; not a person the article names, a country
        or a pronoun."""
        start = max(self.text.rfind(". ", 0, position), self.text.rfind("\n", 0, position), -1) + 1
        sentence = self.text[start:position]
        if not re.search(r",\s+(?:but|and|while|whereas)\s+its\s", sentence):
            return None
        name = capitalised_chain(sentence.lstrip(" “\""))
        if not name or name.split()[0] in STOP_CAPS or is_state_word(name.split()[0]) \
                or any(part in known.split() for known in self.people for part in name.split()):
            return None
        return name

    def _role_of_a_person(self, name: str, title: str | None, institution: str | None) -> tuple[str | None, str | None]:
        """'according to her coach, Jane Roe', 'His deputy, Jane Roe, said': a role owned by a person ('her', 'his')
        has no institution, whoever the pronoun is (annotations/README.md: 'Carter’s press secretary')."""
        if not title or not institution:
            return title, institution
        return (title, None) if _owned_by_a_person(self.text, name, title) or institution.lower() in ("his", "her") \
            else (title, institution)

    def _person_as_institution(self, title: str | None, institution: str | None) -> tuple[str | None, str | None]:
        """'Carter’s press secretary', 'Clinton spokesman' where the article names Ash Carter or Hillary
        Clinton: the word before the role is a person's name, no institution; the role stays as printed."""
        if not institution or len(institution.split()) > 1 or institution.isupper() \
                or not any(name.split()[-1] == institution for _, name in self.names if name != institution):
            return title, institution
        printed = re.search(re.escape(institution) + r"(?:[’']s)?\s+" + re.escape(title or ""), self.text) if title else None
        return (printed.group(0) if printed else title), None

    def _name_before_role(self, title: str | None, institution: str | None) -> tuple[str | None, str | None]:
        """'Scientech chief executive officer': one capitalised word before a lower-case role is the
        institution when the article prints it mid-sentence, here or elsewhere ('…, Scientech chief
        executive officer Hsu said', 'Taipei-based Scientech makes …'); at a sentence's start it may
        be any word ('Lead author')."""
        timed = None if institution else office_time(title)
        if timed:  # 'Former Scientech chief …'
            rest, found = self._name_before_role(timed[1], None)
            return (f"{timed[0]} {rest}", found) if found else (title, institution)
        words = (title or "").split()
        if institution or len(words) < 2 or not words[0][:1].isupper() or not words[1][:1].islower() \
                or words[1] in CONNECTORS \
                or re.search(r"[’']s?$", words[0]) \
                or is_title_word(words[0]) or is_state_word(words[0]) or not any(is_title_word(w) for w in words[1:]) \
                or public_office(words[:1], words[1:]) or not name_not_word(words[0]):  # ('Climate scientist')
            return title, institution
        if any(words[0] == name.split()[-1] for _, name in self.names) or _DEMONYM_FORM.search(words[0]):
            return title, institution  # 'Clinton spokesman', 'Algerian … spokesman': a person's, a people's
        if re.search(r"(?<=[a-z,-])\s+" + re.escape(words[0]) + r"(?:[’']s)?\b", self.text):
            return " ".join(words[1:]), words[0]
        return title, institution

    def expand_acronym(self, name: str | None, initials: bool = True, person: str | None = None) -> str | None:
        """'VDA' -> 'German Association of the Automotive Industry (VDA)' when the article spells it out (where
        the institution is a *person*'s, in the paragraph that first names them: :func:`spelled_out_for`)."""
        if not name:
            return name
        bare = re.sub(r"^(?:the|The)\s+", "", name)
        if not is_acronym(bare) and bare not in self._bracketed_words:
            return name
        spelled = spelled_out_for(self.text, bare, person) if person else spelled_out(self.text, bare)
        if spelled:
            return spelled
        for _, org in self.orgs if initials else ():  # an organisation speaking, not a person's institution
            org = _bare_org(org)
            if len(org.split()) > 1 and bare.upper() in _initials(org):
                return org
        return (self._name_with_initials(bare) if initials else None) or name

    def _organisation_word_named(self, institution: str | None) -> str | None:
        """'Bureau' (from 'Bureau head of long-range forecasts Jane Roe'), 'the Bank': a person's institution printed
        as one word of organisations (data/org_words.txt) is the one longer name of it the article prints ('the Bureau
        of Meteorology', 'Sample National Bank'), as an organisation speaking by that word is (:meth:`longer_name`)."""
        word = re.sub(r"^(?:the|The)\s+", "", institution or "")
        longer = self.longer_name(word) if word in ORG_WORDS else word
        if longer == word or any(rank_word(w) for w in longer.split()) or any(name in longer for _, name in self.names):
            return institution  # ('Army Gen. Jane Roe': a rank and a person's name run on)
        return longer

    def longer_name(self, name: str) -> str:
        """'IHS', 'EOG', 'the Fund': an organisation speaking by one word of its name is the one longer name the
        article prints that opens with that word ('IHS Markit', 'EOG Resources') or, for a word of organisations
        ('Fund', 'Court'), ends with it ('International Monetary Fund'); else the name as it is."""
        word = re.sub(r"^(?:the|The)\s+", "", name)
        if " " in word or not word[:1].isupper():
            return name
        found = set()
        for run in self._capitalised_runs:
            # ('NSIDC and NASA', 'EOG Resources on Sept', 'Sample Markit. Sample Research …': two names)
            for part in _RUN_PARTS.split(run) if " " in run or "\t" in run else (run,):  # (a run's spaces: [ \t])
                part = without_base(_without_article_and_stop(part))  # ('New York-based ARK Investment …')
                words_ = part.split()
                if 1 < len(words_) <= 5 and (words_[0] == word or word in ORG_WORDS and words_[-1] == word) \
                        and not any(is_title_word(w) for w in words_):  # ('IDC Research Manager Jane Roe')
                    found.add(part)
        return found.pop() if len(found) == 1 else name

    def _name_with_initials(self, acronym: str) -> str | None:
        """'WHO' where the article prints 'the World Health Organization’s response', 'USGS' for 'the U.S.
        Geological Survey': the one run of capitalised words printed whose initials spell the acronym (a
        dotted 'U.S.' gives both its letters; 'of', 'and', 'the' none), without 'The' and a possessive."""
        found = set()
        for run in map(_without_article_and_stop, self._capitalised_runs):  # (a sentence's stop is no part)
            letters = "".join(w.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,}", w) else w[0]
                              for w in run.split() if w[:1].isupper())
            if len(run.split()) > 1 and letters == acronym.upper():
                found.add(run)
        return found.pop() if len(found) == 1 else None

    @cached_property
    def _capitalised_runs(self) -> list[str]:
        """The article's runs of capitalised words (:data:`_CAPITALISED_RUN`), found once, for the names an
        organisation speaking by an acronym or one word may stand for."""
        return [match.group(0) for match in _CAPITALISED_RUN.finditer(self.text)]

    def _stated_role(self, name: str) -> tuple[str | None, str | None]:
        """A role the article states right after the name, outside any attribution: the first with an
        institution ('Roe is a senior analyst at X', 'Roe works at X'), else the first title."""
        title_only = self._fronted_role(name)
        if title_only[1]:
            return title_only
        for regex in (_STATED_ROLE, _APPOSITIVE_ROLE, _APPOSITIVE_WHO, _OF_ORGANISATION, _WORKS_AT):
            for match in self._after_name(name, regex):
                found = self._stated(regex, match.group(1))
                if found[1]:
                    return found
                if found[0] and not title_only[0]:
                    title_only = found
        return title_only

    def _fronted_role(self, name: str) -> tuple[str | None, str | None]:
        """A role in apposition before the full name, wherever it is printed: 'City’s boss, Pep Guardiola, was
        asked …' -> ('boss', 'City') (:func:`.attribution.role_in_front`)."""
        for pos in self._printings(name):
            fronted = role_in_front(self.text, pos, self._sentence_start(pos))
            if fronted is not None and fronted[0]:
                return fronted
        return None, None

    def _printings(self, name: str):
        """Where the full *name* is printed as a whole word, in text order (str.find: fast on long texts)."""
        text, pos = self.text, self.text.find(name)
        while pos != -1:
            end = pos + len(name)
            if (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "-")) \
                    and (end == len(text) or not (text[end].isalnum() or text[end] == "-")):
                yield pos
            pos = text.find(name, end)

    @staticmethod
    def _stated(regex: re.Pattern, role: str) -> tuple[str | None, str | None]:
        """What one statement after a name gives as (title, institution)."""
        if regex is _APPOSITIVE_ROLE and (re.match(r"[a-z]+ing\b", role) and not is_title_word(role.split()[0])
                                          or not role.startswith("who ")
                                          and re.search(r"\b(?:is|are|was|were|may|might|will|would|could|can|"
                                                        r"should|must|has|have|had)\b", role)
                                          or _verb_after_head(role)):
            return None, None  # ', referencing an 81-68 loss …', ', the Fed's outlook may be …': no role
        if regex is _APPOSITIVE_WHO:
            title, institution = split_institution_role(role)
            if institution and looks_like_organisation(institution):
                return title or "", institution  # ('': the role paired with it has no title noun)
            return None, None
        if regex is _WORKS_AT:
            institution = capitalised_chain(role)  # 'Roe works at Sample Partners in London'
            return (None, institution) if institution and looks_like_organisation(institution) else (None, None)
        capitalised = list(itertools.takewhile(lambda w: w[:1].isupper(), role.split()))
        if role[:1].isupper() and not all(is_title_word(w.strip(",")) for w in capitalised):
            # ', Examplon said', ', Representative James E.': a name ('CEO of Examplon', 'Head Coach of X' are roles)
            return None, None
        if any(w.lower().strip(",") in TITLE_WORDS for w in role.split()[:6]):
            return split_institution_role(role)
        title, institution = split_institution_role(role)
        if regex is _OF_ORGANISATION and institution and any(w in ORG_WORDS for w in institution.split()) \
                and " and " not in institution:
            return None, institution  # 'Jane Roe of Sample Bank sees …'
        if regex is _APPOSITIVE_ROLE and institution and (
                title and re.match(r"(?:a|an|the)\s", role) or re.match(r"(?:from|at|of)\s", role)
                or role.startswith("who ") and looks_like_organisation(institution)):
            return title, institution  # 'a geologist at the Rock Institute', 'from the X at Y', 'who heads … at Z'
        if regex is _STATED_ROLE and institution and title and re.match(r"(?:a|an|the)\s", role) \
                and person_noun(title.split()[-1].lower()):
            return title, institution  # 'Roe is an intern pharmacist at Sample Pharmacy'
        return None, None

    def _after_name(self, name: str, regex: re.Pattern):
        """Matches of *regex* right after any printed part of *name*."""
        if name not in self._part_ends:
            self._part_ends[name] = self._printed_part_ends(name)
        for end in self._part_ends[name]:
            match = regex.match(self.text, end)
            if match:
                yield match

    def _printed_part_ends(self, name: str) -> list[int]:
        """Where each printing of a word of *name* as a whole word ends, in text order (found with str.find:
        fast)."""
        text = self.text
        ends = []
        for part in set(name.split()):
            pos = text.find(part)
            while pos != -1:
                end = pos + len(part)
                if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                    ends.append(end)
                pos = text.find(part, end)
        return sorted(ends)

    def _remember(self, mention: Mention) -> Mention:
        if mention.kind == "person":
            known = self.people.get(mention.name)
            if known is None:
                self.people[mention.name] = mention
            else:
                if mention.title is None and mention.institution is None:
                    mention = replace(mention, title=known.title, institution=known.institution)
                elif known.title is None and known.institution is None:
                    self.people[mention.name] = mention
        self.history.append(mention)
        return mention

    def resolve(self, mention: Mention, content: tuple[int, int] = (0, 0)) -> Mention:
        """The full mention *mention* refers to; *content* is the span of what it said (a name
        inside it, as in 'Imran Khan is not interested …, he said', is not who 'he' is)."""
        if mention.kind == "pronoun":
            return self._resolve_pronoun(mention, content)
        if mention.kind == "definite":
            return self._resolve_definite(mention)
        if mention.kind == "anonymous" and re.match(r"the\s", mention.text, re.I):
            found = self._described_before(mention)
            if found is not None:
                return found
        if mention.kind == "anonymous" and _description_head(mention.name) in _DOCUMENT_HEADS:
            maker = self._maker_printed_with(_description_head(mention.name), mention.start, forward=True)
            if maker is not None:  # 'a new report has predicted …' then 'The Sample Council's report found …'
                return self._remember(replace(maker, text=mention.text, start=mention.start, end=mention.end))
        pair = _SURNAME_PAIR.fullmatch(mention.name) if mention.kind in ("person", "organization") else None
        if pair:  # 'Rallings and Thrasher said' after 'Colin Rallings and Michael Thrasher': the two people named before
            full = [self._full_name(surname, mention.start) for surname in pair.groups()]
            if all(name and len(name.split()) > 1 and name.split()[-1] == surname for name, surname in zip(full, pair.groups())):
                return replace(mention, name=" and ".join(full), kind="person", title=None, institution=None)  # (not
                # remembered as one person: 'Thomas' alone later is Loren Thomas, not the pair)
        if mention.kind == "person" and any(name == mention.name for _, name, _ in self._described_organisations):
            return self._remember(replace(mention, kind="organization", title=None, institution=None))
        if mention.kind == "person" and len(mention.name.split()) == 1:
            return self._resolve_surname(mention)
        if mention.kind == "person" and self._abbreviated_rank(mention.name, mention.start):
            # 'VADM Mead', 'ACP Azman' after 'Vice Admiral Jonathan Mead': a rank's abbreviation and a surname printed before
            return self._resolve_surname(replace(mention, name=mention.name.split()[1]))
        if mention.kind == "person":
            mention = self._known_full_name(mention)
        return self._remember(mention)

    def _abbreviated_rank(self, name: str, position: int) -> bool:
        """Is *name* an abbreviation in capitals and a surname ('VADM Mead') of a person the article named in full
        before *position* (not a place: 'NHS England')?"""
        parts = name.split()
        if len(parts) != 2 or not is_acronym(parts[0]) or is_place(parts[1]):
            return False
        full = self._full_name(parts[1], position)
        return full is not None and classify_name(full) == "person"

    @cached_property
    def _described_organisations(self) -> list[tuple[int, str, str]]:
        """'Knight Frank, the international property broker, puts …': (offset, name, kind) of each name the
        article describes in apposition as an organisation of a kind (data/org_kinds.txt, a firm's epithet),
        with the definite article; so printed, a name that looks like a person's is an organisation's."""
        return [(m.start(), m.group(1), m.group(2).lower()) for m in _DESCRIBED_ORGANISATION.finditer(self.text)]

    def _resolve_pronoun(self, mention: Mention, content: tuple[int, int]) -> Mention:
        """'he', 'she': the person its gender and the text allow; 'it': the organisation just named;
        'they', 'we': a group or an organisation."""
        want_plural = mention.name.lower() in ("they", "we")
        want_org = mention.name.lower() == "it"
        if want_org:
            # '… the IMF expects growth of 3%, it said': the organisation just named.
            near = [(pos, n) for pos, n in self.orgs if mention.start - 200 < pos < mention.start
                    and not content[0] <= pos < content[1]]  # (not 'the Fed' in what it says)
            if near:
                name = _bare_org(near[-1][1])
                return self._remember(Mention(mention.text, name, "organization",
                                              start=mention.start, end=mention.end))
        if want_org and not any(prior.kind == "organization" for prior in self.history):
            topic = self._company_topic_before(mention.start)
            if topic:  # 'ShoreTel was a washout … after it announced …': the company the story is about
                return self._remember(Mention(mention.text, topic, "organization",
                                              start=mention.start, end=mention.end))
        word = self._one_word_speaker_before(mention.start) if want_org else None
        if word is not None:  # 'according to analyst Drewry, …. It added that …': 'it' shows Drewry is a firm
            return self._remember(Mention(mention.text, word, "organization", start=mention.start, end=mention.end))
        gender = None if want_plural or want_org else _GENDER.get(mention.name.lower())
        subject = None if want_plural or want_org else self._subject_since_last_speaker(mention.start, content,
                                                                                        gender)
        if subject is not None:
            return self._remember_gender(self._as_person(mention, subject), gender)
        group = self._plural_subject_before(mention.start) if want_plural else None
        for prior in reversed(self.history):
            plural = prior.kind in ("anonymous", "group") and _plural_head(prior.name)
            if want_plural and group is not None and group.start > prior.start:
                break  # 'Analysts interpret this as … They believe …': a group named as a subject since it
            if want_org and prior.kind == "organization":
                return self._remember(replace(prior, start=mention.start, end=mention.end))
            if want_plural and (plural or prior.kind == "organization"):
                return self._remember(replace(prior, start=mention.start, end=mention.end))
            if not want_plural and not want_org and (prior.kind == "person" and self._fits(prior.name, gender) or (
                    prior.kind == "anonymous" and not plural and _personal_head(prior.name))):
                return self._remember_gender(replace(prior, start=mention.start, end=mention.end), gender)
        employer = self._employer_before(mention.start) if want_org else None
        if employer:  # 'Sample Corp's chief executive Jane Roe said …. The company's sales rose and it said …'
            return self._remember(Mention(mention.text, employer, "organization", start=mention.start,
                                          end=mention.end))
        if group is not None:  # 'Health officials are urging caution as they say …'
            return self._remember(group)
        # Nobody spoke yet: the last person named before it.
        if not want_plural and not want_org:
            before = [n for n in (self._full_of(n) for pos, n in self.names if pos < mention.start)
                      if self._fits(n, gender)]
            if before:
                return self._remember_gender(Mention(mention.text, before[-1], "person",
                                                     start=mention.start, end=mention.end), gender)
            prior = next((p for p in reversed(self.history) if p.kind == "person"), None)
            if prior is not None:  # nobody of its gender: the article's slip ('Dr. Jane Roe said' … 'he added')
                return self._remember(replace(prior, text=mention.text, start=mention.start, end=mention.end))
            lone = next((p for p in reversed(self.history) if p.kind == "organization"), None)
            if gender and lone is not None and _surname_like(lone.name):
                # 'Heredia said …. He added …': 'he' shows the one word the article calls its speaker by is a surname
                return self._remember_gender(Mention(mention.text, lone.name, "person", start=mention.start,
                                                     end=mention.end), gender)
        return self._remember(Mention(mention.text, mention.text, "anonymous", anonymous=True,
                                      start=mention.start, end=mention.end))

    def _as_person(self, mention: Mention, name: str) -> Mention:
        """*mention* read as the person *name*, with the role the article gave them where it quoted them."""
        known = self.people.get(name)
        return replace(known, text=mention.text, start=mention.start, end=mention.end) if known else \
            Mention(mention.text, name, "person", start=mention.start, end=mention.end)

    def _one_word_speaker_before(self, position: int) -> str | None:
        """The last speaker before *position* when the article names it by one word only, which it never
        prints as a person's surname (no full name ending in it, no honorific, no 'he' or 'she' resolved to
        it): 'according to analyst Drewry, …. It added …' is a firm's name."""
        prior = next((p for p in reversed(self.history) if p.start < position), None)
        if prior is None or prior.kind != "person" or len(prior.name.split()) != 1:
            return None
        name = prior.name
        if name in self._by_surname or name in self._honorific_gender or name in self._learned_gender:
            return None
        return name

    def _resolve_definite(self, mention: Mention) -> Mention:
        """'the expert', 'the bank', 'the treasurer': who or what was named before."""
        repeated = self._repeated_description(mention)
        if repeated is not None:  # 'the main opposition parties said …' then 'The parties accused …'
            return self._remember(replace(repeated, start=mention.start, end=mention.end))
        # ('the lead scientist monitoring the volcano': the head comes before a participle and its object)
        head = person_before_participle(mention.name.split()) or _description_head(mention.name)
        org_like = head in ORG_HEADS
        # 'the CBN governor' is a person, not the organisation chunk 'Governor of the Central Bank'
        named = [] if head in TITLE_WORDS and not org_like else \
            [n for pos, n in self.orgs if pos < mention.start and head in n.lower().split()]
        if named:
            name = re.sub(r"^(?:the|The)\s+", "", named[-1])
            return self._remember(Mention(mention.text, name, "organization", start=mention.start, end=mention.end))
        named_by = [w for w in mention.name.split()[1:-1] if w[:1].isupper()]  # 'the JPMorgan economists'
        for prior in reversed(self.history):
            if named_by and prior.kind == "anonymous" and prior.name.lower().split()[-1] == head \
                    and all(w in prior.name.split() for w in named_by):
                return self._remember(replace(prior, start=mention.start, end=mention.end))
        for prior in reversed(self.history[-6:]):
            if prior.kind == "anonymous" and _head_noun(prior.name) == head:
                # 'the official' ('a spokesman for the ministry' is no 'the ministry')
                return self._remember(replace(prior, start=mention.start, end=mention.end))
        # Only a description of a person ('the expert', 'the 51-year-old') is a person named before;
        # another ('the oil major', 'the opposition') is a body speaking, not whoever spoke last.
        plural = _plural_head(mention.name)
        epithet = epithet_description(mention.name)  # 'the 25-year-old', 'the Frenchman', 'the world No. 1'
        personal = epithet or head in TITLE_WORDS or head in ROLE_NOUNS or is_title_word(head) \
            or _person_epithet(head)  # 'the Spaniard', 'the tactician'
        subject = self._subject_since_last_speaker(mention.start) if epithet else None
        if subject is not None:  # 'Tsonga … was thrilled with his victory. "…," said the world number 19.': as 'he'
            return self._remember(self._as_person(mention, subject))
        agency = self._organisation_before(mention.start) if head in _AGENCY_HEADS else None
        if agency is not None:  # 'NASA said …. The space agency said …'
            return self._remember(Mention(mention.text, agency, "organization", start=mention.start, end=mention.end))
        office = None if org_like or not personal or plural else \
            self._office_holder(mention.name, mention.start) or self._printed_title_holder(mention) \
            or self._role_echoed(mention)
        if office is not None:  # 'The Fed chair said' after 'Powell, the Fed chair, told reporters'
            return self._remember(replace(office, text=mention.text, start=mention.start, end=mention.end))
        printed = self._maker_printed_with(head, mention.start) if head in _DOCUMENT_HEADS else None
        if printed is not None:  # 'the report' after 'a report published May 8 by Sample Health'
            return self._remember(replace(printed, text=mention.text, start=mention.start, end=mention.end))
        for prior in reversed(self.history):
            if not org_like and _is_office(head) and prior.kind == "person":
                continue  # (an office nobody holds, or that several people of unknown title may hold)
            if org_like and prior.kind == "organization" and (
                    head in _GENERAL_ORG_HEADS | _DOCUMENT_HEADS or head in prior.name.lower().split()):
                # 'the bank' is the bank named before, 'the statement' its authors; 'the ruling
                # government' is no opposition party quoted before it
                return self._remember(replace(prior, start=mention.start, end=mention.end))
            if not org_like and personal and prior.kind == "person" and not _other_office(head, self._title_of(prior)) \
                    and not plural:  # ('The experts say …' is no one person quoted before)
                return self._remember(replace(prior, start=mention.start, end=mention.end,
                                              **_described_role(mention.name, prior)))
        lone = self._lone_surname_speaker(mention) if personal and not org_like else None
        if lone is not None:  # '“…,” said Bilic. … The head coach also confirmed …'
            return self._remember(lone)
        firm = self._described_as(head, mention.start) if org_like else None
        firm = firm or (self._firm_named_before(mention.start) if head in _FIRM_KINDS else None)
        firm = firm or (self._employer_before(mention.start) if head in _GENERAL_ORG_HEADS else None)
        if firm:  # 'Sample Motors cut its forecast. The carmaker said …'
            return self._remember(Mention(mention.text, firm, "organization", start=mention.start, end=mention.end))
        if head in _DOCUMENT_HEADS:
            found = self._document_maker(mention, org_like)
            if found is not None:
                return self._remember(found)
        spoke = self._organisation_quoted_before(mention) if _refers_to_organisation(mention.name) else None
        if spoke is not None:  # 'Eskom assured South Africans …. However, the utility had also cautioned …'
            return self._remember(replace(spoke, text=mention.text, start=mention.start, end=mention.end))
        topic = self._lead_organisation(head) if org_like or not personal else None
        if topic is not None:  # 'Sample Bank has upgraded its forecast …' opening the article, then 'the financial group said'
            return self._remember(Mention(mention.text, topic, "organization", start=mention.start, end=mention.end))
        if org_like:  # 'the Saudi government' speaks as 'Saudi government', 'the federal government' as 'federal
            # government' (a state's body, named without its article); 'the group' stays so
            name = re.sub(r"^(?:the|The)\s+", "", mention.text) \
                if re.search(r"\s[A-Z]", mention.text) or head in _GOVERNING_HEADS and _STATE_BODY.fullmatch(mention.text) \
                else mention.text
            return self._remember(Mention(mention.text, name, "organization", start=mention.start, end=mention.end))
        if not personal:  # 'the opposition', 'the oil major': a body, never 'he'
            return self._remember(Mention(mention.text, mention.text, "organization",
                                          start=mention.start, end=mention.end))
        named = self._person_named_before(mention) if _EPITHET_DESCRIPTION.fullmatch(mention.text.strip()) and not plural \
            else None
        if named is not None:  # 'Tom Reed joined the club last year. “…,” the Frenchman said.'
            return self._remember(named)
        return self._remember(Mention(mention.text, mention.text, "anonymous", anonymous=True,
                                      start=mention.start, end=mention.end))

    def _lone_surname_speaker(self, mention: Mention) -> Mention | None:
        """A person's description ('the head coach') after the last speaker, known by one word only ('said Bilic', read as
        an organisation): that word is a surname and the description is that person, unless what the article quoted
        before names the description as someone else ('“… the magistrate informed the accused …,” said X')."""
        last = self.history[-1] if self.history else None
        if last is None or last.kind != "organization" or not _surname_like(last.name):
            return None
        described = re.sub(r"^(?:the|The)\s+", "", mention.text.strip())
        if not re.fullmatch(r"(?:[a-z-]+\s+){0,2}[a-z-]+", described):
            return None  # ('the company’s representative' is the company's person, not the company)
        if any(described in self.text[start:end].lower() for start, end in self.contents if end <= mention.start):
            return None
        self.described_surnames.add(last.name)
        return Mention(mention.text, last.name, "person", title=described if is_title_word(described.split()[-1]) else None,
                       start=mention.start, end=mention.end)

    def _lead_organisation(self, head: str) -> str | None:
        """The organisation the article is about, which a description of an organisation nobody named or quoted near
        it refers to: the name opening the article's first sentence as its subject ('Sample Bank has upgraded its
        growth forecast …', 'Sample Telecom, the smallest of the three operators, has announced …', "Sample
        Council's cabinet voted …"), where it is no person nor place, and its name carries no word of organisations
        other than the description's noun (:func:`_fits_kind`)."""
        lead = self._lead_subject
        return lead if lead is not None and _fits_kind(lead, head) else None

    @cached_property
    def _lead_subject(self) -> str | None:
        if not self._paragraphs:
            return None
        start, end = self._paragraphs[0]
        dateline = DATELINE.match(self.text, start, end)
        opening = _LEAD_SUBJECT.match(self.text, dateline.end() if dateline else start, end)
        if opening is None:
            return None
        name, verb = opening.group("name"), opening.group("verb")
        first = name.split()[0]
        if first in STOP_CAPS or first in HONORIFICS or given_name(first) or is_place(name) or is_state_word(first) \
                or first.lower() in FUNCTION_WORDS or len(name.split()) == 1 and (common_word(name) or name.endswith("ing")) \
                or verb and verb not in flagged("speech_verbs", "cue"):
            return None  # (not 'Having …', 'Oil prices rose')
        return name

    def _organisation_quoted_before(self, mention: Mention) -> Mention | None:
        """The organisation quoted last, in this paragraph or the previous one, that a description headed by
        an organisation's noun ('the utility', 'the institution', 'the department') may be: one whose name
        carries no word of organisations other than that noun ('Eskom', 'MetMalaysia', 'Bank of Finland' for
        'the bank', not 'Sample Ministry' for 'the bank'). A source read as a person counts where the article gives
        it no role: a firm whose name reads like a person's ('Goldrock Sachs', 'Samplon Technology')."""
        floor = self._paragraphs_back(mention.start)
        prior = next((p for p in reversed(self.history) if p.kind in ("organization", "person") and p.start < mention.start),
                     None)
        if prior is None or prior.start < floor or not prior.name[:1].isupper() \
                or prior.kind == "person" and any(self.role_of(prior.name)):
            return None  # (nor 'the bloc' again: a description is no name)
        return prior if _fits_kind(prior.name, mention.name.split()[-1].lower()) else None

    def _document_maker(self, mention: Mention, org_like: bool) -> Mention | None:
        """Who speaks through a document ('according to the release', 'The report explains') the article brought in
        without its maker (:meth:`_maker_printed_with`): the organisation
        quoted last (unless the document's word names organisations too, 'the report'), else the one named or
        quoted last in this paragraph or the two before ('Counterpoint published its survey …': a document is
        its maker's)."""
        issuer = None if org_like else next((p for p in reversed(self.history) if p.kind == "organization"), None)
        if issuer is not None:
            return replace(issuer, text=mention.text, start=mention.start, end=mention.end)
        maker = self._organisation_before(mention.start)
        return Mention(mention.text, maker, "organization", start=mention.start, end=mention.end) if maker else None

    def _maker_printed_with(self, head: str, position: int, forward: bool = False) -> Mention | None:
        """'the report' after 'according to a report published May 8 by Sample Health', 'the study' after 'a
        new Sample Economics study': a definite description refers to the document the article brought in
        before, and that printing names who made it (:func:`.mentions.parse_mention` reads a document's
        phrase as its maker). The nearest earlier printing of the noun whose phrase names one; *forward*: else the
        nearest later one, for a document the article brings in without its maker ('a new report has predicted …',
        then 'The report, by the Sample Council, …')."""
        printings = list(re.finditer(r"\b" + re.escape(head) + r"\b", self.text, re.I))
        before = [p for p in printings if p.start() < position][::-1]
        after = [p for p in printings if p.start() > position] if forward else []
        for found in before + after:
            start, ends = _document_phrase_around(self.text, found.start(), found.end())
            for end in ends:  # (the phrase to its noun, 'a new Sample report'; on to its maker, '… by Sample Health')
                phrase = _APPOSITIVE_MAKER.sub(" ", self.text[start:end], count=1)  # (read as 'The report published …')
                maker = parse_mention(phrase, None, start)
                if maker is not None and maker.kind in ("organization", "person", "anonymous") \
                        and head not in maker.name.lower().split() and not maker.name.endswith(("’s", "'s")):
                    untitled = maker.kind == "person" and not maker.title and not given_name(maker.name.split()[0])
                    return replace(maker, kind="organization") if untitled else maker  # ('published by Sample Health')
        return None

    def _quoted_office_holder(self, mention: Mention) -> Mention | None:
        """'The CEO of BTEA' after 'Dr. Nasser Qaedi, CEO of the Bahrain Tourism and Exhibitions Authority': the person
        quoted last whose title has the office the description names and whose institution it names, by name or
        initials ('the head of' such an institution is whoever heads it, whatever the title)."""
        head = _head_noun(mention.name)
        if not _is_office(head):
            return None
        seen = set()
        for prior in reversed(self.history):
            if prior.kind != "person" or prior.name in seen:
                continue
            seen.add(prior.name)  # (each person's role read once)
            title, institution = (prior.title, prior.institution) if prior.institution else self.role_of(prior.name)
            if _same_institution(mention.text, institution) and (head in _TOP_OFFICES or _in_title(head, title)):
                return replace(prior, text=mention.text, start=mention.start, end=mention.end)
        return None

    def _described_before(self, mention: Mention) -> Mention | None:
        """'the minister of state for finance', 'the source close to the matter': the one person printed after
        that title, or the unnamed source of the same kind quoted just before; None if neither."""
        holder = self._printed_title_holder(mention) or self._quoted_office_holder(mention)
        if holder is not None:  # 'the minister of state for finance' after 'Minister of State for Finance Dr Jane Roe'
            return self._remember(holder)
        same = next((p for p in reversed(self.history[-6:]) if p.kind == "anonymous"
                     and _head_noun(p.name) == _head_noun(mention.name) and not re.match(r"the\s", p.text, re.I)),
                    None)
        if same is not None:  # 'a French source said …' then 'the source close to the matter said …'
            return self._remember(replace(same, text=mention.text, start=mention.start, end=mention.end))
        return None

    def _resolve_surname(self, mention: Mention) -> Mention:
        """'Roe', 'Mrs. Clinton': the full name printed before, else a person known by one name, else an
        organisation ('Total', 'Reuters')."""
        # 'Mrs. Clinton' is no one the article shows to be a man
        gender = _GENDER.get(mention.text.split()[0].lower().rstrip(".")) if mention.text.split() else None
        gender = gender if gender and mention.text.split()[0][:1].isupper() else None
        full = self._full_name(mention.name, mention.start, gender)
        if full:
            known = self.people.get(full)
            if known is not None:
                return self._remember(replace(known, text=mention.text, start=mention.start, end=mention.end,
                                              title=mention.title or known.title,
                                              institution=mention.institution or known.institution))
            return self._remember(replace(mention, name=full))
        if mention.text.split()[0].lower() in HONORIFICS or mention.title:
            return self._remember(mention)  # 'Mr. Smith' is a person even without a first name
        role = self._role_before_handle(mention.name)
        if role:  # 'a British security researcher, MalwareTech,': a person known by one name
            return self._remember(replace(mention, title=role, institution=None))
        given = self._given_name_before(mention.name)
        if given:  # 'According to Lyon County Extension Ag Agent Brian Rees, …' then 'Rees says …'
            return self._remember(replace(mention, name=f"{given} {mention.name}"))
        # A lone capitalised word nobody was called: an organisation ('Total', 'Reuters').
        return self._remember(replace(mention, kind="organization", title=None, institution=None))

    def _given_name_before(self, surname: str) -> str | None:
        """The one given name printed right before *surname* where the name index missed the person (the end
        of a run of capitalised words: '… at the University of Nicosia Andreas Sophocleous', '… Ag Agent Brian
        Rees'): a capitalised word that is no title, honorific, organisation's or state's word."""
        found = {m.group(1) for m in re.finditer(r"(?<![\w’'-])([A-Z][a-z]+)\s+" + re.escape(surname) + r"\b", self.text)
                 if not (is_title_word(m.group(1)) or m.group(1).lower() in HONORIFICS or m.group(1) in ORG_WORDS
                         or m.group(1) in STOP_CAPS or is_state_word(m.group(1)) or m.group(1) in DEMONYMS
                         or m.group(1).lower() in FUNCTION_WORDS)}
        if len(found) != 1 or is_acronym(surname):
            return None
        given = found.pop()  # ('Thomson Reuters' is no person)
        return given if classify_name(f"{given} {surname}") == "person" else None

    def _known_full_name(self, mention: Mention) -> Mention:
        """A full name: the same person as one already known ('J. Roe', 'de Cos', 'Noor Hisham' after 'Noor
        Hisham Abdullah', named again by the given names), or a surname with its particle printed
        capitalised ('Van der Wath said' after 'Nicolaas van der Wath')?"""
        for known_name in self.people:
            if known_name != mention.name and mention.name.split()[0] == known_name.split()[0] \
                    and _close(mention.name.split()[-1], known_name.split()[-1]):
                return replace(mention, name=known_name)  # 'Peter Maede' after 'Peter Meade': the article's slip
            if known_name != mention.name and mention.name.split()[-1] == known_name.split()[-1] \
                    and (mention.name.split()[0][:1] == known_name.split()[0][:1]
                         or known_name.lower().endswith(" " + mention.name.lower())):  # 'De Cos'
                return replace(mention, name=known_name)
            if known_name.startswith(mention.name + " "):
                return replace(mention, name=known_name)
        if mention.name.split()[0].lower() in NAME_PARTICLES:
            printed = [n for pos, n in self.names if pos < mention.start and n.lower().endswith(" " + mention.name.lower())]
            if printed:
                return replace(mention, name=printed[-1])
        return mention

    @cached_property
    def _people_printed(self) -> set[str]:
        """The names of people the article prints (its name index, people only)."""
        return {n for _, n in self.names if classify_name(n) == "person"}

    def _printed_title_holder(self, mention: Mention) -> Mention | None:
        """The one person printed before *mention* right after the title it repeats ('the minister of state
        for finance' … 'Minister of State for Finance Dr Jane Roe'), with that title as printed."""
        words = mention.text.split()[1:]
        if not any(is_title_word(w) for w in words):
            return None
        title = re.compile(r"\b(" + r"\s+".join(map(re.escape, words)) + r")\s+(?:(?:" + _HONORIFIC + r")\.?\s+)?", re.I)
        holders = {}
        for found in title.finditer(self.text, 0, mention.start):
            # (the longest name printed there: 'Veerasak Kowsurat', not 'Veerasak', whatever order the set keeps)
            name = max((n for n in self._people_printed if self.text.startswith(n, found.end())), key=len, default=None)
            if name:
                holders[self._full_of(name)] = found.group(1)
        if len(holders) != 1:
            return None
        (name, printed), = holders.items()
        return Mention(mention.text, name, "person", title=printed, start=mention.start, end=mention.end)

    def _office_holder(self, description: str, position: int) -> Mention | None:
        """'the chair', 'the striker': the latest person quoted whose title has that head; else, when the
        description puts the office in no other time ('the Fed chair', not 'the former president'),
        the one person quoted so far if their title is unknown, or, when everyone quoted has another
        title, the one person of unknown title named as a sentence's subject ('Mario Balotelli is …')."""
        head = description.split()[-1].lower()
        if not _is_office(head):
            return None
        people = [m for m in reversed(self.history) if m.kind == "person"]
        titles: dict[str, str | None] = {}
        for m in people:  # (each person's title once: the article's roles are slow to read)
            if m.name not in titles:
                titles[m.name] = self._title_of(m)
        holder = next((m for m in people if _holds_office(head, titles[m.name])), None)
        if holder is not None or any(w.lower().rstrip("-") in OFFICE_TIME for w in description.split()[1:-1]):
            return holder
        printed = self._printed_office_holders(head, position)
        if len(printed) == 1:  # 'Dr. Jane Roe, the Governor of the Central Bank, …' then 'The Governor said'
            return Mention(description, printed[0], "person", start=position, end=position + len(description))
        if len(titles) == 1 and not titles[people[0].name]:
            return people[0]
        if not titles or not all(titles.values()):
            return None
        named = self._untitled_subjects(position, titles, {m.institution for m in people if m.institution})
        return Mention(description, named[0], "person", start=position, end=position + len(description)) \
            if len(named) == 1 else None

    def _printed_title(self, name: str) -> str | None:
        """The title printed beside *name* (:meth:`printed_role`), read once per name: the office checks ask often."""
        if name not in self._printed_titles:
            self._printed_titles[name] = self.printed_role(name)[0]
        return self._printed_titles[name]

    def _printed_office_holders(self, head: str, position: int) -> list[str]:
        """The people named before *position* whose printed title has the office *head* (two are as many as
        more): who 'the governor' is when no one quoted holds that office."""
        found: list[str] = []
        for _, name in self.names[:bisect.bisect_left(self._name_starts, position)]:
            name = self._full_of(name)
            if name not in found and classify_name(name) == "person" and _in_title(head, self._printed_title(name)):
                found.append(name)
                if len(found) > 1:
                    break
        return found

    def _verb_after(self, pos: int, name: str) -> bool:
        """Is the name printed at *pos* followed by its clause's verb ('Jane Roe, 54, is …')?"""
        match = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,4}?" + re.escape(name.split()[-1])).match(self.text, pos)
        return bool(match) and _FINITE_VERB_AFTER.match(self.text, match.end()) is not None

    def _untitled_subjects(self, position: int, quoted: dict, employers: set) -> list[str]:
        """People never quoted, named before *position* as a sentence's subject, whose title is unknown
        (not an organisation's words, not a quoted person's employer: 'Sample City coach Jane Roe');
        more than one is as good as many."""
        found: list[str] = []
        for pos, name in self.names[:bisect.bisect_left(self._name_starts, position)]:
            name = self._full_of(name)
            if name in quoted or name in found or name in employers \
                    or any(w in ORG_WORDS or w in STATE_BODIES for w in name.split()) \
                    or not self._opens_sentence(pos, name) or not self._verb_after(pos, name):
                continue
            if not self._printed_title(name):
                found.append(name)
                if len(found) > 1:
                    break
        return found

    def _usual_full_name(self, surname: str, position: int) -> str | None:
        """The full name printed most often with *surname* before *position*, the first printed of equals
        ('Marco Rubio', not a sentence's 'Does Rubio')."""
        printed = [n for at, n in self._by_surname.get(surname, ()) if at < position]
        return max(printed, key=lambda n: (printed.count(n), -printed.index(n))) if printed else None

    def _full_of(self, name: str) -> str:
        """The full name of a person printed by surname alone, where the article prints it in full."""
        if len(name.split()) > 1:  # ('Ivanka Trump' is not the 'Donald Trump' quoted)
            known = self._canonical(name)
            return known if known.split()[0][:1] == name.split()[0][:1] else name
        known = self._canonical(name)
        if known != name:
            return known
        return self._usual_full_name(name, len(self.text)) or name

    def _person_named_before(self, mention: Mention) -> Mention | None:
        """'the Frenchman', 'the 34-year-old', 'the Korean tactician' before anyone spoke: the last person named
        before it, in this or the previous paragraph (a nationality, an age or a person's epithet fits only a person)."""
        head = mention.text.strip().split()[-1].lower()
        if head not in NATIONALITY_NOUNS and not head.endswith("-year-old") and not (_person_epithet(head)
                                                                                  and not _is_office(head)):
            return None  # ('the Korean tactician' is a person; 'the minister' an office someone else may hold)
        floor = self._paragraphs_back(mention.start)
        before = [(pos, n) for pos, n in self.names if floor <= pos < mention.start]
        if not before:
            return None
        known = self.people.get(before[-1][1])
        return replace(known, text=mention.text, start=mention.start, end=mention.end) if known else \
            Mention(mention.text, before[-1][1], "person", start=mention.start, end=mention.end)

    def _title_of(self, person: Mention) -> str | None:
        """The title the article gives *person* so far (printed at a mention, or stated beside the name; a rank alone
        printed at a mention, 'General Tom Reed', gives way to the office the article gives him)."""
        if person.title and not rank_alone(person.title):
            return person.title
        return self._role_of(person.name, self._mentions_of(person.name))[0]

    def _mentions_of(self, name: str) -> list[Mention]:
        """The sources resolved so far to the person *name*, in the order resolved (what their role is read from)."""
        return [m for m in self.history if m.kind == "person" and m.name == name]

    def _role_echoed(self, mention: Mention) -> Mention | None:
        """'the Department of Agriculture chief' after 'Agriculture Secretary Emmanuel Pinol', 'The University of
        Reading hydrologist' after 'Hannah Cloke, Professor of Hydrology at the University of Reading': the one
        person quoted before whose title or institution shares a capitalised word with the description."""
        echoed = {w for w in _bare_words(" ".join(mention.name.split()[1:-1]))
                  if w[:1].isupper() and w.lower() not in FUNCTION_WORDS}
        if not echoed:
            return None
        quoted: dict[str, list[Mention]] = {}  # each person quoted so far: their mentions
        for prior in self.history:
            if prior.kind == "person":
                quoted.setdefault(prior.name, []).append(prior)
        holders = []
        for seen in quoted.values():
            # the words of every role printed at their mentions, and of the role the article gives them
            roles = [(m.title, m.institution) for m in seen] + [self._role_of(seen[0].name, seen)]
            if echoed & _bare_words(" ".join(part for role in roles for part in role if part)):
                holders.append(seen[-1])
        if len(holders) != 1:
            return None
        return replace(holders[0], text=mention.text, start=mention.start, end=mention.end)

    def _repeated_description(self, mention: Mention) -> Mention | None:
        """A definite description repeating the words of an unnamed source quoted just before ('the main
        opposition parties' … 'The parties', 'The opposition') is that source."""
        words_ = [w.lower() for w in mention.name.split() if w.lower() not in ("the", "a", "an")]
        for prior in reversed(self.history[-6:]):
            if prior.kind in ("person", "pronoun") or not words_ or prior.name.lower() == mention.name.lower():
                continue
            # (its head is not in a complement: 'the interior ministry' is no 'a spokesman for the interior ministry')
            before_complement = re.split(r"\s+(?:at|of|from|with|for|in|on)\s", prior.name.lower(), maxsplit=1)[0].split()
            if len(prior.name.split()) > len(mention.name.split()) and all(w in prior.name.lower().split() for w in words_) \
                    and words_[-1] in before_complement:
                return prior
        return None

    def _plural_subject_before(self, position: int) -> Mention | None:
        """'They' with no group quoted before it: the group of people last named as a subject in this
        or the previous paragraph ('Sample Bank economists cut their forecast. They wrote …')."""
        floor = self._paragraphs_back(position)
        found = None
        for match in _PLURAL_SUBJECT.finditer(self.text, floor, position):
            found = match
        if found is None:
            return None
        start = found.start("group")
        mention = parse_mention(found.group("group"), None, start)
        if mention is None or mention.kind not in ("anonymous", "group") or not _plural_head(mention.name):
            return None
        return replace(mention, start=start, end=start + len(found.group("group")))

    def _paragraphs_back(self, position: int, back: int = 1) -> int:
        """Where the paragraph *back* paragraphs before the one holding *position* starts (its separator;
        0 at the article's start): how far back 'the company', 'the agency', 'they' may look."""
        floor = position
        for _ in range(back + 1):
            floor = self.text.rfind("\n\n", 0, floor)
            if floor < 0:
                return 0
        return floor

    def _employer_before(self, position: int) -> str | None:
        """The company of the person quoted last, in this or the previous paragraph ('Sample Corp's chief
        executive Jane Roe said …'): what 'it' or 'the company' speaking next refers to; not a public body."""
        floor = self._paragraphs_back(position)
        last = next((m for m in reversed(self.history) if m.kind == "person"), None)
        if last is None or last.start < floor or not last.institution or _public_body(last.institution) \
                or is_state_word(last.institution.split()[0]):
            return None
        return last.institution

    def _described_as(self, head: str, position: int) -> str | None:
        """The organisation the article describes by *head* last before *position*: printed after it as its
        descriptor in this or the previous paragraph ('a new treatment from the British company AstraZeneca
        PLC …. The company expects …'), or before it in apposition anywhere ('Knight Frank, the international
        property broker, …. “…,” said Jane Roe, research coordinator at the broker')."""
        floor = self._paragraphs_back(position)
        found = [(pos, name) for pos, name, kind in self._described_organisations if pos < position and kind == head]
        for match in re.finditer(r"\b" + re.escape(head) + r"\s+(?=[A-Z])", self.text[floor:position]):
            name = capitalised_chain(self.text[floor + match.end():position])
            if name and classify_name(name) == "organization" and not _public_body(name):
                found.append((floor + match.end(), re.sub(r"\s+\([A-Z]{2,6}\)$", "", name)))
        return max(found)[1] if found else None

    def _organisation_before(self, position: int) -> str | None:
        """The organisation named or quoted last before *position* ('according to the Congressional Budget
        Office', 'NASA said'), if it is in this paragraph or one of the two before it."""
        floor = self._paragraphs_back(position, 2)
        named = [(pos, _bare_org(org)) for pos, org in self.orgs if floor <= pos < position]
        quoted = [(m.start, m.name) for m in self.history if m.kind == "organization" and floor <= m.start < position]
        return self.expand_acronym(max(named + quoted)[1]) if named or quoted else None

    def _firm_named_before(self, position: int) -> str | None:
        """The company that opened the last sentence naming one, in this or the previous paragraph
        ('Sample Motors cut its forecast. … The carmaker said'): the topic, not any firm in passing."""
        floor = self._paragraphs_back(position)
        for pos, org in reversed(self.orgs):
            if pos < floor:
                break
            org = _bare_org(org)
            if pos < position and not _public_body(org) and re.search(r"(?:^|[.!?]\s+|\n)$", self.text[max(0, pos - 3):pos]):
                return org
        return None

    def _role_before_handle(self, name: str) -> str | None:
        """The role printed in apposition before a one-word name: 'a British security researcher,
        MalwareTech,' -> 'security researcher' (nationality words dropped), else None."""
        match = re.search(r"\b(?:a|an|the)\s+((?:[\w-]+\s+){0,3}?([\w-]+)),\s+" + re.escape(name) + r"\b", self.text)
        if not match or match.group(2).lower() not in TITLE_WORDS:
            return None
        words = [w for w in match.group(1).split() if w not in DEMONYMS]
        return " ".join(words) or None

    def _subject_since_last_speaker(self, position: int, content: tuple[int, int] = (0, 0),
                                    gender: str | None = None) -> str | None:
        """'Jeffrey Severinghaus, a paleoclimatologist, criticized the study. "…," he said.': a person
        opening a sentence after the last speaker who can be 'he', in this or the previous paragraph,
        is 'he'; a name inside what someone said is not."""
        last = next((h for h in reversed(self.history) if h.kind != "person" or self._fits(h.name, gender)), None)
        last_end = last.end if last else 0
        upto = bisect.bisect_left(self._name_starts, position)  # names are in text order
        for pos, name in reversed(sorted(self.names[:upto][-20:] + self._surnames_between(last_end, position))):
            if pos < last_end or self.text.count("\n\n", pos, position) > 1:
                return None
            if content[0] <= pos < content[1] or self._in_content(pos) \
                    or not self._fits(self._canonical(name), gender):
                continue
            if self._opens_sentence(pos, name):
                if any(name.split()[-1] == h.name.split()[-1] for h in self.history[-1:]):
                    return None  # the last speaker again: no one before is 'he'
                return self._canonical(name)
        return None

    def _in_content(self, pos: int) -> bool:
        """Is *pos* inside what one of the article's sources said?"""
        i = bisect.bisect_right(self.contents, (pos, float("inf")))
        return any(start <= pos < end for start, end in self.contents[max(0, i - 3):i])

    def _fits(self, name: str, gender: str | None) -> bool:
        """Can a pronoun of *gender* ('m', 'f' or None) refer to the person *name*? Only where the
        article shows the person's gender otherwise, and never to a place ('Walsh County', 'Nickel City')."""
        if _place_name(name):
            return False
        shown = self.gender_of(name)
        return gender is None or shown is None or shown == gender

    def gender_of(self, name: str) -> str | None:
        """'m' or 'f' where the article itself shows it: an honorific before the surname ('Ms Roe'),
        'his'/'her' right after the name ('Tom Reed and his team', 'Reed shook his head'), or 'he'/'she'
        already resolved to the person; None when it shows nothing, or both."""
        if name not in self._shown_gender:
            surname = name.split()[-1]
            # a surname alone shows nothing when two people of the article share it ('Mr. Trump', 'Melania Trump')
            shared = len({n for _, n in self.names if len(n.split()) > 1 and n.split()[-1] == surname}
                         | {name} | {n for n in self.people if n.split()[-1] == surname}) > 1
            printed = name if shared else surname
            shown = {g for key, genders in self._honorific_gender.items() for g in genders
                     if key == name or key == printed}
            pos = self.text.find(printed)
            while pos != -1:  # (str.find, then a match where the name ends: fast on long texts)
                end = pos + len(printed)
                match = _POSSESSIVE_AFTER.match(self.text, end) if pos == 0 or not self.text[pos - 1].isalnum() else None
                if match and (match.group(1) or _verb_form(match.group(2))):  # ('Clinton for his campaign')
                    shown.add(_GENDER[(match.group(1) or "his").lower()])
                pos = self.text.find(printed, end)
            self._shown_gender[name] = shown.pop() if len(shown) == 1 else "" if shown else None
        shown = self._shown_gender[name]
        return shown or None if shown is not None else self._learned_gender.get(name)

    def _remember_gender(self, mention: Mention, gender: str | None) -> Mention:
        """Remember *mention*, and that 'he' or 'she' was resolved to its person."""
        if gender and mention.kind == "person":
            self._learned_gender.setdefault(mention.name, gender)
        return self._remember(mention)

    def _surnames_between(self, start: int, end: int) -> list[tuple[int, str]]:
        """Surnames of people named in full before, printed alone between *start* and *end* ('While Pill
        raised hopes …, he said'; 'Hillary Clinton …. In an interview, Clinton laughed off …'): each with
        the person's full name (a person quoted first, else the latest printed)."""
        quoted = {n.split()[-1]: n for n in self.people if len(n.split()) > 1}
        found = []
        for match in _CAPITALISED_WORD.finditer(self.text[start:end]):
            surname, pos = match.group(0), start + match.start()
            full = quoted.get(surname) or self._usual_full_name(surname, pos)
            if full and not self.text.startswith(full, pos) and not self.text.endswith(full.split()[0] + " ", 0, pos):
                found.append((pos, full))
        return found

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence holding *pos* starts: after the last full stop that ends a sentence (not
        the stop of 'Rep.', 'Dr.' or an initial) or line break."""
        line = self.text.rfind("\n", 0, pos)
        stop = self.text.rfind(". ", 0, pos)
        while stop > line:
            word = re.search(r"([\w’'-]+)$", self.text[max(0, stop - 12):stop])
            if not word or not (word.group(1).lower() in ABBREVIATIONS or word.group(1).lower() in HONORIFICS
                                or re.fullmatch(r"[A-Z]", word.group(1))):
                break
            stop = self.text.rfind(". ", 0, stop)
        return max(stop, line, -1) + 1

    def person_opening_paragraph(self, index: int) -> Mention | None:
        """The person whose full name, after role words alone, opens the paragraph *index* as its subject
        ('Professor Jane Roe, the deputy vice-chancellor, congratulated …'), with the role printed beside them."""
        if index >= len(self._paragraphs):
            return None
        start, end = self._paragraphs[index]
        first = bisect.bisect_left(self._name_starts, start)
        pos, name = self.names[first] if first < len(self.names) and self.names[first][0] < end else (None, None)
        if name is None or len(name.split()) < 2 or classify_name(name) != "person" \
                or not all(is_title_word(w) or w.lower().rstrip(".") in HONORIFICS for w in self.text[start:pos].split()) \
                or not self._verb_after(pos, name):
            return None
        return self._printed_person(pos, name)

    def person_speaking_first(self, index: int) -> Mention | None:
        """The person a paragraph opening on a participle of speech is about, named before any comma after it ('Speaking
        to talkSPORT, Jane Roe has tried predicting the top four.'), with the role printed beside them."""
        if index < 0 or index >= len(self._paragraphs):
            return None
        start, end = self._paragraphs[index]
        opener = _SPEAKING_OPENER.match(self.text, start, end)
        if opener is None:
            return None
        first = bisect.bisect_left(self._name_starts, opener.end())
        pos, name = self.names[first] if first < len(self.names) and self.names[first][0] < end else (None, None)
        if name is None or re.search(r"[,;:“”\"]", self.text[opener.end():pos]):
            pos, name = opener.end(), capitalised_chain(self.text[opener.end():end])  # ('Roe has …': a surname alone)
            if not name or name.split()[0] in STOP_CAPS or not self.text.startswith(name + " ", pos) \
                    or not self.text[pos + len(name) + 1:pos + len(name) + 2].islower():
                return None
        if classify_name(name) != "person":
            return None
        return self._printed_person(pos, name)

    def only_person_in(self, index: int) -> Mention | None:
        """The one person the paragraph *index* names ('Tourism Minister Jane Roe is nonetheless predicting a good
        summer.' before '“…”'), with the role printed beside them; None where it names none or several."""
        if index < 0 or index >= len(self._paragraphs):
            return None
        start, end = self._paragraphs[index]
        lo, hi = bisect.bisect_left(self._name_starts, start), bisect.bisect_left(self._name_starts, end)
        people = {self._full_of(name) for _, name in self.names[lo:hi] if classify_name(name) == "person"}
        if len(people) != 1:
            return None
        full = people.pop()
        return self._printed_person(*next((pos, name) for pos, name in self.names[lo:hi] if self._full_of(name) == full))

    def _printed_person(self, pos: int, name: str) -> Mention:
        """The person *name* printed at *pos*, under their full name, with the role printed beside them."""
        full = self._full_of(name)
        title, institution = self.printed_role(full)
        return Mention(name, full, "person", title=title, institution=institution, start=pos, end=pos + len(name))

    def _opens_sentence(self, pos: int, name: str) -> bool:
        """Does the name at *pos* open its sentence, perhaps after its role ('Former Maryland undergrad X')?"""
        start = self._sentence_start(pos)
        prefix = self.text[start:pos].strip(" ”\"")
        # 'Since then, Mr Dar has been …', 'On Thursday, …': a fronted time or connective sets the scene
        prefix = _FRONTED_ADVERBIAL.sub("", prefix)
        if not prefix or _PASSIVE_AGENT.search(prefix):
            return True  # ('The same view was expressed by a political analyst, Jane Roe.': the agent is the subject's doer)
        if prefix.endswith(",") and self.text.startswith(",", pos + (len(name) if self.text.startswith(name, pos)
                                                                     else len(name.split()[-1]))) \
                and any(is_title_word(w.strip(",")) for w in prefix.split()[-3:]):
            return True  # 'latest Sky Sports pundit, Jose Mourinho, found …': a role in apposition before it
        printed = len(name) if self.text.startswith(name, pos) else len(name.split()[-1])  # (a surname alone)
        if prefix.endswith(",") and len(prefix.split()) <= 12 and not re.search(r"[;:“”\"]", prefix) \
                and _FINITE_VERB_AFTER.match(self.text, pos + printed):
            return True  # 'But speaking to a newspaper, Jane Roe struck …': a fronted phrase, then the subject
        if len(prefix.split()) > 6 or re.search(r"[,;:“”\"]", prefix):
            return False
        words = prefix.split()
        mention = parse_mention(prefix + " " + name)
        if mention is not None and mention.kind == "person" and mention.name == name and mention.title \
                and (any(is_title_word(w) for w in mention.title.split()) or person_noun(mention.title.split()[-1].lower())):
            return True  # ('Sampleton mixed farmer Jim Roe wrapped up …': a role ending in a noun of a person)
        # 'Former Maryland undergrad Scott Van Pelt is …': a short role with no verb or preposition in it
        # ('Her colleague John Doe disagreed': a possessive determiner opens the role)
        return 0 < len(words) <= 4 and (words[0].lower() not in PRONOUNS or words[0].lower() in _POSSESSIVES
                                        and len(words) > 1) and all(
            w[:1].isupper() or re.fullmatch(r"[a-z-]+", w) and not w.endswith(("ed", "s")) and w not in
            CONNECTORS | {"to", "by", "with", "against", "about", "from", "said", "told", "thought", "felt"} for w in words)

    def _canonical(self, name: str) -> str:
        """A known person's full name for a name printed again ('Dr. Ana Ruiz' -> 'Ana Ruiz'), or misprinted
        by one letter when only one known person's surname is that close ('Simutanyi' -> 'Neo Simuntanyi')."""
        for known in self.people:
            if known.split()[-1] == name.split()[-1]:
                return known
        close = {known for known in self.people if len(known.split()) > 1 and _close(known.split()[-1], name.split()[-1])
                 and (len(name.split()) == 1 or known.split()[0] == name.split()[0])}
        return close.pop() if len(close) == 1 else name

    def _full_name(self, token: str, position: int, gender: str | None = None) -> str | None:
        token = re.sub(r"[’']s$", "", token)
        # Exact first; one edit apart only when nothing matches exactly ('Choe' is not 'Choi').
        alone: list[tuple[int, str]] = []  # the token printed alone ('Dr Simutanyi' after 'Dr Neo Simuntanyi')
        for same in (lambda a, b: a == b, _close):
            known = [name for name in reversed(list(self.people)) if any(same(token, part) for part in _parts(name))
                     and self._fits(name, gender)]
            if known:  # of two people sharing a surname ('Donald Trump', 'Melania Trump'), the one quoted most
                return max(known, key=lambda n: sum(m.name == n for m in self.history))
            candidates = [(pos, n) for pos, n in self.names if any(same(token, p) for p in _parts(n))
                          and self._fits(n, gender)]
            full = [(pos, n) for pos, n in candidates if len(n.split()) > 1 and any(same(token, p) for p in _parts(n.split()[-1]))]
            candidates = full or candidates  # 'Dr. Roe' is the 'Jane Ruth Roe' printed before, not 'Roe' again
            if not any(len(n.split()) > 1 for _, n in candidates):
                alone = alone or candidates  # only the token itself: a full name one letter off may yet be found
                continue
            before = [c for c in candidates if c[0] < position]
            if before:
                return before[-1][1]
            return candidates[0][1]
        before = [c for c in alone if c[0] < position]
        return before[-1][1] if before else alone[0][1] if alone else None


_POSSESSIVES = {"his", "her", "their", "its"}
_SURNAME_PAIR = re.compile(r"([A-Z][\w’'-]+) and ([A-Z][\w’'-]+)")  # two surnames joined: two people
# The finite verb of a clause right after its subject, perhaps past an appositive ('Jane Roe, 54, struck …')
# or the comma closing the name's own ('One local resident, Jane Roe, pulled …').
_FINITE_VERB_AFTER = re.compile(r"(?:,[^.;“”\"]{0,150}?,|,)?\s+(?:also\s+|then\s+|later\s+)?(?:has|had|have|is|was|"
                                r"will|would|could|can|may|[a-z]+ed|[a-z]{2,}s|" +
                                "|".join(sorted(words("irregular_past"))) + r")\b")

_FRONTED_ADVERBIAL = re.compile(r"^(?i:since|on|in|earlier|later|after|before|last|meanwhile|however|yesterday|today|"
                                r"still|separately|then|at|during|also|but|and|instead|now|this|next|by\s+contrast)"
                                r"(?:\s+[\w’'-]+){0,3},\s+")


# A run of capitalised words, with the small words of names between them ('Centre for Economic … Research').
# (the test of the character before a run follows its capital, so that the engine looks for capitals only)
_CAPITALISED_RUN = re.compile(r"[A-Z](?<![\w.].)[\w.&-]*(?:[ \t]+(?:(?:of|for|and|on|&|the)[ \t]+)*[A-Z][\w.&-]*)*(?:[’']s)?")
# A capitalised word printed alone (a surname), the test before it after its capital as above.
_CAPITALISED_WORD = re.compile(r"[A-Z](?<![\w’'-].)[\w’'-]*(?![\w-])")
# Where a run of capitalised words holds two names: 'NSIDC and NASA', 'Sample Markit. Sample Research'.
_RUN_PARTS = re.compile(r"\s+(?:and|on|&)\s+|(?<=[a-z]{2})\.\s+")


def _without_article_and_stop(run: str) -> str:
    """'The Sample Institute’s' -> 'Sample Institute', 'Sample Markit.' -> 'Sample Markit': a run of capitals
    without its article, a possessive or a sentence's full stop."""
    return _ARTICLE_AND_STOP.sub("", run)


_ARTICLE_AND_STOP = re.compile(r"^The\s+|[’']s$|(?<=[a-z]{2})\.$")


def _bare_org(org: str) -> str:
    """An organisation's name as the article prints it in running text, without the article before it,
    a sentence's full stop or a bracketed acronym after it ('the Congressional Budget Office.' -> 'Congressional
    Budget Office', 'the Sample Election Commission (SEC)' -> 'Sample Election Commission')."""
    return without_bracketed_acronym(re.sub(r"^(?:[Tt]he|An?)\s+", "", org).rstrip("."))


def _initials(org: str) -> set[str]:
    """'Bank of Korea' -> {'BK', 'BOK'}: the initials of its capitalised words, and of all its words but 'the'
    and 'and' ('BOK', 'BoE' for 'Bank of England'), upper case."""
    words_ = org.split()
    return {"".join(w[0] for w in words_ if w[0].isupper()),
            "".join(w[0] for w in words_ if w.lower() not in ("the", "and", "&")).upper()}


def _verb_after_head(role: str) -> bool:
    """', the 38-year-old man visited his doctor': a verb after the noun naming the person ends a clause,
    not a role ('a retired general', 'the newly appointed governor' keep theirs before the noun)."""
    tokens = role.split()
    head = next((i for i, t in enumerate(tokens) if is_title_word(t) or t.islower() and person_noun(t.strip(","))), None)
    return head is not None and head + 1 < len(tokens) and tokens[head + 1].islower() \
        and past_form(tokens[head + 1])


def _parts(name: str) -> list[str]:
    """The words a person may be called by: 'Khaled al-Faleh' -> ['Khaled', 'al-Faleh', 'Faleh'] (a particle
    joined by a hyphen may be left out when the surname is printed alone)."""
    parts = name.split()
    return parts + [PARTICLE_PREFIX.sub("", part) for part in parts if PARTICLE_PREFIX.match(part)]


def _surname_like(name: str) -> bool:
    """'Klopp' (read as an organisation when the article never gives a first name): one capitalised word,
    not an acronym or an organisation's word."""
    return bool(re.fullmatch(r"[A-Z][a-z][\w’'-]*", name)) and classify_name(name) == "person"


def _verb_form(word: str) -> bool:
    """'shook', 'thanked', 'says': a verb's past or third-person form, no function word ('for', 'was')."""
    return word not in FUNCTION_WORDS and (word in _PAST_FORMS or re.fullmatch(r"[a-z]{2,}(?:ed|s)", word) is not None)


_TOP_OFFICES = {"head", "chief", "boss", "leader"}  # whoever heads a body, whatever their title ('the head of BNR')


def _is_office(head: str) -> bool:
    """Is 'chair', 'governor', 'boss' an office (held by one person), not a description of anyone ('the expert')?"""
    return head in TITLE_WORDS and head not in ROLE_NOUNS and head.rstrip("s") not in ROLE_NOUNS


# Words news copy uses for the same office ('the skipper' is the captain).
# ('the coach' of a team's 'manager', and 'the boss' of either: one office, as sports copy names it)
_SAME_OFFICE = {"skipper": ("captain",), "captain": ("skipper",), "gaffer": ("manager",), "official": ("officer",),
                "coach": ("manager", "boss"), "manager": ("coach", "boss"), "boss": ("manager", "coach")}


def _holds_office(head: str, title: str | None) -> bool:
    """Does *title* name the office *head* ('chair' of 'Fed vice-chair'), or the same office in another word ('the
    skipper' of a 'captain')?"""
    return any(_in_title(word, title) for word in (head, *_SAME_OFFICE.get(head, ())))


def _other_office(head: str, title: str | None) -> bool:
    """Does 'the boss' name another office than the person's known title ('pundit')? Only an office
    ('boss', 'minister', 'coach'), not a generic description ('the expert', 'the official'), can."""
    return bool(title) and _is_office(head) and not _holds_office(head, title)


# Where a document's phrase opens: a determiner, or the word after a preposition or a verb of saying, within
# eight words before its noun; where it closes: punctuation or a quotation mark after it.
_PHRASE_OPENS = re.compile(r"(?:^|[,;:.!?(“”\"]\s*|\b(?:to|in|by|from|on|with|said|says|showed|shows|found|finds)\s+|"
                           r"(?=\b(?:[Aa]n?|[Tt]he)\s))(?=((?:[^\s,;:.!?(“”\"]+\s+){0,8})$)")
# What may name a maker after the noun ('a report by …', '… from researchers at …'); without it the phrase ends at
# the noun ('a new Sample report says …').
_MAKER_AFTER = re.compile(r"\s(?:by|from)\s")
_APPOSITIVE_MAKER = re.compile(r",(?=\s+(?:published|released|issued|prepared|commissioned|compiled|written|by|from)\b)")
_PHRASE_CLOSES = re.compile(r"[,;:!?(“”\"]|\.(?:\s|$)")


def _document_phrase_around(text: str, start: int, end: int) -> tuple[int, tuple[int, ...]]:
    """Where the noun phrase of the document noun printed at *start*–*end* begins, and where it may end: back
    to the determiner or to the word after a preposition, within eight words ('according to a new Sample
    report' -> 'a new Sample report'); at the noun, and, where 'by' or 'from' follows, on to the punctuation
    that closes the phrase ('… report published May 8 by Sample Health, a firm'), past a comma opening a participle
    or 'by' ('The report, published on Tuesday by the Sample Council, predicts …')."""
    left = text[max(0, start - 120):start]
    opens = [m for m in _PHRASE_OPENS.finditer(left)]
    begin = start - len(left) + opens[-1].end() if opens else start
    appositive = _APPOSITIVE_MAKER.match(text, end)  # ('The report, published on Tuesday by the Sample Council, …')
    closes = _PHRASE_CLOSES.search(text, appositive.end() if appositive else end, end + 120)
    close = closes.start() if closes else min(len(text), end + 120)
    return begin, (end, close) if _MAKER_AFTER.search(text, end, close) else (end,)


# Capitalised words opening a sentence before a name, which an organisation's run of capitals takes in: a preposition
# of time and its month or day, an article ('In July the Sample Bank', 'On Monday Sample Institute').
_OPENING_WORDS = re.compile(r"^(?:(?:In|On|At|During|After|Before|Since|Until|By|Last|This|Next|Early|Late)[ \t]+(?:"
                            + "|".join(map(re.escape, sorted(MONTHS_DAYS, key=lambda w: (-len(w), w))))
                            + r")\.?[ \t]+(?:the[ \t]+)?)")


def _fits_kind(name: str, head: str) -> bool:
    """May a description headed by *head* ('the utility', 'the bank', 'the group') name the organisation *name*: it
    carries no word of organisations other than that noun ('Sample Power', 'Bank of Sampleland' for 'the bank',
    not 'Sample Ministry'), or the noun says only that it is one ('the institution', 'the body')."""
    kinds = {w.lower() for w in name.split() if w in ORG_WORDS}
    return not kinds or head in kinds or head in _REFERRING_ORG_NOUNS


# A name opening the article's first sentence as its subject: before a verb of the present or past, an auxiliary,
# a possessive, or a comma opening an apposition ('Sample Telecom, the smallest of …, has').
# (A verb in -s may be a plural noun, 'Sample PC shipments fell': only a verb of saying is taken so.)
_LEAD_SUBJECT = re.compile(r"(?:The\s+)?(?P<name>[A-Z][\w&.’'/-]*(?:\s+(?:(?:of|for|and|&|de|on)\s+)?[A-Z][\w&.’'/-]*)*)"
                           r"(?:[’']s?\s|,\s+(?:an?|the)\s|\s+(?:has|have|had|is|are|was|were|will|would|could|may|"
                           r"[a-z]{3,}ed|(?P<verb>[a-z]{3,}s))\b)")


def _description_head(name: str) -> str:
    """The head of a definite description: its last word, or its last two where only they name a kind of
    organisation (data/org_kinds.txt: 'think tank' of 'the private think tank')."""
    words_ = name.lower().split()
    pair = " ".join(words_[-2:])
    return pair if words_[-1] not in ORG_KINDS and pair in ORG_KINDS else words_[-1]


def _head_noun(description: str) -> str:
    """The head noun of an unnamed description: 'source' of 'the source close to the matter', 'economists' of
    'Economists at Sample Bank' (the noun before its preposition) and of 'Sample University of Sampleton economists'
    (a name before the noun is its modifier)."""
    description = description.strip()
    head = _HEAD_ENDS.split(description, maxsplit=1)[0].split()
    word = head[-1] if head else ""
    if word[:1].isupper() and len(head) < len(description.split()) and not _noun_of_people(word.lower()):
        last = _RELATIVE_ENDS.split(description, maxsplit=1)[0].split()[-1]
        word = last if last[:1].islower() else word
    return word.lower().strip(APOS_CHARS)


# Where a description's head noun ends: a preposition, a participle or a relative after it.
_HEAD_ENDS = re.compile(r"\s+(?:at|of|from|with|for|in|on|led|who|close|familiar|like|such|including|involved|briefed)\s")
_RELATIVE_ENDS = re.compile(r"\s+(?:who|which|that|led|like|such|including|close|familiar|involved|briefed)\s")


def _noun_of_people(word: str) -> bool:
    """'professor', 'economists', 'people', 'staff' (data/role_nouns.txt, data/title_words.txt, the person-noun list)."""
    return word in ROLE_NOUNS or word.rstrip("s") in ROLE_NOUNS or is_title_word(word) or person_noun(word) \
        or plural_person_noun(word)


def _personal_head(description: str) -> bool:
    """Can 'he' or 'she' refer to this unnamed source? 'a senior US official', 'a source close to the
    talks', 'the 51-year-old', not 'All rumors'."""
    word = _head_noun(description)
    return word in ROLE_NOUNS or word in TITLE_WORDS or is_title_word(word) or word.endswith("-old") \
        or word.rstrip("s") in ROLE_NOUNS or word in PRONOUNS


APOS_CHARS = "’',"


def _plural_head(description: str) -> bool:
    """Is the head noun of an unnamed description plural? 'Economists at Sample Bank', 'the oil cartel’s 33
    economists', 'Seismologists', not 'a spokesman for the banks'."""
    word = _head_noun(description)
    return word.endswith("s") and not word.endswith("ss") and (word.rstrip("s") in _ROLE_STEMS or plural_person_noun(word)) \
        or word in ROLE_NOUNS and word.endswith(("people", "staff"))


_ROLE_STEMS = ROLE_NOUNS | {n.rstrip("s") for n in ROLE_NOUNS}  # (built once: a pronoun's resolution asks it of every prior)


# A group of people as a clause's subject: a sentence opening with words ending in a plural role noun
# (perhaps 'at/of Organisation'), then a lower-case verb: 'Analysts at Sample Bank expect …'.
_PLURAL_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?”\"]\s)|(?<=\n)|(?<=\s[-—–]\s))(?P<group>(?:\w[\w’'.&-]*\s+){0,4}?(?i:" +
    "|".join(longest_first(re.escape(n) for n in ROLE_NOUNS if n.endswith("s") and not n.endswith("'"))) +
    r")(?:\s+(?:at|of|from|with)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*)?)"
    r"(?=(?:,\s+(?:led\s+by|headed\s+by|including)\s+[^,.;]{3,60},)?"  # 'Analysts at X, led by Jane Roe, cut …'
    r"\s+(?!(?:of|in|at|from|for|on|and|or|with|to)\b)[a-z]+\b)")  # (a lower-case word, no preposition: its verb)


# A passive's agent up to the name: 'The same view was expressed by a Sample University political analyst, Professor '.
_PASSIVE_AGENT = re.compile(r"\b(?:was|were|been|is|are)\s+(?:also\s+)?(?:expressed|echoed|shared|voiced|seconded|repeated|"
                            r"made|offered|given)\s+by\s+[^.;:“”\"]{0,80}$")


CONTINUATION_PARAGRAPHS = 2  # an unattributed quote continues a speaker quoted this recently
# A paragraph opening on a participle of speech, up to its comma: 'Speaking to talkSPORT, '.
_SPEAKING_OPENER = re.compile(r"(?:Speaking|Talking|Writing|Commenting)\b[^,;:“”\"\n]{0,80},\s+")


# Unnamed sources that stay unnamed: 'a senior official said' is not the next person the story names.
_KEEP_UNNAMED = words("keep_unnamed")


_LEAD_DESCRIPTOR = re.compile(r"(?:(?:an?|another|(?:at\s+least\s+)?one|the\s+[\w-]+[’']s)\s+|one\s+of\s+(?:the|his|her|its|their)\s+"
                              r"(?:[\w-]+[’']s\s+)?)(?:[\w’'.-]+\s+){0,4}([a-z-]+)(?:\s+(?:on|for|in|from|at|with)\s+[\w\s-]{3,40})?$", re.I)


def _named_later(body: str, attributions, by_att, resolver: Resolver | None = None) -> dict[str, str]:
    """A lead's 'a nationally renowned expert says …' is the person the next paragraph names,
    when that person speaks later in the article. Returns the roles those descriptions give."""
    described: dict[str, str] = {}
    speakers = {m.name: m for m in by_att.values() if m.kind == "person" and len(m.name.split()) > 1}
    spans = paragraphs(body)
    for att in attributions:
        mention = by_att.get(id(att))
        if mention is None or mention.kind not in ("anonymous", "definite") or att.paragraph >= len(spans):
            continue
        # the next paragraph (none after the last: a lead may still name its person itself)
        following = spans[att.paragraph + 1] if att.paragraph + 1 < len(spans) else (len(body), len(body))
        pair = _named_pair(body, following, mention.text.strip()) if att.paragraph <= 1 else None
        if pair:  # 'Two local figures say …' then 'Jane Roe and Tom Reed …'
            by_att[id(att)] = Mention(mention.text, pair, "group", start=mention.start, end=mention.end)
            continue
        body_named = _organisation_named_next(body, following, mention.text.strip()) \
            if att.paragraph <= 1 else None
        if body_named:  # 'a group of economists has said' then 'The Centre for … has forecast …'
            by_att[id(att)] = Mention(mention.text, body_named, "organization", start=mention.start, end=mention.end)
            continue
        kind = _description_kind(mention.text.strip(), att.paragraph)
        if kind is None or not speakers and kind not in ("titled", "office"):
            continue
        if re.search(r",\s+[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}$", mention.text):
            continue  # 'another Twitter user, Johanna Bayer' names its person itself
        person = _first_speaker_named(body, [(mention.end, spans[att.paragraph][1])], speakers) \
            if kind in ("unnamed", "lead", "owned", "head") else None  # 'A WHO official stated …. WHO assistant director-general NAME told …'
        person = person or _next_named(body, spans, att.paragraph, speakers, _reach(kind, mention.text))
        if kind == "head" and person is not None and not _may_head(resolver, mention, person):
            continue
        if kind == "unnamed" and person is not None and resolver is not None and not person.title \
                and not person.institution:
            # ('Shelton said' quoted by surname: the role printed beside 'Dr. Marc Shelton, the chief clinical
            # officer for HSHS, …' is what the description is checked against)
            title, institution = resolver.printed_role(person.name)
            person = replace(person, title=title, institution=institution)
        if person is None and kind == "office" and att.paragraph <= 1 and resolver is not None \
                and not any(len(n.split()) > 1 for pos, n in resolver.names if pos < mention.start):
            # (a lead naming nobody before its office: 'Carly Fiorina said …. But, the former CEO of …' looks back)
            person = _first_named_in(resolver, following, mention.text)  # 'Jane Roe struck …'
        if person is None and kind == "titled":
            # 'the boss disagrees … and believes …' then '“…,” Klopp said.': the person speaking next
            person = _person_speaking_in(attributions, att.paragraph + 1, by_att)
        if person is None or kind == "unnamed" and not _described_role_fits(resolver, mention.text, person):
            continue  # ('a government spokesman' … 'Mike Patton, a spokesman for …, said': the article repeats the role)
        if kind == "owned" and person.title and not rank_alone(person.title) \
                and not _in_title(mention.text.split()[-1].lower(), person.title):
            continue  # ('Kuwait's oil minister said' … 'Jane Roe, an analyst at …': another person)
        office_of_lead = kind == "head" or kind == "office" and _office_of_lead(mention.text, att.paragraph, person)
        if kind == "office" and not office_of_lead and not _same_institution(mention.text, person.institution):
            continue
        if kind == "titled" and (person.title or att.paragraph <= 1 and person.institution) \
                and not _holds_office(mention.text.split()[-1].lower(), person.title):
            continue  # 'the minister' is the Finance Minister named next, not any person ('the boss' … 'Klopp said'),
            # and 'the head of the IMF' is not whoever the next paragraph names; in the lead, one the article gives no
            # role holds it ('the central bank governor said' … 'Jane Roe told')
        by_att[id(att)] = replace(person, text=mention.text, start=mention.start, end=mention.end)
        for key, other in list(by_att.items()):  # 'the governor said' again, 'he' (resolved to the description)
            if other.name == mention.name and (other.kind == "definite" or other.kind == "anonymous"
                                               and (office_of_lead or re.match(r"the\s", mention.name, re.I)
                                                    or _refers_back(body, other))):
                by_att[key] = replace(person, text=other.text, start=other.start, end=other.end)
        role = re.match(r"(?:a|an)\s+(.+)$", mention.text.strip(), re.I) or \
            (office_of_lead or kind in ("lead", "owned") or kind == "titled" and not person.title) \
            and re.match(r"(?:the\s+)?(.+)$", mention.text.strip(), re.I)
        if role and (kind != "unnamed" or not person.title and not person.institution):
            owned = _OWNED_OFFICE.fullmatch(role.group(1)) if kind == "owned" else None
            # ('England’s chief medical officer': a place owning an office is no part of the role)
            described.setdefault(person.name, owned.group("role") if owned and is_state_word(owned.group("owner"))
                                 else role.group(1))
    return described


def _described_role(description: str, person: Mention) -> dict:
    """'the Sample Bank economist said' of a person printed with no role: the title and institution the description
    prints; nothing for a description naming no institution ('the economist', 'the top cop', 'the club man': an
    epithet, no role as printed) or for a person with a role."""
    words_ = re.sub(r"^(?:the|The)\s+", "", description).split()
    if person.title or person.institution or len(words_) < 2:
        return {}
    title, institution = split_institution_role(" ".join(words_))
    return {"title": title, "institution": institution} if title and institution else {}


def _described_role_fits(resolver: Resolver | None, description: str, person: Mention) -> bool:
    """Does a lead's 'a senior Sample Navy official' fit *person*, by its institution or its title's head, as printed
    at the person's attribution (its title's owner counted: 'the Navy’s acting acquisition executive, during remarks at
    the Defense Forum': Navy) or where the article prints the name? One the article gives no role has none to differ."""
    head = description.split()[-1].lower()
    roles = [(person.title, person.institution)]
    if person.title:
        roles.append(split_institution_role(person.title))  # ('the Navy’s acting acquisition executive')
    if resolver is not None:  # (the role the article gives the person elsewhere, its owner named before)
        roles.append(resolver.role_of(person.name))
    return not (person.title or person.institution) or any(
        _same_institution(description, institution) or _holds_office(head, title) for title, institution in roles)


_REFERRING_ORG_NOUNS = words("referring_org_nouns")


def _refers_to_organisation(description: str) -> bool:
    """'the utility', 'The institution', 'the department': 'the' and a noun for an organisation alone
    (data/org_heads.txt, org_kinds.txt, referring_org_nouns.txt), not a document's ('the report' is its
    maker's, :meth:`Resolver._document_maker`) nor a state's or a party's ('the government', 'the party':
    another body than the one quoted)."""
    bare = re.fullmatch(r"the\s+([a-z]+)", description.strip(), re.I)  # ('the statistics office' is another)
    head = bare.group(1).lower() if bare else ""
    return head in ORG_HEADS | ORG_KINDS | _REFERRING_ORG_NOUNS and head not in _DOCUMENT_HEADS | _GOVERNING_HEADS


# 'the government', 'the federal government': a state's body named by its article, classifying adjectives and its
# noun, which speaks as itself without the article; not 'the ruling government' (a participle describes it) nor 'the
# emirate's government' (the article is the owner's).
_STATE_BODY = re.compile(r"[Tt]he\s+(?:(?![a-z]+ing\s)[a-z-]+\s+)*[a-z]+")


# Bodies of a state or of its politics, which speak apart from whatever organisation was quoted before them.
_GOVERNING_HEADS = {"government", "administration", "party", "opposition", "police", "military", "army", "navy",
                    "parliament", "senate", "cabinet", "congress", "court"}


def _refers_back(body: str, mention: Mention) -> bool:
    """Are the words printed at *mention* a definite description or a pronoun ('The expert said', 'he
    added'), which refer back to a source described before ('a power expert'), not another source
    described the same way ('an analyst said' again)?"""
    printed = body[mention.start:mention.end]
    return bool(re.match(r"(?:the\s|(?:he|she|they|it)$)", printed, re.I))


def _bodies_named_later(attributions, by_att, resolver: Resolver) -> None:
    """'…, according to the central bank.' in the lead, with no bank named before: the body the article
    names next with that word ('Bank Indonesia (BI) Deputy Governor …')."""
    for att in attributions:
        mention = by_att.get(id(att))
        described = re.fullmatch(r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,3}([a-z]+)", mention.name) \
            if mention is not None and mention.kind == "organization" and att.paragraph <= 1 else None
        if described is None or described.group(1) not in ORG_HEADS:
            continue
        word = described.group(1).capitalize()
        named = next((_bare_org(org) for pos, org in resolver.orgs
                      if pos > mention.end and word in org.split()), None)
        if named is not None:
            named = without_bracketed_acronym(named)
            for key, other in list(by_att.items()):
                if other.kind == "organization" and other.name == mention.name:
                    by_att[key] = replace(other, name=named)


# A lead's collective source: 'a group of economists', 'a think tank', 'a consultancy'.
_COLLECTIVE = re.compile(r"(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:(?:group|team|panel|body)\s+of\s+[\w\s-]+|"
                         r"think[\s-]tank|consultancy|research\s+(?:group|firm|institute))$", re.I)


def _organisation_named_next(body: str, span: tuple[int, int], description: str) -> str | None:
    """'a group of economists has said' in the lead: the organisation opening the next paragraph as the
    subject of a verb ('The Centre for Economics and Business Research has forecast …'); else None."""
    if not _COLLECTIVE.fullmatch(description):
        return None
    opening = re.match(r"(?:The\s+)?([A-Z][\w&’'.-]*(?:\s+(?:(?:of|for|and|the|on|&)\s+)*[A-Z][\w&’'.-]*)*)"
                       r"(?:\s+\([A-Z]{2,6}\))?\s+(?:has\s+|have\s+|had\s+)?[a-z]+(?:s|ed)\b", body[span[0]:span[1]])
    if not opening or not any(w in ORG_WORDS for w in opening.group(1).split()):
        return None
    return opening.group(1)


# A lead opening on a description of one person: 'A seismologist with the Oklahoma Geological Society said …', 'The
# chief economist of the European Central Bank has said …', "England's interim chief medical officer has dismissed …".
_LEAD_OPENING = re.compile(r"(?:(?:A|An|The|THE)\s+|(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})[’']s\s+)(?=[a-z])")
_RELATIVE_CLAUSE = re.compile(r"\s+(?:that|who|which)\b.*$")
# Where a lead's person is, closing the role: 'a political scientist in Coventry'.
_PLACE_AFTER_ROLE = re.compile(r"\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*$")


def _lead_description(body: str) -> tuple[int, str, str | None] | None:
    """Where the lead's description of one person ends, the role it gives and its possessive owner ('England', not
    an institution; 'Edmonton'), when the article's first sentence opens on one (after a dateline); else None. The
    description ends before the first word that may be a verb and follows a person's noun or a role."""
    first = body.split("\n\n", 1)[0][:400]
    dateline = DATELINE.match(first)
    opening = _LEAD_OPENING.match(first, dateline.end() if dateline else 0)
    if opening is None:
        return None
    rest = re.split(r"[,;:“”\"()]", first[opening.end():], maxsplit=1)[0]  # (no description alone runs past a comma)
    for word in re.finditer(r"[\w’'-]+", rest):
        phrase = rest[:word.start()].strip()
        if not phrase or not _may_be_verb(word.group()):
            continue
        role = _RELATIVE_CLAUSE.sub("", phrase)  # ('the NHS trust that runs the hospital')
        head = _head_noun(role)
        if (is_title_word(head) or person_noun(head)) and not plural_person_noun(head):
            return opening.end() + word.start(), role, opening.group("owner")
    return None


def _may_be_verb(word: str) -> bool:
    """An auxiliary, an irregular past (data/irregular_past.txt) or a form in -s or -ed."""
    return word in AUXILIARIES or word in _PAST_FORMS or bool(re.fullmatch(r"[a-z]+(?:s|ed)", word))


def _with_leads_role(body: str, by_att: dict, roles: dict) -> dict:
    """The first person quoted with no title of their own whose name is printed in the two paragraphs after a lead
    describing one person holds the lead's role: 'A seismologist with the Oklahoma Geological Society said …' then
    '“…,” said Austin Holland with the OKGA' (annotations/README.md: a lead naming its speaker by role is the person
    named later; the tune part's gold gives that person the lead's title, and its institution for an acronym)."""
    lead = _lead_description(body)
    if lead is None:
        return roles
    end, role, owner = lead
    spans = paragraphs(body)
    reach = spans[min(2, len(spans) - 1)][1] if spans else len(body)
    named = sorted({(body.find(m.name), m.name) for m in by_att.values() if m.kind == "person" and len(m.name.split()) > 1})
    # (a rank alone is no title of their own: 'The director of X warned …' then 'Vice Adm. Jane Roe … said')
    name = next((n for pos, n in named if end <= pos < reach and not _role_of_their_own(roles.get(n, (None, None))[0])), None)
    if name is None:
        return roles
    institution = roles.get(name, (None, None))[1]
    d_title, d_institution = _with_described_role((None, None), role)
    d_title = _PLACE_AFTER_ROLE.sub("", d_title or "") or None
    if owner and not is_place(owner) and not d_institution:
        d_institution = owner  # ("Edmonton's chief economist")
    if institution and not (is_acronym(institution) and d_institution):
        d_institution = institution  # (the body printed beside the person, unless an acronym the lead spells out)
    return {**roles, name: (d_title, d_institution)}


def _role_of_their_own(title: str | None) -> bool:
    """A title other than a rank alone ('Vice Adm.', 'General'), which says what a person is, not what they do."""
    return bool(title) and not rank_alone(title)


# A sentence opening (after a short fronted phrase) with a description of a person by an organisation and a role: 'The
# Sample Berkeley professor, who …', "After the game, Sample City’s head coach provided an update".
_ORGANISATIONS_ROLE_OPENING = re.compile(r"(?:[A-Z][a-z]*(?:\s+[\w-]+){0,4},\s+)?(?:[Tt]he\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?:[’']s)?\s+"
                                         r"([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})(?=[\s,])")


def _described_in_the_next_sentence(roles: dict, resolver: Resolver) -> dict:
    """'Jane Roe, a leading figure in the field, has warned …. The Sample Berkeley professor, who …': a person with no
    institution, described in the next sentence by an organisation and a role, holds that role there (annotations/
    README.md: of two roles, the one paired with a named institution), when nobody else is named in between (the
    sentence may open the next paragraph)."""
    roles = dict(roles)
    text = resolver.text
    for name, (title, institution) in roles.items():
        first = next((pos for pos, printed in resolver.names if printed == name), None)
        if institution or first is None:
            continue
        end = _NEXT_SENTENCE.search(text, first)
        described = end and _ORGANISATIONS_ROLE_OPENING.match(text, end.end())
        if not described or any(first < pos and pos + len(n) <= described.start(1) for pos, n in resolver.names):
            continue
        owner, words_ = described.group(1), described.group(2).split()
        # the role ends at its head ('head coach provided an update': 'head coach'), then a comma or a verb (not a name:
        # 'Sample markets coordinator Jane Roe said' is another person)
        role = next((" ".join(words_[:n]) for n in range(len(words_), 0, -1)
                     if is_title_word(words_[n - 1]) or team_role(" ".join(words_[:n]))), None)
        after = text[described.start(2) + len(role or ""):][:12]
        if not role or not _ROLE_THEN_CLAUSE.match(after) or not _names_something(owner) or owner.split()[0] in STOP_CAPS \
                or any(is_state_word(w) or w in DEMONYMS for w in owner.split()) \
                or capitalised_chain(owner) != owner \
                or any(part in person.split() for person in resolver.people for part in owner.split()):
            continue
        roles[name] = (role, owner)
    return roles


_NEXT_SENTENCE = re.compile(r"[.!?][”\"]?\s+(?=[A-Z])")  # where the sentence after a position opens
# After a described role: a comma or a verb, not a preposition running on to a name ('… commander of land forces Jane Roe').
_ROLE_THEN_CLAUSE = re.compile(r",|\s+(?!(?:of|for|at|in|on|with|and|to|from)\b)[a-z]")


def _names_something(words_: str) -> bool:
    """'Sample Berkeley', 'UC', 'Sunderland': capitalised words with an organisation's word, an acronym or a name
    that is no word of the language ('Provincial', 'Global News' may be words of the sentence)."""
    return any(w in ORG_WORDS or is_acronym(w) or name_not_word(w) for w in words_.split())


def _with_described_role(role: tuple[str | None, str | None], description: str) -> tuple[str | None, str | None]:
    """A person's role completed by the lead's description of them: 'an expert of Maryland-based U
    warned …' gives U to the person named next when the article gives none ('John Smith, an
    epidemiologist'); 'A former coach of Roger Federer' is a whole title (Federer is no institution)."""
    title, institution = role
    d_title, d_institution = split_institution_role(description)
    head_of = re.fullmatch(r"(?P<head>[a-z]+)\s+of\s+(?:the\s+)?(?P<body>[^,;]+?)(?:\s+\([A-Z]{2,6}\))?", description)
    if head_of and head_of.group("head") in _HEAD_NOUNS:  # 'chief of the central bank': whoever heads a body
        d_title, d_institution = head_of.group("head"), head_of.group("body")
    elif not d_institution or not (classify_name(d_institution) == "organization" or names_an_organisation(d_institution)
                                   or re.search(r"\s(?:at|with|from)\s", description)):  # ('The CEO of Samplecorp')
        d_title, d_institution = without_reporter_modifier(description), None  # ('a leading aviation analyst')
    d_title = _without_common_owner(d_title)  # ('government’s chief medical adviser')
    if title is None and institution is None or (rank_alone(title) or _address_of(title, d_title)) \
            and institution is None and d_title:
        # ('Professor Chris Whitty' after 'the government’s chief medical adviser has warned': the role described;
        # 'Minister Jane Roe' after 'The Minister of Health and Social Services says')
        return d_title, d_institution
    return title, institution or d_institution


def _address_of(title: str | None, described: str | None) -> bool:
    """'Minister' for 'Minister of Health and Social Services': a title alone that is the first word of the office
    described, printed before the name as a form of address."""
    words_ = (described or "").split()
    return bool(title) and len(words_) > 2 and words_[0] == title and words_[1] in ("of", "for")


_COMMON_OWNER = re.compile(r"(?:[Tt]he\s+)?(?P<head>[a-z][\w-]*)[’']s\s+(?=\S)")


def _names_in(org: str) -> list[str]:
    """The names a run of capitalised words printed before may give an organisation's head ('the university's',
    'the agency’s', 'the board'): the run without a place owning it ('Japan’s Meteorological Agency' -> 'Meteorological
    Agency') and ending before an 'and' joining an officer ('Board of Trustees and Superintendent Jane Roe'), then the
    name owning the rest ('Sample University's Winter Outlook' -> 'Sample University')."""
    place = re.match(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)[’']s\s+(?=[A-Z])", org)
    if place and is_place(place.group(1)):
        org = org[place.end():]
    joined = re.match(r"(.+?)\s+and\s+(\S+)\s", org)
    if joined and is_title_word(joined.group(2)):
        org = joined.group(1)
    owner = re.match(r"(.+?)[’']s\s+[A-Z]", org)
    return [org, owner.group(1)] if owner else [org]


_BODY_WORD_BEFORE_ROLE = re.compile(r"(?P<head>[A-Za-z][a-z-]+)\s+(?P<role>(?:[a-z-]+\s+){0,2}[A-Za-z-]+)")


def _body_word_before_role(title: str | None) -> re.Match | None:
    """'ministry spokesman', 'Board vice-president' (after 'the Defense Ministry said', 'the Board of Trustees'): the
    word heading an organisation's name (data/org_heads.txt, not 'company' or 'firm', any firm's) before a role, read as
    'the ministry's spokesman' is, for the organisation of that head named before."""
    match = _BODY_WORD_BEFORE_ROLE.fullmatch(title or "")
    if not match or match.group("head").lower() not in ORG_HEADS - _GENERAL_ORG_HEADS \
            or not is_title_word(match.group("role").split()[-1]):
        return None
    return match


def _without_common_owner(title: str | None) -> str | None:
    """'the party’s campaign chief' -> 'campaign chief': an owner named by a common noun is no part of the
    role as printed; a document's ('the study's lead author') and a name's ('Carter’s press secretary') stay."""
    owner = _COMMON_OWNER.match(title or "")
    return title[owner.end():] if owner and owner.group("head") not in _DOCUMENT_HEADS else title


def _public_body(name: str) -> bool:
    """A party, a camp or a state body ('Democratic Party', 'Democrats', 'the Senate'), which employs no
    company officer."""
    return any(w in AFFILIATIONS or w in STATE_BODIES for w in re.sub(r"[’']s$", "", name).split())


def _name_head(org: str) -> str:
    """The noun an organisation's name is headed by, in lower case: 'Sample Bank' -> 'bank', 'National
    Institute of Economic and Social Research' -> 'institute' (the word before its first 'of')."""
    return re.split(r"\s+of\s+", org, maxsplit=1)[0].split()[-1].lower()


def _owned_by_a_person(text: str, name: str, title: str | None) -> bool:
    """Is *title* printed owned by a person's pronoun before *name* ('her coach, Jane Roe', 'His deputy, Jane Roe')?"""
    if not title:
        return False
    # (the title and the name first, a literal the engine finds fast; then the pronoun just before)
    for printed in re.finditer(re.escape(title) + r",?\s+" + re.escape(name) + r"\b", text):
        if _PRONOUN_BEFORE.search(text, max(0, printed.start() - 40), printed.start()):
            return True
    return False


_PRONOUN_BEFORE = re.compile(r"\b(?:his|her|His|Her)\s+\Z")


def _employers_of_officers(attributions, by_att, roles, resolver) -> dict:
    """'Tokyo Electron said …' then 'Chief Executive Officer Toshiki Kawai said …': a company officer
    printed without an institution is an officer of the company the sentence naming them is about
    (:meth:`Resolver.sentence_subject_company`), else of the organisation that spoke just before (in this
    or the previous paragraph). Only the titles of data/executive_titles.txt imply an employer."""
    roles = dict(roles)
    for name, (title, institution) in roles.items():
        if institution is None and (executive_title(title) or team_role(title)) \
                and not _owned_by_a_person(resolver.text, name, title):  # ('Jane Roe is fit, according to her coach, …')
            # ('Notre Dame will name a starting quarterback …, coach Brian Kelly said': the team's coach)
            employer = resolver.sentence_subject_company(name, team=team_role(title))
            if employer:
                roles[name] = (title, employer)
    last_org = None
    for att in attributions:
        mention = by_att.get(id(att))
        if mention is None:
            continue
        if mention.kind == "organization":
            # ('the Democratic Party said' employs no chief executive: a state, a party or a people is no firm)
            last_org = None if _public_body(mention.name) else (att.paragraph, mention.name)
        elif mention.kind == "person" and mention.name in roles and last_org \
                and att.paragraph - last_org[0] <= 1:
            title, institution = roles[mention.name]
            if institution is None and executive_title(title):
                roles[mention.name] = (title, last_org[1])
    return roles


def _named_pair(body: str, span: tuple[int, int], description: str) -> str | None:
    """'Two local figures' (or 'both …'): the two people the next paragraph names first, joined by
    'and' ('Jane Roe and Tom Reed'); else None."""
    if not re.match(r"(?:the\s+)?(?:two|both)\s+(?:[\w-]+\s+){0,3}[\w-]+s$", description, re.I) \
            or not _plural_head(description):
        return None
    names = [m for m in NAME_RE.finditer(body, *span)
             if classify_name(" ".join(t for t in m.group(1).split() if t not in STOP_CAPS)) == "person"]
    for first, second in zip(names, names[1:]):
        if re.fullmatch(r"\s+and\s+", body[first.end():second.start()]):
            return f"{first.group(1)} and {second.group(1)}"
    return None


# How many paragraphs after a lead's 'a U.S. expert said' its person may first be named.
_LEAD_REACH = 4


def _reach(kind: str, description: str) -> int:
    """How many paragraphs on a description's person may be named: a lead's description of a person
    ('a U.S. expert') reaches _LEAD_REACH; any other, the next paragraph ('A news report published')."""
    head = _head_noun(description).rstrip("s")  # ('a top semiconductor analyst at Sample Bank': 'analyst')
    person = head in TITLE_WORDS or head in ROLE_NOUNS or head + "s" in ROLE_NOUNS
    return _LEAD_REACH if kind in ("lead", "owned", "head", "titled") and person else 1


def _title_in_quotes(text: str, pos: int, name: str) -> bool:
    """'CNBC's "Squawk Box Europe"': capitalised words printed between quotation marks name a show, a
    book or a slogan, not a person."""
    return text[pos - 1:pos] in ('"', "“", "‘") and text[pos + len(name):pos + len(name) + 1] in ('"', "”", "’")


def _first_named_in(resolver: Resolver, span: tuple[int, int], office: str) -> Mention | None:
    """The person named first in full in *span*, quoted or not, with the role the article gives them;
    None when a description printed beside the name is of another office than *office* ('Jane Roe,
    a farmer in Sampleton, …' is no governor)."""
    found = next(((pos, n) for pos, n in resolver.names if span[0] <= pos < span[1] and len(n.split()) > 1
                  and not _title_in_quotes(resolver.text, pos, n)), None)
    if found is None:
        return None
    name = found[1]
    head = re.split(r"\s+(?:of|at|for)\s", office.strip(), maxsplit=1)[0].split()[-1].lower()
    end = resolver.text.find(name, found[0]) + len(name)
    beside = re.match(r",\s+(?:a|an|the)\s+([^,.;]+)", resolver.text[end:span[1]])
    if beside and head not in beside.group(1).lower().split():
        return None
    title, institution = resolver.printed_role(name)
    return Mention(name, name, "person", title=title, institution=institution)


def _next_named(body: str, spans, paragraph: int, speakers: dict, reach: int) -> Mention | None:
    """The speaker who is the first person named in the *reach* paragraphs after *paragraph*; None
    when someone else is named first."""
    return _first_speaker_named(body, spans[paragraph + 1:paragraph + 1 + reach], speakers)


def _first_speaker_named(body: str, spans, speakers: dict) -> Mention | None:
    """The speaker who is the first person named in *spans*; None when someone else is named first."""
    for start, end in spans:
        for named in NAME_RE.finditer(body, start, end):
            tokens = [t for t in named.group(1).split() if t not in STOP_CAPS]
            ending = next((m for name, m in speakers.items() if " ".join(tokens).endswith(" " + name)), None)
            if ending is not None:
                return ending  # ('… Meteorological Services Jane Roe')
            if len(tokens) < 2 or classify_name(" ".join(tokens)) != "person" \
                    or all(is_title_word(t) or t.lower() in RANKS for t in tokens) \
                    or named.group(1).split()[0] == "The" or body[max(0, named.start(1) - 4):named.start(1)] == "the ":
                continue  # ('Acting Director' names an office, 'The Real Pulse podcast' a title)
            surname = re.sub(r"[’']s$", "", tokens[-1])  # (not rstrip: 'Taalas' keeps its s)
            return next((m for name, m in speakers.items() if name.split()[-1] == surname), None)
    return None


# A lead's office owned by a place or a body: 'England’s chief medical officer', 'Sample Bank's chief economist'.
_OWNED_OFFICE = re.compile(r"(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})[’']s\s+(?P<role>(?:[\w-]+\s+){0,3}(?P<head>[a-z-]+))")


def _description_kind(text: str, paragraph: int) -> str | None:
    """'office' ('The director of the … Institute', anywhere) and 'unnamed' ('a WHO official', in the
    lead): the next person named, if of that institution; 'lead' ('a renowned expert'): the next person;
    'owned' ('Israel’s central bank governor', in the lead): the next person named, unless the article
    gives them another office; 'head' ('the head of the regional government', in the lead): the next
    person named, whatever their office is called."""
    if paragraph <= 1 and _HEAD_OF.match(text):
        return "head"
    if re.match(r"the\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:of|at|for)\s+(?:the\s+)?(?-i:[A-Z])", text, re.I):
        return "office"
    if paragraph <= 1 and re.match(r"the\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:of|at|for)\s+(?:a|an|one)\s", text, re.I):
        return "lead"  # 'the CEO of a major supplier to TSMC said': the office of an unnamed body
    titled = re.fullmatch(r"(?:the|its)\s+(?:[\w-]+\s+){0,2}?([\w-]+)", text, re.I)
    if titled and titled.group(1).lower() in TITLE_WORDS:
        return "titled"  # 'The minister said …', 'Sampleland's economy …, its finance minister said' nobody before
        # fits: the person named next with that title
    head = titled.group(1).lower() if titled else ""
    if paragraph <= 1 and _person_epithet(head) and head not in _KEEP_UNNAMED:
        return "lead"  # 'the weatherman said' in the lead, before anyone is named: the person named next
    owned = _OWNED_OFFICE.fullmatch(text)
    if owned and paragraph <= 1 and is_title_word(owned.group("head")) \
            and (is_state_word(owned.group("owner")) or classify_name(owned.group("owner")) == "organization"):
        return "owned"  # 'Kuwait's oil minister said' in the lead: the person named next, if of that office
        # ('Cameron’s spokesman' is a person's: not who the article names next)
    head = _LEAD_DESCRIPTOR.fullmatch(text)
    if not head or paragraph > 1 and not text.lower().startswith("another "):
        return None  # ('Another expert said' anywhere: the next person named)
    if head.group(1).lower().rstrip("s") in _KEEP_UNNAMED:
        return "unnamed"
    if head.group(1).endswith("s") and not text.lower().startswith("one of"):
        return None  # a group, unless 'One of the government's advisers'
    return "lead"


# 'the head of the central bank', 'The chief of Sample Union': whoever heads a body (data/head_nouns.txt).
_HEAD_NOUNS = words("head_nouns")
_HEAD_OF = re.compile(r"the\s+(?:" + "|".join(sorted(_HEAD_NOUNS)) + r")\s+of\s+\S", re.I)


def _may_head(resolver: Resolver | None, description: Mention, person: Mention) -> bool:
    """Can a lead's 'the head of the central bank' be *person*, the speaker named next? Not one named
    before it ('The leader of the rail union' is no 'Sampleton Mayor Tom Reed' printed above), nor one of
    another institution than a body it names ('the head of the Example Fund' is no economist at Sample Bank)."""
    if resolver is not None and any(pos < description.start and resolver._full_of(n) == person.name
                                    for pos, n in resolver.names):
        return False
    named_body = description.text.split()[-1][:1].isupper()
    return not (named_body and person.institution and not _same_institution(description.text, person.institution))


def _office_of_lead(text: str, paragraph: int, person: Mention) -> bool:
    """Is a lead's 'the governor of the Sample Reserve Bank' the person named next, who the article
    gives no institution and no other office ('Jane Roe struck a cautious tone')? (annotations/README.md:
    a lead naming the speaker only by role is the person named later.)"""
    head = re.split(r"\s+(?:of|at|for)\s", text.strip(), maxsplit=1)[0].split()[-1].lower()
    # ('Vice Adm. Jane Roe': a rank alone is no office of the person's own)
    return paragraph <= 1 and not person.institution and (not _role_of_their_own(person.title) or _in_title(head, person.title))


def _place_name(name: str) -> bool:
    """'Walsh County', 'Nickel City', 'North Korea', 'New South Wales': a place's name (its last word a place's noun,
    data/place_nouns.txt, or every word a country's or a people's, or a state's word after points of the compass), no
    person's."""
    tokens = name.split()
    return bool(tokens) and (tokens[-1] in _PLACE_NOUNS or all(is_state_word(t) for t in tokens)
                             or is_state_word(tokens[-1]) and all(t in _COMPASS for t in tokens[:-1]))  # 'New South Wales'


_COMPASS = {"New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower"}


_PLACE_NOUNS = words("place_nouns")


def _bare_words(text: str) -> set[str]:
    """The words of *text* without a possessive ending ('IMF’s' -> 'IMF')."""
    return {re.sub(r"[’']s$", "", w) for w in text.split()}


def _in_title(word: str, title: str | None) -> bool:
    """Is *word* one of the words of *title* ('chair' of 'Fed vice-chair', 'spokesman' of 'a spokesman for …',
    'governor' of 'Gov.': an abbreviated title spelled out, data/title_abbreviations.csv)?"""
    return bool(title) and any(word in (w, _TITLE_ABBREVIATIONS.get(w.rstrip("."))) for w in title.lower().replace("-", " ").split())


_TITLE_ABBREVIATIONS = {row["abbreviation"]: row["word"] for row in table("title_abbreviations")}


# 'the Frenchman', 'the 34-year-old', 'the Sample Rovers clubman': a person's epithet, after capitalised words naming
# where they come from or play.
_EPITHET_DESCRIPTION = re.compile(r"the\s+(?:\d{1,3}-year-old|(?:(?-i:[A-Z])[\w-]+\s+){0,3}[A-Za-z]+)", re.I)
# A compound in -man or -woman ('clubman', 'frontwoman', 'countryman'): a person's noun, listed in WordNet or not
# (three letters before it at least: 'human' is none).
_MAN_COMPOUND = re.compile(r"[a-z]{3,}(?:wo)?man")


def _person_epithet(head: str) -> bool:
    """'tactician', 'hydrologist', 'the clubman': a noun naming a person (WordNet, or a compound in -man), not a kind of
    organisation nor a firm's epithet ('the oil major', data/firm_epithets.txt)."""
    return (person_noun(head) or _MAN_COMPOUND.fullmatch(head) is not None) and head not in ORG_KINDS | _FIRM_EPITHETS


def _same_institution(text: str, institution: str | None) -> bool:
    """Does 'a World Health Organisation official' name the institution 'WHO' (or 'World Health Organisation')?"""
    if not institution:
        return False
    caps = [re.sub(r"[’']s$", "", w) for w in re.findall(r"[A-Z][\w&’'-]*", text) if w not in ("A", "An", "The", "One")]
    runs = {"".join(w[0] for w in caps[i:j]) for i in range(len(caps)) for j in range(i + 2, len(caps) + 1)}
    return bool(caps) and (institution in " ".join(caps) or institution in runs  # ('the UN's World Meteorological …': 'WMO')
                           # 'the NIH's institute' / 'National Institutes of Health', 'a BOK official' / 'Bank of Korea'
                           or any(len(initials) > 1 and initials in caps for initials in _initials(institution)))


def _continued_speaker(attributions, i, by_att, resolver: Resolver) -> Mention | None:
    """Who says a quote with no attribution of its own: the source of its paragraph, else the speaker quoted within
    :data:`CONTINUATION_PARAGRAPHS` before it, unless a paragraph of no attribution between them opens on another
    person ('Professor Jane Roe, the deputy vice-chancellor, congratulated him.' then '“…”': Roe's words); with
    nobody quoted that recently, the person the next paragraph attributes words to ('“…”' then 'Roe added that …')."""
    att = attributions[i]
    for prior in reversed(attributions[:i]):
        if prior.paragraph == att.paragraph and id(prior) in by_att and prior.start < att.start:
            return by_att[id(prior)]
    for later in attributions[i + 1:]:
        if later.paragraph != att.paragraph:
            break
        if id(later) in by_att:
            return by_att[id(later)]
    for prior in reversed(attributions[:i]):
        if att.paragraph - prior.paragraph > CONTINUATION_PARAGRAPHS:
            break
        if id(prior) in by_att:
            between = att.paragraph - 1
            if prior.paragraph < between and not any(a.paragraph == between for a in attributions):
                introduced = resolver.person_opening_paragraph(between)
                if introduced is not None and introduced.name != by_att[id(prior)].name:
                    return introduced
            return by_att[id(prior)]
    # '“…”' then 'Jane Roe added, however, that …'; else 'Speaking to Sample Radio, Jane Roe …' then '“…”'
    return _person_speaking_in(attributions, att.paragraph + 1, by_att) \
        or resolver.person_speaking_first(att.paragraph - 1) or resolver.only_person_in(att.paragraph - 1)


def _person_speaking_in(attributions, paragraph: int, by_att) -> Mention | None:
    """The first person resolved as speaking in the paragraph *paragraph* (or a one-word name the article reads as an
    organisation: 'Klopp said'), if any."""
    return next((by_att[id(a)] for a in attributions if a.paragraph == paragraph and id(a) in by_att
                 and (by_att[id(a)].kind == "person" or _surname_like(by_att[id(a)].name))), None)


def resolve_speakers(body: str, attributions) -> dict[int, Mention]:
    """The resolved speaker of each attribution, keyed by ``id(attribution)``, with the role the
    article gives that person anywhere (an organisation's acronym spelled out). Attributions
    nobody can be found for are left out."""
    resolver = Resolver(body)
    resolver.contents = sorted((a.start, a.end) for a in attributions)
    by_att: dict[int, Mention] = {}
    # Backward, in the order the sources are printed.
    for att in sorted((a for a in attributions if a.mention is not None), key=lambda a: a.mention.start):
        by_att[id(att)] = resolver.resolve(att.mention, content=(att.start, att.end))
    for i, att in enumerate(attributions):
        if id(att) not in by_att:
            mention = _continued_speaker(attributions, i, by_att, resolver)
            if mention is not None:
                by_att[id(att)] = mention  # a chain of quoted paragraphs stays with its speaker
    # Forward: a lead's description is the person (or the body) named next.
    described = _named_later(body, attributions, by_att, resolver)
    _bodies_named_later(attributions, by_att, resolver)
    for key, mention in by_att.items():
        if mention.kind == "organization" and mention.name in resolver.described_surnames:
            by_att[key] = replace(mention, kind="person")  # ('said Bilic' … 'the head coach': Bilic is a person)
    roles = resolver.roles()
    for name, description in described.items():
        roles[name] = _with_described_role(roles.get(name, (None, None)), description)
    roles = _employers_of_officers(attributions, by_att, roles, resolver)
    roles = _with_leads_role(body, by_att, roles)
    roles = _described_in_the_next_sentence(roles, resolver)
    # a proper noun that is no person's name ('Clinton spokesman' names the person's campaign, not a body)
    proper = proper_words(body) - {part for _, name in resolver.names for part in name.split()[1:]}
    for key, mention in by_att.items():
        if mention.kind == "person":
            title, institution = settled_role(*roles.get(mention.name, (mention.title, mention.institution)), proper, body)
            by_att[key] = replace(mention, title=title, institution=institution)
        elif mention.kind == "organization":
            # 'The KCNA statement said': the organisation spelled out, without its bracketed acronym
            # (annotations/README.md: an organisation speaking as itself is named without it)
            expanded = resolver.longer_name(resolver.expand_acronym(mention.name))
            if expanded != mention.name and expanded.endswith(f" ({mention.name})"):
                expanded = expanded[:-len(mention.name) - 3]
            # ('US Energy Information Administration', 'Chinese Foreign Ministry': the place adjective goes, as from an institution)
            by_att[key] = replace(mention, name=_without_own_acronym(without_nationality(expanded)))
    return by_att


def _without_own_acronym(name: str) -> str:
    """'International Energy Agency (IEA)' -> 'International Energy Agency': an organisation speaking as itself is
    named without the acronym of its own initials printed after it (annotations/README.md)."""
    bare = without_bracketed_acronym(name)
    acronym = name[len(bare):].strip(" ()")
    return bare if bare != name and any(initials.startswith(acronym) for initials in _initials(bare)) else name
