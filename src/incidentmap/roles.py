"""Gather the evidence, per mention, of whether the text reports something happening there.

Every rule is one row of ``RULES``: an id, the role it argues for, a prior strength and a
test over a ``MentionView`` (the words around one mention, computed once). Every rule
that can hold is tried on every mention (a rule is skipped only when the words or the
facts it needs are absent: ``_rules_to_try``, a speed-up); the ids of those that hold are
the mention's ``evidence``, and the first one in table order is the rule that decides the
mention's role *under the rules alone*. The learned decision (``decide.py``) then weighs
all the evidence of a place in a report, with what the gazetteer says the place is, and
has the last word.

Three passes look beyond one mention, also as rules with ids: places in one list share the
list's evidence, places chained by "in"/"of" share a clear incident, and a bare list right
after a sentence of attacks takes its events. No rule recognises another by its text: they
talk through ids only.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, reduce
from itertools import accumulate, repeat
from operator import or_

from ._text import CASE_SPECIALS, alternation, fold, fold_name, sentence_spans
from .models import PlaceMention, Role, RoledMention

EVENT_WORDS = frozenset(
    """
    attack attacks attacked attacker attackers attacking assault assaulted assaults ambush
    ambushed blast blasts bomb bombs bombing bombings bomber bombers bombed explosion
    explosions explosive explosives exploded detonated detonation ied ieds grenade grenades
    rocket rockets mortar shelling gunfire gunmen gunman gunbattle gunbattles gunfight
    shootout shot shooting firing killed killing killings kill kills dead martyred
    martyrdom massacre massacred slain wounded wounding injured injuring casualties fatalities clash
    clashes fighting fought siege besieged stormed raid raids operation operations
    encounter abducted abduction abductions kidnapped kidnapping hostage hostages hijacked
    hijacking sabotage sabotaged destroyed destruction torched blew targeted targeting
    strike strikes struck offloaded fidayeen suicide terrorist terrorists militants
    insurgents violence skirmishes jammed foiled repulsed cordoned combing
    clearance hideout incident incidents hit raided seized captured overran burned
    burnt wrecked fighters assailants raiders besieging offensive blown demolished damaged
    clashed stabbed stabbing scuffle scuffles brawl gunned fired murdered lynched beheaded
    kidnappings hijackings shootings stabbings ambushes murder murders assassination
    assassinations assassinated beat beaten thrashed tortured graves
    execution executed infiltrate infiltration infiltrating engaged blocked blockade
    roadblock fire lobbed hijack bodies body corpses terrorism landmine landmines missile
    missiles drone drones airstrike airstrikes shells artillery intercepted snatched hurled
    shahadat sprayed alight ablaze disappeared disappearance disappearances
    """.split()
)
#: "shutter-down strike", "hunger strike", "a protest strike": a protest, not an attack.
NOT_ATTACK_BEFORE_STRIKE = frozenset(
    {"shutter", "down", "wheel", "jam", "hunger", "general", "labour", "protest", "token",
     "transport", "complete", "partial"}
)  # fmt: skip
PROTEST_WORDS = frozenset(
    """
    protest protests protested protesting protester protesters rally rallies demonstration
    demonstrations demonstrators sit-in march marched marchers shutter wheel-jam slogans
    """.split()
)
#: "armed men", "unidentified gunmen": a modifier that is an event cue before these nouns.
EVENT_MODIFIERS = frozenset({"armed", "unidentified", "masked", "unknown"})
ARMED_GROUPS = frozenset({"men", "man", "militants", "attackers", "assailants", "terrorists"})
#: Words that report harm rather than an act; near a hospital they describe the response.
OUTCOME_WORDS = frozenset(
    """
    killed killing killings dead martyred martyrdom slain wounded wounding injured injuring
    casualties fatalities bodies
    """.split()
)
INSTITUTIONS = frozenset(
    """
    government headquarters ministry parliament assembly court embassy leadership
    administration authorities officials capital police agency laboratory lab department
    directorate secretariat commission committee tribunal library
    """.split()
)
#: "the government in Islamabad", "the consul in Zahedan": a seat, never the scene.
GOVERNMENTS = frozenset(
    "government authorities officials official leadership administration ministry "
    "parliament court regime spokesman spokesperson spokesmen consul "
    "correspondent correspondents".split()
)
LOCATIVE = frozenset(
    "in at near outside inside on across around into within of off through".split()
)
SPEECH = frozenset(
    """
    said says say stated announced claimed claims denied denies refuted rejected condemned
    condemns accused accuses blamed blames alleged warned told urged insisted reiterated
    responded asked demanded called summoned protested acknowledged admitted confirmed
    vowed pledged promised announced
    """.split()
)
PEOPLE = frozenset(
    """
    family families labourers laborers workers worker residents resident natives native
    man men woman women passengers passenger pilgrims students student hailing hailed
    belonged belonging belongs nationals people victims victim citizens citizen origin
    soldiers soldier sepoys sepoy troops personnel policemen policeman officers labourer
    came boy boys girl girls youth youths child children trader traders driver drivers
    teacher teachers doctor doctors journalist journalists couple brothers mother father
    son sons daughter daughters wife husband brother sister schoolteacher shopkeeper elder
    elders leader member members bomber bombers miners miner employees engineers devotees
    worshippers shopkeepers farmers shepherds tribesmen dead deceased injured wounded
    individuals persons activist activists schoolgirl schoolgirls schoolboy schoolboys
    pupils cleric clerics scholar scholars lawyer lawyers tourists tourist migrants
    settlers nurse nurses guards guard
    """.split()
)
#: Who comes *from* a place to an attack elsewhere: "rescue teams from Hyderabad".
RESPONDERS = frozenset(
    """
    rescue rescuers rescue1122 teams team reinforcements ambulances ambulance volunteers
    firefighters doctors paramedics officials troops tenders engines brigade contingents
    contingent police policemen commandos personnel rangers called rushed dispatched
    despatched summoned
    """.split()
)
TRAVEL = frozenset(
    """
    travelling traveling travelled traveled going heading headed bound route way leaving
    left departed departing coming came referred transported flown taken moved
    brought evacuated sent carrying carried driving destined proceeding
    en returning returned run service services train trains bus buses convoy flight flights
    journey road highway railway line coach coaches escorted escorting vehicle vehicles
    truck trucks van vans ferrying transporting gone went visit visited visiting arrived
    arriving reached reaching flew carry home entered entering crossed crossing travel travels
    """.split()
)
#: "the highway linking Quetta with Karachi": a route named by the places it joins.
LINKING = frozenset(
    """
    linking links linked connecting connects connected joining joins
    """.split()
)
#: Where someone spoke, not where it happened: "speaking to reporters in Quetta".
SPEAKING = frozenset(
    """
    speaking talking addressing told briefing briefed press conference reporters journalists
    media newsmen interview statement issued
    """.split()
)
#: Where the wounded and the dead are taken: "shifted to CMH Turbat", "airlifted to Karachi".
CASUALTY_MOVES = frozenset(
    """
    shifted referred airlifted rushed taken moved transported evacuated flown brought
    dispatched sent handed carried ferried shift airlift evacuate fly flew carry ferry
    driven drove bringing shifting transporting airlifting evacuating
    """.split()
)
#: Words of people driven from their homes, to where they went ("displaced ... to X").
DISPLACEMENT = frozenset("displaced fled migrated relocated".split())
#: The people a move carries, between it and where it goes ("shifted the injured to X"):
#: words of the event that do not end the move.
MOVED_PEOPLE = frozenset(
    "injured wounded dead bodies body victims casualties deceased survivors".split()
)
RESPONSE = frozenset("hospital hospitals emergency treatment medical".split())
#: Nouns after a place that make it where an organisation or a writer is based.
ORG_NOUNS = frozenset(
    """
    group institute university newspaper daily thinktank court bureau
    correspondent correspondents reporter reporters journalist journalists office
    consulate embassy publisher outlet studio chapter faction
    """.split()
)
TITLES = frozenset(
    """
    commissioner dc ac ssp dpo sho mayor governor mna mpa senator minister deputy
    superintendent inspector spokesman spokesperson ambassador consul envoy officer chief
    commissioners
    """.split()
)
#: Honorifics and ranks that begin a person's name ("Chief Minister Sanaullah Zehri").
HONORIFICS = frozenset(
    """
    mr mrs ms dr nawab sardar mir mullah maulana maulvi sheikh haji hafiz syed sayed minister
    senator general gen colonel col major maj captain capt lieutenant lt commander governor
    president justice naik sepoy havaldar subedar brigadier brig sergeant constable
    """.split()
)
#: Hyphen compounds after a place: "-bound" is where a journey goes, "-based" who sits there.
JOURNEY_SUFFIXES = frozenset({"bound", "bounded", "ward", "wards"})
BASE_SUFFIXES = frozenset({"based", "born", "headquartered", "registered"})
ROAD_WORDS = frozenset({"road", "highway", "route", "motorway", "railway", "line", "track"})
#: What a place has that an attack elsewhere cuts: "cutting Gwadar's power supply".
SUPPLIES = frozenset(
    """
    power electricity supply supplies water gas internet mobile trade exports imports
    economy markets fuel grid transmission
    """.split()
)
#: Advice and forecasts: "further attacks ... are likely", "staff should avoid".
HYPOTHETICAL = frozenset(
    "likely possible possibly could might may threat threats risk risks advised advise "
    "avoid should warned warning alert".split()
)
#: Funerals and burials follow an event; where they are held is seldom where it happened.
FUNERALS = frozenset(
    "funeral funerals burial buried janaza mourners mourning fateha fatiha".split()
)
#: A road accident: deaths in it are no act of violence.
ACCIDENTS = frozenset(
    "collided collision collisions overturned skidded accident accidents crashed head-on".split()
)
#: Where a vehicle plunges in an accident ("plunged into a ravine"), not "into darkness".
_PLUNGED_INTO = frozenset("ditch ravine gorge river canal stream khud".split())
#: Words of violence that make a sentence with an accident word about an attack anyway
#: ("the bus overturned after the blast").
_VIOLENCE = frozenset(
    """
    attack attacks attacked attackers bomb blast blasts explosion exploded explosive ied
    gunmen gunman firing fired shot shooting militants terrorists insurgents rocket grenade
    landmine mine suicide ambush ambushed blew blown sabotage destroyed
    """.split()
)
#: Mishaps that explode without an attack: "the gas cylinder of a car exploded at a CNG
#: station", "a boiler blast".
_MISHAPS = frozenset("cylinder cylinders boiler boilers leakage short-circuit".split())
#: Words of an attack that an explosion word alone does not make: "a bomb in a cylinder".
_ATTACK_WORDS = _VIOLENCE - {
    "blast",
    "blasts",
    "explosion",
    "exploded",
    "blew",
    "blown",
    "destroyed",
}
STATISTICS = frozenset(
    """
    percent per cent rise decline increase decrease recorded statistics data figures
    compared comparison month monthly year yearly annual tally total average
    """.split()
)
UNITS = frozenset({"km", "kilometres", "kilometers", "miles", "kms", "mile", "kilometre"})
DIRECTIONS = frozenset(
    """
    north south east west northeast northwest southeast southwest north-east north-west
    south-east south-west northern southern eastern western
    """.split()
)

#: Words, with the possessive "'s" and every other mark (hyphens too) as words of their own.
_TOKEN = re.compile(r"[a-z0-9]+(?:['\u2019](?!s\b)[a-z0-9]+)*|['\u2019]s\b|[^\sa-z0-9]")
#: The same, captured: ``split`` then gives what lies between the words and the words, in
#: turn, whose lengths give the offsets (no match object per word).
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")


_STRIKES = frozenset({"strike", "strikes"})


def _protest_strike(words: list[str], i: int) -> bool:
    """Whether 'strike' at ``i`` is a protest's, not an attack's.

    'A shutter-down strike', 'hunger strike' (the words before it say so), or any strike
    of a sentence that tells of shutters down ("a complete shutter-down was observed, and
    those strikes passed off peacefully").
    """
    return words[i] in _STRIKES and not (
        NOT_ATTACK_BEFORE_STRIKE.isdisjoint(words[max(0, i - 3) : i])
        and _SHUTTERS_DOWN.isdisjoint(words)
    )


#: Words of a sentence that make its strikes protests: shops and wheels stopped.
_SHUTTERS_DOWN = frozenset({"shutter", "shutdown", "wheel-jam", "hartal"})


#: Words of context kept on each side of a mention (the rules look at most this far).
_BEFORE, _AFTER = 10, 6


#: "Fire tenders", "the fire brigade": a service that answers, not firing.
_FIRE_SERVICE = frozenset("tenders tender engines engine brigade brigades fighters service".split())


def _hit_by_outage(words: list[str], i: int) -> bool:
    """'hit by the outages', 'hit by power cuts': suffering a cut, not an attack."""
    return words[i + 1 : i + 2] == ["by"] and not _OUTAGES.isdisjoint(words[i + 2 : i + 5])


def _negated(words: list[str], i: int) -> bool:
    """Whether the event word at ``i`` is denied ("no violence", "no untoward incident")."""
    return (i > 0 and words[i - 1] == "no") or (
        i > 1 and words[i - 2] == "no" and words[i - 1] in _DENIED_KINDS
    )


#: Words between "no" and an event word that keep it denied ("no untoward incident").
_DENIED_KINDS = frozenset("untoward major further other such serious".split())
#: People whose road blocks are a protest, not a militants' roadblock.
_PROTESTERS = frozenset(
    "protesters protestors demonstrators activists residents traders villagers students "
    "workers mourners relatives families transporters lawyers farmers".split()
)


class _Sentence:
    """A sentence's tokens, with what every mention in it looks up, computed once."""

    __slots__ = (
        "acts", "cues", "ends", "fact_gates", "facts", "gates", "lists", "starts", "words"
    )  # fmt: skip

    def __init__(self, folded: str, start: int, end: int) -> None:
        parts = _TOKEN_SPLIT.split(folded[start:end])
        offsets = list(accumulate(map(len, parts), initial=start))
        self.words = words = parts[1::2]
        #: Where each word starts and ends in the text.
        self.starts, self.ends = offsets[1 : len(parts) - 1 : 2], offsets[2::2]
        cues: list[int] = []
        if not EVENT_WORDS.isdisjoint(words):
            cues = [
                i for i, word in enumerate(words)
                if word in EVENT_WORDS and (word not in _STRIKES or not _protest_strike(words, i))
                and not (word == "hit" and _hit_by_outage(words, i))
                and not (word == "fire" and words[i + 1 : i + 2] and words[i + 1] in _FIRE_SERVICE)
                # "but no violence was reported" (not "no casualties": an event without)
                and not (_negated(words, i) and word not in OUTCOME_WORDS)
                and not (word == "blocked" and not _PROTESTERS.isdisjoint(words[max(0, i - 5) : i]))
            ]  # fmt: skip
        if not EVENT_MODIFIERS.isdisjoint(words):
            cues = sorted(
                {*cues}
                | {
                    i for i, word in enumerate(words[:-1])
                    if word in EVENT_MODIFIERS and words[i + 1] in ARMED_GROUPS
                }
            )  # fmt: skip
        self.cues = cues
        self.acts = [i for i in cues if words[i] not in OUTCOME_WORDS]
        #: Whether a list of places may open in it ("16 towns, among them ...").
        self.lists = not _LIST_OPENERS.isdisjoint(words)
        #: Per word, the bits of the rules it may make hold (``_WORD_GATES``).
        self.gates = list(map(_WORD_GATES.get, words, repeat(0)))
        #: What the sentence-wide rules found, by rule id (``_SENTENCE_RULES``; looked for
        #: only when one of their words is there), and the bits of those that hold.
        self.facts, self.fact_gates = _NO_FACTS, 0
        if not _SENTENCE_WORDS.isdisjoint(words):
            present = reduce(or_, self.gates, 0)
            self.facts = {
                rule_id: find(words) if present & _RULE_GATE[rule_id] else None
                for rule_id, find in _SENTENCE_RULES.items()
            }
            for rule_id, fact in self.facts.items():
                if fact is not None:
                    self.fact_gates |= _RULE_GATE[rule_id]

    def bounds(self, mention: PlaceMention) -> tuple[int, int]:
        """Index of the first token after the words before the mention, and after it."""
        return bisect_right(self.ends, mention.start), bisect_left(self.starts, mention.end)


@dataclass(slots=True)
class MentionView:
    """What the rules look at around one mention, computed once.

    ``before`` and ``after`` are the folded words on each side (punctuation and hyphens
    are words of their own, so "Turbat-based" reads ``["-", "based"]`` after Turbat);
    ``head`` is the last words before the mention without articles.
    """

    text: str
    mention: PlaceMention
    sentence: _Sentence
    before: list[str]
    after: list[str]
    head: list[str]
    coarse: bool
    locative: bool
    hospital: bool
    distance: int | None
    cue: str
    #: The bits of the rules worth trying on this mention (``_rules_to_try``).
    gates: int

    @property
    def near_before(self) -> list[str]:
        """The four words right before the mention."""
        return self.before[-4:]

    @property
    def near_after(self) -> list[str]:
        """The three words right after the mention."""
        return self.after[:3]

    @property
    def is_site(self) -> bool:
        """The mention names a site, or a name with a site word ('Gwadar Port')."""
        return self.mention.match == "site" or bool(_SITE_NAME.search(self.mention.surface))


def _view(
    text: str, sentence: _Sentence, mention: PlaceMention, coarse: bool, honorifics: list[int]
) -> MentionView:
    """The view of one mention; ``honorifics`` is ``honorific_starts(text)``."""
    first, after = sentence.bounds(mention)
    before = sentence.words[max(0, first - _BEFORE) : first]
    following = sentence.words[after : after + _AFTER]
    head_word = mention.surface.lower().rsplit(" ", 1)[-1]
    hospital = head_word in {"hospital", "hospitals", "clinic", "cmh"}
    distance, cue = _nearest_event(sentence, first, after, acts_only=hospital)
    gates = reduce(or_, sentence.gates[max(0, first - _BEFORE) : first], 0)
    gates = reduce(or_, sentence.gates[after : after + _AFTER], gates) | sentence.fact_gates
    if mention.start - mention.sentence_start <= _DATELINE_HEAD_MAX:
        gates |= _DATELINE_GATE
    if coarse:
        gates |= _COARSE_GATE
    if mention.in_name:
        gates |= _IN_NAME_GATE
    if hospital:
        gates |= _HOSPITAL_GATE
    if distance is not None:
        gates |= _EVENT_GATE
    k = bisect_left(honorifics, _person_window(mention))
    if k < len(honorifics) and honorifics[k] < mention.start:
        gates |= _PERSON_GATE
    head = [w for w in before[-4:] if w not in {"the", "a", "an"}]
    return MentionView(
        text=text,
        mention=mention,
        sentence=sentence,
        before=before,
        after=following,
        head=head,
        coarse=coarse,
        # 'in X', 'near the X': a locative preposition right before the mention.
        locative=bool(head) and head[-1] in LOCATIVE,
        hospital=hospital,
        distance=distance,
        cue=cue,
        gates=gates,
    )


def _nearest_event(
    sentence: _Sentence, index_before: int, index_after: int, *, acts_only: bool = False
) -> tuple[int | None, str]:
    """Token distance to the closest event cue outside the mention, and the cue."""
    cues = sentence.acts if acts_only else sentence.cues
    best: tuple[int | None, str] = (None, "")
    k = bisect_left(cues, index_before)
    if k > 0:  # the closest cue before the mention
        i = cues[k - 1]
        best = (index_before - i, sentence.words[i])
    k = bisect_left(cues, index_after)
    if k < len(cues):  # the closest cue after it
        i = cues[k]
        distance = i - index_after + 1
        if best[0] is None or distance < best[0]:
            best = (distance, sentence.words[i])
    return best


_SITE_NAME = re.compile(
    r"(?i)\b(?:university|institute|college|hospital|school|port|station|airport|camp|base)\b"
)


# --- The rules: each returns a short detail for the reason text when it holds, else None.

Test = Callable[[MentionView], str | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """One piece of evidence about a mention's role.

    ``role`` is what the rule argues for (None: evidence the learned decision weighs but
    that decides nothing on its own); ``strength`` is its prior weight, the probability
    the rules alone give the role; ``reason`` is the sentence shown to the analyst, with
    ``{}`` for the detail the test returns.
    """

    id: str
    role: Role | None
    strength: float
    reason: str
    test: Test


def _coarse(v: MentionView) -> str | None:
    return "" if v.coarse else None


#: What stands before a province that holds a finer place the text names first: "the
#: Spin Boldak district of", "near Saravan in", "Zahedan, the capital of" (a name not at
#: the sentence's start, or a unit word).
_HELD_BEFORE = re.compile(
    r"(?:\b(?:district|county|area|town|city|village|tehsil|region|capital|border)\s+of"
    r"|(?<=[a-z,] )[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*,?\s+(?:in|of))"
    r"\s+(?:the\s+)?$"
)


def _province_of_place(v: MentionView) -> str | None:
    """The province of a place named before it: the setting, not where it happened.

    "the Spin Boldak district of Kandahar province", "Saravan in Sistan and Baluchestan
    province"; a province named alone ("jets struck hideouts in Kunar province") is where.
    """
    named = v.mention.surface.lower().endswith((" province", " provinces"))
    if not named and v.after[:1] not in (["province"], ["provinces"]):
        return None  # ("Kandahar province" may be one name of the gazetteer's)
    start = v.mention.start
    found = _HELD_BEFORE.search(v.text, max(v.mention.sentence_start, start - 80), start)
    return " ".join(found.group().split()) if found else None


def _in_name(v: MentionView) -> str | None:
    if not v.mention.in_name:
        return None
    if v.after[:1] and v.after[0] in EVENT_WORDS:
        return None  # "Kalat IED blast": the place names the event, it is no organisation
    return v.mention.note or "inside a longer name"


_FACILITIES = (
    "lines", "office", "station", "post", "camp", "cantonment", "cantt", "jail", "prison",
    "airport", "airbase", "base", "compound", "complex", "headquarters", "colony", "market",
    "bazaar", "mosque", "imambargah", "shrine", "church", "school", "college", "university",
    "chowk", "press club",
)  # fmt: skip
_FACILITY_WORDS = rf"(?i:{'|'.join(_FACILITIES)})"
_FACILITY_AFTER = re.compile(
    rf"\s+(?:[A-Z][A-Za-z]+\s+){{0,2}}(?:(?i:police|levies|fc)\s+)?{_FACILITY_WORDS}\b"
)
_FACILITY_BEFORE = re.compile(rf"\b(?:Police\s+)?{_FACILITY_WORDS},?\s+$")


def _names_a_facility(v: MentionView) -> str | None:
    """'the Loralai Police Lines', 'Police Lines Loralai': a facility of the town, attacked."""
    if v.distance is None or v.distance > 12:
        return None
    match = _FACILITY_AFTER.match(v.text, v.mention.end, v.mention.end + 60)
    if match is None:
        match = _facility_before(v.text, v.mention.start)
    return match.group(0).strip() if match else None


def _facility_before(text: str, start: int) -> re.Match[str] | None:
    """``_FACILITY_BEFORE`` in the 40 characters before ``start``.

    The search tries every position of the window; it runs only when the window ends in a
    facility word (lower-cased: ignoring case is that unless ``CASE_SPECIALS`` occur).
    """
    lo = max(0, start - 40)
    window = text[lo:start]
    if not window[-1:].isspace():
        return None
    if not any(char in window for char in CASE_SPECIALS):
        last = window.rstrip()
        if not last.removesuffix(",").lower().endswith(_FACILITIES):
            return None
    return _FACILITY_BEFORE.search(text, lo, start)


def _speech_location(v: MentionView) -> str | None:
    """'Speaking to reporters in Quetta': where someone spoke, not where it happened."""
    words = v.before
    spoken = [
        w
        for k, w in enumerate(words[:-1])
        if k >= len(words) - 6 and w in SPEAKING and words[k + 1] != "club"
    ]  # not "outside the press club in Kohlu": a place, not a speech
    if v.locative and spoken:
        return spoken[0]
    met = _MEETINGS.intersection(words[-6:-1])
    if v.locative and met and EVENT_WORDS.isdisjoint(words[-8:-1]):
        return min(met)  # "a peace jirga at Kalaya on Wednesday to discuss the attack"
    lead = _lead(v.before)
    if (
        lead[-1:] in (["in"], ["at"])
        and lead[-2:-1]
        and lead[-2] in _SAID
        and not (lead[-2] == "observed" and v.sentence.facts["protest"])  # a strike observed
    ):
        return lead[-2]  # "the police chief said in Hyderabad that ..."
    return None


#: Meetings held somewhere: where they sat, unless the text attacks them there.
_MEETINGS = frozenset("jirga jirgas moot meeting meetings conference".split())
#: Verbs of saying right before "in" or "at" and the place: where someone said it.
_SAID = frozenset("said says stated announced added declared remarked observed".split())


def _funeral(v: MentionView) -> str | None:
    """A funeral or burial in the sentence (evidence only: where it is held is not a scene)."""
    return v.sentence.facts["funeral"]


#: Verbs that say where a funeral or burial took place ("funeral prayers were held in X").
_FUNERAL_HELD = frozenset("held offered performed buried laid rest attended".split())
#: How far back the funeral word may stand ("Funeral prayers for the dead were offered on
#: Friday at the Frontier Corps' Maleesha Camp in Hub").
_FUNERAL_REACH = 18


def _funeral_site(v: MentionView) -> str | None:
    """'funeral prayers were held in Quetta for the soldiers killed in Zhob': not the scene.

    A funeral word before the mention, then a verb of holding it and 'in' or 'at', with
    no event word between the verb and the place; none right before the funeral word
    either ("a bomb exploded at a funeral held in Mastung": the funeral was the target).
    """
    if v.sentence.facts["funeral"] is None:
        return None
    lead = _lead(_words_before(v, _FUNERAL_REACH))
    if "in" not in lead[-5:] and "at" not in lead[-5:]:
        return None  # "at the Frontier Corps' Maleesha Camp": the owner's name between
    funerals = [i for i, w in enumerate(lead) if w in FUNERALS]
    window = lead[-12:-1]
    held = [i for i, w in enumerate(window) if w in _FUNERAL_HELD]
    # "after funeral prayers in Gwadar": the funeral right before the place holds it there
    named_at = (
        bool(funerals)
        and funerals[-1] >= len(lead) - 3
        and lead[-1] in {"in", "at"}
        and not _act_right_after(v)  # "mourners at the funeral in Mastung were fired upon"
    )
    if not funerals or not (held or named_at):
        return None
    if held and not named_at and not EVENT_WORDS.isdisjoint(window[held[-1] + 1 :]):
        return None
    first = funerals[0]
    if not EVENT_WORDS.isdisjoint(
        w for w in lead[max(0, first - 6) : first] if w not in MOVED_PEOPLE
    ):
        return None
    return "held" if named_at else window[held[-1]]


def _act_right_after(v: MentionView) -> bool:
    """Whether an event word follows the mention within a few words ('... were fired upon')."""
    _, end = v.sentence.bounds(v.mention)
    return any(end <= i < end + 6 for i in v.sentence.acts)


def _funeral_words(words: list[str]) -> str | None:
    found = FUNERALS.intersection(words)
    return min(found) if found else None


def _hypothetical(v: MentionView) -> str | None:
    """A forecast or advice in the sentence (evidence only): no event has happened there."""
    return v.sentence.facts["hypothetical"]


def _hypothetical_words(words: list[str]) -> str | None:
    found = {w for i, w in enumerate(words) if w in HYPOTHETICAL and not _the_month(words, i)}
    return min(found) if found else None


#: Words before "May" that make it the month ("on May 2", "in May", "early May").
_BEFORE_MONTH = frozenset("in on of early late mid last next since until by this during".split())


def _the_month(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is the month May ("on May 2", "2 May", "in May"), not "may"."""
    if words[i] != "may":
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    before = words[i - 1] if i else ""
    return after.isdigit() or before.isdigit() or before in _BEFORE_MONTH or before == "-"


def _protest(v: MentionView) -> str | None:
    """A protest in the sentence: a strike or a sit-in is not an attack (evidence only)."""
    return v.sentence.facts["protest"]


#: Verbs that hold a protest somewhere ("a strike was observed in Kharan", "tribesmen
#: gathered in Khar, chanting slogans").
_GATHERED = frozenset({"gathered", "assembled"})
_PROTEST_HELD = frozenset({"observed", "staged", "held", *_GATHERED})
#: Words after the place that turn a protest there into violence ("and clashed with police").
_TURNS_VIOLENT = EVENT_WORDS | frozenset(
    "clash clashed clashes fired firing pelted wounding wounded injuring".split()
)
#: Words before a protest that make it one side of a fight ("a clash between police and
#: protesters at Islamgarh").
_FIGHTS = frozenset("clash clashes clashed scuffle scuffles brawl fighting fought".split())
#: Words after the place that give a protest's cause, not what happened there.
_CAUSE_WORDS = frozenset("against over condemning protesting following after".split())
#: Words between an event word and a protest that make the protest its target
#: ("a bomb went off at a rally", "fired on protesters").
_AIMED_AT = frozenset("at on near outside targeting targeted".split())


def _protest_site(v: MentionView) -> str | None:
    """'protests in Quetta', 'a strike was observed in Kharan': a protest, not the scene.

    A protest word or a verb of holding one among the few words before 'in', 'at' or
    'outside', with no event word between it and the place; not where the protest turns
    violent ("... in Hub and clashed with police").
    """
    if v.sentence.facts["protest"] is None:
        return None
    lead = _lead(v.before)
    if lead[-1:] not in (["in"], ["at"], ["outside"]):
        return None
    window = lead[-6:-1]
    shops = not _SHOPS.isdisjoint(window)  # "shops and markets closed in": a shutdown
    held = [
        i for i, w in enumerate(window)
        if w in PROTEST_WORDS or w in _PROTEST_HELD or (shops and w in _SHUT)
    ]  # fmt: skip
    if not held or not EVENT_WORDS.isdisjoint(window[held[-1] + 1 :]):
        return None
    if _protest_targeted(_words_before(v, _WIDE_REACH)) or not _FIGHTS.isdisjoint(lead[-12:-1]):
        return None
    if not _TURNS_VIOLENT.isdisjoint(_before_cause(v.after)):
        return None
    word = window[held[-1]]
    return f"held ({word})" if word in _GATHERED else word


def _protest_targeted(words: list[str]) -> bool:
    """Whether an event word aims at the protest ('a bomb went off at a protest camp in')."""
    last = max((i for i, w in enumerate(words) if w in PROTEST_WORDS), default=None)
    if last is None:
        return False
    acts = [i for i, w in enumerate(words[:last]) if w in EVENT_WORDS]
    return bool(acts) and not _AIMED_AT.isdisjoint(words[acts[-1] + 1 : last])


def _before_cause(after: list[str]) -> list[str]:
    """The words after a place up to its cause ('... in Kharan against the killings')."""
    for i, word in enumerate(after):
        if word in _CAUSE_WORDS:
            return after[:i]
    return after


#: A shutdown: shops or markets closed in protest ("Shops and markets closed in Moro").
_SHOPS = frozenset("shops markets businesses bazaars traders".split())
_SHUT = frozenset("closed shut shuttered".split())


def _protest_words(words: list[str]) -> str | None:
    found = PROTEST_WORDS.intersection(words)
    if found:
        return min(found)
    shut = [i for i, w in enumerate(words) if w in _SHUT]
    if any(not _SHOPS.isdisjoint(words[max(0, i - 4) : i]) for i in shut):
        return "shutdown"
    if "strike" in words and _protest_strike(words, words.index("strike")):
        return "strike"
    return None


def _table_row(v: MentionView) -> str | None:
    """A row of a table of incidents: '| 3 | Killa Abdullah | 25-04-2019 | ... | 01 killed |'.

    Parliamentary answers and official returns list incidents one per row, with a date;
    every place in such a row is where one happened.
    """
    start = v.text.rfind("\n", 0, v.mention.start) + 1
    end = v.text.find("\n", v.mention.end)
    line = v.text[start : end if end >= 0 else len(v.text)]
    if line.count("|") < _TABLE_BARS:
        return None
    if _TABLE_DATE.search(line) or (_TABLE_COUNT.search(line) and _counts_events(v.text, start)):
        return ""
    return None


def _counts_events(text: str, row_start: int) -> bool:
    """Whether the table a row stands in counts events, as its header or caption says.

    The header row, or the line above the table ("Enforced disappearances by district,
    April 2025"), names them. A rights group's or a think tank's table of attacks or
    disappearances by district lists where they happened; one of budgets does not.
    """
    header, end = "", row_start
    for _ in range(_TABLE_REACH):  # up the rows to the first one, the header
        start = text.rfind("\n", 0, max(end - 1, 0)) + 1
        line = text[start:end]
        if end == 0 or not line.lstrip().startswith("|"):
            break
        header, end = line, start
    caption = ""
    for _ in range(_TABLE_REACH):  # up the blank lines to the caption
        start = text.rfind("\n", 0, max(end - 1, 0)) + 1
        caption = text[start:end]
        if end == 0 or caption.strip():
            break
        end = start
    words = set(re.findall(r"[a-z]+", f"{header} {caption}".lower()))
    return bool(words & _COUNTED_EVENTS)


#: How many lines up a table's header and caption are looked for.
_TABLE_REACH = 60


#: A cell holding a number only: "| 20 |".
_TABLE_COUNT = re.compile(r"\|\s*\d[\d,]*\s*\|")
#: Words of a table header or caption that make its rows counts of events by place.
#: (The "missing" of rights groups' tables are the disappeared.)
_COUNTED_EVENTS = (EVENT_WORDS | {"missing"}) - {"operation", "operations", "incident"}


#: A table row has this many column bars at least ("| 1 | Loralai | 27-03-2014 |").
_TABLE_BARS = 3
#: The date of a row: "27-03-2014", "2014-03-27", "27/03/2014", "27 March 2014".
_TABLE_DATE = re.compile(
    r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d\b|"
    r"\b\d{1,2} [A-Z][a-z]{2,8} (?:19|20)\d\d\b"
)


def _form_field(v: MentionView) -> str | None:
    """A field of an incident form: 'Place of occurrence: Loti area', 'District: Swabi'.

    Levies incident reports and FIRs give the scene in labelled fields; the district and
    police-station fields count where the document is such a form.
    """
    start = v.text.rfind("\n", 0, v.mention.start) + 1
    before = v.text[start : v.mention.start]
    if _SCENE_FIELD.search(before):
        return "place of occurrence"
    if _AREA_FIELD.search(before) and _INCIDENT_FORM.search(v.text):
        return "district or police station"
    return None


#: "Place of occurrence: ...", "Location of incident: ..." up to the mention.
_SCENE_FIELD = re.compile(
    r"(?i)\b(?:place|location|scene|site|spot) of (?:the )?(?:occurrence|incident|attack|"
    r"offence)\s*:[^:]*$"
)
#: "District: ", "Police Station: ", "Tehsil: " right before the mention.
_AREA_FIELD = re.compile(r"(?i)\b(?:district|tehsil|police station|area)\s*:\s*$")
#: Words of a form reporting one incident.
_INCIDENT_FORM = re.compile(
    r"(?i)\bplace of (?:the )?occurrence\b|\bfirst information report\b|"
    r"\bincident report\b"
)


def _dateline(v: MentionView) -> str | None:
    return "" if _is_dateline(v.text, v.mention) else None


def _dateline_scene(v: MentionView) -> str | None:
    if not _is_dateline(v.text, v.mention):
        return None
    scene = unnamed_scene(v.text)
    return f"'{scene}'" if scene else None


#: The dateline's own city told as the scene without its name: "shot dead here on
#: Monday", "along Jinnah Road in the city.", "the Mall Road of this border town" (not
#: "north of here", "in the city of Kabul", nor "in the town", which speaks as often of
#: the last town named).
_SCENE_END = (
    r"(?=\s*[.;,)]|\s+(?:on|late|early|this|last|yesterday|today|tonight|after|during|"
    r"in\s+the)\b)"
)
_UNNAMED_SCENE = re.compile(
    rf"(?i)(?<!\bof )(?<!\bfrom )(?<!\bto )\bhere{_SCENE_END}"
    rf"|\bin\s+the\s+city{_SCENE_END}"
    r"|\b(?:outskirts|parts|areas|streets|suburbs|(?:(?:northern|southern|eastern|western)\s+)?"
    r"(?:edge|end|part|side))\s+of\s+the\s+city\b"
    r"|\bthis\s+(?:[a-z-]+\s+)?(?:city|town)\b"
)
_FOLDED_WORD = re.compile(r"[a-z]+")
#: "the minister said here on Monday", "officials here said": where someone spoke.
_SPOKEN_HERE = re.compile(
    r"(?i)\b(?:said|says|told|stated|announced|addressing|speaking|talking|briefing|"
    r"reporters|conference)\W+(?:\w+\W+){0,3}?here\b|\bhere\W+(?:\w+\W+){0,3}?"
    r"(?:said|says|told|stated|announced)\b"
)


@lru_cache(maxsize=16)
def unnamed_scene(text: str) -> str | None:
    """The words of a sentence that tells an event in an unnamed "here" or "the city".

    Dailies file from a city and write "QUETTA: Two men were shot dead here on Monday":
    the dateline is then the scene, though its name stands only above the story. A "here"
    that says where someone spoke ("police said here on Monday") is not a scene.
    """
    found = _unnamed_scenes(text)
    if not found:
        return None
    spans = sentence_spans(text)
    starts = [s for s, _ in spans]
    for at, _end, words in found:
        start, stop = spans[bisect_right(starts, at) - 1]
        sentence = text[start:stop]
        spoken = [m.span() for m in _SPOKEN_HERE.finditer(sentence)]
        if any(s <= at - start < e for s, e in spoken):
            continue
        if not EVENT_WORDS.isdisjoint(_FOLDED_WORD.findall(fold(sentence))):
            return words
    return None


#: The words the scene patterns hang on (in lower case): a quick look before the slow
#: pattern is tried.
_SCENE_WORDS = re.compile(r"here|city|town")


def _unnamed_scenes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of every unnamed scene in the text, in order.

    The pattern is tried only around the words it hangs on: tried at every position of
    a long report, it took a tenth of the geoparsing time.
    """
    found: dict[int, tuple[int, int, str]] = {}
    lowered = text.lower()
    for hit in _SCENE_WORDS.finditer(lowered):
        if hit.start() and lowered[hit.start() - 1].isalpha():
            continue  # "there", "where"
        lo, hi = max(0, hit.start() - 40), min(len(text), hit.end() + 30)
        for m in _UNNAMED_SCENE.finditer(text, lo, hi):
            found.setdefault(m.start(), (m.start(), m.end(), m.group(0)))
    return [found[k] for k in sorted(found)]


def _speaker(v: MentionView) -> str | None:
    after = v.near_after
    word = ""
    if after[:1] and after[0] in SPEECH:
        word = after[0]
    elif after[:1] and after[0] in {"has", "have", "had", "also"} and after[1:2]:
        verb = after[2] if after[1].endswith("ly") and after[2:3] else after[1]
        word = verb if verb in SPEECH else ""
    if word and not any(w in LOCATIVE for w in v.near_before[-1:]):
        return word
    return None


def _title(v: MentionView) -> str | None:
    before = v.near_before
    if any(w in TITLES for w in _contiguous(v.near_after)):
        return ""
    if len(before) >= 2 and before[-1] == "of" and before[-2] in TITLES:
        return ""
    if before[-4:-1] in _OF_POLICE and before[-1] == "of":
        return ""  # "the senior superintendent of police of Diamer"
    if before[-1:] and before[-1] in _OFFICES_OF_A_PLACE:
        return ""  # "the Assistant Commissioner Barshore", "SSP Shikarpur", "DC Kech"
    if (
        before[-1:] == [","]
        and len(before) >= 2
        and before[-2] in _TITLE_ENDS
        and (v.after[:1] == [","] or v.after[:1] in (["said"], ["told"]))
    ):
        return ""  # "the Deputy Inspector General of Police, Malakand, said"
    return None


def _case_registered(v: MentionView) -> str | None:
    """'A case was registered at the Ubauro police station': paperwork, not the scene."""
    lead = _lead(v.before)
    of_stations = lead[-1:] == ["of"] and lead[-2:-1] in (["station"], ["stations"])
    if not of_stations and lead[-1:] not in (["at"], ["with"], ["in"]):
        return None  # ("registered at police stations of Lyari, Kalakot and Kharadar")
    if _CASES.isdisjoint(lead[-14:-1]):
        return None
    filed = _FILED.intersection(lead[-6:-1])
    if filed:
        return min(filed)
    # "wanted in nine cases in Karak", "... registered in Bannu, and in two cases in Kohat"
    if _WANTED.intersection(lead[-6:-1]) or (lead[-2:-1] and lead[-2] in _CASES and _sought(v)):
        return "registered"
    return None


def _sought(v: MentionView) -> bool:
    """Whether the sentence says before the mention that cases were filed or a man wanted."""
    first, _ = v.sentence.bounds(v.mention)
    return not (_FILED | _WANTED).isdisjoint(v.sentence.words[:first])


_CASES = frozenset("case cases fir firs complaint".split())
_FILED = frozenset("registered lodged filed".split())
#: Words of a man sought in cases somewhere: the cases' place is paperwork too.
_WANTED = frozenset({"wanted", "booked", "nominated"})


#: Offices whose title ends "of police" before "of" and their district.
_OF_POLICE = (
    ["superintendent", "of", "police"],
    ["general", "of", "police"],
    ["inspector", "of", "police"],
)
#: Offices written with their district or tehsil right after them, no "of".
_OFFICES_OF_A_PLACE = frozenset(
    "commissioner commissioners dc ac ssp dpo sho sp dig ig igp mna mpa".split()
)
#: Last words of an office that its district follows after a comma ("Inspector General
#: of Police, Malakand,", "the Deputy Commissioner, Kech,").
_TITLE_ENDS = TITLES | _OFFICES_OF_A_PLACE | {"police"}


_CAPITALISED_RUN = re.compile(r"(?:\b[A-Z][a-z]+\.?\s+){2,4}$")
#: The honorifics as the run holds them: capitalised, before a full stop or a space.
_HONORIFIC_WORD = re.compile(alternation(h.capitalize() for h in HONORIFICS) + r"(?=\.?\s)")
#: The most characters before a name in which ``_person_name`` looks for the run.
_PERSON_SPAN = 60


def honorific_starts(text: str) -> list[int]:
    """Where capitalised honorifics begin a word in ``text``, in order (one scan a report).

    ``_person_name`` holds only where one stands in the words before the name.
    """
    return [
        m.start()
        for m in _HONORIFIC_WORD.finditer(text)
        if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
    ]


def _person_window(mention: PlaceMention) -> int:
    """Where the words ``_person_name`` reads before a mention begin."""
    return max(mention.sentence_start, mention.start - _PERSON_SPAN)


def _person_name(v: MentionView) -> str | None:
    """'Chief Minister Sanaullah Zehri', 'Mir Hasil Bizenjo': a surname, not a place.

    The capitalised words right before the name hold an honorific or a rank, and a
    given name after it.
    """
    start = v.mention.start
    match = _CAPITALISED_RUN.search(v.text, _person_window(v.mention), start)
    if match is None:
        return None
    words = [w.rstrip(".").lower() for w in match.group(0).split()]
    if not HONORIFICS.isdisjoint(words[:-1]):
        return match.group(0).strip()
    return None


#: Words after a name that make it a tribe's: "members of the Salarzai tribe".
_TRIBE_WORDS = frozenset("tribe tribes tribesmen tribesman clan clans".split())


def _tribe_name(v: MentionView) -> str | None:
    """'members of the Salarzai tribe', 'Bugti tribesmen': a people, not the tehsil or town."""
    return v.after[0] if v.after[:1] and v.after[0] in _TRIBE_WORDS else None


#: People a text then names: "the dead militant was Shah Faisal", "a man named Mansehra".
_NAMED_PEOPLE = frozenset(
    """
    militant militants bomber attacker attackers assailant gunman suspect suspects deceased
    victim victims man woman boy girl driver soldier policeman officer commander leader
    accused terrorist culprit
    """.split()
)
#: Words right before a name that make it a person's: "identified as", "named", "alias".
_NAMING = frozenset({"named", "alias", "nicknamed"})


def _named_person(v: MentionView) -> str | None:
    """'the dead militant was Shah Faisal', 'identified as Kohat Khan': a person, not a place.

    The words right before the name name a person: a word for one ("militant",
    "bomber", "victim") and "was" or "is", or "identified as", "named", "alias".
    """
    before = v.before
    if v.after[:1] in (["'s"], ["'"]):
        return None  # "the attacker was Turbat's most wanted man": a place's
    named = bool(before) and before[-1] in _NAMING
    if named or before[-2:] in (["identified", "as"], ["named", "as"]):
        return " ".join(before[-2:])
    if before[-1:] in (["was"], ["is"]) and before[-2:-1] and before[-2] in _NAMED_PEOPLE:
        return " ".join(before[-2:])
    return None


def _origin(v: MentionView) -> str | None:
    before, after = _without_possessor(v.before), v.after
    if before[-2:] in (["of", "district"], ["of", "tehsil"]):
        before = before[:-1]  # "resident of District Khairpur"
    before = _without_modifier_after_from(before)
    last = before[-6:]
    if last[-1:] == ["from"] and _people_before(before) and not _taken_before(before[:-1]):
        return ""
    if v.sentence.lists and _origins_listed(_words_before(v, _WIDE_REACH)):
        return ""  # "12 labourers from several districts, including Kech and Panjgur"
    if (
        last[-1:] in (["from"], ["to"])
        and not {",", "and"}.isdisjoint(before[-3:-1])  # a second one: cheap test first
        and _origin_list_before(_clause_words(v))
    ):
        return ""  # "men from Poonch and Neelum in Azad Kashmir, from Khushab": a second 'from'
    if before[-1:] == ["of"] and before[-2:-1] and before[-2] in _UNIT_WORDS:
        # "from the Shujabad area of Multan district": the container of an origin
        ends = [i for i in range(max(0, len(before) - 5), len(before) - 2) if before[i] == "from"]
        if (
            ends
            and _people_before(before[: ends[-1] + 1])
            and not _taken_before(before[: ends[-1]])
        ):
            return ""
    if last[-2:] in (["native", "of"], ["resident", "of"], ["residents", "of"], ["natives", "of"]):
        return ""
    if last[-3:] == ["r", "/", "o"]:
        return ""  # "Sepoy Faisal, r/o Hafizabad": resident of
    if last[-2:-1] in (["his"], ["her"], ["their"]) and last[-1] in _HOME_WORDS:
        return ""  # "taken to his native Karak for burial", "their ancestral Tirah"
    if before[-1:] == ["of"] and (
        _named_person_before(before[:-1]) or _person_of(v.text, v.mention.start)
    ):
        return ""  # "Major Rizwan Tahir of Narowal", "identified as Abdul Wahab of Gwadar"
    if last[-1:] in (["in"], ["at"]) and not _BIRTH.isdisjoint(before[-8:-1]):
        return ""  # "born in 1963 in the Mehrgarh area", "grew up in a poor family in Lyari"
    if last[-1:] in (["to"], ["from"]) and not _BELONGING.isdisjoint(before[-4:-1]):
        return ""
    # "a Turbat family", "two Karachi residents": the place says who people are.
    if after[:1] and after[0] in PEOPLE and (before[-1:] in (["a"], ["an"]) or _numeral(before)):
        return ""
    return None


#: A person's home, said with his or her: "his native Karak", "their ancestral Tirah".
_HOME_WORDS = frozenset({"native", "ancestral", "home", "hometown"})
#: Words that open a list of people named one by one ("identified as A of X, B of Y").
_PEOPLE_LIST_OPENERS = frozenset({"as", "and", "including"})
#: Capitalised words before "of" that make a title, an office or an area, not a name
#: ("Deputy Commissioner of Kech", "Tirah Valley of Khyber").
_NOT_PERSON = frozenset(
    """
    the deputy chief inspector director governor minister commissioner superintendent
    commander mayor chairman president bank university government valley district agency
    area division tehsil province city town
    """.split()
)


def _person_of(text: str, start: int) -> bool:
    """'..., Abdul Wahab of Gwadar', 'identified as Noor Khan of Kech': a man's home town.

    Two to four capitalised words right before "of", after a comma or a word that lists
    people; none of them a title, an office or an area.
    """
    window = text[max(0, start - 80) : start]
    if not window.endswith(" of "):
        return False
    words = window[:-4].split()
    for size in (2, 3, 4):
        if len(words) <= size:
            return False
        name, opener = words[-size:], words[-size - 1]
        if not all(w[:1].isupper() and w.isalpha() for w in name):
            return False
        if any(w.lower() in _NOT_PERSON for w in name):
            return False
        if opener.endswith(",") or opener.lower() in _PEOPLE_LIST_OPENERS:
            return True
    return False


#: Ranks and titles written before a man's name ("Major Rizwan Tahir of Narowal").
_RANKS = frozenset(
    """
    major maj captain capt lieutenant lt colonel col brigadier brig naik sepoy
    havaldar havildar subedar sergeant constable inspector asi mr mrs ms dr
    """.split()
)
#: Words that end a name: what stands between a rank and "of" when no name does.
_NOT_NAME = frozenset("the a an of in at on and was were is , . ; :".split())


def _named_person_before(before: list[str]) -> bool:
    """Whether the words end in a rank and one to four words of a name ("Sepoy Ali Khan")."""
    for size in range(1, 5):
        if len(before) > size and before[-size - 1] in _RANKS:
            return _NOT_NAME.isdisjoint(before[-size:])
    return False


#: People taken or found somewhere: "bodies recovered from Kolpur", "picked up eight
#: miners from the Shahrag area", "forcibly disappeared from Turbat" name where it
#: happened, not where they came from.
_TAKEN = frozenset(
    "recovered found retrieved exhumed abducted kidnapped picked seized snatched "
    "disappeared whisked".split()
)
#: Words that stand for people already named ("all of them from Multan").
_PEOPLE_PRONOUNS = frozenset({"them", "whom", "both"})
#: Words for an area that an 'of' then places inside another ("the X area of Y").
_UNIT_WORDS = frozenset("area areas district tehsil town village city region".split())


#: How far back the rules that read past ``MentionView.before`` look: a second "from" for
#: the first of its list, a list of places for its opener, a protest for what struck it.
_WIDE_REACH = 24


def _words_before(v: MentionView, n: int) -> list[str]:
    """Up to ``n`` words of the sentence before the mention (``MentionView.before`` has 10)."""
    first, _ = v.sentence.bounds(v.mention)
    return v.sentence.words[max(0, first - n) : first]


def _clause_words(v: MentionView) -> list[str]:
    """The words before the mention, up to ``_WIDE_REACH``, as ``_origin`` reads them.

    Wider than ``MentionView.before``: a list of origins runs long ("men from Poonch,
    Muzaffarabad and Neelum in Azad Kashmir, from Khushab").
    """
    return _without_modifier_after_from(_without_possessor(_words_before(v, _WIDE_REACH)))


def _without_modifier_after_from(before: list[str]) -> list[str]:
    """'from the Shujabad area of Multan', 'belonged to the Swat valley': without 'the'."""
    if before[-2:-1] in (["from"], ["to"]) and before[-1] in _MODIFIERS:
        return before[:-1]
    return before


def _origin_list_before(before: list[str]) -> bool:
    """'..., from' or '... and to': the same preposition earlier in a list of origins.

    The earlier 'from' has people before it ("soldiers from Attock and Chakwal, from
    Swat"), the earlier 'to' a word of belonging ("belonged to Shangla and to the Swat
    valley"); a full stop or semicolon between them ends the search.
    """
    preposition = before[-1]
    if "," not in before[-3:-1] and "and" not in before[-3:-1]:
        return False
    for k in range(len(before) - 3, -1, -1):
        if before[k] == preposition:
            if preposition == "to":
                return not _BELONGING.isdisjoint(before[max(0, k - 3) : k])
            return _people_before(before[: k + 1])
        if before[k] in {".", ";"}:
            return False
    return False


def _people_before(before: list[str]) -> bool:
    """'labourers from', 'a Sepoy, 29, from', 'all of them from': people come from there.

    ``before`` ends with 'from' (modifiers already dropped).
    """
    if any(w in PEOPLE for w in before[-8:-1]):
        return True
    if any(w.isdigit() for w in before[-4:-1]) and "," in before[-4:]:
        return True  # "Lance Naik Akbar, 29, from Chakwal"
    return not _PEOPLE_PRONOUNS.isdisjoint(before[-4:-1])


def _without_possessor(before: list[str]) -> list[str]:
    """'from Punjab's Rahim Yar Khan': the words before, without the possessor."""
    if len(before) >= 3 and before[-1] in {"'s", "\u2019s"} and before[-2].isalpha():
        return before[:-2]
    return before


#: Words between a preposition and a place that do not change what the preposition says.
_MODIFIERS = frozenset(
    "the a an neighbouring neighboring nearby nearest adjacent main local district city "
    "provincial".split()
)


def _lead(before: list[str]) -> list[str]:
    """The words before a mention, without the modifiers right before it.

    'shifted to a hospital in neighbouring Loralai' then ends in 'in'.
    """
    end = len(before)
    while end and before[end - 1] in _MODIFIERS:
        end -= 1
    return before[:end]


def _numeral(before: list[str]) -> bool:
    return bool(before) and (before[-1].isdigit() or before[-1] in _NUMBER_WORDS)


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
_BELONGING = frozenset({"belonged", "belong", "belonging", "hailed", "hailing", "hail"})
_BIRTH = frozenset({"born", "grew", "raised", "brought"})
_JOURNEY_ENDS = frozenset({"to", "from", "for", "between", "towards", "reached", "reaching"})


def _taken_there(v: MentionView) -> str | None:
    """'bodies recovered from Kolpur', 'miners picked up from Shahrag': where it happened.

    Also 'a blast was reported from Peshawar'. A word of taking or finding among the few
    words before 'from', 'in', 'near' or 'at', and no new clause between.
    """
    lead = _lead(v.before)
    if lead[-1:] not in (["from"], ["in"], ["near"], ["at"]):
        return None
    window = lead[-6:-1]
    taken = [i for i, w in enumerate(window) if w in _TAKEN]
    if window[-1:] == ["reported"] and lead[-1] == "from" and v.sentence.acts:
        # "a blast was reported from Peshawar"; "protests were reported from Turbat" tells
        # of no act, and puts none there
        taken.append(len(window) - 1)
    if not taken or (taken[-1] and _adjective_before(window[taken[-1] - 1])):
        return None  # "five abducted labourers from Multan": who, not where
    if _CLAUSE_BREAK.isdisjoint(window[taken[-1] + 1 :]) and "," not in window[taken[-1] :]:
        return window[taken[-1]]
    return None


def _adjective_before(word: str) -> bool:
    """Whether a word before a participle makes it an adjective ('the kidnapped', 'five')."""
    return word in {"the", "a", "an", "two", "three", "four", "five"} or word.isdigit()


def _taken_before(words: list[str]) -> bool:
    """Whether the verb of the last few words takes or finds people ('bodies recovered')."""
    window = words[-6:]
    return any(
        w in _TAKEN and not (i and _adjective_before(window[i - 1])) for i, w in enumerate(window)
    )


def _journey_container(before: list[str]) -> bool:
    """A journey's place the words right before it do not show as one.

    'travelling from the Kothi Bala area of Hangu district': the district of its start;
    '... of Hangu district to Parachinar': its end, its start named far back.
    """
    if before[-1:] == ["to"]:
        froms = [i for i in range(max(0, len(before) - 10), len(before) - 1) if before[i] == "from"]
        return bool(froms) and _travel_before(before, froms[-1])
    if before[-1:] == ["in"] and "from" in before[-6:-1]:
        # "carrying recruits from a training centre in Kalat district": where they set out
        k = len(before) - 1 - before[::-1].index("from")
        words = before[k + 1 : -1]
        carried = not _SETTING_OUT.isdisjoint(before[max(0, k - 6) : k])
        facility = words[:1] in (["a"], ["an"], ["the"], ["their"], ["its"]) and "to" not in words
        return facility and len(words) <= 4 and all(w.isalpha() for w in words) and carried
    if before[-1:] != ["of"] or before[-2:-1] == [] or before[-2] not in _UNIT_WORDS:
        return False
    ends = [
        i for i in range(max(0, len(before) - 7), len(before) - 2) if before[i] in {"from", "to"}
    ]
    if not ends or not _SCENE_PREPOSITIONS.isdisjoint(before[ends[-1] + 1 : -2]):
        return False  # "carrying pilgrims home from Iran in the Dringarh area of Mastung"
    return _travel_before(before, ends[-1])


#: Verbs of a journey crossing a border at a place ("crossed into Pakistan at Taftan",
#: "entered into", "crossed the border at"); not "entered the compound at", nor "crossing",
#: which is also the crossing point fought over.
_CROSSED = frozenset({"crossed", "entered"})
#: Verbs of people or goods setting out (not "taken from", which may be the scene).
_SETTING_OUT = frozenset(
    "travelling traveling returning coming came heading headed carrying carried moving moved "
    "transporting transported ferrying going went leaving left departed departing way".split()
)
#: Prepositions that open a new place after a journey's end: the scene, not the journey.
_SCENE_PREPOSITIONS = frozenset("in at near on outside".split())


def _travel_before(words: list[str], k: int) -> bool:
    """Whether a word of travel stands in the four words before ``words[k]``."""
    return not TRAVEL.isdisjoint(words[max(0, k - 4) : k])


def _where_it_happened(v: MentionView) -> str | None:
    """'the provincial capital Peshawar, where gunmen stormed an air force camp': a scene.

    A clause that opens on ', where' right after the name and holds an event word; it
    outweighs what the words before say (a distance, a journey's end).
    """
    after = v.after
    if after[:2] != [",", "where"] or v.distance is None:
        return None
    _, end = v.sentence.bounds(v.mention)
    words = v.sentence.words
    acts = [
        i for i in v.sentence.acts
        if end + 2 <= i <= end + 14 and _FLIGHT.isdisjoint(words[max(end, i - 3) : i])
    ]  # fmt: skip
    return words[acts[0]] if acts else None


#: Words of fleeing: what people fled ("where families who fled a military offensive")
#: happened elsewhere.
_FLIGHT = frozenset("fled fleeing flee escaped escaping displaced uprooted".split())


def _journey(v: MentionView) -> str | None:
    before, after = _without_apposition(v.before), v.after
    last = before[-6:]
    if len(after) >= 2 and after[0] == "-" and after[1] in JOURNEY_SUFFIXES:
        return f"{v.mention.surface}-{after[1]}"
    right_after = last[-1:] == ["the"] and last[-2:-1] or last[-1:]
    between = last[-1:] == ["and"] and "between" in last[-4:]
    if not TRAVEL.isdisjoint(last) and (not _JOURNEY_ENDS.isdisjoint(right_after) or between):
        return ""
    if last[-2:] == ["way", "to"]:
        return ""
    crossed = [i for i, w in enumerate(last) if w in _CROSSED]
    if crossed and right_after in (["at"], ["through"], ["via"]):
        rest = last[crossed[-1] + 1 :]
        over = rest[:1] == ["into"] or rest[:2] in (["the", "border"], ["the", "frontier"])
        if over and EVENT_WORDS.isdisjoint(rest):
            return ""  # "had crossed into Pakistan at Taftan": where a journey crossed
    if last[-1:] and last[-1] in LINKING:
        return ""  # "the train linking Peshawar with Quetta": its first end
    if _journey_container(before):
        return ""  # "travelling from the Kothi Bala area of Hangu district"
    if not LINKING.isdisjoint(last[-4:]) and last[-1:] in (["with"], ["and"], ["to"]):
        return ""
    if not LINKING.isdisjoint(last[-2:]) and not ROAD_WORDS.isdisjoint(v.before[-6:]):
        return ""
    return None


#: Words after which the place is no longer where someone was taken ("... after the blast in").
_CLAUSE_BREAK = frozenset("after before when while as since".split())


def _casualties_taken(v: MentionView) -> str | None:
    """'shifted to CMH Turbat', 'rescue teams from Hyderabad': the response, not the scene."""
    lead = _lead(v.before)
    last = lead[-8:]
    if last[-1:] in (["to"], ["in"]) and not CASUALTY_MOVES.isdisjoint(last):
        k = max(i for i, w in enumerate(last) if w in CASUALTY_MOVES)
        if _move_reaches(last, k):  # "moved by road and by air to hospitals in X"
            return last[k]
    if last[-1:] == ["from"] and not RESPONDERS.isdisjoint(v.before[-5:-1]):
        return next(w for w in v.before[-5:-1] if w in RESPONDERS)
    if last[-1:] == ["to"] and not DISPLACEMENT.isdisjoint(last):
        k = max(i for i, w in enumerate(last) if w in DISPLACEMENT)
        if _move_reaches(last, k):  # "displaced thousands of families to Peshawar"
            return last[k]
    sheltered = _sheltered(_lead(_words_before(v, 14)))
    if sheltered is not None:
        return sheltered
    if last[-1:] in (["in"], ["at"]) and (move := _to_hospitals_in(v)) is not None:
        return move
    return _second_destination(lead[-12:], v.after)


def _sheltered(wide: list[str]) -> str | None:
    """Where the displaced stay, from the words before a place: the word that says so.

    "Families living in camps in Jalozai near Nowshera and with relatives in Peshawar",
    "took refuge in Dera Ismail Khan"; an event word or a new clause between ends it.
    """
    if wide[-1:] not in (["in"], ["near"]):
        return None
    for k in range(len(wide) - 2, -1, -1):
        word = wide[k]
        if word in EVENT_WORDS or word in _CLAUSE_BREAK:
            return None
        if word in _SHELTER or (word == "living" and not _LODGINGS.isdisjoint(wide[k:])):
            return word
    return None


#: Where the displaced stay: "took refuge in", "living in camps", "with relatives in".
_SHELTER = frozenset("sheltering shelter sheltered refuge".split())
_LODGINGS = frozenset("camps camp tents relatives".split())
#: Words of a hospital's name ("the Combined Military Hospital", "the Bolan Medical Complex").
_HOSPITAL_WORDS = RESPONSE | frozenset("complex centre center cmh trauma mortuary morgue".split())
#: How far back a move may stand before the hospitals it reached and their town.
_HOSPITALS_REACH = 18


def _to_hospitals_in(v: MentionView) -> str | None:
    """'shifted to the Combined Military Hospital and the Bolan Medical Complex in Quetta'.

    The town of the hospitals a move reached, named after them: the move farther back
    than ``_casualties_taken`` looks, and only hospitals' names between it and 'in'.
    """
    wide = _lead(_words_before(v, _HOSPITALS_REACH))
    moves = [i for i, w in enumerate(wide) if w in CASUALTY_MOVES]
    if not moves or wide[moves[-1] + 1 : moves[-1] + 2] != ["to"]:
        return None
    between = wide[moves[-1] + 2 : -1]
    if "," in between or _HOSPITAL_WORDS.isdisjoint(between):
        return None
    return wide[moves[-1]] if _move_reaches(wide, moves[-1]) else None


def _move_reaches(last: list[str], k: int) -> bool:
    """Whether the move at ``last[k]`` reaches the mention: no event or new clause between.

    A verb with a particle moves nothing: "brought down the roof", "carried out the attack".
    """
    if last[k + 1 : k + 2] and last[k + 1] in _PARTICLES:
        return False
    between = [w for w in last[k + 1 : -1] if w not in MOVED_PEOPLE]
    return EVENT_WORDS.isdisjoint(between) and _CLAUSE_BREAK.isdisjoint(between)


#: Particles that turn a verb of moving into another verb ("brought down", "carried out").
_PARTICLES = frozenset("down up out off".split())
#: Words after a mention that make it the subject of a new clause ("and Gwadar was ...").
_CLAUSE_VERBS = frozenset("was were is are has have had remained came went".split())


def _second_destination(last: list[str], after: list[str]) -> str | None:
    """'shifted to the CMH and the Bolan Medical Complex': the list the move governs.

    The second of two destinations joined by 'and' (or a comma) follows its move with
    the first destination between; a place that starts a new clause ('taken to hospital
    and Gwadar was sealed off') is no destination.
    """
    if last[-1:] not in (["and"], [","]) or after[:1] and after[0] in _CLAUSE_VERBS:
        return None
    moves = [i for i, w in enumerate(last) if w in CASUALTY_MOVES]
    if not moves:
        return None
    k = moves[-1]
    between = last[k + 1 : -1]
    if between[:1] not in (["to"], ["in"]) or len(between) < 2:
        return None
    return last[k] if _move_reaches(last, k) else None


def _response_base(v: MentionView) -> str | None:
    """'hospitals of Quetta', 'a hospital in neighbouring Loralai' (not 'Hospital Chowk in')."""
    lead = _lead(v.before)
    last = lead[-6:]
    if last[-2:-1] and last[-2] in RESPONSE and last[-1] in {"of", "in", "to", "at"}:
        return None if _hospital_struck(lead[:-2]) else ""
    return None


def _hospital_struck(before: list[str]) -> bool:
    """Whether the words before a hospital make it the target ('a blast hit the gate of').

    Not where people were taken or treated ('the victims of the attack were treated at').
    """
    window = before[-6:]
    return not _STRUCK.isdisjoint(window) and _CARE.isdisjoint(window)


#: Words of bringing people to a hospital or caring for them there.
_CARE = CASUALTY_MOVES | frozenset("treated admitted received reached".split())


def _presence(lead: list[str]) -> str | None:
    """'active around' (Quetta and) ...: the words of a group's presence before a place."""
    k = len(lead) - 1
    while k > len(lead) - 6 and k >= 1 and lead[k] not in _PRESENCE_PREPOSITIONS:
        k -= 1  # back over a list: "active around Quetta and" Mastung
    if k < 1 or lead[k] not in _PRESENCE_PREPOSITIONS:
        return None
    if _PRESENCE.isdisjoint(lead[k - 2 : k]) and lead[k - 1] not in _SEATED:
        return None
    if any(not (w.isalpha() and w not in EVENT_WORDS or w == ",") for w in lead[k + 1 :]):
        return None
    return f"{lead[k - 1]} {lead[k]}"


def _organisation_base(v: MentionView) -> str | None:
    """Where an organisation, a writer or a group is based or active.

    "London-based Amnesty", "the Quetta Press Club"; "militants remained active around
    Quetta and Mastung", "groups operating in Kech", "militants based in the tribal region of
    Kurram": a group's presence is no event there.
    """
    presence = _presence(_lead(v.before))
    if presence is not None:
        return presence
    after = v.after
    if len(after) >= 2 and after[0] == "-" and after[1] in BASE_SUFFIXES:
        return f"{v.mention.surface}-{after[1]}"
    if after[:1] == ["based"]:
        return f"{v.mention.surface} based"
    if v.is_site:
        return None
    if after[:1] and after[0] in ORG_NOUNS:
        return after[0]
    if (
        len(after) >= 2
        and after[1] in ORG_NOUNS
        and after[0].isalpha()
        and after[0] not in EVENT_WORDS | {"and", "or"}
    ):
        return after[1]
    return None


_PRESENCE_PREPOSITIONS = frozenset({"in", "around", "across", "from"})
#: Words that cannot stand in a list of names: "between Gilgit and Rawalpindi at" Lulusar.
_NOT_NAMES = (
    frozenset("at in on near of the a an to from by with for through via".split()) | EVENT_WORDS
)
#: Words of a group's presence somewhere, which is no event there.
_PRESENCE = frozenset("active operating operate operates operated presence".split())
#: Words of where a group sits, right before the preposition: "militants based in", not
#: "an intelligence-based operation in".
_SEATED = frozenset({"based", "headquartered"})


def _road_end(v: MentionView) -> str | None:
    """'the Hoshab-Awaran road', 'Quetta-Karachi highway': a road named after its ends.

    And the ends of roads "between" places: "blocked the roads between Lahore, Rawalpindi
    and Islamabad".
    """
    before, after = v.before, v.after
    joined_after = after[:1] == ["-"] and len(after) >= 3 and after[1].isalpha()
    joined_before = before[-1:] == ["-"] and len(before) >= 2 and before[-2].isalpha()
    if joined_after and not _ROUTES.isdisjoint(after[2:5]):
        return next(w for w in after[2:5] if w in _ROUTES)
    if joined_before and not _ROUTES.isdisjoint(after[:3]):
        return next(w for w in after[:3] if w in _ROUTES)
    if "between" in before[-7:]:
        k = len(before) - 1 - before[::-1].index("between")
        listed = before[k + 1 :]
        road = [w for w in before[max(0, k - 3) : k] if w in ROAD_WORDS or w[:-1] in ROAD_WORDS]
        if road and all(w in {",", "and"} or w not in _NOT_NAMES for w in listed):
            return f"{road[-1]} between"
    return None


#: What is named after the two ends of its route: roads, and the coaches, buses and trains
#: that ply them ("a Quetta-Karachi passenger coach").
_ROUTES = ROAD_WORDS | frozenset("coach coaches bus buses train trains flight flights".split())


def _distance_reference(v: MentionView) -> str | None:
    """'about 90 km south of Sibi': a landmark to measure from, not the scene."""
    before = v.before
    if before[-2:] in (["far", "from"], ["away", "from"]):
        return " ".join(before[-2:])
    # "Bannu, which borders North Waziristan", "bordering Afghanistan's Khost", "bordering
    # the Zhob district"
    bordered = _lead(_without_possessor(before))
    if bordered[-1:] and bordered[-1] in {"borders", "bordering", "adjoining", "neighbouring"}:
        return bordered[-1]
    before = _without_apposition(before)
    if before[-1:] not in (["of"], ["from"]):
        return None
    window = before[-6:-1]
    measured = any(_MEASURE.match(w) for w in window)
    if measured or (
        not UNITS.isdisjoint(window) and any(w.isdigit() or w in _NUMBER_WORDS for w in window)
    ):
        return " ".join(window[-3:])
    if window[-1:] and window[-1] in _DIRECTIONS:
        k = len(window) - 1
        if k >= 2 and window[k - 1] == "-" and window[k - 2] in _DIRECTIONS:
            k -= 2  # "north-east"
        if not _TRAVEL_SPANS.isdisjoint(window):
            return " ".join(window[-3:])  # "a short drive south of Quetta", "two hours east of"
        if k and window[k - 1] in _UNIT_WORDS:
            return " ".join(window[k - 1 :])  # "Harnai, a hilly district north-east of Quetta"
    return None


_MEASURE = re.compile(r"^\d+(?:km|kms|kilometres|kilometers|miles)$")
#: What a place is called right before its name: "east of the provincial capital Quetta".
_APPOSITION = _MODIFIERS | frozenset("capital town city port headquarters".split())


def _without_apposition(before: list[str]) -> list[str]:
    """The words before a mention without what names its kind ('the provincial capital')."""
    end = len(before)
    while end and end > len(before) - 4 and before[end - 1] in _APPOSITION:
        end -= 1
    return before[:end]


_DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest northward southward".split()
)
#: A way of measuring without a unit: "a short drive south of", "a few hours west of".
_TRAVEL_SPANS = frozenset("drive drives hours hour walk journey distance short".split())


def _effect_elsewhere(v: MentionView) -> str | None:
    """'cutting Gwadar's power supply': the place suffers an effect, the scene is elsewhere."""
    after = v.after
    if after[:1] in (["'s"], ["\u2019s"]) and not SUPPLIES.isdisjoint(after[1:3]):
        return next(w for w in after[1:3] if w in SUPPLIES)
    if after[:2] in (["'", "s"], ["\u2019", "s"]) and not SUPPLIES.isdisjoint(after[2:4]):
        return next(w for w in after[2:4] if w in SUPPLIES)
    before = _before_the_list(v)  # "cut off gas to Quetta, Mastung and Kalat": to all
    if before[-1:] in (["to"], ["in"]) and not SUPPLIES.isdisjoint(before[-7:-1]):
        cut = _CUT.intersection(before[-9:-1])  # "cutting gas pressure to Quetta"
        if cut and PROTEST_WORDS.isdisjoint(before[-9:-1]):
            return min(cut)  # not "protesting against power outages in Qissa Khwani"
    before = v.before
    opener = _list_opener(before)
    if opener is not None:
        cut = _OUTAGES.intersection(before[max(0, opener - 7) : opener])
        if cut:  # "the districts hit by the blackout include Kalat, Mastung and Khuzdar"
            return min(cut)
    return None


#: What stands between the places of a list: "Quetta, Mastung, Kalat and Ziarat".
_LIST_OF_NAMES = re.compile(
    r"(?:\s*[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*\s*(?:,\s*and|,|and))+\s*"
)


def _before_the_list(v: MentionView) -> list[str]:
    """The words before the list of names the mention ends, or before the mention.

    "cut off gas to Quetta, Mastung, Kalat and Ziarat": for Ziarat, the words up to "to".
    """
    first, _ = v.sentence.bounds(v.mention)
    words, starts = v.sentence.words, v.sentence.starts
    for k in range(first - 1, max(-1, first - _LIST_REACH), -1):
        if words[k] in {"to", "in"}:
            between = v.text[starts[k] + len(words[k]) : v.mention.start]
            if k < first - 1 and _LIST_OF_NAMES.fullmatch(between):
                return words[max(0, k - 9) : k + 1]
            break
    return v.before


def _list_opener(before: list[str]) -> int | None:
    """Where "include", "including" or ":" opens the list a mention stands in, or None.

    Only names, commas and "and" may stand between (``_LIST_REACH`` words at most).
    """
    for k in range(len(before) - 1, max(-1, len(before) - 1 - _LIST_REACH), -1):
        word = before[k]
        if word in _LIST_OPENING:
            return k
        if word in EVENT_WORDS or word in {".", ";", "in", "at", "of", "to", "from"}:
            return None
    return None


_LIST_OPENING = frozenset({"include", "included", "including", "includes", ":"})
#: How many words back a list's opener may stand from a name in it.
_LIST_REACH = 14


#: What a place suffers when a supply is cut elsewhere: "districts hit by the blackout".
_OUTAGES = frozenset(
    "outage outages blackout blackouts shortage shortages loadshedding load-shedding".split()
)


#: Verbs that cut a supply: "cutting gas pressure to Quetta", "supply was suspended in Mach".
_CUT = frozenset(
    "cut cutting cuts disrupted disrupting disrupts suspended suspending halted halting "
    "dropped outage outages".split()
)


def _accident(v: MentionView) -> str | None:
    """'a truck ran over a van in Sakran, killing two men': a road accident, not an attack."""
    return v.sentence.facts["accident"]


def _accident_words(words: list[str]) -> str | None:
    found = set(ACCIDENTS.intersection(words))
    if "plunged" in words and not _PLUNGED_INTO.isdisjoint(words):
        found.add("plunged")
    if "ran" in words and any(w == "ran" and words[i + 1 : i + 2] == ["over"]
                              for i, w in enumerate(words)):  # fmt: skip
        found.add("ran over")  # "a loaded truck ran over a van"
    if found and _VIOLENCE.isdisjoint(words):
        return min(found)
    mishap = _MISHAPS.intersection(words)
    return min(mishap) if mishap and _ATTACK_WORDS.isdisjoint(words) else None


#: Words that make what follows them an attack still to come: "will carry out more
#: attacks in", "threatened to strike".
_TO_COME = frozenset("will would shall threatened threatening threatens vowed vowing".split())
#: Words of an attack to come after them (beside ``EVENT_WORDS``).
_STRIKE_WORDS = EVENT_WORDS | frozenset("target strike hit attack carry".split())
#: Where a clause ends, looking back from a place.
_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "but", "while", "after", "when"})


def _threatened(v: MentionView) -> str | None:
    """Attacks still to come in the clause before the place: none done there.

    "we will carry out more such attacks in Multan and Lahore", "threatened to strike Sibi".

    Not "would later be killed in" (an event told from before it happened).
    """
    lead = _lead(v.before)
    for k in range(len(lead) - 1, max(-1, len(lead) - 10), -1):
        word = lead[k]
        if word in _CLAUSE_BREAKS:
            return None
        if word in _TO_COME:
            rest = lead[k + 1 :]
            if rest[:1] == ["later"] or _STRIKE_WORDS.isdisjoint(rest):
                return None
            return f"{word} {' '.join(rest[:3])}".strip()
    return None


#: Security stepped up somewhere after an attack: a precaution, not a scene ("Security was
#: tightened at mosques in Islamabad and Rawalpindi", "police were put on high alert").
_PRECAUTION = re.compile(
    r"(?i)\b(?:security|vigilance|patrolling|checking|checks)\b(?:\s+\w+){0,3}?\s+"
    r"(?:tightened|beefed\s+up|stepped\s+up|increased|heightened|intensified)\b"
    r"|\b(?:tightened|beefed\s+up|stepped\s+up|heightened)\s+(?:the\s+)?security\b"
    r"|\bon\s+(?:high|red)\s+alert\b"
)


def _precaution(v: MentionView) -> str | None:
    """Where security was stepped up after an attack, not where it happened.

    The words of precaution stand in the clause before the place, with no event word
    between them and it.
    """
    start = v.mention.start
    lead = v.text[max(v.mention.sentence_start, start - 120) : start]
    found = max(_PRECAUTION.finditer(lead), key=lambda m: m.start(), default=None)
    if found is None:
        return None
    between = lead[found.end() :]
    if "," in between or ";" in between:
        return None
    words = set(re.findall(r"[a-z]+", between.lower()))
    return None if not EVENT_WORDS.isdisjoint(words) else " ".join(found.group().split())


def _statistic(v: MentionView) -> str | None:
    """'Sindh saw a 40 percent rise in attacks': a count over a period, not one scene."""
    return v.sentence.facts["statistic"]


def _statistic_words(words: list[str]) -> str | None:
    found = STATISTICS.intersection(words)
    if found and "old" in words:
        words = _without_ages(words)
        found = STATISTICS.intersection(words)
    if found and any(w.isdigit() for w in words):
        return min(found)
    return None


def _without_ages(words: list[str]) -> list[str]:
    """The words without ages ('a 15-year-old schoolgirl', '40 years old').

    An age is not a count over a period.
    """
    kept: list[str] = []
    i = 0
    while i < len(words):
        if words[i].isdigit():
            for age in (["-", "year", "-", "old"], ["years", "old"], ["year", "old"]):
                if words[i + 1 : i + 1 + len(age)] == age:
                    i += 1 + len(age)
                    break
            else:
                kept.append(words[i])
                i += 1
            continue
        kept.append(words[i])
        i += 1
    return kept


def _seat_of_government(v: MentionView) -> str | None:
    """'the government in Islamabad', 'police in Dhadar said': a seat, not the scene."""
    head = v.head
    if not (v.locative and len(head) >= 2):
        return None
    if head[-2] in GOVERNMENTS:
        if _office_struck(v):
            return None  # "attacked the compound of the political administration in Ghalanai"
        return head[-2]
    if v.after[:1] and v.after[0] in SPEECH:
        return head[-2]  # "the consulate general in Karachi condemned": who speaks, from where
    return None


#: Plural nouns of places a list then names ("in 16 towns, among them Dadu and Badin").
_PLACE_PLURALS = frozenset(
    "towns cities districts areas places locations parts tehsils villages regions".split()
)
#: Words that open the list of those places.
_LIST_OPENERS = frozenset({"including", "among", "like", "namely", "such"})


#: How many words before a list's opener its plural of places may stand.
_PLURAL_REACH = 8


def _listed_places(words: list[str]) -> tuple[int, int] | None:
    """Where a list of places opens ('16 towns, among them'): the plural's and opener's index.

    None unless only names and commas follow the opener.
    """
    if _LIST_OPENERS.isdisjoint(words):
        return None  # most mentions: no list opens before them
    k = max(i for i, w in enumerate(words) if w in _LIST_OPENERS)
    # "16 towns, among them", "districts of Khyber Pakhtunkhwa and Punjab, including"
    plurals = [i for i in range(max(0, k - _PLURAL_REACH), k) if words[i] in _PLACE_PLURALS]
    between = words[k + 1 :]
    if not plurals or not (_CLAUSE_WORDS.isdisjoint(between) and EVENT_WORDS.isdisjoint(between)):
        return None
    return plurals[0], k


def _origins_listed(words: list[str]) -> bool:
    """'labourers from several districts, including Kech': a list of where people came from."""
    listed = _listed_places(words) if "from" in words else None
    if listed is None:
        return False
    plural = listed[0]
    froms = [i for i in range(max(0, plural - 4), plural) if words[i] == "from"]
    return bool(froms) and _people_before(words[: froms[-1] + 1])


def _event_list(v: MentionView) -> str | None:
    """'bombs exploded in some 16 towns, among them Hyderabad, Dadu and Badin': a scene.

    The sentence tells an event; the place is named in a list that opens on 'including',
    'among them', 'such as' or 'like' right after a plural of places, with only names
    and commas between.
    """
    if v.distance is None or not v.sentence.lists:
        return None
    words = _words_before(v, _WIDE_REACH)
    listed = _listed_places(words)
    if listed is None:
        return None
    plural = listed[0]
    if not ({"from", "to"} | _BELONGING).isdisjoint(words[max(0, plural - 4) : plural]):
        return None  # "people from several districts, including Kech": where they came from
    return words[plural]


def _event_at_place(v: MentionView) -> str | None:
    if v.distance is not None and v.locative and v.distance <= 6 and not v.hospital:
        return f"'{v.head[-1]} {v.mention.surface}' right by event word '{v.cue}'"
    return None


def _event_next_to(v: MentionView) -> str | None:
    if v.distance is not None and v.distance <= (4 if v.hospital else 6):
        return v.cue
    return None


def _hospital_receiving(v: MentionView) -> str | None:
    return "" if v.hospital and not _hospital_struck(v.before) else None


def _seat_of_institution(v: MentionView) -> str | None:
    head = v.head
    if v.locative and len(head) >= 2 and head[-2] in _SEATS:
        if _office_struck(v):
            return None  # "at the gate of the naval headquarters in Islamabad": the target
        if head[-2:] == ["headquarters", "of"] and "," in v.before[-5:-2]:
            return None  # "Dera Allah Yar, the headquarters of Jaffarabad district": its seat
        return head[-2]
    if v.locative and not _JUSTICE.isdisjoint(v.before[-6:-1]) and not _office_struck(v):
        return "court"  # "the trial was held in Mardan", "convicts hanged in Sahiwal"
    return None


#: Where convicts are held: a seat, unless the text attacks it ("stormed the jail in Bannu").
_JAILS = frozenset("prison prisons jail jails bench".split())
#: Words before "in" or "at" that make the place a seat, not a scene.
_SEATS = INSTITUTIONS | _JAILS
#: Words of a trial or a sentence carried out: their place is the court's or the prison's.
_JUSTICE = frozenset(
    "trial trials tried hearing hearings verdict sentenced convicted convicts prisoners "
    "inmates hanged acquitted indicted".split()
)


def _office_struck(v: MentionView) -> bool:
    """Whether the clause before an office's word makes its building the target.

    "attacked the compound of the political administration in Ghalanai": the scene, not
    the seat of the administration; only the words after the last comma count ("a post near
    Jani Khel, the police in Domel said").
    """
    before = v.before[-8:-2]
    clause = before[len(before) - before[::-1].index(",") :] if "," in before else before
    return not _STRUCK.isdisjoint(clause)


#: Words that make an institution's building the target, not its seat.
_STRUCK = frozenset(
    "gate gates outside inside stormed attacked attack targeted bombed struck hit rammed post posts"
    " checkpost checkpoint fired firing shelled".split()
)


def _event_locative(v: MentionView) -> str | None:
    if v.distance is not None and v.locative and v.distance <= 12:
        return f"'{v.head[-1]} {v.mention.surface}' with event word '{v.cue}'"
    return None


def _event_in_sentence(v: MentionView) -> str | None:
    if v.distance is not None and v.distance <= 16 and v.mention.match != "site":
        return v.cue
    return None


def _always(v: MentionView) -> str | None:
    return ""


#: The mention rules, strongest construction first: the first that holds decides the
#: role under the rules alone; every one that holds is evidence for the learned decision.
RULES: tuple[Rule, ...] = (
    Rule(
        "coarse",
        "context",
        0.9,
        "country or province: the setting, too coarse for a location",
        _coarse,
    ),
    Rule("in_name", "context", 0.8, "{}", _in_name),
    Rule(
        "province_of_place",
        "context",
        0.75,
        "the province of a place named before it ('{}')",
        _province_of_place,
    ),
    Rule("table_row", "incident", 0.8, "in a row of a table of incidents", _table_row),
    Rule("form_field", "incident", 0.85, "in an incident form's field ({})", _form_field),
    Rule(
        "where_it_happened", "incident", 0.85, "', where' a clause tells '{}'", _where_it_happened
    ),
    Rule(
        "dateline_scene",
        "incident",
        0.7,
        "dateline, and the report tells what happened there as {}",
        _dateline_scene,
    ),
    Rule("dateline", "context", 0.9, "dateline (where the report was filed)", _dateline),
    Rule("speaker", "context", 0.8, "speaks or is spoken of ('{}')", _speaker),
    Rule("speech_location", "context", 0.75, "where someone spoke ('{}')", _speech_location),
    Rule("title", "context", 0.8, "only in an official's title", _title),
    Rule("case_registered", "context", 0.75, "where a case was {}", _case_registered),
    Rule("person_name", "context", 0.8, "part of a person's name ('{}')", _person_name),
    Rule("named_person", "context", 0.8, "a person's name ('{}')", _named_person),
    Rule("tribe_name", "context", 0.8, "the name of a tribe ('{}')", _tribe_name),
    Rule("origin", "context", 0.75, "where people come from", _origin),
    Rule("taken_there", "incident", 0.85, "people {} there", _taken_there),
    Rule("journey", "context", 0.75, "start or end of a journey, not where it was hit", _journey),
    Rule(
        "casualties_taken",
        "context",
        0.75,
        "where casualties, the displaced or responders went or came from ('{}')",
        _casualties_taken,
    ),
    Rule("response_base", "context", 0.75, "hospitals or emergency response there", _response_base),
    Rule(
        "organisation_base",
        "context",
        0.75,
        "where a group, an organisation or a writer is based or active ('{}')",
        _organisation_base,
    ),
    Rule(
        "road_end",
        "context",
        0.7,
        "an end of a road or route named after its ends ('{}')",
        _road_end,
    ),
    Rule(
        "distance_reference",
        "context",
        0.7,
        "a landmark a distance is measured from ('{}')",
        _distance_reference,
    ),
    Rule(
        "effect_elsewhere",
        "context",
        0.6,
        "suffers an effect of an event elsewhere ('{}')",
        _effect_elsewhere,
    ),
    Rule(
        "seat_of_government",
        "context",
        0.8,
        "seat of the {}, not where it happened",
        _seat_of_government,
    ),
    Rule("funeral_site", "context", 0.75, "where a funeral was {}", _funeral_site),
    Rule("protest_site", "context", 0.75, "where a protest was {}", _protest_site),
    Rule("accident", "context", 0.8, "an accident, not an attack ('{}')", _accident),
    Rule("threatened", "context", 0.75, "attacks still to come there ('{}')", _threatened),
    Rule("precaution", "context", 0.75, "security stepped up there ('{}')", _precaution),
    Rule("event_list", "incident", 0.85, "named among the {} of an event", _event_list),
    Rule("event_at_place", "incident", 0.95, "{}", _event_at_place),
    Rule("event_next_to", "incident", 0.9, "event word '{}' next to the place", _event_next_to),
    Rule(
        "hospital_receiving",
        "context",
        0.75,
        "a hospital receiving casualties",
        _hospital_receiving,
    ),
    Rule(
        "seat_of_institution",
        "context",
        0.75,
        "seat of the {}, not where it happened",
        _seat_of_institution,
    ),
    Rule("event_locative", "incident", 0.85, "{}", _event_locative),
    Rule(
        "event_in_sentence",
        "incident",
        0.6,
        "event word '{}' in the same sentence",
        _event_in_sentence,
    ),
    Rule("statistic", None, 0.0, "a statistic ('{}')", _statistic),
    Rule(
        "names_a_facility",
        None,
        0.0,
        "names a facility where something happened ('{}')",
        _names_a_facility,
    ),
    Rule("protest", None, 0.0, "a protest in the sentence ('{}')", _protest),
    Rule("funeral", None, 0.0, "a funeral or burial in the sentence ('{}')", _funeral),
    Rule("hypothetical", None, 0.0, "a forecast or advice in the sentence ('{}')", _hypothetical),
    Rule("no_event", "context", 0.6, "no event reported there", _always),
)
#: Rules of the passes over a whole report (see ``roles_for_mentions``), and of the
#: decision that knows what each place turned out to be (``decide.py``).
PASS_RULES: tuple[Rule, ...] = (
    Rule("listed_with_incident", "incident", 0.8, "listed with {}", _always),
    Rule("listed_with_context", "context", 0.7, "listed with {}", _always),
    Rule("list_governed", "context", 0.7, "in a list after '{}'", _always),
    Rule("chained_with_incident", "incident", 0.8, "named with {}, where it happened", _always),
    Rule(
        "listed_after_event",
        "incident",
        0.55,
        "listed right after a sentence reporting '{}'",
        _always,
    ),
    Rule(
        "event_sentence_before",
        "incident",
        0.55,
        "placed right after a sentence reporting '{}'",
        _always,
    ),
    Rule("heading_of_events", "incident", 0.8, "heading of a paragraph reporting '{}'", _always),
)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in (*RULES, *PASS_RULES)}
#: Context rules that a list shares with all its members ("from X and Y").
_LIST_WIDE = frozenset(
    {"origin", "journey", "casualties_taken", "response_base", "protest_site", "funeral_site",
     "case_registered"}
)  # fmt: skip
WEAK_DEFAULT = "no_event"


