"""Find attributed statements in an article body: direct quotes, indirect and mixed speech.

Rule-based and linear in the length of the text. Each sentence (see :mod:`.sentences`) is read by
:class:`SentenceReader`, one method per construction: "according to", a closing source, a speech
verb with its source after ("…,” said Choi Kang, director of …"), before the content ("…, Choi
said.") or opening it ("Choi said (that) …"). A quoted sentence without a verb continues the
speaker before it. Speakers come out as unresolved :class:`~.mentions.Mention` s;
:mod:`.coreference` resolves them. The verbs and their classes are the data file
``data/speech_verbs.csv``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cached_property

from .lexicon import flagged, longest_first, ordered, past_form, table, words
from .mentions import (
    ABBREVIATIONS,
    MONTH_DAY,
    CONNECTORS,
    DOCUMENT_MODIFIER,
    DOCUMENT_NOUN,
    DOCUMENT_NOUNS,
    NAME_RUN,
    DETERMINERS,
    FUNCTION_WORDS,
    OFFICE_TIME,
    ORG_WORDS,
    RANKS,
    REPORTER_MODIFIERS,
    ORG_HEADS,
    ORG_KINDS,
    POSTNOMINAL,
    ROLE_NOUNS,
    STOP_CAPS,
    TITLE_WORDS,
    Mention,
    _strip_trailing_punct,
    capitalised_chain,
    given_name,
    is_acronym,
    is_place,
    is_state_word,
    is_title_word,
    keeps_full_stop,
    looks_like_organisation,
    NAME_PARTICLES,
    parse_mention,
    person_noun,
    split_institution_role,
    plural_person_noun,
    rank_alone,
)
from .sentences import CLOSERS, OPENERS, QuoteMarks, Reading, Sentence, mask_quotes, reading

# Speech and stated-view verbs, with their classes: see data/speech_verbs.csv.
# Participles that report after a clause ('…, stating that …'): data/participle_cues.txt. One missing
# from speech_verbs.csv is a cue that only opens its content, like 'adding'.
_PARTICIPLE_CUES = words("participle_cues")
# Verbs of a view of something as something ('depicted the phone as …'): data/as_predicate_verbs.txt.
_AS_VERBS = words("as_predicate_verbs")
_VERBS = flagged("speech_verbs", "cue") | _PARTICIPLE_CUES | _AS_VERBS
_NOUNISH = flagged("speech_verbs", "nounish")
_LISTED = {row["verb"] for row in table("speech_verbs")}
_PREPOSED_ONLY = flagged("speech_verbs", "preposed_only") | (_PARTICIPLE_CUES - _LISTED)
# Verbs that mostly take a noun object: a cue only with 'that', ':' or a quote after them.
_THAT_ONLY = flagged("speech_verbs", "that_only") | (_PARTICIPLE_CUES - _LISTED)
_INFINITIVE_VERBS = flagged("speech_verbs", "infinitive")
# Verbs whose content may be an infinitive: 'pledged to cut taxes'.
_TO_VERBS = flagged("speech_verbs", "to_clause")
# Verbs reporting a naming or a charge: 'called the sanctions “detrimental”', 'accused X of rigging'.
_NAMING_VERBS = flagged("speech_verbs", "naming")
# Appeals reported only as object and infinitive: 'urged lawmakers not to impose sanctions'.
_DIRECTIVE_VERBS = flagged("speech_verbs", "directive")
# Verbs whose content may follow an addressee and 'that' ('warned investors that …').
_ADDRESSEE_VERBS = flagged("speech_verbs", "addressee")


def _trie_pattern(words) -> str:
    """One regular expression alternation of *words* as a trie ('sa(?:id|ys|y)'): Python's engine tries
    a flat alternation word by word at every position, a trie letter by letter - several times faster.
    Longer words win over their prefixes ('called on' before 'called'), as in a longest-first alternation; the space
    inside a verb of two words matches any run of spaces ('called  on', as pages print it)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    return pattern(trie)


# A plain 'report' is a verb after a plural or a pronoun ('buyers report', 'they report'), else the noun ('As for the
# StatsCan report', 'Standard Chartered’s report projected').
_REPORT_AS_VERB = r"(?:(?<=[a-z][a-rt-z]s\s)|(?<=\b[Tt]hey\s)|(?<=\b[Ww]e\s))report"
_VERB_ALT = "(?:" + _trie_pattern(_VERBS - {"report"}) + "|" + _REPORT_AS_VERB + r")(?![-\s]tanks?\b)"  # ('think tank' is a noun, wherever a verb is read)
VERB_RE = re.compile(r"\b(" + _VERB_ALT + r")\b(?:\s+(?:out|back)\b)?")
_REPORT_THAT = re.compile(r"\b(report)\b(?=\s+that\b)")
ACCORDING_RE = re.compile(r"\b[Aa]ccording to\s+")
AUX_TAIL = re.compile(r"(?=\s)(?:\s+(?:has|have|had|does|did|do|also|even|both|all|too|itself|himself|herself|themselves|previously|later|again|recently|further|then|once|first|"
                      r"separately|additionally|earlier|repeatedly|has\s+long|would|will|reportedly|"
                      r"publicly|privately|firmly|strongly|still|now|already|often|widely|generally|"
                      r"clearly|just|always|since|indeed|in\s+fact|however|though|meanwhile|instead|therefore|nonetheless|"
                      r"nevertheless|last\s+week|on\s+\w+day|[a-z]+ly|went\s+on\s+to|goes\s+on\s+to|"
                      r"at\s+the\s+time|(?:last|this|earlier\s+this|yesterday|late\s+last|late\s+this)\s+(?:week|month|year|morning|afternoon|evening|weekend)|"
                      r"(?:was|were|is|are)\s+(?:quick|keen|careful|eager)\s+to))+\s*$")
# A parenthetical between the source and its verb: 'He, however, said', 'The ministry, via a press release,
# noted', 'Roe, in a statement, said'.
_ASIDE = re.compile(r",\s*(?:however|though|meanwhile|too|also|moreover|in\s+turn|for\s+(?:his|her|its|their)\s+part|"
                    r"(?:via|through|in|on|during|like|unlike)\s+[^,;:“”\"]{1,50}),\s*$", re.I)
# A negation right before a verb: 'don’t', 'does not', 'never'.
_NEGATION_BEFORE = re.compile(r"(?=\s)(?:\s+(?:do|does|did)(?:\s+not|n[’']t)\s*$|\s+never\s*$)")
# A bracket after a name holding the name in its own script, a date, a party or a photograph's place: '(陳時中)', '(March 18)',
# '(D)', '(Con)', '(pictured)'.
_BRACKETED_ASIDE = re.compile(r"\((?:[^\x00-\x7f()]+|[DRI](?:-[A-Z][\w.]{0,12})?|Con|Lab|LD|Lib\s+Dem|SNP|Ind|Green|(?:pictured|above|below|left|right|centre|center|"
                              r"inset|top|bottom|file\s+photo|photo)|(?:January|February|March|April|May|June|July|August|September|October|"
                              r"November|December|Jan\.?|Feb\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)\s+\d{1,2}(?:,?\s+\d{4})?)\)")
# A relative clause between the source and its verb: 'The report, which was released on Monday, said'.
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which)\s+(?:[^,;:“”\"]|(?<=\d),(?=\d{3})){1,120},\s*$")  # ('who had expected 350,000,')
# The auxiliary of a progressive report: 'is warning', 'was saying', 'is still predicting'.
_PROGRESSIVE_AUX = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)(?:\s+(?:\w+ly|still|also|now|already|again))?\s*$")
_TIME_NOUNS = ("week|month|year|weekend|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|quarter|"
               "season|time|decade|[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|"
               "October|November|December")
_RECENT_TIME = r"(?:last|this)\s+(?:" + _TIME_NOUNS + r")\b"  # 'this week', 'last spring'

# Adverbials between a verb and its content: 'said on Wednesday that', 'told Reuters', 'noted today (Jun. 29)
# that' (a date in brackets).
ADVERBIAL_THAT = re.compile(
    r"^\s*(?:,\s*)?(?:(?:(?:on\s+)?" + MONTH_DAY + r"|on|last|this|early|late|earlier|in|at|during|to|via|over|from|through|before|after|for|amid|in\s+an?|"
    r"instead|also|again|however|further|repeatedly|previously|too|today|yesterday|tonight|[A-Z][a-z]+day)\b"
    r"(?:\([^()]{0,30}\)|[^,.;“”\"]|,(?=\s+[A-Z])|\.(?=\s+\d)){0,100}?,?\s+)?that\b(?![’'])")  # ("that’s" is the content's subject)
# (a month's stop before its day: 'said in a statement on Sept. 24 that')
ADVERBIAL = re.compile(
    r"^\s*(?:on\s+\w+day|\w+day|yesterday|today|" + _RECENT_TIME + r"|earlier|recently|privately|publicly|"
    r"in\s+(?:a|an|his|her|its|their)\s+(?:\w+\s+){0,2}(?:statement|interview|report|note|speech|email|"
    r"release|briefing|post|tweet|letter|video|podcast|conference|call|appearance)"
    r"(?:\s+(?:to|with|on)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)?"
    r"(?:\s+(?:provided|sent|released|emailed|issued|given|obtained|posted)\s+(?:to|by|on)\s+(?:the\s+)?[\w.’'-]+"
    r"(?:\s+[A-Z][\w.’'-]*)*)?|"
    r"at\s+an?\s+(?:\w+\s+){0,3}(?:conference|briefing|event|meeting|hearing|rally|summit|forum))(?=[\s,])")
_SUBJECT_PRONOUNS = r"(?:he|she|they|it|we|i|you|there|this|that)\b"
_NOT_A_NOUN = r"(?!(?:that|to|what|how|why|whether|if|the|a|an)\b|" + _SUBJECT_PRONOUNS + ")"
# Whom 'told' addresses: a name ('Reuters', 'The Washington Post's editorial board'), a noun phrase ('the crowd',
# 'his audience'; not 'her', which is the pronoun), a listed plural or a pronoun.
TOLD_OBJECT = re.compile(r"^\s*(?:(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*"
                         r"(?:(?<=[’']s)\s+" + _NOT_A_NOUN + r"[a-z]+(?:\s+" + _NOT_A_NOUN + r"[a-z]+)?)?|reporters|journalists|"
                         r"lawmakers|investors|clients|students|viewers|listeners|(?:the|an?|his|their|its|our|my|your)\s+"
                         + _NOT_A_NOUN + r"\w+(?:\s+" + _NOT_A_NOUN + r"\w+)?|me|us|him|her|them)(?=[\s,:])")
# Where a content ends: a coordinated reporting verb ('said A and warned that B', ', and added …'),
# another source speaking ('while X said'), a participle or appositive tacked on by the writer.
# A participle clause the writer adds about the report: ', drawing a sharp reply', ', reflecting the party’s …',
# ', quashing doubts that …' (a participle acting on the readers' attitudes: doubts, fears, hopes …).
_WRITERS_PARTICIPLE = (r",\s+(?!(?:including|during|according|regarding|concerning|following|excluding|assuming|"
                       r"considering|notwithstanding|nothing|something|anything|everything|bring|thing|king)\b)"
                       r"[a-z]{3,}ing\s+(?:a|an|the|his|her|its|their|this|these|those|him|them|calls|criticism|"
                       r"doubts|fears|concerns|hopes|speculation|questions)\b")
_STANCE_ALT = "|".join(longest_first(words("stance_adjectives")))
# A writer's appositive summing up the report: ', a move most companies make …' (data/summative_nouns.txt).
_SUMMATIVE = r",\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:" + "|".join(longest_first(words("summative_nouns"))) + r")\b"
_PARTICIPLE_ALT = "|".join(longest_first(words("participle_cues")))
# Verbs by which another source speaks in a clause joined to the content: '…, while Sanders suggests …'.
_OTHER_SOURCE_VERBS = "|".join(longest_first(flagged("speech_verbs", "other_source")))  # (data/speech_verbs.csv)
# Of those, the verbs that are no nouns: after 'and' the same source's next report ('… and stressed there were none').
_JOINED_REPORT_VERBS = "|".join(longest_first(flagged("speech_verbs", "other_source") - flagged("speech_verbs", "nounish")))
# A pronoun and a verb of another report joined to a content ('…, and she expects …'; without a comma
# only 'he' or 'she', the speaker: '… and she believes …', '… as he tells KVOE …'): what joins it to the
# content, and what follows the pronoun.
_PRONOUN_JOIN = r"(?:[,”\"]\s+(?:(?:and|but)\s+)?|\s+(?:and|as)\s+(?=(?:he|she)\b))"
# ('…, but he is predicting a better turnout': a progressive report too)
_PRONOUN_VERB = (r"\s+(?:now\s+|also\s+|still\s+)?(?:" + _OTHER_SOURCE_VERBS + r"|(?:is|was)\s+(?:also\s+|now\s+)?"
                 r"(?:predicting|warning|forecasting|expecting|saying|arguing|urging))\b")
# A participle and 'that' with no comma before it ('… has been stepped up adding that …'), not after a
# preposition, a subordinator or an adverb ('for acknowledging that', 'while arguing that', 'optimistically predicting').
_NO_COMMA_PARTICIPLE = (r"(?<![a-z]ly)(?<!\bfor)(?<!\bby)(?<!\bwhile)(?<!\bbefore)(?<!\bafter)(?<!\bwithout)(?<!\bupon)"
                        r"(?<!\bin)(?<!\bon)(?<!\bof)(?<!\bwhen)(?<!\bsince)(?<!\bthus)(?<!\balso)\s+(?:(?:" + _PARTICIPLE_ALT + r")\s+that\b|"
                        r"saying\s+(?=(?:the|he|she|it|they|we|there|this)\s))")  # ('… the results saying the vote was …')
# (every cut opens with a comma, a semicolon, a closing quote or a space: the lookahead lets the engine pass
# over the other characters without trying each alternative there)
_OCCASION_NOUNS = (r"(?:interview|statement|report|speech|note|briefing|conference|meeting|hearing|event|summit|forum|"
                   r"address|post|letter|session|call|update|outlook|review|programme|program|show|broadcast|chat)s?")
# Where a coordinated report was made, between 'but'/'and' and its verb: 'but in a later interview said …'.
_JOINED_OCCASION = (r"(?:(?:in|at|on|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?" + _OCCASION_NOUNS
                    + r"\s+(?:(?:on|last|this)\s+\w+\s+)?)")
CUT = re.compile(r"(?=[,;”\"\s])(?:(?:,|\s[-—–])\s*(?:but|and|though|although|yet)\s+(?:also\s+|now\s+|later\s+|" + _JOINED_OCCASION + r")?(?:" + _VERB_ALT +
                 r")\b|\s+(?:but|and)\s+(?:also\s+|then\s+)?(?:" + _VERB_ALT + r")(?:\s+that\b|\s*[:“\"]|\s+to\s+[a-z])|"
                 r"\s+(?:but|and)\s+(?:also\s+|then\s+)?(?:" + _trie_pattern(_DIRECTIVE_VERBS) + r")\b|(?:,?[”\"]|,)?\s+(?:while|whereas)\s+(?=[^;“”\"\n]{3,80}?\s(?:" + _OTHER_SOURCE_VERBS + r")\b)|"
                 r"(?:,[”\"]?|[”\"])\s+(?:though|although)\s+(?=[^;“”\"\n]{2,80}?\s(?:" + _OTHER_SOURCE_VERBS + r")\b)|"
                 r"\s+(?:but|and)\s+(?:also\s+|then\s+|later\s+)?(?:" + _JOINED_REPORT_VERBS + r")\b|"
                 r"\s+(?:but|and)\s+(?=(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|says|told|added|warned|argued|noted)\s(?!to\b))|"
                 r",\s+(?:and|but)\s+(?=(?:(?:its|his|her|their|the|a|an|some|other|many|most)\s+(?:[\w’'-]+\s+){0,5}?|(?:[\w’'-]+\s+){0,4}?)"
                 r"(?:said|says|say|told|added|warned|warn|argued|argue|noted|predicted|predict|expect|expects)\s(?!to\b))|"
                 r",\s+without\s+\w+ing\b|" + _WRITERS_PARTICIPLE + r"|" + _SUMMATIVE + r"|,\s+(?:becoming|marking)\b|,\s+(?:the|a|an)\s+(?:latest|first|second|third|last|newest|\w+est)\s+(?:in|of|sign|warning|such)\b|,\s+even\s+(?:though|if|as)\b|,\s+although\b(?=[^,;]*$)|(?:[,”\"]|\s+and)\s+(?:referring|citing|having|pointing|according|" + _PARTICIPLE_ALT + r")\b|" + _NO_COMMA_PARTICIPLE + r"|" + _PRONOUN_JOIN + r"(?:he|she|they|it|we)" + _PRONOUN_VERB + r"|"
                 r",\s+(?=(?:said|says|told|added|warned|argued|noted|insisted|predicted|stressed)\b(?!\s+to\b))|"
                 r"\s+[—–]\s+|\s+and\s+(?:is|was|are|were)\s+(?:also\s+|now\s+|still\s+)?(?:" + _STANCE_ALT + r")\s+that\b|"
                 r"\s+and\s+(?:is|was)\s+(?:also\s+|now\s+|still\s+)?(?:warning|urging|telling|advising|predicting)\b|"
                 r"(?:,[”\"]?|[”\"])\s+but\s+(?:(?:he|she|they|it|we)\s+)?(?:also\s+)?(?:declined|refused|withheld|did\s+not|didn[’']t|would\s+not|"
                 r"wouldn[’']t|gave\s+no|offered\s+no|provided\s+no)\b|;\s+(?=[^;“”\"]{0,60}?\b(?:" + _OTHER_SOURCE_VERBS + r")\b)|\s+and\s+that\s+(?=(?:he|she|they|it|we)\s+(?:\w+\s+)?(?:" + _VERB_ALT + r")\b))")
# A second report by the same source, joined to a content: '…, and he expects that …'.
_PRONOUN_REPORT = re.compile(_PRONOUN_JOIN + r"(?P<source>(?:he|she|they|we)" + _PRONOUN_VERB + r")")
_AND_VERB = re.compile(r"^\s*(?:,|\s[-—–])?\s*(?:but|and|though|although|yet)\s+(?:also\s+|now\s+|later\s+|then\s+|" + _JOINED_OCCASION + r")?(" + _VERB_ALT +
                       r")\b\s*(?:that\b\s*|to\s+(?=[a-z]))?")
# A participle reporting more after a report: '…, Roe said, adding that …', '…, suggesting that …'.
ADDING = re.compile(r"\s*(?:,|\s[-—–]{1,2})?\s*(?:and\s+|while\s+)?(?P<verb>" + _PARTICIPLE_ALT + r")\b(?:\s+out\b)?")
VIA = re.compile(r"\s+(?:quoted|cited)\s+(?:by|in)\s+(?:the\s+)?([A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*)\s*$")
FINITE = re.compile(r"\b(is|are|was|were|be|been|will|would|could|can|should|may|might|must|has|have|had|"
                    r"do|does|did|won[’']t|[a-z]\w*ed|need|needs|seems?|remains?|means?|wants?|goes|makes?|looks?|gets?|says?|shows?|appears?|plans?)\b|\bto\s+\w+|n[’']t\b|"
                    r"\w[’'](?:s|re|ll|ve|d|m)\b|\b(?:came|went|took|made|got|gave|saw|knew|found|became|left|felt|brought|began|"
                    r"kept|held|stood|heard|meant|met|ran|paid|spoke|led|grew|lost|fell|sent|built|drew|broke|spent|"
                    r"rose|chose|won|fought|sold|struck|caught|threw|thought|told|said|wrote|lies|faces|holds|shut|put|set|cut|hit|"
                    r"let|cast|spread|hurt|quit|"
                    r"remains?|seems?|needs?|wants?|knows?|thinks?|believes?|expects?|continues?|exists?|sees?|has|gets?|"
                    r"takes?|gives?|comes?|goes|rises?|falls?|grows?|leads?|works?|keeps?|helps?|shows?|puts?|"
                    r"confirms?|suggests?|indicates?|signals?|proves?|reflects?|stays?|stands?|risks?|costs?|"
                    r"points?\s+to|turns?\s+into|depends?|matters?|lacks?|offers?|poses?|raises?|drives?)\b")


@dataclass
class Attribution:
    start: int
    end: int
    form: str  # direct | indirect | mixed
    mention: Mention | None  # None: continues the previous speaker
    cue: str
    via: str | None = None
    paragraph: int = 0


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",:;—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",:;—–-"):
        b -= 1
    return a, b


def _content(text: str, a: int, b: int, quotes: list[QuoteMarks], sentence_end: bool) -> tuple[int, int, str] | None:
    """Trim a content region to the gold conventions and say its form."""
    region_end = b
    a, b = _trim(text, a, b)
    if b <= a:
        return None
    a = _after_writer_connective(text, a, b)
    b = _without_stray_bracket(text, a, b)
    inner = [q for q in quotes if q.open >= a and q.close <= region_end]
    if len(inner) == 1 and inner[0].open == a and (not text[inner[0].close + 1:region_end].strip(" ,.:;—–-")
                                                   or not inner[0].closed):
        q = inner[0]
        s, e = q.open + 1, q.close
        s, e = _trim(text, s, e)
        return (s, e, "direct") if e > s else None
    partial = [q for q in quotes if q.open < b and q.close > a]
    if partial:
        # Mixed: drop a trailing ',”' (comma and closing mark go together).
        if b >= 2 and text[b - 1] in CLOSERS + '"' and text[b - 2] == ",":
            b -= 2
        elif text[b - 1] in CLOSERS + '"' and text[b - 2] not in ".?!":
            pass
        if sentence_end and text[b - 1] == "." and text[b - 2:b] != "..":
            b -= 1
        a, b = _trim(text, a, b)
        return (a, b, "mixed") if b > a else None
    if text[b - 1] in CLOSERS and not any(ch in OPENERS for ch in text[a:b]):
        b -= 1  # '… beginning Jan. 25.”': the close of a quote opened in an earlier paragraph
    if sentence_end and text[b - 1] in ".!":
        b -= 1
    a, b = _trim(text, a, b)
    if a < b and text[a:a + 5] == "that " and not _DEMONSTRATIVE_THAT.match(text, a, b):
        a += 5  # ('That will …' opening a sentence is no complementiser)
    framing = _CONCESSIVE_FRAME.match(text, a, b)
    # (after a report's 'that' the concession is the source's own: 'told Reuters that despite the war, OPEC+ has …')
    # (so is one right after the verb: 'said although the situation has been controlled, people should not …')
    if framing and len(text[framing.end():b].split()) >= 3 and not re.search(r"\bthat\s+$", text[max(0, a - 8):a]) \
            and not _REPORT_BEFORE.search(text, max(0, a - 40), a):
        a = framing.end()  # 'Despite suggestions of talks, the likelihood … appears far off, according to experts'
    return (a, b, "indirect") if b > a else None


# A reporting verb right before a content ('said ', 'says '), its source before it.
_REPORT_BEFORE = re.compile(r"\b\w+\s+(?:" + _VERB_ALT + r")\s+$")


def _without_stray_bracket(text: str, a: int, b: int) -> int:
    """'… the timing was unrelated.)': a bracket closing outside the content is not part of it."""
    while b > a and text[b - 1] in ".)" and text[b - 1] == ")" and text.count("(", a, b) < text.count(")", a, b):
        b -= 1
        while b > a and text[b - 1] in " .":
            b -= 1
    return b


def _after_writer_connective(text: str, a: int, b: int) -> int:
    """Where the content starts after the writer's connective: 'Still, “I’m not going to pretend …”',
    'Now there’s a “reasonable chance” …', 'Since then, however, the Fed’s interest rate increases …'."""
    aside = _FRONTED_ASIDE.match(text, a, b)
    if aside and aside.end() < b:
        return aside.end()
    lead = _LEADING_CONNECTIVE.match(text[a:b])
    if lead and lead.end() < b - a:
        a += lead.end()
    return a


# A singular noun and the plural subject of a relative clause printed with no pronoun ('a move officials said is
# necessary', 'a decision analysts say was overdue'); then the predicate of the relative clause after the verb.
_CONTACT_RELATIVE = re.compile(r"\b(?:a|an)\s+[a-z]+\s+(?P<source>(?:[a-z]+\s+){0,2}(?P<noun>[a-z]+s)|he|she|they|we)$")
_FINITE_PREDICATE = re.compile(r"\S+\s+(?:is|was|are|were|will|would|could|can|may|might|should|has|had|have)\b")


# A participle aside after a source closing on a short quote, its comma inside the marks: 'Jane Roe, citing “the
# magic of it,” said …', 'Roe, pointing to “rising costs,” said …'.
_QUOTE_IN_PARTICIPLE_ASIDE = re.compile(r"\w,\s+[a-z]+ing\b[^,“”\"]{0,40}[“\"][^“”\"]{1,80},[”\"]$")


