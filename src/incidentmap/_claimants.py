"""Who gives a figure: speech acts in a report's sentences, and the kind of source.

"ISPR said", "said the officer", "according to police", "Quoting ISPR, ...", "Naqvi
praised the troops, stating that ...": each is a speech act whose speaker is named by
the words around the verb. A pronoun or a bare "the officer" stands for the last speaker
named in the sentences before. ``claimant_type`` sorts the words of a speaker into the
SPEC's kinds (military, police, government, militant, medical, media, local, other).
Internal to ``claims.py``, which decides which act a figure belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

#: The claimant of a figure the text states without attribution.
THE_REPORT = "the report"

_TOKEN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?[A-Za-z]*|[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*|\S")

_SPEECH = frozenset(
    "said says say told tell tells stated states claimed claims claim confirmed confirms "
    "confirm reported reports added announced announces noted informed updated admitted "
    "revealed disclosed maintained insisted alleged estimated gives gave put puts quoted "
    "described posted tweeted wrote".split()
)
#: "..., stating that": the speaker is the sentence's subject.
_PARTICIPLES = frozenset(
    "stating saying adding claiming noting reporting confirming insisting maintaining "
    "telling admitting putting".split()
)
#: Speech verbs that need an active subject to name a claimant ("attacks were reported").
_PASSIVE_RISK = frozenset(
    {"reported", "confirmed", "claimed", "estimated", "put", "described", "alleged", "told"}
)
_BE = frozenset({"was", "were", "been", "be", "is", "are", "being"})
_ANAPHORS = frozenset(
    "officer official spokesman spokesperson minister statement group military army police "
    "commander".split()
)
_PERSON_WORDS = frozenset(
    "minister spokesman spokesperson officer official commissioner chief inspector general "
    "president governor secretary dr doctor superintendent commander sho ssp dig ig igp mr "
    "mrs ms colonel major brigadier leader woman man resident witness deputy senator "
    "survivor".split()
)
#: Words that end a speaker's name going leftwards from the verb.
_LEFT_STOPS = frozenset(
    "that and while as but which who when after so with on in at from by for since during "
    "because though although - -- \u2013 \u2014".split()
)
#: Prepositions that tie a source to its place ("an elder from Makeen", "a doctor at the
#: hospital", "officials in the region"): the speaker's phrase goes on through them.
_OF_A_SOURCE = frozenset({"from", "in", "at"})
#: The sources they may follow (and a hospital: "a doctor at the hospital in Sibi").
_SOURCE_NOUNS = _PERSON_WORDS | frozenset(
    "elder elders officials officers people residents villagers doctors sources leaders "
    "witnesses journalists activists hospital".split()
)
#: Speech subjects that are the people counted, not a source ("the gunmen said").
_PEOPLE_ONLY = frozenset({"gunmen", "attackers", "victims", "passengers"})
#: A sentence that vouches for the figures before it.
_CONFIRMS = re.compile(
    r"\bconfirmed the (?:casualties|deaths|death toll|toll|figures?|fatalities|killings)\b"
)
#: Words that say nobody did it ("No group has claimed responsibility").
_NOBODY = frozenset({"no", "none", "nobody", "neither"})
#: A claim of responsibility in a sentence ("claimed", "accepted", "owned", "took" it).
_CLAIMED = re.compile(
    r"(?i)\b(?:claim(?:s|ed)?|accept(?:s|ed)?|own(?:s|ed)?|t[ao]ok) (?:responsibility|credit)\b"
)
_CLAIM_VERBS = frozenset(
    "claim claims claimed accept accepts accepted own owns owned took take".split()
)
#: Back this many sentences for the speaker a pronoun stands for.
ANAPHORA_REACH = 5
_SPEECH_CUE = re.compile(
    r"\b(?:said|says|say|told|tells?|stated|states|claim(?:s|ed)?|confirm(?:s|ed)?|reported|"
    r"reports|added|announced|announces|noted|informed|updated|admitted|revealed|disclosed|"
    r"maintained|insisted|alleged|estimated|gives|gave|puts?|quoted|described|posted|"
    r"tweeted|wrote|stating|"
    r"saying|adding|claiming|noting|reporting|confirming|insisting|maintaining|telling|"
    r"admitting|putting|"
    r"[Aa]ccording|[Qq]uoting)\b"
)
#: Claimant types by the words of the claimant, checked in this order (first match wins).
CLAIMANT_TYPES: tuple[tuple[str, frozenset[str]], ...] = (
    # A minister speaks for the government, even a health minister.
    ("government", frozenset({"minister", "ministers"})),
    (
        "other",
        frozenset(
            "centre center institute studies think-tank university commission amnesty "
            "watch analyst analysts researcher researchers hrcp un unama ngo crss pips "
            "pakistan-institute".split()
        ),
    ),
    (
        "militant",
        frozenset(
            "bla blf bra bras blt ttp tehreek taliban hakal jeeyand militants militant "
            "insurgents insurgent separatists separatist daesh isis iskp jaish lashkar "
            "lej jua group group's outfit fighters rebels".split()
        ),
    ),
    (
        "medical",
        frozenset(
            "hospital hospitals doctor doctors dr medical rescue rescuers edhi 1122 "
            "paramedics paramedic morgue health".split()
        ),
    ),
    (
        "police",
        frozenset(
            "police policeman ig igp dig ssp sho dpo rpo cpo ccpo aig dsp ctd levies "
            "constable inspector counter-terrorism cid".split()
        ),
    ),
    (
        "military",
        frozenset(
            "ispr army military troops fc corps navy naval admiral air paf inter-services "
            "commander brigadier colonel major general lieutenant rangers security soldiers "
            "forces intelligence maj gen lt brig col".split()
        ),
    ),
    (
        "government",
        frozenset(
            "minister ministers government govt officials official authorities "
            "administration commissioner dc spokesman spokesperson governor president "
            "ministry interior provincial cm secretary office department mayor "
            "administrator nacta prosecution prosecutor prosecutors jit".split()
        ),
    ),
    (
        "media",
        frozenset(
            "reuters afp ap report reports media newspaper dawn piece commentary "
            "channel tv correspondent reporter news agency article outlet radio".split()
        ),
    ),
    (
        "local",
        frozenset(
            "residents resident witness witnesses eyewitness eyewitnesses locals local "
            "villagers relatives family elder elders woman man survivor survivors shopkeeper "
            "tribesmen".split()
        ),
    ),
)
#: A group that governs speaks as a government ("the Taliban government spokesman").
_RULING_GROUP = re.compile(r"(?i)\bTaliban (?:government|administration|authorities)\b")
#: Group names that mark a claimant as militant in any letter case ("BLA spokesman").
MILITANT_NAMES = re.compile(
    r"\b(?:Baloch(?:istan)? Liberation|Baloch Republican|Tehreek|Taliban|Islamic State|"
    r"Lashkar|Jaish|Jamaat-ul-Ahrar|BRAS|BLA|BLF|TTP)\b"
)


class Token(NamedTuple):
    """A word, number or punctuation mark with its offsets in the report.

    A named tuple: sentences with figures are tokenised whole, and a tuple is made several
    times faster than a frozen dataclass.
    """

    text: str
    low: str
    start: int
    end: int


def tokens_of(sentence: str, offset: int) -> list[Token]:
    """The tokens of a sentence that starts at ``offset`` in its report."""
    return [
        Token(m.group(), m.group().lower(), offset + m.start(), offset + m.end())
        for m in _TOKEN.finditer(sentence)
    ]


@dataclass(frozen=True, slots=True)
class Speaker:
    """A claimant as written, its kind, and whether "he"/"she" can stand for it."""

    text: str
    kind: str
    person: bool


REPORT = Speaker(THE_REPORT, "media", False)


@dataclass(frozen=True, slots=True)
class Act:
    """A speech act: the verb's token index and the speaker's words.

    ``quoted``: the act quotes another source ("according to X", "quoting X").
    """

    at: int
    phrase: tuple[Token, ...]
    quoted: bool = False


#: The head of a press release: its issuer's name on a line of its own, then "PRESS
#: RELEASE" or "PRESS NOTE" (a dateline and the text follow).
_PRESS_RELEASE = re.compile(
    r"\A\s*(?P<issuer>[^\n]{3,120})\n(?:[^\n]{0,120}\n){0,2}?\s*"
    r"(?:PRESS (?:RELEASE|NOTE)|HANDOUT)\b",
    re.IGNORECASE,
)


def press_release_issuer(text: str) -> Speaker | None:
    """The issuer of a report that is a press release, as its head writes it, else None.

    An ISPR or CTD press release states its figures without "said": they are the
    issuer's claims, not the report's.
    """
    match = _PRESS_RELEASE.match(text)
    if match is None:
        return _letterhead_issuer(text)
    issuer = match.group("issuer").strip(" ,.:-\u2014")
    return Speaker(issuer, claimant_type(issuer), False)


#: An official document's letterhead: its first line, in capitals, names a body
#: ("POLICE DEPARTMENT, GOVERNMENT OF BALOCHISTAN", "IN THE COURT OF JUDGE, ANTI-TERRORISM
#: COURT, QUETTA"); a second such line may name the body more closely. Parliament's papers
#: are not among them: a minister gives the figures there, and says so.
_LETTERHEAD_LINE = re.compile(r"[ \t]*([A-Z][A-Z&,.'()\- ]{4,120}?)[ \t]*(?:\n|\Z)")
_BODIES = frozenset(
    "department directorate government police court ministry commission "
    "secretariat cell office bench tribunal".split()
)


#: Words of a headline written in capitals, which no letterhead holds.
_NEWS_WORDS = _SPEECH | frozenset(
    "say kill kills killed attack attacks attacked blast dead martyred injured wounded "
    "bomb gunmen arrest arrested".split()
)


def _letterhead_issuer(text: str) -> Speaker | None:
    """The body an official document comes from, by its letterhead, else None.

    An FIR, a home department's weekly report or a court's judgment states its figures
    without "said": they are that body's, not a newspaper's.
    """
    first = _LETTERHEAD_LINE.match(text)
    words = set(first.group(1).lower().replace(",", " ").split()) if first else set()
    if first is None or _BODIES.isdisjoint(words) or not _NEWS_WORDS.isdisjoint(words):
        return None  # not "POLICE SAY SIX KILLED IN QUETTA", a headline in capitals
    issuer = first.group(1)
    second = _LETTERHEAD_LINE.match(text, first.end())
    if issuer.startswith("GOVERNMENT OF") and second is not None:
        issuer = second.group(1)  # "GOVERNMENT OF BALOCHISTAN / HOME DEPARTMENT"
    issuer = issuer.strip(" ,.:-")
    return Speaker(issuer, claimant_type(issuer), False)


class SpeechIndex:
    """Who speaks in each sentence of a report, found on demand and remembered."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.spans = spans
        self._acts: dict[int, list[Act]] = {}
        self._claimers: dict[int, list[tuple[Token, ...]]] = {}
        #: Who issued the report, when it is a press release ("ISPR ... PRESS RELEASE").
        self.issuer = press_release_issuer(text)

    def acts(self, index: int, tokens: Sequence[Token] | None = None) -> list[Act]:
        """The speech acts of sentence ``index``."""
        if index not in self._acts:
            start, end = self.spans[index]
            sentence = self.text[start:end]
            if not _SPEECH_CUE.search(sentence):
                self._acts[index] = []
            else:
                self._acts[index] = speech_acts(tokens or tokens_of(sentence, start))
        return self._acts[index]

    def recent(self, index: int) -> list[Speaker]:
        """Speakers named (not by a pronoun) in the sentences before ``index``, latest first.

        Who claimed an attack counts ("BRA spokesman Sarbaz Baloch claimed responsibility"):
        "the spokesman said" after it is he, though his claim gives no figure of its own.
        """
        found: list[Speaker] = []
        for j in range(index - 1, max(-1, index - 1 - ANAPHORA_REACH), -1):
            for phrase in reversed([*self.claimers(j), *(a.phrase for a in self.acts(j))]):
                speaker = named(phrase)
                if speaker is not None:
                    found.append(speaker)
        return found

    def claimers(self, index: int) -> list[tuple[Token, ...]]:
        """Who claims responsibility in sentence ``index`` ("X claimed responsibility").

        Remembered: every figure after it asks again (``recent``).
        """
        if index not in self._claimers:
            self._claimers[index] = self._find_claimers(index)
        return self._claimers[index]

    def _find_claimers(self, index: int) -> list[tuple[Token, ...]]:
        start, end = self.spans[index]
        sentence = self.text[start:end]
        if not _CLAIMED.search(sentence):
            return []
        tokens = tokens_of(sentence, start)
        lows = [t.low for t in tokens]
        phrases = [
            tuple(_phrase_before(tokens, k)) for k, low in enumerate(lows)
            if low in _CLAIM_VERBS and lows[k + 1 : k + 2] in (["responsibility"], ["credit"])
        ]  # fmt: skip
        return [p for p in phrases if p and p[0].low not in _NOBODY]  # not "No group claimed"

    def speaker(self, index: int, tokens: Sequence[Token], first: int, last: int) -> Speaker:
        """Who gives the figure at tokens ``first``..``last`` of sentence ``index``.

        The speech act before it in its sentence (the source a medium quotes rather than
        the medium: "Quoting ISPR, the piece gives ..."), else the one after it; with none
        in the sentence, see ``_speaker_around``; else "the report".
        """
        acts = self.acts(index, tokens)
        before = [a for a in acts if a.at < first]
        after = [a for a in acts if a.at >= last]
        chosen = before[-1:] or after[:1]
        if chosen:
            speaker = resolve(chosen[0].phrase, self.recent(index))
            quoted = [a for a in before if a.quoted]
            if speaker is not None and speaker.kind == "media" and quoted:
                speaker = resolve(quoted[-1].phrase, self.recent(index)) or speaker
            if speaker is not None:
                return speaker
        if acts:
            return self.issuer or REPORT
        return self._speaker_around(index) or self.issuer or REPORT

    def _speaker_around(self, index: int) -> Speaker | None:
        """The speaker of a sentence that names none, from the sentences around it.

        The one before speaks for it when it is in the same paragraph, or when this
        sentence is a quotation; the one after when it confirms the figures ("The
        district health officer confirmed the casualties").
        """
        start = self.spans[index][0]
        quotation = self.text[start : start + 1] in {'"', "\u201c"}
        if index and (quotation or "\n" not in self.text[self.spans[index - 1][1] : start]):
            previous = self.acts(index - 1)
            if previous:
                speaker = resolve(previous[-1].phrase, self.recent(index - 1))
                if speaker is not None:
                    return speaker
        for j in range(index + 1, min(index + 3, len(self.spans))):
            sentence = self.text[self.spans[j][0] : self.spans[j][1]]
            if _CONFIRMS.search(sentence):
                acts = self.acts(j)
                if acts:
                    return resolve(acts[0].phrase, self.recent(j))
        return None


