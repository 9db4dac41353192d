"""Events: what happened at each incident place on each day, who did it, and who says so.

An *event* is something that happened at one incident place on one event date, coded as
ACLED codes events by hand. Each report gives its own account of it (``ReportEvent``):
the place, the date, a type, the two sides and the casualty claims tied to that place.
``event_table.py`` then merges the accounts of different reports about the same place and
day into one row, keeping every source's claims side by side.

The rules, in the order they apply (each decision keeps its reason):

* **Grouping.** One event per incident place per event date in a report. A site is a
  mention of its town's place, so "the Serena Hotel in Quetta" is already one place; a
  district named in the same sentence as the one town of it the sentence names ("the
  Hoshab area of Kech district") joins that town's event.
* **Date.** The mention's ``event_date`` (``dates.py``); a sentence with none takes a
  month or year it states ("in April 2022"), else the first date the report states
  before it (the lead's "on 31 January"), else the report's own date (precision null).
* **Claims.** A casualty figure (``claims.py``) belongs to the event whose place its
  sentence names; a sentence naming none looks back in its paragraph; figures for a
  whole wave (a sentence naming several events' places, or speaking of the province,
  "across", "in total") stay the report's *aggregate claims*, never spread over places.
* **Type.** ACLED's conventions, by the words of the event's own sentences: a suicide
  attack is a Suicide bomb; a place taken or retaken is a change of territory; fighting
  with forces is an Armed clash; a bomb, grenade or shelling is Explosions/Remote
  violence; kidnapping is Abduction; gunmen killing civilians is an Attack on civilians;
  arson is Looting/property destruction. No such words: no type, and the reason says so.
* **Actors.** The named group of the event's sentences, else the group the report says
  claimed or carried out the attacks, else an unidentified armed group; a security
  operation puts the state first. The side acted on is the force or civilians targeted.
* **Fatalities.** ACLED's conservative rule: per report, the first figure it gives for
  each side (later ones are updates or partial counts, "on the spot"), summed over
  sides; across reports the lowest; militants' claims of enemy dead only where nobody
  else gives a figure. 0 where the event is described and nobody is reported killed;
  null where the place is only listed, or deaths are only given for the wave.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import lru_cache

from . import actors as A
from ._text import sentence_spans
from .claims import THE_REPORT, Claim, claimant_type, claims_from_report, without_repeats
from .dates import MONTHS, dates_stated, event_date, parse_iso
from .models import COARSE_KINDS, GazetteerEntry, Report, ResolvedMention

#: ``dates.event_date`` precisions -> the precision of an event date.
DATE_PRECISION: dict[str, str | None] = {
    "stated": "day",
    "stated-no-year": "day",
    "weekday": "day",
    "lead": "day",
    "month": "month",
    "year": "year",
    "published": None,
    "unknown": None,
}
#: ACLED's ``time_precision``: 1 the day is known, 2 the week (a report's own date stands
#: in for a day the text does not give), 3 only the month or year.
TIME_PRECISION: dict[str | None, int] = {"day": 1, None: 2, "month": 3, "year": 3}


#: Kinds that may join the event of a finer place inside them ("Hoshab area of Kech").
_AREA_KINDS = frozenset({"district"})
#: At most this many characters between an area and a place named beside it, and the
#: words that may stand between: "Hoshab area of Kech", "Dalbandin, the main town of
#: Chaghi", "Nal in Khuzdar", "Khuzdar's Nal".
_BESIDE_CHARS = 30
_PLACE_OF = re.compile(
    r"(?i)(?:\s+(?:area|town|city|tehsil|village|bazaa?r|market|locality|region))?"
    r"(?:\s+(?:of|in)\s+|,\s+(?:the\s+)?(?:\w+\s+){0,2}(?:of|in)\s+|\s*,\s*)(?:the\s+)?"
)
_AREA_S = re.compile(r"(?i)(?:\s+district)?['\u2019]s\s+")
#: Days before a report's date in which an undated account joins a dated event there.
MERGE_WINDOW_DAYS = 7
_MONTH_YEAR = re.compile(
    r"\b(?i:in|since|during|of|last|early|late|mid)[- ](?P<month>"
    + "|".join(sorted((m.title() for m in MONTHS if len(m) > 3), key=len, reverse=True))
    + r")\s+(?P<year>(?:19|20)\d\d)\b"
)
_YEAR = re.compile(r"\b(?i:in|since|during)\s+(?P<year>(?:19|20)\d\d)\b")
#: "across" as a word of a wave ("across the province"), not of a crossing ("across the
#: border").
_ACROSS = r"across(?! the (?:border|frontier|line|road|river))"
#: Words that make a figure one of the whole wave rather than of one place.
_WAVE = re.compile(
    rf"(?i)\b(?:province|provincial|{_ACROSS}|wave|"
    r"offensive|nationwide|countrywide|country|"
    r"overall|in total|altogether|combined|cumulative|coordinated|simultaneous(?:ly)?|"
    r"districts|cities|towns|locations|places)\b"
)
#: "in the restive southwestern province of", "in the country's history", "the capital of
#: Pakistan's southwestern Balochistan province": where, not how many.
_IN_SETTING = re.compile(r"(?i)\b(?:in|of)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}$")


#: Words of several attacks, which make a clause's figure possibly the wave's.
_MANY_ATTACKS = re.compile(
    r"(?i)\b(?:attacks|bombings|blasts|explosions|ambushes|raids|assaults|clashes|strikes|"
    r"twin|both)\b|\b(?:second|another|separate)\s+(?:[\w-]+\s+)?(?:attack|bombing|blast|"
    r"explosion|ambush|raid|assault|shooting|strike)"
)
#: Where a sentence's clauses part: "..., and a second attack hours later ...".
_CLAUSE_BREAK = re.compile(r",\s+(?:and|while|but|as)\s+|;\s+")


def _counts_several_attacks(sentence: str, at: int) -> bool:
    """The clause at ``at`` tells of several attacks ("twin blasts", "a second attack").

    Elsewhere a figure in a sentence naming only the province or country is the one
    attack's the clause tells ('a suicide bomber killed 52 people at a gathering in
    southwestern Pakistan'), even in a report of several places hit the same day.
    """
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, at)), default=0)
    stop = _CLAUSE_BREAK.search(sentence, at)
    clause = sentence[start : stop.start() if stop else len(sentence)]
    return _MANY_ATTACKS.search(clause) is not None


def _speaks_of_wave(sentence: str) -> bool:
    """Words of the whole wave in a sentence, a province or country named as where aside."""
    for match in _WAVE.finditer(sentence):
        word = match.group().lower()
        if word not in {"province", "country"}:
            return True
        if not _IN_SETTING.search(sentence, max(0, match.start() - 48), match.start()):
            return True
    return False


#: This many places hit on one day make a report one about a wave, not one incident.
_WAVE_SIZE = 3
#: A figure in a sentence naming no place belongs to the place of the nearest of this
#: many sentences before it that names one (in its paragraph only, when the report
#: leads with several places).
_LOOK_BACK = 4
#: Words that make a figure the whole wave's even in a sentence naming one place ("in
#: close to 40 hours of fighting that followed the coordinated assault on 12 towns").
_WAVE_ONLY = re.compile(
    rf"(?i)\b(?:{_ACROSS}|wave|nationwide|"
    r"countrywide|overall|in total|altogether|cumulative|"
    r"coordinated|districts|cities|towns|locations|places)\b"
)
#: A figure counted over a span of time is no one event's: "have killed hundreds of
#: Hazaras over the past two decades", "more than 40 since 2015", "so far this year".
_OVER_TIME = re.compile(
    r"(?i)\b(?:over|in|during) the (?:past|last|previous) (?:\w+ )?(?:years|decades?|months)\b|"
    r"\bin recent (?:years|months)\b|\bsince (?:19|20)\d\d\b|\bso far this year\b|"
    r"\b(?:during|in|over) the same period\b"
)
#: A figure the same report later updates: "Earlier, 15 people died", "on the spot".
_SUPERSEDED = re.compile(r"(?i)^\W*earlier,|\bon the spot\b|\binitial(?:ly)?\b")


@dataclass(frozen=True, slots=True)
class TypeRule:
    """One of ACLED's event types and the words that show it, tried in order."""

    event_type: str
    sub_event_type: str
    pattern: re.Pattern[str]
    reason: str


def _rule(event_type: str, sub: str, pattern: str, reason: str) -> TypeRule:
    return TypeRule(event_type, sub, re.compile(pattern, re.I), reason)