def _subject_before(text: str, floor: int, verb_start: int) -> tuple[Mention | None, int]:
    """The source named right before a verb: (mention, where its phrase starts)."""
    stripped = _words_before_verb(text, floor, verb_start).rstrip()
    contact = _CONTACT_RELATIVE.search(stripped)
    if contact and _FINITE_PREDICATE.match(text, verb_start) \
            and (contact.group("noun") is None or plural_person_noun(contact.group("noun").lower())):
        # 'a move officials said is necessary', 'a move he suggests will be …': the subject of a relative clause with
        # no pronoun after its noun
        if contact.group("noun") is None and text[verb_start:].split(" ", 1)[0] in _PREPOSED_ONLY:
            return None, verb_start  # 'a rule he thought should be looked at': a thought in a relative clause, no report
        np_start = floor + contact.start("source")
        mention = parse_mention(contact.group("source"), None, np_start)
        if mention is not None:
            mention.relative = True  # (the writer's clause before it is no framing of the report)
        return mention, np_start
    if _QUOTE_IN_PARTICIPLE_ASIDE.search(stripped):
        stripped = stripped[:-2] + stripped[-1] + ","  # ('Roe, citing “the magic of it,” said': the aside's comma)
    if not stripped or stripped[-1] in CLOSERS + '"':
        return None, verb_start  # '“…?” said X': the words before are the quote, not a source
    if stripped.endswith(","):
        parts = stripped[:-1].split(",")
        if len(parts) > 1 and _PARTY_TAG.fullmatch(parts[-1]):
            # 'Sen. Chuck Schumer, D-N.Y.,' - party and state are no role
            stripped = ",".join(parts[:-1]).rstrip()
    if stripped.endswith(","):
        return _source_before_comma(text, floor, stripped, verb_start)
    pronoun = _PRONOUN_AFTER_CLAUSE.search(stripped)
    if pronoun:  # 'Although Roe has seen gains since January he insists …': a fronted clause without its comma
        np_start = floor + pronoun.start("pronoun")
        return parse_mention(pronoun.group("pronoun"), None, np_start), np_start
    return _source_phrase(text, floor, stripped, verb_start)


# An adverbial clause opening the sentence, its comma missing: 'Although Roe has seen gains since January'
# (its first words: data/subordinators.txt).
_FRONTED_CLAUSE = r"(?:" + "|".join(longest_first(w.capitalize() for w in words("subordinators"))) + r")\s[^,;:“”\"]{10,200}"
_PRONOUN_AFTER_CLAUSE = re.compile(r"^\s*" + _FRONTED_CLAUSE + r"\s(?P<pronoun>he|she|they|we|I)$")
_FRONTED_CLAUSE_ONLY = re.compile(_FRONTED_CLAUSE)


_COMMA_BEFORE_ACRONYM = re.compile(r",(\s*\([A-Z][A-Za-z]{1,7}\)\s*)$")


def _words_before_verb(text: str, floor: int, verb_start: int) -> str:
    """The words before a reporting verb, without what stands between a source and its verb: an aside
    ('He, however, said'), a relative clause, an auxiliary, a dash."""
    # a name in its own script or a date in brackets ('Chen Shih-chung (陳時中) on Wednesday (March 18) warned'): blanked
    left = _BRACKETED_ASIDE.sub(lambda m: " " * len(m.group(0)), text[floor:verb_start])
    left = _COMMA_BEFORE_ACRONYM.sub(r" \1", left)  # 'The Central Election Commission, (CEC) said': a stray comma
    if ("’" in left or "'" in left) \
            and re.search(r"\b(?:[Tt]hey|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Ii]t|I)[’'](?:ve|d|ll|s)\b[\w\s]*$", left):  # (an apostrophe first)
        left = re.sub(r"[’'](?:ve|d|ll|s)(\s+(?:long|also|even|already|just|now|not|never))*\s*$", " ", left)
    aside = _ASIDE.search(left)  # 'He, however, said'
    if aside:
        left = left[:aside.start()]
    relative = _RELATIVE_ASIDE.search(left)
    if relative:  # ('Matt Clifford, the chair of X, which the government set up, said': the appositive stays)
        head = left[:relative.start()]
        after_quote = head[max(head.rfind("”"), head.rfind('"')) + 1:]  # ('“…,” Chamberlin, who …, said': the name alone)
        # ('However, Lee, who …, said': a sentence's opening connective is no appositive)
        # ('On Thursday, Lee, who …, said': nor is a fronted adverbial of time or circumstance)
        opening = _SENTENCE_OPENER.sub("", _LEADING_CONNECTIVE.sub("", after_quote.lstrip()))
        left = head + ("," if "," in opening else "") + " "
    if "(" in left:
        left = re.sub(r"\s+\([a-z][^()]{0,39}\)\s*$", " ", left)  # 'Curtice (above) said' ('Roe (Sample Bank) said' names her employer)
    if re.match(r"\w+ing\b", text[verb_start:verb_start + 40]):
        left = _PROGRESSIVE_AUX.sub("", left)  # 'El-Badri is warning that', '…, producers are saying.'
    left = _without_occasion(left)
    tail = AUX_TAIL.search(left)
    if tail:
        left = _without_occasion(left[:tail.start()])
        aside = _ASIDE.search(left)  # 'The ministry, via a press release, also noted'
        if aside:
            left = left[:aside.start()]
    negation = _NEGATION_BEFORE.search(left)
    if negation:
        left = left[:negation.start()]  # 'Analysts at IDC don’t believe …': no part of the source
    dashes = _DASH_ASIDE.search(left)
    if dashes and re.search(r"[\w.’']$", left[:dashes.start()]):
        left = left[:dashes.start()]  # 'Jane Roe - the candidate's co-host - told …': the aside is no source
        tail = AUX_TAIL.search(left)
        if tail:
            left = left[:tail.start()]
    return left


_PARTICIPLE_ASIDE_AFTER = re.compile(r"\s*(?:(?:formed|founded|created|established|set\s+up|made\s+up|composed|owned|backed|funded|"
                                     r"based|headquartered|launched|led|run)\s+(?:by|in|of|from|with|on|at)\b[^,]*|"
                                     r"(?:published|released|issued|unveiled)\b[^,]*)$")


# What may stand between a name and its verb besides a role: an age ('Jane Roe, 45, said'), a US
# legislator's party and home ('Rep. Jane Roe, D-Sun Prairie, called') or a degree ('Jane Roe, PhD, said').
# Two to four capitalised words: a full name ('Jane Roe', 'Jane A. Roe'; a name's particle in lower case before one:
# 'Fatima bint Jaafar Al Sairafi'), or an organisation's.
_FULL_NAME = re.compile(r"[A-Z][\w.’'-]*(?:\s+(?:(?:" + "|".join(sorted(NAME_PARTICLES | {p.capitalize() for p in NAME_PARTICLES}))
                        + r")\s+)?[A-Z][\w.’'-]*){1,3}")  # (a particle capitalised too: 'Khalid Bin Bandar Al Saud')
_AGE_OR_LABEL = re.compile(r"\s*(?:\d{1,3}|[DRI]-[A-Z][\w.’' -]{1,30}|" + POSTNOMINAL + r")\s*")  # ('Jane Roe, PhD, MPH, …')


def _source_before_comma(text: str, floor: int, stripped: str, verb_start: int) -> tuple[Mention | None, int]:
    """'Jane Roe, 45, said', 'One of his advisers, Tad Devine, told', 'Cheong Seong-chang, director of …,
    said': a name with an age or a role in apposition."""
    parts = stripped[:-1].split(",")
    if len(parts) > 2 and re.match(r"\s+[a-z]+", parts[-1]) and _verb_like(parts[-1].split()[0]) \
            and not re.match(r"\s+(?:who|which|that|and|but)\b", parts[-1]) and not _rank_of_role(parts[-1]):
        # 'Jane Roe, the minister in charge, ruled out a truce, arguing that …': the predicate is no role
        return _source_before_comma(text, floor, ",".join(parts[:-1]) + ",", verb_start)
    if len(parts) > 1 and _PARTICIPLE_ASIDE_AFTER.match(parts[-1]):
        # 'The Sample Group, formed by some 60 associations, said': how it came to be, no role
        head = ",".join(parts[:-1])
        return _subject_before(text, floor, floor + len(head) + (1 if "," in head else 0))
    aged_at_end = bool(re.fullmatch(_AGE_OR_LABEL, parts[-1]))
    while len(parts) > 2 and re.fullmatch(_AGE_OR_LABEL, parts[-1]):
        parts.pop()  # 'Mr. Smith, 54,' - an age is no role
    aged = [p for i, p in enumerate(parts) if i == 0 or not re.fullmatch(_AGE_OR_LABEL, p)]
    if len(aged) == 1 < len(parts):  # 'Jane Roe, 45, said': the name and an age only
        np_text = _after_boundary(aged[0])
        np_start = floor + len(aged[0].rstrip()) - len(np_text)
        return parse_mention(np_text, None, np_start), np_start
    if aged_at_end and re.search(r"[”\"]\s*[A-Z][^,”\"]*$", aged[-1]):
        # '“…,” Jane Roe, 45, said': after a closing quote, the name and an age
        np_text = _after_boundary(aged[-1])
        np_start = floor + sum(len(p) + 1 for p in aged[:-1]) + len(aged[-1].rstrip()) - len(np_text)
        mention = parse_mention(np_text, None, np_start)
        if mention is not None and mention.kind == "person":
            return mention, np_start
    parts = aged
    named = _name_title_organisation(parts, floor) or _role_acronym_name(parts, floor)
    if named is not None:
        return named, named.start
    if len(parts) >= 2 and (re.match(r"\s*(?:[a-z]|(?:One|A|An|Another|The|His|Her|Its|Their)\s)", parts[-2])
                            or _capitalised_description(parts[-2])
                            or parts[-2].split() and parts[-2].split()[-1].lower() in TITLE_WORDS
                            or len(parts) == 2 and any(is_title_word(w) for w in parts[-2].split()[:8])
                            or re.match(r"\s*(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*[’']s\s+[A-Z]", parts[-2])
                            and not _finite_verb_in(parts[-2])
                            and any(is_title_word(w) for w in parts[-2].split()[:8])) \
            and _FULL_NAME.fullmatch(parts[-1].strip()):
        # 'One of his advisers, Tad Devine, told …': the name, with the role before it ('…, Sample Bank’s Head of
        # Research, Jane Roe, said': an organisation's possessive and a capitalised title).
        np_start = floor + sum(len(p) + 1 for p in parts[:-1])
        role = _after_boundary(parts[-2] + " ")
        mention = parse_mention(parts[-1], role, np_start + len(parts[-1]) - len(parts[-1].lstrip()))
        if mention is not None and mention.kind == "person":
            return mention, floor + len(stripped[:-1]) - len(",".join(parts[-2:])) + len(parts[-2]) - len(role)
        organisation = parse_mention(parts[-1].strip(), None, np_start + len(parts[-1]) - len(parts[-1].lstrip()))
        if organisation is not None and organisation.kind == "organization" \
                and not _finite_verb_in(role):
            return organisation, organisation.start  # 'Their children’s school, Leaders’ College, confirmed'

    if len(parts) == 2 and _ONE_CAPITALISED_WORD.fullmatch(parts[1]) and not _PARTICIPLE.match(parts[0].strip()) \
            and not _PREPOSITION_FIRST.match(parts[0]):
        head = _after_boundary(parts[0])  # 'The National Geology and Mining Service, Samplemin, said': its short name
        organisation = parse_mention(head, None, floor + len(parts[0]) - len(head))
        if organisation is not None and organisation.kind == "organization":
            organisation.end = floor + len(stripped) - 1
            return organisation, organisation.start
    # 'Cheong Seong-chang, director of … Institute, said': name, then appositive.
    for k in range(len(parts) - 2, -1, -1):
        np_text = parts[k]
        appos = ",".join(parts[k + 1:])
        if _PREPOSITION_FIRST.match(np_text):
            continue  # 'In California, flu season peaks in February, said Jane Roe': a fronted adverbial names nobody
        if re.match(r"\s*(?:[a-z]|(?:A|An|The)\s)", np_text) and not _named_with_article(np_text) \
                and not re.match(r"\s*(?:while|but|whereas|and|as)\s", np_text) \
                and not _name_after_clause(np_text) \
                and not (k == 0 and _PARTICIPIAL_ASIDE.fullmatch(appos)):
            continue  # an appositive itself, not the name ('A senior official, speaking …,' is the source)
        first = appos.strip().split(" ", 1)[0] if appos.strip() else ""
        if not first or not (first[0].islower() or first in ("A", "An", "The")):
            if not (first[:1].isupper() and (re.search(r"\s[a-z]", appos.strip())
                                             or is_title_word(appos.strip().split()[-1]))):
                continue  # ('Jane Roe, Sample Bank’s Chief Economist, said': a capitalised title ends it)
        np_start = floor + sum(len(p) + 1 for p in parts[:k])
        mention = parse_mention(_after_boundary(np_text), appos, np_start + len(np_text) - len(_after_boundary(np_text)))
        aside = _PARTICIPIAL_ASIDE.fullmatch(appos)
        if mention is not None and (mention.kind in ("person", "organization", "definite")
                                    or aside and mention.kind == "anonymous"):
            if appos.strip():
                mention.end = floor + len(stripped) - 1  # the source's words include its appositive
            return mention, np_start
    return _titled_name_then_comma(text, floor, parts, verb_start)


_ONE_CAPITALISED_WORD = re.compile(r"\s*[A-Z][\w&-]*\s*")


def _capitalised_description(words_: str) -> bool:
    """'Political analyst', 'Research agency': a description opening its sentence (a capital, then lower-case
    words) whose last word names a person or a kind of organisation, before the name in commas."""
    match = re.fullmatch(r"\s*[A-Z][a-z]+(?:\s+[a-z][\w-]*){1,3}\s*", words_)
    head = words_.split()[-1] if match else ""
    return bool(match) and (person_noun(head) or head in ROLE_NOUNS or head in ORG_KINDS)


def _name_after_clause(np_text: str) -> bool:
    """'The comments came hours after Jane Roe' (before ', the Sample Bank chief, said'): a clause whose
    subordinator leaves a capitalised name last, the source of the verb after its appositive."""
    head = _after_boundary(np_text)
    return head != np_text.strip() and head[:1].isupper()


def _rank_of_role(appositive: str) -> bool:
    """'managing director of Sample Bank', 'acting head of …': an -ing or past form that ranks the role after it
    (data of mentions.RANKS), not a predicate ('ruled out a truce')."""
    words_ = appositive.split()
    return len(words_) >= 2 and words_[0] in _ROLE_RANKS and (is_title_word(words_[1]) or person_noun(words_[1]))


def _named_with_article(np_text: str) -> bool:
    """'The Sample Institute' (before ', a think tank, said'): a name printed with its article, not an
    appositive's description ('The minister', 'The Minister, who …')."""
    named = re.match(r"\s*The\s+([A-Z][\w.&’'-]*)", np_text)
    return bool(named) and not is_title_word(named.group(1))


def _name_title_organisation(parts: list[str], floor: int) -> Mention | None:
    """'Jane Roe, Chief Economist, Sample Securities, said', 'Sandip Patel, Managing Director, IBM India, has
    said': a person's full name, then a title and an organisation in apposition, each after a comma (not
    'One of his advisers, Tad Devine, told', whose name comes last)."""
    if len(parts) < 3:
        return None
    head = _after_boundary(parts[-3])
    role = ",".join(parts[-2:]).strip()
    first = role.split()[0]
    if not (first[0].islower() or is_title_word(first)) or not _FULL_NAME.fullmatch(head):
        return None  # ('In London, António Barroso, senior vice president of …': the name is the second part)
    start = floor + sum(len(p) + 1 for p in parts[:-3]) + len(parts[-3]) - len(head)
    mention = parse_mention(head, role, start)
    if mention is None or mention.kind != "person" or not (mention.title and mention.institution):
        return None
    mention.end = floor + sum(len(p) + 1 for p in parts) - 1
    return mention


def _role_acronym_name(parts: list[str], floor: int) -> Mention | None:
    """'The head of Sampleland's intelligence agency, SIA, Jane Roe, expects …': a role, the acronym of the body it
    describes, then the name, each after a comma: the title is the role's, the institution the acronym."""
    if len(parts) < 3 or not is_acronym(parts[-2].strip()) or not _FULL_NAME.fullmatch(parts[-1].strip()):
        return None
    role = _after_boundary(parts[-3] + " ")
    title = fronted_role(role)[0] if any(is_title_word(w) for w in role.split()[:3]) else None
    if not title:
        return None
    start = floor + sum(len(p) + 1 for p in parts[:-1]) + len(parts[-1]) - len(parts[-1].lstrip())
    mention = parse_mention(parts[-1].strip(), None, start)
    if mention is None or mention.kind != "person":
        return None
    title = re.split(r"\s+(?:of|at|for)\s+", title)[0]  # ('head of the agency': the acronym names the agency)
    mention = replace(mention, title=title, institution=parts[-2].strip())
    mention.start = floor + sum(len(p) + 1 for p in parts[:-3]) + len(parts[-3]) - len(role.rstrip())
    return mention


def _titled_name_then_comma(text: str, floor: int, parts: list[str], verb_start: int) -> tuple[Mention | None, int]:
    """'Apple chief financial officer Jane Roe, said': a stray comma after a titled name before its verb;
    'Speaking to supporters, the US-born Roe, who …, insisted': a name after a scene-setting participle."""
    np_text = _after_boundary(parts[-1])
    if re.search(r"[“”\"]", np_text):
        return None, verb_start
    np_start = floor + sum(len(p) + 1 for p in parts[:-1]) + len(parts[-1].rstrip()) - len(np_text.rstrip())
    mention = parse_mention(np_text.strip(), None, np_start)
    after_scene = len(parts) >= 2 and bool(_PARTICIPIAL_ASIDE.match(_after_boundary(parts[-2]).strip().lower()))
    if mention is not None and mention.kind == "person" and (mention.title or after_scene):
        return mention, np_start
    return None, verb_start


def _source_phrase(text: str, floor: int, stripped: str, verb_start: int) -> tuple[Mention | None, int]:
    """The noun phrase right before the verb: a group, a name (with a role before a comma: 'Former Sample
    City midfielder, Jane Roe has said'), or the phrase before 'who' ('Officials who spoke …')."""
    group = _group_source(stripped, floor)
    if group is not None:
        return group, group.start
    np_text = _after_boundary(stripped)
    np_start = floor + len(stripped) - len(np_text)
    if _ENDS_IN_PREPOSITION.search(np_text) or _ENDS_IN_CONJUNCTION.search(np_text):
        # 'A Chinese official responded by (saying)'; 'Roe criticised the plan as a mistake and (said)': a
        # verb after a preposition or joined to an earlier verb has no source of its own before it
        return None, verb_start
    if re.match(r"(?:of|at|from)\s", np_text):  # ('Jane Roe, Secretary-General, of the WMO said')
        return _name_then_unclosed_role(stripped, floor, verb_start)
    mention = parse_mention(np_text, None, np_start)
    described = _DESCRIBED_NAME.match(np_text) if mention is None else None
    if described:  # 'A defensive Obama said': an article and an adjective before a name
        named = parse_mention(np_text[described.end():], None, np_start + described.end())
        mention = named if named is not None and named.kind == "person" else None
    if mention is not None and mention.kind == "person" and (not mention.title or rank_alone(mention.title)):
        # ('Chief of Army Staff (COAS), General Jane Roe said': a rank before the name is replaced by the office)
        left = stripped[:len(stripped) - len(np_text)]
        titled = _title_before_comma(left, np_text)
        if titled is not None:
            title, institution = fronted_role(titled)
            mention = replace(mention, title=title, institution=institution)
            # the role is part of the source's words, no content before it ('Director General of SMD, Jane Roe said, …')
            np_start = floor + len(left) - len(left.lstrip())
    rel = re.search(r"^(.*\S)\s+(?P<pronoun>who|that|(?<=,\s)which)(?:\s+[^,;:]*)?$", stripped)
    if mention is not None and rel and rel.group("pronoun") == "who" \
            and re.search(r"\swho\s+$", stripped[:len(stripped) - len(np_text)]) \
            and (FINITE.fullmatch(np_text.split()[0]) or np_text.split()[0] in _IRREGULAR_PAST):
        mention = None  # 'Two economists who analyzed the figures say': the words after 'who' are its clause, no source
    if mention is None and rel:
        # 'Officials who spoke with The Post said' - the source is before 'who': the longest
        # phrase ending there that names one ('other security officials in the region'); before ', which'
        # a body ('the campaign team of Jane Roe, which alleged that …').
        kinds = ("organization",) if rel.group("pronoun") == "which" else ("person", "organization", "anonymous")
        words = rel.group(1).split(" ")
        for i in range(max(0, len(words) - 8), len(words)):
            head = " ".join(words[i:])
            if _PREPOSITION_FIRST.match(head):
                break  # ('Despite reports that suggested …': what the writer sets against the report, no source)
            candidate = parse_mention(head, None, floor + len(rel.group(1)) - len(head))
            if candidate is not None and candidate.kind in kinds:
                candidate.relative = True
                return candidate, floor + len(rel.group(1)) - len(head)
    if mention is None:
        fronted = _after_fronted_adverbial(np_text, np_start)
        if fronted is not None:
            return fronted, fronted.start
        described = _described_organisation(np_text, np_start) or _bodies(np_text, np_start)
        if described is not None:
            return described, np_start  # (its description is part of the source's words)
        named = _name_after_modifiers(np_text, np_start) or _body_at_a_place(np_text, np_start)
        if named is not None:
            return named, np_start
        named, named_start = _name_then_unclosed_role(stripped, floor, verb_start)
        if named is None:
            named = _person_named_in_phrase(np_text, np_start)
            named_start = verb_start if named is None else np_start
        return named, named_start
    if mention.kind in ("anonymous", "definite", "organization") \
            or mention.kind == "person" and np_text[:1].islower() and len(mention.name.split()) == 1:
        # 'Gen. Jane Roe, the U.S. director of the Sample Agency (SA) says', 'Jane Roe, head coach of Sample Angels
        # termed': the role after a name, its closing comma missing, is that person's, not the source
        named, named_start = _name_then_unclosed_role(stripped, floor, verb_start)
        if named is not None:
            return named, named_start
    return mention, np_start


# A place printed after a body that speaks: 'The National Weather Service in Detroit', 'the US Embassy in Kyiv'.
_AT_A_PLACE = re.compile(r"(?P<body>.+?)\s+(?:in|at)\s+(?P<place>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})")
_MODIFIER_WORDS = 6  # the most words read before a name as its role's modifiers
_POSSESSIVE_END = re.compile(r"[’']s?$")


def _name_after_modifiers(np_text: str, np_start: int) -> Mention | None:
    """'Sampleton real estate agent Jane Roe', 'Local real estate agent Jane Roe': a person's name after more words
    of role than the name reader takes: the longest end of the phrase that names a person, the role read from the
    words before it where the name comes without one. Words that make a clause ('the day Jane Roe') or more than
    :data:`_MODIFIER_WORDS` of them are no role."""
    words_ = np_text.split()
    for i in range(1, min(len(words_) - 1, _MODIFIER_WORDS + 1)):
        if words_[i] in FUNCTION_WORDS or words_[i - 1].lower() in FUNCTION_WORDS:
            continue  # ('chief of the | National Directorate …': a name of a body runs on)
        mention = parse_mention(" ".join(words_[i:]), None, np_start + len(" ".join(words_[:i])) + 1)
        if mention is None or mention.kind != "person" or mention.anonymous:
            continue
        before = " ".join(words_[:i])
        if FINITE.search(before) or _POSSESSIVE_END.search(mention.name) \
                or any(w.lower() in FUNCTION_WORDS - {"of", "the", "and", "&"} for w in words_[:i]) \
                or not (mention.title or any(is_title_word(w) for w in words_[:i])):
            return None  # ('Jane Roe affirms Dr. Doe’s claim, saying': a clause, and a possessive, no name)
        if not mention.title:
            title, institution = fronted_role(before)
            mention = replace(mention, title=title, institution=institution)
        return mention
    return None


# Words after which a name is an object, not the source: 'a report by Jane Roe', 'supporters of Jane Roe'.
_BEFORE_AN_OBJECT = FUNCTION_WORDS | {"of", "by", "for", "to", "with", "from", "at", "in", "on", "and", "&", "about", "than"}
_ROLE_AFTER_A_NAME = {"of", "at", "from", "with", "a", "an"}  # 'Jane Roe of Sample Bank', 'Jane Roe a trader in …'
_SURNAME_WORD = re.compile(r"[A-Z][a-z][\w’'-]*")


def _person_named_in_phrase(np_text: str, np_start: int) -> Mention | None:
    """'Olivier Jakob of oil market analysis group Petromatrix', 'Jane Roe a trader in Sample market', 'Tully grower
    Jane Roe of Sample Bananas': words no reader could read, in which a given name and a surname stand with nothing
    before them or role words that end in no preposition, and nothing after or a role ('of', 'a', …): that person,
    what follows read as a role in apposition is."""
    tokens = np_text.split()
    for i, word in enumerate(tokens[:-1]):
        if not given_name(word):
            continue
        end = i + 1
        while end < min(len(tokens), i + 3) and _SURNAME_WORD.fullmatch(tokens[end]) \
                and not is_title_word(tokens[end]) and tokens[end] not in ORG_WORDS:
            end += 1
        before, after = tokens[:i], tokens[end:]
        if end == i + 1 or before and (before[-1].lower() in _BEFORE_AN_OBJECT or FINITE.search(" ".join(before))) \
                or after and after[0].lower() not in _ROLE_AFTER_A_NAME:
            return None
        start = np_start + len(" ".join(tokens[:i])) + (1 if i else 0)
        mention = parse_mention(" ".join(tokens[i:end]), " ".join(after) or None, start)
        if mention is None or mention.kind != "person":
            return None
        if before and not mention.title:
            title, institution = _role_words(before)
            mention = replace(mention, title=title, institution=mention.institution or institution)
        return mention
    return None


