"""Decide, per mention, whether the text reports something happening there.

A mention is an ``incident`` mention when an event word (attack, blast, killed, siege,
kidnapped, operation, ...) stands near it, or when it follows a locative preposition in a
sentence that reports an event; places in one list share the evidence of the list.
It is ``context`` when a specific construction says otherwise, checked first:

* only inside a longer name (``Pakistan Navy``, ``Tehreek-i-Taliban Pakistan``, a road
  between two places, an official's title);
* a dateline (``QUETTA:``), a speaker (``Tehran denied``), an official's post
  (``Deputy Commissioner of Panjgur``);
* where people come from (``a family from Khuzdar``), where a journey starts or ends
  (``buses travelling from Gwadar to Karachi``, ``referred to Quetta``), hospitals
  answering an attack elsewhere (``hospitals of Quetta``);
* countries and provinces, which are the setting rather than a location.

Every decision carries a short reason, kept in ``mentions.csv`` and the popups, so that a
later, better rule can be compared against this one mention by mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from operator import itemgetter

from ._text import fold
from .models import PlaceMention, RoledMention

EVENT_WORDS = frozenset(
    """
    attack attacks attacked attacker attackers attacking assault assaulted assaults ambush
    ambushed blast blasts bomb bombs bombing bombings bomber bombers bombed explosion
    explosions explosive explosives exploded detonated detonation ied ieds grenade grenades
    rocket rockets mortar shelling gunfire gunmen gunman gunbattle gunbattles gunfight
    shootout shot shooting firing killed killing killings kill kills dead martyred
    martyrdom massacre massacred slain wounded injured injuring casualties fatalities clash
    clashes fighting fought siege besieged stormed raid raids operation operations
    encounter abducted abduction abductions kidnapped kidnapping hostage hostages hijacked
    hijacking sabotage sabotaged destroyed destruction torched blew targeted targeting
    strike strikes struck offloaded fidayeen suicide terrorist terrorists militants
    insurgents violence gunbattle skirmishes jammed foiled repulsed cordoned combing
    clearance hideout incident incidents hit raided seized captured overran burned
    burnt wrecked fighters assailants raiders besieging offensive blown demolished damaged
    execution executed infiltrate infiltration infiltrating engaged blocked blockade
    roadblock fire lobbed hijack
    """.split()
)
#: "armed men", "unidentified gunmen": a modifier that is an event cue before these nouns.
EVENT_MODIFIERS = frozenset({"armed", "unidentified", "masked", "unknown"})
ARMED_GROUPS = frozenset({"men", "man", "militants", "attackers", "assailants", "terrorists"})
#: Words that report harm rather than an act; near a hospital they describe the response.
OUTCOME_WORDS = frozenset(
    """
    killed killing killings dead martyred martyrdom slain wounded injured injuring
    casualties fatalities bodies
    """.split()
)
INSTITUTIONS = frozenset(
    """
    government headquarters ministry parliament assembly court embassy leadership
    administration authorities officials capital police
    """.split()
)
#: "the government in Islamabad", "the authorities in Kabul": a seat, never the scene.
GOVERNMENTS = frozenset(
    "government authorities officials official leadership administration embassy ministry "
    "parliament court consulate regime spokesman spokesperson spokesmen".split()
)
LOCATIVE = frozenset("in at near outside inside on across around into within of off".split())
SPEECH = frozenset(
    """
    said says say stated announced claimed claims denied denies refuted rejected condemned
    condemns accused accuses blamed blames alleged warned told urged insisted reiterated
    responded asked demanded called summoned protested hit
    """.split()
) - {"hit"}
PEOPLE = frozenset(
    """
    family families labourers laborers workers worker residents resident natives native
    man men woman women passengers passenger pilgrims students student hailing hailed
    belonged belonging belongs nationals people victims victim citizens citizen origin
    soldiers soldier sepoys sepoy troops personnel policemen officers labourer natives
    came hailing
    """.split()
)
TRAVEL = frozenset(
    """
    travelling traveling travelled traveled going heading headed bound route way leaving
    left departed departing coming came shifted referred transported flown taken moved
    rushed brought evacuated airlifted sent carrying carried driving destined proceeding
    en returning returned run service services train trains bus buses convoy flight flights
    journey road highway railway line
    """.split()
)
RESPONSE = frozenset("hospital hospitals emergency treatment medical".split())
#: Nouns after a place that make it where an organisation or a writer is based.
ORG_NOUNS = frozenset(
    """
    group institute university newspaper daily think-tank thinktank court bureau
    correspondent correspondents reporter reporters journalist journalists office
    consulate embassy publisher outlet station studio
    """.split()
)
TITLES = frozenset(
    """
    commissioner dc ac ssp dpo sho mayor governor mna mpa senator minister deputy
    superintendent inspector spokesman spokesperson ambassador consul envoy officer chief
    commissioners
    """.split()
)
_TOKEN = re.compile(r"[a-z0-9]+(?:['\u2019-][a-z0-9]+)*|[^\sa-z0-9]")
_DATELINE = re.compile(
    r"^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?(?:[A-Z][A-Za-z.]+(?:[ /][A-Z][A-Za-z.]+)*"
    r"(?:,\s*[A-Z][a-z]+)?)?$"
)
_DATELINE_AFTER = re.compile(
    r"^(?:/[A-Z][A-Za-z]+)*(?:,\s*(?:Pakistan|[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
    r"(?:\s*\([A-Z][A-Za-z ]+\))?"
    r"\s*(?::|--|\u2014|-\s|,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}))"
)

#: Tokens between two places that still make them one list ("Quetta; the port of Gwadar").
_LIST_GAP = re.compile(r"^[\s,;]*(?:(?:and|or|&)\s+)?(?:[A-Za-z][A-Za-z'-]*[\s,;]+){0,6}$")


_SITE_NAME = re.compile(
    r"(?i)\b(?:university|institute|college|hospital|school|port|station|airport|camp|base)\b"
)
_LIST_SEPARATOR = re.compile(r"[,;&]|\b(?:and|or)\b")
_LIST_WIDE_REASONS = frozenset(
    {"where people come from", "start or end of a journey, not where it was hit"}
)


class _Sentence:
    """A sentence's tokens, with what every mention in it looks up, computed once."""

    __slots__ = ("acts", "cues", "spans", "words")

    def __init__(self, folded: str, start: int, end: int) -> None:
        matches = list(_TOKEN.finditer(folded, start, end))
        self.words = words = [m.group() for m in matches]
        self.spans = [m.span() for m in matches]
        # Token indices of event cues (most sentences hold none: two set tests say so).
        cues: list[int] = []
        if not EVENT_WORDS.isdisjoint(words):
            cues = [i for i, word in enumerate(words) if word in EVENT_WORDS]
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

    def bounds(self, mention: PlaceMention) -> tuple[int, int]:
        """Index of the first token after the words before the mention, and after it."""
        return (
            bisect_right(self.spans, mention.start, key=_END),
            bisect_left(self.spans, mention.end, key=_START),
        )