_BATTLES = "Battles"
_EXPLOSIONS = "Explosions/Remote violence"
_VAC = "Violence against civilians"
_RIOTS = "Riots"
_STRATEGIC = "Strategic developments"
_FORCE_WORDS = (
    r"(?:security|police|FC|army|military|Levies|troops|soldiers|(?<!passenger )convoy|"
    r"check ?posts?|checkpoints?|posts?|cantonment|cantt|base|headquarters|garrison|"
    r"(?<!polling )station|patrols?)"
)
#: ACLED's event types by the words of an event's sentences, first match wins.
TYPE_RULES: tuple[TypeRule, ...] = (
    _rule(
        _STRATEGIC,
        "Disrupted weapons use",
        r"\b(?:defused|diffused|defusing|defuse)\b",
        "a bomb was defused",
    ),
    _rule(
        _EXPLOSIONS,
        "Suicide bomb",
        r"\bsuicide\b|\bfidayeen\b|explosive[- ]laden vehicle|"
        r"\bVBIED|self[- ]detonat|\bblew (?:himself|herself|themselves) up\b|"
        r"\bbombers? (?:struck|rammed|detonated)\b",
        "a suicide attack",
    ),
    _rule(
        _RIOTS,
        "Mob violence",
        r"\b(?:mob|mobs|(?:angry|enraged|charged|irate) crowds?)\b[^.;]{0,80}?"
        r"\b(?:set fire|set ablaze|torch|burn(?:ed|t)|attack|lynch|beat|storm|ransack|"
        r"damag|vandali[sz]|pelt)|\blynch(?:ed|ing)\b",
        "a mob attacked",
    ),
    _rule(
        _RIOTS,
        "Violent demonstration",
        r"\b(?:protesters|protestors|demonstrators|rioters|marchers)\b[^.;]{0,80}?"
        r"\b(?:pelt|stone|set fire|set ablaze|torch|burn(?:ed|t)|ransack|clash|attack|storm|"
        r"vandali[sz]|damag)|\bviolent (?:protests?|demonstrations?)\b|"
        r"\b(?:workers|supporters|activists)\b[^.;]{0,60}?\b(?:march|protest|rally)\w*"
        r"\b[^.;]{0,60}?\bclash(?:ed|es)? with (?:the )?police\b|"
        r"\bstone[- ](?:throwing|pelting)\b|\briot(?:s|ing|ers)?\b(?! police)|"
        r"\b(?:crowds?|mobs?) (?:[\w-]+ ){0,8}?clash(?:ed|es)? with\b|"
        r"\bclash(?:es|ed)? (?:\w+ ){0,3}?(?:between|with) (?:[\w-]+ ){0,3}?"
        r"(?:protesters|protestors|demonstrators|rioters)\b",
        "protesters turned violent",
    ),
    _rule(
        _RIOTS,
        "Mob violence",
        r"\b(?:scuffles?|fist-?fights?|brawls?)\b|"
        r"\b(?:supporters|workers|activists|students) (?:[\w()'\u2019-]+ ){0,8}?"
        r"(?:clash(?:ed)?|fought|exchanged fire|(?:opened )?fired? (?:on|at) each other)\b|"
        r"\b(?:clash(?:es|ed)?|fights?|fighting|fought)\b(?: \w+){0,3}? (?:between|among) "
        r"(?:the )?(?:(?:two|rival|opposing) (?:political )?"
        r"(?:groups|parties|factions|sides|candidates|supporters)|supporters|workers|activists)\b|"
        r"\b(?:clash(?:es|ed)?|fights?)\b(?: \w+){0,2}? at (?:a |the |an )?(?:[\w-]+ ){0,2}?"
        r"(?:polling (?:station|booth)s?|processions?|rally|rallies|funeral)\b",
        "rival groups or a crowd fought",
    ),
    _rule(
        "Protests",
        "Excessive force against protesters",
        r"\bpolice (?:firing|fire|shooting) (?:\w+ ){0,2}?(?:at|on) (?:[\w'\u2019]+ ){0,4}?"
        r"(?:protesters|protestors|demonstrators|marchers|workers|supporters|secretariat|sit-in)|"
        r"\b(?:police|policemen|troops|rangers)\b (?:\w+ ){0,3}?(?:opened fire|fired) "
        r"(?:\w+ ){0,2}?(?:on|at|into) (?:\w+ ){0,2}?(?:protesters|protestors|demonstrators|"
        r"marchers|mourners|sit-in)\b",
        "forces fired on protesters",
    ),
    _rule(
        "Protests",
        "Protest with intervention",
        r"\btear[- ]?gas\b|\bbaton[- ]charg\w*|\blathi[- ]charg\w*|\bwater cannons?\b|"
        r"\b(?:used|with) (?:tear gas and )?batons\b",
        "protesters dispersed by force",
    ),
    _rule(
        _EXPLOSIONS,
        "Air/drone strike",
        r"\b(?:helicopters?|gunships?|jets?|war ?planes|aircraft|drones?|quadcopters?)\b"
        r"(?: \w+){0,3}? "
        r"(?:attacked|struck|fired (?:on|at|upon)|targeted|pounded|bombed|shelled|strafed|"
        r"dropped)\b|\b(?:drone|quadcopter) attacks?\b",
        "aircraft struck",
    ),
    _rule(
        _BATTLES,
        "Government regains territory",
        r"\bregain(?:ed|s)? control\b|"
        r"\brecaptur|\bretook\b|\bwrested back\b|\bcleared the (?:town|city|area)\b",
        "the state took the place back",
    ),
    _rule(
        _BATTLES,
        "Non-state actor overtakes territory",
        r"\b(?:took|taken|taking) over\b|"
        r"\bseiz(?:ed|ing)\b|\bcaptured\b|\boccupied\b|\boverr[au]n\b|\btook control\b|"
        r"\btemporary hold\b|\bin control of\b",
        "attackers took over the place",
    ),
    _rule(
        _BATTLES,
        "Armed clash",
        r"exchanges? of fire|exchanged fire|\bgun ?battles?\b|"
        r"\bgunfights?\b|\bclash(?:es|ed)?\b|\bshoot-?outs?\b|\bencounter\b|"
        r"return(?:ed)? (?:the )?fire|\brepuls|\bfighting\b|\bfought\b|\bfiring\b|"
        r"\b(?:beaten|fought|driven) (?:back|off)\b|\b(?:fire|fired) (?:on|at) each other\b|"
        r"\b(?:automatic|heavy|small[- ]arms) fire\b|\bbursts? of (?:\w+ )?fire\b|"
        r"\bgunfire\b|\bbesieg|\bsiege\b|\bambush|"
        r"(?<!search )(?<!investigation )\boperations?\b(?! to locate)|\bencircled\b|"
        r"\b(?:military|army|ground|large-scale|major) offensive\b|"
        r"\bIBO\b|\b(?:attack(?:s|ed|ing)?|storm(?:ed|ing)?|assault(?:ed|s)?|raid(?:s|ed|ing)?|"
        r"fired (?:(?!rockets|mortars?|shells|missiles|grenades)\w+ ){0,3}?(?:at|on|upon)|"
        r"opened fire (?:at|on|upon))\b"
        r"(?: \w+){0,3}? (?:on |at )?(?:the |a |an |three |two |several )?(?:[\w'\u2019]+ ){0,2}"
        + _FORCE_WORDS
        + r"\b(?!\s+(?:Public\s+)?Schools?\b)|"
        + _FORCE_WORDS
        + r"\b(?: \w+){0,2}? (?:(?:was|were) (?:\w+ )?(?:attacked|ambushed|stormed|raided|"
        r"targeted)|came under (?:\w+ )?(?:attack|fire|assault))\b",
        "fighting between armed groups and forces",
    ),
    _rule(
        _EXPLOSIONS,
        "Air/drone strike",
        r"\bdrone strikes?\b|\bair ?strikes?\b|"
        r"\baerial (?:strike|bombardment)|\bfighter jets\b|\bgunships?\b|"
        r"\b(?:jet|jets|war ?planes|aircraft|fighter planes) (?:\w+ )?(?:struck|pounded|bombed|"
        r"hit|targeted|attacked)\b|"
        r"\bhelicopter (?:strikes?|attacks?|raids?)\b|"
        r"\b(?:precision|missile|cross-border|surgical) strikes?\b|"
        r"\bstrikes? (?:on|at|against) (?:\w+ ){0,3}?(?:targets|sites|camps|hideouts|positions)\b",
        "an air or drone strike",
    ),
    _rule(
        _EXPLOSIONS,
        "Shelling/artillery/missile attack",
        r"\bshell(?:ing|ed)\b|"
        r"\bmortars?\b|\bartillery\b|\brockets?\b|\bmissiles?\b",
        "shelling or rockets",
    ),
    _rule(_EXPLOSIONS, "Grenade", r"\bgrenades?\b", "a grenade attack"),
    _rule(
        _EXPLOSIONS,
        "Remote explosive/landmine/IED",
        r"\bIEDs?\b|\bimprovised explosive|"
        r"\blandmines?\b|\bland mines?\b|\bremote[- ]control|\bbombs?\b|\bbomb(?:ing|ed)\b|"
        r"\b(?:low[- ]intensity|crude|home-?made|time) devices?\b|"
        r"\bdevices? (?:went off|exploded|damaged)\b|"
        r"\bblasts?\b|\bexplosions?\b|\bexplosives?\b|\bexploded\b|\bdetonat|\bblew up\b|"
        r"\bblown up\b",
        "a bomb or explosion",
    ),
    _rule(
        _VAC,
        "Abduction/forced disappearance",
        r"\babduct|\bkidnap|\bhostages?\b|"
        r"\btaken captive\b|\bhijack|\b(?:enforced|forced|forcibly|involuntary) disappear|"
        r"\bdisappearances?\b|\b(?:taken|took (?:\w+ ){0,2}?)to an unknown (?:location|place)\b|"
        r"\bwhereabouts (?:remain|are|were) (?:still )?unknown\b|"
        r"\b(?:were|was|been) (?:\w+ly )?(?:seized|taken away|whisked away)\b|"
        r"\b(?:seized|captured) (?:\w+ ){0,2}?(?:passengers|trains?|bus|buses|coach|coaches)\b",
        "people were abducted",
    ),
    _rule(
        _BATTLES,
        "Armed clash",
        r"\bkill(?:ed|ing) (?:(?!and\b)\w+ ){0,3}?(?:soldiers|troops|policemen|personnel|"
        r"sepoys|cops|FC|Levies|Frontier Corps|Rangers|officers of the)\b|"
        r"\b(?:soldiers|troops|policemen|personnel|sepoys|cops|jawans)\b(?: \w+){0,5}? "
        r"(?:were|was) (?:\w+ )?(?:martyred|killed)\b",
        "forces were killed in an attack",
    ),
    _rule(
        _VAC,
        "Attack",
        r"\b(?:shot dead|shot (?:\w+ ){1,3}?dead|gunned down|massacr|opened fire on|stabbed|"
        r"fired (?:\w+ ){0,2}?(?:on|at|upon)|sprayed (?:\w+ ){0,2}?bullets|beat(?:en)? up|"
        r"(?:were|was) (?:\w+ ){0,5}?shot\b"
        r"(?! (?:at|down)\b(?! [A-Z]))|(?:pulled|taken|dragged) (?:\w+ ){1,4}?off\b|"
        r"executed|offloaded|killed|(?<!against the )(?<!over the )(?:target(?:ed)? )?killings?|"
        r"bullet[- ]ridden|"
        r"bullet[- ]riddled|"
        r"bod(?:y|ies) (?:\w+ ){0,6}?(?:found|recovered)|"
        r"(?:found|recovered) (?:\w+ ){0,3}?bod(?:y|ies))\b",
        "armed men attacked civilians",
    ),
    _rule(
        _STRATEGIC,
        "Looting/property destruction",
        r"\btorch|\bset (?:on )?fire\b|"
        r"\bset ablaze\b|\bablaze\b|\bburn(?:ed|t)\b|\barson\b|\bdestroy|\bdestruction\b|"
        r"\bvandali[sz]|\bloot|\bdemolish",
        "property was destroyed",
    ),
    _rule(
        _STRATEGIC,
        "Arrests",
        r"\barrest|\bdetain|\bapprehend|taken into custody|\bnabbed\b",
        "people were arrested",
    ),
    _rule(
        _STRATEGIC,
        "Disrupted weapons use",
        r"\bfoiled\b|\bthwarted\b|\baverted\b",
        "an attack was prevented",
    ),
    _rule(
        "Protests", "Peaceful protest", r"\bprotest|\bdemonstrat|\bsit-in\b|\brally\b", "a protest"
    ),
)
#: Aircraft named as the attackers: an air strike unless a fight on the ground is told.
_AIRCRAFT_STRUCK = next(rule for rule in TYPE_RULES if rule.reason == "aircraft struck")
#: Any word of any type: most sentences have none, and need no rule tried.
_ANY_TYPE = re.compile("|".join(f"(?:{rule.pattern.pattern})" for rule in TYPE_RULES), re.I)


@lru_cache(maxsize=8192)
def _any_type(piece: str) -> bool:
    """True when a piece of text holds a word of any event type.

    Memoised: one sentence is evidence for every place it names.
    """
    return _ANY_TYPE.search(piece) is not None