def _role_words(words_: list[str]) -> tuple[str | None, str | None]:
    """The role printed before a name: as :func:`fronted_role` reads it, or the nouns in lower case that end it ('Tully
    grower' -> 'grower')."""
    title, institution = fronted_role(" ".join(words_))
    if title is None and institution is None:
        nouns = list(itertools.takewhile(str.islower, reversed(words_)))[::-1]
        if nouns and (person_noun(nouns[-1]) or is_title_word(nouns[-1])):
            title = " ".join(nouns)
    return title, institution


def _body_at_a_place(np_text: str, np_start: int) -> Mention | None:
    """'The National Weather Service in Detroit said': the body speaks; the place where it sits (capitalised words
    naming no office), or the body it belongs to ('The Sample Center for X at Sample Tech University'), is no part
    of its name."""
    match = _AT_A_PLACE.fullmatch(np_text)
    if match is None or any(is_title_word(w) for w in match.group("place").split()):
        return None  # ('Analysts at Sample Bank' are no body: see below)
    mention = parse_mention(match.group("body"), None, np_start)
    return mention if mention is not None and mention.kind == "organization" else None


# A description of a body, then its name: 'Analyst house Sample', 'state copper commission Samplco', 'The UK
# retailer Sample & Co': a few words ending in a kind of body, then a capitalised name.
_DESCRIBED_ORGANISATION = re.compile(r"(?:(?:The|the|A|a|An|an)\s+)?(?:[A-Z][\w’'-]*\s+)?(?:[\w’'-]+\s+){0,2}?"
                                     r"(?P<kind>[a-z][a-z-]{2,})\s+(?:[Tt]he\s+)?"
                                     r"(?P<name>[A-Z][\w.’'-]*(?:\s+(?:&\s+)?[A-Z][\w.’'-]*){0,4}(?:\s+\([A-Z]{2,6}\))?)")


_BODY_KINDS = ORG_KINDS | ORG_HEADS | words("body_descriptors")  # (data/org_kinds.txt, org_heads.txt, body_descriptors.txt)


def _described_organisation(np_text: str, np_start: int) -> Mention | None:
    """'Analyst house Sample said', 'Japan’s daily Sample Shimbun said': a body's name after words describing
    it (a kind of body: 'climatologist Jane Roe' names a person in a role, 'The last time Jane Roe' no body)."""
    match = _DESCRIBED_ORGANISATION.fullmatch(np_text)
    if match is None or match.group("kind") not in _BODY_KINDS \
            or any(w.lower() in FUNCTION_WORDS - {"the", "a", "an"} for w in np_text[:match.start("kind")].split()):
        return None
    named = parse_mention(match.group("name"), None, np_start + match.start("name"))
    if named is None or named.kind not in ("person", "organization") or named.title \
            or any(is_title_word(w) for w in match.group("name").split()):
        return None  # ('the hospital PRO Jane Roe' names a person in office)
    name = match.group("name")
    return Mention(name, name, "organization", start=np_start + match.start("name"), end=np_start + match.end("name"))


# What opens a fronted adverbial printed with no comma before the source: 'At the meeting Jane Roe said',
# 'Speaking on Sample Radio Roe said', 'Last winter the Sample Grid had said', 'Currently the market expects'.
_FRONTED_OPENER = re.compile(r"(?:at|on|in|during|after|before|through|over|under|since|last|this|earlier|later|"
                             r"currently|further|now|today|yesterday|in\s+fact|speaking|talking|writing|commenting|responding|"
                             r"addressing)\s", re.I)
_NP_OPENER = re.compile(r"(?:[A-Z]|(?:the|a|an|one|he|she|they|we|it)\b)")


def _after_fronted_adverbial(np_text: str, np_start: int) -> Mention | None:
    """The source after a fronted adverbial with no comma ('At the previous meeting Jane Roe', 'Through his
    account Roe', 'Last winter the Sample Grid'): the shortest phrase at its end that opens a noun phrase (a
    capitalised run or a determiner) and names a source."""
    if not _FRONTED_OPENER.match(np_text):
        return None
    tokens = list(re.finditer(r"\S+", np_text))
    for i in range(len(tokens) - 1, 0, -1):
        word, before = tokens[i].group(0), tokens[i - 1].group(0)
        # (inside a capitalised run or after its article, 'the AIIMS chief', or no noun phrase's start; a pronoun
        # after a capitalised word opens its own: 'In Kentucky he')
        if not _NP_OPENER.match(word) or word[:1].isupper() and before[:1].isupper() and i > 1 or before in ("the", "a", "an"):
            continue
        mention = parse_mention(np_text[tokens[i].start():], None, np_start + tokens[i].start())
        if mention is not None and mention.kind in ("person", "organization", "pronoun", "definite", "anonymous"):
            return mention
    return None


def _capitalised_role(role: str) -> bool:
    """'Professor of Hydrology at the University of Sampleton', 'SFC Director for Infrastructure in Asia': a
    capitalised role whose title word comes first or after an acronym or a capitalised word or two, then 'of', 'for',
    'at' and where it is held."""
    words_ = role.split()  # (its title word after up to two capitalised words: 'Union Minister for Planning')
    lead = next((i for i in range(min(3, len(words_))) if is_title_word(words_[i])), 0)
    return len(words_) > lead + 2 and all(w[:1].isupper() for w in words_[:lead + 1]) and is_title_word(words_[lead]) \
        and words_[lead + 1] in ("of", "for", "at") and not FINITE.search(role)


# 'Virendra Mishra, deputy commissioner of police zone 3 said': a name, then its role with no comma closing it.
_NAME_THEN_ROLE = re.compile(r"(?:^|(?<=[,”\"]\s))([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}),\s+((?:a|an|the)\s+)?"
                             r"([A-Za-z][^,;:“”\"]{2,120}|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3},\s+(?:of|at|with|from)\s+[^,;:“”\"]{2,80})$")


def _name_then_unclosed_role(stripped: str, floor: int, verb_start: int) -> tuple[Mention | None, int]:
    """'Virendra Mishra, deputy commissioner of police zone 3 said'; 'Petteri Taalas, Secretary-General, of the
    WMO said': a name and its role, the comma that would close the role missing."""
    match = _NAME_THEN_ROLE.search(stripped)
    role = match.group(3) if match else ""
    # ('the U.S. director of the Defense Intelligence Agency': a country's word before a role in lower case)
    bare = " ".join(itertools.dropwhile(is_state_word, role.split()))
    if match is None or not any(is_title_word(w) for w in role.split()[:6]) \
            or bare[:1].isupper() and not all(is_title_word(w.strip(",")) for w in role.split(",")[0].split()) \
            and not _capitalised_role(role):
        return None, verb_start
    mention = parse_mention(match.group(1), match.group(0)[len(match.group(1)) + 1:].strip(), floor + match.start(1))
    return (mention, floor + match.start(1)) if mention is not None and mention.kind == "person" else (None, verb_start)


_POSSESSIVES = {"his", "her", "their", "its", "my", "our"}
# A group's post-modifier: 'farmers in Idukki', 'sources close to the minister', 'residents of the town'.
_GROUP_POSTMODIFIER = re.compile(r"\s(?:in|from|at|of|on|near|across|inside|within|around|outside|close\s+to|"
                                 r"familiar\s+with)\s+"
                                 r"(?P<rest>[^,;:“”\"]{1,60})$")
_QUANTIFIERS = {"some", "many", "several", "most", "few", "two", "three", "four", "five", "dozens", "hundreds"}
_GROUP_DETERMINERS = _QUANTIFIERS | {"the", "other", "local"}


def _group_conjunct(phrase: str, singular: bool = False) -> bool:
    """'former rivals', 'Plantation farmers', 'Friends': up to three words ending in a plural person noun
    (*singular*: also 'the source' before a post-modifier, 'the source close to the matter')."""
    tokens = phrase.split()
    if singular and 2 <= len(tokens) <= 3 and tokens[0].lower() in ("the", "a", "an", "one", "another") \
            and person_noun(tokens[-1]):
        return all(t.isalpha() for t in tokens)
    if 2 <= len(tokens) <= 3 and tokens[0].lower() in _POSSESSIVES and person_noun(tokens[-1].lower()) \
            and tokens[-1].islower():
        return all(t.isalpha() for t in tokens)  # 'his childhood friend'
    if 2 <= len(tokens) <= 3 and tokens[0].lower() in _QUANTIFIERS | {"other"} and _plural_body(tokens[-1]):
        return all(t.isalpha() for t in tokens)  # ('Police and other agencies': bodies of a kind, as people are)
    if not 1 <= len(tokens) <= 3 or not plural_person_noun(tokens[-1].lower()) \
            or len(tokens) > 1 and tokens[-1][:1].isupper() and tokens[0].lower() not in _QUANTIFIERS:
        return False  # ('The Joint Chiefs of Staff' is a name; 'Some Democrats' a group)
    return all(t.isalpha() and (t.lower() not in FUNCTION_WORDS or i == 0 and t.lower() in _GROUP_DETERMINERS)
               for i, t in enumerate(tokens[:-1]))


def _plural_body(word: str) -> bool:
    """'newspapers', 'organisations', 'companies': the plural of a kind of body (as 'farmers' of a person noun)."""
    if not word.islower() or not word.endswith("s"):
        return False
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return singular in _BODY_KINDS and singular not in ("data", "figures", "research", "military", "police")


def _bodies(np_text: str, np_start: int) -> Mention | None:
    """'Local newspapers', 'Motoring organisations': an unnamed group of bodies (a word or two before the plural
    of a kind of body, no article), anonymous as a group of people is."""
    tokens = np_text.split()
    if not 2 <= len(tokens) <= 3 or not _plural_body(tokens[-1]) or not all(t.isalpha() for t in tokens) \
            or any(t.lower() in FUNCTION_WORDS for t in tokens):
        return None
    return Mention(np_text, np_text, "anonymous", anonymous=True, start=np_start, end=np_start + len(np_text))


def _group_source(left: str, floor: int) -> Mention | None:
    """An unnamed group speaking, where the names parser finds none: a list ('Friends, lobbyists and
    former rivals say') or a plural person noun with a short post-modifier ('Plantation farmers in
    Idukki say', 'Insiders in the next two states said'). The descriptor is the source, anonymous."""
    cut = max(left.rfind(ch) for ch in "”\";:(") + 1  # after a closing quote: '“…,” his childhood friend told'
    if cut:
        group = _group_source(left[cut:], floor + cut)
        return group if group is not None and left[cut:].strip() else None
    end = len(left)
    post = _GROUP_POSTMODIFIER.search(left)
    head_end = end
    if post and len(post.group("rest").split()) <= 6 \
            and not re.search(r"\b(?:who|which|that)\b", post.group("rest")) and not _AUXILIARY.search(post.group("rest")):
        head_end = post.start()
    pieces = re.split(r"(,\s+and\s+|\s+and\s+|,\s+)", left[:head_end])
    count, start, first = 0, head_end, len(pieces)
    for i in range(len(pieces) - 1, -1, -2):
        singular = head_end != end and i == len(pieces) - 1 and not re.search(r"\b[A-Z]", left[head_end:])
        if not _group_conjunct(pieces[i], singular):  # ('the minister of health Dr. Jane Roe' names a person)
            break
        count, first = count + 1, i
        start = sum(len(p) for p in pieces[:i]) + len(pieces[i]) - len(pieces[i].lstrip())
    if count == 0 or count == 1 and head_end == end and pieces[-1].split()[0].lower() not in _QUANTIFIERS | _POSSESSIVES:
        return None  # one plain noun: the names parser reads it ('Some Democrats' it does not)
    if count > 1 and " and " not in pieces[-2]:
        return None  # 'prices, wages' without 'and' is no list of sources
    before = left[:start]
    if before.strip() and not (re.search(r"[,;:—–]\s*$", before) or _clause_start_ok(before)):
        return None
    phrase = left[start:].strip()
    return Mention(phrase, phrase, "anonymous", anonymous=True, start=floor + start, end=floor + start + len(phrase))


# An aside between dashes right before the verb: ' - the candidate's girlfriend - ', ' — Ohio and Iowa — '.
# An aside between two dashes ('Jane Roe - the candidate's co-host - told'): before a verb (_DASH_ASIDE, at the end of
# the words before it) or inside a content (_DASHED_ASIDE).
_BETWEEN_DASHES = r"[—–-]{1,2}\s+(?:(?!\s[—–-]{1,2}\s)[^;:“”\"]){2,150}?\s[—–-]{1,2}"
_DASH_ASIDE = re.compile(r"\s+" + _BETWEEN_DASHES + r"\s*$")
_DASHED_ASIDE = re.compile(r"\s" + _BETWEEN_DASHES + r"\s")
_DESCRIBED_NAME = re.compile(r"(?:A|An|a|an)\s+[a-z]+\s+(?=[A-Z][a-z])")
_ENDS_IN_PREPOSITION = re.compile(r"\s(?:by|to|for|with|at|from|of|in|on|about|into|after|before)$")
_ENDS_IN_CONJUNCTION = re.compile(r"\s(?:and|but|or)$")
# 'speaking on condition of anonymity', 'writing in a note to clients': what the source was doing, no role
# (and 'close to the minister', 'familiar with the talks': whom an unnamed source is near, no role either)
# What a source was doing as it spoke ('speaking on condition of anonymity', 'writing in a note'): no role.
_SPEAKING = r"(?:speaking|writing|talking|commenting|responding|appearing|testifying|asked|asking|addressing|interviewed)"
_PARTICIPIAL_ASIDE = re.compile(r"\s*(?:" + _SPEAKING + r"|close\s+to|familiar\s+with)\b[^,]*")


# When or where a source spoke, between it and its verb: 'Jane Roe at the weekend said', 'Roe on Sept. 8 said',
# 'The ministry in its latest report on prices noted', 'Roe, the bank's chief, at the briefing said', 'Roe
# speaking on Sample Radio said'.
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)")
_OCCASION = re.compile(r"(?=[,\s]),?\s+(?:at\s+the\s+weekend|on\s+" + _MONTH + r"\.?\s+\d{1,2}(?:,?\s+\d{4})?|in\s+" + _MONTH + r"|"
                       r"(?:in|during|at)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,5}?" + _OCCASION_NOUNS +
                       r"(?:\s+(?:with|to|on|for)\s+[^,;:“”\"()]{1,60}?)?|"
                       + _SPEAKING + r"\s+(?:on|to|at|with|in)\s+[^,;:“”\"()]{1,60}?)"
                       r"(?:\s+(?:on\s+)?(?:\w+day|today|yesterday|last\s+\w+))?\s*$")


def _without_occasion(left: str) -> str:
    """The words before a verb without when or where the source spoke ('Jane Roe at the weekend' -> 'Jane
    Roe'), when a source stands before it."""
    occasion = _OCCASION.search(left)
    if occasion is None or not re.search(r"[\w.)]$", left[:occasion.start()]):
        return left
    if re.match(r",?\s+" + _SPEAKING, occasion.group(0)) and not re.search(r"[A-Z][\w.’'-]*$", left[:occasion.start()]):
        return left  # ('Jane Roe, a journalist talking to Sample Radio': the participle is part of her appositive)
    return left[:occasion.start()] + (", " if occasion.group(0).startswith(",") else " ")


# 'Finance and Economics Professor at the University of Ghana': a role, then where it is held.
_ROLE_AT_ORGANISATION = re.compile(r"(?:[A-Z][\w-]*\s+(?:and\s+)?){0,4}([\w-]+)\s+(?:at|with|from)\s+(?:the\s+)?[A-Z][^,]*")


def _title_before_comma(left: str, name: str) -> str | None:
    """'Former Manchester United midfielder, Paul Ince has said', 'President of Ghana, Jane Roe has
    urged': a role opening the sentence, then a comma, then the name."""
    if not left.rstrip().endswith(",") or "," in left.rstrip()[:-1]:
        return None
    role = re.sub(r"^(?:The|the)\s+(?=[A-Z])", "", _LEADING_CONNECTIVE.sub("", left.rstrip()[:-1].strip()))
    words = role.split()  # ('But council leader, Councillor Jane Roe has revealed': the writer's 'But' goes)
    at = _ROLE_AT_ORGANISATION.fullmatch(role)
    at_organisation = bool(at) and is_title_word(at.group(1))  # (its head noun is a title word)
    if not 2 <= len(words) <= (12 if at_organisation else 8):
        return None
    office = next((i for i, w in enumerate(words) if w in ("of", "for")), 0)
    headed = words[-1].lower() in TITLE_WORDS or 1 <= office <= 3 and office < len(words) - 1 \
        and all(is_title_word(w) for w in words[:office]) or at_organisation
    # 'President of Ghana, Nana Akufo-Addo has urged', 'Director General of SMD, Jane Roe said'
    if headed and words[0] not in STOP_CAPS and len(name.split()) >= 2:
        return role
    return None


_PARTY_TAG = re.compile(r"\s*[DRI]-[A-Z][A-Za-z.]{0,10}\s*")


_SUBORDINATORS = "while but whereas as because although though after when since if so where which who that".split()
# Clause boundaries before a source; '(WHO)' and 'WHO Director-General' are names, not 'who'.
_CLAUSE_BOUNDARY = re.compile(r",(?<!\d,)|,(?!\d)|[;:”\"]|\((?![A-Z][\w.&’'-]*(?:[\s/-][A-Z][\w.&’'-]*){0,5}\))|\s[—–-]\s|(?<!\S)(?:" +
                              "|".join(w + "|" + w.capitalize() for w in _SUBORDINATORS) + r")\s")


_IRREGULAR_PAST = words("irregular_past")  # 'blew', 'swore': past forms FINITE does not list
_SERIAL_NAME_COMMA = re.compile(r",(?=\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)*,?\s+and\s+[A-Z])")


def _in_a_role(before: str) -> bool:
    """Does 'and' after *before* join the nouns of a role ("Territory's director of policy and planning")?"""
    words_ = before.split()
    return len(words_) >= 3 and words_[-2] in ("of", "for") and is_title_word(words_[-3]) and words_[-1].islower()


def _after_boundary(left: str) -> str:
    """The last clause of *left*: the source of 'Kim slammed the drills, while Choe declared …' is Choe."""
    cut = 0
    for match in _CLAUSE_BOUNDARY.finditer(left):
        if match.group(0) == "," and _SERIAL_NAME_COMMA.match(left, match.start()) \
                and re.search(r"[A-Z][\w-]*$", left[:match.start()]) and not _PARTICIPLE.match(left.lstrip()):
            continue  # 'of Bio-Nanotechnology, Microbiology and Virology': a comma inside a name (not after 'Writing for X,')
        cut = match.end()
    piece = left[cut:]
    # 'and' joins speakers ('Ukraine and Russia') unless a clause precedes it.
    # ('National Oceanic and Atmospheric Administration': 'and' between capitalised words is in a name)
    # ('infectious diseases specialist and epidemiologist Dr. Celine Gounder': two roles, one source;
    # 'Corbyn has ruled out a deal with the SNP and Tim Farron': a clause, then the source)
    match = [m for m in re.finditer(r"\sand\s", piece) if (FINITE.search(piece, 0, m.start())
             or not _IRREGULAR_PAST.isdisjoint(piece[:m.start()].split())) and not _in_a_role(piece[:m.start()])]
    if match:
        piece = piece[match[-1].end():]
    return piece.strip()


_DEGREES_FIRST = re.compile(r"^(?:" + POSTNOMINAL + r"(?:,\s*|$))+")


# An abbreviation's full stop as printed before or inside a name: 'Sgt.', 'Col.', 'Corp.', 'U.S.'.
_ABBREVIATION_STOP = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(word.capitalize()) if "." not in word else re.escape(word.upper())
                                                       for word in longest_first(ABBREVIATIONS)) + r")\.")
# A writer's tag after a quote: its source (a name, a pronoun, 'the minister') and a verb, or the verb and a name.
_TAG_SOURCE = r"(?:[Tt]he\s+(?:[A-Z][\w.’'-]*\s+){0,4}[A-Za-z][\w-]*|[Hh]e|[Ss]he|[Tt]hey|(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w’'-]+)"
_SOURCE_THEN_VERB = re.compile(r"\s*(?P<source>" + _TAG_SOURCE + r")\s+")
_VERB_THEN_SOURCE = re.compile(r"[a-z]+\s+(?P<source>(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w’'-]+)\s*[.!]?\s*")
# A name, then its role with an article and no comma between them: 'Jane Roe a currency strategist at Sample Bank'.
_NAME_THEN_ARTICLED_ROLE = re.compile(r"(?P<name>(?:[A-Z][\w.’'-]*\s+){0,6}[A-Z][\w’'-]+)\s+(?P<role>(?:a|an)\s+[a-z][^,;“”\"]*)")


def _subject_after(text: str, a: int, b: int, inverted: bool = False) -> tuple[Mention | None, int]:
    """Source after an inverted verb: '…,” said Choi Kang, acting president of …' -> (mention, end). After an
    *inverted* verb, ', but …' and ', and …' open no role: the source's next clause ('…, said Reed, but overall …')."""
    region = text[a:b]
    # an abbreviation's full stop ('Dr.', 'Sgt.', 'Corp. Chief Economist') is no end of the source's words
    masked = _ABBREVIATION_STOP.sub(lambda stop: stop.group(0)[:-1] + "\0", region)
    m = re.match(r"\s*((?:[^,.;“”\"]|(?<=\b[A-Z])\.)+?)"  # (an initial's full stop too: 'Jane Q. Roe')
                 r"(?=\s*(?:[,;]|\.\s*(?:\([^()]{1,20}\)\s*)?$|$|\s+(?:in|on|at|during)\s+(?:a|an|the|his|her|its|their|\w+day|[A-Z][\w-]*[’']s|"
                 + _MONTH + r"|\d)\b|\s+on\s+[A-Z]|(?<!released)(?<!published)(?<!issued)(?<!unveiled)\s+" + _RECENT_TIME + r"|\s+(?:today|yesterday|amid|despite|speaking|talking|writing|commenting|"
                 r"responding|addressing)\b))",
                 masked)  # (not what follows the name: 'said Jane Roe in Sample Corp's report', '… Jane Roe today', 'said
    # Jane Roe speaking to …', 'said Jane Roe. (ab)': a reporter's initials after it; 'said Jane Roe on Sample Radio';
    # 'said Jane Roe on Oct. 18 at …'; 'said Sample Corp. Chief Economist Jane Roe': the company's full stop inside)
    if not m:
        return None, a
    np_text = region[m.start(1):m.end(1)].strip()
    np_start = a + m.start(1)
    end_np = m.end()
    if region[end_np:end_np + 1] == "." and keeps_full_stop(np_text):
        np_text, end_np = np_text + ".", end_np + 1  # 'Tokyo Electron Ltd.'
    rest = region[end_np:]
    appos = None
    rest_stripped = rest.lstrip(" ,")
    if rest.startswith(",") and rest_stripped and not ADDING.match(rest) \
            and not re.match(r"(?:who|which|but|and)\b" if inverted else r"(?:who|which)\b", rest_stripped) \
            and not FINITE.fullmatch(rest_stripped.split(" ", 1)[0]):  # ('The plan, said Jane Roe, would fail': a predicate)
        # Appositive runs to the end of the sentence or to ', adding'.
        cut = re.search(r",\s*(?:" + _PARTICIPLE_ALT + r"|who|which|in\s+a|and)\b|[“\"]", rest_stripped)
        appos = rest_stripped[:cut.start()] if cut else rest_stripped
        appos = _DEGREES_FIRST.sub("", appos.rstrip(" .")) or None  # ('says Jane Roe, PhD, MPH, a senior associate …')
    mention = parse_mention(np_text, appos, np_start)
    told = None if mention is not None or appos else _TO_OUTLET.search(np_text)
    if told:  # 'said meteorologist Jane Roe to Sample News': whom she told is no part of her
        mention = parse_mention(np_text[:told.start()], None, np_start)
        if mention is not None and mention.kind in ("person", "organization"):
            end_np = m.start(1) + told.start()
        else:
            mention = None
    unclosed = None if mention is not None or appos else _NAME_THEN_ARTICLED_ROLE.fullmatch(np_text)
    if unclosed:  # 'said Jane Roe a currency strategist at Sample Bank': the role's opening comma missing
        mention = parse_mention(unclosed.group("name"), unclosed.group("role"), np_start)
        mention = mention if mention is not None and mention.kind == "person" else None
    named = _without_occasion(appos).strip(" ,") if appos and not _FULL_NAME.fullmatch(appos) else None
    if named and _FULL_NAME.fullmatch(named):
        appos = named  # ('said WHO’s emergencies leader, Jane Roe at a press conference': where she spoke goes)
    if (mention is None or _role_alone(mention)) and appos and _FULL_NAME.fullmatch(appos):
        # '…,'' said his best friend at Lehigh, Bruce Jones': the role, then the name ('said DGPC’s Director of
        # Finance, Ugyen Namgyel', 'said Sample Bank’s chief economist, Jane Roe')
        mention = parse_mention(appos, np_text, a + region.find(appos, end_np)) or mention
    employer_place = appos is not None and _place_alone(appos) and not _FULL_NAME.fullmatch(appos)  # ('Jane Roe of Sample University, Wellington')
    of = None if (mention is not None or appos) and not employer_place else _AFFILIATION_AFTER_NAME.search(np_text)
    if of:  # 'said mission principal investigator Peter Smith of the University of Arizona'
        employer = np_text[of.start("of"):].strip()
        if not employer_place or looks_like_organisation(re.sub(r"^\w+\s+(?:the\s+)?", "", employer)):
            mention = parse_mention(np_text[:of.start("of")], employer, np_start) or (mention if employer_place else None)
    if mention is None:
        return None, a
    end = a + end_np
    if appos:
        end = a + end_np + (len(rest) - len(rest_stripped)) + len(appos)
        mention.end = end
    return mention, end