_START, _END = itemgetter(0), itemgetter(1)


#: Words of context kept on each side of a mention (the rules look at most this far).
_BEFORE, _AFTER = 10, 6


def _window(sentence: _Sentence, mention: PlaceMention) -> tuple[list[str], list[str]]:
    first, after = sentence.bounds(mention)
    return sentence.words[max(0, first - _BEFORE) : first], sentence.words[after : after + _AFTER]


def roles_for_mentions(
    text: str, mentions: Sequence[PlaceMention], *, coarse: Sequence[bool] | None = None
) -> list[RoledMention]:
    """Give every mention a role and the reason for it.

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
    coarse = coarse or [False] * len(mentions)
    sentences: dict[tuple[int, int], _Sentence] = {}

    def sentence_of(mention: PlaceMention) -> _Sentence:
        """The mention's sentence, tokenised the first time a rule needs it."""
        span = (mention.sentence_start, mention.sentence_end)
        sentence = sentences.get(span)
        if sentence is None:
            sentence = sentences[span] = _Sentence(folded, *span)
        return sentence

    decided = [
        _decide(text, sentence_of, mention, is_coarse)
        for mention, is_coarse in zip(mentions, coarse, strict=True)
    ]
    decided = _share_within_lists(text, mentions, decided, coarse)
    decided = _share_along_containment(text, mentions, decided, coarse)
    decided = _lists_after_event_sentences(folded, mentions, decided, coarse)
    return [
        RoledMention(mention=m, role=role, role_reason=reason, role_strength=strength)  # type: ignore[arg-type]
        for m, (role, reason, strength) in zip(mentions, decided, strict=True)
    ]


