"""Casualty figures in a report, each with who gives it: "ISPR said 20 terrorists were killed".

A *claim* is one figure of people killed, injured, abducted or arrested, as one source
states it: its claimant (as written, and a type), what happened to whom, the number as a
range (``n_min``/``n_max``), the exact words and their offsets. Claims are never merged,
averaged or dropped for disagreeing; deciding which figure an event's fatality count
takes is the events stage's job (``events.py``).

How a figure is read, sentence by sentence:

* a *figure* is a number (``14``, ``eleven``, ``ninety-two``, ``a dozen``, ``dozens``,
  ``a soldier``, ``another soldier``, a rank or title before a name: ``Sepoy Gul Zaman``)
  with its qualifier (``at least``, ``more than``, ``nearly``, ``between 8 and 12``) and
  the people it counts (``security personnel``, ``members of the security forces``,
  ``others``); a bare number counts only right beside a casualty word (``killing four and
  wounding 12``);
* its *act* is the casualty word that governs it: the people word itself (``34
  fatalities``), an active verb or a noun just before it (``killed 145 militants``, ``the
  detention of 18 personnel``, ``the toll rose to 12``), else a passive one after it in
  the same clause (``nine soldiers ... were martyred``); figures joined by ``and`` share
  one, and make one claim when they count the same side (``five women and three
  children died`` is 8; ``18 soldiers and 23 terrorists were killed`` is two claims);
* a figure after ``including`` or ``among them``, or followed by ``among the dead``, only
  breaks down another (``four people, including a policeman``): it is kept, marked
  ``breakdown``, and never added to a total; a list after a colon (``eleven people: five
  men, three women``) repeats the figure before it and makes no claims;
* the *claimant* is who ``said``/``claimed``/``told``/``confirmed`` it, or ``according to``
  whom, in the sentence (``_claimants.py``), else "the report" (or the study a report
  first quotes, in a review of a think tank's figures);
* a figure the same source already gave in the report (the lead's toll repeated lower
  down) is not a new claim.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Literal

from ._claimants import (
    REPORT,
    THE_REPORT,
    SpeechIndex,
    Token,
    claimant_type,
    tokens_of,
)
from ._text import sentence_spans
from .dates import MONTHS

__all__ = ["THE_REPORT", "Claim", "claimant_type", "claims_from_report", "without_repeats"]

What = Literal["killed", "injured", "abducted", "arrested"]
Whose = Literal["security", "civilian", "militant", "unspecified"]

# --- numbers ---------------------------------------------------------------------------

_UNITS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    w: 10 * n
    for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
#: Vague plurals as ranges: "dozens" is at least two dozen (the annotation rules).
_VAGUE = {
    "dozens": (24, None),
    "scores": (40, None),
    "hundreds": (200, None),
    "thousands": (2000, None),
}
#: Words before a number that bound it: (applies to the lower bound, to the upper bound).
_AT_LEAST = ("at least", "atleast", "no fewer than", "not less than", "a minimum of", "minimum")
_MORE_THAN = ("more than", "over", "upwards of", "in excess of", "above")
_AT_MOST = ("nearly", "almost", "close to", "up to", "as many as", "just under", "under")
_FEWER_THAN = ("fewer than", "less than")
_ABOUT = ("around", "about", "approximately", "some", "roughly", "an estimated", "estimated")
_QUALIFIERS = tuple(
    sorted(
        {q: None for q in (*_AT_LEAST, *_MORE_THAN, *_AT_MOST, *_FEWER_THAN, *_ABOUT)},
        key=lambda q: -len(q.split()),
    )
)

# --- people ----------------------------------------------------------------------------

_PEOPLE: dict[str, Whose] = {}
for _whose, _words in (
    (
        "security",
        "soldier soldiers troop troops trooper troopers personnel policeman policemen "
        "policewoman cop cops constable constables sepoy sepoys jawan jawans levies shuhada "
        "levy leviesman leviesmen sailor sailors commando commandos paramilitaries "
        "paramilitary ranger rangers officer officers major majors captain captains "
        "lieutenant jco jcos naik havildar subedar sub-inspector asi sho guardsmen colonel "
        "colonels brigadier brigadiers "
        "servicemen serviceman militiamen coastguard coastguards khasadar khasadars",
    ),
    (
        "militant",
        "militant militants terrorist terrorists insurgent insurgents attacker attackers "
        "assailant assailants gunman gunmen bomber bombers fighter fighters rebel rebels "
        "separatist separatists miscreant miscreants extremist extremists khawarij "
        "khwarij kharijis kharijites suspect suspects raiders raider fidayeen "
        "sarmachar sarmachars",
    ),
    (
        "civilian",
        "civilian civilians passenger passengers labourer labourers laborer laborers "
        "worker workers woman women child children girl girls boy boys student students "
        "teacher teachers pilgrim pilgrims worshipper worshippers worshipers villager "
        "villagers resident residents engineer engineers nationals national doctor "
        "doctors journalist journalists shopkeeper shopkeepers driver drivers tourist "
        "tourists bystander bystanders traders trader farmers farmer miners miner "
        "family relatives infant infants teenager teenagers mourners devotees guard guards "
        "academics academic commissioners commissioner hazaras hazara shias christians "
        "sikhs hindus ahmadis motorcyclist motorcyclists nephew niece son sons daughter "
        "daughters brother brothers wife husband father mother cousin uncle principal "
        "cameraman cameramen reporters reporter passer-by passers-by shepherd shepherds "
        "herder herders vendor vendors lineman linemen nurse nurses lawyer lawyers "
        "traveller travellers commuter commuters watchman watchmen cleric clerics elder "
        "elders voter voters schoolteacher schoolteachers lecturer lecturers professor "
        "professors businessman businessmen contractor contractors activist activists "
        "politician politicians councillor councillors barber barbers tailor tailors mason "
        "masons technician technicians surveyor surveyors vaccinator vaccinators clerk "
        "clerks imam pupil pupils schoolboy schoolboys schoolgirl schoolgirls schoolchildren "
        "gangman gangmen accountant accountants executive executives occupant occupants "
        "diplomat diplomats leader leaders candidate candidates applicant applicants manager "
        "managers protester protesters protestor protestors demonstrator demonstrators "
        "pedestrian pedestrians fisherman fishermen tehsildar judge judges senator senators "
        "supporter supporters customer customers shopper shoppers devotee",
    ),
    (
        "unspecified",
        "people persons person individuals individual men man victims bodies coffins dead "
        "trainees "
        "trainee recruits recruit cadets cadet "
        "members member employees employee others casualties souls officials official "
        "fatalities deaths lives injuries injury hostages adult adults prisoner prisoners "
        "inmate inmates martyrs commander commanders companion companions dacoit dacoits "
        "robber robbers kidnapper kidnappers criminal criminals",
    ),
):
    for _w in _words.split():
        _PEOPLE[_w] = _whose  # type: ignore[assignment]
#: People words that count one: "a soldier", "another policeman".
_SINGULAR = frozenset(
    "soldier trooper policeman policewoman cop constable sepoy jawan leviesman sailor "
    "commando paramilitary ranger officer major captain lieutenant jco naik havildar colonel "
    "brigadier "
    "subedar sub-inspector asi sho serviceman militant terrorist insurgent attacker "
    "assailant gunman bomber fighter rebel separatist miscreant extremist suspect raider "
    "civilian passenger labourer laborer worker woman child girl boy student teacher "
    "pilgrim worshipper villager resident engineer national doctor journalist shopkeeper "
    "driver tourist bystander trader farmer miner person individual man member employee "
    "infant teenager guard academic commissioner official injury motorcyclist nephew niece "
    "son daughter brother wife husband father mother cousin uncle principal cameraman "
    "reporter passer-by trainee recruit cadet hazara shepherd herder vendor lineman nurse "
    "lawyer traveller commuter watchman cleric elder voter schoolteacher lecturer professor "
    "businessman contractor activist politician councillor barber tailor mason technician "
    "surveyor vaccinator clerk imam pupil schoolboy schoolgirl gangman accountant executive "
    "occupant adult prisoner inmate coastguard khasadar sarmachar diplomat leader candidate "
    "applicant manager protester protestor demonstrator pedestrian fisherman tehsildar "
    "judge senator supporter customer shopper devotee commander companion dacoit robber "
    "kidnapper criminal".split()
)
#: Modifiers that say whose, wherever they stand in the figure ("two police officials").
_WHOSE_MODIFIERS: dict[str, Whose] = {
    "security": "security",
    "police": "security",
    "army": "security",
    "military": "security",
    "fc": "security",
    "navy": "security",
    "frontier": "security",
    "civilian": "civilian",
    "innocent": "civilian",
    "migrant": "civilian",
    "suspected": "militant",
    "militant": "militant",
    "terrorist": "militant",
    "levies": "security",
    "rangers": "security",
    "ctd": "security",
    "paramilitary": "security",
}
#: Verbs of a rising toll, after which "up to" is "to".
_RISING = frozenset("gone went go goes rose risen climbed jumped shot surged".split())
#: Words that may stand between a number and the people it counts ("14 bus passengers").
_NOT_MODIFIERS = frozenset(
    "of and or to in at on by for from with was were is are be been had has have who that "
    "which while after before during as said the a an its their his her this these those "
    "than more less per across into when than including among".split()
)
_OTHERS = frozenset({"others", "more", "other"})
#: People words that are themselves the casualty ("34 fatalities", "claimed 57 lives").
_NOUN_ACTS: dict[str, What] = {
    "fatalities": "killed",
    "deaths": "killed",
    "dead": "killed",
    "lives": "killed",
    "bodies": "killed",
    "coffins": "killed",
    "injuries": "injured",
    "injury": "injured",
    "hostages": "abducted",
    "shuhada": "killed",
    "martyrs": "killed",
}
#: Casualty words standing between a number and its people ("20 injured individuals").
_MODIFIER_ACTS: dict[str, What] = {
    "injured": "injured",
    "wounded": "injured",
    "dead": "killed",
    "slain": "killed",
    "martyred": "killed",
    "abducted": "abducted",
    "kidnapped": "abducted",
    "arrested": "arrested",
    "detained": "arrested",
}

# --- acts ------------------------------------------------------------------------------

#: Casualty words that stand after the people they count ("nine soldiers were martyred").
_AFTER: dict[str, What] = {}
#: ... and those that stand before ("killing four people", "the detention of 18").
_BEFORE: dict[str, What] = {}
for _what, _after, _before in (
    (
        "killed",
        "killed martyred dead died die slain massacred perished neutralised neutralized "
        "eliminated executed beheaded lynched succumbed murdered",
        "killed killing kill kills martyred massacred slaughtered murdered executed "
        "neutralised neutralized eliminated slew claimed martyring",
    ),
    (
        "injured",
        "injured wounded hurt",
        "injured injuring wounded wounding injure injures wound wounds",
    ),
    (
        "abducted",
        "abducted kidnapped hostage hostages captive",
        "abducted abducting kidnapped kidnapping abducts kidnaps",
    ),
    (
        "arrested",
        "arrested detained apprehended nabbed",
        "arrested arresting detained detaining apprehended nabbed",
    ),
):
    for _w in _after.split():
        _AFTER[_w] = _what  # type: ignore[assignment]
    for _w in _before.split():
        _BEFORE[_w] = _what  # type: ignore[assignment]
#: Multi-word casualty phrases, matched on the lowered words.
_AFTER_PHRASES: tuple[tuple[tuple[str, ...], What], ...] = (
    (("lost", "their", "lives"), "killed"),
    (("lost", "his", "life"), "killed"),
    (("lost", "her", "life"), "killed"),
    (("embraced", "shahadat"), "killed"),
    (("embraced", "martyrdom"), "killed"),
    (("sent", "to", "hell"), "killed"),
    (("shot", "dead"), "killed"),
    (("gunned", "down"), "killed"),
    (("taken", "hostage"), "abducted"),
    (("held", "hostage"), "abducted"),
    (("held", "captive"), "abducted"),
    (("taken", "captive"), "abducted"),
    (("taken", "into", "custody"), "arrested"),
    (("sustained", "injuries"), "injured"),
    (("received", "injuries"), "injured"),
    (("suffered", "injuries"), "injured"),
)
_PHRASES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], What]]] = defaultdict(list)
for _phrase, _phrase_what in _AFTER_PHRASES:
    _PHRASES_BY_FIRST[_phrase[0]].append((_phrase, _phrase_what))
#: "the deaths of 12", "the martyrdom of four", "the lives of six".
_NOUN_OF: dict[str, What] = {
    "deaths": "killed",
    "death": "killed",
    "killing": "killed",
    "killings": "killed",
    "martyrdom": "killed",
    "lives": "killed",
    "bodies": "killed",
    "body": "killed",
    "coffins": "killed",
    "abduction": "abducted",
    "abductions": "abducted",
    "kidnapping": "abducted",
    "detention": "abducted",
    "arrest": "arrested",
    "arrests": "arrested",
    "injuries": "injured",
}
#: Words that end the clause a figure stands in, for the search of a later casualty word.
_CLAUSE_END = frozenset(
    "while whereas but although though after before when since because ; said says "
    "told claimed according".split()
)
#: Words that make a later figure a breakdown of an earlier one.
_BREAKDOWN_BEFORE = frozenset({"including", "includes", "include", "comprising"})
#: Words whose figure comes later: "the death toll rose to 12", "the count stood at 50".
_TOLL = frozenset({"toll", "tally", "count"})
_TOLL_LINKS = frozenset(
    {"to", "at", "reached", "hit", "crossed", "touched", "rose", "risen", "climbed", "jumped"}
)
#: How many words back a toll's figure may stand from "toll" ("the death toll from Sunday's
#: attack, which tore through crowds near the park's gate, stood at 72").
_TOLL_REACH = 32

#: Sentences worth reading: they hold a casualty word.
_CUE = re.compile(
    r"(?i)\b(?:kill|martyr|dead|died|die\b|slain|massacr|perish|neutrali|eliminat|execut|"
    r"behead|lynch|succumb|murder|slaughter|slew|injur|wound|hurt|abduct|kidnap|hostage|"
    r"captive|arrest|detain|detention|apprehend|nabbed|custody|lost (?:their|his|her) li|"
    r"embraced|shot|gunned|death|lives|bodies|coffins|toll|fatalit|casualt|blew|exploded|"
    r"detonated|gunning|mowed|mowing|shuhada|sent to hell|"
    r"loss of (?:human )?life)"
)
_MILITANT_OF = re.compile(
    r"(?:Baloch(?:istan)?|Tehreek|Taliban|Islamic|Lashkar|Jaish|BLA|BLF|TTP|BRAS|Fitna)\b"
)


@dataclass(frozen=True, slots=True)
class Claim:
    """One casualty figure as one source gives it.

    ``breakdown`` marks a figure that only details another ("including a policeman"):
    kept as a claim, never added to a total; ``parent`` is the offset of the figure it
    details when that stands in the same sentence. ``sentence`` is the span of its
    sentence in the report.
    """

    doc_id: str
    claimant: str
    claimant_type: str
    what: What
    whose: Whose
    n_min: int | None
    n_max: int | None
    surface: str
    start: int
    end: int
    excerpt: str
    sentence: tuple[int, int]
    breakdown: bool = False
    parent: int | None = None

    def record(self) -> dict[str, Any]:
        """The SPEC's claim object (plus ``breakdown``)."""
        return {
            "doc_id": self.doc_id,
            "claimant": self.claimant,
            "claimant_type": self.claimant_type,
            "what": self.what,
            "whose": self.whose,
            "n_min": self.n_min,
            "n_max": self.n_max,
            "surface": self.surface,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "breakdown": self.breakdown,
        }

    @property
    def count(self) -> int | None:
        """The figure's conservative value: its lower bound, else its upper bound."""
        return self.n_min if self.n_min is not None else self.n_max