#: Made once per mention: treated as immutable (a pass makes a new one, ``becoming``) but
#: not frozen, whose ``__init__`` costs several times as much (as ``models.PlaceMention``).
@dataclass(slots=True)
class RoleDecision:
    """A mention's role under the rules: the deciding rule's id, and every rule that held."""

    role: Role
    rule: str
    strength: float
    detail: str
    evidence: tuple[str, ...]

    @property
    def reason(self) -> str:
        """The deciding rule's sentence, for the analyst."""
        text = RULES_BY_ID[self.rule].reason
        return text.format(self.detail) if "{}" in text else text

    def becoming(self, rule_id: str, detail: str, strength: float | None = None) -> RoleDecision:
        """The decision taken over by a pass rule (the evidence keeps both)."""
        rule = RULES_BY_ID[rule_id]
        assert rule.role is not None
        return RoleDecision(
            rule.role,
            rule_id,
            rule.strength if strength is None else strength,
            detail,
            self.evidence if rule_id in self.evidence else (*self.evidence, rule_id),
        )


#: Words without one of which a rule cannot hold (looked for in the words around the
#: mention): the rule is not even tried. Only a speed-up: every rule checks its words itself.
_TRIGGERS: dict[str, frozenset[str]] = {
    "speaker": SPEECH,
    "speech_location": SPEAKING | _SAID | _MEETINGS,
    "title": TITLES | _OFFICES_OF_A_PLACE | {"police"},
    "table_row": frozenset({"|"}),
    "named_person": _NAMING | {"was", "is", "as"},
    "tribe_name": _TRIBE_WORDS,
    "form_field": frozenset({":"}),
    # what the tests of ``_origin`` look for beside "of", "in", "at" and "to"
    "origin": PEOPLE
    | _BIRTH
    | _BELONGING
    | _HOME_WORDS
    | {"from", "of", "native", "natives", "resident", "residents", "o"},
    "journey": TRAVEL | LINKING | _CROSSED | {"-", "way"},
    "casualties_taken": CASUALTY_MOVES
    | RESPONDERS
    | _HOSPITAL_WORDS
    | DISPLACEMENT
    | _SHELTER
    | _LODGINGS,
    "response_base": RESPONSE,
    "organisation_base": ORG_NOUNS | _PRESENCE | _SEATED | {"-"},
    "road_end": frozenset({"-", "between"}),
    "threatened": _TO_COME,
    "precaution": frozenset(
        "security vigilance patrolling checking checks alert tightened heightened".split()
    ),
    "distance_reference": frozenset(
        {"of", "from", "borders", "bordering", "adjoining", "neighbouring"}
    ),
    "effect_elsewhere": frozenset({"'s", "'"}) | _CUT | _OUTAGES,
    "seat_of_government": GOVERNMENTS | INSTITUTIONS | SPEECH,
    "seat_of_institution": INSTITUTIONS | _JAILS | _JUSTICE,
    "taken_there": _TAKEN | {"reported"},
    "case_registered": _FILED | _WANTED | _CASES,
    "protest_site": PROTEST_WORDS | _PROTEST_HELD | _SHUT,
}
#: Rules that cannot hold without something of the mention other than its words: a coarse
#: place, a name inside a longer name, a hospital, an event word in the sentence, a start
#: near its line's (a dateline), or what a sentence-wide rule found.
_NEEDS: dict[str, tuple[str, ...]] = {
    "coarse": ("coarse",),
    "in_name": ("in_name",),
    "hospital": ("hospital_receiving",),
    "event": (
        "event_list", "event_at_place", "event_next_to", "event_locative", "event_in_sentence",
        "names_a_facility",
    ),
    "line_start": ("dateline_scene", "dateline"),
    "honorific": ("person_name",),
    "sentence": ("statistic", "protest", "funeral", "hypothetical", "accident"),
}  # fmt: skip
#: The sentence-wide rules: what each looks for in a sentence's words, found once.
_SENTENCE_RULES: dict[str, Callable[[list[str]], str | None]] = {
    "statistic": _statistic_words,
    "protest": _protest_words,
    "funeral": _funeral_words,
    "hypothetical": _hypothetical_words,
    "accident": _accident_words,
}
#: One bit per gated rule (the rules of ``_TRIGGERS`` and of ``_NEEDS``).
_RULE_GATE: dict[str, int] = {
    rule_id: 1 << k
    for k, rule_id in enumerate([*_TRIGGERS, *(i for ids in _NEEDS.values() for i in ids)])
}
#: Words without one of which a sentence-wide rule finds nothing in a sentence.
_SENTENCE_TRIGGERS: dict[str, frozenset[str]] = {
    "statistic": STATISTICS,
    "protest": PROTEST_WORDS | _SHUT | {"strike"},
    "funeral": FUNERALS,
    "hypothetical": HYPOTHETICAL,
    "accident": ACCIDENTS | _MISHAPS | {"ran", "plunged"},
}
_SENTENCE_WORDS = frozenset().union(*_SENTENCE_TRIGGERS.values())
#: The facts of a sentence without any of their words (shared: never changed).
_NO_FACTS: dict[str, str | None] = dict.fromkeys(_SENTENCE_RULES)
_ALL_TRIGGERS = {**_TRIGGERS, **_SENTENCE_TRIGGERS}
#: Per word, the bits of the rules it is a trigger of (of their sentence, for the
#: sentence-wide rules: a mention near one of their words tries them too, at no harm).
_WORD_GATES: dict[str, int] = {
    word: reduce(or_, (_RULE_GATE[r] for r, words in _ALL_TRIGGERS.items() if word in words))
    for word in set().union(*_ALL_TRIGGERS.values())
}