def _decide(
    text: str,
    sentence_of: Callable[[PlaceMention], _Sentence],
    mention: PlaceMention,
    coarse: bool,
) -> tuple[str, str, float]:
    """Role, reason and strength (0..1) for one mention from its sentence alone."""
    if coarse:
        return "context", "country or province: the setting, too coarse for a location", 0.9
    if mention.in_name:
        return "context", mention.note or "inside a longer name", 0.8
    if _is_dateline(text, mention):
        return "context", "dateline (where the report was filed)", 0.9
    sentence = sentence_of(mention)
    before, after = _window(sentence, mention)
    near_before = before[-4:]
    near_after = after[:3]
    speaks = near_after[:1] and near_after[0] in SPEECH or (
        near_after[:1] and near_after[0] in {"has", "have", "had", "also"}
        and near_after[1:2] and near_after[1] in SPEECH
    )  # fmt: skip
    if speaks and not any(w in LOCATIVE for w in near_before[-1:]):
        return "context", f"speaks or is spoken of ('{_first(near_after, SPEECH)}')", 0.8
    if any(w in TITLES for w in _contiguous(near_after)) or (
        len(near_before) >= 2 and near_before[-1] == "of" and near_before[-2] in TITLES
    ):
        return "context", "only in an official's title", 0.8
    is_site = mention.match == "site" or bool(_SITE_NAME.search(mention.surface))
    context = _journey_or_origin(before, after, site=is_site)
    if context:
        return "context", context, 0.75
    hospital = "hospital" in mention.surface.lower() or "clinic" in mention.surface.lower()
    distance, cue = _nearest_event(sentence, mention, acts_only=hospital)
    head = [w for w in near_before if w not in {"the", "a", "an"}]
    locative = bool(head[-1:]) and head[-1] in LOCATIVE
    if locative and len(head) >= 2 and head[-2] in GOVERNMENTS:
        return "context", f"seat of the {head[-2]}, not where it happened", 0.8
    if distance is not None and locative and distance <= 6 and not hospital:
        return "incident", f"'{head[-1]} {mention.surface}' right by event word '{cue}'", 0.95
    if distance is not None and distance <= (4 if hospital else 6):
        return "incident", f"event word '{cue}' next to the place", 0.9
    if hospital:
        return "context", "a hospital receiving casualties", 0.75
    if locative and len(head) >= 2 and head[-2] in INSTITUTIONS:
        return "context", f"seat of the {head[-2]}, not where it happened", 0.75
    if distance is not None:
        if locative and distance <= 12:
            return "incident", f"'{head[-1]} {mention.surface}' with event word '{cue}'", 0.85
        if distance <= 16 and mention.match != "site":
            return "incident", f"event word '{cue}' in the same sentence", 0.6
    return "context", "no event reported there", 0.6


def _contiguous(words: list[str]) -> list[str]:
    """Words up to the first punctuation mark ('Kech district health officer')."""
    out = []
    for word in words:
        if not word[0].isalnum():
            break
        out.append(word)
    return out


def _first(words: list[str], vocabulary: frozenset[str]) -> str:
    return next((w for w in words if w in vocabulary), "")