def speech_acts(tokens: Sequence[Token]) -> list[Act]:
    """Each "X said", "said X", "according to X", "quoting X" and ", stating" of a sentence."""
    lows = [t.low for t in tokens]
    acts: list[Act] = []
    for k, low in enumerate(lows):
        if low == "according" and k + 1 < len(lows) and lows[k + 1] == "to":
            acts.append(Act(k, tuple(_phrase_after(tokens, k + 2)), quoted=True))
        elif low in {"quoting", "citing"}:
            acts.append(Act(k, tuple(_phrase_after(tokens, k + 1)), quoted=True))
        elif low in _PARTICIPLES and k and lows[k - 1] == ",":
            acts.append(Act(k, tuple(_leading_subject(tokens))))
        elif (low in _SPEECH or low in _PARTICIPLES) and tokens[k].text.islower():
            if _not_speech(lows, k):
                continue
            subject = _phrase_before(tokens, k)
            if k and lows[k - 1] in {",", '"', "\u201d", "'", "\u2019"}:
                inverted = _phrase_after(tokens, k + 1)  # '"...," said the officer'
                if any(t.low in _BE or t.low in _COUNTS or t.low[:1].isdigit() for t in inverted):
                    inverted = []  # ", ISPR, said four soldiers were killed": what was said
                if inverted and (not subject or _names_a_source(inverted)):
                    subject = inverted
            if subject:
                acts.append(Act(k, tuple(subject)))
    return [a for a in acts if a.phrase]