def _needs_gate(need: str) -> int:
    """The bits of the rules that have this need."""
    return reduce(or_, (_RULE_GATE[rule_id] for rule_id in _NEEDS[need]))


_COARSE_GATE, _IN_NAME_GATE = _needs_gate("coarse"), _needs_gate("in_name")
_HOSPITAL_GATE, _EVENT_GATE = _needs_gate("hospital"), _needs_gate("event")
_DATELINE_GATE, _PERSON_GATE = _needs_gate("line_start"), _needs_gate("honorific")
#: The rules worth trying, in table order, by the bits of a mention's gates (memoised:
#: few combinations occur).
_TRIED: dict[int, tuple[Rule, ...]] = {}


def _rules_to_try(gates: int) -> tuple[Rule, ...]:
    """The rules of ``RULES`` that are ungated or whose bit is in ``gates``, in order.

    Only a speed-up: every rule checks what it needs itself.
    """
    rules = _TRIED.get(gates)
    if rules is None:
        rules = _TRIED[gates] = tuple(
            rule for rule in RULES if rule.id not in _RULE_GATE or _RULE_GATE[rule.id] & gates
        )
    return rules


def decide_mention(view: MentionView) -> RoleDecision:
    """Try the rules that may hold on one mention; the first with a role decides.

    Every rule that holds is evidence (``_rules_to_try`` skips only rules that cannot).
    """
    fired: dict[str, str] = {}
    first: Rule | None = None
    for rule in _rules_to_try(view.gates):
        detail = rule.test(view)
        if detail is not None:
            fired[rule.id] = detail
            if first is None and rule.role is not None:
                first = rule
    assert first is not None and first.role is not None
    if first.id != WEAK_DEFAULT:
        fired.pop(WEAK_DEFAULT)  # the default is evidence only when it decides
    evidence = (*fired, *signals(view))  # in table order, then the signals: no sorting
    return RoleDecision(first.role, first.id, first.strength, fired[first.id], evidence)