_BELONGING = frozenset({"belonged", "belong", "belonging", "hailed", "hailing", "hail"})
_JOURNEY_ENDS = frozenset({"to", "from", "for", "between", "towards"})


def _journey_or_origin(before: list[str], after: list[str], *, site: bool = False) -> str | None:
    """Origins of people, ends of journeys, hospitals: the typical context constructions."""
    last = before[-6:]
    if last[-1:] == ["from"] and any(w in PEOPLE for w in before[-8:-1]):
        return "where people come from"
    if last[-2:] in (["native", "of"], ["resident", "of"], ["residents", "of"], ["natives", "of"]):
        return "where people come from"
    if last[-1:] in (["to"], ["from"]) and not _BELONGING.isdisjoint(before[-4:-1]):
        return "where people come from"
    right_after = last[-1:] == ["the"] and last[-2:-1] or last[-1:]
    between = last[-1:] == ["and"] and "between" in last[-4:]
    if not TRAVEL.isdisjoint(last) and (not _JOURNEY_ENDS.isdisjoint(right_after) or between):
        return "start or end of a journey, not where it was hit"
    if last[-2:] in (["way", "to"],):
        return "start or end of a journey, not where it was hit"
    if any(w in RESPONSE for w in last[-4:]) and last[-1:] in (["of"], ["in"], ["to"], ["at"]):
        return "hospitals or emergency response there"
    if after[:2] == ["-", "based"] or after[:1] == ["based"]:
        return "where an organisation or a writer is based"
    if not site and (
        after[:1]
        and after[0] in ORG_NOUNS
        or len(after) >= 2
        and after[1] in ORG_NOUNS
        and after[0].isalpha()
        and after[0] not in EVENT_WORDS | {"and", "or"}
    ):
        return "where an organisation or a writer is based"
    return None


def _nearest_event(
    sentence: _Sentence, mention: PlaceMention, *, acts_only: bool = False
) -> tuple[int | None, str]:
    """Token distance to the closest event cue outside the mention, and the cue."""
    index_before, index_after = sentence.bounds(mention)
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


def _is_dateline(text: str, mention: PlaceMention) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    head = text[line_start : mention.start]
    if len(head) > 40 or not _DATELINE.match(head):
        return False
    return bool(_DATELINE_AFTER.match(text[mention.end : mention.end + 40]))


def _share_within_lists(
    text: str,
    mentions: Sequence[PlaceMention],
    decided: list[tuple[str, str, float]],
    coarse: Sequence[bool],
) -> list[tuple[str, str, float]]:
    """Places in one list ('Quetta, Gwadar and Mastung') share the list's strongest role.

    Countries, provinces and names inside longer names take no part: "Iran and Gwadar" is
    not evidence about Gwadar.
    """
    out = list(decided)
    groups: list[list[int]] = []
    for i, mention in enumerate(mentions):
        if mention.in_name or mention.match == "site" or coarse[i]:
            continue
        if groups and _same_list(text, mentions[groups[-1][-1]], mention):
            groups[-1].append(i)
        else:
            groups.append([i])
    for group in groups:
        if len(group) < 2:
            continue
        incident = [i for i in group if decided[i][0] == "incident"]
        strong_context = [i for i in group if decided[i][0] == "context" and decided[i][2] >= 0.75]
        if incident and not strong_context:
            best = max(incident, key=lambda i: decided[i][2])
            for i in group:
                if decided[i][0] == "context" and decided[i][2] < 0.75:
                    out[i] = (
                        "incident",
                        f"listed with {mentions[best].surface}: {decided[best][1]}",
                        min(decided[best][2], 0.8),
                    )
        elif strong_context and all(decided[i][0] == "context" for i in group):
            reason = decided[strong_context[0]][1]
            for i in group:
                if decided[i][2] < 0.75:
                    out[i] = (
                        "context",
                        f"listed with {mentions[strong_context[0]].surface}: {reason}",
                        0.7,
                    )
        elif strong_context and incident:
            # "from X and Y", "between X and Y": the preposition governs the whole list.
            shared = [i for i in strong_context if decided[i][1] in _LIST_WIDE_REASONS]
            for i in group:
                if shared and decided[i][0] == "incident":
                    out[i] = ("context", decided[shared[0]][1], 0.7)
    return out


