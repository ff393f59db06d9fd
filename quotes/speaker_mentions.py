"""Who is speaking: parse the words naming a source, and resolve short references to full names.

A *mention* is what the article prints at an attribution: "Choi Kang, acting president of the
Asan Institute", "US Secretary of State Antony Blinken", "he", "the expert", "a senior US
official", "South Korea's Joint Chiefs of Staff". :func:`parse_mention` turns it into name,
title, institution and kind; :class:`Resolver` links "Choi", "he" and "the expert" to the full
name introduced earlier, carrying that person's title and institution along.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

APOS = "'’"
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mr.", "mrs.", "ms.", "dr.", "prof.", "rev.", "lord", "lady"}
PRONOUNS = {"he": "person", "she": "person", "they": "plural", "it": "org", "we": "plural", "i": "person",
            "him": "person", "her": "person"}
DETERMINERS = {"a", "an", "one", "some", "several", "many", "other", "two", "three", "four", "five", "most",
               "few", "numerous", "various", "both", "all", "more", "dozens", "hundreds", "no", "another", "senior",
               "top", "former", "current", "leading", "independent", "outside"}
# Heads of descriptions of people who speak without a name.
ROLE_NOUNS = set("""
official officials expert experts analyst analysts economist economists source sources diplomat diplomats
observer observers watcher watchers scientist scientists researcher researchers critic critics investor
investors trader traders strategist strategists spokesperson spokesman spokeswoman person people insider
insiders adviser advisers advisor advisors aide aides lawmaker lawmakers legislator legislators leader leaders
executive executives banker bankers forecaster forecasters climatologist climatologists meteorologist
meteorologists doctor doctors physician physicians specialist specialists authority authorities officer officers
member members resident residents voter voters worker workers manager managers scholar scholars academic
academics commentator commentators pundit pundits pollster pollsters professor professors negotiator negotiators
minister ministers envoy envoys agency report study survey poll government ministry military police company firm
bank group observers organisers organizers campaigners activists activist witnesses witness prosecutors
prosecutor investigators investigator engineers engineer representatives representative staff participants
consultant consultants architects economists' planners policymakers policymaker regulators regulator developers users customers parents teachers students
administration department associates allies supporters colleagues friends defenders opponents backers donors
operatives strategists republicans democrats conservatives liberals lawyers attorneys insiders veterans
""".split())
ORG_HEADS = {"agency", "report", "study", "survey", "poll", "government", "ministry", "military", "police",
             "company", "firm", "bank", "group", "administration", "department", "council", "committee",
             "court", "party", "campaign", "board", "office", "commission", "organization", "organisation",
             "institute", "association", "union", "federation", "network", "team", "club", "statement",
             "paper", "research", "index", "forecast", "data", "figures"}
# Words that make a capitalised name an organisation.
ORG_WORDS = set("""
Institute Institution Center Centre University College School Council Ministry Department Agency Bank Fund
Association Society Organization Organisation Committee Commission Office Bureau Service Services Party Union
Federation Foundation Corporation Corp Corp. Inc Inc. Ltd Group Capital Economics Research Reuters Press News
Times Post Journal Chiefs Staff Army Navy Force Forces Command Administration Authority Board Court Congress
Senate Parliament Assembly Government Cabinet Kremlin Pentagon Coalition Alliance Network Partners Securities
Markets Analytics Insight Intelligence Consulting Holdings Motors Airlines Exchange Reserve Fed Treasury NASA
Nations Watch Trust Campaign Commonwealth Laboratory Laboratories Observatory Academy Hospital Clinic Club FC
Media Broadcasting Company Associates Council Program Programme Project Initiative Forum Club Surveyors
Charcol Nationwide Caucus Police Republicans Democrats Conservatives Labour Tories
""".split())
TITLE_WORDS = set("""
president vice secretary minister chair chairman chairwoman chairperson governor director spokesman
spokeswoman spokesperson senator sen. rep. representative congressman congresswoman mayor chancellor premier
ambassador general gen. admiral commissioner chief ceo cfo coo cio cto leader speaker judge justice professor
prof. economist analyst strategist adviser advisor envoy officer head founder co-founder partner manager
editor researcher fellow scientist expert striker coach captain candidate nominee lawmaker legislator
attorney lawyer deputy acting executive president-elect king queen prince pope councillor commander inspector
superintendent prosecutor sheriff dean lecturer author correspondent climatologist meteorologist forecaster
guru pundit consultant official diplomat co-cio investigator co-ceo principal treasurer trustee member physician doctor
epidemiologist virologist historian columnist commentator pollster negotiator aide analyst, economist,
midfielder defender goalkeeper winger legend boss biostatistician paleoclimatologist geologist physicist
champ champion administrator astronaut astrophysicist engineer host anchor quarterback policy-maker
policymaker
""".split())
DEMONYMS = set("""
US U.S. UK U.K. EU American British English Scottish Welsh Irish Chinese Japanese Korean South North Russian
Ukrainian German French Italian Spanish Indian Pakistani Iranian Israeli Palestinian Turkish Taiwanese Canadian
Australian Mexican Brazilian European Saudi Syrian Iraqi Afghan Egyptian Polish Dutch Swedish Norwegian
Danish Finnish Swiss Austrian Belgian Greek Vietnamese Thai Philippine Filipino Indonesian Malaysian
Singaporean African Nigerian Kenyan Western Eastern Asian Arab Latin former Former top senior Senior Top
""".split())
# Party and camp adjectives stay in a title: 'a Republican strategist'.
AFFILIATIONS = {"Republican", "Republicans", "Democratic", "Democrat", "Democrats", "Conservative", "Labour", "Tory",
                "Liberal", "GOP", "Green", "Independent", "Socialist", "Progressive", "Left", "Right", "Christian",
                "Muslim", "Jewish", "Catholic"}
CONNECTORS = {"of", "for", "and", "&", "the", "de", "du", "van", "von", "der", "al", "bin", "la", "le", "y", "on"}
STOP_CAPS = {"The", "A", "An", "In", "On", "At", "But", "And", "So", "Yet", "He", "She", "They", "It", "We", "I",
             "This", "That", "These", "Those", "There", "When", "While", "After", "Before", "As", "If", "For",
             "Meanwhile", "However", "Still", "Now", "Also", "Asked", "According", "Speaking", "Last", "Next"}
MONTHS_DAYS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
               "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}
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
    return word in TITLE_WORDS or "-" in word and any(part in TITLE_WORDS for part in word.split("-"))


def _is_cap(token: str) -> bool:
    return bool(token) and (token[0].isupper() or token[0].isdigit()) and token.lower() not in ("i",)


def _strip_trailing_punct(text: str) -> str:
    return text.strip().rstrip(",;:.").strip()


# Countries are no institution: 'vice speaker of Ukraine's Parliament' keeps the country in the title,
# and 'Germany's Commerzbank' is Commerzbank.
COUNTRIES = set("""
America Britain England Scotland Wales Ireland France Germany Italy Spain Portugal Russia Ukraine China Japan Korea
India Pakistan Iran Iraq Israel Syria Turkey Egypt Canada Mexico Brazil Argentina Australia Poland Sweden Norway
Denmark Finland Netherlands Belgium Switzerland Austria Greece Taiwan Vietnam Thailand Indonesia Malaysia Singapore
Philippines Nigeria Kenya Ethiopia Africa Europe Asia Lebanon Jordan Qatar Kuwait Venezuela Colombia Chile Peru
Afghanistan Bangladesh Belarus Hungary Romania Czechia Serbia Cuba US U.S. UK U.K. EU Beijing Moscow Washington
Tokyo Seoul Pyongyang Tehran London Paris Berlin Kyiv Kiev
""".split())


def split_institution_role(role: str) -> tuple[str | None, str | None]:
    """An appositive role -> (title, institution); a country is no institution."""
    title, institution = _split_role(role)
    if institution and institution in DEMONYMS:
        # 'former nuclear negotiator for the Iranian government': a state role, named whole
        whole = re.split(r",\s*(?:who|which|whose|where)\b|\s+(?:who|that|which)\s", _strip_trailing_punct(role))[0]
        return _clean_title(whole), None
    if institution:
        owner = re.match(r"([\w.]+)[’']s?(?:\s+(.+))?$", institution)
        if institution in COUNTRIES or owner and owner.group(1) in COUNTRIES and not owner.group(2):
            institution = None
        elif owner and owner.group(1) in COUNTRIES:
            institution = owner.group(2)
    return title, institution


def _split_role(role: str) -> tuple[str | None, str | None]:
    """An appositive role -> (title, institution).

    'director of the Center for North Korean Studies at the Sejong Institute' ->
    ('director of the Center for North Korean Studies', 'Sejong Institute');
    'acting president of the Asan Institute for Policy Studies think tank in Seoul' ->
    ('acting president', 'Asan Institute for Policy Studies');
    'director of the CDC's National Center for ...' -> (whole, 'CDC'): a sub-unit stays in the title.
    """
    role = _strip_trailing_punct(role)
    main, _, relative = role.partition(", who ")
    if relative and not re.match(r"(?:who|which|whose|where)\b", main):
        # 'economist, who is also an adviser at X': the role paired with the named institution
        first, second = split_institution_role(main), split_institution_role("who " + relative)
        return second if second[1] and not first[1] else first
    role = re.split(r",\s*(?:who|which|whose|where)\b", role)[0]
    # 'who is (also) a professor at X'; 'who heads the energy desk at Citi'
    who = re.match(r"who\s+(?:is|was|serves\s+as)(?:\s+(?:also|now|currently|additionally))?\s+(?:as\s+)?"
                   r"((?:a|an|the)\s+.*|[a-z].*\s(?:at|of|with|for)\s+(?:the\s+)?[A-Z].*)$", role)
    if who:
        return split_institution_role(who.group(1))
    # 'director of 38 North, a Washington-based monitoring group': the institution's own appositive goes
    role = re.split(r",\s+(?:a|an)\s+(?=\S)", role)[0]
    who = re.match(r"who\s+(?:heads|leads|runs|directs|chairs|manages|oversees)\s+.*?\s(?:at|of)\s+(?:the\s+)?([A-Z].*)$", role)
    if who:
        return None, capitalised_chain(who.group(1))
    if re.match(r"(?i:known|seen|widely|also|now|then|speaking|writing|adding|saying|though|however|"
                r"too|meanwhile|for\s+example|for\s+instance|in\s+turn|in\s+a|in\s+an|on\s+\w+day|\w+ly\b)\b|"
                r"(?:who|which|whose|Who|Which|Whose)\b", role):  # case-sensitive: 'WHO Director of …' is a role
        return None, None
    role = re.sub(r"^(?:a|an|the)\s+", "", role, flags=re.I)
    # 'of Redwood City, California-based Area 1 Security': where a firm is based is no part of its name
    role = re.sub(r"\b((?:of|at|with|for)\s+(?:the\s+)?)(?:[A-Z][\w.]*,?\s+){0,4}[A-Z][\w.]*-based\s+(?=[A-Z])", r"\1", role)
    # 'a Democratic pollster who is not involved with the campaign': the role ends at 'who'
    role = re.split(r"\s+(?:who|that|which|whose)\s", role)[0]
    if not role:
        return None, None
    two_roles = r",?\s+(?:and|as\s+well\s+as)\s+(?=(?:a|an|the|its|his|her)\s+[a-z])"
    if re.search(two_roles, role):
        # Two roles ('…, as well as a professor at …'): the one paired with a named institution;
        # 'and the Media' inside a name is no second role.
        options = [split_institution_role(part) for part in re.split(two_roles, role)]
        with_inst = [o for o in options if o[1]]
        return with_inst[0] if with_inst else options[0]
    acronym = re.match(r"([A-Z]{2,6})\s+(\S+.*)$", role)
    if acronym and acronym.group(1) not in DEMONYMS and is_title_word(acronym.group(2).split()[0]):
        return _clean_title(acronym.group(2)), acronym.group(1)  # 'WHO Director of Global Alert and Response'
    bare_and = re.split(r"\s+and\s+(?!(?:the|a|an)\s+[A-Z])(?=[a-z])", role, maxsplit=1)
    if len(bare_and) == 2 and is_title_word(bare_and[0].split()[-1]):
        # 'Georgetown professor and executive vice president of the Quincy Institute': the role
        # paired with the named institution
        left, right = _split_role(bare_and[0]), _split_role(bare_and[1])
        if right[1] and right[0] and not left[1]:
            return right
    match = re.match(r"(?:of|at|from|with)\s+(?:the\s+)?([A-Z].*)$", role)
    if match:
        unit = capitalised_chain(match.group(1))
        parent = unit and re.match(r"\s+at\s+(?:the\s+)?([A-Z].*)$", match.group(1)[len(unit):])
        # 'from the Department of Political Science at Stony Brook University': the parent
        return None, capitalised_chain(parent.group(1)) if parent else unit
    match = re.search(r"(?:^|\s)(?:at|with)\s+(?:the\s+)?(?:(?:investment|asset|consulting|consultancy|research|"
                      r"law|accounting|brokerage|advisory|data|energy|tech|security|insurance|trading|"
                      r"analytics)\s+(?:firm|company|manager|house|bank|group|broker)\s+)?([A-Z].*)$", role)
    if match:
        inst = capitalised_chain(match.group(1))
        if inst:
            title = role[:match.start()].strip() or None
            return _clean_title(title), inst
    match = re.search(r"\s(?:of|for)\s+(?:the\s+)?([A-Z].*|\d+\s+[A-Z].*)$", role)  # '38 North
    if match and role[:match.start()].split() and role[:match.start()].split()[-1].lower().strip(",") in TITLE_WORDS | {"president", "head", "director"}:
        rest = match.group(1)
        possessive = re.match(r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)[’']s?\s+[A-Z]", rest)
        if possessive:
            return _clean_title(role), possessive.group(1)
        inst = capitalised_chain(rest)
        if inst:
            return _clean_title(role[:match.start()]), inst
    # 'UA professor of planetary science': an organisation named before a lower-case role.
    tokens = role.split()
    lead = []
    for tok in tokens:
        if _is_cap(tok) and not is_title_word(tok) and tok not in DEMONYMS and tok not in AFFILIATIONS:
            lead.append(tok)
        else:
            break
    if lead and lead[0].lower() in HONORIFICS:
        lead = []  # "Mrs. Clinton's communications director": a person, not an institution
    if lead and len(lead) < len(tokens) and (tokens[len(lead)][0].islower() or is_title_word(tokens[len(lead)])):
        lead_text = " ".join(lead)
        lead_text = re.sub(r"[’']s?$", "", lead_text)
        return _clean_title(" ".join(tokens[len(lead):])), lead_text
    return _clean_title(role), None


def _cap_follows(tokens: list[str], i: int) -> bool:
    """Is the next word that is not a connector capitalised? ('of the Automotive Industry')"""
    while i < len(tokens) and tokens[i].lower() in CONNECTORS:
        i += 1
    return i < len(tokens) and tokens[i][:1].isupper()


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = re.sub(r"^(?:a|an|the|its|his|her|their)\s+", "", title.strip(" ,"), flags=re.I)
    return title or None


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


def capitalised_chain(text: str) -> str | None:
    """The leading proper name of *text*: 'Sejong Institute in Seoul' -> 'Sejong Institute'."""
    tokens = text.split()
    out: list[str] = []
    for i, tok in enumerate(tokens):
        bare = tok.rstrip(",.;:")
        if bare and (bare[0].isupper() or bare[0].isdigit() or bare[0] == "("):
            out.append(bare)
        elif bare.lower() in CONNECTORS and out and _cap_follows(tokens, i + 1):
            out.append(bare)
        elif bare == "in" and len(out) == 1 and i + 1 < len(tokens) and tokens[i + 1][:1].isupper():
            out.append(bare)  # 'More in Common'
        else:
            break
        if bare != tok:  # punctuation ends the name
            if tok.endswith(",") and _serial_name_follows(tokens, i + 1):
                out[-1] = tok  # 'Center for Science, Sustainability and the Media'
                continue
            if tok.endswith(")") or not tok.endswith("."):
                break
    while out and out[-1].lower() in CONNECTORS:
        out.pop()
    result = " ".join(out).strip()
    result = re.sub(r"[’']s?$", "", result) if result.endswith(("’s", "'s")) else result
    return result or None


NAME_PARTICLES = {"de", "van", "von", "der", "den", "bin", "al", "da", "di", "del", "la", "le", "du", "dos", "ter"}


def split_title_name(np: str) -> tuple[str | None, str]:
    """'US Secretary of State Antony Blinken' -> ('US Secretary of State', 'Antony Blinken')."""
    tokens = np.split()
    last_title = -1
    for i, tok in enumerate(tokens[:-1]):
        if is_title_word(tok) or tok.lower() in HONORIFICS:
            last_title = i
    if last_title < 0:
        return None, np
    j = last_title + 1
    # 'Secretary of State Antony Blinken': the title runs on through 'of X' while a name remains.
    while j < len(tokens) - 2 and tokens[j].lower() in ("of", "for") and _is_cap(tokens[j + 1]):
        j += 2
        while j < len(tokens) - 2 and _is_cap(tokens[j]) and not _looks_like_given_name(tokens[j], tokens[j + 1:]):
            j += 1
    title_tokens = [t for t in tokens[:j] if t.lower() not in HONORIFICS]
    name = " ".join(tokens[j:])
    if not name or not all(_is_cap(t) or t in NAME_PARTICLES for t in tokens[j:]) or not _is_cap(name):
        return None, np  # 'Gentry Lee expressed doubt' is no name
    return (" ".join(title_tokens) or None), name


def _looks_like_given_name(token: str, rest: list[str]) -> bool:
    return len(rest) <= 2


def classify_name(name: str) -> str:
    tokens = name.split()
    if any(t.strip("’'s,") in ORG_WORDS or t in ORG_WORDS for t in tokens):
        return "organization"
    if len(tokens) == 1 and (name.isupper() or name.endswith(("’s", "'s"))):
        return "organization"
    if any(t.lower() == "and" for t in tokens):
        return "organization"  # joint speakers stay one entry
    if tokens and tokens[0] in ("The", "the"):
        return "organization"
    return "person"


def parse_mention(text: str, appositive: str | None = None, start: int = 0) -> Mention | None:
    """The source named by *text* (the words before or after a speech verb), or None if it is no source."""
    if re.match(r"\s*(?:\S+\s+){0,2}(?:%|percent|per\s+cent)\s+of\b", text, re.I):
        return None  # '71 percent of economists believed …' is a poll figure
    mention = _parse_mention(text, appositive, start)
    if mention is not None and mention.kind == "person" and re.search(r"\d", mention.name):
        return None  # 'Six in 10 Republican …' names nobody
    return mention


def _parse_mention(text: str, appositive: str | None = None, start: int = 0) -> Mention | None:
    raw = text
    # party labels are not part of a name: 'Sen. Bernie Sanders (I-Vt.)'
    text = re.sub(r"\s*\([A-Z]-[A-Za-z. ]{1,12}\)", "", text)
    text = re.sub(r"\s*\([A-Z]{2,6}\)", "", text)  # 'the World Health Organisation (WHO)': '(WHO)' is no 'who'
    text = re.sub(r"^\s*(?:even|only|also|then)\s+", "", text, flags=re.I)
    if re.fullmatch(r"\s*\S+[’']s\s*", text):
        return None  # "Editor’s note:" - a possessive alone names nobody
    text = _strip_trailing_punct(text)
    via_match = VIA.search(text)
    if via_match:
        mention = _parse_mention(text[:via_match.start()], appositive, start)
        if mention is not None:
            mention.via = via_match.group(1)
        return mention
    text = re.sub(r"^(?:but|and|so|yet|meanwhile|still|now|also|however|instead|separately|although|though|while|"
                  r"when|as|if|because|since|after|before|whereas|once|until|with)\s+", "", text, flags=re.I)
    text = re.sub(r"\s+(?:today|now|yesterday|too|also|themselves|himself|herself|\w+day)$", "", text)
    text = re.sub(r"\s+(?:led|headed)\s+by\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}$", "", text)  # 'economists led by X'
    if not text or len(text) > 160 or '"' in text or "“" in text or "”" in text:
        return None
    offset = start + raw.find(text) if text in raw else start
    end = offset + len(text)
    tokens = text.split()
    low = text.lower()
    if low in PRONOUNS:
        return Mention(text, text, "pronoun", start=offset, end=end)
    rel = re.search(r",?\s+(?:who|which|that)\s", text)
    if rel and rel.start() > 0:
        text = text[:rel.start()]
        end = offset + len(text)
        tokens = text.split()
        low = text.lower()
    if re.search(r"n[’']t\b", low):
        return None
    if len(tokens) > 14 or VERBISH.search(re.sub(r"\b[A-Z]{2,6}\b", "", text).lower().replace("’s", "").replace("'s", "")):
        return None  # ('WHO Director-General Margaret Chan' has no verb in it)
    described = re.match(r"^(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?([\w-]+)\s+(?:of|to|for)\s+(?:the\s+)?[A-Z]", text, re.I)
    if described and described.group(1).lower() in TITLE_WORDS | ROLE_NOUNS:
        # 'A former coach of Roger Federer' is the coach, not Federer
        return Mention(text, text, "anonymous", anonymous=True, start=offset, end=end)
    office = re.match(r"^the\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+(?:of|at|for)\s+(?:the\s+)?[A-Z]", text, re.I)
    if office and office.group(1).lower() in TITLE_WORDS and not office.group(1).lower().endswith("s"):
        # 'The director of the National Institute of …': one unnamed office holder, named later perhaps
        return Mention(text, text, "anonymous", anonymous=True, start=offset, end=end)
    group = re.match(r"^(?:\w+\s+){0,2}(\w+)\s+(?:at|of|from|with|for)\s+(?:the\s+)?[A-Z]", text)
    if group and group.group(1).lower() in ROLE_NOUNS and group.group(1).lower().endswith("s") \
            and not _is_cap(text.split()[0]) or group and text.split()[0].lower() in ROLE_NOUNS and text.split()[0].lower().endswith("s"):
        return Mention(text, text, "anonymous", anonymous=True, start=offset, end=end)  # 'Analysts at Morgan Stanley'
    # 'Amit Kara at UBS', 'Jonathan Loynes of Capital Economics'
    inner_role = None
    match = re.match(r"^(.*?[a-z.])\s*,?\s+(?:at|of|from|with)\s+((?:the\s+)?(?:[a-z-]+\s+){0,2}[A-Z].*)$", text)
    if match and not appositive and _org_at_org(re.sub(r"^the\s+", "", match.group(1)), match.group(2)):
        # 'The US-Korea Institute at Johns Hopkins University said': one organisation speaking
        return Mention(text, _org_name(text), "organization", start=offset, end=end)
    if match and _is_cap(match.group(1)) and not appositive:
        head_tokens = match.group(1).split()
        if _org_at_org(match.group(1), match.group(2)):
            # 'The US-Korea Institute at Johns Hopkins University said': one organisation speaking
            return Mention(text, _org_name(text), "organization", start=offset, end=end)
        if _titled_name(match.group(1)) or 2 <= len(head_tokens) <= 6 \
                and all(_is_cap(t) or t.lower() in CONNECTORS for t in head_tokens) \
                and not any(t.lower() in TITLE_WORDS or t in DEMONYMS for t in head_tokens):
            text_np, inner_role = match.group(1), "at " + match.group(2)
            if classify_name(split_title_name(text_np)[1]) == "person":
                text = text_np
                tokens = text.split()
                low = text.lower()
            else:
                inner_role = None
    first = tokens[0].lower()
    head = tokens[-1].lower().strip(APOS + ",")
    role_at = next((i for i, t in enumerate(tokens[:5]) if t.lower() in ROLE_NOUNS and t[0].islower()), None)
    if role_at is not None and first in DETERMINERS and 0 < role_at < len(tokens) - 1 \
            and tokens[role_at + 1].lower() in ("familiar", "close", "with", "in", "at", "from", "who", "involved", "briefed"):
        # 'another source familiar with Cruz’s thinking', 'people close to the talks'
        return Mention(text, text, "anonymous", anonymous=True, start=offset, end=end)
    if len(tokens) == 1 and head in ("several", "many", "some", "others", "most", "both", "few"):
        return Mention(text, text, "anonymous", anonymous=True, start=offset, end=end)
    possessive = re.match(r"^(?:the\s+)?([A-Z].*?)[’']s?\s+(\w+)$", text)
    if possessive and head in ORG_HEADS and _is_cap(possessive.group(1)):
        return Mention(text, re.sub(r"^(?:the|The)\s+", "", text), "organization", start=offset, end=end)
    if len(tokens) == 1 and head in ROLE_NOUNS and head not in ORG_HEADS:
        return Mention(text, text, "anonymous", anonymous=True, start=offset, end=end)  # 'Experts said'
    if re.fullmatch(r"the\s+\d{1,3}-year-old", low):
        return Mention(text, text, "definite", start=offset, end=end)  # 'The 51-year-old' is a person named before
    # Definite descriptions refer back: 'the expert', 'the report', 'the official'.
    if first == "the" and len(tokens) <= 4 and not _is_cap(tokens[-1]):
        return Mention(text, text, "definite", start=offset, end=end)
    if 2 <= len(tokens) <= 5 and tokens[-1] in _NAMED_ORG_HEADS and all(
            _is_cap(t) and t not in STOP_CAPS and t not in DEMONYMS and t.lower() not in TITLE_WORDS for t in tokens[:-1]) \
            and (len(tokens) > 2 or re.fullmatch(r"[A-Z&]{2,6}", tokens[0])):
        return Mention(text, text, "organization", start=offset, end=end)  # 'ANZ bank', 'Eurasia group'
    all_caps = all(_is_cap(t) or t.lower() in CONNECTORS or t in ("’s", "'s") for t in tokens)
    if not all_caps or first in DETERMINERS:
        if head in ROLE_NOUNS or head.rstrip("s") in ROLE_NOUNS or (first in DETERMINERS and len(tokens) > 1):
            if any(_is_cap(t) and t not in DEMONYMS and t.lower() not in TITLE_WORDS and not t.endswith(("’s", "'s"))
                   for t in tokens[1:]) and tokens[-1][:1].isupper():
                # 'economist Jonathan Loynes', 'Kremlin spokesperson Dmitry Peskov'
                title, name = split_title_name(text)
                if title and name and name != text:
                    return _person(text, name, title, appositive or inner_role, offset, end)
                return None
            if head in ORG_HEADS and first in ("its", "his", "her", "their", "our") and not head.endswith("s"):
                return Mention(text, text, "definite", start=offset, end=end)
            return Mention(text, text, "anonymous", anonymous=True, start=offset, end=end)
        # lower-case title before a name: 'history professor Michael Kimmage'
        title, name = split_title_name(text)
        if title and name != text and _is_cap(name) and classify_name(name) == "person":
            return _person(text, name, title, appositive or inner_role, offset, end)
        # any role before a name: 'Principal investigator Dante Lauretta'
        caps = 0
        while caps < len(tokens) and _is_cap(tokens[-1 - caps]) and tokens[-1 - caps].lower() not in TITLE_WORDS:
            caps += 1
        lead = [t.lower() for t in tokens[:-caps]] if caps else []
        if 2 <= caps <= 3 and caps < len(tokens) and len(lead) <= 3 and not any(
                t in ("to", "a", "an", "the", "is", "was", "it", "that", "this", "with", "by", "and", "or") or "’" in t
                or "'" in t for t in lead):
            name = " ".join(tokens[-caps:])
            if classify_name(name) == "person":
                return _person(text, name, " ".join(tokens[:-caps]), appositive or inner_role, offset, end)
        return None
    # Capitalised: a name, perhaps with a title or a possessive organisation in front.
    if tokens[0] in STOP_CAPS and len(tokens) == 1:
        return None
    if tokens[0] in MONTHS_DAYS:
        return None
    title, name = split_title_name(text)
    # 'Capital Economics’ Jonathan Loynes', 'The Washington Post's Ed O'Keefe'
    match = re.match(r"^(.+?)[’']s?\s+(.+)$", name)
    if match and classify_name(match.group(1)) == "organization" and 2 <= len(match.group(2).split()) <= 3 \
            and classify_name(match.group(2)) == "person" and not re.search(r"\d", match.group(2)):
        owner = re.sub(r"^(?:the|The)\s+", "", match.group(1))
        return _person(text, match.group(2), title, appositive or f"at {owner}", offset, end)
    kind = classify_name(name)
    if kind == "organization":
        # 'The Centre for Economics …' is named 'Centre for Economics …'; 'the CEBR' likewise.
        org = _org_name(text) if len(tokens) > 1 else text
        return Mention(text, org, "organization", start=offset, end=end)
    if len(name.split()) > 5 or re.search(r"\d", name):
        return None  # 'Six in 10 Republican …' names nobody
    return _person(text, name, title, appositive or inner_role, offset, end)


_NAMED_ORG_HEADS = {"bank", "group", "firm", "agency", "company", "ministry", "council", "fund", "party", "union",
                    "association", "institute", "network"}


def _org_name(text: str) -> str:
    """An organisation as named: 'The Centre for …' -> 'Centre for …'; joint speakers plainly,
    'Both the X and the Y' -> 'X and Y'."""
    org = re.sub(r"^(?:the|The)\s+", "", text)
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


# State bodies stay in a title, as countries do: 'Kremlin spokesperson Dmitry Peskov'.
STATE_BODIES = {"Kremlin", "White", "House", "Pentagon", "Downing", "Street", "Elysee", "Élysée", "Whitehall",
                "Congress", "Senate", "Parliament", "State", "Department", "Foreign", "Ministry", "Government",
                "Cabinet", "Army", "Navy", "Police", "Federal"}


def _state_word(token: str) -> bool:
    bare = re.sub(r"[’']s?$", "", token)
    return bare in DEMONYMS or bare in AFFILIATIONS or bare in COUNTRIES or bare in STATE_BODIES \
        or token.lower() in HONORIFICS


def _org_before_title(title: str) -> tuple[str, str] | None:
    """'Morgan Stanley analyst' -> ('Morgan Stanley', 'analyst'): a named organisation printed before a
    lower-case role; not a country or a state body ('Kremlin spokesperson', 'US Secretary of State')."""
    tokens = title.split()
    lead = []
    for tok in tokens:
        if not _is_cap(tok) or is_title_word(tok):
            break
        lead.append(tok)
    rest = tokens[len(lead):]
    if len(lead) == 1 and classify_name(lead[0]) != "organization":
        return None  # 'Lead author James Hansen': one capitalised word may just open the sentence
    if not lead or not rest or not rest[0][:1].islower() or not any(is_title_word(t) for t in rest) \
            or _state_word(lead[0]) or all(_state_word(t) for t in lead):
        return None
    return re.sub(r"[’']s?$", "", " ".join(lead)), " ".join(rest)


def _person(text, name, title, appositive, start, end) -> Mention:
    institution = None
    if title:
        lead = title.split()[0]
        if len(title.split()) > 1 and re.fullmatch(r"[A-Z]{2,6}", lead) and lead not in DEMONYMS:
            institution, title = lead, title.split(" ", 1)[1]  # 'VDA President' -> VDA, President
        elif _org_before_title(title):
            institution, title = _org_before_title(title)
    if appositive:
        app_title, institution = split_institution_role(appositive)
        if app_title or institution:
            # Two roles: keep the one paired with the named institution; 'Lead author Ana Ruiz of
            # Sample University' pairs the printed title with it.
            if (institution or not title) and not (title and not app_title and appositive.startswith("at ")):
                title = app_title if (app_title or institution) else title
    elif institution and not appositive:
        pass
    kind = classify_name(name)
    if kind == "organization" or appositive and not institution and title \
            and title.split()[-1].lower() in _NAMED_ORG_HEADS | {"firm", "bank", "lender", "insurer", "carmaker", "broker"}:
        # 'Goldman Sachs, global investment bank, said': the appositive says it is an organisation
        return Mention(text, name, "organization", start=start, end=end)
    return Mention(text, name, "person", title=title, institution=institution, start=start, end=end)


ORG_NAME_RE = re.compile(r"(?:the[ \t]+)?[A-Z][\w’'&.-]*(?:(?:[ \t]+(?:of|for|and|the|on|&))*[ \t]+[A-Z][\w’'&.-]*)*(?:[ \t]+\([A-Z]{2,}\))?")
NAME_RE = re.compile(r"(?<![\w’'])([A-Z][\w’'-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]+|de|van|von|bin|al|der))*\s+[A-Z][\w’'-]+)")


def name_index(text: str) -> list[tuple[int, str]]:
    """Person-like names printed anywhere in the text, with their offsets (for surname lookup)."""
    found = []
    for match in NAME_RE.finditer(text):
        tokens = match.group(1).split()
        while tokens and (tokens[0] in STOP_CAPS or tokens[0] in MONTHS_DAYS or tokens[0] in DEMONYMS
                          or tokens[0].lower() in TITLE_WORDS or tokens[0].lower() in HONORIFICS):
            tokens = tokens[1:]
        tokens = [re.sub(r"[’']s$", "", t) for t in tokens]
        if len(tokens) < 2 or len(tokens) > 4:
            continue
        name = " ".join(tokens)
        if classify_name(name) != "person" or any(t in MONTHS_DAYS for t in tokens):
            continue
        _, bare = split_title_name(name)
        found.append((match.start(), bare))
    return found


def _close(a: str, b: str) -> bool:
    """Same token, or one edit apart for longer names (the article's own slips: Finn / Flinn)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


# What an article states about a person right after the name: 'Lauretta is a professor of … at the UA';
# '…, including Michael Mann, the director of the Center … at the University of Pennsylvania.'
_STATED_ROLE = re.compile(r"\s+(?:is|was|has\s+been|serves\s+as)\s+((?:a|an|the)\s+[^.;]{3,120}?)"
                          r"(?:[.;]|,\s*(?:which|who|where)\b)")
_APPOSITIVE_ROLE = re.compile(r",\s+((?:(?:the|a|an)\s+)?[a-z][^.;“”\"]{3,160}?)"
                              r"(?:[.;]|,\s+(?:who|which|where|said|says|told|added|and|but|has|had|have|is|was|"
                              r"[a-z]+(?:s|ed))\b)")  # '…, predicts …': the sentence goes on


class Resolver:
    """Links short references to the full mention introduced earlier in the same article."""

    def __init__(self, text: str):
        self.text = text
        self.names = name_index(text)
        self._name_starts = [pos for pos, _ in self.names]
        self.orgs = []
        for m in ORG_NAME_RE.finditer(text):
            # a sentence end is no part of a name: 'China. The IMF' is two
            pos = m.start()
            for part in re.split(r"(?<=[a-z]{2})\.\s+", m.group(0)):
                if any(w.strip(".,’'") in ORG_WORDS for w in part.split()):
                    self.orgs.append((pos, part))
                pos += len(part) + 2
        self.people: dict[str, Mention] = {}  # full name -> mention with the richest roles
        self.history: list[Mention] = []  # resolved speakers in order

    def roles(self) -> dict[str, tuple[str | None, str | None]]:
        """Each person's role for the whole article: the first one paired with an institution,
        else the first title, else one the article states ('Lauretta is a professor of … at the UA')."""
        result = {}
        for name in self.people:
            seen = [m for m in self.history if m.kind == "person" and m.name == name]
            with_inst = [m for m in seen if m.institution]
            with_title = [m for m in seen if m.title]
            stated = None if with_inst else self._stated_role(name)
            if with_inst:
                result[name] = (with_inst[0].title, self.expand_acronym(with_inst[0].institution, initials=False))
            elif stated and stated[1]:
                # 'Professor Helmut Norpoth' … 'Norpoth, from the … at Stony Brook University'
                result[name] = (stated[0] or (with_title[0].title if with_title else None), stated[1])
            elif with_title:
                result[name] = (with_title[0].title, None)
            elif stated and stated[0]:
                result[name] = stated
            else:
                result[name] = self._printed_role(name)
        return result

    def _printed_role(self, name: str) -> tuple[str | None, str | None]:
        """'Arizona State University planetary scientist Jim Bell, PhD, was among …': a role printed
        right before the full name, outside any attribution."""
        pos = self.text.find(name)
        while pos != -1:
            before = re.split(r"[.;:,!?“”\"()\n]|\b(?:while|whereas|but|and|as|after|when|said|says|told|that)\s",
                              self.text[max(0, pos - 120):pos])[-1]
            words = before.split()[-7:]
            for i in range(len(words)):
                mention = parse_mention(" ".join(words[i:] + [name]))
                if mention is not None and mention.kind == "person" and mention.name == name and mention.title \
                        and any(is_title_word(w) for w in mention.title.split()):
                    title, institution = mention.title, mention.institution
                    if not institution:
                        split = split_institution_role(title)
                        title, institution = (split[0] or title), split[1]
                    return title, institution
            pos = self.text.find(name, pos + len(name))
        return None, None

    def expand_acronym(self, name: str | None, initials: bool = True) -> str | None:
        """'VDA' -> 'German Association of the Automotive Industry (VDA)' when the article spells it out."""
        if not name:
            return name
        bare = re.sub(r"^(?:the|The)\s+", "", name)
        if not re.fullmatch(r"[A-Z]{2,6}", bare):
            return name
        match = re.search(r"((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|the|on|&)\s+)*)+)\(" + bare + r"\)", self.text)
        if match:
            return re.sub(r"^The\s+", "", capitalised_chain(match.group(1))) + f" ({bare})"
        for _, org in self.orgs if initials else ():  # an organisation speaking, not a person's institution
            org = re.sub(r"^(?:the|The)\s+", "", org).rstrip(".")
            initials = "".join(w[0] for w in org.split() if w[0].isupper())
            if initials == bare and len(org.split()) > 1:
                return org
        return name

    def _stated_role(self, name: str) -> tuple[str | None, str | None]:
        for regex in (_STATED_ROLE, _APPOSITIVE_ROLE):
            for match in self._after_name(name, regex):
                role = match.group(1)
                if any(w.lower().strip(",") in TITLE_WORDS for w in role.split()[:6]):
                    return split_institution_role(role)
                title, institution = split_institution_role(role)
                if regex is _APPOSITIVE_ROLE and institution and (
                        title and re.match(r"(?:a|an|the)\s", role) or re.match(r"(?:from|at|of)\s", role)):
                    return title, institution  # 'a geologist at the Rock Institute', 'from the X at Y'
        return None, None

    def _after_name(self, name: str, regex: re.Pattern):
        """Matches of *regex* right after any printed part of *name* (found with str.find: fast)."""
        text = self.text
        ends = []
        for part in set(name.split()):
            pos = text.find(part)
            while pos != -1:
                end = pos + len(part)
                if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                    ends.append(end)
                pos = text.find(part, end)
        for end in sorted(ends):  # in text order, as printed
            match = regex.match(text, end)
            if match:
                yield match

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

    def resolve(self, mention: Mention) -> Mention:
        if mention.kind == "pronoun":
            want_plural = mention.name.lower() in ("they", "we")
            want_org = mention.name.lower() == "it"
            if want_org:
                # '… the IMF expects growth of 3%, it said': the organisation just named.
                near = [(pos, n) for pos, n in self.orgs if mention.start - 200 < pos < mention.start]
                if near:
                    name = re.sub(r"^(?:the|The)\s+", "", near[-1][1]).rstrip(".")
                    return self._remember(Mention(mention.text, name, "organization",
                                                  start=mention.start, end=mention.end))
            subject = None if want_plural or want_org else self._subject_since_last_speaker(mention.start)
            if subject is not None:
                known = self.people.get(subject)
                found = replace(known, text=mention.text, start=mention.start, end=mention.end) if known else \
                    Mention(mention.text, subject, "person", start=mention.start, end=mention.end)
                return self._remember(found)
            for prior in reversed(self.history):
                plural = prior.kind in ("anonymous", "group") and prior.name.lower().rstrip().endswith("s")
                if want_org and prior.kind == "organization":
                    return self._remember(replace(prior, start=mention.start, end=mention.end))
                if want_plural and (plural or prior.kind == "organization"):
                    return self._remember(replace(prior, start=mention.start, end=mention.end))
                if not want_plural and not want_org and (prior.kind == "person" or
                                                          (prior.kind == "anonymous" and not plural)):
                    return self._remember(replace(prior, start=mention.start, end=mention.end))
            # Nobody spoke yet: the last person named before it.
            if not want_plural and not want_org:
                before = [n for pos, n in self.names if pos < mention.start]
                if before:
                    return self._remember(Mention(mention.text, before[-1], "person",
                                                  start=mention.start, end=mention.end))
            return self._remember(Mention(mention.text, mention.text, "anonymous", anonymous=True,
                                          start=mention.start, end=mention.end))
        if mention.kind == "definite":
            head = mention.name.split()[-1].lower()
            org_like = head in ORG_HEADS
            named = [n for pos, n in self.orgs if pos < mention.start and head in n.lower().split()]
            if named:
                name = re.sub(r"^(?:the|The)\s+", "", named[-1])
                return self._remember(Mention(mention.text, name, "organization", start=mention.start, end=mention.end))
            named_by = [w for w in mention.name.split()[1:-1] if w[:1].isupper()]  # 'the JPMorgan economists'
            for prior in reversed(self.history):
                if named_by and prior.kind == "anonymous" and prior.name.lower().split()[-1] == head \
                        and all(w in prior.name.split() for w in named_by):
                    return self._remember(replace(prior, start=mention.start, end=mention.end))
            for prior in reversed(self.history[-6:]):
                if prior.kind == "anonymous" and prior.name.lower().split()[-1] == head:
                    return self._remember(replace(prior, start=mention.start, end=mention.end))  # 'the official'
            for prior in reversed(self.history):
                if org_like and prior.kind == "organization":
                    return self._remember(replace(prior, start=mention.start, end=mention.end))
                if not org_like and prior.kind == "person":
                    return self._remember(replace(prior, start=mention.start, end=mention.end))
            kind = "organization" if org_like else "anonymous"
            return self._remember(Mention(mention.text, mention.text, kind, anonymous=not org_like,
                                          start=mention.start, end=mention.end))
        if mention.kind == "person" and len(mention.name.split()) == 1:
            full = self._full_name(mention.name, mention.start)
            if full:
                known = self.people.get(full)
                if known is not None:
                    return self._remember(replace(known, text=mention.text, start=mention.start, end=mention.end,
                                                  title=mention.title or known.title,
                                                  institution=mention.institution or known.institution))
                return self._remember(replace(mention, name=full))
            if mention.text.split()[0].lower() in HONORIFICS or mention.title:
                return self._remember(mention)  # 'Mr. Smith' is a person even without a first name
            # A lone capitalised word nobody was called: an organisation ('Total', 'Reuters').
            return self._remember(replace(mention, kind="organization", title=None, institution=None))
        if mention.kind == "person":
            # Full name: the same person as a known one?
            for known_name in self.people:
                if known_name != mention.name and mention.name.split()[-1] == known_name.split()[-1] \
                        and (mention.name.split()[0][:1] == known_name.split()[0][:1]
                             or known_name.lower().endswith(" " + mention.name.lower())):  # 'De Cos'
                    mention = replace(mention, name=known_name)
                    break
        return self._remember(mention)

    def _subject_since_last_speaker(self, position: int) -> str | None:
        """'Jeffrey Severinghaus, a paleoclimatologist, criticized the study. "…," he said.': a person
        opening a sentence after the last speaker, in this or the previous paragraph, is 'he'."""
        last_end = self.history[-1].end if self.history else 0
        upto = bisect.bisect_left(self._name_starts, position)  # names are in text order
        for pos, name in reversed(self.names[:upto][-20:]):
            if pos < last_end or self.text.count("\n\n", pos, position) > 1:
                return None
            if self._opens_sentence(pos, name) and \
                    not any(name.split()[-1] == h.name.split()[-1] for h in self.history[-1:]):
                return self._canonical(name)
        return None

    def _opens_sentence(self, pos: int, name: str) -> bool:
        """Does the name at *pos* open its sentence, perhaps after its role ('Former Maryland undergrad X')?"""
        start = max(self.text.rfind(". ", 0, pos), self.text.rfind("\n", 0, pos), -1) + 1
        prefix = self.text[start:pos].strip(" ”\"")
        if not prefix:
            return True
        if len(prefix.split()) > 6 or re.search(r"[,;:“”\"]", prefix):
            return False
        words = prefix.split()
        mention = parse_mention(prefix + " " + name)
        if mention is not None and mention.kind == "person" and mention.name == name and mention.title \
                and any(is_title_word(w) for w in mention.title.split()):
            return True
        # 'Former Maryland undergrad Scott Van Pelt is …': a short role with no verb or preposition in it
        return 0 < len(words) <= 4 and words[0].lower() not in PRONOUNS and all(
            w[:1].isupper() or re.fullmatch(r"[a-z-]+", w) and not w.endswith(("ed", "s")) and w not in
            CONNECTORS | {"to", "by", "with", "against", "about", "from", "said", "told", "thought", "felt"} for w in words)

    def _canonical(self, name: str) -> str:
        """A known person's full name for a name printed again ('Dr. Ana Ruiz' -> 'Ana Ruiz')."""
        for known in self.people:
            if known.split()[-1] == name.split()[-1]:
                return known
        return name

    def _full_name(self, token: str, position: int) -> str | None:
        token = re.sub(r"[’']s$", "", token)
        # Exact first; one edit apart only when nothing matches exactly ('Choe' is not 'Choi').
        for same in (lambda a, b: a == b, _close):
            for name in reversed(list(self.people)):
                if any(same(token, part) for part in name.split()):
                    return name
            candidates = [(pos, n) for pos, n in self.names if any(same(token, p) for p in n.split())]
            before = [c for c in candidates if c[0] < position]
            if before:
                return before[-1][1]
            if candidates:
                return candidates[0][1]
        return None
