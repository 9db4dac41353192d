"""Armed groups and forces named in reports, and the names ACLED-style tables give them.

Reports spell the same group many ways ("BLA", "Balochistan Liberation Army", "Baloch
Liberation Army's Majeed Brigade"; "TTP", "Tehreek-i-Taliban Pakistan", "Pakistani
Taliban"). ``ACTOR_NAMES`` maps each normalised name to the patterns that denote it; the
order matters, the first match wins (a longer, more specific name before a shorter one).
``actors_in`` finds them in a text with their offsets, so a caller can tell which actor
stands nearest to an event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from ._text import fold

BLA = "Baloch Liberation Army"
BLF = "Baloch Liberation Front"
BRA = "Baloch Republican Army"
BLT = "Balochistan Liberation Tigers"
BRAS = "Baloch Raaji Aajoi Sangar"
TTP = "Tehreek-e-Taliban Pakistan"
ISPP = "Islamic State (Pakistan Province)"
ISKP = "Islamic State (Khorasan Province)"
LEJ = "Lashkar-e-Jhangvi"
JAA = "Jaish al-Adl"
JUA = "Jamaat-ul-Ahrar"
MILITARY = "Military Forces of Pakistan"
POLICE = "Police Forces of Pakistan"
FC = "Frontier Corps"
LEVIES = "Levies Force"
UNIDENTIFIED = "Unidentified Armed Group"
CIVILIANS = "Civilians"

#: Non-state armed groups (the others are state forces or civilians).
ARMED_GROUPS = frozenset({BLA, BLF, BRA, BLT, BRAS, TTP, ISPP, ISKP, LEJ, JAA, JUA})
STATE_FORCES = frozenset({MILITARY, POLICE, FC, LEVIES})

#: Normalised name -> its spellings, most specific first. A spelling with a capital
#: after its first letter ("BLA", "LeJ", "IS-K") is an abbreviation and must match its
#: letter case (so "bra" or "fc" in ordinary words do not); others match in any case.
#: Hyphens and spaces are the same ("Tehreek-e-Taliban" = "Tehreek e Taliban").
ACTOR_NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (BRAS, ("Baloch Raaji Aajoi Sangar", "BRAS")),
    (
        BLA,
        ("Baloch Liberation Army", "Balochistan Liberation Army", "BLA", "Majeed Brigade"),
    ),
    (BLF, ("Baloch Liberation Front", "Balochistan Liberation Front", "BLF")),
    (BRA, ("Baloch Republican Army", "BRA")),
    (BLT, ("Balochistan Liberation Tigers", "BLT")),
    (JUA, ("Jamaat ul Ahrar", "Jamat ul Ahrar", "JuA")),
    (
        TTP,
        (
            "Tehreek e Taliban", "Tehrik e Taliban", "Tehreek i Taliban", "Tehrik i Taliban",
            "Tahreek e Taliban", "Tahreek i Taliban", "Tehrik e Taleban", "Pakistani Taliban",
            "Pakistan's Taliban", "Fitna al Khawarij", "TTP",
        ),
    ),
    (ISPP, ("Islamic State Pakistan Province", "Islamic State's Pakistan Province", "ISPP")),
    (
        ISKP,
        (
            "Islamic State Khorasan Province", "Islamic State's Khorasan Province",
            "Islamic State Khorasan", "Daesh", "ISIS", "ISKP", "ISK", "IS K",
        ),
    ),
    (LEJ, ("Lashkar e Jhangvi", "Lashkar i Jhangvi", "LeJ")),
    (JAA, ("Jaish al Adl", "Jaish ul Adl")),
    (FC, ("Frontier Corps", "FC")),
    (LEVIES, ("Levies",)),
    (POLICE, ("police", "policeman", "policemen", "Counter Terrorism Department", "CTD",
              "constable", "constables")),
    (
        MILITARY,
        (
            "security forces", "security personnel", "soldier", "soldiers", "troops", "army",
            "military", "navy", "naval", "sailor", "sailors", "paramilitary", "paramilitaries",
            "armed forces", "commando", "commandos", "ISPR",
        ),
    ),
)  # fmt: skip
#: Unnamed attackers ("gunmen", "militants", "unidentified armed men").
_UNNAMED = re.compile(
    r"(?i)\b(?:gunm[ae]n|militants?|terrorists?|insurgents?|attackers?|assailants?|"
    r"armed men|miscreants|bombers?|separatists?|fighters|khawarij|kharijis?)\b"
)
_CIVILIAN_WORDS = (
    r"(?:civilians?|passengers?|labou?rers?|workers?|women|children|students?|"
    r"worshipp?ers?|pilgrims?|villagers?|residents|shoppers|traders?|journalists?|"
    r"engineers?|teachers?|nationals|family|families|mourners|devotees|vendors?|"
    r"shopkeepers?|drivers?|tourists?|farmers?|miners?|doctors?|lawyers?|pupils|"
    r"schoolgirls?|schoolboys?|schoolchildren|travell?ers|commuters|shepherds?)"
)
_CIVILIANS = re.compile(rf"(?i)\b{_CIVILIAN_WORDS}\b")
#: Civilians as those shot at: "opened fire on a van carrying vendors", "killing two
#: labourers"; not "residents reported gunfire".
_CIVILIANS_HIT = re.compile(
    r"(?i)\b(?:(?:fire|fired|firing|shots?)\s+(?:on|at)|attack(?:ed|s)?(?:\s+on)?|carrying|"
    r"targeting|targeted|killing|killed|wounding|injuring|shot|ambushed)\b"
    rf"(?:\W+[\w'\u2019-]+){{0,5}}?\W+{_CIVILIAN_WORDS}\b"
)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A normalised actor name found at ``start``..``end`` of a text."""

    actor: str
    start: int
    end: int