def _names_a_source(phrase: Sequence[Token]) -> bool:
    """Words that can only be a speaker: "another police officer", "Dr Ahmed"."""
    text = _words(phrase)
    return claimant_type(text) != "other" or phrase[0].text[:1].isupper()


def _not_speech(lows: Sequence[str], k: int) -> bool:
    """Not a speech act: "claimed responsibility", "were reported", "reports said"."""
    nxt = lows[k + 1] if k + 1 < len(lows) else ""
    before = lows[k - 1] if k else ""
    if lows[k] in {"claimed", "claims", "claim"} and (
        nxt in {"responsibility", "the", "credit"} or "lives" in lows[k + 1 : k + 5]
    ):
        return True  # "claimed responsibility", "claimed over 100 lives"
    if lows[k] in _PASSIVE_RISK and (before in _BE or nxt == "by"):
        return True
    if before in {"not", "never", "n't"} or lows[max(0, k - 2) : k] in (
        ["declined", "to"],
        ["refused", "to"],
    ):
        return True  # "the military did not say where": nobody speaks
    if nxt in _SPEECH or before in {"the", "a", "initial", "media", "news", "to", "of", "some"}:
        return True  # a noun: "reports said", "the report"
    return lows[k] in {"put", "puts"} and nxt not in {"the", "a", "it"}