def _place_alone(words_: str) -> bool:
    """One to three capitalised words of a place (:func:`_of_a_place`) and no role: 'Wellington'."""
    return 0 < len(words_.split()) <= 3 and _of_a_place(words_) and not any(is_title_word(w) for w in words_.split())


_TO_OUTLET = re.compile(r"\s+to\s+(?:the\s+)?" + NAME_RUN + r"$")


def _role_alone(mention: Mention) -> bool:
    """Does *mention* name a role and nobody holding it: an unnamed description ('Sample Bank’s chief
    economist') or a title read as a name ('Director of Finance', 'Finance Minister')?"""
    return mention.kind == "anonymous" and not mention.name.endswith("s") \
        or mention.kind == "person" and (is_title_word(mention.name.split()[0]) or is_title_word(mention.name.split()[-1]))


# Words that may stand in a role printed before a name besides title words and person nouns: when it
# holds ('former', 'acting'), what the reporter says of it ('newly-appointed'), and rank ('chief').
# (Title words and person nouns already cover 'chief', 'deputy', 'head', 'assistant', 'executive' ….)
_ROLE_RANKS = RANKS | {"co", "founding", "joint", "lead", "managing", "retired", "star", "top"}
# The role after a name in commas ends at the next comma before a lower-case word (the predicate), at a
# semicolon, a quotation mark or the sentence's end: 'Jane Roe, director of X at Y, joined …'.
_APPOSITIVE_AFTER_NAME = re.compile(r",[ \t]+((?:[^,;:“”\"()\n]|\([^()\n]*\))+?(?:,\s+(?:of|at|from|with)\s[^,;:“”\"()\n]+)?)"
                                    r"(?=,\s+[a-z“\"]|,\s*$|[;:“”\"\n]|\.\s|\.$|$)")
_AFFILIATION_NEXT = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+(?:of|for|and|&|the|de|[A-Z][\w.’'&-]*))*(?<![\s,])")
_RELATIONAL = words("relational_nouns")  # 'his Russian counterpart X': no title of X's own
_NOT_A_ROLE = re.compile(r"(?:who|which|whose|where|when|and|but|as|said|says|told)\b")


def _verb_like(word: str) -> bool:
    lower = word.lower()
    return past_form(lower) or bool(re.fullmatch(r"[a-z]+ing", lower)) or bool(FINITE.fullmatch(lower))


# A title and its field in lower case right before a name: 'professor of earth science', 'head of research'.
_TITLE_OF_FIELD = re.compile(r"\b([A-Za-z][\w-]*)\s+of\s+(?:[a-z][\w-]*\s+){1,3}$")


def _role_words_before(text: str, floor: int, pos: int) -> int:
    """Where the role printed right before the name at *pos* starts ('… ruled out, Manchester City
    forward Sergio Aguero', 'introduced Deputy Secretary of the Treasury Wally Adeyemo'): back over
    capitalised words, title words, person nouns and words of rank or time, and at most two other
    lower-case words next to them ('biological sciences researchers'); 'of', 'for', 'the' only inside
    a role ('Minister of Finance'), never after a common noun ('the murder of businessman X')."""
    field = _TITLE_OF_FIELD.search(text, floor, pos)
    if field and (is_title_word(field.group(1)) or person_noun(field.group(1).lower())):
        return _role_words_before(text, floor, field.end(1))  # 'professor of earth science Jane Roe': read back from the title
    tokens = [(floor + m.start(), m.group(0)) for m in re.finditer(r"\S+", text[floor:pos])]
    start, others = pos, 0
    for i in range(len(tokens) - 1, -1, -1):
        at, token = tokens[i]
        if token[-1:] in ",;:”\"":
            break
        bare = token.strip("()")
        lower = bare.lower()
        if lower in CONNECTORS or lower == "to" and i and is_title_word(tokens[i - 1][1]):
            left = tokens[i - 1][1].strip("()") if i else ""  # ('Mission Chief to Ghana')
            if not (left[:1].isupper() or is_title_word(left) or left.lower() in CONNECTORS):
                break
            if lower == "and" and left[:1].isupper() and not is_title_word(left) and left not in ORG_WORDS:
                break  # 'Chief selector Jane Roe and head coach Tom Reed': another person's role before 'and'
            start = at
            continue
        if bare[:1].isupper() or bare[:1].isdigit():
            if lower in FUNCTION_WORDS:
                start = at if lower == "the" else start  # 'The Governor of …' (not 'In', 'His')
                break
            start, others = at, 0
        elif re.search(r"[’']s$", bare) or lower in FUNCTION_WORDS or _verb_like(bare):
            break  # 'the party's former leader', 'arrested', 'by'
        elif is_title_word(bare) or person_noun(lower) or lower in OFFICE_TIME or lower in _ROLE_RANKS \
                or lower in REPORTER_MODIFIERS:
            start, others = at, 0
        elif others < 2 and re.fullmatch(r"[a-z-]+", bare) and i + 1 < len(tokens) and tokens[i + 1][1][:1].islower():
            start, others = at, others + 1  # (inside a lower-case role; 'hawkish Deputy Governor' is no title)
        else:
            break
    while re.match(r"(?:of|for|and|&|on|de)\s", text[start:pos]):
        start = text.index(" ", start) + 1  # a role opens with no connector
    return start


def role_in_front(text: str, pos: int, floor: int) -> tuple[str | None, str | None] | None:
    """The role in apposition before the name printed at *pos*, if a comma stands between them ('Minister of
    Finance, Wale Edun, has lamented …', 'City’s boss, Pep Guardiola, was asked …'): (title, institution)."""
    # ('…, Professor Adam Habib', '…, Associate Professor Jane Roe')
    before = re.sub(r",\s*(?:(?:(?:Associate|Assistant|Adjunct|Emeritus)\s+)?(?:Professor|Prof\.?)|Dr\.?)$", ",", text[floor:pos].rstrip())
    if not before.endswith(","):
        return None
    cut = floor + len(before) - 1
    role = text[_role_words_before(text, floor, cut):cut].strip()
    if not any(is_title_word(w) for w in role.split()):
        return None
    return fronted_role(role)


def fronted_role(role: str) -> tuple[str | None, str | None]:
    """A role printed before a comma and a name -> (title, institution): 'Governor of the Central Bank of X'
    -> ('Governor', 'Central Bank of X'), 'Director General of SMD' -> ('Director General', 'SMD'), 'Director of
    Public Health at the SHS' -> ('Director of Public Health', 'SHS'), 'City’s boss' -> ('boss', 'City'); an office
    'of' a place is named whole ('President of Ghana')."""
    role = re.sub(r"^(?:The|the)\s+(?=[A-Z])", "", role)
    office = re.fullmatch(r"(.+?)\s+of\s+(?:the\s+)?([A-Z].*)", role)
    if office and is_title_word(office.group(1).split()[-1]) and _of_a_place(office.group(2)):
        return role, None
    return split_institution_role(role)


def _of_a_place(words_: str) -> bool:
    """'Ghana', 'the Republic of X' (after 'President of'): capitalised words alone naming no organisation, by its
    words or as an acronym that is no place ('SMD' is an agency's, 'US' a country's); 'Public Health at the SHS'
    runs on to the organisation."""
    return capitalised_chain(words_) == words_ and not looks_like_organisation(words_) \
        and not (is_acronym(words_) and not is_place(words_))


def read_printed_name(text: str, pos: int, name: str, floor: int) -> Mention | None:
    """The name printed at *pos*, outside any attribution, read as a source is read: with the role
    words before it and a role in commas after it ('Sam Stovall, chief strategist at CFRA, joins …';
    'Minister of Finance, Wale Edun, has lamented …'). *floor* is where its sentence starts."""
    end = pos + len(name)
    start = _role_words_before(text, floor, pos)
    if start == pos and text[floor:pos].rstrip().endswith(","):
        fronted = role_in_front(text, pos, floor)
        return None if fronted is None else Mention(name, name, "person", title=fronted[0], institution=fronted[1],
                                                    start=pos, end=end)
    appositive = _APPOSITIVE_AFTER_NAME.match(text, end)
    affiliation = _AFFILIATION_NEXT.match(text, end)
    if appositive and not _NOT_A_ROLE.match(appositive.group(1)):
        # the role ends before a verb ('…, Head of the UN Mission in Somalia said that …')
        verb = next((m for m in re.finditer(r"(?<![’'])\b[a-z][\w’']*", appositive.group(1))
                     if m.start() and FINITE.fullmatch(m.group(0))), None)
        if verb is None:
            end = appositive.end()
        elif any(is_title_word(w) or person_noun(w) for w in appositive.group(1)[:verb.start()].split()):
            end = appositive.start(1) + len(appositive.group(1)[:verb.start()].rstrip())
    elif affiliation:
        end = affiliation.end()  # 'Jane Roe of Sample Partners, a research firm, expects …'
    mention, _ = _subject_after(text, start, end)
    if mention is None or mention.kind != "person":
        return None
    if mention.title and mention.title.split()[-1].lower() in _RELATIONAL:
        return replace(mention, title=None)
    return mention

# A name, then its affiliation: 'Peter Smith of the University of Arizona'.
_AFFILIATION_AFTER_NAME = re.compile(r"\b[A-Z][a-z][\w’'-]*(?P<of>\s+(?:of|at|from|with)\s+(?:the\s+)?[A-Z])")


def find_attributions(body: str, read: Reading | None = None) -> list[Attribution]:
    """All attributions in *body*, in text order; mentions unresolved. Offsets index *body*. *read* is
    :func:`.sentences.reading` of *body* where the caller has it already."""
    body, body_sentences = read or reading(body)
    results: list[Attribution] = []
    introducer: tuple[Mention, str, int] | None = None
    introduced: dict[int, tuple[Mention, str, int]] = {}  # paragraph -> the introducer closing the one before
    spans: dict[int, list[int]] = {}  # paragraph -> [start, end, whether a sentence holds a quote or a report]
    before: tuple[Sentence, list[Attribution]] | None = None
    for sentence in body_sentences:
        found, introduces = _sentence(body, sentence.start, sentence.end, sentence.quotes, sentence.paragraph)
        if not found and before is not None and not before[1]:
            found = _referred_back(body, sentence, before[0])
        before = sentence, found
        if introducer and sentence.paragraph == introducer[2] + 1:
            found = _introduced(found, sentence.start, introducer)
            introduced[sentence.paragraph] = introducer
        introducer = introduces  # a sentence ending in ':' ends its paragraph
        results.extend(found)
        span = spans.setdefault(sentence.paragraph, [sentence.start, sentence.end, 0])
        span[1:] = sentence.end, span[2] or bool(found or sentence.quotes)
    results.extend(_block_quote(body, spans[p], opener) for p, opener in introduced.items() if not spans[p][2])
    results.sort(key=lambda r: r.start)
    return results


# 'That’s according to X', 'This is the assessment of X', 'That is the warning from X' (data/opinion_nouns.txt).
# The passive of a reporting verb does the same: 'This was recently noted by X'.
_THAT_IS = r"\s*(?:That|This)(?:[’']s|\s+is|\s+was|\s+has\s+been)\s+"
_THAT_IS_SOURCE = re.compile(_THAT_IS + r"(?:according\s+to|the\s+(?:[a-z-]+\s+){0,3}?(?:"
                             + "|".join(longest_first(words("opinion_nouns"))) + r")\s+(?:of|from)|(?:[a-z]+ly\s+)?(?:"
                             + _trie_pattern(w for w in _VERBS if w.endswith("ed") or w == "said") + r")\s+by)\s+")


_THAT_IS_HOW = re.compile(_THAT_IS + r"how\s+(?P<source>[^,;:“”\"]{2,100}?)\s+(?:describes?|described|"
                          r"puts?\s+it|sees?\s+it|saw\s+it|characteri[sz]e[sd]?|sums?\s+(?:it\s+)?up|summed\s+(?:it\s+)?up)\b")
_WHO_AFTER_SOURCE = re.compile(r"\s+(?:who|which)\b")


def _referred_back(body: str, sentence: Sentence, before: Sentence) -> list[Attribution]:
    """'Tipperary still need to improve. That’s according to former goalkeeper Jane Roe.', '… This is the assessment
    of economist Jane Roe.', '… This was noted by Finance Minister, Jane Roe.': a sentence naming only a source refers
    back to the sentence before, which no attribution took; that sentence is the source's."""
    cue = _THAT_IS_SOURCE.match(body, sentence.start, sentence.end)
    how = None if cue else _THAT_IS_HOW.match(body, sentence.start, sentence.end)
    if how:  # 'A mixed bag. That’s how Commissioner Jane Roe describes the harvest.'
        mention = parse_mention(how.group("source"), None, how.start("source"))
    elif cue:
        who = _WHO_AFTER_SOURCE.search(body, cue.end(), sentence.end)  # ('… Jane Roe who’s been reacting to …': what she did)
        mention, _ = _subject_after(body, cue.end(), who.start() if who else sentence.end, inverted=True)
    else:
        return []
    content = _content(body, before.start, before.end, before.quotes, True)
    if mention is None or mention.kind not in ("person", "organization") or content is None:
        return []
    return [Attribution(*content, mention, "according to", None, before.paragraph)]


_ACCORDING_SOURCE_END = re.compile(r"[,:]")
_CONFORMITY_NOUNS = words("conformity_nouns")
_CONFORMITY = re.compile(r"\s*(?:(?:the|its|their|his|her|our|your|this|that|these|those|local|international|"
                         r"national)\s+)?([a-z]+)(?=\s*(?:[,.;:!?”\")—–]|$)|\s+(?:and|but|as|in|on|with|when|while|because|so)\b)")


def _in_conformity(text: str, pos: int, end: int) -> bool:
    """Does 'according to' before *pos* mean 'in conformity with' ('according to the situation', 'according to plan',
    data/conformity_nouns.txt), not name a source ('according to the plan's authors', 'the law firm')?"""
    noun = _CONFORMITY.match(text, pos, end)
    return noun is not None and noun.group(1) in _CONFORMITY_NOUNS


def _block_quote(body: str, span: list[int], introducer: tuple[Mention, str, int]) -> Attribution:
    """'Jane Roe, director at Sample Bank, said:' closing a paragraph, then a paragraph of no quotation marks and no
    report: that paragraph is her words, printed as a block quote."""
    mention, cue, paragraph = introducer
    start, end = _trim(body, span[0], span[1])
    return Attribution(start, end, "direct", mention, cue, None, paragraph + 1)


def _introduced(found: list[Attribution], s_start: int, introducer: tuple[Mention, str, int]) -> list[Attribution]:
    """'When asked who he thought would finish first, he said:' closing a paragraph introduces the quote
    opening the next: that quote is his."""
    mention, cue, _ = introducer
    return [replace(a, mention=mention, cue=cue) if a.mention is None and a.form == "direct" and i == 0
            and a.start - s_start <= 2 else a for i, a in enumerate(found)]


MAX_SENTENCE = 3000  # longer 'sentences' are lists or debris: only whole quotes are taken from them
WINDOW = 400  # how far before a verb its source may start, and after it an inverted source may run


def _sentence(text: str, s_start: int, s_end: int, all_quotes: list[QuoteMarks], p_index: int) -> list[Attribution]:
    quotes = [q for q in all_quotes if q.open < s_end and q.close >= s_start]
    if s_end - s_start > MAX_SENTENCE:
        return _unattributed_quotes(text, s_start, s_end, quotes, [], p_index), None
    reader = SentenceReader(text, s_start, s_end, quotes, p_index)
    return reader.read(), reader.introduces


# A number or quantifier of more than one right before a word: the word is a plural noun ('five projects'; not 'some'
# or 'most', which a mass noun may follow).
_PLURAL_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_QUANTIFIERS - {"some", "most"} | {
    "six", "seven", "eight", "nine", "ten", "thousands", "numerous", "various"})) + r"|\d(?:[\d,.]*\d)?)\s+$", re.I)


def _third_person(verb: str) -> bool:
    """'projects', 'forecasts': a single word in the third person's -s (which a plural noun shares)."""
    return " " not in verb and verb.endswith("s") and not verb.endswith("ss")


@dataclass
class VerbSite:
    """A reporting verb found in a sentence, with the source named right before it (if any)."""

    word: str
    start: int
    end: int
    floor: int  # how far back its source may reach
    mention: Mention | None
    np_start: int  # where the source's words start (the verb's start when there is none)
    shared: bool = False  # the source is the sentence's subject, shared with an earlier verb
    relayed: bool = False  # the source is the object of a reporter's 'quoted' ('Interfax quoted X as saying')