_COARSE_DECISION = RoleDecision(
    "context", "coarse", RULES_BY_ID["coarse"].strength, "", ("coarse",)
)


#: Graded signals that are not rules (they decide nothing on their own): how far the
#: nearest event word stands, and the preposition that governs the mention.
ACT_DISTANCES = (3, 6, 12, 24)
PREPOSITIONS = ("in", "at", "near", "from", "to", "of", "on", "outside", "between", "across")
SIGNALS: tuple[str, ...] = (
    *(f"act<={d}" for d in ACT_DISTANCES),
    *(f"locative&act<={d}" for d in ACT_DISTANCES),
    *(f"prep:{p}" for p in PREPOSITIONS),
    "locative&act_in_clause",
)


def signals(view: MentionView) -> tuple[str, ...]:
    """The graded signals of one mention (see ``SIGNALS``)."""
    preposition = view.head[-1] if view.head[-1:] and view.head[-1] in PREPOSITIONS else None
    in_clause = view.locative and _act_in_clause(view)
    return _signals(view.distance, view.locative, preposition, in_clause)


@cache
def _signals(
    distance: int | None, locative: bool, preposition: str | None, in_clause: bool
) -> tuple[str, ...]:
    """``signals`` of a mention at this distance from an event word (memoised: few occur)."""
    out = []
    if distance is not None:
        out = [f"act<={d}" for d in ACT_DISTANCES if distance <= d]
        if locative:
            out.extend(f"locative&act<={d}" for d in ACT_DISTANCES if distance <= d)
    if preposition is not None:
        out.append(f"prep:{preposition}")
    if in_clause:
        out.append("locative&act_in_clause")
    return tuple(out)