def _leading_subject(tokens: Sequence[Token]) -> list[Token]:
    """The capitalised words a sentence opens with ("Interior Minister Mohsin Naqvi").

    An article and up to two lower-case words may come first: "The proscribed Baloch
    Liberation Front".
    """
    phrase: list[Token] = []
    lead = 0
    if tokens and tokens[0].low in {"the", "a", "an"}:
        lead = 1
        while lead < min(3, len(tokens)) and tokens[lead].text.islower():
            lead += 1
        if lead >= len(tokens) or not tokens[lead].text[:1].isupper():
            lead = 0
    phrase = list(tokens[:lead])
    for tok in tokens[lead:]:
        if tok.text[:1].isupper() or (phrase and tok.low in {"of", "'s", "\u2019s"}):
            phrase.append(tok)
        else:
            break
    while phrase and phrase[-1].low == "of":
        phrase.pop()
    if [t.low for t in phrase] in (["the"], ["a"], ["an"]):
        return []  # "An elderly watchman died ..., adding": no name opens the sentence
    return phrase


def _phrase_before(tokens: Sequence[Token], k: int) -> list[Token]:
    """The subject before a speech verb: back to a comma, quote, "that" or a clause word.

    An apposition is kept with the name it describes: "Waseem Baig, a provincial health
    department spokesman, said"; a dash before one ("Inter-Services Public Relations
    (ISPR) - a communication wing of the military, said") leaves only the name.
    """
    j = k - 1
    if j >= 0 and tokens[j].low == ",":
        j -= 1  # "The military's media wing, ISPR, said"
        j = _before_an_aside(tokens, j)
    phrase: list[Token] = []
    while j >= 0 and len(phrase) < 10:
        low = tokens[j].low
        if (
            low == "and"
            and j
            and tokens[j - 1].text[:1].isupper()
            and phrase[:1]
            and (phrase[0].text[:1].isupper())
        ):
            pass  # "Centre for Research and Security Studies"
        elif low in _OF_A_SOURCE and phrase and j and tokens[j - 1].low in _SOURCE_NOUNS:
            pass  # "a tribal elder from Makeen said": the elder speaks, not Makeen
        elif low in _LEFT_STOPS or low in _BE:
            break
        if not (low[0].isalnum() or low in {"'", "\u2019", ".", "(", ")"}):
            break
        phrase.insert(0, tokens[j])
        j -= 1
    if phrase and phrase[0].low in {"a", "an"} and j > 0 and tokens[j].low in {",", "-", "\u2013"}:
        head = _phrase_before(tokens, j + (1 if tokens[j].low == "," else 0))
        if head and not head[0].text[:1].isupper():
            return phrase  # "walking to work, a police official told": no name before
        if head and tokens[j].low == ",":
            return [*head, tokens[j], *phrase]
        if head:
            return head
    while phrase and phrase[0].low in {"also", "later", "earlier", "had", "has", "have", "("}:
        phrase.pop(0)
    while phrase and phrase[-1].low in {"also", "later", "earlier", "had", "has", "have"}:
        phrase.pop()
    while phrase and phrase[-1].low.endswith("ly") and len(phrase) > 1:
        phrase.pop()  # "intelligence reports have unanimously"
    if any(t.low[0].isdigit() for t in phrase) or (phrase and phrase[-1].low in _PEOPLE_ONLY):
        return []
    return phrase