#: Battles a security force starts: an operation, a raid, militants encircled.
_STATE_INITIATED = re.compile(
    r"(?i)\b(?:security forces|troops|army|military|police|CTD|FC|personnel)\b[^.]{0,80}?"
    r"\b(?:launched|conducted|carried out|initiated|began|stepped up)\b[^.]{0,60}?"
    r"\b(?:operations?|raids?)\b|\b(?:intelligence[- ]based|clearance|follow-up|combing|"
    r"counter-?terrorism|search-and-destroy)\b[^.]{0,15}\boperations?\b|\bencircled\b|"
    r"\bIBOs?\b|\braided\b"
)
#: Attacks by armed men on forces (these are not state-initiated, whoever won).
_ATTACK_ON_FORCES = re.compile(
    r"(?i)\b(?:attack(?:s|ed|ing)?|ambush(?:ed)?|stormed|targeted|struck|assault(?:ed)?)\b"
    r"(?: \w+){0,3}? (?:on |at )?(?:the |a |an |three |two |several )?(?:[\w'\u2019]+ ){0,2}"
    + _FORCE_WORDS
    + r"\b"
)
#: The force a target word stands for ("a police truck" -> police).
_TARGETS = re.compile(
    r"(?i)\b(?:attack(?:s|ed|ing)?|ambush(?:ed)?|stormed|targeted|targeting|struck|hit|"
    r"assault(?:ed)?)\b(?: on)?(?: the| a| an| three| two| several)?(?: [\w'\u2019]+){0,3}? "
    r"(?P<force>police|policemen|CTD|FC|Frontier Corps|Levies|army|military|troops|soldiers|"
    r"security forces|convoy|cantonment|cantt|camps?|check ?posts?|checkpoints?|base)\b"
)
_TARGET_ACTOR = {
    "police": A.POLICE,
    "policemen": A.POLICE,
    "ctd": A.POLICE,
    "fc": A.FC,
    "frontier corps": A.FC,
    "levies": A.LEVIES,
}
_CLAIMED_BY = re.compile(
    r"(?i)claimed (?:responsibility|credit)|owned (?:up )?(?:the|responsibility)|"
    r"claimed by|claimed the attack"
)


@dataclass
class ReportEvent:
    """One report's account of one event."""

    doc_id: str
    place_id: str
    place_ids: list[str]
    names: list[str]
    event_date: str | None
    event_date_precision: str | None
    date_source: str = "published"
    sentences: list[tuple[int, int]] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)  # the text its type was read from
    listed_only: bool = False
    #: Every sentence about the event tells it as background or with deaths uncounted
    #: ("has carried out a number of attacks in Sui", "several feared dead").
    uncounted: bool = False
    claims: list[Claim] = field(default_factory=list)
    event_type: str | None = None
    sub_event_type: str | None = None
    type_reason: str = ""
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    fatalities_from: list[Claim] = field(default_factory=list)
    #: The words telling one person's death where no figure counts it ("Malik Naz was shot
    #: dead"), on which ``fatalities`` 1 rests; else empty.
    death_told: str = ""
    notes: str = ""

    @property
    def key(self) -> tuple[str, str | None]:
        """The place and date that make this event one."""
        return self.place_id, self.event_date


@dataclass
class ReportEvents:
    """Everything one report says about events: its accounts, and its wave-level figures."""

    doc_id: str
    events: list[ReportEvent]
    aggregates: list[Claim]
    claims: list[Claim]


@dataclass(frozen=True, slots=True)
class _Mention:
    """An incident mention with the sentence it stands in and its event date.

    ``how`` says where the date came from: ``stated``, ``stated-no-year``, ``weekday``
    (the sentence), ``lead`` (the report's first date), ``month``, ``year``, or
    ``published`` (the report's own date).
    """

    resolved: ResolvedMention
    sentence: int
    event_date: str | None
    how: str
    #: Where a noun tells the place again ("in the city"), when the mention is one.
    anaphor: tuple[int, int] | None = None

    @property
    def entry(self) -> GazetteerEntry:
        """The place (incident mentions are resolved)."""
        assert self.resolved.entry is not None
        return self.resolved.entry


#: How sure a date is, best first: said in the sentence, then carried from the lead, then
#: a month or year that a day of the place's event falls in ("in March 2024" beside "on 12
#: March 2024").
_DATE_RANK = {"stated": 0, "stated-no-year": 1, "weekday": 2, "lead": 3, "month": 4, "year": 5}
#: Dates said in a sentence naming the place, as opposed to carried or stood in.
_STRONG_DATES = frozenset({"stated", "stated-no-year", "weekday"})


def events_from_report(report: Report, resolved: Sequence[ResolvedMention]) -> ReportEvents:
    """One report's events, their claims and its aggregate (wave-level) claims.

    Parameters
    ----------
    report
        The report (its exact text).
    resolved
        Its resolved mentions; incident mentions of a place make that place's events.

    Returns
    -------
    ReportEvents
        Events in the order their places first appear in the text.
    """
    text = report.text
    spans = sentence_spans(text)
    starts = [s for s, _ in spans]
    dating = _Dating(_lead_date(report, spans), _year_headings(text))
    mentions = _incident_mentions(report, resolved, spans, starts, dating)
    mentions += _told_by_anaphora(report, resolved, mentions, spans, starts, dating)
    events = _group(report, mentions, spans)
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for index, event in enumerate(events):
        for sentence in {s for s, _ in _event_sentences(event, starts)}:
            by_sentence[sentence].append(index)
    settings_ = _settings_sentences(text, resolved, starts)
    claims = _issued_by(claims_from_report(text, report.doc_id), report.publisher)
    aggregates = _ClaimPlacer(text, spans, events, by_sentence, *settings_).place(claims)
    named = A.actors_in(text)
    perpetrator = _report_perpetrator(text, named)
    lead = _untold_lead(text, spans, by_sentence)
    for k, event in enumerate(events):
        # The group the report blames did what it reports that day, not what it recalls.
        blamed = perpetrator if event.event_date == events[0].event_date else None
        _describe(event, text, spans, by_sentence, events, blamed, named,
                  lead=lead if k == 0 else None)  # fmt: skip
    # "No casualties were reported from the district" is a figure of the wave, not deaths.
    wave_deaths = any(c.what == "killed" and (c.n_min or c.n_max) for c in aggregates)
    for event in events:
        _count_fatalities(event, wave_deaths=wave_deaths)
    return ReportEvents(report.doc_id, events, aggregates, claims)


def _issued_by(claims: list[Claim], publisher: str | None) -> list[Claim]:
    """A statement's own figures are its issuer's, not an outlet's.

    A press release of the ISPR, a police force or a militant group tells its figures
    without "said": where the report's publisher is such a body, the figures the text
    gives nobody ("the report") are that body's claims. A ministry's or department's
    counts only as a press release or statement (a party's "human rights department"
    is no government).
    """
    if publisher is None:
        return claims
    kind = claimant_type(publisher)
    if kind not in _ISSUERS or (kind == "government" and not _OFFICIAL.search(publisher)):
        return claims
    return [
        replace(c, claimant=publisher, claimant_type=kind) if c.claimant == THE_REPORT else c
        for c in claims
    ]


#: Kinds of publisher whose reports are their own statements.
_ISSUERS = frozenset({"military", "police", "militant", "government"})
#: What makes a government body's page its statement.
_OFFICIAL = re.compile(r"(?i)\bpress release\b|\bstatement\b|\bministry\b|\bgovernment\b")


def _settings_sentences(
    text: str, resolved: Sequence[ResolvedMention], starts: Sequence[int]
) -> tuple[set[int], set[int]]:
    """Sentences naming a province or country: in a report of a wave, they speak of it.

    Returns every such sentence, and those of them that count over a period ("Pakistan
    recorded 615 deaths in the second quarter"): in a report of one attack that recalls
    others, only these speak of more than the attack ("killed 128 people at a rally in
    south-western Pakistan" is the attack's figure).
    """
    every, over_a_period = set(), set()
    for r in resolved:
        if r.entry is None or r.entry.kind not in COARSE_KINDS:
            continue
        index = bisect_right(starts, r.mention.start) - 1
        every.add(index)
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        if _PERIOD.search(text, starts[index], end):
            over_a_period.add(index)
    return every, over_a_period


#: Words of a count over a period or of statistics rather than of one attack.
_PERIOD = re.compile(
    r"(?i)\b(?:quarter|this year|last year|(?:in|during|of) (?:19|20)\d\d|annual report|so far|"
    r"since|tally|recorded|statistics|data)\b"
)


@dataclass(frozen=True)
class _Dating:
    """What dates a report's sentences besides their own words, found once per report.

    ``lead`` is the report's lead date (``_lead_date``), ``headings`` its chronology's year
    headings (``_year_headings``).
    """

    lead: tuple[int, str] | None
    headings: list[tuple[int, str]]

    def of(self, report: Report, span: tuple[int, int], index: int) -> tuple[str | None, str]:
        """The event date of sentence ``index`` (or the clause ``span`` of it)."""
        return _sentence_date(report, span, index, self.lead, _year_above(self.headings, span[0]))


def _incident_mentions(
    report: Report,
    resolved: Sequence[ResolvedMention],
    spans: Sequence[tuple[int, int]],
    starts: Sequence[int],
    dating: _Dating,
) -> list[_Mention]:
    """The report's incident mentions of places finer than a province, each dated."""
    out = []
    for r in resolved:
        if r.entry is None or r.role != "incident" or r.mention.in_name:
            continue
        if r.entry.kind in COARSE_KINDS:
            continue
        index = bisect_right(starts, r.mention.start) - 1
        span = _dated_clause(report.text, spans[index], r.mention.start)
        when, how = dating.of(report, span, index)
        out.append(_Mention(r, index, when, how))
    return sorted(out, key=lambda m: m.resolved.mention.start)


#: A place told again by a noun instead of its name: "in the city", "in the same area".
_ANAPHOR = re.compile(
    r"(?i)\b(?:(?:in|at|near|across) the (?:same )?|the same )"
    r"(?P<noun>city|town|district|area|village|valley|locality)\b"
)
#: The kinds of place each anaphoric noun can stand for.
_ANAPHOR_KINDS = {
    "city": frozenset({"town"}),
    "town": frozenset({"town"}),
    "district": frozenset({"district", "town", "tehsil"}),
    "village": frozenset({"village", "town"}),
}
#: Dates a sentence states itself (not carried from the lead or the report's date).
_OWN_DATES = frozenset({"stated", "stated-no-year", "month", "year"})
#: How many sentences back a noun may point for its place.
_ANAPHOR_REACH = 2


def _told_by_anaphora(
    report: Report,
    resolved: Sequence[ResolvedMention],
    mentions: Sequence[_Mention],
    spans: Sequence[tuple[int, int]],
    starts: Sequence[int],
    dating: _Dating,
) -> list[_Mention]:
    """Events told of a place by a noun instead of its name, in a sentence dated its own day.

    "It was the second blast in Mastung within a fortnight. On September 14, eleven were
    injured when a bomb struck a car in the district": the fourteenth is Mastung's event too.
    The noun stands for the last place of its kind named in the sentence or the two before
    it, when that place is an incident place of the report; a sentence naming an incident
    place of its own tells that place's events, not the noun's.
    """
    text = report.text
    if not mentions or _ANAPHOR.search(text) is None:
        return []  # most reports: no noun for a place
    told = {m.sentence for m in mentions}
    incident_places = {m.entry.id for m in mentions}
    named = [
        (bisect_right(starts, r.mention.start) - 1, r.mention.start, r.entry.kind, r)
        for r in resolved
        if r.entry is not None and r.entry.id in incident_places and not r.mention.in_name
    ]
    out = []
    for index, (start, end) in enumerate(spans):
        if index in told:
            continue
        anaphor = _ANAPHOR.search(text, start, end)
        if anaphor is None or not _HAPPENED.search(text, start, end):
            continue
        kinds = _ANAPHOR_KINDS.get(anaphor.group("noun").lower())
        before = [
            r
            for k, at, kind, r in named
            if index - _ANAPHOR_REACH <= k <= index and at < anaphor.start()
            and (kinds is None or kind in kinds)
        ]  # fmt: skip
        if not before:
            continue
        span = _dated_clause(text, spans[index], anaphor.start())
        when, how = dating.of(report, span, index)
        if how in _OWN_DATES:
            out.append(_Mention(before[-1], index, when, how, anaphor.span()))
    return out