class SentenceReader:
    """The attributions of one sentence, one method per construction, tried in this order:

    1. :meth:`according_to` — 'According to X, CONTENT' and 'CONTENT, according to X';
    2. :meth:`closing_source` — 'Professionals expect X, and few believe Y, a report said.';
    3. for each reporting verb, left to right: :meth:`inverted` ('…,” said Choi Kang, …'),
       :meth:`postposed` ('…, Choi said.'), :meth:`preposed` ('Choi said (that) …'), with a
       subject shared by a coordinated or participle verb (:meth:`shared_subject`);
    4. quoted sentences with no verb of their own, which continue the speaker before them.

    ``consumed`` is where the content not yet taken begins: a later construction never takes words
    an earlier one took.
    """

    def __init__(self, text: str, start: int, end: int, quotes: list[QuoteMarks], paragraph: int):
        self.text, self.start, self.end, self.quotes, self.paragraph = text, start, end, quotes, paragraph
        self.masked = mask_quotes(text, start, end, quotes)
        self.found: list[Attribution] = []
        self.consumed = start
        self.pending_via: str | None = None  # 'According to Football London, the striker believes …'
        self.last_subject: Mention | None = None
        self.wh_source = False  # the source follows 'who'/'what': 'asked who he thought would finish first'
        self.introduces: tuple[Mention, str, int] | None = None  # '…, he said:' ends the paragraph
        self.relayer: Mention | None = None  # 'According to AFP, X …': who speaks if X reports nothing

    def read(self) -> list[Attribution]:
        self.according_to()
        if self.consumed >= self.end:
            return self.found
        if self.as_put_it() or self.put_it() or self.quoted_as_saying() or self.verb_first():
            return self.found
        if self.closing_source():
            return self.found
        relayed_from, found_before = self.consumed, len(self.found)
        for verb in self.verbs:
            site = self.verb_site(verb)
            if site is None:
                continue
            if self.passive_by(site) or self.inverted(site) or self.postposed(site):
                continue
            self.preposed(self.shared_subject(site))
        self.fronted_participle(found_before)
        if not self.found:
            self.dialogue_tag()
        if self.relayer is not None and len(self.found) == found_before:
            self.pending_via = None
            self.add(self.content(relayed_from, self.end, True), self.relayer, "according to", self.relayer.via)
        return self.found + _unattributed_quotes(self.text, self.start, self.end, self.quotes, self.found,
                                                 self.paragraph)

    def dialogue_tag(self) -> None:
        """'“…,” Jane Roe offered when she spoke after the match.', '“…,” the minister summed up.', '“…,” questioned
        Dr. Roe.': a quote opening the sentence and closed after a comma (or '?', '!'), then a source and a verb in
        the past, or that verb and a source closing the sentence, where no reporting verb was found: the quote is
        the source's whatever the verb (a writer's tag for the speaker of the quote before it)."""
        quote = next((q for q in self.quotes if q.closed and q.open - self.start <= 2), None)
        if quote is None or self.text[quote.close - 1] not in ",?!" or any(q.open > quote.close for q in self.quotes):
            return
        after, tag_start = self.text[quote.close + 1:self.end], quote.close + 1
        verb = next((w for w in re.finditer(r"\b[a-z]+\b(?![’'-])", after) if past_form(w.group())), None)
        if verb is None or verb.group() in AUXILIARIES:
            return
        # the source before the verb ('Jane Roe offered'), or after it, closing the sentence ('questioned Dr. Roe')
        tag = _SOURCE_THEN_VERB.fullmatch(after, 0, verb.start()) \
            or (_VERB_THEN_SOURCE.fullmatch(after, verb.start()) if not after[:verb.start()].strip() else None)
        mention = tag and parse_mention(tag.group("source"), None, tag_start + tag.start("source"))
        if mention is None or mention.kind not in ("person", "pronoun", "organization", "definite", "anonymous"):
            return
        self.add(self.content(self.start, tag_start, False), mention, verb.group(), mention.via, before_source=True)
        self.consumed = self.end

    @cached_property
    def verbs(self) -> list[re.Match]:
        """The reporting verbs of the masked sentence, in order (found once for :meth:`read` and :meth:`closing_source`)."""
        # ('weaker than expected', 'as forecast': a comparison with what was expected, no report)
        found = [verb for verb in VERB_RE.finditer(self.masked)
                 if verb.group().endswith("ing") or not _COMPARED.search(self.masked, 0, verb.start())]
        # ('The Centers for Disease Control and Prevention report that …': 'report' after a name, before 'that')
        named = [verb for verb in _REPORT_THAT.finditer(self.masked)
                 if (before := self.masked[:verb.start()].split()) and before[-1][:1].isupper() and len(before) > 1]
        return sorted(found + named, key=lambda verb: verb.start()) if named else found

    def fronted_participle(self, found_before: int) -> None:
        """'Noting that inflation had eased, Jane Roe said rates would fall': a participle of speech opening the
        sentence with its 'that' clause reports that clause too, by the source of the sentence's first report after it."""
        fronted = _FRONTED_PARTICIPLE_THAT.match(self.masked)
        if fronted is None or len(self.found) <= found_before:
            return
        first = self.found[found_before]
        comma = self.start + fronted.end("content")
        if first.mention is None or any(a.start <= comma for a in self.found[found_before:]):
            return  # (a report took the fronted clause's words itself)
        self.add(self.content(self.start + fronted.start("content"), comma, False), first.mention, fronted.group("verb"),
                 first.via)

    def add(self, region, mention, cue, via=None, before_source=False) -> None:
        """Keep a statement unless it is a show's title, a poll figure or no clause."""
        if region is None:
            return
        text = self.text
        via = via or self.pending_via
        a, b, form = region
        if b - a < 2:
            return
        words = text[a:b].split()
        if form == "direct" and len(words) <= 5 and all(w[:1].isupper() or w in ("the", "of", "and", "&", "a", "in", "on")
                                                        for w in words):
            return  # '“Meet the Press”' names a show
        if form == "direct":  # (a quotation is kept as it is: what follows asks whether words outside quotes are a clause)
            self.found.append(Attribution(a, b, form, mention, cue, via, self.paragraph))
            return
        if _POLL_FIGURE.match(text, a, b):
            return  # 'Nearly 85 percent of attendees polled said …' is a poll figure
        that = re.search(r"\b(?:that|to)\s*$", text[max(0, a - 6):a])  # a 'that' clause or a bare infinitive
        # a pronoun subject and a word after it make a clause too: 'says she identifies as an independent'
        finite = FINITE.search(text[a:b]) or _PRONOUN_CLAUSE.match(text, a, b)
        # two words are a clause after 'that' or 'to' ('said that heatwaves kill', 'vowed to block it')
        if words[0].lower() in AUXILIARIES and (that and that.group(0).startswith("that") or self.wh_source):
            return  # 'Rust Belt states that have suffered', 'who he thought would finish first': no subject
        # 'Scientists say heatwaves kill.': two content words closing the sentence are a clause too
        two_word_clause = len(words) == 2 and words[-1].lower() not in AUXILIARIES and (
            that or cue in ("say", "says", "said") and not text[b:self.end].strip(" .!?") and not any(w.lower().strip(".") in FUNCTION_WORDS
                                                                   or w.endswith("ly") for w in words))
        if form == "mixed" and cue not in _NAMING_VERBS and not (that or finite) and len(words) <= 4:
            return  # 'maintained his "neutral" rating': a noun object with a scare-quoted word
        naming = (cue in _NAMING_VERBS or cue in _AS_VERBS and " as " in text[a:b]) and len(words) >= 3  # 'accused Sample Bank of rigging the vote' (object kept)
        # a sentence opening before ', he said' is a clause even with a verb FINITE does not list
        # ('But he operates on a different principle, he said'), unless it opens with a preposition
        if form == "indirect":
            finite = finite or before_source and len(words) >= 4 and _subject_opens(text, a, b) \
                or cue in _SAY and _SUBJECT_FIRST.match(text, a, b) and _present_verb_after_subject(words) \
                or _S_VERB_OBJECT.search(text, a, b) or _SUBJECT_THEN_S_VERB.match(text, a, b)
        if form == "indirect" and (len(words) < 2 or len(words) < 3 and not (finite or two_word_clause)
                                   or not (that or finite or two_word_clause or naming)) \
                or form == "mixed" and len(words) < 3:
            return
        self.found.append(Attribution(a, b, form, mention, cue, via, self.paragraph))

    def content(self, a: int, b: int, sentence_end: bool):
        return _content(self.text, a, b, self.quotes, sentence_end)

    def according_to(self) -> None:
        """'According to X, CONTENT' and 'CONTENT, according to X'."""
        text, s_start, s_end, masked = self.text, self.start, self.end, self.masked
        if "ccording to" not in masked:
            return  # (most sentences have none: one substring test instead of the pattern tried at each character)
        for acc in ACCORDING_RE.finditer(masked):
            a0 = s_start + acc.start()
            np_a = s_start + acc.end()
            if _in_conformity(text, np_a, s_end):
                continue  # 'adapt their game according to the situation': no source
            comma = _ACCORDING_SOURCE_END.search(masked, acc.end())  # ('According to Jane Roe: “…”': a colon too)
            comma = comma.start() if comma else -1
            before = text[s_start:a0]
            if _POLL.match(text, np_a, s_end):
                self.consumed = s_end  # poll figures are no one's statement
                return
            marked = re.search(r"[,”\"]\s*$", before)
            bare_clause = len(before.split()) >= 5 and FINITE.search(before)  # '… could cost her the election according to …'
            if _REPORTED_THEN_RELAYED.search(before) or marked and _speaker_opens(text, masked, s_start, s_start) \
                    and _reports_itself(before):
                # '“…,” the minister said, according to a report from CBS News', 'Jane Roe said A, according to
                # Sample Weekly': the report relays what the speaker said; the source is read as without it
                mention, _ = _subject_after(text, np_a, s_end)
                mention = mention or _named_by_according(text[np_a:s_end], np_a)
                if mention is not None and mention.kind in ("organization", "person"):
                    self.pending_via = mention.name
                continue
            if before.strip(" ,") and (marked or bare_clause):
                document = _DOCUMENT.match(text[np_a:s_end])  # 'the consensus forecast of the X Committee': its maker
                mention, np_end = _subject_after(text, np_a + (document.end() if document else 0), s_end)
                if mention is None and marked:
                    mention = _named_by_according(text[np_a:s_end], np_a)
                predicate = _predicate_after_source(text, np_a, s_end) if mention is not None else None
                if mention and predicate and _bare_noun_phrase(before) and not self.quotes:
                    # 'The excess energy, according to Kristie Ebi, a … researcher, appears by way of extreme
                    # weather events': the subject is cut off; the entry is the predicate after the source
                    self.add(self.content(predicate.end(), s_end, True), mention, "according to", mention.via)
                    self.consumed = s_end
                elif mention and _FRONTED_ADVERBIAL.fullmatch(before) and not self.quotes and comma != -1:
                    # 'Over the long term, according to the budget office, the rise in deficits is …': the
                    # fronted adverbial is no entry; the clause after the source is (annotations/README.md)
                    source, after = _according_source(text, np_a, s_start + comma, s_end)
                    if source is not None:
                        self.add(self.content(after + 1, s_end, True), source, "according to", source.via)
                    self.consumed = s_end
                elif mention:
                    self.add(self.content(max(s_start, self.consumed), a0, False), mention, "according to", mention.via)
                    if not self.relative_report(np_end, mention) and (turn := self.other_report_after(np_a)):
                        self.consumed = turn  # '…, according to a December update, but Roe said B': B is read on
                        return
                    self.consumed = s_end
            elif comma != -1:
                mention, comma = _according_source(text, np_a, s_start + comma, s_end)
                comma -= s_start
                if mention and _speaker_opens(text, masked, s_start, s_start + comma + 1):
                    # 'According to Football London, the striker believes …': the outlet relays it (and says
                    # it itself when the clause reports nothing: 'According to AFP, the commission declared X …')
                    self.pending_via = mention.name if mention.kind in ("organization", "person") else None
                    self.consumed = s_start + comma + 1
                    self.relayer = mention
                    return
                if mention:
                    # 'According to Roe, A, and he expects that B': B is his second report, read as any other
                    more = _PRONOUN_REPORT.search(masked, comma + 1)
                    end = s_start + more.start() if more else s_end
                    self.add(self.content(s_start + comma + 1, end, not more), mention, "according to", mention.via)
                    self.consumed = s_start + more.start("source") if more else s_end

    def other_report_after(self, at: int) -> int | None:
        """Where '…, but Jane Roe said B' opens after a closing 'according to' source starting at *at*: a clause joined
        by a conjunction whose capitalised subject reports (a reporting verb follows in the sentence); None if none."""
        turn = _TURN_AFTER_SOURCE.search(self.masked, at - self.start)
        if turn is None or not any(verb.start() > turn.end() for verb in self.verbs):
            return None
        return self.start + turn.end()

    def relative_report(self, at: int, mention: Mention) -> bool:
        """'…, according to Jane Roe, who said the link needs urgent reform.': the relative clause after
        the source reports more of its words, an entry of its own."""
        who = _WHO_REPORTS.match(self.masked, at - self.start)
        if who is None:
            return False
        word = who.group("verb")
        c_start = _content_start(self.text, self.start + who.end("verb"), self.end, word)
        if c_start is not None:
            self.add(self.content(c_start, self.end, True), mention, word, mention.via)
        return True

    def as_put_it(self) -> bool:
        """'As Jane Doe, an economist, put it, “…”': a source in a fronted 'as' clause, content after it."""
        if self.consumed != self.start:
            return False
        match = _AS_PUT_IT.match(self.masked) or _AS_SOURCE.match(self.masked)
        if not match or match.re is _AS_SOURCE and FINITE.search(match.group("source")):
            return False  # ('As prices rose, analysts said, …' has no source in its 'as' clause)
        mention, _ = _subject_before(self.text, self.start + match.start("source"), self.start + match.end("source"))
        if mention is None:
            return False
        self.add(self.content(self.start + match.end(), self.end, True), mention, match.group("verb"), mention.via)
        self.consumed = self.end
        return True

    def verb_first(self) -> bool:
        """'Added Jane Roe: “…”': a reporting verb opening the sentence, its source, then the quote."""
        if self.consumed != self.start or "“" not in self.masked and '"' not in self.masked:
            return False  # (no quote for the verb to open)
        match = _VERB_FIRST.match(self.masked)
        if not match or match.group("verb").lower() not in _VERBS:
            return False
        mention = parse_mention(match.group("source"), None, self.start + match.start("source"))
        if mention is None or mention.kind not in ("person", "organization", "pronoun", "definite"):
            return False
        self.add(self.content(self.start + match.end(), self.end, True), mention, match.group("verb").lower(),
                 mention.via)
        self.consumed = self.end
        return True

    def put_it(self) -> bool:
        """'Michael Mann, a climate scientist at X, put it very simply: CONTENT': a source, 'put it'
        and a colon; the content follows the colon."""
        if self.consumed != self.start or "put" not in self.masked:
            return False
        match = _PUT_IT.search(self.masked)
        if not match:
            return False
        mention, np_start = _subject_before(self.text, self.start, self.start + match.start())
        if mention is None or self.text[self.start:np_start].strip(" ,") and \
                not _clause_start_ok(self.text[self.start:np_start]):
            return False
        self.add(self.content(self.start + match.end(), self.end, True), mention, "put it", mention.via)
        self.consumed = self.end
        return True

    def quoted_as_saying(self) -> bool:
        """'“…,” the report quoted Europol Director Rob Wainwright as saying.': the quoted person
        said the content before; the report only relays it."""
        if self.consumed != self.start or "quoted" not in self.masked and "cited" not in self.masked:
            return False  # (neither pattern here nor that of quoted_passive can match)
        match = _QUOTED_AS_SAYING.search(self.masked)
        if not match:
            return self.quoted_passive()
        mention = _object_of_quoted(self.text, self.start + match.start("source"), self.start + match.end("source"))
        if mention is None:
            return False
        self.add(self.content(self.start, self.start + match.start(), False), mention, "saying", mention.via)
        self.consumed = self.end
        return True

    def quoted_passive(self) -> bool:
        """'“…,” Jane Roe was quoted as saying by Sample News.', '…, the central bank governor was quoted as saying
        on Sunday.': the source before the passive said the content before it."""
        match = _QUOTED_PASSIVE.search(self.masked)
        if not match:
            return False
        mention, np_start = _subject_before(self.text, self.start, self.start + match.start())
        if mention is None or mention.kind not in ("person", "organization", "anonymous", "definite") \
                or not re.search(r"[,”\"]\s*$", self.text[self.start:np_start]):
            return False
        self.add(self.content(self.start, np_start, False), mention, "saying", mention.via)
        self.consumed = self.end
        return True

    def closing_source(self) -> bool:
        """'Professionals expect X, and few believe Y, a report said Thursday.': the closing source
        said all of it; the views inside are its content."""
        if self.quotes or self.consumed != self.start:
            return False
        final = _closing_attribution(self.text, self.masked, self.start, self.end, self.verbs)
        if final is None:
            return False
        mention, np_start, word = final
        if word in _RELAY_VERBS and mention.kind == "organization" and self.relayed(np_start, mention):
            return True
        self.add(self.content(self.start, np_start, False), mention, word, mention.via)
        return True

    def relayed(self, np_start: int, outlet: Mention) -> bool:
        """'Cybersecurity experts predict that X, CNN reported.': the outlet relays what the source
        opening the sentence said; that source speaks, via the outlet."""
        verb = VERB_RE.search(self.masked)
        site = self.verb_site(verb) if verb else None
        if site is None or site.mention is None or self.text[self.start:site.np_start].strip(" ,") \
                or site.mention.kind == "pronoun":
            return False
        c_start = _content_start(self.text, site.end, np_start, site.word)
        if c_start is None:
            return False
        self.add(self.content(c_start, np_start, False), site.mention, site.word, outlet.name)
        return True

    def verb_site(self, verb: re.Match) -> VerbSite | None:
        v_start, v_end = self.start + verb.start(), self.start + verb.end()
        if v_start < self.consumed:
            return None
        if _PLURAL_BEFORE.search(self.text, max(self.start, v_start - 20), v_start) and _third_person(verb.group(1)):
            return None  # 'owns five projects that …', 'many forecasts': a verb's -s after a plural's number is a noun's
        floor = max(self.consumed, v_start - WINDOW)
        quoted = _quoted_object(self.text, floor, v_start) if verb.group(1) == "saying" else None
        if quoted is not None:
            return VerbSite(verb.group(1), v_start, v_end, floor, *quoted, relayed=True)
        mention, np_start = _subject_before(self.text, floor, v_start)
        return VerbSite(verb.group(1), v_start, v_end, floor, mention, np_start)

    def passive_by(self, site: VerbSite) -> bool:
        """Passive with its agent: 'The minister was warned by the Treasury that …', 'Investors were
        told by the company on Monday that …': the agent after 'by' is the source."""
        if not _PASSIVE_AUX.search(self.text, self.consumed, site.start):
            return False
        agent = _BY_AGENT.match(self.text, site.end, self.end)
        if agent is None:
            return False
        mention = parse_mention(agent.group("agent"), None, agent.start("agent"))
        if mention is None or mention.kind == "pronoun" and mention.name.lower() in ("him", "her"):
            return False
        self.add(self.content(agent.end(), self.end, True), mention, site.word, mention.via)
        self.consumed = self.end
        return True

    def inverted(self, site: VerbSite) -> bool:
        """Post-posed, inverted: '…,” said Choi Kang, …' / '…, said the expert.'"""
        before = self.text[self.start:site.start]
        unmarked = self.unmarked_inversion(site, before)
        # a view verb ('believes', 'revealed') is inverted right after a closing quote ('“…,” revealed Aliadiere'),
        # or after a clause and its comma when a name closes the sentence ('…, believes Jane Roe, the chief …')
        view = site.word in _PREPOSED_ONLY and not re.search(r"[,?!]\s*[”\"]\s*$", before)
        if not ((re.search(r"[,”\"]\s*(?:[—–]\s*)?$", before) or unmarked)  # ('“…”, — said Roe')
                and (not view or re.search(r",\s*$", before) and not site.word.split()[0].endswith("ing")
                     and site.word not in _NAMING_VERBS | _DIRECTIVE_VERBS)  # (', called Chip-on-Wafer' names a thing)
                and site.word not in ("saying",) and site.mention is None):
            return False
        inverted, np_end = _subject_after(self.text, site.end, min(self.end, site.end + WINDOW), inverted=True)
        if inverted is None or (unmarked or view) and (inverted.kind not in ("person", "organization")
                                                       or not re.match(r"\.?\s*$", self.text[np_end:self.end])):
            return False
        if view and not (FINITE.search(self.text, self.consumed, site.start) and not self.quotes):
            return False
        predicate = _PREDICATE_AFTER.match(self.text, np_end)
        if predicate and FINITE.fullmatch(predicate.group("verb")) and not self.quotes \
                and _bare_noun_phrase(self.text[self.consumed:site.start]):
            # 'The plan, said Jane Roe, would fail': the subject is cut off; the entry is the predicate after
            # the source (annotations/README.md, as for 'according to')
            self.add(self.content(predicate.end(), self.end, True), inverted, site.word, inverted.via)
            self.consumed = self.end
            return True
        self.add(self.content(self.consumed, site.start, False), inverted, site.word, inverted.via, before_source=True)
        if self.relative_report(np_end, inverted):  # '“…,” said Jane Roe, who added that …'
            self.consumed = self.end
            return True
        self.consumed = _after_attribution(self.text, np_end, self.end, self.quotes, inverted, site.word, self.add)
        return True

    def unmarked_inversion(self, site: VerbSite, before: str) -> bool:
        """'… are yielding fruit said Fund Mission Head Jane Roe.': an inverted 'said' with no comma before it,
        after a clause of five words or more, its source a capitalised name ending the sentence."""
        return site.word == "said" and len(before.split()) >= 5 and bool(re.search(r"[a-z]\s+$", before)) \
            and bool(re.match(r"\s+(?:[A-Z][\w.’'-]*\s+){1,8}?[A-Z][\w’'-]+\.?\s*$", self.text[site.end:self.end]))

    def postposed(self, site: VerbSite) -> bool:
        """Post-posed: '…, Choi said.' / '…,” he said, adding …'"""
        text, mention = self.text, site.mention
        before_np = text[site.floor:site.np_start]
        after = text[site.end:self.end]
        if not (mention is not None and (site.word not in _PREPOSED_ONLY or self.closing_view(site))
                and re.search(r"[,”\"—–]\s*$", before_np)
                and before_np.strip(" ,”\"")
                and _ends_attribution(text, site.end, self.end, site.word in _TELL_VERBS,
                                      bool(re.search(r"[”\"],?\s*$", before_np)), site.word)
                and not _PARTICIPLE.match(before_np.strip())
                and not (_complement_follows(after, site.word)
                         and not any(self.consumed <= q.open < site.np_start for q in self.quotes))):
            return False  # ('While A, Roe told Reuters that B', 'While A, officials told him B': the content is B)
        if _only_framing(text[self.consumed:site.np_start], self.quotes, self.consumed, site.np_start):
            return False  # 'However, Chinese Foreign Ministry spokeswoman Mao Ning said on Tuesday that …'
        via = mention.via
        cited = _cited_source(text, site.end, self.end) if site.word.startswith("report") else None
        if cited is not None:  # '…, Sample Online reported, citing planning minister Jane Roe.': the minister, via the outlet
            mention, via = cited, mention.name
        self.add(self.content(self.quote_after_colon(self.consumed, site.np_start), site.np_start, False),
                 mention, site.word, via, before_source=True)
        self.consumed = _after_attribution(text, site.end, self.end, self.quotes, mention, site.word, self.add)
        return True

    def closing_view(self, site: VerbSite) -> bool:
        """'Inflation could rise further in the coming months, analysts expect.': a view verb closing its
        sentence after a comma, with only adverbials after it, reports the clause before; so does a progressive
        ('…, local producers are reporting.')."""
        progressive = site.word.endswith("ing") and _PROGRESSIVE_AUX.search(self.text, site.floor, site.start)
        return (not site.word.endswith("ing") or progressive) and site.word not in _NAMING_VERBS | _DIRECTIVE_VERBS \
            and bool(_CLOSING_REST.fullmatch(self.text, site.end, self.end)) \
            and bool(re.search(r",[”\"’']?\s*$", self.text[site.floor:site.np_start])) \
            and bool(FINITE.search(self.text, self.consumed, site.np_start))

    def quote_after_colon(self, a: int, b: int) -> int:
        """'… the need for strong will, ambition and drive: “Change the world …,” she said': the writer's
        words before a colon introduce the quote; the content starts at the quote. A background clause
        joined by 'but' is the writer's too (annotations/README.md): 'Pakistan has seemingly been on the
        verge of signing …, but the coming week may see the finance minister “close the deal”, sources … told Dawn'
        (the source's own words quoted after 'but' only; with none quoted, 'A, but B, Roe said' reports A and B)."""
        colon = re.search(r":\s*(?=[“\"])", self.masked[a - self.start:b - self.start])
        if colon and not any(a <= q.open < a + colon.start() for q in self.quotes):
            return a + colon.end()
        but = None
        for but in _BACKGROUND_BUT.finditer(self.masked, a - self.start, b - self.start):
            pass
        if but and not any(a <= q.open < self.start + but.start() for q in self.quotes) \
                and any(self.start + but.end() <= q.open < b for q in self.quotes) \
                and FINITE.search(self.text, a, self.start + but.start()) \
                and len(self.text[self.start + but.end():b].split()) >= 4:
            return self.start + but.end()
        return a

    def shared_subject(self, site: VerbSite) -> VerbSite:
        """A verb without a source of its own shares the sentence's: 'NOAA predicted …, but now say …';
        'Clinton reprimanded Trump, saying that …'. A source opening a clause is remembered for that."""
        text = self.text
        left = text[site.floor:site.start]
        after_aside = left.strip() == "," and self.found and self.found[-1].cue in _PARTICIPLE_CUES \
            and self.found[-1].end <= site.floor  # 'Jane Roe, noting that A, said B'
        if site.mention is None and (_SHARED_SUBJECT.search(left) or after_aside
                                     or site.word in _PARTICIPLE_CUES and (_BEFORE_PARTICIPLE.search(left)
                                                                          or _QUOTED_AS.search(left)
                                                                          or _participle_after_object(left))):
            subject = _relative_antecedent(text, site.floor, site.start) or _passive_agent(text, self.start, site.start) \
                if site.word in _PARTICIPLE_CUES else None
            subject = subject or self.last_subject or _sentence_subject(text, self.start, site.start)
            if subject is not None:
                return replace(site, mention=subject, np_start=site.start, shared=True)
        elif site.mention is not None and (not text[site.floor:site.np_start].strip(" ,")
                                           or _clause_start_ok(text[site.floor:site.np_start])):
            self.last_subject = site.mention
        return site

    def preposed(self, site: VerbSite) -> None:
        """Pre-posed: 'Choi added that …', 'Choi said: “…”', 'Choi told Reuters on Monday that …'."""
        text, s_end, mention, word = self.text, self.end, site.mention, site.word
        prefix = text[site.floor:site.np_start]
        after = text[site.end:s_end]
        if mention is None or not (site.shared or site.relayed or mention.relative) and prefix.strip(" ,") \
                and not _clause_start_ok(prefix):
            return
        # a subordinate or relative clause ends at its comma: 'The storm, which forecasters said would
        # strengthen, hit the coast' reports 'would strengthen'
        subordinate = re.search(r"\b(?:when|while|after|before|as|although|though|if|because|since|once|until|"
                                r"which|who|whom|that)\s*$", prefix, re.I)
        if subordinate and subordinate.group(0).lower().startswith("that") and _COMPLEMENTISER.search(prefix):
            subordinate = None  # 'said that the economists had warned that …': a report's 'that', no relative
        if subordinate and _trailing_adverbial_clause(text[self.start:site.floor + subordinate.start()],
                                                      subordinate.group(0)):
            subordinate = None  # '…, when she explained that A, compared with B': runs to the sentence end
        if word in _NOUNISH and (not _nounish_as_verb(text, site, mention, after)
                                 or _NOUN_BEFORE.search(text, site.floor, site.start)
                                 and not re.search(r"\s(?:out|back)$", text[site.start:site.end])):  # ('to point out')
            return  # 'responded to reports that …': a noun
        if word.endswith("ing") and _GERUND_OBJECT.search(text, site.floor, site.start):
            return  # 'mocked Trump for calling himself …': the gerund is the object's act
        if word in _TELL_VERBS and _TRUTH_TOLD.match(after):
            return  # 'by telling the truth about the figures': what is told is no content
        if word in _PREPOSED_ONLY and _MODAL_BEFORE.search(text, site.np_start, site.start):
            return  # 'will this week urge Joe Biden to back …' is a plan, not a report
        # (the subject of a relative clause: 'which she said was fluctuating', 'a move officials said was needed')
        c_start = _content_start(text, site.end, s_end, word, in_relative=bool(_RELATIVE_SUBJECT.search(prefix)) or mention.relative)
        if c_start is None:
            return
        if ":" in after and re.fullmatch(r"[\s:]*", text[c_start:s_end]) or re.fullmatch(r"\s*,\s*", after):
            self.introduces = (mention, word, self.paragraph)  # '…, he said:' ('he said,') - the quote is in the next paragraph
            return
        if _nested_report(text, self.masked, self.start, c_start, relayed=word in _RELAY_VERBS):
            # the inner source and its verb are read next, from where the report's content starts ('said he
            # believes that …'): the entry is the innermost content ('AFP reported that Roe said …': via AFP)
            self.consumed = max(self.consumed, c_start)
            if word in _RELAY_VERBS and mention.kind == "organization":
                self.pending_via = mention.name
            return
        c_start = _after_own_view(text, c_start, s_end)
        if _NEGATION_BEFORE.search(text, site.floor, site.start):
            if word not in _PREPOSED_ONLY:
                return  # 'Roe did not say when rates would fall': what was not said is no statement
            # 'Analysts at IDC don’t believe supply will recover': the clause alone would report the opposite
            # view; the entry keeps its source and verb (annotations/README.md, 'he doesn’t expect …')
            if len(text[c_start:s_end].split()) < 3:
                return  # ('He doesn’t think so')
            c_start = site.np_start
        self.wh_source = bool(_EMBEDDED_QUESTION.search(prefix))
        self.preposed_clause(c_start, site, subordinate)
        self.wh_source = False

    def preposed_clause(self, c_start: int, site: VerbSite, subordinate=None) -> None:
        """The content of a pre-posed verb from *c_start* to where it is cut, and what follows it.
        '… said that A and that B' stays one statement (as in PolNeAR and our annotations)."""
        text, s_end, mention, word = self.text, self.end, site.mention, site.word
        c_end = s_end
        cut = _content_cut(self.masked, c_start - self.start)
        if cut:
            c_end = self.start + cut.start()
        c_end = _before_own_predicate(self.masked, c_start - self.start, c_end - self.start) + self.start
        if subordinate:
            lead = re.match(r"[\s,:]*", self.masked[c_start - self.start:])
            first = c_start - self.start + lead.end()
            whole_quote = self.masked[first:first + 1] in OPENERS + '"'
            for end in _CLAUSE_END.finditer(self.masked, first, c_end - self.start):
                # the clause ends at its comma, a comma inside a closing quote ('“been friends for some
                # time,” he claimed'), or after a quote that is its whole content ('…, in which he
                # declares, “…” airs'); 'When the WHO declared that X, it was hailed …'
                if end.group(0) == "," or whole_quote or self.text[self.start + end.start() - 1] == ",":
                    c_end = self.start + end.start() + (end.group(0) != ",")
                    break
        whole = _WHOLE_QUOTE_AND_THAT.match(self.masked, c_start - self.start, c_end - self.start)
        if whole:  # 'He added, “…,” and that the government would like …': the quote, then a second complement
            c_end = self.start + whole.end("quote")
        if word in _NAMING_VERBS and not word.startswith("accus"):  # 'dubbed it a “new normal” during …': the naming ends with its quote
            named = next((q for q in self.quotes if c_start <= q.open and q.closed and q.close < c_end), None)
            if named and _ADJUNCT_AFTER_NAMING.match(text, named.close + 1, c_end):
                c_end = named.close + 1
        relay = _CLOSING_RELAY.search(self.masked, c_start - self.start)
        if relay and (outlet := parse_mention(relay.group("outlet"))) is not None and outlet.title:
            relay = None  # ('…, Chief Executive Jane Roe said': a person in office closing the sentence speaks)
        via = mention.via
        if relay:  # the outlet closing the sentence relays every report in it
            self.pending_via = via = relay.group("outlet")
            c_end = min(c_end, self.start + relay.start())
        region = self.content(c_start, c_end, c_end == s_end)
        kept = len(self.found)
        self.add(region, mention, word, via)
        if len(self.found) == kept and not site.shared:
            region = None  # no clause ('a fellow at a think tank …, said'): its words stay for a later verb
        if region and relay and c_end == self.start + relay.start():
            self.consumed = s_end
        elif region:
            self.consumed = c_end
            if _SUMMATIVE_RE.match(self.masked, c_end - self.start):
                self.consumed = s_end  # '…, a move most companies make when …': the writer's to the end
            # '“…,” and that the government would like …': after a whole quote, a second complement
            second = _AND_THAT.match(text, c_end, s_end) if region[2] == "direct" else None
            if second:  # '“…,” and that the government would like …': a second complement, its own entry
                self.add(self.content(second.end(), s_end, True), mention, word, via)
                self.consumed = s_end
            end = self.start + relay.start() if relay else s_end  # (a relay closing the sentence is no content)
            if c_end < end and (ADDING.match(text[c_end:end]) or _AND_VERB.match(text[c_end:end])):
                self.consumed = max(_after_attribution(text, c_end, end, self.quotes, mention, word, self.add),
                                    s_end if relay else 0)