_CHAIN_GAP = re.compile(
    r"^(?:(?:'s|\u2019s)\s+"
    r"|(?:\s+(?:area|areas|district|tehsil|town|city|village|region|division))?\s*,?\s+"
    r"(?:in|of|near|outside)\s+(?:the\s+)?(?:(?:district|tehsil|town|city|village)\s+)?)$"
)


def _share_along_containment(
    text: str,
    mentions: Sequence[PlaceMention],
    decided: list[tuple[str, str, float]],
    coarse: Sequence[bool],
) -> list[tuple[str, str, float]]:
    """'at Shah Mardan in the Johan area of district Kalat': one scene, three names.

    Places chained by 'in', 'of', 'near' or a possessive share a clear incident role
    with their neighbours that the sentence alone left without one.
    """
    out = list(decided)
    usable = [
        i for i, m in enumerate(mentions) if not (m.in_name or coarse[i] or m.match == "site")
    ]
    for left, right in zip(usable, usable[1:], strict=False):
        a, b = mentions[left], mentions[right]
        if a.sentence_start != b.sentence_start or b.start < a.end:
            continue
        if not _CHAIN_GAP.match(text[a.end : b.start]):
            continue
        for source, target in ((left, right), (right, left)):
            role, reason, strength = out[source]
            if (
                role == "incident"
                and strength >= 0.85
                and out[target] == ("context", "no event reported there", 0.6)
            ):
                name = mentions[source].surface
                out[target] = ("incident", f"named with {name}, where it happened: {reason}", 0.8)
    return out


def _lists_after_event_sentences(
    folded: str,
    mentions: Sequence[PlaceMention],
    decided: list[tuple[str, str, float]],
    coarse: Sequence[bool],
) -> list[tuple[str, str, float]]:
    """'Quetta, Gwadar and Mastung were among them.' right after a sentence of attacks."""
    out = list(decided)
    by_sentence: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        if not m.in_name and not coarse[i] and m.match != "site":
            by_sentence.setdefault(m.sentence_start, []).append(i)
    for start, members in by_sentence.items():
        weak = [i for i in members if decided[i] == ("context", "no event reported there", 0.6)]
        if len(weak) < 2 or len(weak) != len(members):
            continue
        sentence = folded[start : mentions[members[0]].sentence_end]
        if not _ANAPHORIC_LIST.search(sentence):
            continue
        previous = _previous_sentence(folded, start)
        words = set(_TOKEN.findall(previous))
        cues = sorted(words & EVENT_WORDS)
        if cues:
            for i in weak:
                out[i] = ("incident", f"listed right after a sentence reporting '{cues[0]}'", 0.55)
    return out


_ANAPHORIC_LIST = re.compile(
    r"\bamong (?:them|those|these|the (?:targets|places|towns|cities|districts))\b"
    r"|\b(?:were|was) (?:also )?(?:hit|targeted|attacked|struck)\b"
)


def _previous_sentence(folded: str, start: int) -> str:
    window = folded[max(0, start - 600) : start].rstrip()
    if not window:
        return ""
    cut = max(window.rfind(". ", 0, len(window) - 1), window.rfind("\n", 0, len(window) - 1))
    return window[cut + 1 :] if cut >= 0 else window


def _same_list(text: str, left: PlaceMention, right: PlaceMention) -> bool:
    if left.sentence_start != right.sentence_start or right.start < left.end:
        return False
    gap = text[left.end : right.start]
    return bool(_LIST_GAP.match(gap)) and bool(_LIST_SEPARATOR.search(gap))