#: A line of a chronology that gives the year of the entries under it: "Year 2006:",
#: "2006", "In 2006:".
_YEAR_HEADING = re.compile(r"(?im)^[ \t]*(?:year[ \t]+|in[ \t]+)?((?:19|20)\d\d)[ \t]*:?[ \t]*$")


def _year_headings(text: str) -> list[tuple[int, str]]:
    """Where each year heading of a chronology stands, and its year."""
    return [(m.start(), m.group(1)) for m in _YEAR_HEADING.finditer(text)]


def _year_above(headings: Sequence[tuple[int, str]], at: int) -> str | None:
    """The year of the last heading before ``at`` ("Year 2006:" over "January 25: ...")."""
    k = bisect_right(headings, (at, "")) - 1
    return headings[k][1] if k >= 0 else None


#: Where a sentence telling two events turns from one to the other: "on 16 January, and
#: on 9 January a bomber ...", "; a week earlier ...", ", while in Turbat ...".
_CLAUSE_TURN = re.compile(r"(?i);|,\s+(?:and|while|whereas|but)\b|\s+(?:while|whereas)\s")


def _dated_clause(text: str, sentence: tuple[int, int], at: int) -> tuple[int, int]:
    """The part of a sentence that dates the place mentioned at ``at``.

    The whole sentence, unless it states two dates or more and the clause around the
    place states one of its own.
    """
    start, end = sentence
    if dates_stated(text[start:end]) < 2:
        return sentence
    cuts = [m.start() for m in _CLAUSE_TURN.finditer(text, start, end)]
    lo = max((c for c in cuts if c <= at), default=start)
    hi = min((c for c in cuts if c > at), default=end)
    return (lo, hi) if dates_stated(text[lo:hi]) else sentence


#: Words that make a dated sentence the report's lead, not a page's date line.
_HAPPENED = re.compile(
    r"(?i)\b(?:attack|assault|raid|offensive|operation|blast|bomb|explosion|kill|dead|"
    r"died|martyr|injur|wound|clash|fight|fought|gunmen|militants|insurgents|terrorists|"
    r"abduct|kidnap|ambush|siege|storm|strike|struck|fire|firing|violence)"
)


def _lead_date(report: Report, spans: Sequence[tuple[int, int]]) -> tuple[int, str] | None:
    """The report's lead date: the first day a sentence about violence states.

    A date line of the page ("Tuesday, June 25, 2024") or a date after the report's own
    is not one.
    """
    published = parse_iso(report.published)
    latest = (published + timedelta(days=1)).isoformat() if published else None
    for index, (start, end) in enumerate(spans):
        sentence = report.text[start:end]
        when, how = event_date(sentence, report.published)
        if when is None or how not in _STRONG_DATES or not _HAPPENED.search(sentence):
            continue
        if latest is None or when <= latest:
            return index, when
    return None


def _sentence_date(
    report: Report,
    span: tuple[int, int],
    index: int,
    lead: tuple[int, str] | None,
    year_above: str | None = None,
) -> tuple[str | None, str]:
    """The event date of a sentence, and where it came from (``_Mention.how``).

    ``span`` is sentence ``index`` or the clause of it that dates the place;
    ``year_above`` the year of the chronology heading over it, which a day stated
    without a year ("January 25: ...") belongs to.
    """
    start, end = span
    sentence = report.text[start:end]
    if year_above is not None:
        when, how = event_date(sentence, f"{year_above}-12-31")
        if how == "stated-no-year":
            return when, "stated"
    when, how = event_date(sentence, report.published)
    if how in _STRONG_DATES:
        return when, how
    month = _MONTH_YEAR.search(sentence)
    if month:
        number = MONTHS[month.group("month").lower()]
        return f"{month.group('year')}-{number:02d}", "month"
    year = _YEAR.search(sentence)
    if year and (report.published or "")[:4] != year.group("year"):
        return year.group("year"), "year"
    # "In January, ..." in a report of February: a month of its own, not the lead's day.
    current = lead[1] if lead is not None else report.published or ""
    if how == "month" and when is not None and when[:7] != current[:7]:
        return when[:7], "month"
    if lead is not None and lead[0] <= index:
        return lead[1], "lead"
    return when, "published"


def _group(
    report: Report, mentions: Sequence[_Mention], spans: Sequence[tuple[int, int]]
) -> list[ReportEvent]:
    """One event per place and date, in the order the places first appear."""
    by_place: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        by_place[m.entry.id].append(m)
    events = []
    for items in by_place.values():
        for when, how, members in _date_clusters(items):
            entry = members[0].entry
            event = ReportEvent(
                report.doc_id, entry.id, [entry.id], [entry.name], when, DATE_PRECISION[how],
                date_source=how,
            )  # fmt: skip
            for m in members:
                for name in (m.resolved.mention.site, m.resolved.mention.surface):
                    if name and name not in event.names and m.anaphor is None:
                        event.names.append(name)
                if spans[m.sentence] not in event.sentences:
                    event.sentences.append(spans[m.sentence])
                event.spans.append(m.anaphor or (m.resolved.mention.start, m.resolved.mention.end))
            events.append(event)
    events.sort(key=lambda e: e.sentences[0])
    # Where the text calls a place a district ("the Sharig area of Harnai district").
    called_district = {
        m.resolved.mention.end for m in mentions if m.resolved.mention.district_hint == "district"
    }
    entries = {m.entry.id: m.entry for m in mentions}
    return _merge_areas(events, entries, report.text, called_district)


def _date_clusters(items: Sequence[_Mention]) -> list[tuple[str | None, str, list[_Mention]]]:
    """A place's mentions in one report, as events: ``(date, how, mentions)`` each.

    Each calendar date the text states ("on 11 July") is an event; a day counted from a
    weekday or carried from the lead joins the stated date within ``MERGE_WINDOW_DAYS``
    of it (a report dates an attack and the operation that ended it days apart), else
    such days within that window of each other are one event; a month or year is its
    own event unless a day in it is known; a mention with no date of its own joins the
    place's first event.
    """
    stated = sorted((m for m in items if m.how in {"stated", "stated-no-year"}),
                    key=lambda m: m.event_date or "")  # fmt: skip
    clusters: list[list[_Mention]] = []
    for m in stated:
        if clusters and clusters[-1][0].event_date == m.event_date:
            clusters[-1].append(m)
        else:
            clusters.append([m])
    counted = sorted((m for m in items if m.how in {"weekday", "lead"}),
                     key=lambda m: m.event_date or "")  # fmt: skip
    for m in counted:
        near = [c for c in clusters
                if _days_apart(c[0].event_date, m.event_date) <= MERGE_WINDOW_DAYS]  # fmt: skip
        if near:
            min(near, key=lambda c: _days_apart(c[0].event_date, m.event_date)).append(m)
        else:
            clusters.append([m])
    coarse: dict[str | None, list[_Mention]] = defaultdict(list)
    for m in items:
        if m.how in {"month", "year"}:
            home = next((c for c in clusters if (c[0].event_date or "").startswith(
                m.event_date or "?")), None)  # fmt: skip
            (home if home is not None else coarse[m.event_date]).append(m)
    out = []
    for cluster in clusters:
        best = min(cluster, key=lambda m: (_DATE_RANK[m.how], m.resolved.mention.start))
        out.append((best.event_date, best.how, cluster))
    out += [(when, ms[0].how, ms) for when, ms in coarse.items()]
    undated = [m for m in items if m.how == "published"]
    if undated:
        if out:
            first = min(out, key=lambda c: min(m.resolved.mention.start for m in c[2]))
            first[2].extend(undated)
        else:
            out.append((undated[0].event_date, "published", undated))
    return out


def _days_apart(a: str | None, b: str | None) -> int:
    day_a, day_b = parse_iso(a), parse_iso(b)
    if day_a is None or day_b is None:
        return 0 if a == b else MERGE_WINDOW_DAYS + 1
    return abs((day_b - day_a).days)


def _merge_areas(
    events: list[ReportEvent],
    entries: Mapping[str, GazetteerEntry],
    text: str,
    called_district: set[int],
) -> list[ReportEvent]:
    """Fold an area into the event of the one place inside it that the report attacks.

    A site or neighbourhood joins its town's event ("Khuda-e-Abadan" in Panjgur); a
    district joins the only finer place of it the report gives on that day ("Danasar"
    in Sherani), or the one named right beside it ("the Hoshab area of Kech district",
    "Khuzdar's Nal tehsil"), even when the district's name is also a town's, or when the
    text calls it a district (``called_district``: the ends of such mentions).
    """
    merged: set[int] = set()
    for i, part in enumerate(events):
        parent = entries[part.place_id].parent
        for j, town in enumerate(events):
            if j != i and town.place_id == parent and town.event_date == part.event_date:
                _fold(events[j], part, first=True)
                merged.add(i)
                break
    for i, area in enumerate(events):
        called = any(end in called_district for _, end in area.spans)
        if i in merged or not (_is_area(entries[area.place_id]) or called):
            continue
        inside = [
            j
            for j, other in enumerate(events)
            if j != i
            and j not in merged
            and other.event_date == area.event_date
            and entries[other.place_id].kind not in _AREA_KINDS
            and entries[other.place_id].district == entries[area.place_id].district
        ]
        beside = [j for j in inside if _beside(area, events[j], text)]
        chosen = (
            inside if len(inside) == 1 and entries[area.place_id].kind in _AREA_KINDS else beside
        )
        if len(chosen) == 1:
            _fold(events[chosen[0]], area, first=False)
            merged.add(i)
    return [e for i, e in enumerate(events) if i not in merged]


def _is_area(entry: GazetteerEntry) -> bool:
    """A district, or a town that bears its district's name (Khuzdar, Panjgur)."""
    return entry.kind in _AREA_KINDS or (entry.kind == "town" and entry.name == entry.district)


def _beside(area: ReportEvent, place: ReportEvent, text: str) -> bool:
    """The area names where the place is: "Hoshab area of Kech", "Khuzdar's Nal"."""
    for a_start, a_end in area.spans:
        for p_start, p_end in place.spans:
            if 0 <= a_start - p_end <= _BESIDE_CHARS and _PLACE_OF.fullmatch(text[p_end:a_start]):
                return True
            if 0 <= p_start - a_end <= _BESIDE_CHARS and _AREA_S.fullmatch(text[a_end:p_start]):
                return True
    return False