#: How far back in its clause an act may stand before a place it is told at.
_CLAUSE_REACH = 30
#: Words that end a clause between an act and a place.
_CLAUSE_ENDS = frozenset(
    ", ; : ( ) which who whom while whereas but after before when since because said "
    "says told".split()
)


def _act_in_clause(view: MentionView) -> bool:
    """An act opens the clause that ends at the place, however long the clause.

    "Gunmen firing from the hills ambushed a convoy of Oil and Gas Development Company
    vehicles escorted by the Frontier Corps on the Makran Coastal Highway near Ormara":
    'ambushed' is 22 words back, but nothing between ends its clause.
    """
    first, _ = view.sentence.bounds(view.mention)
    acts = view.sentence.acts
    k = bisect_left(acts, first) - 1
    if k < 0 or first - acts[k] > _CLAUSE_REACH:
        return False
    return _CLAUSE_ENDS.isdisjoint(view.sentence.words[acts[k] + 1 : first])


def roles_for_mentions(
    text: str, mentions: Sequence[PlaceMention], *, coarse: Sequence[bool] | None = None
) -> list[RoledMention]:
    """Give every mention its role under the rules, the deciding rule and the evidence.

    Parameters
    ----------
    text
        The report text the mentions point into.
    mentions
        Mentions of that report, in text order.
    coarse
        Per mention, whether all its candidates are countries or provinces.

    Returns
    -------
    list
        One ``RoledMention`` per mention, same order.
    """
    folded = fold(text)
    honorifics = honorific_starts(text)
    coarse = coarse or [False] * len(mentions)
    sentences: dict[tuple[int, int], _Sentence] = {}
    decided = []
    for mention, is_coarse in zip(mentions, coarse, strict=True):
        if is_coarse:  # a country or a province: the setting, whatever the words around it
            decided.append(_COARSE_DECISION)
            continue
        span = (mention.sentence_start, mention.sentence_end)
        sentence = sentences.get(span)
        if sentence is None:
            sentence = sentences[span] = _Sentence(folded, *span)
        decided.append(decide_mention(_view(text, sentence, mention, is_coarse, honorifics)))
    shareable = [
        not (m.in_name or m.match == "site" or c) for m, c in zip(mentions, coarse, strict=True)
    ]
    decided = _share_within_lists(text, mentions, decided, shareable)
    decided = _share_along_containment(text, mentions, decided, shareable)
    decided = _lists_after_event_sentences(folded, mentions, decided, shareable, sentences)
    decided = _headings_of_event_paragraphs(text, folded, mentions, decided, shareable, sentences)
    decided = _one_person_throughout(mentions, decided)
    return [
        RoledMention(
            mention=m, role=d.role, role_reason=d.reason, role_strength=d.strength,
            role_rule=d.rule, evidence=d.evidence,
        )
        for m, d in zip(mentions, decided, strict=True)
    ]  # fmt: skip