@dataclass(slots=True)
class _Figure:
    """A number with its qualifier and the people it counts, within one sentence."""

    first: int  # token index where the surface starts (qualifier included)
    number: int  # token index of the number itself
    last: int  # token index after the surface
    n_min: int | None
    n_max: int | None
    whose: Whose | None  # None: a bare number or "others" (takes its neighbour's)
    people: bool = True  # False: a bare number ("wounding 12")
    noun_act: What | None = None  # "34 fatalities", "20 injured individuals"
    breakdown: bool = False
    repeat: bool = False  # a list after a colon, repeating the figure before it
    what: What | None = None


def claims_from_report(text: str, doc_id: str) -> list[Claim]:
    """Every casualty figure in a report's text, in text order.

    Parameters
    ----------
    text
        The report's exact text (offsets point into it).
    doc_id
        The report's id, stamped on each claim.

    Returns
    -------
    list of Claim
        One per figure (a repeat of a figure the same source gave before is left out).
    """
    claims: list[Claim] = []
    spans = sentence_spans(text)
    speech = SpeechIndex(text, spans)
    for index, (start, end) in enumerate(spans):
        sentence = text[start:end]
        if not _CUE.search(sentence):
            continue
        zeros = list(_no_casualties(sentence, start))
        if not zeros and not _figure_cue().search(sentence):
            continue
        tokens = tokens_of(sentence, start)
        excerpt = " ".join(sentence.split())
        parent: int | None = None
        for what, zero_start, zero_end in zeros:
            speaker = speech.speaker(index, tokens, *_token_span(tokens, zero_start, zero_end))
            claims.append(
                Claim(doc_id, speaker.text, speaker.kind, what, "unspecified", 0, 0,
                      text[zero_start:zero_end], zero_start, zero_end, excerpt, (start, end))
            )  # fmt: skip
        averted = False
        # where a speaker named after the figures begins (one opening the sentence may be
        # its subject read through ", adding": "One of the attackers was killed, adding ...")
        speakers = {a.phrase[0].start for a in speech.acts(index, tokens) if a.phrase} - {start}
        for figure in _figures(tokens):
            if not figure.breakdown:
                averted = _harm_averted(tokens, figure)
            if averted:
                continue  # "saved the lives of hundreds": no one was harmed
            if figure.n_max == 1 and tokens[figure.first].start in speakers:
                continue  # "..., a tribal elder from Makeen said": the source, not a victim
            if figure.whose is None and tokens[figure.last - 1].low == "them":
                figure.whose = _antecedent_whose(text, tokens[figure.first].start)
            speaker = speech.speaker(index, tokens, figure.first, figure.last)
            surface_start, surface_end = tokens[figure.first].start, tokens[figure.last - 1].end
            if not figure.breakdown:
                parent = surface_start
            claims.append(
                Claim(
                    doc_id=doc_id,
                    claimant=speaker.text,
                    claimant_type=speaker.kind,
                    what=figure.what or "killed",
                    whose=figure.whose or "unspecified",
                    n_min=figure.n_min,
                    n_max=figure.n_max,
                    surface=text[surface_start:surface_end],
                    start=surface_start,
                    end=surface_end,
                    excerpt=excerpt,
                    sentence=(start, end),
                    breakdown=figure.breakdown,
                    parent=parent if figure.breakdown else None,
                )
            )
    said = {(c.sentence, c.what, c.n_min) for c in claims}  # "Two officers shot dead | 2"
    claims += [
        c for c in _table_claims(text, doc_id, speech)
        if not any((s, c.what, c.n_min) in said for s in _sentences_in(spans, c.sentence))
    ]  # fmt: skip
    claims.sort(key=lambda c: c.start)
    return _in_a_studys_voice(_without_headlines(text, claims))