def _fold(into: ReportEvent, other: ReportEvent, *, first: bool) -> None:
    """Put ``other``'s place, names and sentences into ``into`` (its place first if asked)."""
    if first:
        into.place_id, into.place_ids = other.place_id, [other.place_id, *into.place_ids]
        into.names = [*other.names[:1], *into.names, *other.names[1:]]
    else:
        into.place_ids.append(other.place_id)
        into.names.extend(other.names)
    into.names = list(dict.fromkeys(into.names))
    into.sentences.extend(s for s in other.sentences if s not in into.sentences)
    into.spans.extend(other.spans)


def _event_sentences(event: ReportEvent, starts: Sequence[int]) -> list[tuple[int, int]]:
    """``(sentence index, start)`` of each sentence naming the event's place."""
    return [(bisect_right(starts, s) - 1, s) for s, _ in event.sentences]


# --- claims ----------------------------------------------------------------------------


class _ClaimPlacer:
    """Decides which event of a report each of its claims is about (or none: the wave).

    In order: the one event its sentence names (unless the sentence speaks of the whole
    wave); in a sentence naming several, the place named next after the figure, else
    the one named just before it when that is not one of a list; in a sentence naming
    none, the nearest sentence before it that names one (within its paragraph, or
    further back in a report about one main event), stopping at words of the whole
    wave; last, the report's main event: the one its first placed figure is about, or
    the only event it leads with.
    """

    def __init__(
        self,
        text: str,
        spans: Sequence[tuple[int, int]],
        events: Sequence[ReportEvent],
        by_sentence: Mapping[int, list[int]],
        wave: set[int],
        counted_over_a_period: set[int],
    ) -> None:
        self.text = text
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.events = events
        self.by_sentence = by_sentence
        # "the Balochistan city of Ormara" speaks of no wave in a report of one event; in
        # one of an attack that recalls others on other days, only a count over a period
        # ("Pakistan recorded 615 deaths this quarter") does.
        lead_day = sum(e.event_date == events[0].event_date for e in events) if events else 0
        self.wave = wave if lead_day > 1 else counted_over_a_period if len(events) > 1 else set()
        self.over_a_period = counted_over_a_period if len(events) > 1 else set()
        lead = sorted(set(by_sentence[min(by_sentence)])) if by_sentence else []
        self.main: int | None = self._main_or_none(lead[0] if len(lead) == 1 else None)
        self._first = True
        #: Where every figure of the report starts (set by ``place``).
        self.figure_starts: list[int] = []

    def place(self, claims: Sequence[Claim]) -> list[Claim]:
        """Put each claim in its event; return those of no single place (the aggregates)."""
        aggregates: list[Claim] = []
        targets: dict[int, int | None] = {}
        self.figure_starts = [claim.start for claim in claims]
        for claim in claims:
            if claim.parent is not None and claim.parent in targets:
                target = targets[claim.parent]
            else:
                target = self.event_of(claim)
                if self._first:  # a report that leads with a wave figure has no main event
                    self.main, self._first = self._main_or_none(target), False
            targets[claim.start] = target
            if target is None:
                aggregates.append(claim)
            else:
                self.events[target].claims.append(claim)
        for event in self.events:
            event.claims = without_repeats(event.claims)
        return without_repeats(aggregates)

    def _main_or_none(self, target: int | None) -> int | None:
        """A report of a wave (three or more places hit that day) has no main event."""
        if target is None:
            return None
        day = self.events[target].event_date
        same_day = sum(e.event_date == day for e in self.events)
        return target if same_day < _WAVE_SIZE else None

    def _named_in(self, index: int) -> list[int]:
        return sorted(set(self.by_sentence.get(index, [])))

    def _sentence(self, index: int) -> str:
        start, end = self.spans[index]
        return self.text[start:end]

    def event_of(self, claim: Claim) -> int | None:
        """The event a claim is about, or None for the whole wave."""
        index = bisect_right(self.starts, claim.start) - 1
        here = self._named_in(index)
        sentence = self._sentence(index)
        if _OVER_TIME.search(sentence):
            return None
        if len(here) == 1:
            return None if _WAVE_ONLY.search(self._figure_part(claim, index, here[0])) else here[0]
        if here:
            return self._beside_figure(claim, index, here)
        at = claim.start - self.spans[index][0]
        if index in self.over_a_period or _speaks_of_wave(sentence):
            return None
        if index in self.wave and _counts_several_attacks(sentence, at):
            return None
        same_paragraph_only = self.main is None or len(self.events) == 1
        j = index - 1
        while j >= max(0, index - _LOOK_BACK):
            if same_paragraph_only and "\n" in self.text[self.spans[j][1] : self.spans[j + 1][0]]:
                break
            before = self._named_in(j)
            if before:
                return before[0] if len(before) == 1 else None
            if j in self.wave or _speaks_of_wave(self._sentence(j)):
                return None
            j -= 1
        return 0 if len(self.events) == 1 else self.main

    def _figure_part(self, claim: Claim, index: int, event: int) -> str:
        """The sentence up to the end of the clause naming the figure's place after it.

        "more than 80 were killed in the Kirani Road market blast in Quetta, and was seen as
        part of the same wave of attacks": the wave is another clause's, the figure
        Quetta's; "12 were killed in Quetta and elsewhere across the province" stays one
        clause, a figure of the wave.
        """
        start, end = self.spans[index]
        after = [e for s, e in self.events[event].spans if claim.end <= s < end]
        if not after:
            return self.text[start:end]
        stop = _CLAUSE_END.search(self.text, after[0], end)
        return self.text[start : stop.start() if stop else end]

    def _beside_figure(self, claim: Claim, index: int, here: Sequence[int]) -> int | None:
        """The event of a figure in a sentence naming several events' places.

        The place named next after the figure ("abducted 20 labourers in Musakhel, hours
        after seven were shot dead in Panjgur"), else the one just before it unless it
        ends a list ("at Meezan Chowk in Quetta on Friday killed 55 people"; not "attacks
        on Quetta and Mastung killed 12"); a word of the whole wave between: no single
        place.
        """
        end = self.spans[index][1]
        start = self.spans[index][0]
        marks = sorted((s, e, k) for k in here for s, e in self.events[k].spans if start <= s < end)
        after = [(s, k) for s, _, k in marks if s >= claim.end]
        before = [(s, e, k) for s, e, k in marks if e <= claim.start]
        if before and self._looks_back(claim, before, after):
            return before[-1][2]  # "the attack on the church, in which 80 were killed, and ..."
        if before and after and self._next_clause_has_its_own(claim, after[0][0]):
            return None if self._ends_a_list(before) else before[-1][2]
        if after:
            first, k = after[0]
            return None if _WAVE_ONLY.search(self.text[claim.end : first]) else k
        if not before or _WAVE_ONLY.search(self.text[before[-1][1] : claim.start]):
            return None
        return None if self._ends_a_list(before) else before[-1][2]

    def _next_clause_has_its_own(self, claim: Claim, next_place: int) -> bool:
        """The place after a figure is another clause's, with a figure of its own.

        "In Tump, 23 passengers were shot, while 11 people were killed in Kalat": Kalat
        is the 11's; the 23 belong to the place before them. Not "killed 5 and injured 12
        in Kalat", one clause whose figures share the place after them.
        """
        turn = _CONTRAST.search(self.text, claim.end, next_place)
        return turn is not None and any(
            turn.end() <= start < next_place for start in self.figure_starts
        )

    def _ends_a_list(self, before: Sequence[tuple[int, int, int]]) -> bool:
        """The last place before a figure ends a list ("attacks on Quetta and Mastung")."""
        s, _, k = before[-1]
        others = [m for m in before if m[2] != k]
        return bool(others) and _LIST_JOIN.fullmatch(self.text[others[-1][1] : s]) is not None

    def _looks_back(
        self,
        claim: Claim,
        before: Sequence[tuple[int, int, int]],
        after: Sequence[tuple[int, int]],
    ) -> bool:
        """The figure's clause looks back to the place before it and names none of its own.

        "the attack on the church near Kohati Gate, in which more than 80 worshippers were
        killed, and the bombing of a bus at Gulbela": the church's; not "killing one man
        in Hub" (its own place), nor a list's last place.
        """
        if _BACK_REFERENCE.search(self.text, before[-1][1], claim.start) is None:
            return False
        if after and "," not in self.text[claim.end : after[0][0]]:
            return False
        return not self._ends_a_list(before)


#: A figure in a clause that looks back to the place before it: "in which 80 were killed",
#: "which left 17 dead", ", killing 12".
_BACK_REFERENCE = re.compile(
    r"(?i)\b(?:in which|(?:which|that) (?:killed|left|claimed|wounded|injured))\b|"
    r",\s+(?:killing|leaving|wounding|injuring)\b"
)


#: Words that turn to a clause of its own: "..., while 11 were killed in Kalat".
_CONTRAST = re.compile(r"(?i)\b(?:while|whereas|whilst)\b|;")
#: Where a clause ends inside a sentence.
_CLAUSE_END = re.compile(r"[,;:(\u2013\u2014]")
#: What joins the places of a list: ", ", " and ", ", and ", ", and in ".
_LIST_JOIN = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:(?:in|at)\s+(?:the\s+)?)?")


# --- type, actors, fatalities ----------------------------------------------------------


def _describe(
    event: ReportEvent,
    text: str,
    spans: Sequence[tuple[int, int]],
    by_sentence: Mapping[int, list[int]],
    events: Sequence[ReportEvent],
    perpetrator: str | None,
    actors: Sequence[A.ActorMention],
    *,
    lead: tuple[int, int] | None = None,
) -> None:
    """Set the event's type, actors and notes from its own sentences.

    A sentence that names only this event speaks for it first; a sentence shared with
    other events speaks through the part of it about this place (``_segment``); for the
    report's first event, a lead that tells what happened without saying where
    (``_untold_lead``) speaks last.
    """
    starts = [s for s, _ in spans]
    me = events.index(event)
    own = sorted({i for i, _ in _event_sentences(event, starts)})
    own += sorted({bisect_right(starts, c.start) - 1 for c in event.claims} - set(own))
    alone: list[tuple[int, int]] = []
    shared: list[tuple[int, int]] = []
    list_sentences = 0
    for index in own:
        named = set(by_sentence.get(index, []))
        others = [events[k] for k in named if k != me]
        list_sentences += len(named) >= 3
        if others:
            shared.append(_segment(text, spans[index], event, others))
        else:
            alone.append(spans[index])
    event.evidence = [text[s:e] for s, e in (*alone, *shared)]
    event.listed_only = bool(own) and list_sentences == len(own) and not event.claims
    event.uncounted = bool(event.evidence) and all(_UNCOUNTED.search(p) for p in event.evidence)
    event.notes = _clearest(event.evidence)
    # A place only listed with others takes no type from the sentences around the list,
    # unless the list is of places attacked and they tell of bombs ("Bombs went off at
    # dawn. Banks were targeted in Dadu, Hala, ...").
    near = after = _next_to(text, own, spans, by_sentence, me)
    if event.listed_only:
        attacked = any(_ATTACKED.search(piece) for piece in event.evidence)
        near = [span for span in near if attacked and _BOMBS.search(text, *span)]
    turned = any(_turns_away(text, spans[index]) for index in own)  # "Separately, ..."
    told = [lead] if lead is not None and not event.listed_only and not turned else []
    _set_type(event, text, (alone, shared, near, told), around=after)
    inside = [m for m in actors if any(s <= m.start < e for s, e in (*alone, *shared))]
    _set_actors(event, " ".join(event.evidence), perpetrator, inside)