def _one_person_throughout(
    mentions: Sequence[PlaceMention], decided: list[RoleDecision]
) -> list[RoleDecision]:
    """A name the text says is a person's is that person wherever the report repeats it.

    "the dead militant was Shah Faisal ... Shah Faisal had planned the attack": the second
    is no place either.
    """
    people = {
        fold_name(m.surface): m.surface
        for m, d in zip(mentions, decided, strict=True)
        if d.rule == "named_person"
    }
    if not people:
        return decided
    out = list(decided)
    for i, mention in enumerate(mentions):
        name = people.get(fold_name(mention.surface))
        if name is not None and decided[i].rule != "named_person" and not mention.in_name:
            out[i] = decided[i].becoming("named_person", f"{name}, named so elsewhere")
    return out


def _contiguous(words: list[str]) -> list[str]:
    """Words up to the first punctuation mark ('Kech district health officer')."""
    out = []
    for word in words:
        if not word[0].isalnum():
            break
        out.append(word)
    return out


#: The most characters a dateline's line holds before the name (a byline, other places).
_DATELINE_HEAD_MAX = 60
_DATELINE_HEAD = re.compile(
    r"^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?"
    r"(?:(?:By\s+)?(?:Our|Staff|Special|A|a|an)?\s*(?:Correspondent|Reporter|Staff Reporter|"
    r"News Desk|Monitoring Desk|Web Desk)s?\s*[,:|\u2013\u2014-]?\s*)?"
    r"(?:[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)*\s*[/,&]\s*)*$"
)
_MONTH = r"(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?"
_DATELINE_TAIL = re.compile(
    r"^(?:\s*/\s*[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)*)*"
    r"(?:,\s*(?:Pakistan|Balochistan|Afghanistan|Iran|India)|\s*\[[A-Z][A-Za-z ]*\])?"
    rf"(?:,?\s*(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?)?"
    r"(?:\s*\([A-Za-z][A-Za-z .&]*\))?"
    r"(?:(?<=\))(?=\s)|[ \t]*(?::|--|\u2014|\u2013|-\s|\n|$))"
)