#: Words set off by commas between a speaker and the verb: "Officials, however, put".
_ASIDES = frozenset({"however", "meanwhile", "though", "too", "also", "separately"})
#: Words of a count: a phrase holding one after "said" is what was said, not who.
_COUNTS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve dozens scores hundreds".split()
)
#: Participles that open an aside between a speaker and the verb ("BRA spokesman Sarbaz
#: Baloch, speaking to the media from an unknown place, said").
_ASIDE_VERBS = frozenset({"speaking", "talking", "addressing", "writing", "briefing"})
#: Words that open a clause set off between a speaker and the verb ("Officials at the
#: Jinnah Hospital, where most of the casualties were taken, said").
_RELATIVES = frozenset({"where", "who", "which", "whose"})


def _before_an_aside(tokens: Sequence[Token], j: int) -> int:
    """Where the speaker ends when commas set an aside or a clause off before the verb.

    ``j`` is the last token before the comma that precedes the verb.
    """
    if j >= 1 and tokens[j].low in _ASIDES and tokens[j - 1].low == ",":
        return j - 2  # ", however, put the death toll at"
    for m in range(j, max(-1, j - 14), -1):
        if tokens[m].low == ",":
            if m + 1 <= j and (
                tokens[m + 1].low in _RELATIVES or tokens[m + 1].low in _ASIDE_VERBS
            ):
                return m - 1  # ", where the wounded were taken,", ", speaking to the media,"
            break
    return j