#: Words that make a list of places a list of places attacked, whose type the sentences
#: around it tell ("Bombs went off at dawn. Banks were targeted in Dadu, Hala, ...").
_ATTACKED = re.compile(r"(?i)\b(?:attack(?:ed|s)?|target(?:ed|ing)?)\b")
#: ... and only the bombs of the sentences around it: "operations" there are another story.
_BOMBS = re.compile(
    r"(?i)\b(?:bombs?|bombings?|blasts?|explosions?|explosives?|IEDs?|grenades?|devices?)\b"
)


def _untold_lead(
    text: str, spans: Sequence[tuple[int, int]], by_sentence: Mapping[int, list[int]]
) -> tuple[int, int] | None:
    """The report's lead when it tells what happened but names no place of an event.

    Wire copy opens "Gunmen stopped a bus and shot seven passengers dead, officials said"
    and says where in a later sentence ("The attack took place in Barkhan district"):
    the first event of the report then takes its type from the lead. None when one of
    the first two sentences names an event's place, or neither holds a word of a type.
    """
    for index, span in enumerate(spans[:2]):
        if by_sentence.get(index):
            return None
        if _any_type(text[span[0] : span[1]]):
            return span
    return None


def _next_to(
    text: str,
    own: Sequence[int],
    spans: Sequence[tuple[int, int]],
    by_sentence: Mapping[int, list[int]],
    me: int,
) -> list[tuple[int, int]]:
    """The sentences just before and after the event's own that name no other event.

    Reports often tell what happened in one sentence and where in the next ("Gunmen
    opened fire on a passenger coach on Sunday. The attack took place near Mach."): when
    the event's own sentences hold no word of what happened, these may, unless the later
    of the two turns to another incident ("Separately, ...").
    """
    near = {j for i in own for j in (i - 1, i + 1)} - set(own)
    return [
        spans[j]
        for j in sorted(near)
        if 0 <= j < len(spans)
        and not set(by_sentence.get(j, [])) - {me}
        and not _turns_away(text, spans[max(j, min(own, key=lambda i: abs(i - j)))])
    ]


#: A sentence that opens on another incident ("Separately, ...", "In another attack, ...")
#: is not told together with the sentence before it.
_TURN = re.compile(
    r"(?i)^\W*(?:separately|meanwhile|elsewhere|in (?:a |an )?(?:separate|another|other|"
    r"unrelated|earlier|similar)\b|earlier\b|also on\b|on the same day\b)"
)


def _turns_away(text: str, span: tuple[int, int]) -> bool:
    return bool(_TURN.match(text[span[0] : span[1]]))


def _segment(
    text: str, span: tuple[int, int], event: ReportEvent, others: Sequence[ReportEvent]
) -> tuple[int, int]:
    """The part of a sentence about one of the places it names.

    "armed men abducted 20 labourers in Musakhel, hours after seven were shot dead in
    Panjgur": each place takes the words from the place before it to the next one; a
    part with no word of any event type falls back to the whole sentence.
    """
    start, end = span
    own = [s for s, _ in event.spans if start <= s < end]
    theirs = sorted(s for other in others for s, _ in other.spans if start <= s < end)
    if not own or not theirs:
        return span
    lo = max((o for o in theirs if o < own[0]), default=start)
    hi = min((o for o in theirs if o > own[0]), default=end)
    piece = text[lo:hi]
    return (lo, hi) if _any_type(piece) else span


def _clearest(pieces: Sequence[str]) -> str:
    """The excerpt for ``notes``: the first sentence with an event word, else the first."""
    for piece in pieces:
        if _any_type(piece):
            return " ".join(piece.split())
    return " ".join(pieces[0].split()) if pieces else ""


#: A cue inside a purpose clause is not an event: "jammed to prevent remote detonation".
_PREVENTED = re.compile(
    r"(?i)\b(?:prevent|to stop|avert|to avoid|guard against)\W+(?:\w+\W+){0,3}$"
)
#: A place taken must be taken where the report names it, not elsewhere in the sentence.
_TAKEOVER_REACH = 100


def _set_type(
    event: ReportEvent,
    text: str,
    tiers: Sequence[Sequence[tuple[int, int]]],
    around: Sequence[tuple[int, int]] = (),
) -> None:
    """The first ACLED type whose words the event's sentences hold, tier by tier.

    ``around``: the sentences next to the event's own, where an operation's means may be
    told (``_operation_from_the_air``).
    """
    for tier in tiers:
        tier = [(s, e) for s, e in tier if _any_type(text[s:e])]
        for rule in TYPE_RULES if tier else ():
            match = _rule_match(rule, event, text, tier)
            if rule is _AIRCRAFT_STRUCK and match is not None:
                pieces = [text[s:e] for s, e in (*tier, *around)]
                match = None if _fought_on_the_ground(event, pieces) else match
            if match is not None and match.lower().startswith("operation"):
                rule = _operation_from_the_air(event, text, [*tier, *around]) or rule
                match = match if rule.event_type == _BATTLES else "operation from the air"
            if match is not None and _civilians_not_a_fight(rule, match, event, text, tier):
                event.event_type, event.sub_event_type = _VAC, "Attack"
                event.type_reason = f"civilians shot, nobody fought back ({match!r})"
                return
            if match is not None and _civilians_burnt(rule, text, tier):
                event.event_type, event.sub_event_type = _VAC, "Attack"
                event.type_reason = f"civilians attacked with fire ({match!r})"
                return
            rioters = _rioters(rule, text, [*tier, *around]) if match is not None else None
            if rioters is not None:
                event.event_type, event.sub_event_type = _RIOTS, rioters[0]
                event.type_reason = f"{rioters[1]!r} burnt or wrecked property ({match!r})"
                return
            if match is not None:
                event.event_type, event.sub_event_type = rule.event_type, rule.sub_event_type
                event.type_reason = f"{rule.reason} ({match!r})"
                return
    if any(c.whose == "civilian" and c.what in {"killed", "injured"} for c in event.claims):
        event.event_type, event.sub_event_type = _VAC, "Attack"
        event.type_reason = "civilians killed or injured, no fighting reported"
        return
    if not event.listed_only and _attack_of_unknown_victims(event, text, tiers[:2]):
        return
    event.type_reason = (
        "only listed with other places" if event.listed_only else "no word of what happened"
    )


#: Fighting on the ground: an operation told with these is a battle, whatever flew over it.
_GROUND_FIGHT = re.compile(
    r"(?i)exchanges? of fire|exchanged fire|\bgun ?battles?\b|\bgunfights?\b|\bclash|"
    r"\bencounter\b|return(?:ed)? (?:the )?fire|\bfought\b|\bfighting\b|\bresist|"
    r"\bsiege\b|\bbesieg|\bambush"
)
#: Strikes from the air and shelling, told as what was done ("gunship helicopters shelled
#: the villages"), not helicopters only seen ("gunships circling over the garrison").
_FROM_THE_AIR = (
    (
        "Air/drone strike",
        re.compile(
            r"(?i)\b(?:drone|air|aerial) ?(?:strikes?|bombardment)\b|\bbombard|"
            r"\b(?:gunships?|helicopters?|jets?|war ?planes|aircraft)\b(?: \w+){0,4}? "
            r"(?:shelled|pounded|bombed|struck|strafed|fired|targeted|hit)\b|"
            r"\bbacked by (?:\w+ ){0,2}?(?:gunships?|helicopters|jets|war ?planes)\b"
        ),
    ),
    ("Shelling/artillery/missile attack", re.compile(r"(?i)\bshell(?:ed|ing)\b|\bartillery\b")),
)
#: Militants killed: a security operation that kills militants is an armed clash (ACLED).
_MILITANTS_KILLED = re.compile(
    r"(?i)\b(?:militants|terrorists|insurgents|miscreants|khawarij)\b(?: \w+){0,3}? "
    r"(?:killed|eliminated|neutrali[sz]ed|sent to hell)\b|"
    r"\b(?:killed|killing|eliminated|neutrali[sz]ed)\b(?: \w+){0,3}? "
    r"(?:militants|terrorists|insurgents|miscreants|khawarij)\b"
)
#: A motive told with other attacks: "revenge for drone strikes and army operations".
_MOTIVE = re.compile(r"(?i)\b(?:revenge|retaliat\w*|avenge\w*|in response to)\b")


def _fought_on_the_ground(event: ReportEvent, pieces: Sequence[str]) -> bool:
    """An exchange of fire, or militants killed: a battle, whatever flew over it.

    ACLED codes a security operation that kills militants as an armed clash.
    """
    return any(c.what == "killed" and c.whose == "militant" for c in event.claims) or any(
        _GROUND_FIGHT.search(p) or _MILITANTS_KILLED.search(p) for p in pieces
    )


def _operation_from_the_air(
    event: ReportEvent, text: str, spans: Sequence[tuple[int, int]]
) -> TypeRule | None:
    """An "operation" told only as strikes from the air or shelling: ACLED's air strike.

    "Forces launched operations in Kalat and Mastung. Gunship helicopters shelled the
    villages": no fighting on the ground is told, so the operation is the strikes; with
    an exchange of fire, or militants killed, it stays an armed clash.
    """
    pieces = [text[s:e] for s, e in spans]
    if _fought_on_the_ground(event, pieces) or any(_MOTIVE.search(p) for p in pieces):
        return None
    for sub_event_type, pattern in _FROM_THE_AIR:
        if any(pattern.search(p) for p in pieces):
            return next(r for r in TYPE_RULES if r.sub_event_type == sub_event_type)
    return None


#: Words of an attack that say nothing of the weapon or of who was hit: "gunmen stormed
#: an office and killed its chief", "the attack took place at Buzi Top".
_ATTACK_WORDS = re.compile(
    r"(?i)\b(?:attack(?:s|ed)?|stormed|killed|killing|shot|gunned down|struck|came under|"
    r"roadblocks?|blocked (?:the |a )?(?:\w+ ){0,2}?(?:highway|road)|stopped (?:\w+ ){0,3}?"
    r"(?:buses|bus|coaches|coach|vehicles|vans?|trucks))\b"
)


#: Forces named but not hit: a disguise ("gunmen in Frontier Corps uniforms", "dressed as
#: Levies", "FC-style uniforms") or a name ("the Army Public School").
_FORCES_NOT_HIT = re.compile(
    r"(?i)\b(?:army|police|military|FC|cadet)\s+(?:public\s+)?(?:schools?|colleges?)\b|"
    r"\b(?:Liberation|Republican) Army\b|"
    r"\b(?:in|wearing|donning)\s+(?:[\w-]+\s+){0,4}?uniforms?\b"
    r"(?: of (?:the )?(?:[\w-]+ ){0,2}?(?:forces|Corps|police|Levies|army|troops)\b)?|"
    r"\b(?:dressed|disguised) (?:up )?as (?:[\w-]+ ){0,3}|\b[\w ]{0,20}-style\b"
)