_DASH = re.compile(r"\s[—–]\s")
# What the writer adds after a quoted naming: 'during the annual congress', 'on Monday', ', a day after …'.
_ADJUNCT_AFTER_NAMING = re.compile(r"\s*(?:,|(?:during|at|on|in|amid|after|before|when|while|as|last|this|earlier)\b)")
_SUMMATIVE_RE = re.compile(_SUMMATIVE)


# What closes a sentence after an outlet's verb: ', citing SOURCE.' ('…, Sample Online reported on Monday, citing Jane Roe.').
_CITING = re.compile(r"(?:\s+(?:on\s+)?\w+day)?,\s+citing\s+(?P<source>[^,;:“”\"]{3,120}?)\s*[.!]?\s*$")


def _cited_source(text: str, v_end: int, s_end: int) -> Mention | None:
    """The person or body an outlet cites after its verb closing a sentence, when the words name one."""
    match = _CITING.match(text, v_end, s_end)
    if match is None:
        return None
    cited = parse_mention(match.group("source"), None, match.start("source"))
    return cited if cited is not None and cited.kind in ("person", "organization") else None


def _trailing_adverbial_clause(before: str, subordinator: str) -> bool:
    """Is an adverbial clause ('when', 'after', 'as' …) the last part of its sentence, after a main clause
    and its comma ('Roe was addressing the press, when she explained that …')? Then its content runs
    to the sentence end; a fronted one ('When the WHO declared that X, it was hailed') ends at its comma."""
    return subordinator.lower() not in ("which", "who", "whom", "that") and bool(re.search(r",\s*$", before)) \
        and bool(FINITE.search(before))


# A content whose verb is a modal and a plain verb ('the boom will last …', 'she can retain her title …'), and a second
# predicate joined to it by 'and'/'but' that cannot be that verb's: a past ('… and made the largest bet yet'), or after
# a modal of the present a finite 'is'/'has' ('… but is relieved the injury is not serious'; after 'would' a 'was' may
# be the content's own, reported in the past: 'would continue to do well and was estimated to grow'). It is the
# source's own, and ends the content.
_MODAL_PLAIN_VERB = re.compile(r"\W*(?:[\w’'-]+,?\s+){0,8}?(?P<modal>will|would|can|could|may|might|must|shall|should|[’']ll|"
                               r"won[’']t|wouldn[’']t|can[’']t|cannot|couldn[’']t)\s+(?:not\s+|\w+ly\s+|also\s+|still\s+){0,2}"
                               r"(?!(?:be|have|been|get|got|not)\b)[a-z]{2,}\b")
_JOINED_PREDICATE = re.compile(r",?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+|now\s+)?(?P<verb>[a-z]{2,})\b(?![’'])")
_PRESENT_MODALS = frozenset({"will", "can", "may", "must", "shall", "’ll", "'ll", "won’t", "won't", "can’t", "can't", "cannot"})


def _before_own_predicate(masked: str, a: int, b: int) -> int:
    """Where a content from *a* to *b* ends before the source's own second predicate (see _MODAL_PLAIN_VERB): an
    object and its infinitive ('expects Sam Lee to be out for three weeks') has no finite verb a finite one joins."""
    infinitive = _OBJECT_INFINITIVE.match(masked, a, b)
    if infinitive and FINITE.search(masked, a, infinitive.start("to")):
        infinitive = None  # ('inflation continued to increase …': a finite verb before the 'to')
    opening = infinitive or _MODAL_PLAIN_VERB.match(masked, a, b)
    if opening is None:
        return b
    present = infinitive is None and opening.group("modal").lower() in _PRESENT_MODALS
    for joined in _JOINED_PREDICATE.finditer(masked, opening.end(), b):
        verb = joined.group("verb")
        if (infinitive or present) and verb in ("is", "has") or infinitive and verb in ("was", "had") \
                or verb not in ("was", "had", "is", "has") and past_form(verb):
            return joined.start()
    return b


# An object and a to-infinitive opening a content: 'Sam Lee to be sidelined', 'US advertising to fall' (no verb before
# the 'to').
_OBJECT_INFINITIVE = re.compile(r"\W*(?:(?!(?:is|are|was|were|will|would|can|could|may|might|should|must|has|have|had|"
                                r"and|but|that)\b)[\w’'.-]+,?\s+){1,6}?(?P<to>to)\s+(?:be\s+)?[a-z]{2,}\b")


def _content_cut(masked: str, pos: int) -> re.Match | None:
    """Where a content starting at *pos* is cut (see CUT); a pair of dashes around an aside is no cut:
    'forecasts that if the drought continues through August -- and it shows no sign of letting up --
    crop losses could be as great …'."""
    # (after 'to', 'amid …' is the writer's circumstance of a pledge: 'pledged to continue on a hawkish path amid
    # concerns …'; in a clause it is the source's: 'said production will slow amid supply constraints')
    amid = _AMID.search(masked, pos) if masked[max(0, pos - 3):pos].rstrip() == "to" else None
    for cut in CUT.finditer(masked, pos, amid.start() if amid else len(masked)):
        if cut.group(0).strip() in ("—", "–") \
                and (_DASH.search(masked, pos, cut.start()) or _DASH.search(masked, cut.end() - 1)):
            continue
        return cut
    return amid


_AMID = re.compile(r"\s+amid\s")


# 'on' and a determined noun after the verb: the report's topic ('reported on the launches'), not a day ('on Monday').
_TOPIC_VERBS = {"reported", "reports", "report", "wrote", "writes", "commented", "comments"}
_TOPIC_ON = re.compile(r"\s*on\s+(?:the|a|an|his|her|its|their|this|these|those)\s")
# A relative pronoun right before a source: 'a figure, which she said was fluctuating daily'.
_RELATIVE_SUBJECT = re.compile(r"\b(?:which|who|whom)\s*$", re.I)


def _content_start(text: str, v_end: int, s_end: int, word: str, in_relative: bool = False) -> int | None:
    """Where the content of a pre-posed verb starts: after its object ('told Reuters'), adverbials
    ('on Monday') and 'that'; None when the verb takes a noun object and no clause. *in_relative*: the source
    is the subject of a relative clause, whose reported predicate may open on a past verb ('which she said was
    fluctuating daily')."""
    after = text[v_end:s_end]
    c_start = v_end
    if word in _NAMING_VERBS:
        return _naming_object(text, v_end, s_end, word)
    if word in _AS_VERBS and _AS_PREDICATE.match(text, v_end, s_end):
        return v_end  # 'depicted the phone as the firm’s best chance': the object and what it is called
    if word in _AS_VERBS and word not in _LISTED | _PARTICIPLE_CUES:
        return None
    if word in _DIRECTIVE_VERBS and not _APPEAL.match(text, v_end, s_end):
        return None  # 'urging caution as they say …': a noun object
    if word in _TOPIC_VERBS and _TOPIC_ON.match(after) and not re.search(r"\bthat\b|[:“\"]", after):
        return None  # 'first reported on the launches, and …': what the report was about, no content
    if word in _TELL_VERBS or word == "asked":
        if _told_to(after):
            return v_end  # 'told farmers not to plant early', 'asked the parties to show restraint': as 'urged'
        addressed = _addressee_end(after)
        far_that = re.match(r"[^,.;:“”\"]{1,100}?\bthat\b(?![’'])", after)
        if far_that and far_that.end() > addressed:
            c_start += far_that.end()  # 'told members of the executive council that …'
        elif not addressed:
            return None
        else:
            c_start += addressed
    elif word in _ADDRESSEE_VERBS:
        if _told_to(after):
            return v_end  # 'reminded residents to beware of strong winds': as 'told X to'
        c_start += _addressee_then_that(after)
    adv = ADVERBIAL_THAT.match(text[c_start:s_end])
    if adv and _AUXILIARY.search(adv.group(0)[:-4]):
        adv = None  # 'said this is a problem that …': a clause, not an adverbial before 'that'
    if adv and _NOUN_COMPLEMENT.search(adv.group(0)):
        return None  # 'responded to reports that …': the clause belongs to the noun
    adv = adv or _adverbial_not_subject(text, c_start, s_end)
    if adv:
        c_start += adv.end()
        if not adv.group(0).rstrip().endswith("that"):
            m_that = re.match(r"\s*,?\s*that\b(?![’'])", text[c_start:s_end])
            if m_that:
                c_start += m_that.end()
    that = re.search(r"\bthat\s*$", text[max(0, c_start - 6):c_start])
    if that and _DEMONSTRATIVE_THAT.match(text, c_start - 6 + that.start() if c_start >= 6 else that.start(), s_end):
        c_start = c_start - len(that.group(0))  # 'said that was …': the demonstrative is the content's subject
    first = _PAST_VERB_FIRST.match(text, c_start, s_end)
    if first and first.group(1) in _IRREGULAR_PAST and not in_relative:
        return None  # 'The company's sales forecast on Wednesday blew past …': the 'verb' was a noun
    lead_in = _LEAD_IN_TO_QUOTE.match(text, c_start, s_end)
    if lead_in and (word in _TELL_VERBS or not FINITE.search(_ADDRESSEE.sub("", lead_in.group(0)))):
        c_start = lead_in.end()  # 'said on Twitter: “…”', 'told the mayors who gathered in X, “…”'
    elif not adv and word in _INFINITIVE_VERBS and not re.match(r"\s*(?:that\b|[“\":])", text[c_start:s_end]) \
            and not re.search(r"\bto\s+[“\"]?\w+|\b(?:will|would|could|can|may|might|must|should|is|are|was|were)\b",
                              _CLAUSE_PIECE.split(_DASHED_ASIDE.sub(" ", text[c_start:s_end]))[0]):
        return None  # 'expects a decline': a noun object only (not 'predicts the list — now 7.1 million — will hit …')
    if word not in _TO_VERBS and _PREPOSITION_OBJECT.match(text, c_start, s_end) \
            and not _THAT_OR_QUOTE.search(text, v_end, c_start) \
            and not (word in _SAY and _fronted_phrase_then_clause(text, c_start, s_end)):  # ('said that by refusing …, X is …' is a clause)
        return None  # 'responded to a request', 'warned of aftershocks': a noun object, no clause
    if word.endswith("ing") and _AT_A_NAMED_BODY.match(text, v_end, s_end):
        return None  # 'Principal scientific officer forecasting at the Sample Weather Service Jane Roe said …': a role
    if word in _TO_VERBS:
        return _bare_infinitive(text, v_end, c_start, s_end)
    if word in _THAT_ONLY and not _THAT_OR_QUOTE.search(text, v_end, c_start) \
            and not re.match(r"[\s:,]*[“\"]", text[c_start:s_end]) and not _BARE_CLAUSE.match(text, c_start, s_end):
        return None  # 'reaffirmed his commitment to …': a noun object ('complained the polls lacked …' is a clause)
    return c_start


_SAY = ("say", "says", "said")  # after 'say', a clause goes without 'that' more often than after any other cue
# Words opening what follows 'said' that are no clause's subject: 'said given worries about …', 'said per the Star'.
_NO_SUBJECT = {"given", "per", "up", "down", "once", "this", "off", "out", "plus"}
_S_VERB = re.compile(r"[a-z]{3,}(?<![sui])s")  # a present-tense verb's form ('occurs', 'pushes'), as _S_VERB_OBJECT reads it


# A prepositional phrase fronted before a clause, closed by a comma: 'with the flu all but gone, ', 'for 2020, '.
_FRONTED_PHRASE = re.compile(r"\s*(?:with|for|about|of|by|against)\s[^,;:“”\"]{2,100}?,\s+")


def _fronted_phrase_then_clause(text: str, c_start: int, s_end: int) -> bool:
    """After 'said', a phrase fronted before the reported clause: 'said with the flu all but gone, this season
    was always likely to be bad' (its clause has a finite verb before the next comma)."""
    fronted = _FRONTED_PHRASE.match(text, c_start, s_end)
    return bool(fronted) and bool(FINITE.search(_CLAUSE_PIECE.split(text[fronted.end():s_end])[0]))


def _present_verb_after_subject(words: list[str]) -> bool:
    """After 'said', a present-tense verb FINITE does not list, right after a subject's noun: 'said dengue occurs in
    June', 'said the seasonal peak for dengue cases occurs between …' (a lower-case word in -s after a word that
    is no determiner nor function word, in the first eight; not after a comma)."""
    if not words or words[0].lower() in _NO_SUBJECT:
        return False
    for before, word in zip(words[:7], words[1:8]):
        if before.endswith(",") or before.lower() in FUNCTION_WORDS or before.lower() in DETERMINERS:
            continue
        if _S_VERB.fullmatch(word):
            return True
    return False


# Where the first piece of a content ends: a comma (not one inside a number: 'about 900,000 houses to change
# hands'), a semicolon, a dash or 'but' ('expects growth of about 200,000 but notes …').
_CLAUSE_PIECE = re.compile(r"(?<!\d),|,(?!\d)|;|\s[-—–]\s|\sbut\s")


# An addressee, then 'that': 'warned investors that …', 'assured the investing public that …', 'informed
# city leaders that …' (a few words with no verb of their own, not a preposition's object: 'cautioned
# against presuming that …').
_ADDRESSEE_THAT = re.compile(r"\s*(?=\S)(?!(?:that|of|about|against|on|in|to|for|with|from|over|as)\b)[^,.;:“”\"]{1,40}?\s+that\b(?![’'])")


def _addressee_then_that(after: str) -> int:
    """How many characters of *after* (what follows the verb) are an addressee and 'that'; 0 if none."""
    addressed = _ADDRESSEE_THAT.match(after)
    return addressed.end() if addressed and not FINITE.search(addressed.group(0)[:-4]) else 0


# A clause with no 'that': a short noun phrase with no preposition in it, then a finite verb and more
# ('the polls lacked competition', 'the talks would resume'), not a noun object ('his commitment to the agreed plan').
_BARE_CLAUSE = re.compile(r"\s*(?:the|a|an|his|her|its|their|our|this|these|those|[A-Z][\w’'-]*)"
                          r"(?:\s+(?!(?:to|of|for|with|in|on|at|by|from|about)\b)[\w’'-]+){0,3}?"
                          r"\s+(?:was|were|is|are|had|has|have|will|would|could|can|may|might|must|should|did|does|do|[a-z]{3,}ed)\s+\w")

# The first word of a content after a bracketed aside: '(Aug 23) blew past …'.
_PAST_VERB_FIRST = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?([a-z]+)\b")
# A present-tense verb FINITE does not list, known by its object: 'the law unfairly targets gay people',
# 'taxing consumption encourages savings', 'Trump deserves respect' (an adverb before it, or an object after).
_S_VERB_OBJECT = re.compile(r"\b(?:(?!(?:quarterly|weekly|monthly|yearly|daily|early|only|likely|elderly|friendly)\b)"
                            r"[a-z]{3,}ly\s+[a-z]{3,}(?<![su])s|[a-z]{3,}(?<![sui])s\s+(?:a|an|the|his|her|their|its|our|"
                            r"my|this|these|those|him|them|us|me|it))\b(?!’|')")
# A content opening with a determined noun phrase, then a present-tense verb FINITE does not list and its
# object: 'the department tracks flu trends', 'the agency monitors prices daily' (no noun takes a plural
# noun and another word after it in a reported clause's subject).
_SUBJECT_THEN_S_VERB = re.compile(r"(?:the|its|his|her|their|our|this|that)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z]+"
                                  r"(?<![su])\s+[a-z]{3,}(?<![suy])s\s+[a-z][\w-]*\s+\w")
# A content opening with its subject, not a preposition, a participle or an adverb: 'Its progress represents …'.
_SUBJECT_FIRST = re.compile(r"(?!(?:in|on|at|for|from|with|by|to|of|after|before|during|since|as|like|about|"
                            r"under|over|through|among|between|without|despite)\b)(?![a-z]+(?:ing|ly)\b)[\w’'“\"$]", re.I)
_THAT_OR_QUOTE = re.compile(r"(?:\bthat|:)\s*$")
# A preposition opening what follows a verb: a noun object ('responded to a request', 'warned of aftershocks'), no
# clause; 'about' before a quantity opens one ('said about half of the rise was …').
_AT_A_NAMED_BODY = re.compile(r"\s+at\s+the\s+[A-Z]")  # a participle's place of work, not its report
# 'about' as a preposition, not before a quantity ('about 40 residences', 'about half of the rise').
_ABOUT_NO_QUANTITY = (r"about(?!\s+(?:\d|(?:half|a\s+(?:third|quarter|dozen|fifth|tenth|hundred|thousand)|one|two|three|"
                      r"four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\b))")
_PREPOSITION_OBJECT = re.compile(r"\s*(?:to|against|for|with|of|by|" + _ABOUT_NO_QUANTITY + r")\s")


# 'to Nevadans', 'to the crowd': whom a source spoke to, before the quote ('says to Nevadans: “…”').
_ADDRESSEE = re.compile(r"^\s*to\s+(?:the\s+)?[\w’'-]+")
# Words between a verb (and its object) and the quote it introduces: ' on Twitter: “', ' host Matt Boyle, “'.
_LEAD_IN_TO_QUOTE = re.compile(r"(?=\s*[^\s“”\"])[^.;:“”\"]{1,150}?[,:]\s*(?=[“\"])")
# A determiner after 'to' opens a noun phrase, no infinitive: 'directed questions to a colleague'.
_DETERMINER = r"(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those|some|any|every|each|all)"
# An appeal's object and infinitive, or its that-clause: ' sceptical US lawmakers not to impose …'. Its
# object may be coordinated ('Cambodia and Thailand to return'); an 'and' before a past verb joins a
# second report ('urged calm and called on …').
_APPEAL = re.compile(r"\s*(?:that\b|(?:(?!(?:as|while|because|when|if|but|amid)\b|and\s+(?:also\s+)?(?:[a-z]+ed|"
                     + "|".join(sorted(_IRREGULAR_PAST)) + r")\b)[“\"]?[^\s,;:“”\"]+\s+){1,12}?"
                     r"(?:not\s+)?to\s+(?!" + _DETERMINER + r"\b)[“\"]?[a-z]|[“\"][^“”\"]{0,80}?\bto\s+[a-z])")
# 'called for', 'called off', 'calling in': a phrasal verb, not a naming.
_PHRASAL_PARTICLE = re.compile(r"\s*(?:for|off|in|up|out|back|to|at|into|from|upon|over|away|by|it\s+quits)\b")
_NAMED_AS = re.compile(r"\s*(?:(?:[^\s“”\",;:.]|\.(?=\w))+\.?\s+){1,8}?(?:as\s+(?=[\w“\"])|[“\"])")  # ('U.S. Judge X “…”')
_CHARGED_WITH = re.compile(r"\s*(?:[^\s“”\";:.]+[\s,]+){1,14}?of\s+\w+ing\b")


# An object and 'as' with what it is called: ' the Note 8 as Sample's best opportunity', ' the situation as "difficult"'
# (not 'as saying', 'as of', 'as well', 'as a result' …).
_AS_PREDICATE = re.compile(r"\s*(?!(?:that|to|of|about|for|with|in|on|at|by|from|it|him|her|them|this)\b)"
                           r"(?:[^\s“”\",;:.]+\s+){1,8}?as\s+(?!(?:saying|of|well|part|such|soon|long|much|many|if|though|"
                           r"a\s+result|expected|usual|ever|before|he|she|they|it|we)\b)(?=[\w“\"])")


def _adverbial_not_subject(text: str, c_start: int, s_end: int) -> re.Match | None:
    """An adverbial between a verb and its content ('said on Wednesday', 'said this week'), unless an auxiliary
    follows it: in 'said this year had been a difficult one' the time phrase is the content's subject."""
    adv = ADVERBIAL.match(text[c_start:s_end])
    if adv and _AUXILIARY.match(text[c_start + adv.end():s_end].lstrip()):
        return None
    return adv


def _naming_object(text: str, v_end: int, s_end: int, word: str) -> int | None:
    """'calling X Y' and 'termed X as Y' report X and Y, 'accused X of V-ing' X and the charge (see
    annotations/README.md): the content starts at the object. Only with a quoted or 'as' predicate
    ('called the sanctions “deeply detrimental …”') or, for a charge, 'of' and a gerund; 'called
    him a liar', 'called a meeting' and 'called for talks' are left alone."""
    if _PHRASAL_PARTICLE.match(text, v_end, s_end):
        return None
    pattern = _CHARGED_WITH if word.startswith("accus") else _NAMED_AS
    return v_end if pattern.match(text, v_end, s_end) else None


_AUXILIARY = re.compile(r"\b(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|does|do|did)\b")
# 'said that was a natural part of …': 'that' is the subject when a verb follows it.
_DEMONSTRATIVE_THAT = re.compile(r"that\s+(?:is|was|would|will|could|can|has|had|may|might|must|should|does|did|"
                                 r"hasn[’']t|means|makes|seems|shows|sounds|looks|"
                                 r"isn[’']t|wasn[’']t|won[’']t|wouldn[’']t|doesn[’']t|didn[’']t)\b")
_PRONOUN_CLAUSE = re.compile(r"(?:he|she|they|we|I|you)\s+(?:\w+ly\s+)?[a-z]{3,}\b(?!\s*$)"
                             r"|(?:it|this)\s+(?:\w+ly\s+)?[a-z]{2,}(?<![su])s\b(?!\s*$)", re.I)
AUXILIARIES = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
                "may", "might", "must", "should", "do", "does", "did"}
# Nouns that take a 'that' clause of their own: 'responded to reports that …', 'denied claims that …'.
_NOUN_COMPLEMENT = re.compile(r"^\s*(?:to|of|about|on|over|against)\s+(?:[\w’'-]+\s+){0,3}(?:reports?|claims?|suggestions?|"
                              r"allegations?|accusations?|rumou?rs?|speculation|criticism|questions?|concerns?|fears?|"
                              r"warnings?|assertions?|news|charges?|assurances?|hopes?|predictions?|forecasts?)\s+that$")
# A preposition or determiner before a word that is also a noun: 'to reports that', 'the claims that'.
_NOUN_BEFORE = re.compile(r"\b(?:to|of|on|about|in|with|by|from|for|amid|despite|after|over|the|a|an|these|those|"
                          r"such|new|recent|media|press|news|earlier|latest)\s+$", re.I)
# 'asked who he thought would finish first': the source inside an embedded question ('daughters, who he
# said were living in Russia' is a relative clause, whose content is reported).
_EMBEDDED_QUESTION = re.compile(r"\b(?:asked|ask|asks|asking|wondered|wonders|know|knows|knew|decide|decided|about)\s+"
                                r"(?:who|what|which|whom|how|where)\s*$", re.I)
_BACKGROUND_BUT = re.compile(r",\s+but\s+")
# After a mid-sentence source and its appositive, a comma and the predicate: ', appears by way of …'.
_PREDICATE_AFTER = re.compile(r",\s+(?=(?P<verb>[a-z]+)\b)")


def _bare_noun_phrase(text: str) -> bool:
    """'The plan,' 'The excess energy,': a few words with no auxiliary and no past form, cut off from their
    predicate by an attribution (a noun such as 'plan' may look like a verb, so FINITE cannot tell)."""
    words_ = text.strip(" ,").split()
    return 0 < len(words_) <= 8 and not _AUXILIARY.search(text) and not re.search(r"\b\w+ed\b|[“”\"]", text)


def _predicate_after_source(text: str, np_a: int, s_end: int) -> re.Match | None:
    """Where the predicate starts after 'according to X(, appositive)': the first ', ' followed by a
    finite verb ('…, a researcher at the University of Washington, appears by way of …')."""
    for match in _PREDICATE_AFTER.finditer(text, np_a, s_end):
        if FINITE.fullmatch(match.group("verb")):
            return match
    return None
_WHOLE_QUOTE_AND_THAT = re.compile(r"[\s,:]*(?P<quote>[“\"][^“”\"]*[”\"])(?=,?\s+and\s+that\s)")
_AND_THAT = re.compile(r",?\s+and\s+that\s+")
_CLAUSE_END = re.compile(r"(?<!\d),|,(?!\d)|[”\"](?=\s)")  # where a subordinate or relative clause's content ends
_COMPLEMENTISER = re.compile(r"\b(?:" + _VERB_ALT + r")\b[^.;“”\"]{0,80}\bthat\s*$")
# A preposition before a participle makes it a gerund whose subject is the object before it.
_GERUND_OBJECT = re.compile(r"\b(?:for|of|about|against|from|over)\s+$")
# A modal or 'to' right before a verb of view or appeal: 'will this week urge', 'plans to call'.
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|should|must|(?<!\bon\s)to)\s+(?:[\w-]+\s+){0,2}$")  # ('went on to predict')