_WORD = re.compile(r"[^\W_]+")
#: Longest spelling, in words.
_LONGEST = 5


@lru_cache(maxsize=1)
def _spellings() -> dict[tuple[str, ...], tuple[str, bool]]:
    """Words of each spelling -> (actor, whether the letter case must match)."""
    table: dict[tuple[str, ...], tuple[str, bool]] = {}
    for actor, spellings in ACTOR_NAMES:
        for spelling in spellings:
            words = tuple(_WORD.findall(spelling))
            exact = any(c.isupper() for c in spelling[1:].replace(" ", ""))
            key = words if exact else tuple(w.lower() for w in words)
            table.setdefault(key, (actor, exact))
    return table


@lru_cache(maxsize=1)
def _longest_from() -> dict[str, int]:
    """For each first word (lower case), the most words a spelling beginning with it has."""
    longest: dict[str, int] = {}
    for key in _spellings():
        first = key[0].lower()
        longest[first] = max(longest.get(first, 0), len(key))
    return longest


@lru_cache(maxsize=1)
def _first_word() -> re.Pattern[str]:
    """The first word of any spelling, in any case: where a name may begin."""
    firsts = sorted({key[0].lower() for key in _spellings()}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, firsts)) + r")\b")


def actors_in(text: str) -> list[ActorMention]:
    """Every named group or force in ``text``, in text order.

    Only where a spelling's first word stands are the words read, longest spelling first
    (several times faster than one regular expression of every spelling).

    Parameters
    ----------
    text
        Any text: a report or one of its sentences.

    Returns
    -------
    list of ActorMention
        Sorted by offset, not overlapping.
    """
    table = _spellings()
    longest = _longest_from()
    found: list[ActorMention] = []
    after = 0
    # The search runs on the folded text (same length, lower case): faster than IGNORECASE.
    for start in _first_word().finditer(fold(text)):
        if start.start() < after:
            continue
        # Only as many words as the longest spelling that begins with this word has.
        wanted = longest[start.group()]
        found_words = _WORD.finditer(text, start.start(), start.start() + _WINDOW)
        words = [(m.group(), m.start(), m.end()) for m in islice(found_words, wanted)]
        for size in range(min(_LONGEST, len(words)), 0, -1):
            span = words[:size]
            exact = tuple(w for w, _, _ in span)
            # An abbreviation's key keeps its case; any other spelling's key is lower case.
            hit = table.get(exact) or table.get(tuple(w.lower() for w in exact))
            if hit is not None and (not hit[1] or table.get(exact) == hit):
                found.append(ActorMention(hit[0], span[0][1], span[-1][2]))
                after = span[-1][2]
                break
    return found


#: Characters read after a possible first word (the longest spelling fits in it).
_WINDOW = 60


def normalise_actor(name: str) -> str:
    """The normalised name of a group as written ("TTP" -> "Tehreek-e-Taliban Pakistan").

    A name no pattern knows is returned as written.
    """
    found = actors_in(name)
    return found[0].actor if found else name


def names_unnamed_attackers(text: str) -> bool:
    """True when ``text`` speaks of attackers without naming a group ("gunmen", "militants")."""
    return _UNNAMED.search(text) is not None


def names_civilians(text: str) -> bool:
    """True when ``text`` speaks of civilians ("passengers", "labourers", "women")."""
    return _CIVILIANS.search(text) is not None


def civilians_shot_at(text: str) -> bool:
    """True when ``text`` tells civilians as those attacked ("fired on a bus carrying pilgrims")."""
    return _CIVILIANS_HIT.search(text) is not None