#: Modal verbs of harm that did not happen: "could have killed", "would have killed" (not
#: "may have abducted 12", a guess at harm that did).
_MODALS = frozenset({"could", "would"})
#: Verbs of harm averted before their people: "saved the lives of", "spared".
_SAVED = frozenset({"saved", "spared", "averted"})


def _harm_averted(tokens: Sequence[Token], figure: _Figure) -> bool:
    """Whether a figure counts harm that did not happen (its few words before, to a comma).

    "an early find saved the lives of hundreds of passengers", "the bomb could have killed
    dozens", "would have killed scores".
    """
    words: list[str] = []
    for token in reversed(tokens[max(0, figure.first - 6) : figure.first]):
        if token.low in {",", ";", ":"}:
            break
        words.insert(0, token.low)
    if not _SAVED.isdisjoint(words):
        return True
    return any(
        a in _MODALS and b == "have" and c in _BEFORE
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


#: A table of rows written with "|" between cells, one row per line (two rows or more).
_TABLE = re.compile(r"(?m)^[ \t]*\|?[^\n|]*\|[^\n]*(?:\n[ \t]*\|?[^\n|]*\|[^\n]*)+")
#: Column headings that say what the figures under them count.
_COLUMN_ACTS: dict[str, What] = {
    "killed": "killed", "dead": "killed", "deaths": "killed", "fatalities": "killed",
    "martyred": "killed", "martyrs": "killed", "injured": "injured", "wounded": "injured",
    "abducted": "abducted", "kidnapped": "abducted", "arrested": "arrested",
}  # fmt: skip


def _table_claims(text: str, doc_id: str, speech: SpeechIndex) -> list[Claim]:
    """The figures of a table's casualty columns ("| Killed |" over "| 20 labourers |").

    A table of incidents states its figures in cells with no verb: the column's heading
    is their act. Each claim is the issuer's (a press release) or the report's.
    """
    claims: list[Claim] = []
    speaker = speech.issuer or REPORT
    for table in _TABLE.finditer(text):
        rows = [(m.start() + table.start(), m.group()) for m in _LINE.finditer(table.group())]
        heading = [cell.strip().lower() for cell, _ in _cells(*rows[0])]
        columns = {i: _COLUMN_ACTS[h] for i, h in enumerate(heading) if h in _COLUMN_ACTS}
        for start, row in rows[1:] if columns else ():
            for i, (cell, offset) in enumerate(_cells(start, row)):
                if i not in columns or not cell.strip():
                    continue
                tokens = tokens_of(cell, offset)
                for figure in _figures(tokens, column_act=columns[i]):
                    first, last = tokens[figure.first].start, tokens[figure.last - 1].end
                    claims.append(
                        Claim(doc_id, speaker.text, speaker.kind, figure.what or columns[i],
                              figure.whose or "unspecified", figure.n_min, figure.n_max,
                              text[first:last], first, last, " ".join(row.split()),
                              (start, start + len(row)), breakdown=figure.breakdown)
                    )  # fmt: skip
    return claims


_LINE = re.compile(r"[^\n]+")


def _sentences_in(spans: Sequence[tuple[int, int]], row: tuple[int, int]) -> list[tuple[int, int]]:
    """The sentence spans that overlap a table's row."""
    return [(s, e) for s, e in spans if s < row[1] and e > row[0]]


def _cells(start: int, row: str) -> list[tuple[str, int]]:
    """A row's cells with their offsets in the text, the empty cells of its edges left out."""
    cells, at = [], start
    for part in row.split("|"):
        cells.append((part, at))
        at += len(part) + 1
    if cells and not cells[0][0].strip() and row.lstrip().startswith("|"):
        cells = cells[1:]
    if cells and not cells[-1][0].strip():
        cells = cells[:-1]
    return cells


def _in_a_studys_voice(claims: list[Claim]) -> list[Claim]:
    """A report that first quotes a study gives its other figures in the study's voice.

    "According to the PICSS monthly assessment, 70 people were killed ... Another 67 were
    injured": a review of a think tank's figures, every unattributed one is the think
    tank's, not the newspaper's.
    """
    named = next((c for c in claims if c.claimant != THE_REPORT), None)
    if named is None or named.claimant_type != "other" or not _STUDY.search(named.claimant):
        return claims
    if _NOT_A_STUDY.search(named.claimant):
        return claims
    return [
        replace(c, claimant=named.claimant, claimant_type=named.claimant_type)
        if c.claimant == THE_REPORT
        else c
        for c in claims
    ]


#: Who publishes studies of violence: think tanks and research centres by name or kind.
_STUDY = re.compile(
    r"(?i)\b(?:institute|centre|center|think[- ]tank|PICSS|CRSS|PIPS|research|studies)\b"
)
#: ... and institutes that are not: "the Pakistan Institute of Medical Sciences".
_NOT_A_STUDY = re.compile(r"(?i)\bmedical|\bhospital|\bhealth\b")


def _antecedent_whose(text: str, start: int) -> Whose | None:
    """Whose "them" stands for: the last people word of a side before it in its paragraph.

    "terrorists had tried to set up roadblocks ... 12 of them were killed": militants.
    """
    paragraph = text.rfind("\n", 0, start) + 1
    for word in reversed(_WORD.findall(text, max(paragraph, start - _ANTECEDENT_CHARS), start)):
        whose = _PEOPLE.get(word.lower())
        if whose is not None and whose != "unspecified":
            return whose
    return None


#: How far back "them" may look for the people it stands for.
_ANTECEDENT_CHARS = 400

_NO_CASUALTIES = re.compile(
    r"(?i)\b(?:no|without(?: any)?|did not cause(?: any)?) (?:(?P<killed>loss of (?:human )?"
    r"life|casualties|deaths|fatalities|one was killed|one died)|(?P<injured>one was "
    r"(?:hurt|injured|wounded)|injuries))\b"
)


def _no_casualties(sentence: str, offset: int) -> Iterator[tuple[What, int, int]]:
    """Figures of zero: "no loss of life", "no one was hurt"."""
    for match in _NO_CASUALTIES.finditer(sentence):
        what: What = "killed" if match.group("killed") else "injured"
        yield what, offset + match.start(), offset + match.end()


def _token_span(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """The token indexes ``first``, ``last`` (exclusive) covering text ``start``..``end``."""
    inside = [k for k, t in enumerate(tokens) if start <= t.start < end]
    return (inside[0], inside[-1] + 1) if inside else (0, 0)


def _line_end(text: str, offset: int) -> str:
    """The last visible character of the line ``offset`` stands in ("" for a blank one)."""
    end = text.find("\n", offset)
    return text[offset : end if end >= 0 else len(text)].rstrip()[-1:]


def _headline(text: str, claim: Claim) -> str | None:
    """Where a claim stands if not in the body: ``line`` or ``title``, else None.

    ``line``: a line with no closing full stop (a headline, a bullet, a caption);
    ``title``: a Title Case sentence inside a paragraph, a link to another story
    ("Pakistan Blast: 1 Dead, Several Injured in ...").
    """
    if _line_end(text, claim.end) not in set(".!?\"'\u201d\u2019)"):
        return "line"
    start, end = claim.sentence
    words = [w for w in _WORD.findall(text, start, end) if len(w) > 3]
    if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words):
        return "title"
    return None


_WORD = re.compile(r"[^\W\d_]+")


def _without_headlines(text: str, claims: Sequence[Claim]) -> list[Claim]:
    """Keep a headline's or bullet's figures only where the body lacks them.

    A Title Case sentence's figures are never kept: it links to another story.
    """
    where = [_headline(text, c) for c in claims]
    body = {(c.what, c.count) for c, w in zip(claims, where, strict=True) if w is None}
    return [
        c
        for c, w in zip(claims, where, strict=True)
        if w is None or (w == "line" and (c.what, c.count) not in body)
    ]


@lru_cache(maxsize=1)
def _figure_cue() -> re.Pattern[str]:
    """Where a figure may stand (sentences without one are not tokenised).

    A digit, a number word, or "a"/"the"/"his" shortly before a word for one person.
    """
    words = sorted({*_UNITS, *_TENS, *_VAGUE, "dozen", "another", "no"}, key=len, reverse=True)
    one = "|".join(sorted(_SINGULAR, key=len, reverse=True))
    ranks = "|".join(sorted(_RANKS, key=len, reverse=True))
    return re.compile(
        rf"\d|\b(?:{'|'.join(words)})\b|\b(?:a|an|the|his|her|their)\s+(?:\S+\s+){{0,2}}?"
        rf"(?:{one})\b|\b(?:{ranks})\.?\s+[A-Z]",
        re.I,
    )


def without_repeats(claims: Sequence[Claim]) -> list[Claim]:
    """Leave out a figure the same source (or the report itself) already gave.

    Call it on the claims about one thing (one event, or the whole wave): the same
    figure about two incidents is two claims.
    """
    seen: set[tuple[str, str, int | None, int | None, str]] = set()
    kept = []
    for c in claims:
        key = (c.what, c.whose, c.n_min, c.n_max, c.claimant)
        earlier = {k for k in seen if k[:4] == key[:4]}
        if (key in seen or (c.claimant == THE_REPORT and earlier)) and not c.breakdown:
            continue
        seen.add(key)
        kept.append(c)
    return kept


# --- figures ---------------------------------------------------------------------------


def _figures(tokens: Sequence[Token], column_act: What | None = None) -> list[_Figure]:
    """The figures of a sentence, each with its act and whose.

    ``column_act``: the act of a table's column the tokens fill ("| Killed |"), for
    figures whose words name none.
    """
    figures = list(_numbers(tokens))
    for i in range(len(figures)):
        _mark_breakdown(tokens, figures, i)
    for left, right in zip(figures, figures[1:], strict=False):
        if not left.people and [t.low for t in tokens[left.last : right.first]] == ["and"]:
            left.breakdown, left.repeat = right.breakdown, right.repeat
    figures = [f for f in figures if not f.repeat]
    main = [f for f in figures if not f.breakdown]
    for i, figure in enumerate(main):
        lo = main[i - 1].last if i else 0
        hi = main[i + 1].first if i + 1 < len(main) else len(tokens)
        figure.what = (
            figure.noun_act
            or _act_before(tokens, figure, lo)
            or _act_after(tokens, figure, hi)
            or column_act
        )
    _share_across_and(tokens, main)
    for i, figure in enumerate(main):
        if figure.whose is None and not figure.people and _toll_before(tokens, figure, 0):
            figure.whose = _whose_in_toll(tokens, figure)
        if figure.whose is None and i and (_is_others(tokens, figure) or not figure.people):
            figure.whose = main[i - 1].whose if _is_others(tokens, figure) else None
    current: _Figure | None = None
    out: list[_Figure] = []
    for figure in figures:
        if not figure.breakdown:
            current = figure
            out.append(figure)
            continue
        figure.what = figure.noun_act or (current.what if current else None)
        if figure.what is None:
            figure.what = _act_after(tokens, figure, len(tokens))
        if figure.whose is None and current is not None and figure.people:
            figure.whose = current.whose
        out.append(figure)
    return [
        f for f in _combine(tokens, out)
        if f.what is not None and (column_act is not None or _counts_people(tokens, f))
    ]  # fmt: skip


def _counts_people(tokens: Sequence[Token], figure: _Figure) -> bool:
    """A figure with no people word stands right beside its casualty word."""
    if figure.people:
        return True
    before = tokens[figure.first - 1].low if figure.first else ""
    field = figure.first > 1 and _field_act(tokens, figure.first - 1) is not None
    return _act_next(tokens, figure.last) or before in _BEFORE or before in _TOLL_LINKS or field


def _field_act(tokens: Sequence[Token], colon: int) -> What | None:
    """The act a form's field names, when ``colon`` is its colon: "Killed: 6 | Injured: 6"."""
    if tokens[colon].low != ":" or colon == 0:
        return None
    return _AFTER.get(tokens[colon - 1].low)


def _act_next(tokens: Sequence[Token], k: int) -> bool:
    """True when a casualty word stands at ``k``, perhaps after "was"/"were".

    "another killed", "six were killed", "one was injured".
    """
    while k < len(tokens) and tokens[k].low in _AUXILIARIES:
        k += 1
    return k < len(tokens) and tokens[k].low in _AFTER


def _is_others(tokens: Sequence[Token], figure: _Figure) -> bool:
    return any(tokens[k].low in _OTHERS for k in range(figure.number + 1, figure.last))


def _numbers(tokens: Sequence[Token]) -> Iterator[_Figure]:
    """Numbers with their qualifiers and people words, left to right, not overlapping.

    A rank or title before a name counts one person ("Sepoy Khalid Hussain").
    """
    i = 0
    while i < len(tokens):
        if not _may_open_figure(tokens[i].low):
            i += 1
            continue
        found = _number_at(tokens, i)
        if found is None:
            named = _named_person_at(tokens, i)
            if named is not None:
                yield _Figure(i, i, named[1], 1, 1, named[0])
                i = named[1]
                continue
            i += 1
            continue
        n_min, n_max, after = found
        if _not_a_count(tokens, i, after):
            i = after
            continue
        singular = n_max == 1 and tokens[i].low in {
            "a",
            "an",
            "another",
            "one",
            "their",
            "his",
            "her",
            "the",
        }
        whose, last, people, act = _people_after(tokens, after, singular=singular)
        singular = singular or tokens[i].low == "no"  # needs its people word too
        if tokens[i].low in _DEFINITE and not _plain_people(tokens, after, last, people):
            i += 1
            continue
        first, n_min, n_max = _qualified(tokens, i, n_min, n_max)
        if not people:
            joined = _before_and(tokens, after)
            if joined is not None:  # "One Navy and one coast guard personnel"
                yield _Figure(first, i, joined, n_min, n_max, None, people=False)
                i = joined
                continue
            if singular and not (tokens[i].low in {"another", "one"} and _act_next(tokens, after)):
                i += 1
                continue
        yield _Figure(first, i, last if people else after, n_min, n_max,
                      whose if people else None, people=people, noun_act=act)  # fmt: skip
        i = last if people else after


#: Ranks and titles written before a person's name, and whose they make the person.
_RANKS: dict[str, Whose] = {
    **dict.fromkeys(
        "sepoy constable naik havildar havaldar subedar sub-inspector inspector asi sho dsp "
        "captain major lieutenant colonel brigadier sergeant commandant".split(),
        "security",
    ),
    **dict.fromkeys("cleric maulana maulvi dr journalist advocate professor".split(), "civilian"),
}
#: Words that may stand before a rank as part of it: "Lance Naik", "Sub Inspector".
_RANK_PREFIXES = frozenset({"lance", "sub", "head", "assistant"})
#: Capitalised words after a rank that are not a name: "Inspector General of Police".
_NOT_NAMES = frozenset(
    "general police station house officer commissioner commander the of and said".split()
)
#: Words a figure can open with (``_number_at``, ``_named_person_at``); digits and
#: hyphenated numbers ("twenty-two") aside. Most tokens are none, and are passed over.
_FIGURE_OPENERS = frozenset(
    {*_UNITS, *_TENS, *_VAGUE, *_RANKS, *_RANK_PREFIXES}
    | {"a", "an", "one", "half", "another", "the", "his", "her", "no", "their"}
)


def _may_open_figure(low: str) -> bool:
    """Whether a figure may start at a token (a cheap test before the full reading)."""
    return (
        low in _FIGURE_OPENERS
        or "-" in low
        or low.rstrip(".") in _RANKS
        or low.replace(",", "").isdigit()
    )


def _named_person_at(tokens: Sequence[Token], i: int) -> tuple[Whose, int] | None:
    """A rank or title and the name after it, from token ``i``: ``(whose, index after)``.

    "killing sepoy Khalid Hussain Kurd", "Lance Naik Muhammad Iqbal was martyred",
    "Constable Nazar Ali embraced shahadat"; not "the constable" or "Inspector General".
    """
    k = i
    if tokens[k].low in _RANK_PREFIXES:
        k += 1
    whose = None
    while k < len(tokens) and tokens[k].low.rstrip(".") in _RANKS:
        whose = whose or _RANKS[tokens[k].low.rstrip(".")]
        k += 1
    if whose is None or (i and tokens[i - 1].low in {"a", "an", "the", "his", "her", "their"}):
        return None
    end = k
    while end < len(tokens) and end - k < 5:
        word = tokens[end].text
        if not (word[:1].isupper() and word.replace("-", "").isalpha()):
            break
        if word.lower() in _NOT_NAMES or word.lower() in _RANKS:
            return None
        end += 1
    return (whose, end) if end > k else None


#: Words that count one person only before a plain noun ("the police constable").
_DEFINITE = frozenset({"the", "his", "her"})


def _plain_people(tokens: Sequence[Token], after: int, last: int, people: bool) -> bool:
    """A plain noun after "the": "the police constable", not "the Hazara community"."""
    words = tokens[after:last]
    return (
        people
        and bool(words)
        and all(t.text.islower() or not t.text.isalpha() for t in words)
        and words[-1].low not in _OTHERS
        and words[-1].low not in _OFFICES
    )


#: People named by an office or standing, one of a kind in a report: after "the" they
#: point back to someone already counted ("the candidate", "the tehsildar"), so they count
#: one only after "a", "an", "another" or "one".
_OFFICES = frozenset(
    "diplomat leader candidate applicant manager tehsildar judge senator commander "
    "companion".split()
)


def _before_and(tokens: Sequence[Token], after: int) -> int | None:
    """Up to two modifiers, then "and" and another figure with people: where "and" is."""
    for k in range(after, min(after + 3, len(tokens) - 1)):
        low = tokens[k].low
        if low == "and":
            nxt = _number_at(tokens, k + 1)
            if nxt is None or k == after:
                return None
            _, _, people, _ = _people_after(tokens, nxt[2])
            return k if people else None
        if low in _NOT_MODIFIERS or not low.replace("-", "").isalpha():
            return None
    return None


def _number_at(tokens: Sequence[Token], i: int) -> tuple[int | None, int | None, int] | None:
    """The number starting at token ``i``: ``(n_min, n_max, index after it)``."""
    low = tokens[i].low
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if low.replace(",", "").isdigit():
        value = int(low.replace(",", ""))
        return _range_after(tokens, i + 1, value)
    if low in _VAGUE:
        return (*_VAGUE[low], i + 2 if nxt == "of" else i + 1)
    if low in {"a", "an", "one"} and nxt == "dozen":
        return 12, 12, i + 2
    if low == "half" and nxt == "a" and i + 2 < len(tokens) and tokens[i + 2].low == "dozen":
        return 6, 6, i + 3
    if low == "a" and nxt == "couple" and i + 2 < len(tokens) and tokens[i + 2].low == "of":
        return 2, 2, i + 3
    if low == "another" and nxt and (nxt.isdigit() or _word_value(nxt) is not None):
        return _number_at(tokens, i + 1)  # "another 12", "another two"
    if low in {"a", "an", "another", "the", "his", "her"}:
        return 1, 1, i + 1
    if low == "no" and nxt not in {"one", "longer", "more", "less", "fewer"}:
        return 0, 0, i + 1  # "no Chinese nationals were killed"
    if low == "their" and i and tokens[i - 1].low == "and":
        return 1, 1, i + 1  # "three academics and their driver"
    spelled, after = _words_value(tokens, i)
    if spelled is None:
        return None
    if after < len(tokens) and tokens[after].low == "dozen":
        spelled, after = spelled * 12, after + 1
    return _range_after(tokens, after, spelled)


@lru_cache(maxsize=256)
def _word_value(word: str) -> int | None:
    if word in _UNITS:
        return _UNITS[word]
    if word in _TENS:
        return _TENS[word]
    head, _, tail = word.partition("-")
    if head in _TENS and tail in _UNITS and 0 < _UNITS[tail] < 10:
        return _TENS[head] + _UNITS[tail]
    return None


def _words_value(tokens: Sequence[Token], i: int) -> tuple[int | None, int]:
    """A number in words ("ninety-two", "one hundred and forty five"), from token ``i``."""
    value = _word_value(tokens[i].low)
    if value is None:
        return None, i
    after = i + 1
    if value >= 20 and value % 10 == 0 and after < len(tokens):
        unit = _UNITS.get(tokens[after].low)
        if unit is not None and 0 < unit < 10:
            value, after = value + unit, after + 1
    if after < len(tokens) and tokens[after].low == "hundred":
        value, after = value * 100, after + 1
        rest = after + 1 if after < len(tokens) and tokens[after].low == "and" else after
        if rest < len(tokens):
            more, end = _words_value(tokens, rest)
            if more is not None and more < 100:
                value, after = value + more, end
    return value, after


def _range_after(
    tokens: Sequence[Token], after: int, value: int
) -> tuple[int | None, int | None, int]:
    """``8 to 12``, ``8-12``, ``8 or 9``, ``between 8 and 12``: extend the number to a range."""
    joins = {"to", "-", "or", "\u2013"}
    start = after - 1
    while start > 0 and tokens[start].low not in {"between"} and after - start < 4:
        start -= 1
    if tokens[start].low == "between":
        joins.add("and")
    if after + 1 < len(tokens) and tokens[after].low in joins:
        other = tokens[after + 1].low
        upper = int(other) if other.isdigit() else _word_value(other)
        if upper is not None and upper > value:
            return value, upper, after + 2
    return value, value, after


def _not_a_count(tokens: Sequence[Token], i: int, after: int) -> bool:
    """Dates, times, money, ages, years and measures are not counts of people."""
    before = tokens[i - 1].low if i else ""
    nxt = tokens[after].low if after < len(tokens) else ""
    low = tokens[i].low
    if low.isdigit() and (len(low) == 4 and low.startswith(("19", "20"))):
        return True
    if before in {"$", "rs", "rs.", "pkr", "no", "number", "#"} or nxt == "%":
        return True
    glued_before = i and tokens[i - 1].end == tokens[i].start
    if glued_before and before in {":", ".", "-", "/"}:
        return True  # "03:00", "2025-09-19"
    glued_after = after < len(tokens) and tokens[after].start == tokens[after - 1].end
    if glued_after and nxt in {":", ".", "-", "/"} and after + 1 < len(tokens):
        return True  # "10:30", "14-year-old", "72-hour"
    return before.rstrip(".") in MONTHS or nxt.rstrip(".") in MONTHS


#: Nouns after which a people word is an adjective: "the national highway", "a civilian
#: vehicle", "militant hideouts".
_THINGS = frozenset(
    "highway highways road roads hideout hideouts vehicle vehicles car cars area areas camp "
    "camps compound compounds house houses building buildings installation installations "
    "target targets post posts network networks outfit outfits organisation organization "
    "assembly".split()
)


def _people_after(
    tokens: Sequence[Token], i: int, *, singular: bool = False
) -> tuple[Whose | None, int, bool, What | None]:
    """The people word a number counts: ``(whose, index after it, found, its act)``.

    Up to two modifiers may stand between ("14 bus passengers", "four FC personnel"),
    and a group's name ("seven Baloch Liberation Army (BLA) fighters"); "members of the
    security forces" takes its whose from what follows "of". After "a" or "another" the
    word must be singular ("a soldier", not "a camp hosting workers").
    """
    whose: Whose | None = None
    act: What | None = None
    plain = 0
    ages = _ages(tokens, i)
    for k in range(i, min(i + 8, len(tokens))):
        if k in ages:
            continue  # "a 12-year-old boy", "two 30-year-old labourers"
        low = tokens[k].low
        if k == i and low == "of" and k + 1 < len(tokens):
            return _partitive(tokens, k + 1)  # "two of them", "six of the injured"
        if low in _PEOPLE and k + 1 < len(tokens) and tokens[k + 1].low in _THINGS:
            return None, i, False, None  # "the national highway", "a militant hideout"
        if low in _PEOPLE:
            first_kind: Whose | None = None
            if (
                k + 1 < len(tokens)
                and tokens[k + 1].low in _PEOPLE
                and tokens[k + 1].low not in (_OTHERS | _NOUN_ACTS.keys())
            ):
                first_kind = _PEOPLE[low] if low in _SINGULAR or not singular else None
                act = _MODIFIER_ACTS.get(low, act)  # "the dead militant"
                k, low = k + 1, tokens[k + 1].low  # "one coast guard personnel", "a Levies man"
            if singular and low not in _SINGULAR and first_kind is None:
                return None, i, False, None
            kind = _PEOPLE[low]
            if kind == "unspecified" and first_kind is not None:
                kind = first_kind
            last = k + 1
            if low in {"members", "member", "employees", "employee", "personnel"}:
                of_whose, last = _whose_of(tokens, last, default=kind)
                kind = of_whose if of_whose != "unspecified" else kind
            if kind == "unspecified" and whose is not None:
                kind = whose
            return kind, last, True, _NOUN_ACTS.get(low, act)
        if low in _OTHERS:
            more = _people_after(tokens, k + 1)  # "five more bullet-ridden bodies"
            if more[2]:
                return more
            return whose, k + 1, True, act
        named = tokens[k].text[:1].isupper() or low in {"(", ")"}
        bare = low.replace("-", "").replace("'", "").replace("\u2019", "")
        if low in _NOT_MODIFIERS or not (bare.isalpha() or named):
            return None, i, False, None
        plain += not named
        if plain > 2:
            return None, i, False, None
        whose = _WHOSE_MODIFIERS.get(low, whose)
        act = _MODIFIER_ACTS.get(low, act)
    return None, i, False, None


def _ages(tokens: Sequence[Token], i: int) -> set[int]:
    """Indexes of the tokens of an age right at ``i`` ("12-year-old", "84 year old")."""
    if i >= len(tokens) or not tokens[i].low.isdigit():
        return set()
    words = [t.low for t in tokens[i + 1 : i + 4]]
    for shape in (["-", "year-old"], ["year-old"], ["year", "old"], ["-", "year", "-", "old"]):
        if words[: len(shape)] == shape:
            return set(range(i, i + 1 + len(shape)))
    return set()


def _partitive(tokens: Sequence[Token], i: int) -> tuple[Whose | None, int, bool, What | None]:
    """The people after "of": "them", "the passengers", "the injured".

    "them" takes its whose from the figure before.
    """
    low = tokens[i].low
    if low == "them":
        return None, i + 1, True, None
    if low not in {"the", "those", "these"} or i + 1 >= len(tokens):
        return None, i, False, None
    nxt = tokens[i + 1].low
    if nxt in {"injured", "wounded"}:
        return "unspecified", i + 2, True, None  # "six of the injured later died"
    whose, last, people, _ = _people_after(tokens, i + 1)
    return whose, last, people, None


#: Words after "members of" or "personnel of" that make them forces ("of the Frontier Corps").
_FORCES_OF = frozenset(
    "security police army military forces navy fc levies frontier corps constabulary "
    "rangers scouts".split()
)


def _whose_of(tokens: Sequence[Token], i: int, *, default: Whose) -> tuple[Whose, int]:
    """Whose, from the words after "of": "members of the security forces"."""
    if i >= len(tokens) or tokens[i].low != "of":
        return default, i
    for k in range(i + 1, min(i + 7, len(tokens))):
        low = tokens[k].low
        if low in _FORCES_OF:
            end = k + 1
            while end < len(tokens) and tokens[end].low in {"forces", "corps", "constabulary"}:
                end += 1
            return "security", end
        if _MILITANT_OF.match(tokens[k].text) or low in {"militant", "terrorist"}:
            return "militant", i  # the surface ends at "members"
        if low in {",", ".", ";", "and", "who", "were", "was"}:
            break
    return default, i


def _qualified(
    tokens: Sequence[Token], i: int, n_min: int | None, n_max: int | None
) -> tuple[int, int | None, int | None]:
    """Extend a number back over its qualifier and bound it: ``(first, n_min, n_max)``."""
    if i >= 2 and tokens[i - 2].low == "between" and n_min is not None:
        return i - 2, n_min, n_max
    words = [t.low for t in tokens[max(0, i - 3) : i]]
    for qualifier in _QUALIFIERS:
        parts = qualifier.split()
        if words[-len(parts) :] != parts:
            continue
        first = i - len(parts)
        if qualifier == "up to" and first and tokens[first - 1].low in _RISING:
            return i, n_min, n_max  # "the toll has gone up to 61": 61, not at most 61
        value = n_min if n_min is not None else n_max
        if value is None:
            return first, n_min, n_max
        if qualifier in _AT_LEAST:
            return first, value, None
        if qualifier in _MORE_THAN:
            return first, value + 1, None
        if qualifier in _AT_MOST:
            return first, None, n_max
        if qualifier in _FEWER_THAN:
            return first, None, value - 1
        return first, n_min, n_max
    return i, n_min, n_max


def _of_whom_then_and(gap: Sequence[str]) -> bool:
    """'seven soldiers of the Frontier Corps and seven guards': the list goes on after "of"."""
    return (
        2 <= len(gap) <= 7
        and gap[0] == "of"
        and gap[-1] in {"and", ","}
        and all(w.isalpha() and w not in _AFTER and w not in _BEFORE for w in gap[1:-1])
    )


def _mark_breakdown(tokens: Sequence[Token], figures: Sequence[_Figure], i: int) -> None:
    """``including a policeman``, ``nine ... among the dead``; a list after a colon."""
    figure = figures[i]
    window = [t.low for t in tokens[max(0, figure.first - 3) : figure.first]]
    previous = figures[i - 1] if i else None
    gap = [t.low for t in tokens[previous.last : figure.first]] if previous else []
    if previous is not None and gap in ([":"], ["\u2013"], ["\u2014"], ["-"]) and previous.people:
        figure.repeat = True  # "eleven people: five men, ...", "Five people - a girl, ..."
        return
    if (
        previous is not None
        and (previous.repeat or previous.breakdown)
        and (gap in ([","], ["and"], [",", "and"]) or _of_whom_then_and(gap))
        and not _act_next(tokens, figure.last)
    ):
        figure.repeat, figure.breakdown = previous.repeat, previous.breakdown
        return
    if [t.low for t in tokens[figure.number + 1 : figure.number + 4]] in (
        ["of", "the", "dead"],
        ["of", "the", "deceased"],
        ["of", "the", "victims"],
    ):
        figure.breakdown = True  # "Four of the dead were identified as ..."
        return
    if (previous is not None and any(w in _BREAKDOWN_BEFORE for w in window)) or window[-2:] in (
        ["among", "them"],
        ["among", "whom"],
        ["of", "whom"],
        ["of", "them"],
    ):
        figure.breakdown = True
        return
    after = [t.low for t in tokens[figure.last : figure.last + 9]]
    if "among" not in after or any(
        w in _CLAUSE_END or w in _AFTER for w in after[: after.index("among")]
    ):
        return  # not "17 killed, the minister among the injured": the figure has its act
    among = after[after.index("among") + 1 : after.index("among") + 5]
    if any(w in _AMONG for w in among):
        figure.breakdown = True
        figure.noun_act = figure.noun_act or next((a for w in among if (a := _AMONG.get(w))), None)


#: "were among the dead", "among those injured": the words that make a breakdown.
_AMONG: dict[str, What | None] = {
    "dead": "killed",
    "killed": "killed",
    "slain": "killed",
    "deceased": "killed",
    "martyred": "killed",
    "injured": "injured",
    "wounded": "injured",
    "victims": None,
    "those": None,
}


def _act_before(tokens: Sequence[Token], figure: _Figure, lo: int) -> What | None:
    """An active verb or casualty noun just before the figure ("killing four people")."""
    toll = _toll_before(tokens, figure, lo)
    if toll is not None:
        return toll
    joined = _killed_along_with(tokens, figure, lo)
    if joined is not None:
        return joined
    k = figure.first - 1
    if k >= lo + 1 and [t.low for t in tokens[k - 1 : k + 1]] in (
        ["such", "as"],
        [",", "including"],
    ):
        # "kidnapped high officials, such as a deputy commissioner"
        verbs = [t.low for t in tokens[max(lo, k - 8) : k - 1] if t.low in _BEFORE]
        return _BEFORE[verbs[-1]] if verbs else None
    skipped = 0
    while k >= lo and skipped <= 2:
        low = tokens[k].low
        if low in _BEFORE:
            return _BEFORE[low]
        if low == "of" and k - 1 >= lo and tokens[k - 1].low in _NOUN_OF:
            return _NOUN_OF[tokens[k - 1].low]
        if low == "dead" and k - 1 >= lo and tokens[k - 1].low == "shot":
            return "killed"
        if low == "down" and k - 1 >= lo and tokens[k - 1].low in _DOWN_VERBS:
            return "killed"  # "gunning down 23 travellers"
        if low == ":" and k - 1 >= lo and (field := _field_act(tokens, k)) is not None:
            return field  # a form's field: "Killed: 6 | Injured: 6"
        if low == "shot" and _taken_off_and_shot(tokens, k):
            return "killed"  # "ordered the passengers off and shot 26 of them"
        if low not in {"the", "all", "some", "up", "them", "another", "also", "only"}:
            return None
        k -= 1
        skipped += 1
    return None


_ALONG_REACH = 8


def _killed_along_with(tokens: Sequence[Token], figure: _Figure, lo: int) -> What | None:
    """A figure joined to someone a casualty word was said of.

    "was gunned down along with two companions", "killed the bureau chief together with a
    driver": the act before "along with" is the figure's too. "Among the dead were ten
    sailors": the word after "among the" is.
    """
    k = figure.first
    words = [t.low for t in tokens[max(lo, k - 4) : k]]
    # "Among the dead were ten sailors" (the words of ``_AMONG``)
    if len(words) == 4 and words[:2] == ["among", "the"] and words[3] in {"were", "was", "are"}:
        return _AMONG.get(words[2])
    if words[-2:] not in (["along", "with"], ["together", "with"]):
        return None
    for token in reversed(tokens[max(lo, k - 2 - _ALONG_REACH) : k - 2]):
        if token.low in {".", ";"}:
            return None
        what = _AFTER.get(token.low) or _BEFORE.get(token.low)
        if what is None and token.low == "down":
            what = "killed"  # "gunned down along with ..."
        if what is not None:
            return what
    return None


#: Words that take people off a vehicle before they are shot: "pulled off", "offloaded".
_TAKEN_OFF = frozenset({"off", "offloaded", "offloading"})
#: Words after "shot" that say the shot did not kill: "shot at", "shot and wounded".
_SHOT_NOT_DEAD = frozenset({"at", "and", "in", "through", "but"})
_TAKEN_OFF_REACH = 24


def _taken_off_and_shot(tokens: Sequence[Token], k: int) -> bool:
    """'Shot' at ``k`` kills when people were taken off a vehicle first.

    Gunmen who pull passengers off a bus and shoot them execute them: "took nine
    passengers off it and shot them", "pulled off 14 people and shot them". A plain
    "shot" elsewhere may be a wound ("shot in the leg"), so it is read only after such
    words in the same clause, and not before "at", "and wounded" or "in the ...".
    """
    after = tokens[k + 1].low if k + 1 < len(tokens) else "."
    if after in {"them", "him", "her"}:
        after = tokens[k + 2].low if k + 2 < len(tokens) else "."
    if after in _SHOT_NOT_DEAD:
        return False
    for token in reversed(tokens[max(0, k - _TAKEN_OFF_REACH) : k]):
        if token.low in {".", ";"}:
            return False
        if token.low in _TAKEN_OFF:
            return True
    return False


#: Verbs that kill with "down" after them.
_DOWN_VERBS = frozenset({"gunning", "gunned", "mowing", "mowed", "shooting", "shot"})


def _acts_on_another(tokens: Sequence[Token], k: int) -> bool:
    """The casualty verb at ``k`` has the figure as its doer: "a bomber killed 52 people".

    An active verb with people counted right after it; not "were (also) killed".
    """
    before = k - 1
    while before > 0 and tokens[before].low in _ADVERBS:
        before -= 1
    if before < 0 or tokens[before].low in _AUXILIARIES:
        return False
    nxt = k + 1
    while nxt < len(tokens) and tokens[nxt].low in _OBJECT_QUALIFIERS:
        nxt += 1
    found = _number_at(tokens, nxt) if nxt < len(tokens) else None
    if found is None:
        return False
    one = found[1] == 1 and tokens[nxt].low in {"a", "an", "the", "another", "one"}
    return _people_after(tokens, found[2], singular=one)[2]


#: Words between an auxiliary and its verb ("were also killed").
_ADVERBS = frozenset({"also", "reportedly", "allegedly", "later", "subsequently", "all"})
#: Words before a counted object ("killed at least 52 people").
_OBJECT_QUALIFIERS = frozenset(
    {"at", "least", "more", "than", "over", "nearly", "about", "some", "around"}
)


def _toll_before(tokens: Sequence[Token], figure: _Figure, lo: int) -> What | None:
    """A toll's figure: "the death toll ... surged to above 50", "the count stood at 50"."""
    if figure.first == 0 or tokens[figure.first - 1].low not in _TOLL_LINKS:
        return None
    words = [t.low for t in tokens[max(lo, figure.first - _TOLL_REACH) : figure.first]]
    for k in range(len(words) - 1, -1, -1):
        if words[k] in _TOLL or (words[k] == "number" and _AFTER.keys() & words[k:]):
            # "the death toll rose to 42"; "the number of people killed rose to 42", not
            # "the number of attacks rose to 42"
            between = set(words[k:])
            return "injured" if between & {"injured", "wounded", "injuries"} else "killed"
        if words[k] in {".", ";"}:
            return None
    return None


def _whose_in_toll(tokens: Sequence[Token], figure: _Figure) -> Whose | None:
    """Whose dead a toll counts, from the people it names: "the number of soldiers killed"."""
    for token in reversed(tokens[max(0, figure.first - _TOLL_REACH) : figure.first]):
        if token.low in _TOLL or token.low in {"number", ".", ";"}:
            return None
        whose = _PEOPLE.get(token.low)
        if whose is not None and whose != "unspecified":
            return whose
    return None


def _act_after(tokens: Sequence[Token], figure: _Figure, hi: int) -> What | None:
    """A casualty word after the figure, in its clause ("nine soldiers ... were martyred")."""
    for k in range(figure.last, min(hi, figure.last + 24)):
        low = tokens[k].low
        for phrase, what in _PHRASES_BY_FIRST.get(low, ()):
            if tuple(t.low for t in tokens[k : k + len(phrase)]) == phrase:
                return what
        if low in _AFTER:
            return None if _acts_on_another(tokens, k) else _AFTER[low]
        if low == "shot" and _taken_off_and_shot(tokens, k):
            # "nine passengers were taken off a bus and shot"; not "forced 16 men off and
            # shot 14 of them", where the 14 were shot
            return None if _number_at(tokens, k + 1) else "killed"
        if low in {"before", "after"}:
            # "offloaded 16 people before shooting them dead"
            ahead = [t.low for t in tokens[k + 1 : k + 5]]
            if "them" in ahead and any(w in _BEFORE or w == "shooting" for w in ahead):
                return "killed" if "shooting" in ahead else _BEFORE[ahead[0]]
            # "ordered seven passengers off after checking their identity cards and shot
            # them dead": the clause of 'after' ends at 'and', where the figure's verb goes on
            then = _killed_them_after_and(tokens, k + 1, min(hi, k + 12))
            if then is not None:
                return then
        if low == "to" and tokens[k + 1 : k + 2] and tokens[k + 1].low == "death":
            sentenced = {t.low for t in tokens[max(0, figure.first - 3) : k]} & _SENTENCED
            if not sentenced:
                return "killed"  # "burnt 17 people to death", "were beaten to death"
        if low in _CLAUSE_END:
            return None
    return None


#: Words of a court's sentence: "sentenced five men to death" kills nobody.
_SENTENCED = frozenset({"sentenced", "sentences", "sentencing", "condemned", "awarded"})


def _killed_them_after_and(tokens: Sequence[Token], lo: int, hi: int) -> What | None:
    """'... and shot them dead', 'and killed them': the figure's people killed, from 'and' on."""
    words = []
    for token in tokens[lo:hi]:
        if token.low in {".", ";"}:
            break
        words.append(token.low)
    if "and" not in words:
        return None
    rest = words[words.index("and") + 1 :]
    if rest[1:2] != ["them"]:
        return None
    if rest[0] == "shot" and rest[2:3] == ["dead"]:
        return "killed"
    return "killed" if _BEFORE.get(rest[0]) == "killed" else None


_JOINERS = frozenset(
    {"and", ",", "as", "well", "&", "plus", "against", "besides", "alongside", "all"}
)
_AUXILIARIES = frozenset({"were", "was", "had", "have", "been", "being", "are", "got"})


def _share_across_and(tokens: Sequence[Token], main: list[_Figure]) -> None:
    """Figures joined by "and" or a comma share a casualty word ("18 soldiers and 23 ...")."""
    for i in range(len(main) - 2, -1, -1):
        if main[i].what is None and _joined(tokens, main[i], main[i + 1]):
            main[i].what = main[i + 1].what
    for i in range(1, len(main)):
        if main[i].what is None and _joined(tokens, main[i - 1], main[i]):
            main[i].what = main[i - 1].what


def _joined(tokens: Sequence[Token], left: _Figure, right: _Figure) -> bool:
    """Nothing but "and", commas or the earlier figure's casualty words between two figures.

    "197 militants were killed, against more than 22 soldiers": the second is killed too.
    """
    gap = [t.low for t in tokens[left.last : right.first]]
    if len(gap) == 1 and gap[0] in _BEFORE:
        return False  # "a bomber killed 52 people": the doer and the dead
    return bool(gap) and all(
        w in _JOINERS or w in _AUXILIARIES or w in _AFTER or w in {"dead", "shot"} for w in gap
    )


def _combine(tokens: Sequence[Token], main: list[_Figure]) -> list[_Figure]:
    """One claim for figures of the same side joined by "and" and sharing one act.

    "An army major and a soldier were martyred" is 2 security dead; "five women and three
    children died" is 8 civilians; "18 soldiers and 23 terrorists" stay two claims.
    """
    out: list[_Figure] = []
    for figure in main:
        previous = out[-1] if out else None
        gap = [t.low for t in tokens[previous.last : figure.first]] if previous else []
        if (
            previous is not None
            and gap == ["and"]
            and previous.what == figure.what
            and previous.breakdown == figure.breakdown
            and (previous.whose == figure.whose or not previous.people)
        ):
            previous.last = figure.last
            previous.whose = figure.whose
            previous.people = figure.people
            previous.n_min = _add(previous.n_min, figure.n_min)
            previous.n_max = _add(previous.n_max, figure.n_max)
            continue
        out.append(figure)
    return [f for f in out if f.people or f.what is not None]


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b
