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

#: Normalised name -> regular expression of its spellings (case-sensitive where an
#: abbreviation would otherwise match an ordinary word).
ACTOR_NAMES: tuple[tuple[str, str], ...] = (
    (BRAS, r"Baloch Raaji Aajoi Sangar|\bBRAS\b"),
    (BLA, r"(?i:Baloch(?:istan)? Liberation Army)|\bBLA\b|(?i:Majeed Brigade)"),
    (BLF, r"(?i:Baloch(?:istan)? Liberation Front)|\bBLF\b"),
    (BRA, r"(?i:Baloch Republican Army)|\bBRA\b"),
    (BLT, r"(?i:Balochistan Liberation Tigers)|\bBLT\b"),
    (JUA, r"(?i:Jamaat[- ]ul[- ]Ahrar)|\bJuA\b"),
    (
        TTP,
        r"(?i:Tehr[ei]e?k[- ]e[- ]Taliban|Tehr[ei]e?k[- ]i[- ]Taliban|Tahreek[- ][ei][- ]Taliban"
        r"|Pakistani Taliban|Pakistan's Taliban|Fitna al[- ]Khawarij)|\bTTP\b",
    ),
    (ISPP, r"(?i:Islamic State(?:'s)? Pakistan Province)|\bISPP\b"),
    (ISKP, r"(?i:Islamic State(?:'s)? Khorasan(?: Province)?|Daesh|\bISIS\b)|\bISKP?\b|\bIS-K\b"),
    (LEJ, r"(?i:Lashkar[- ]e[- ]Jhangvi)|\bLeJ\b"),
    (JAA, r"(?i:Jaish[- ]al[- ]Adl|Jaish ul[- ]Adl)"),
    (FC, r"(?i:Frontier Corps)|\bFC\b"),
    (LEVIES, r"(?i:\bLevies\b)"),
    (
        POLICE,
        r"(?i:\bpolice(?:m[ae]n)?\b|\bCounter[- ]Terrorism Department\b|\bconstables?\b)"
        r"|\bCTD\b",
    ),
    (
        MILITARY,
        r"(?i:\b(?:security forces|security personnel|soldiers?|troops|army|military|"
        r"navy|naval|sailors?|paramilitar(?:y|ies)|armed forces|commandos?)\b)|\bISPR\b",
    ),
)
#: Unnamed attackers ("gunmen", "militants", "unidentified armed men").
_UNNAMED = re.compile(
    r"(?i)\b(?:gunm[ae]n|militants?|terrorists?|insurgents?|attackers?|assailants?|"
    r"armed men|miscreants|bombers?|separatists?|fighters|khawarij|kharijis?)\b"
)
_CIVILIANS = re.compile(
    r"(?i)\b(?:civilians?|passengers?|labou?rers?|workers?|women|children|students?|"
    r"worshipp?ers?|pilgrims?|villagers?|residents|shoppers|traders?|journalists?|"
    r"engineers?|teachers?|nationals|family|families|mourners|devotees)\b"
)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A normalised actor name found at ``start``..``end`` of a text."""

    actor: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(pattern)) for name, pattern in ACTOR_NAMES)


def actors_in(text: str) -> list[ActorMention]:
    """Every named group or force in ``text``, in text order (overlaps keep the first).

    Parameters
    ----------
    text
        Any text: a report or one of its sentences.

    Returns
    -------
    list of ActorMention
        Sorted by offset; a stretch of text names at most one actor.
    """
    found: list[ActorMention] = []
    for name, pattern in _patterns():
        for match in pattern.finditer(text):
            if not any(match.start() < m.end and m.start < match.end() for m in found):
                found.append(ActorMention(name, match.start(), match.end()))
    return sorted(found, key=lambda m: m.start)


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