def _is_dateline(text: str, mention: PlaceMention) -> bool:
    """'QUETTA:', 'QUETTA/PANJGUR:', 'SIBI \u2013', 'PESHAWAR, AUG 3:', 'KARACHI (Reuters) -'.

    The name opens its line (after a byline or other datelined places at most) and is
    followed by what closes a dateline: a colon or dash, perhaps after a date, the
    country and the agency.
    """
    line_start = text.rfind("\n", 0, mention.start) + 1
    head = text[line_start : mention.start]
    if len(head) > _DATELINE_HEAD_MAX or not _DATELINE_HEAD.match(head):
        return False
    tail = text[mention.end : mention.end + 50]
    if tail[:1] in ("\n", "") and not mention.surface.isupper() and not head.strip():
        return False  # a line that is just a name in title case is a heading, not a dateline
    return bool(_DATELINE_TAIL.match(tail))


#: Tokens between two places that still make them one list ("Quetta; the port of Gwadar").
_LIST_GAP = re.compile(r"^[\s,;]*(?:(?:and|or|&)\s+)?(?:[A-Za-z][A-Za-z'-]*[\s,;]+){0,6}$")
#: Words that open a clause: a gap holding one ends the list ("Warchoom, Ziarat, as he was
#: driving back to Quetta" is no list of three).
_CLAUSE_WORDS = frozenset(
    "borders bordering adjoining neighbouring "
    "as he she it they we was were is are be been had has have when while where who which "
    "that to from said after before because but near outside inside at towards via "
    "through between into across along with by for north south east west northeast "
    "northwest southeast southwest".split()
)
_LIST_SEPARATOR = re.compile(r"[,;&]|\b(?:and|or)\b")