#: A sentence of a wave, whose attacks at each place it does not tell: "struck close to a
#: dozen sites, among them Quetta", "attacks across 12 districts".
_MANY_PLACES = re.compile(
    r"(?i)\b(?:across|dozens?|several|multiple|\d+|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve) (?:[\w-]+ )?(?:sites|places|locations|towns|cities|districts)\b"
)


def _attack_of_unknown_victims(
    event: ReportEvent, text: str, tiers: Sequence[Sequence[tuple[int, int]]]
) -> bool:
    """Type an event whose own sentences tell an attack but no weapon and no fight.

    The rules above want victims known to be unarmed before they call a killing an
    attack on civilians, so a later sentence can still say it was a fight. When no
    sentence says more, forces among those hit make it a battle ("gunmen shot dead four
    policemen"), anyone else an attack on civilians ("gunmen stormed an office and
    killed its chief").
    """
    hit = _hit(event)
    for start, end in (span for tier in tiers for span in tier):
        piece = text[start:end]
        match = _ATTACK_WORDS.search(piece)
        if match is None or _PREVENTED.search(piece[: match.start()]) or _MANY_PLACES.search(piece):
            continue
        forces = any(c.whose in {"security", "militant"} for c in hit) or (
            not hit and _FORCES_HIT.search(_FORCES_NOT_HIT.sub(" ", piece)) is not None
        )
        if forces:
            event.event_type, event.sub_event_type = _BATTLES, "Armed clash"
            event.type_reason = f"an attack with forces among those hit ({match.group()!r})"
        else:
            event.event_type, event.sub_event_type = _VAC, "Attack"
            event.type_reason = f"an attack, no force among those hit ({match.group()!r})"
        return True
    return False


#: Words of fighting that also describe a one-sided shooting ("a hail of gunfire", "the
#: firing", "an operation was launched to trace the attackers").
_WEAK_CLASH = re.compile(
    r"(?i)^(?:firing|gunfire|fighting|fought|operations?|ambush\w*"
    r"|(?:automatic|heavy|small[- ]arms) fire|bursts? of (?:\w+ )?fire)$"
)


def _civilians_not_a_fight(
    rule: TypeRule, match: str, event: ReportEvent, text: str, spans: Sequence[tuple[int, int]]
) -> bool:
    """ACLED's convention: gunmen shooting unarmed people is Violence against civilians.

    True when an armed clash rests only on words that also fit a one-sided shooting
    ("the firing", "an operation to trace the killers") and everyone reported killed or
    hurt is a civilian or not said to be on either side; or, where the report gives no
    figure, when its sentences tell civilians shot at and name no force or armed group.
    """
    if rule.sub_event_type != "Armed clash" or not _WEAK_CLASH.match(match):
        return False
    if _unarmed(event):
        return True
    told = " ".join(text[s:e] for s, e in spans)
    return _nobody_counted(event, told) and A.civilians_shot_at(told)


def _civilians_burnt(rule: TypeRule, text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """A fire set to a van carrying schoolgirls attacks them, not only the van."""
    return rule.sub_event_type == "Looting/property destruction" and any(
        A.civilians_shot_at(text[s:e]) for s, e in spans
    )


#: Who burns property in a riot: rioters and mobs, protesters, a crowd ("riot police" are
#: not).
_RIOTERS = re.compile(
    r"(?i)\b(?:(?P<mob>mobs?|(?:angry|enraged|irate|charged) crowds?)|riots?(?! police)|"
    r"rioting|rioters|protesters|protestors|demonstrators|disturbances)\b"
)


def _rioters(rule: TypeRule, text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, str] | None:
    """Property burnt in a riot is the riot's: ``(sub-event type, the words)``, or None.

    "Riots broke out after his death. Banks were burnt in Quetta": ACLED codes the
    destruction by rioters or a mob as a riot, not as looting by an armed group.
    """
    if rule.sub_event_type != "Looting/property destruction":
        return None
    for start, end in spans:
        found = _RIOTERS.search(text, start, end)
        if found is not None:
            kind = "Mob violence" if found.group("mob") else "Violent demonstration"
            return kind, found.group()
    return None


#: Forces among those hit: then a shooting may well have been a fight.
_FORCES_HIT = re.compile(
    r"(?i)\b(?:soldiers?|troops|security (?:forces|personnel)|personnel|police(?:men)?|"
    r"constables?|FC|Frontier Corps|Levies|army|sepoys?|check ?posts?|checkpoints?|"
    r"militants?|insurgents?|terrorists?)\b"
)


def _rule_match(
    rule: TypeRule, event: ReportEvent, text: str, spans: Sequence[tuple[int, int]]
) -> str | None:
    """The words of ``rule`` in the spans that count for ``event``, or None."""
    for start, end in spans:
        piece = text[start:end]
        for match in rule.pattern.finditer(piece):
            if _PREVENTED.search(piece[: match.start()]):
                continue
            at = start + match.start()
            if rule.sub_event_type == "Non-state actor overtakes territory" and (
                _people_after(piece, match.end())
                or _PASSIVE_BEFORE.search(piece, 0, match.start()) is not None
                or all(abs(at - s) > _TAKEOVER_REACH for s, _ in event.spans)
            ):
                continue
            if rule.sub_event_type == "Attack" and not _victims_unarmed(event, piece, match):
                continue
            return match.group().strip()
    return None


_BODIES = re.compile(r"(?i)bod(?:y|ies)|bullet|target")


def _victims_unarmed(event: ReportEvent, piece: str, match: re.Match[str]) -> bool:
    """True when an attack's victims fit Violence against civilians.

    Civilians named, or bodies found, or (for a shooting, not a bare "killed") victims
    not said to be on either side.
    """
    civilians = A.names_civilians(piece) or any(
        c.whose == "civilian" for c in event.claims if c.what != "arrested"
    )
    shooting = match.group().lower() != "killed"
    return (
        civilians
        or bool(_BODIES.search(match.group()))
        or (shooting and (_unarmed(event) or _nobody_counted(event, piece)))
    )


def _nobody_counted(event: ReportEvent, piece: str) -> bool:
    """No figure of the dead or hurt, and no force or armed group named among them.

    A shooting of someone ("a shipping executive was shot dead") is then taken for one of
    a civilian.
    """
    return not _hit(event) and not _FORCES_HIT.search(piece)


def _unarmed(event: ReportEvent) -> bool:
    """True when the event's killed and hurt are all civilians or of no side said.

    False when its figures count nobody.
    """
    hit = _hit(event)
    return bool(hit) and all(c.whose in {"civilian", "unspecified"} for c in hit)


def _hit(event: ReportEvent) -> list[Claim]:
    """The event's figures of people killed or hurt that count somebody."""
    return [c for c in event.claims if c.what in {"killed", "injured"} and c.count]


#: "Four miners were seized": what is seized in the passive is people (an abduction), as
#: reports do not write of a town that it "was seized" by nobody named.
_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:were|was|been|being)(?: \w+ly)?\s+$")


def _people_after(text: str, offset: int) -> bool:
    """A seizure of people ("captured soldiers") is not a seizure of territory."""
    return bool(_PEOPLE_TAKEN.match(text[offset:]))


_PEOPLE_TAKEN = re.compile(
    r"\W+(?:\w+\W+){0,2}?(?:soldiers|personnel|men|people|officials|passengers|workers|train|"
    r"bus|coach)\b"
)


def _report_perpetrator(text: str, found: Sequence[A.ActorMention]) -> str | None:
    """The armed group a report says did it.

    The one claiming responsibility, else the one the report names most as acting
    ("BLA fighters attacked"); never one only named, or one that denies it ("the TTP
    said it had carried out none of the raids").
    """
    named = [m for m in found if m.actor in A.ARMED_GROUPS]
    if not named:
        return None
    for claim in _CLAIMED_BY.finditer(text):
        near = [m for m in named if abs(m.start - claim.start()) < 160]
        if near and not _DENIED.search(text[claim.start() - 40 : claim.end() + 40]):
            return min(near, key=lambda m: abs(m.start - claim.start())).actor
    acting = [m.actor for m in named if _ACTING.match(text, m.end)]
    denied = {m.actor for m in named if _DENIED.search(text[m.end : m.end + 80])}
    return next((actor for actor, _ in Counter(acting).most_common() if actor not in denied), None)


#: What follows a group's name when the text says it acted.
_ACTING = re.compile(
    r"[^.]{0,60}?\b(?:attack(?:ed|s)?|launch(?:ed)?|struck|strikes?|stormed|raid(?:ed|s)?|"
    r"carried out|targeted|ambushed|fighters|militants|insurgents|claimed|offensive|"
    r"operation|blew|bomb(?:ed|ing|er)?|killed|abducted|seized|overran|assault)\b",
    re.I,
)
_DENIED = re.compile(r"(?i)\b(?:none|not|denied|deny|denies|no role|rejected)\b")


def _set_actors(
    event: ReportEvent, evidence: str, perpetrator: str | None, found: Sequence[A.ActorMention]
) -> None:
    """actor1 did it, actor2 had it done to them (ACLED's order).

    ``found`` are the actors named in the event's sentences, in text order.
    """
    groups = [m.actor for m in found if m.actor in A.ARMED_GROUPS]
    forces = [m.actor for m in found if m.actor in A.STATE_FORCES]
    attacker = groups[0] if groups else perpetrator
    if attacker is None and (event.event_type is not None or A.names_unnamed_attackers(evidence)):
        attacker = A.UNIDENTIFIED
    if event.event_type == _BATTLES and _state_initiated(evidence):
        event.actor1 = forces[0] if forces else A.MILITARY
        event.actor1 = A.MILITARY if event.actor1 in {A.FC, A.LEVIES} else event.actor1
        event.actor2 = groups[0] if groups else A.UNIDENTIFIED
        return
    event.actor1 = attacker
    event.actor2 = _target(event, evidence, forces)


def _state_initiated(evidence: str) -> bool:
    return bool(_STATE_INITIATED.search(evidence)) and not _ATTACK_ON_FORCES.search(evidence)


def _target(event: ReportEvent, evidence: str, forces: Sequence[str]) -> str | None:
    """The side acted on: civilians, or the force the attack was aimed at."""
    if event.event_type is None:
        return None
    if event.event_type == _VAC:
        return A.CIVILIANS
    aimed = _TARGETS.search(evidence)
    if aimed:
        return _TARGET_ACTOR.get(aimed.group("force").lower(), A.MILITARY)
    killed = [c for c in event.claims if c.what in {"killed", "injured"} and not c.breakdown]
    if any(c.whose == "security" for c in killed):
        return forces[0] if forces else A.MILITARY
    if event.event_type == _EXPLOSIONS and (killed or A.names_civilians(evidence)):
        return A.CIVILIANS
    return forces[0] if forces else None