def _phrase_after(tokens: Sequence[Token], k: int) -> list[Token]:
    """The claimant after "according to" or an inverted "said": up to a comma or clause."""
    phrase: list[Token] = []
    for tok in tokens[k : k + 10]:
        if tok.low in {",", ".", ";", ":", "that", "\u201c", '"'}:
            break
        if tok.low in {"in", "on", "who", "while", "when", "as"} and phrase:
            break
        phrase.append(tok)
    return phrase


def _words(phrase: Sequence[Token]) -> str:
    text = " ".join(t.text for t in phrase)
    for apostrophe in ("'", "\u2019"):
        text = text.replace(f" {apostrophe}s", f"{apostrophe}s").replace(f" {apostrophe} ", " ")
    text = _INITIAL_DOT.sub(".", text)  # "D . I . Khan" -> "D. I. Khan"
    text = _INITIALS.sub("", text)  # -> "D.I. Khan"
    return text.replace("( ", "(").replace(" )", ")").replace(" ,", ",")


#: Initials the tokens split: "D . I . Khan".
_INITIAL_DOT = re.compile(r"(?<=\b[A-Z]) \.")
_INITIALS = re.compile(r"(?<=\b[A-Z]\.) (?=[A-Z]\.)")


def _is_anaphor(lows: Sequence[str]) -> bool:
    return lows in (["it"], ["he"], ["she"], ["they"]) or (
        len(lows) == 2 and lows[0] in {"the", "this"} and lows[1] in _ANAPHORS
    )