def _same_list(text: str, left: PlaceMention, right: PlaceMention) -> bool:
    if left.sentence_start != right.sentence_start or right.start < left.end:
        return False
    gap = text[left.end : right.start]
    if not (_LIST_GAP.match(gap) and _LIST_SEPARATOR.search(gap)):
        return False
    words = gap.lower().replace(",", " ").replace(";", " ").split()
    # "cut the road to Quetta and attacked a post in Mastung": a new act, no list
    return _CLAUSE_WORDS.isdisjoint(words) and EVENT_WORDS.isdisjoint(words)


def _share_within_lists(
    text: str,
    mentions: Sequence[PlaceMention],
    decided: list[RoleDecision],
    shareable: Sequence[bool],
) -> list[RoleDecision]:
    """Places in one list ('Quetta, Gwadar and Mastung') share the list's strongest role.

    Countries, provinces and names inside longer names take no part: "Iran and Gwadar" is
    not evidence about Gwadar.
    """
    out = list(decided)
    groups: list[list[int]] = []
    for i, mention in enumerate(mentions):
        if not shareable[i]:
            continue
        if groups and _same_list(text, mentions[groups[-1][-1]], mention):
            groups[-1].append(i)
        else:
            groups.append([i])
    for group in groups:
        if len(group) < 2:
            continue
        incident = [i for i in group if decided[i].role == "incident"]
        strong = [i for i in group if decided[i].role == "context" and decided[i].strength >= 0.75]
        weak_context = [i for i in group if decided[i].role == "context" and i not in strong]
        if incident and not strong:
            best = max(incident, key=lambda i: decided[i].strength)
            for i in weak_context:
                out[i] = decided[i].becoming(
                    "listed_with_incident", mentions[best].surface,
                    min(decided[best].strength, 0.8),
                )  # fmt: skip
        elif strong and not incident:
            for i in weak_context:
                out[i] = decided[i].becoming("listed_with_context", mentions[strong[0]].surface)
        elif strong and incident:
            # "from X and Y", "between X and Y": the preposition governs the whole list.
            governing = [i for i in strong if decided[i].rule in _LIST_WIDE]
            if governing:
                for i in incident:
                    out[i] = decided[i].becoming("list_governed", decided[governing[0]].rule)
    return out


_CHAIN_GAP = re.compile(
    r"^(?:(?:'s|\u2019s)\s+"
    r"|(?:\s+(?:area|areas|district|tehsil|town|city|village|region|division))?\s*,?\s+"
    r"(?:in|of|near|outside)\s+(?:the\s+)?(?:(?:district|tehsil|town|city|village)\s+)?)$"
)


def _share_along_containment(
    text: str,
    mentions: Sequence[PlaceMention],
    decided: list[RoleDecision],
    shareable: Sequence[bool],
) -> list[RoleDecision]:
    """'at Shah Mardan in the Johan area of district Kalat': one scene, three names.

    Places chained by 'in', 'of', 'near' or a possessive share a clear incident role with
    their neighbours that the sentence alone left without one.
    """
    out = list(decided)
    usable = [i for i in range(len(mentions)) if shareable[i]]
    for left, right in zip(usable, usable[1:], strict=False):
        a, b = mentions[left], mentions[right]
        if a.sentence_start != b.sentence_start or b.start < a.end:
            continue
        if not _CHAIN_GAP.match(text[a.end : b.start]):
            continue
        for source, target in ((left, right), (right, left)):
            if (
                out[source].role == "incident"
                and out[source].strength >= 0.85
                and out[target].rule == WEAK_DEFAULT
            ):
                out[target] = out[target].becoming(
                    "chained_with_incident", mentions[source].surface
                )
    return out


def _lists_after_event_sentences(
    folded: str,
    mentions: Sequence[PlaceMention],
    decided: list[RoleDecision],
    shareable: Sequence[bool],
    sentences: dict[tuple[int, int], _Sentence],
) -> list[RoleDecision]:
    """A sentence of places alone, right after a sentence that reports an act.

    'Quetta, Gwadar and Mastung were among them.' and 'It happened in the Dasht area,
    west of Turbat.' take the events of the sentence before, when their own sentence
    has none.
    """
    out = list(decided)
    for (start, end), members in _by_sentence(mentions, shareable).items():
        weak = [i for i in members if decided[i].rule == WEAK_DEFAULT]
        if len(weak) != len(members):
            continue
        sentence = folded[start:end]
        if not EVENT_WORDS.isdisjoint(sentences[start, end].words):
            continue  # its own events were weighed already
        previous = _previous_sentence(folded, start)
        cues = _act_words(previous)
        if not cues:
            continue
        if len(weak) >= 2 and _ANAPHORIC_LIST.search(sentence):
            for i in weak:
                out[i] = decided[i].becoming("listed_after_event", cues[0])
        elif _LOCATING.search(sentence):
            for i in weak:
                out[i] = decided[i].becoming("event_sentence_before", cues[0])
    return out


_ANAPHORIC_LIST = re.compile(
    r"\bamong (?:them|those|these|the (?:targets|places|towns|cities|districts))\b"
    r"|\b(?:were|was) (?:also )?(?:hit|targeted|attacked|struck)\b"
)
#: A sentence that only says where the previous one happened.
_LOCATING = re.compile(
    r"^(?:the (?:attack|incident|blast|ambush|raid|explosion|clash|firing|killing)s? "
    r"(?:took place|happened|occurred)|it (?:took place|happened|occurred)"
    r"|this (?:took place|happened|occurred))\b"
)


#: A line of only place names ("PISHIN AND QILA SAIFULLAH"): what stands between the names.
_HEADING_JOINERS = frozenset({"and", ",", "&", "/", "-", "district", "districts", "division"})
#: How far into the paragraph under a heading its events are looked for.
_HEADING_REACH = 400


def _headings_of_event_paragraphs(
    text: str,
    folded: str,
    mentions: Sequence[PlaceMention],
    decided: list[RoleDecision],
    shareable: Sequence[bool],
    sentences: dict[tuple[int, int], _Sentence],
) -> list[RoleDecision]:
    """A district-by-district roundup: each heading names where its paragraph happened.

    Lines of only place names, at least two in the report, each followed by a paragraph
    that reports an act: their places are the scenes of that paragraph, where the words
    of the line alone made them a dateline or told nothing. So are paragraphs opening
    with a place and a colon ("Bannu: Two police posts were attacked ..."), at least
    ``_LABELS_IN_A_ROUNDUP`` of them: one or two such are datelines, of the report or of
    briefs filed from each town.
    """
    headings = {
        span: members
        for span, members in _by_sentence(mentions, shareable).items()
        if _heading_line(text, span, mentions, members, sentences)
    }
    labels = _paragraph_labels(text, mentions, decided)
    if len(headings) < 2 and len(labels) < _LABELS_IN_A_ROUNDUP:
        return decided
    out = list(decided)
    if len(labels) >= _LABELS_IN_A_ROUNDUP:
        for i, end in labels.items():
            cues = _act_words(folded[end : end + _HEADING_REACH].split("\n\n", 1)[0])
            if cues:
                out[i] = decided[i].becoming("heading_of_events", cues[0])
    if len(headings) < 2:
        return out
    for (_, end), members in headings.items():
        below = folded[end : end + _HEADING_REACH].split("\n\n", 1)[0]
        cues = _act_words(below)
        if not cues:
            continue
        for i in members:
            if decided[i].rule in {WEAK_DEFAULT, "dateline", "dateline_scene"}:
                out[i] = decided[i].becoming("heading_of_events", cues[0])
    return out


#: Paragraphs opening with "Place:" that make a report a roundup rather than briefs.
_LABELS_IN_A_ROUNDUP = 3


def _paragraph_labels(
    text: str, mentions: Sequence[PlaceMention], decided: Sequence[RoleDecision]
) -> dict[int, int]:
    """Mentions read as datelines that open a paragraph of their own, one per paragraph.

    Each with the end of its label, where its paragraph's words begin.
    """
    out: dict[int, int] = {}
    lines: set[int] = set()
    for i, m in enumerate(mentions):
        line = text.rfind("\n", 0, m.start) + 1
        if decided[i].rule not in {"dateline", "dateline_scene"} or line in lines:
            continue
        if text[line : m.start].strip() or text[m.end : m.end + 1] != ":":
            continue
        lines.add(line)
        out[i] = m.end + 1
    return out


def _heading_line(
    text: str,
    span: tuple[int, int],
    mentions: Sequence[PlaceMention],
    members: list[int],
    sentences: dict[tuple[int, int], _Sentence],
) -> bool:
    """Whether a sentence is a line of its own holding only place names."""
    start, end = span
    if "\n" in text[start:end].strip() or text[end : end + 1] not in {"\n", ""}:
        return False
    named = {w for i in members for w in _TOKEN.findall(fold(mentions[i].surface))}
    return set(sentences[span].words) <= named | _HEADING_JOINERS


def _by_sentence(
    mentions: Sequence[PlaceMention], shareable: Sequence[bool]
) -> dict[tuple[int, int], list[int]]:
    """The shareable mentions by their sentence's span, in text order."""
    out: dict[tuple[int, int], list[int]] = {}
    for i, m in enumerate(mentions):
        if shareable[i]:
            out.setdefault((m.sentence_start, m.sentence_end), []).append(i)
    return out


#: Words of an act (not of its outcome alone) that the passes look for around a sentence.
_ACTS = EVENT_WORDS - OUTCOME_WORDS


def _act_words(folded: str) -> list[str]:
    """The words of an act in a folded stretch of text, sorted."""
    return sorted(set(_TOKEN.findall(folded)) & _ACTS)


def _previous_sentence(folded: str, start: int) -> str:
    window = folded[max(0, start - 600) : start].rstrip()
    if not window:
        return ""
    cut = max(window.rfind(". ", 0, len(window) - 1), window.rfind("\n", 0, len(window) - 1))
    return window[cut + 1 :] if cut >= 0 else window