# Verbs whose content follows their object: 'told Reuters that …', 'telling the newspaper he was …'.
_TELL_VERBS = {"told", "tell", "tells", "telling"}
_TRUTH_TOLD = re.compile(r"\s+(?:the\s+)?(?:truth|lies?|(?:a\s+)?story|stories|jokes?)\b")  # 'tell the truth', 'told a story'
_GERUND_OBJECT_VERBS = tuple(ordered("gerund_object_verbs"))  # 'suggested looking at …' (data/gerund_object_verbs.txt)


# A plural of people addressed that TOLD_OBJECT does not list: 'friends', 'supporters'.
_PLURAL_ADDRESSEE = re.compile(r"\s*([a-z]+)(?=\s)")


def _addressee_end(after: str) -> int:
    """How many characters of *after* (what follows 'told') name whom it addresses ('Reuters', 'his audience',
    'friends'); 0 if none."""
    named = TOLD_OBJECT.match(after)
    if named:
        return named.end()
    plural = _PLURAL_ADDRESSEE.match(after)
    return plural.end() if plural and plural_person_noun(plural.group(1)) else 0


def _past_addressee(after: str, word: str) -> str:
    """What follows a reporting verb's addressee ('told Sample News that …' -> ' that …'); else *after*."""
    end = _addressee_end(after) if word in _TELL_VERBS else 0
    return after[end:] if end else after


def _complement_follows(after: str, word: str) -> bool:
    """Does a reported clause follow the verb *word* and its addressee ('told Reuters that …', ': “…', 'told
    him he had never …', 'told friends that …')? Then what the sentence opens with is no content of it."""
    rest = _past_addressee(after, word)
    return bool(re.match(r"\s*(?:[:“]|,?\s*\"|that\b)", rest)
                or word in _TELL_VERBS and rest is not after and (_BARE_CLAUSE.match(rest) or _PRONOUN_CLAUSE.match(rest.lstrip())))


def _told_to(after: str) -> bool:
    """'told farmers not to plant early', 'asked the parties to show restraint': the addressee, then the
    infinitive of the directive (not 'told Fox that he plans to …')."""
    appeal = _APPEAL.match(after)
    obj = re.sub(r"(?:not\s+)?to\s+[“\"]?[a-z]$", "", appeal.group(0)) if appeal else ""
    return bool(obj.strip()) and not re.search(r"\b(?:that|who|which|whom|what)\b|[“\"]", obj) \
        and not _finite_verb_in(obj)  # ('asked managers of Ghana’s economy to …')
_NOUN_AFTER_TO = re.compile(r"\s*to\s+(?:the|a|an|his|her|its|their|our|my|your|this|these|those|him|them|us|me|"
                            r"[A-Z\d])\b")


def _bare_infinitive(text: str, v_end: int, c_start: int, s_end: int) -> int | None:
    """'vowing to defend Chinese businesses' reports 'defend Chinese businesses': the content of a bare
    infinitive starts after 'to'; 'agreed to the deal' has a noun object only (None)."""
    if _NOUN_AFTER_TO.match(text, c_start, s_end):
        return None
    infinitive = re.match(r"\s*to\s+(?=[“\"]?[a-z])", text[c_start:s_end])
    if infinitive:
        return c_start + infinitive.end()
    if re.match(r"\s*(?:that\b|:|,\s*[“\"]|[“\"][^“”\"]*?\s[^“”\"]*?\s)", text[c_start:s_end]) or c_start > v_end:
        return c_start  # ('predicted “another one coming…”'; 'vowing “firm countermeasures” after …' is a noun object)
    first = re.split(r"[;:]|\s[-—–]\s", text[c_start:min(s_end, c_start + 100)])[0]
    # 'threatening further losses', 'vowed revenge': a noun object only; 'hoped the meeting, requested
    # by Sanders, would be …': a clause
    return c_start if re.search(r"\bto\s+[“\"]?\w+|\b(?:will|would|could|can|may|might|must|should|is|are|was|were|"
                                r"has|have|had)\b", first) else None


def _unattributed_quotes(text, s_start, s_end, quotes, found, p_index) -> list[Attribution]:
    """Quoted sentences with no verb of their own: they continue the speaker before them."""
    result = []
    taken = [(f.start, f.end) for f in found]
    for q in quotes:
        if q.open < s_start or any(a <= q.open + 1 <= b or q.open <= a < q.close for a, b in taken):
            continue
        outside = _outside_quotes(text, s_start, s_end, quotes).strip(" ,.?!;:—–-”\"")
        mention = None
        if outside:  # 'Dr. Guan, however, left Wuhan convinced that “…”': the sentence's subject, if a person
            clause = not found and _quoted_clause(text, q)
            if not clause and (found or not _quoted_sentence_after_colon(text, q)):
                continue
            subject = _sentence_subject(text, s_start, q.open)
            mention = subject if subject is not None and subject.kind in ("person", "pronoun") else None
            if not clause and (mention is None or len(outside.split()) < 2):
                continue  # ('The plan lists three aims: “…”', 'Quote: “…”': a colon after no person, or after a label alone)
        s, e = _trim(text, q.open + 1, q.close)
        if e > s and len(text[s:e].split()) >= 2:
            result.append(Attribution(s, e, "direct", mention, "", None, p_index))
    return result


def _outside_quotes(text: str, s_start: int, s_end: int, quotes: list[QuoteMarks]) -> str:
    """The words of a sentence outside all its quotations ('“A. “B. “C.”' run together has none)."""
    pieces, pos = [], s_start
    for q in sorted(quotes, key=lambda q: q.open):
        if q.open >= pos:
            pieces.append(text[pos:q.open])
        pos = max(pos, q.close + 1)
    pieces.append(text[min(pos, s_end):s_end])
    return " ".join(pieces)


def _quoted_clause(text: str, q: QuoteMarks) -> bool:
    """A quoted clause inside the writer's own sentence is the words of the speaker before it
    (annotations/README.md): 'This is because “the demand in the economy … exceeds what the economy
    can produce”', 'left Wuhan convinced that “the epidemic situation was out of control.”'. It opens
    after 'that', 'because' or 'since' and holds a finite verb; a scare-quoted phrase does not."""
    if not q.closed or not re.search(r"\b(?:that|because|since)\s*$", text[max(0, q.open - 10):q.open]):
        return False
    inner = text[q.open + 1:q.close]
    return len(inner.split()) >= 5 and bool(_AUXILIARY.search(inner) or FINITE.search(inner))


def _quoted_sentence_after_colon(text: str, q: QuoteMarks) -> bool:
    """'Tourism Minister Jane Roe was thrilled to see the influx: “We are hearing …”': a quoted sentence of four
    words or more after a colon, its speaker the person the writer's sentence opens on."""
    inner = text[q.open + 1:q.close]
    return bool(re.search(r":\s*$", text[max(0, q.open - 3):q.open])) and inner[:1].isupper() and len(inner.split()) >= 4


# '…, Theresa May, who called the snap election in April, claiming …': a name, its relative clause, a participle.
_ANTECEDENT = re.compile(r"(?:^|[\s,])(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}),\s*who\s+[^,;:“”\"]{3,120},\s*$")


def _relative_antecedent(text: str, floor: int, limit: int) -> Mention | None:
    """The person a participle after a relative clause reports: 'Such a result would be calamitous for
    Theresa May, who called the snap election in April, claiming the country needed certainty'."""
    match = _ANTECEDENT.search(text, floor, limit)
    if match is None:
        return None
    mention = parse_mention(match.group("name"), None, match.start("name"))
    return mention if mention is not None and mention.kind == "person" else None


# A passive clause's agent right before a participle's comma: 'The rumours were dismissed by him, saying …'.
_AGENT_BEFORE_PARTICIPLE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+\s+)?[a-z]+(?:ed|en)\s+by\s+"
                            r"(?P<agent>[^,;:“”\"]{1,80}?),\s*$")


_SUBJECT_FORM = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "I"}


def _passive_agent(text: str, s_start: int, limit: int) -> Mention | None:
    """The agent of a passive clause before a participle ('dismissed by him, saying'): who does the saying."""
    match = _AGENT_BEFORE_PARTICIPLE.search(text, s_start, limit)
    agent = match and _SUBJECT_FORM.get(match.group("agent").lower(), match.group("agent"))  # ('by him': he)
    mention = match and parse_mention(agent, None, match.start("agent"))
    return mention if mention and mention.kind in ("person", "pronoun", "organization", "definite") else None


def _sentence_subject(text: str, s_start: int, limit: int) -> Mention | None:
    """The source opening the sentence: 'Hillary Clinton sternly reprimanded Mr. Trump, saying …';
    after a scene-setting phrase: 'At a July meeting …, veteran engineer Gentry Lee expressed doubt … and said …'."""
    for _ in range(3):  # 'But speaking to the Financial Times, Andrew Bailey …': a connective, then a scene
        intro = _SCENE_SETTING.match(text, s_start, limit)
        if not intro or intro.end() == s_start:
            break
        s_start = intro.end()
    words = re.match(r"\s*((?:[A-Z][\w.’'-]*|of|for|and|the|de|van|von)(?!\w)(?:\s+(?:[A-Z][\w.’'-]*|of|for|and|the|de|van|von)(?!\w))*)",
                     text[s_start:limit])
    if words and not _role_before_name_after(text, s_start + words.end(1), limit):
        named = _NAME_AFTER_OFFICE.match(text, s_start + words.end(1), limit)
        mention = named and parse_mention(text[s_start + words.start(1):named.end()], None, s_start + words.start(1))
        if mention and mention.kind == "person" and mention.name == named.group(1):
            return mention  # 'Head of the Sample Bank (SB), Tom Reed has … and says …': the office, then its holder
        mention = parse_mention(words.group(1), None, s_start + words.start(1))
        if mention is not None and mention.kind in ("person", "organization", "pronoun", "definite"):
            return mention
    tokens = text[s_start:limit].split()[:6]
    for i, token in enumerate(tokens):
        if token.endswith(","):  # 'The ruling government, however, has …': the subject ends at the comma
            tokens[i:] = [token[:-1]]
            break
    for k in range(len(tokens), 0, -1):  # 'veteran engineer Gentry Lee'
        mention = parse_mention(" ".join(tokens[:k]), None, s_start + len(text[s_start:limit]) - len(text[s_start:limit].lstrip()))
        if mention is not None and (mention.kind == "person" and _is_name_end(tokens[k - 1]) and k > 1
                                    or mention.kind == "anonymous" and _plain_noun_phrase(tokens[:k])
                                    or mention.kind == "definite"
                                    and tokens[k - 1].lower() in ORG_HEADS | ROLE_NOUNS | TITLE_WORDS):
            return mention  # ('The agency cut its forecast, predicting …': a description of a body)
    return None


# After an office opening a sentence, a comma and the name of its holder before a verb (its acronym in brackets
# first): 'Head of the Sample Bank (SB), Tom Reed has', 'Sampleshire farmer, Tom Reed told'.
_NAME_AFTER_OFFICE = re.compile(r"(?:\s+[a-z][\w-]*){0,3}(?:\s*\([A-Z][A-Za-z]{1,7}\))?,\s+((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]*)"
                                r"(?=\s+[a-z])")


# Right before a verb, the comparison a participle completes: 'than expected', 'weaker-than-forecast', 'as predicted'
# (not 'quoted as saying').
_COMPARED = re.compile(r"\b(?:than|as)[\s-]+$", re.I)


# A participle of speech and its 'that' clause opening a sentence: 'Noting that inflation had eased, …'.
_FRONTED_PARTICIPLE_THAT = re.compile(r"\s*(?P<verb>(?i:" + _PARTICIPLE_ALT + r"))(?:\s+out)?\s+that\s+(?P<content>[^,;:“”\"]{8,300}),\s")
# What may open a sentence before its subject: a scene ('At a July meeting …,'), a connective ('But',
# 'However,', 'Of course,'), a short fronted adverbial ('Elsewhere in punditry,').
_SCENE_SETTING = re.compile(r"\s*(?:(?:At|In|On|During|After|Before|Earlier|Later|Last|This|Despite|Amid|Following|Given|"
                            r"Since|While|Although|Though|When|As|Because|If)\b[^,;]{0,150},\s*"
                            r"|(?:[Ss]peaking|[Tt]alking|[Ww]riting|[Aa]ppearing|[Rr]esponding|[Cc]ommenting|[Aa]ddressing)"
                            r"\b[^,;]{0,100},\s*"
                            r"|(?:But|And|Yet|So|Still|Now|Then|Meanwhile|However|Moreover|Also|Instead)\b,?\s+"
                            r"|(?:[A-Z][a-z]+ly|Of|For|With|From|By|Under|Elsewhere|Instead|Overall|Indeed)\b[^,;]{0,40},\s+)")