def named(phrase: Sequence[Token]) -> Speaker | None:
    """A speaker named by its own words (None for a pronoun or "the officer")."""
    lows = [t.low for t in phrase]
    if not lows or _is_anaphor(lows) or lows == ["we"]:
        return None
    text = _words(phrase)
    names = [t for t in phrase if t.text[:1].isupper() and not t.text.isupper()]
    person = bool(set(lows) & _PERSON_WORDS) or (
        len(names) >= 2 and phrase[-1] is names[-1] and not lows[-1].endswith("s")
    )
    return Speaker(text, claimant_type(text), person)


def resolve(phrase: Sequence[Token], recent: Sequence[Speaker]) -> Speaker | None:
    """The speaker a phrase names.

    "he", "it", "the officer" or a surname alone ("Langove") stand for an earlier one.
    """
    speaker = named(phrase)
    if speaker is not None and len(phrase) == 1 and phrase[0].text[:1].isupper():
        earlier = [s for s in recent if s.text.split()[-1:] == [phrase[0].text]]
        return earlier[0] if earlier else speaker
    if speaker is not None and phrase[0].text[:1].isupper():
        # "Major Gwahram Baloch said", after "BLF spokesman Major Gwahram Baloch": him
        earlier = [s for s in recent if s.text != speaker.text and s.text.endswith(speaker.text)]
        return earlier[0] if earlier else speaker
    if speaker is not None:
        return speaker
    lows = [t.low for t in phrase]
    if lows in (["he"], ["she"]) or (len(lows) == 2 and lows[1] in _PERSON_WORDS):
        wanted: list[Speaker] = [s for s in recent if s.person]
    elif lows == ["it"] or (len(lows) == 2 and lows[1] == "statement"):
        wanted = [s for s in recent if not s.person]
    elif len(lows) == 2 and lows[1] == "group":
        wanted = [s for s in recent if s.kind == "militant"]
    else:
        wanted = list(recent)
    if wanted:
        return wanted[0]
    if len(lows) == 2:  # "the officer", "the group" with nobody named before
        text = _words(phrase)
        return Speaker(text, claimant_type(text), lows[1] in _PERSON_WORDS)
    return None


#: Names written with a space that the types list with a hyphen.
_JOINED = re.compile(r"\b(counter|inter)\s+(terrorism|services)\b")


def claimant_type(claimant: str) -> str:
    """The claimant's type from its words: ``military``, ``police``, ... ``other``."""
    if claimant == THE_REPORT:
        return "media"
    if _RULING_GROUP.search(claimant):
        return "government"
    if MILITANT_NAMES.search(claimant):
        return "militant"
    lowered = _JOINED.sub(r"\1-\2", claimant.lower())  # "Counter Terrorism Department"
    words = set(re.findall(r"[\w'\u2019-]+", lowered))
    words |= {w.rstrip("'\u2019s") for w in words}
    for kind, keys in CLAIMANT_TYPES:
        if words & keys:
            return kind
    return "other"