#: Words that tell attacks as a habit or a background, or deaths without their number: no
#: basis for a count of 0 ("has carried out a number of attacks in Sui", "have come under
#: attack near Quetta", "fired mortar shells into Kech on several occasions", "several
#: feared dead", "causing casualties").
_UNCOUNTED = re.compile(
    r"(?i)\b(?:have|has) (?:also )?(?:been |come under |carried out |claimed |faced |seen |"
    r"witnessed |suffered )|\bin the past\b|\bin recent (?:years|months)\b|"
    r"\bon several occasions\b|\brepeated(?:ly)?\b|\bfrequent(?:ly)?\b|"
    r"\b(?:a number|dozens|scores) of (?:\w+ )?attacks\b|\bcausing casualties\b|"
    r"\bfeared dead\b|\bseveral (?:people |persons )?(?:were )?(?:killed|dead|burnt|burned)\b"
)


def _count_fatalities(event: ReportEvent, *, wave_deaths: bool) -> None:
    """ACLED's conservative count of the dead, and the claims it rests on.

    No figure of the dead: 1 where one person's death is told (``_one_death_told``); 0
    where the event is described (or has figures of other harm); None where its place is
    only listed, the report gives deaths only for the whole wave, or the event is a past
    one recalled by its month or year with no figure at all.
    """
    total, used = fatalities_from_claims(event.claims)
    told = "" if total is not None or event.listed_only else _one_death_told(event.evidence)
    if total is not None:
        event.fatalities, event.fatalities_from = total, used
    elif told:
        event.fatalities, event.death_told = 1, told
    elif event.listed_only or event.uncounted or (wave_deaths and not event.claims):
        event.fatalities = None
    elif not event.claims and event.date_source in _RECALLED:
        event.fatalities = None  # a past attack recalled without its toll: not "none died"
    else:
        event.fatalities = 0


#: Where an event's date came from when it is a past event recalled ("In March 2009
#: gunmen attacked the team bus in Lahore"): a month or a year of its own.
_RECALLED = frozenset({"month", "year"})


#: A person's name: two to five capitalised words ("Malik Naz", "Abdul Razzaq Gul").
_NAME = r"[A-Z][a-z'\u2019]+(?:[- ](?:[A-Z][a-z'\u2019]+|ul|ud|ur|bin|al)){1,4}"
#: Ways of saying a person was killed, in the passive and as an act done to them.
_DEATH_DONE = (
    r"(?:shot dead|shot and killed|gunned down|killed|murdered|assassinated|martyred|"
    r"stabbed to death|beaten to death|hacked to death|strangled|slain|lynched)"
)
#: One person's death told without a figure: a named person killed (with an apposition
#: between: "Shaheena Shaheen, who presented a show, was shot dead"), a name after the act
#: ("gunmen shot dead Bakht Muhammad"), "the killing of ...", or one body found.
_ONE_DEATH = re.compile(
    rf"(?P<name>\b{_NAME})(?:\s*,[^,;.]{{1,160}},)?\s+(?:was|has been|had been)\s+"
    rf"(?:\w+\s+)?{_DEATH_DONE}\b"
    rf"|\b{_DEATH_DONE}\s+(?:(?:[A-Z][\w'\u2019-]*|chief|leader|commander|head)\s+){{0,4}}"
    rf"(?P<object>{_NAME})\b"
    rf"|\b(?:the|his|her)\s+(?:\w+\s+)?killing\s+of\s+(?:\w+\s+){{0,3}}?(?P<killing>{_NAME})"
    r"|\b(?i:a|another|the|his|her)\s+(?:[\w-]+\s+){0,2}?body\b"
    r"(?=[^.;]{0,120}?\b(?:found|recovered|dumped|discovered|retrieved|identified)\b)"
    r"|\b(?:found|recovered|discovered|retrieved)\s+(?:\w+\s+){0,3}?body\b"
)
#: A name that is no person's: a force, party or place word as its last word.
_NOT_A_PERSON = re.compile(
    r"(?i)\b(?:police|army|corps|forces?|levies|rangers|party|league|movement|front|"
    r"district|division|province|city|town|area|road|bazaar|market|university|college|"
    r"school|hospital|station|post|camp|club)$"
)
#: Two or more people told, or one figure-less person among others: not one death.
_MORE_THAN_ONE = re.compile(r"(?i)^\s*(?:and|&|along with|together with)\s")


def _one_death_told(evidence: Sequence[str]) -> str:
    """The words telling that one person was killed at the event, or "" (see ``_ONE_DEATH``).

    ACLED counts a person reported killed as one fatality even where no figure is given;
    an event whose sentences tell such a death with no figure of the dead counts 1, not 0.
    """
    for piece in evidence:
        for match in _ONE_DEATH.finditer(piece):
            name = match.group("name") or match.group("object") or match.group("killing")
            if name and _NOT_A_PERSON.search(name):
                continue
            if _MORE_THAN_ONE.match(piece[match.end() :]):
                continue
            return " ".join(match.group().split())
    return ""


def fatalities_from_claims(claims: Iterable[Claim]) -> tuple[int | None, list[Claim]]:
    """The conservative death toll of claims about one event, and the claims used.

    ACLED's rule. In each report, per side (security forces, civilians, militants, and
    people not said to be either), the lowest credible figure of several people any of
    its sources gives (one person is one of the dead, not an estimate of their number),
    added up over the sides; a figure for everyone ("19 people") stands for the sides
    it may include unless they add up to more. Across reports, the lowest toll. Not
    credible next to other figures: militants' claims of their enemies' dead, partial
    counts ("on the spot", "16 bodies" received so far) and superseded ones ("Earlier, 15
    people died"); a rising toll ("has gone up to 61") wins over the figures it updates.
    None when no claim is of people killed.
    """
    by_doc: dict[str, list[tuple[int, Claim]]] = defaultdict(list)
    for order, c in enumerate(claims):
        by_doc[c.doc_id].append((order, c))
    choice = TollChoice()
    for items in by_doc.values():
        choice.add(items)
    return choice.result()


def _killed(claims: Sequence[tuple[int, Claim]]) -> list[tuple[int, Claim]]:
    """The credible figures of people killed among one report's ``(order, claim)``.

    A figure the report later updates ("Earlier, 15 people died", "died on the spot")
    is not credible next to the update; alone, it is the report's toll.
    """
    dead = [
        (order, c)
        for order, c in claims
        if c.what == "killed" and not c.breakdown and c.count is not None
    ]
    return [(order, c) for order, c in dead if not _SUPERSEDED.search(c.excerpt)] or dead


#: A report's toll for an event: (toll, the report's place in the event, the claims used).
Toll = tuple[int, int, list[Claim]]


@dataclass(slots=True)
class TollChoice:
    """ACLED's choice among the reports' tolls of one event, report by report, in any order.

    ``fatalities_from_claims`` feeds it every report of an event at once; merging events
    across a large corpus feeds it reports as they come (``event_table.EventTally``), so
    the choice keeps only what decides it: for the tolls over every claim of the dead and
    for those over the claims of others than militants, the lowest toll above zero and
    the lowest toll, each with the report's place in the event (the earlier report wins a
    tie) and the claims it rests on.
    """

    #: [lowest positive, lowest] over all claims of the dead, then over non-militants'.
    best: list[Toll | None] = field(default_factory=lambda: [None, None, None, None])

    def add(self, claims: Sequence[tuple[int, Claim]]) -> None:
        """Add one report's claims about the event, each with its place among the event's.

        A report's place among the reports is that of its first figure counted (ties
        between reports go to the earlier).
        """
        killed = _killed(claims)
        others = [(order, c) for order, c in killed if c.claimant_type != "militant"]
        for base, figures in ((0, killed), (2, others)):
            if figures:
                toll, used = _report_toll([c for _, c in figures])
                self._offer(base, (toll, min(order for order, _ in figures), used))

    def _offer(self, base: int, toll: Toll) -> None:
        for slot in (base, base + 1) if toll[0] > 0 else (base + 1,):
            current = self.best[slot]
            if current is None or toll[:2] < current[:2]:
                self.best[slot] = toll

    def merge(self, other: TollChoice) -> None:
        """Take another choice's reports too."""
        for base in (0, 2):
            for toll in other.best[base : base + 2]:
                if toll is not None:
                    self._offer(base, toll)

    def result(self) -> tuple[int | None, list[Claim]]:
        """The toll and its claims; militants' figures count only where nobody else gives one."""
        positive, lowest = self.best[2:] if self.best[3] is not None else self.best[:2]
        chosen = positive or lowest
        return (None, []) if chosen is None else (chosen[0], chosen[2])


def _report_toll(killed: Sequence[Claim]) -> tuple[int, list[Claim]]:
    """One report's toll for an event (see ``fatalities_from_claims``)."""
    sides: dict[str, _Figure] = {}
    every = _with_others_added(killed)
    for whose in ("security", "civilian", "militant", "unspecified"):
        figures = [f for f in every if f.claims[0].whose == whose]
        whole = [f for f in figures if not _PARTIAL.search(f.claims[0].surface)] or figures
        rising = [f for f in whole if _RISING_TOLL.search(f.claims[0].excerpt)]
        if rising or whole:
            several = [f for f in whole if f.count != 1] or whole
            sides[whose] = rising[-1] if rising else min(several, key=lambda f: f.count)
    overall = sides.pop("unspecified", None)
    by_side = sum(f.count for f in sides.values())
    if overall is not None and overall.count >= by_side:
        return overall.count, list(overall.claims)
    return by_side, [c for f in sides.values() for c in f.claims]


@dataclass(frozen=True, slots=True)
class _Figure:
    """A figure of the dead: one claim, or one and the "others" added to it."""

    count: int
    claims: tuple[Claim, ...]


#: A figure of more people besides those just counted: "three others", "two other women".
_OTHERS = re.compile(r"(?i)\bothers?\b")
#: How far apart (characters) a figure and the "others" added to it may stand.
_OTHERS_REACH = 200


def _with_others_added(killed: Sequence[Claim]) -> list[_Figure]:
    """The figures of the dead, each "others" added to the figure just before it.

    "Four men were shot dead ... three others died later" is seven dead, not a
    choice between four and three.
    """
    out: list[_Figure] = []
    for claim in sorted(killed, key=lambda c: c.start):
        last = out[-1] if out else None
        beside = last is not None and 0 <= claim.start - last.claims[-1].end <= _OTHERS_REACH
        if last is not None and beside and _OTHERS.search(claim.surface):
            out[-1] = _Figure(last.count + (claim.count or 0), (*last.claims, claim))
        else:
            out.append(_Figure(claim.count or 0, (claim,)))
    return out


#: Counts of what was found so far ("16 bodies"), or of some of the dead ("two of the
#: injured later died"), not of who died.
_PARTIAL = re.compile(r"(?i)\bbodies\b|\bof (?:the|those|them)\b")
#: A toll that rose: the figure replaces the ones before it.
_RISING_TOLL = re.compile(
    r"(?i)\btoll\b[^.]{0,60}\b(?:rose|risen|climbed|jumped|surged|gone up|went up|reached|"
    r"increased)\b"
)