# Lower-case words of a role between a capitalised owner and a name: 'Sample coach Jane Roe', 'Sample spin bowling coach Jane Roe'.
_LOWER_CASE_ROLE = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*))\s+(?=[A-Z][\w’'-]*\s+[A-Z])")


def _role_before_name_after(text: str, pos: int, limit: int) -> bool:
    """Does a lower-case role and a name follow the capitalised words ending at *pos* ('Sample coach
    Jane Roe has no doubts …, saying …')? Then those words are the role's owner, not the subject."""
    role = _LOWER_CASE_ROLE.match(text, pos, limit)
    return bool(role) and (is_title_word(role.group(2)) or person_noun(role.group(2)))


def _plain_noun_phrase(tokens: list[str]) -> bool:
    """'analysts in China' (a source), not 'A Chinese official responded by' (a clause): no past form
    and no preposition but 'in' or 'of' ('But analysts in China downplayed the move, saying …')."""
    return not any(t.lower() in ("by", "to", "for", "with", "at", "from", "that", "who", "which") or
                   len(t) > 4 and t.endswith("ed") for t in tokens)


def _is_name_end(token: str) -> bool:
    return token[:1].isupper() and token.rstrip(",").isalpha()


# The auxiliary of a passive report ('was warned', 'have been told'), and its agent with 'that' after it.
_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being|been)\s+(?:\w+ly\s+|also\s+)?\Z")
_BY_AGENT = re.compile(r"\s+by\s+(?P<agent>[^,;:“”\"]{2,120}?)(?:\s*,?\s+(?:on\s+\w+day|\w+day|last\s+\w+|"
                       r"earlier|in\s+an?\s+\w+(?:\s+\w+)?))?\s*,?\s+that\b\s*")
# 'X was quoted Sunday on his ministry's web site (as) saying that …'
_QUOTED_AS = re.compile(r"\b(?:was|were|is|are)\s+(?:also\s+)?(?:quoted|cited)\b[^,.;“”\"]{0,80}?(?:\s+as)?\s*$")
# What comes before a participle whose subject is the sentence's: a comma, a dash, a preposition
# ('…, stating that', '… – warning that', 'after explaining that', 'by saying').
_BEFORE_PARTICIPLE = re.compile(r"(?:,[”\"]?|\s[-—–]{1,2}|\b(?:by|after|before|while|when|in))\s*$")  # ('“manageable,” saying')
_WORD_BEFORE = re.compile(r"\b([a-z][a-z-]+)\s+$")


def _participle_after_object(left: str) -> bool:
    """'Jane Roe has downplayed the defeat insisting their target remains …': with no comma, a participle of
    speech after a main clause's object that names no person (no 'fans insisting …') shares the clause's subject."""
    word = _WORD_BEFORE.search(left)
    if word is None:
        return False
    noun = word.group(1)
    # ('released a report saying': a document, no person; 'a note to investors suggesting …': whom it was sent to)
    people = (person_noun(noun) or plural_person_noun(noun)) and noun not in DOCUMENT_NOUNS \
        and not _TO_RECIPIENT.search(left, 0, word.start())
    return not (people or noun in FUNCTION_WORDS | AUXILIARIES | DETERMINERS or FINITE.fullmatch(noun)) \
        and not _ABSOLUTE_WITH.search(left) and bool(FINITE.search(left))


_TO_RECIPIENT = re.compile(r"\s(?:" + DOCUMENT_NOUN + r")\s+to\s+(?:its\s+|their\s+|his\s+|her\s+)?$")  # (data/document_nouns.txt)
_ABSOLUTE_WITH = re.compile(r"\bwith\s+(?:[\w’'-]+\s+){1,3}$")  # 'with projections suggesting …': the noun's own act
_SHARED_SUBJECT = re.compile(r"(?:,|\s[-—–])?\s*\b(?:but|and)\s+(?:also\s+|now\s+|later\s+|then\s+|both\s+|all\s+)?"
                             r"(?:(?:has|have|had|is|are|was|were)\s+(?:also\s+|still\s+|now\s+)?)?$")  # ('… and has claimed he will …', '… and is expecting …')
# 'Speaking to TalkTV, Clifford said: …' - a participle phrase, not content.
_PARTICIPLE = re.compile(r"^(?:" + _SPEAKING + r"|in\s+(?:a|an|his|her|its|their)\s+\w+$|on\s+\w+day$|last\s+\w+$)\b",
                         re.I)
# A fronted concessive clause is the writer's framing of what the source said, not its content.
_CONCESSIVE_FRAME = re.compile(r"(?:despite|even\s+though|although|though|notwithstanding|in\s+spite\s+of)\b"
                               r"[^,;“”\"]{3,200},\s+(?=\S)", re.I)
# 'Since then, however,': a short fronted adverbial with the writer's 'however' after it.
_FRONTED_ASIDE = re.compile(r"(?:Since|Until|After|Before|In|On|At|For|By|From|Over|During|Under|With|Then|Now|So\s+far|"
                            r"To\s+date|[A-Z][a-z]+ly)\b[^,;:“”\"]{0,40},\s+(?:however|though|meanwhile|moreover|in\s+turn),\s+(?=\S)")
# An adverbial of time, place or circumstance opening the sentence before its subject: 'On Thursday,', 'Later,', 'Although
# cases are up,' (the first words of _SCENE_SETTING, without those that may open a name: 'Kelly,').
_SENTENCE_OPENER = re.compile(r"^(?:At|In|On|During|After|Before|Earlier|Later|Last|This|Despite|Amid|Following|Since|While|"
                               r"Although|Though|When|As|Because|If)\b[^,;]{0,150},\s*")
# (the one-word adverbials of data/discourse_adverbials.txt: 'Besides,', 'Nevertheless,')
_LEADING_CONNECTIVE = re.compile(r"^(?:(?:but|and|now)\b,?|(?:however|still|yet|so|also|in\s+addition(?!\s+to)|for\s+now|"
                                 + "|".join(longest_first(words("discourse_adverbials"))) + r"),)\s*", re.I)


# A closing source and its speech verb right before (a comma and) 'according to': '“…,” the minister said, according to …', '“…,” said
# Jane Roe, a professor at Sample University, according to …', '“…,” Roe said at a seminar in Sampleton, according to …'.
_REPORTED_THEN_RELAYED = re.compile(r"[”\"],?\s+(?:[^,”\"]{2,80}\s+(?:" + _VERB_ALT + r")(?:\s+(?:at|in|on|during|after|before|to|from|when|while)\b[^,”\"]{1,80}|\s+\w+)?|(?:" + _VERB_ALT +
                                    r")\s+[^”\"]{2,200}?)\s*,?\s*$")
# 'according to a survey released Monday': what a poll found is not annotated.
_POLL = re.compile(r"(?:(?:an?|the|this|that|its|their)\s+)?" + DOCUMENT_MODIFIER +
                   r"?(?:survey|poll|polls|polling)\b(?!\s+(?:expert|analyst|director|chief)s?\b)", re.I)
_POLL_FIGURE = re.compile(r"(?:(?:nearly|about|almost|around|some|over|under|only|just)\s+)?\S+\s*(?:%|percent|per\s+cent)"
                          r"\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:polled|surveyed|questioned|respondents|asked)\b", re.I)
_DOCUMENT = re.compile(r"^(?:(?:an?|the)\s+" + DOCUMENT_MODIFIER + r"?"
                       r"(?:" + DOCUMENT_NOUN + r")|"
                       r"(?:the\s+)?" + DOCUMENT_MODIFIER + r"?(?:results|figures|data)"
                       r"(?:\s+(?:released|published|issued|announced))?)\s+(?:from|by|of)\s+", re.I)


_ACCORDING_APPOSITIVE = re.compile(r"\s*(?P<role>(?:(?:the|a|an)\s+)?[a-z][^,;:“”\"]{2,120}?|"
                                   r"(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:\s+(?:of|for|at)\s+[^,;:“”\"]{2,100}?)?),")


# A short fronted adverbial and its comma: 'Over the long term, ', 'In the past year, ', 'Since then, '.
_PREPOSITION_FIRST = re.compile(r"\s*(?:In|On|At|For|From|By|With|After|Before|During|Under|Over|Across|Amid|Despite|"
                                r"Since|Until|Through|Throughout|Among|Within|Without|Beyond)\s")
_FRONTED_ADVERBIAL = re.compile(r"\s*(?:[A-Z][a-z]+\s+)?(?:over|in|on|at|for|by|since|until|after|before|during|under|"
                                r"then|now|so\s+far|to\s+date|this\s+year|last\s+year)\b[^,;:“”\"]{0,40},\s*", re.I)
# A clause joined after a closing 'according to' source: '…, according to a December update, but Roe said …'.
_TURN_AFTER_SOURCE = re.compile(r",\s*(?:but|and|while|whereas|yet)\s+(?=[A-Z])")
_ACCORDING_RELATIVE = re.compile(r"\s*(?:who|which)\s+[^,;:“”\"]{2,100},")


# An organisation named 'of' a list: 'Ministry of Trade, Industry and Energy (MOTIE)' goes on past its commas.
_OF_NAME_END = re.compile(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w&-]*$")
_SERIAL_NAME = re.compile(r"(?:,\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)*,?\s+and\s+(?:the\s+)?[A-Z][\w&-]*"
                          r"(?:\s+[A-Z][\w&-]*)?(?:\s+\([A-Z]{2,8}\))?(?=\s*,)")


def _according_source(text: str, np_a: int, comma: int, s_end: int) -> tuple[Mention | None, int]:
    """The source of a fronted 'According to X, …' and the comma its content follows; a person's
    appositive role goes with the name: 'According to Jane Roe, chief economist at Sample Bank, …'."""
    np_text = text[np_a:comma]
    serial = _SERIAL_NAME.match(text, comma, s_end) if _OF_NAME_END.search(np_text) else None
    if serial:  # 'According to the Ministry of Trade, Industry and Energy (MOTIE), …': one name
        comma = serial.end()
        np_text = text[np_a:comma]
    relative = _ACCORDING_RELATIVE.match(text, comma + 1, s_end)
    if relative:  # 'According to Jane Roe, who heads Sample Bank, rates will rise'
        mention = parse_mention(np_text, None, np_a) or _named_by_according(np_text, np_a)
        return mention, relative.end() - 1
    named = _name_after_role(text, np_text, np_a, comma, s_end)
    if named is not None:
        return named
    appositive = _ACCORDING_APPOSITIVE.match(text, comma + 1, s_end)
    role = appositive.group("role") if appositive else ""
    if appositive and _names_a_role(role) and (role[:1].islower() or role.startswith(("the ", "a ", "an "))
                                               or any(is_title_word(w) for w in role.split()[:4])):
        # ('According to Dr Jane Roe, Joint Spokesperson of the Ministry of Health, …': a capitalised title)
        mention = parse_mention(np_text, appositive.group("role"), np_a)
        if mention is not None and mention.kind == "person":
            mention.end = appositive.end() - 1
            return mention, appositive.end() - 1
    return parse_mention(np_text, None, np_a) or _named_by_according(np_text, np_a), comma


# A full name set off by commas after a role: ' James Bynoe,' in 'According to the chief executive …, James Bynoe, …'.
_NAME_IN_COMMAS = re.compile(r"\s*(" + _FULL_NAME.pattern + r"),")


def _name_after_role(text: str, np_text: str, np_a: int, comma: int, s_end: int) -> tuple[Mention, int] | None:
    """'According to the Chief Executive Officer for the Caribbean Cyber Security Centre, James Bynoe, …': a
    role with its article, then the full name of its holder set off by commas, is that person with that role."""
    if not re.match(r"(?:the|a|an)\s", np_text, re.I) or not _names_a_role(np_text):
        return None
    name = _NAME_IN_COMMAS.match(text, comma + 1, s_end)
    if name is None:
        return None
    mention = parse_mention(name.group(1), np_text, name.start(1))
    if mention is None or mention.kind != "person" or len(mention.name.split()) < 2:
        return None
    return mention, name.end() - 1


# A relative clause reporting more after a source: ', who said …', ', who also warned that …'.
_WHO_REPORTS = re.compile(r"(?:\s+" + _RECENT_TIME + r"|\s+on\s+\w+day)?\s*,\s*who\s+(?:(?:also|has|had|later|then|\w+ly)\s+){0,2}(?P<verb>" + _VERB_ALT + r")\b")
_POSSESSIVE = re.compile(r"\b(?!(?:it|he|she|that|there|what|who|here|where|how|this|let)[’'])(\w+)[’']s\b", re.I)


def _finite_verb_in(text: str) -> bool:
    """Does *text* hold a finite verb, a possessive's 's being none ('Ghana’s economy', not 'it’s')?"""
    return FINITE.search(_POSSESSIVE.sub(r"\1", text)) is not None


def _names_a_role(phrase: str) -> bool:
    """Is *phrase* an appositive role ('chief economist at Sample Bank', 'the bank's chief economist'),
    not a clause ('rates will fall', 'it's over')?"""
    return not _finite_verb_in(phrase) and (any(is_title_word(w) for w in phrase.split()[:6])
                                          or bool(re.search(r"\s(?:at|of|with|for)\s+(?:the\s+)?[A-Z]", phrase)))


def _named_by_according(phrase: str, start: int) -> Mention | None:
    """Sources 'according to' names that are no person: 'a recent report from Bloomberg New Energy Finance',
    'FEC filings', 'HuffPost Pollster’s polling average'."""
    phrase = _strip_trailing_punct(re.split(r"[.;]\s|,\s+(?:which|who|a|an|the)\s", phrase.strip())[0])
    if not phrase or len(phrase.split()) > 10 or "“" in phrase or '"' in phrase:
        return None
    doc = _DOCUMENT.match(phrase)
    if doc:
        phrase, start = phrase[doc.end():], start + doc.end()
        named = parse_mention(phrase, None, start)
        if named is not None:
            return named
    caps = any(w[:1].isupper() for w in phrase.split())
    return Mention(phrase, re.sub(r"^(?:the|The)\s+", "", phrase), "organization" if caps else "anonymous",
                   anonymous=not caps, start=start, end=start + len(phrase))


# The forecast and commitment verbs of data/reporting_verb_classes.csv ('forecasts', 'vows'): a speech act,
# not a view ('hopes', 'fears' stay inside the report that relays them: 'said the bank hopes prices …').
_FORECAST_PREFIXES = tuple(row["prefix"] for row in table("reporting_verb_classes") if row["class"] in ("forecast", "commit"))


# What opens a report's content right after its verb: 'that', a colon, a quotation mark.
_CONTENT_OPENING = re.compile(r"\s*(?:that\b|:|,?\s*[“\"])")


def _nounish_as_verb(text: str, site: "VerbSite", mention: Mention | None, after: str) -> bool:
    """Is a word that is also a noun ('reports', 'estimates', 'expected', 'asked') the reporting verb here? So it is
    before 'that', a colon or a quotation; as 'asked X to'; after a named source, before an object and an
    infinitive or before a clause ('the agency forecasts output will …'); and right after 'he' or 'she'."""
    word = site.word
    return bool(_CONTENT_OPENING.match(after)) \
        or word == "asked" and mention is not None and _told_to(after) \
        or _past_view_of_an_object(word, mention, after) \
        or _verb_before_clause(word, mention, after) \
        or _verb_of_a_pronoun(text, site) or _parenthetical_report(text, site, mention, after)


def _verb_before_clause(word: str, mention: Mention | None, after: str) -> bool:
    """Before a clause after a named source (:func:`_named_clause`) a word that is also a noun is its verb, unless it
    reports a view only; of those, a forecast's present ('forecasts') and a view's after a named person ('fears', not
    'hopes to …') are verbs too."""
    return (word not in _PREPOSED_ONLY | {"asked"} or _forecast_act(word)
            or _view_in_present(word) and mention is not None and mention.kind == "person" and not _TO_NEXT.match(after)) \
        and _named_clause(mention, after)


def _parenthetical_report(text: str, site: "VerbSite", mention: Mention | None, after: str) -> bool:
    """'For the first time since 2000, IDES reports, the number of jobs rose': a named source and its verb between
    commas inside the sentence report it (not 'Police reports, however, show …', which opens it)."""
    return mention is not None and mention.kind in ("person", "organization", "definite") and after.startswith(",") \
        and text[max(0, site.np_start - 2):site.np_start].strip() == ","


# An object of a few words and a to-infinitive: 'global trade to decline …', 'the real GDP to grow …'.
_OBJECT_THEN_INFINITIVE = re.compile(r"\s+(?!to\b)(?:[\w’'.%$-]+\s+){1,5}?to\s+[a-z]{3,}\b")


def _past_view_of_an_object(word: str, mention: Mention | None, after: str) -> bool:
    """'Jane Roe expected global trade to decline …': after a named source, the past form of a view verb
    taking an object and an infinitive ('expected', also an adjective or a passive's participle) is its
    verb when an object and a to-infinitive follow it."""
    return word.endswith("ed") and word in _INFINITIVE_VERBS and mention is not None \
        and mention.kind in ("person", "organization", "anonymous", "group") and mention.name[:1].isupper() \
        and bool(_OBJECT_THEN_INFINITIVE.match(after))


_TO_NEXT = re.compile(r"\s*to\b")  # ('hopes to be fit': an intention, no clause)


def _view_in_present(word: str) -> bool:
    """'fears', 'hopes', 'doubts': the present tense of a view verb (preposed only), no naming or appeal ('calls',
    'appeals'), a verb after a named person as 'thinks' is ('Roe fears the striker may need surgery'; a body's 'hopes'
    is often reported inside another's words: 'said the Bank hopes gas prices will …')."""
    return word.endswith("s") and word in _VIEWS_ONLY


_VIEWS_ONLY = _PREPOSED_ONLY - _NAMING_VERBS - _DIRECTIVE_VERBS  # (verbs reporting a view only, no naming, no appeal)


def _forecast_act(word: str) -> bool:
    """'forecasts', 'vows': the present tense of a forecast or a commitment, a verb after a named source."""
    return word.endswith("s") and word.startswith(_FORECAST_PREFIXES)


_PERSONAL_PRONOUN = re.compile(r"(?:he|she)\s+(?:(?:also|still|now|\w+ly)\s+)?", re.I)


def _verb_of_a_pronoun(text: str, site: "VerbSite") -> bool:
    """'She notes most areas received …', 'He worries the quake may be …': right after 'he' or 'she', a
    word that is also a noun ('notes', 'worries', 'suspects') is its verb."""
    return site.mention is not None and site.mention.kind == "pronoun" \
        and bool(_PERSONAL_PRONOUN.fullmatch(text, site.np_start, site.start))


# A description with its determiner: 'the research firm', 'One financial services firm'.
_DETERMINED = re.compile(r"\s*(?:the|a|an|one)\s+(?:[\w-]+\s+){0,3}(?P<head>[a-z-]+)\s*$", re.I)


def _body_or_person_described(text: str) -> bool:
    """'the research firm', 'The energy agency', 'an economist': a determiner and a few words headed by a kind of
    body or a noun of a person (not a document's: 'The latest prediction', 'The study')."""
    found = _DETERMINED.match(text)
    return bool(found) and (found.group("head") in _BODY_KINDS or person_noun(found.group("head")))


_PLACE_PHRASE = re.compile(r"\s(?:in|across|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def _named_clause(mention: Mention, after: str) -> bool:
    """'the Bureau of Economic Analysis estimates gross domestic product grew …': after a named source (or a
    description with its determiner, 'the research firm projects the industry will grow …'), a word that is also
    a noun ('estimates', 'reports') is its verb when a clause follows, its verb in the first six words."""
    # ('he notes there could be …': after a pronoun, a verb too; a place in a phrase counts for no words: 'estimates
    # cotton production in the High Plains will be …')
    first = _PLACE_PHRASE.sub("", re.split(r"[,;:]", after)[0]).split()[:6]
    return (mention.kind in ("person", "organization") and mention.name[:1].isupper() or mention.kind == "pronoun"
            or mention.kind in ("definite", "anonymous") and _body_or_person_described(mention.text)) \
        and bool(first) \
        and first[0].lower() not in AUXILIARIES and bool(FINITE.search(" ".join(first)))


def _nested_report(text: str, masked: str, s_start: int, at: int, relayed: bool = False) -> bool:
    """Does the content at *at* report another source's words: 'the OPEC chief said that the oil cartel’s
    33 economists had warned that there will be a need …' (annotations/README.md: one entry, the
    innermost content, spoken by its own source)? Inside an outlet's report (*relayed*: 'AFP reported
    that Roe, a spokesman, said the party …') the inner verb needs no 'that'."""
    verb = VERB_RE.search(masked, at - s_start)
    relayed = relayed and bool(re.search(r"\bthat\s*$", text[max(0, at - 8):at]))  # ('reported a windfall and said …')
    if not verb or not (relayed or re.match(r"\s*(?:that\b|:)", masked[verb.end():])):
        return False
    return _speaker_opens(text, masked, s_start, at)


# Verbs of the source's own expectation (the 'expect' and 'anticipat' rows of data/reporting_verb_classes.csv);
# 'said he thinks …' stays whole, as a view nested in the report (annotations/README.md, and PolNeAR).
_VIEW_PREFIXES = tuple(row["prefix"] for row in table("reporting_verb_classes")
                       if row["prefix"] in ("expect", "anticipat"))
_VIEW_VERBS = longest_first(v for v in _PREPOSED_ONLY if not v.endswith("ing") and v.startswith(_VIEW_PREFIXES))
_OWN_VIEW = re.compile(r"\s*(?:he|she|they|we|I)\s+(?:\w+ly\s+)?(?:" + "|".join(_VIEW_VERBS) + r")\s+(?!to\b|that\b)")
_CLAUSE_AUX = re.compile(r"\b(?:will|would|could|can|may|might|should|must|is|are|was|were|has|have|had)\b")


def _after_own_view(text: str, c_start: int, s_end: int) -> int:
    """'Jensen Huang said he expects the boom will last …': the source's own view verb opening the content
    is left out; the entry is its clause (annotations/README.md). Not 'said she expects rates to fall' (the
    object and infinitive stay in the view's content) nor a noun object ('said he expects a decline')."""
    own = _OWN_VIEW.match(text, c_start, s_end)
    if own is None:
        return c_start
    first = re.split(r"[,;:]|\s[-—–]\s", text[own.end():s_end])[0].split()[:8]
    return own.end() if len(first) >= 3 and _CLAUSE_AUX.search(" ".join(first[1:])) else c_start


def _reports_itself(clause: str) -> bool:
    """Is *clause*, read alone, a report by its subject and a speech verb, the content running to its end ('Jane Roe
    said A' before ', according to Sample Weekly'; not 'Both patients reported to hospitals', nor 'Roe expects A, but
    B', where what is relayed is B, nor 'Sanders netted more from people who listed themselves as teachers')?"""
    clause = clause.rstrip(" ,")
    return any(found.cue != "according to" and found.end >= len(clause) - 2 and found.mention is not None
               and not found.mention.relative
               and re.fullmatch(r"(?:[^,]*,)?\s*", clause[:max(0, clause.find(found.mention.text))])
               # (its source opens the clause, perhaps after its role and a comma: not 'people who listed …')
               for found in find_attributions(clause + "."))


def _speaker_opens(text: str, masked: str, s_start: int, at: int) -> bool:
    """Does the clause starting at *at* open with its own source and speech verb?"""
    verb = VERB_RE.search(masked, at - s_start)
    if not verb or verb.start() + s_start - at > 120:
        return False
    mention, np_start = _subject_before(text, at, s_start + verb.start())
    # 'the current number believed affected …' is a reduced passive, not a source speaking
    if mention is None or text[at:np_start].strip(" ,"):
        return False
    return mention.kind != "definite" or mention.name.split()[-1].lower() in TITLE_WORDS | ROLE_NOUNS


# The object of a reporter's 'quoted' or 'cited': not the agent or place of a passive ('was quoted by the agency as').
_QUOTED_OBJECT_SOURCE = r"(?:quoted|cited)\s+(?!(?:by|in|on|as)\s)(?P<source>"
_QUOTED_AS_SAYING = re.compile(r"[,”\"]\s*(?:the\s+|a\s+|an\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?\s+" + _QUOTED_OBJECT_SOURCE +
                               r"[^;“”\"]{2,160}?),?\s+as\s+(?:saying|telling\s+\S+(?:\s+\S+)?)\s*[.!?]?\s*$")
# 'Interfax quoted Europol Director Jane Roe as saying that …', 'The agency cited analysts at Sample Insight as saying …':
# the object of a reporter's 'quoted' or 'cited' is who says what follows.
_QUOTED_OBJECT = re.compile(r"\b" + _QUOTED_OBJECT_SOURCE + r"[^;:“”\"]{2,160}?),?\s+(?:as\s+)?$")


def _quoted_object(text: str, floor: int, verb_start: int) -> tuple[Mention, int] | None:
    """The source of a 'saying' after a reporter's 'quoted X (as)': X, and where its phrase starts; None if the
    words before are no such report or X names no source."""
    match = _QUOTED_OBJECT.search(text, floor, verb_start)
    mention = _object_of_quoted(text, *match.span("source")) if match else None
    return (mention, match.start("source")) if mention else None


def _object_of_quoted(text: str, np_start: int, np_end: int) -> Mention | None:
    """Who the words *np_start*..*np_end* after a reporter's 'quoted' name ('… quoted Jane Roe, president of the
    Sample Union, as saying': the name and its appositive); None if no source."""
    if "," in text[np_start:np_end]:
        mention, _ = _subject_after(text, np_start, np_end)
    else:
        mention = parse_mention(text[np_start:np_end], None, np_start)
    return mention if mention is not None and mention.kind in ("person", "organization", "anonymous", "definite") else None


# '… was quoted as saying on Thursday', '… was quoted by Sample News as saying': a passive report closing its sentence.
_QUOTED_PASSIVE = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+)?(?:quoted|cited)"
                             r"(?:\s+(?:by|in)\s+[^,;“”\"]{2,80}?)?\s+as\s+saying\b[^,;“”\"]{0,120}?[.!?]?\s*$")
# 'Added Jane Roe: “…”', 'Said the minister, “…”': a reporting verb first, its source, the quote after.
_VERB_FIRST = re.compile(r"\s*(?P<verb>[A-Z][a-z]+)\s+(?P<source>[^“”\",:;]{2,80}?)\s*[:,]\s*(?=[“\"])")
# (A comma, a colon or a quotation mark after 'put it': 'As the economy begins anew, Roe said it provides …' has its
# source after the comma, and 'it' opens the content.)
_AS_PUT_IT = re.compile(r"\s*As\s+(?P<source>[^“”\";]{2,200}?)\s+(?P<verb>put|puts|said|says|noted|notes|wrote|writes)"
                        r"\s+it\b(?:\s+(?:on\s+\w+day|in\s+an?\s+\w+(?:\s+\w+)?))?\s*(?:[,:]\s*(?=\S)|(?=[“\"‘]))")
# 'And as Menendez pointed out, …', 'As The Huffington Post previously reported, …': a fronted 'as' clause
# with a source and a reporting verb (no 'it'), the content after its comma.
_AS_SOURCE = re.compile(r"\s*(?:(?:And|But|Yet|So)\s+as|As)\s+(?P<source>[^“”\";]{2,120}?)\s+(?:(?:has|had|have)\s+)?"
                        r"(?:\w+ly\s+)?(?P<verb>" + _VERB_ALT + r")(?:\s+out)?"
                        r"(?:\s+(?:on\s+\w+day|in\s+an?\s+\w+(?:\s+\w+)?|(?:last|this)\s+\w+|earlier|recently))?"
                        r"\s*[,:]\s*(?=\S)")
_PUT_IT = re.compile(r"\s+(?:put|puts|has\s+put)\s+it(?:\s+(?:\w+ly|very|quite|this\s+way|best)){0,3}\s*:\s*(?=\S)")
# What may close a sentence after a closing view verb: when ('on Sunday night', 'Thursday'), where ('in a mid-year
# forecast'), and a clause the writer adds after a comma (', with some expected to serve abroad', ', as …').
_CLOSING_REST = re.compile(r"\s*(?:(?:on\s+)?\w+day(?:\s+(?:morning|afternoon|evening|night))?|last\s+\w+|earlier|yesterday|"
                           r"today|in\s+an?\s+[\w-]+(?:\s+[\w-]+)?)?(?:,\s+(?:with|as|while|after)\s[^;:“”\"]*"
                           r"|\s+(?:after|before|while|when)\s+[a-z]+ing\b[^;:“”\"]*)?\s*[.!?]?\s*$")  # ('… revealed after unveiling …')


# Verbs by which a news outlet relays what others said: 'X predict …, CNN reported'.
_RELAY_VERBS = {"reported", "reports", "report"}
# '… said oil could reach $200 a barrel, Bloomberg News reported.': the outlet closing a report relays it.
_CLOSING_RELAY = re.compile(r"[,”\"]?\s*,\s+(?:the\s+)?(?P<outlet>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4}|"
                            r"(?:state\s+|local\s+)?(?:newspaper|daily|broadcaster|channel|station|media|outlet|website|"
                            r"magazine|news\s+agency))\s+(?:reported|reports|said|says)\b" + r"(?:\s+(?:(?:on\s+)?\w+day|last\s+\w+|earlier|yesterday|today))?\s*[.!?]?\s*$")


def _closing_attribution(text: str, masked: str, s_start: int, s_end: int, verbs: list[re.Match]):
    """A sentence closed by '…, <source> said (Thursday).' whose content itself reports only views
    ('expect', 'believe'): (mention, where the source starts, verb), else None. A speech verb inside
    ('Roe said A and advised B, WXIA said.') makes it a relayed report, the innermost source's. *verbs* are
    VERB_RE's matches in *masked*."""
    if len(verbs) < 2:
        return None
    last = verbs[-1]
    word = last.group(1)
    if word in _PREPOSED_ONLY or not _CLOSING_REST.fullmatch(text, s_start + last.end(), s_end):
        return None
    v_start = s_start + last.start()
    mention, np_start = _subject_before(text, s_start, v_start)
    if mention is None or not re.search(r",\s*$", text[s_start:np_start]) \
            or not all(v.group(1) in _PREPOSED_ONLY for v in verbs[:-1]):
        return None
    return mention, np_start, word


def _only_framing(before: str, quotes: list[QuoteMarks], a: int, b: int) -> bool:
    """Is the text before a source only the writer's framing ('However,', 'On Tuesday,', 'But in a
    statement,'), not content that the source said? No quote and no finite verb in it."""
    if any(a <= q.open < b for q in quotes):
        return False
    if _unlisted_clause(before):
        return False  # 'But he operates on a different principle, he said': a clause, its verb not in FINITE
    return _clause_start_ok(before) and not FINITE.search(before)


def _subject_opens(text: str, a: int, b: int) -> bool:
    """Does a subject open the words from *a*, or the clause after a fronted adverbial clause ('As the oceans warm,
    the water expands')?"""
    opener = _SENTENCE_OPENER.match(text[a:b])
    return bool(_SUBJECT_FIRST.match(text, a, b) or opener and len(text[a + opener.end():b].split()) >= 3
                and _SUBJECT_FIRST.match(text, a + opener.end(), b))  # (not 'During a meeting in Cedar Rapids, Iowa')


def _unlisted_clause(before: str) -> bool:
    """Four words or more opening with a subject (not a preposition, participle or adverb), after the
    writer's connective: a clause, though FINITE lists none of its words ('Its progress represents …')."""
    lead = _LEADING_CONNECTIVE.match(before.strip())
    rest = before.strip()[lead.end() if lead else 0:]
    return len(rest.split()) >= 4 and _subject_opens(rest, 0, len(rest))  # ('As the oceans warm, the water expands')


def _clause_start_ok(prefix: str) -> bool:
    """What may precede a source at the start of a clause: 'But', 'On Monday,', 'In a statement,', a dash
    ('It's a frightening prediction — experts say …')."""
    prefix = prefix.strip()
    return bool(re.search(r"(?:^|[,;:(”\"—–]|\s-|\b(?:but|and|while|whereas|as|because|although|though|after|when|"
                          r"since|if|so|that|where|which|who))$", prefix, re.I)
                or _OPENING_ADVERB.fullmatch(prefix) or _fronted_adverbial_only(prefix) or _FRONTED_CLAUSE_ONLY.fullmatch(prefix))


def _fronted_adverbial_only(prefix: str) -> bool:
    """'At the previous meeting', 'Through his account', 'Speaking at a council meeting today': a fronted
    adverbial printed with no comma before the source, and no verb of a clause in it."""
    return bool(_FRONTED_OPENER.match(prefix)) and not FINITE.search(prefix) and not re.search(r"[“”\"]", prefix) \
        and len(prefix.split()) <= 10


# Sentence adverbs a writer puts before the source: 'Moreover he suggested that …'.
_OPENING_ADVERB = re.compile(r"(?:moreover|however|meanwhile|furthermore|additionally|separately|still|also|"
                             r"later|earlier|now|then|instead|indeed|yet|likewise|similarly|finally)", re.I)


# A bare noun object of 'told' before adverbials or the end: 'parliament', 'lawmakers'.
_BARE_OBJECT = re.compile(r"[a-z]+(?=\s*(?:[,.;]|$|\s+(?:on|in|at|last|this|during|after|before|earlier|yesterday|today|"
                          r"and|via|by)\b))")


def _ends_attribution(text: str, v_end: int, s_end: int, told: bool = False, quoted: bool = False,
                      word: str = "") -> bool:
    """After '…, Choi said' only the end of the sentence, adverbials, an object or more content may come;
    after a quote closing before the source (*quoted*), any participle too ('…,” Naik said echoing …'),
    unless the verb *word* may take an -ing clause as its object ('suggested looking at …')."""
    rest = text[v_end:s_end].strip()
    if not rest or rest[0] in ".,;:!?—–" or rest[0] in OPENERS + '"':
        return True
    if quoted and re.match(r"(?![a-z]*thing\b)[a-z]{2,}ing\b", rest) and not word.startswith(_GERUND_OBJECT_VERBS):
        return True
    if re.match(r"(?:on|in|at|last|this|during|earlier|later|late|early|here|overnight|tonight|yesterday|today|\w+day|in\s+an?|and|but|also|then|"
                r"[a-z]+ly|via|through|during|while|when|after|before|as|from|to|of|" + _ABOUT_NO_QUANTITY + r"|over(?!\s+\d)|by|with|outside|inside|aboard|"
                r"near|amid|following|ahead|despite|alongside|behind|beside|upon|under|across|around|throughout|"
                r"adding|noting|saying|arguing|warning|explaining|stressing)\b", rest):
        return True
    if (told or word in _ADDRESSEE_VERBS) and len(rest.split()) <= 12 and not FINITE.search(rest) \
            and not re.search(r"\b(?:that|to)\b", rest):
        return True  # 'told local LTV television.', 'told his daily briefing in Sampleton today.', 'warned British ministers.'
    return told and (bool(re.match(r"(?:[A-Z][\w.]*|the|a|an|reporters|journalists|me|us|him|her|them)\b", rest))
                     or bool(_BARE_OBJECT.match(rest))  # 'told parliament on Tuesday'
                     or any(plural_person_noun(w.strip(".,;:").lower()) for w in rest.split()[:3]))  # 'told investors on a call


def _add_coordinated(text, pos, more: re.Match, s_end, quotes, mention, add) -> None:
    """The content of a coordinated verb ('… and tells the crowd he was the first'): after its object,
    adverbials and 'that', as for any pre-posed verb."""
    word = more.group(1)
    c_start = _content_start(text, pos + more.end(1), s_end, word)
    if c_start is not None:
        add(_content(text, c_start, s_end, quotes, True), mention, word)


def _add_participle(text, pos, s_end, quotes, mention, add) -> bool:
    """', adding that …', ', suggesting that …', ', telling the newspaper he …' after a report: its
    content, from where the participle's own content starts (after 'that', an object)."""
    more = ADDING.match(text, pos, s_end)
    if not more:
        return False
    word = more.group("verb")
    c_start = _content_start(text, more.end(), s_end, word)
    if c_start is not None:
        add(_content(text, c_start, s_end, quotes, True), mention, word)
    return True


def _after_attribution(text, pos, s_end, quotes, mention, word, add) -> int:
    """After '…, he said' comes the sentence end, ', adding …', or the rest of a split quote."""
    rest = text[pos:s_end]
    more = _AND_VERB.match(rest)
    if more:  # '… to win the title - and predicted Spurs to finish second'
        _add_coordinated(text, pos, more, s_end, quotes, mention, add)
        return s_end
    if _add_participle(text, pos, s_end, quotes, mention, add):
        return s_end
    # skip adverbials and objects: 'told Reuters on Tuesday'
    m = re.match(r"[^,“\"]*?(?=,|[“\"]|[.?!]\s*$|$)", rest)
    offset = pos + (m.end() if m else 0)
    rest = text[offset:s_end]
    more = _AND_VERB.match(rest)
    if more:
        _add_coordinated(text, offset, more, s_end, quotes, mention, add)
        return s_end
    if _add_participle(text, offset, s_end, quotes, mention, add):
        return s_end
    m = re.match(r"\s*[,:]?\s*(?=[“\"])", rest)
    if m:
        add(_content(text, offset + m.end(), s_end, quotes, True), mention, word)
        return s_end
    m = re.match(r"\s*,\s*(?=\S)(?!\w+ing\b|who\b|which\b|as\b|in\b|on\b|at\b|after\b|before\b|during\b|when\b|while\b|"
                 r"asked\b|pressed\b|told\b|interviewed\b|quoted\b|according\b|referring\b|citing\b)", rest)
    if m and len(rest.split()) > 3:
        add(_content(text, offset + m.end(), s_end, quotes, True), mention, word)
        return s_end
    return offset
