"""Tie each mention to one gazetteer entry, using the geography of the whole report.

Candidates for a name are ranked by what the report itself says about where it is: the
country and province its unambiguous places lie in, their districts and distances, an admin
word after the name ("Kech district"), then population. Sites are carried by the place they
are in; named areas the gazetteer lacks are placed at the level of the place the text puts
them in. Nothing is dropped: a mention that cannot be placed keeps ``entry=None`` and a reason.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .. import settings
from .._text import EZAFE, fold_name
from ..extract import AREA_WORDS, area_name
from ..models import (
    COARSE_KINDS,
    GazetteerEntry,
    PlaceMention,
    Report,
    ResolvedMention,
    RoledMention,
)
from .base import IndexedGazetteer
from .roads import highway_stretch
from .score import mention_factors, placement_factors

_AREA_WORD = re.compile(rf"^\s+(?:{'|'.join(AREA_WORDS)})\b", re.I)
#: "Dasht in Mastung district", "the Dasht area of Kech", "Dasht tehsil of district Mastung":
#: the district a name's words right after it put it in.
_CONTAINER_AFTER = re.compile(
    rf"(?:\s+(?:{'|'.join((*AREA_WORDS, 'town'))}))?,?\s+(?:in|of)\s+"
    r"(?:the\s+)?(?:district\s+)?([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)"
)
_AFTER_SITE = re.compile(r"^(?:,)?\s+(?:in|at|near|of|inside|outside|on)\s+(?:the\s+)?")
#: After "X, Y": a list goes on ("Surdu, Panjgur and Pasni", "Surdu, Panjgur, Pasni"),
#: where Y is X's neighbour in the list, not the place that holds it.
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or)\s+[A-Z]|,\s*[A-Z]")


@dataclass(frozen=True)
class DocumentGeography:
    """Where a report is, judged from its unambiguous places."""

    country: str | None
    province: str | None
    districts: frozenset[str]
    anchors: tuple[GazetteerEntry, ...]  # each once, in text order
    countries_named: frozenset[str] = frozenset()
    #: Per anchor: its id and (latitude, longitude, cosine of latitude) in radians, derived
    #: once from ``anchors``; and the memo of ``nearest_anchor_km``.
    anchor_radians: tuple[tuple[str, tuple[float, float, float]], ...] = field(
        init=False, compare=False, repr=False
    )
    _nearest_km: dict[str, float | None] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        radians = tuple(
            (a.id, (math.radians(a.lat), math.radians(a.lon), math.cos(math.radians(a.lat))))
            for a in self.anchors
        )
        object.__setattr__(self, "anchor_radians", radians)  # frozen: set once, here

    def nearest_anchor_km(self, entry: GazetteerEntry) -> float | None:
        """Distance from ``entry`` to the closest other anchor (None without one); memoised."""
        if entry.id not in self._nearest_km:
            lat, lon = math.radians(entry.lat), math.radians(entry.lon)
            cos_lat = math.cos(lat)
            distances = [
                _haversine_km(lat, lon, cos_lat, *radians)
                for anchor_id, radians in self.anchor_radians
                if anchor_id != entry.id
            ]
            self._nearest_km[entry.id] = min(distances) if distances else None
        return self._nearest_km[entry.id]

    def plausible(self, entry: GazetteerEntry, surface: str | None = None) -> bool:
        """False for a small foreign town in a report about another country.

        Such a hit is nearly always a personal name or a word ("Hassan", "Serena"); a
        capital, a city of a million, or a town in a country the report names stays in.
        A capital stays in by its own name only: "Nasau", a village of Kech, is one of
        Nassau's transliterations, not the Bahamas'. A city of 100,000 across the border
        (Kandahar, Jalalabad, Zahedan) stays in too.
        """
        if self.country is None or entry.country == self.country:
            return True
        if entry.population >= 1_000_000 or entry.country in self.countries_named:
            return True
        if entry.country in settings.border_countries and entry.population >= 100_000:
            return True  # "a suicide bombing in Kandahar": a city across the border
        if entry.kind in COARSE_KINDS:
            return True
        own_name = surface is None or fold_name(surface) == fold_name(entry.name)
        return bool(entry.raw.get("capital")) and own_name


def resolve_mentions(
    report: Report, roled: Sequence[RoledMention], gazetteer: IndexedGazetteer
) -> list[ResolvedMention]:
    """Resolve every mention of one report.

    Parameters
    ----------
    report
        The report the mentions come from.
    roled
        Its mentions with roles, in text order.
    gazetteer
        Where candidates are looked up.

    Returns
    -------
    list
        One ``ResolvedMention`` per input mention, same order; ``entry`` is None for
        mentions that could not be placed, with the reason in ``resolve_reason``.
    """
    geography = document_geography(roled, gazetteer)
    roled = [_as_area(_as_site(item, gazetteer), gazetteer, geography) for item in roled]
    resolved: list[ResolvedMention | None] = [None] * len(roled)
    # A name's ranking depends on the report, not on where in it the name stands: the
    # same name is ranked once per report (most names recur).
    ranked_names: dict[tuple[object, ...], tuple[GazetteerEntry | None, int, str]] = {}
    ranked_at: dict[int, tuple[GazetteerEntry | None, int, str]] = {}
    #: Per name: the entries its mentions were put at where the text says what or where
    #: it is ("Dasht in Mastung district", "Naseerabad district").
    stated: dict[str, set[GazetteerEntry | None]] = {}
    for i, item in enumerate(roled):
        if item.mention.match in {"name", "alias"}:
            mention = item.mention
            container = _container(report.text, mention, gazetteer)
            key = (mention.candidates, mention.in_name, mention.district_hint, mention.surface,
                   container)  # fmt: skip
            ranked = ranked_names.get(key)
            if ranked is None:
                ranked = ranked_names[key] = _rank_name(item, gazetteer, geography, container)
            if container is not None or mention.district_hint is not None:
                stated.setdefault(_squashed(mention.surface), set()).add(ranked[0])
            ranked_at[i] = ranked
    for i, (entry, ambiguity, reason) in ranked_at.items():
        item = roled[i]
        entry, reason = _as_stated_elsewhere(item.mention, entry, reason, stated)
        # Scored at once: only ``one_feature_per_place`` moves a name (and unscores it).
        factors = placement_factors(
            item.mention, entry, ambiguity, geography.country, geography.province
        )
        resolved[i] = _resolved(item, entry, ambiguity, reason, factors=factors)
    placed = _Placed(roled, resolved)
    for i, item in enumerate(roled):
        if item.mention.match == "area":
            resolved[i] = _resolve_area(report, i, roled, resolved, placed, geography.country)
            placed.add(i)
    site_indexes = [i for i, item in enumerate(roled) if item.mention.match == "site"]
    sites = _SiteContext(report, roled, resolved, placed) if site_indexes else None
    # Curated sites first ("on Zarghoon Road" then tells where the church before it is).
    for curated_pass in (True, False):
        for i in site_indexes:
            if (roled[i].mention.note == "curated site") is curated_pass:
                assert sites is not None
                resolved[i] = _resolve_site(i, sites, gazetteer, geography)
    done = [r for r in resolved if r is not None]
    assert len(done) == len(resolved)
    done = one_feature_per_place(done)
    return [
        r if r.factors else _scored(r, mention_factors(r, geography.country, geography.province))
        for r in done
    ]


_AREA_SUFFIX = re.compile(rf"\s+(?:{'|'.join(AREA_WORDS)})$")


def one_feature_per_place(resolved: Sequence[ResolvedMention]) -> list[ResolvedMention]:
    """Give the mentions of one place in a report one entry, so the layer draws it once.

    Three ways a report's place can come out twice: a district (or tehsil) named like its
    town ("Panjgur district" beside "Panjgur", "Musakhel district" beside a "Musakhel" that
    is the town of Musa Khel Bazar), which goes to the town; an unknown area
    that the gazetteer knows under the same name elsewhere in the report; and two
    spellings of one unknown area placed at the same parent ("Washbod", "Washbud") or one
    spelling placed at two (the first wins). A
    mention moved to another place loses its factors (``resolve_mentions`` scores it).
    """
    towns: dict[str, GazetteerEntry] = {}
    known: dict[str, GazetteerEntry] = {}
    for r in resolved:
        entry = r.entry
        if entry is None or r.mention.in_name:
            continue
        if entry.kind in _SETTLEMENTS:
            towns.setdefault(_squashed(entry.name), entry)
            towns.setdefault(_squashed(r.mention.surface), entry)  # "Musakhel": Musa Khel Bazar
        if entry.kind != "area":
            known.setdefault(_squashed(entry.name), entry)
            known.setdefault(_squashed(r.mention.surface), entry)
    areas: list[GazetteerEntry] = []
    out = []
    for r in resolved:
        entry = r.entry
        if entry is not None and entry.kind in {"district", "tehsil"}:
            town = towns.get(_squashed(entry.name)) or towns.get(_squashed(r.mention.surface))
            if town is not None and town.district == entry.district:
                r = replace(
                    r,
                    entry=town,
                    resolve_reason=f"{r.resolve_reason}; one place with the town {town.name}",
                    factors={},  # to be scored at its new place
                )
        elif entry is not None and entry.kind == "area":
            r = _one_area(r, entry, known, areas)
        out.append(r)
    return out


_SETTLEMENTS = frozenset({"town", "village"})


_NOT_ALNUM = re.compile(r"[^a-z0-9]")
#: A letter written twice ("Siddiq", "Kallat") and the long vowels of English
#: transliteration ("Panjgoor", "Naseerabad").
_DOUBLED = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=1 << 14)
def _squashed(name: str) -> str:
    """A name as a key of its spellings in one report; memoised.

    Folded, without spaces or marks ('Washbod' and 'Wash-bod' alike), the ezafe dropped and
    doubled letters written once, so that 'Panjgoor' is 'Panjgur' and 'Gulshan-i-Hadeed'
    is 'Gulshan-e-Hadeed': news reports transliterate one name several ways, often in one
    report.
    """
    folded = EZAFE.sub(" ", fold_name(name))
    return _DOUBLED.sub(r"\1", _NOT_ALNUM.sub("", folded.replace("ee", "i").replace("oo", "u")))


def _one_area(
    r: ResolvedMention,
    entry: GazetteerEntry,
    known: dict[str, GazetteerEntry],
    areas: list[GazetteerEntry],
) -> ResolvedMention:
    """The known place, or the first area like it, that this unknown area is."""
    from rapidfuzz import fuzz

    key = _squashed(_AREA_SUFFIX.sub("", entry.name))
    same = known.get(key) or _spelt_like(key, known)
    if same is not None and same.id != entry.id:
        return replace(
            r, entry=same, resolve_reason=f"{r.resolve_reason}; known as {same.name}", factors={}
        )
    for other in areas:
        other_key = _squashed(_AREA_SUFFIX.sub("", other.name))
        # One name is one place in a report, wherever its mentions were attached ("the
        # Lakhani check post" beside "Lakhani", told from two towns); a spelling like it
        # only at the same parent.
        same_name = other_key == key
        if same_name or (other.parent == entry.parent and fuzz.ratio(key, other_key) >= 85):
            if other.id != entry.id:
                return replace(
                    r,
                    entry=other,
                    resolve_reason=f"{r.resolve_reason}; spelt {other.name} too",
                    factors={},
                )
            return r
    areas.append(entry)
    return r


def _spelt_like(key: str, known: dict[str, GazetteerEntry]) -> GazetteerEntry | None:
    """A known place of the report spelt like this unknown name ("Naushki" for Nushki).

    Reports spell one place several ways, and the gazetteer cannot hold every spelling:
    a name one letter or so from a place the report names is that place.
    """
    from rapidfuzz import fuzz

    for name, entry in known.items():
        close = abs(len(name) - len(key)) <= 2 and name[:1] == key[:1]
        if close and fuzz.ratio(key, name) >= 88:
            return entry
    return None


def _scored(r: ResolvedMention, factors: dict[str, float]) -> ResolvedMention:
    """``r`` with its confidence factors and confidence (a new record, as ``replace`` would)."""
    return ResolvedMention(
        mention=r.mention,
        role=r.role,
        role_reason=r.role_reason,
        role_strength=r.role_strength,
        entry=r.entry,
        ambiguity=r.ambiguity,
        resolve_reason=r.resolve_reason,
        confidence=0.0,  # the decision stage gives the probability
        factors=factors,
        role_rule=r.role_rule,
        evidence=r.evidence,
    )


def document_geography(
    roled: Sequence[RoledMention], gazetteer: IndexedGazetteer
) -> DocumentGeography:
    """Country, province and districts the report is about, from unambiguous names."""
    countries: Counter[str] = Counter()
    provinces: Counter[str] = Counter()
    districts: set[str] = set()
    anchors: dict[str, GazetteerEntry] = {}
    # Per candidate tuple (names recur): its entries, when they share country and province.
    agreeing: dict[tuple[str, ...], list[GazetteerEntry] | None] = {}
    for item in roled:
        ids = item.mention.candidates
        if not ids or item.mention.match == "site" or item.mention.in_name:
            continue
        if ids not in agreeing:
            agreeing[ids] = _one_region([gazetteer.entries[i] for i in ids])
        entries = agreeing[ids]
        if entries is not None:
            entry = entries[0]
            # Countries and capitals are named as actors ("Islamabad accused India"); they
            # say little about where a report is.
            if entry.kind != "country" and not entry.raw.get("capital"):
                countries[entry.country] += 1
            if entry.kind == "province":
                provinces[entry.name] += 2
            elif entry.province:
                provinces[entry.province] += 1
            if len(entries) == 1 and entry.kind not in COARSE_KINDS:
                anchors[entry.id] = entry
                if entry.district:
                    districts.add(entry.district)
    country = countries.most_common(1)[0][0] if countries else settings.focus_countries[0]
    province = provinces.most_common(1)[0][0] if provinces else None
    named = frozenset(
        entry.country
        for ids in {item.mention.candidates for item in roled}  # each tuple once
        for entry in map(gazetteer.entries.__getitem__, ids)
        if entry.kind == "country"
    )
    return DocumentGeography(
        country, province, frozenset(districts), tuple(anchors.values()), named
    )


def _one_region(entries: list[GazetteerEntry]) -> list[GazetteerEntry] | None:
    """``entries`` when they all lie in one country and province (else None)."""
    return entries if len({(e.country, e.province) for e in entries}) == 1 else None


def _haversine_km(
    lat1: float, lon1: float, cos_lat1: float, lat2: float, lon2: float, cos_lat2: float
) -> float:
    """Great-circle distance from coordinates in radians (cosines given: they recur)."""
    h = math.sin((lat2 - lat1) / 2) ** 2 + cos_lat1 * cos_lat2 * math.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


def candidate_score(
    entry: GazetteerEntry, item: RoledMention, geography: DocumentGeography
) -> float:
    """How well one candidate fits the report; higher is better (pure, for testing)."""
    score = 0.0
    if geography.country and entry.country == geography.country:
        score += 3.0
    if geography.province and entry.province == geography.province:
        score += 2.0
    if entry.district and entry.district in geography.districts:
        score += 1.0
    hint = item.mention.district_hint
    if hint in {"district", "division"}:
        score += 3.0 if entry.kind == "district" else 0.0
    elif hint == "tehsil":
        score += 2.0 if entry.kind in {"tehsil", "town"} else 0.0
    elif hint in {"village", "town", "hamlet", "city"}:
        score += 3.0 if entry.kind in {"town", "village"} else -3.0
    elif entry.kind in {"town", "village", "neighbourhood", "site"}:
        score += 1.0
    score += math.log10(entry.population + 1) / 7.0
    nearest = geography.nearest_anchor_km(entry) if entry.kind not in COARSE_KINDS else None
    if nearest is not None:
        score -= min(nearest, 2000.0) / 1000.0
    if entry.source == "curated":
        score += 0.2
    if fold_name(entry.name) == fold_name(item.mention.surface):
        score += 0.5
    return score


def _container(text: str, mention: PlaceMention, gazetteer: IndexedGazetteer) -> str | None:
    """The district the words after an ambiguous name put it in ("Dasht in Mastung district").

    Only for a name whose candidates lie in different districts; None when the words name
    no district.
    """
    if len({gazetteer.entries[i].district for i in mention.candidates}) < 2:
        return None
    match = _CONTAINER_AFTER.match(text, mention.end, min(len(text), mention.end + 60))
    if match is None:
        return None
    for entry in gazetteer.lookup(match.group(1)):
        if entry.kind == "district" and entry.country == "PK":
            return entry.district
    return None


def _rank_name(
    item: RoledMention,
    gazetteer: IndexedGazetteer,
    geography: DocumentGeography,
    container: str | None = None,
) -> tuple[GazetteerEntry | None, int, str]:
    """The entry a name stands for in this report, the number of candidates, and why.

    ``container`` is the district the words after this mention put it in: the candidates
    in it, if any, are the only ones ranked.
    """
    entries = [gazetteer.entries[i] for i in item.mention.candidates]
    inside = [e for e in entries if container and e.district == container]
    entries = inside or entries
    plausible = [e for e in entries if geography.plausible(e, item.mention.surface)]
    if item.mention.in_name and geography.country:
        plausible = [e for e in plausible if e.country == geography.country]
    if not plausible:
        names = ", ".join(sorted({f"{e.name} ({e.country})" for e in entries}))
        why = "part of a longer name" if item.mention.in_name else "not a place in this report"
        return None, len(entries), f"{why}: only small foreign towns match ({names})"
    if len(plausible) == 1:  # nothing to rank (most names): skip the scoring
        ranked = plausible
    else:
        ranked = sorted(plausible, key=lambda e: (-candidate_score(e, item, geography), e.id))
    reason = "only candidate" if len(ranked) == 1 else f"best of {len(ranked)} candidates"
    if inside:
        reason = f"the one in {container} district, as the text says ({reason})"
    return ranked[0], len(ranked), reason


def _as_stated_elsewhere(
    mention: PlaceMention,
    entry: GazetteerEntry | None,
    reason: str,
    stated: Mapping[str, set[GazetteerEntry | None]],
) -> tuple[GazetteerEntry | None, str]:
    """The place a name's other mention was said to be, for a mention that says nothing.

    One name is one place in a report: where one mention of "Dasht" is "in Mastung
    district", a bare "Dasht" in the headline is that Dasht, not Kech's. Only between
    candidates in different districts: a town and its district of one name stay apart
    (``one_feature_per_place`` joins them).
    """
    if entry is None or mention.district_hint is not None:
        return entry, reason
    said = stated.get(_squashed(mention.surface), set())
    if len(said) != 1:
        return entry, reason  # never said, or said to be two places
    (other,) = said
    if other is None or other.id == entry.id or other.district == entry.district:
        return entry, reason
    if other.id not in mention.candidates:
        return entry, reason
    return other, f"{reason}; the {other.name} that the report says it is elsewhere"


def _as_site(item: RoledMention, gazetteer: IndexedGazetteer) -> RoledMention:
    """A curated site or neighbourhood becomes a site mention carried by a town.

    The text decides the town first ('Jinnah Road' in a report from Sibi is Sibi's), the
    table's parent town only when the text says nothing.
    """
    mention = item.mention
    if mention.match not in {"name", "alias"} or not mention.candidates:
        return item
    parents: list[GazetteerEntry] = []
    for i in mention.candidates:
        parent = _parent(gazetteer.entries[i], gazetteer)
        if parent is None:
            return item  # not (only) a site: a place in its own right
        parents.append(parent)
    site = replace(
        mention, match="site", site=mention.surface,
        candidates=tuple(dict.fromkeys(p.id for p in parents)),
        note="curated site",
    )  # fmt: skip
    return replace(item, mention=site)


def _as_area(
    item: RoledMention, gazetteer: IndexedGazetteer, geography: DocumentGeography
) -> RoledMention:
    """'Nasirabad, a village near Turbat': no such village known here, so an unknown area.

    When the text calls a name a village or town and the gazetteer knows no village, town
    or tehsil of that name in the report's province (only a district, or a town elsewhere),
    the mention is placed like any unknown named area, by the places around it.
    """
    mention = item.mention
    if mention.match not in {"name", "alias"} or mention.district_hint not in _SETTLEMENT_HINTS:
        return item
    entries = [gazetteer.entries[i] for i in mention.candidates]
    # A tehsil bears the name of its main village: "Qamar Din Karez, a village" is it.
    if any(
        e.kind in {"town", "village", "tehsil"} and geography.province in (None, e.province)
        for e in entries
    ):
        return item
    area = replace(mention, match="area", candidates=(), note="named as a settlement")
    return replace(item, mention=area)


_SETTLEMENT_HINTS = frozenset({"village", "hamlet", "town"})


def _parent(entry: GazetteerEntry, gazetteer: IndexedGazetteer) -> GazetteerEntry | None:
    """The town a site, road or neighbourhood belongs to (sites are carried by their town)."""
    if entry.kind not in {"site", "neighbourhood", "road"} or not entry.parent:
        return None
    ref = entry.parent if ":" in entry.parent else f"incidentmap:{entry.parent}"
    return gazetteer.entries.get(ref)


def _resolved(
    item: RoledMention,
    entry: GazetteerEntry | None,
    ambiguity: int,
    reason: str,
    *,
    factors: dict[str, float] | None = None,
) -> ResolvedMention:
    """The record of a placed mention; without ``factors``, it is scored at the end."""
    return ResolvedMention(
        mention=item.mention,
        role=item.role,
        role_reason=item.role_reason,
        role_strength=item.role_strength,
        entry=entry,
        ambiguity=ambiguity,
        resolve_reason=reason,
        factors={} if factors is None else factors,
        role_rule=item.role_rule,
        evidence=item.evidence,
    )


def _placeable(r: ResolvedMention | None) -> bool:
    """Say whether a site or an area can be attached to this mention's place."""
    return (
        r is not None
        and r.entry is not None
        and r.entry.kind not in COARSE_KINDS
        and not r.mention.in_name
        and r.mention.match in {"name", "alias", "area"}
    )


#: Rules that place the events of a sentence elsewhere ("entered the province from Dera
#: Ghazi Khan"), or name a place only where someone spoke or governs ("speaking in
#: Islamabad"): a later sentence's unknown area is not attached to such a place.
_NOT_HERE = frozenset(
    {"origin", "journey", "distance_reference", "road_end", "casualties_taken", "response_base",
     "seat_of_government", "speaker", "speech_location", "seat_of_institution"}
)  # fmt: skip


class _Placed:
    """The mentions a site or an area can be attached to, by position (linear work).

    Mentions come in text order, so their indexes are their order in the text; the
    index keeps the placeable ones sorted, overall and per sentence.
    """

    def __init__(
        self, roled: Sequence[RoledMention], resolved: list[ResolvedMention | None]
    ) -> None:
        self.roled = roled
        self.resolved = resolved
        self.order: list[int] = []
        self.by_sentence: dict[int, list[int]] = {}
        for i, r in enumerate(resolved):
            if _placeable(r):  # in text order: appended, the lists stay sorted
                self.order.append(i)
                self.by_sentence.setdefault(roled[i].mention.sentence_start, []).append(i)

    def add(self, i: int) -> None:
        """Index mention ``i`` if it can carry sites and areas."""
        if not _placeable(self.resolved[i]):
            return
        insort(self.order, i)
        insort(self.by_sentence.setdefault(self.roled[i].mention.sentence_start, []), i)

    def entry(self, i: int) -> GazetteerEntry:
        """The place of placeable mention ``i``."""
        r = self.resolved[i]
        assert r is not None and r.entry is not None
        return r.entry

    def last_before(self, index: int) -> int | None:
        """The last placeable mention before mention ``index``."""
        k = bisect_left(self.order, index)
        return self.order[k - 1] if k else None

    def last_before_in(self, index: int, country: str | None, *, limit: int = 200) -> int | None:
        """The last placeable mention before ``index`` in ``country`` (a bounded look back)."""
        k = bisect_left(self.order, index)
        for i in reversed(self.order[max(0, k - limit) : k]):
            if self.entry(i).country == country:
                return i
        return None

    def nearest(
        self, text: str, index: int, *, same_sentence_only: bool = False
    ) -> GazetteerEntry | None:
        """The closest place: same sentence first (before, then after), then just before."""
        mention = self.roled[index].mention
        same = self.by_sentence.get(mention.sentence_start, [])
        k = bisect_left(same, index)
        for i in reversed(same[:k]):
            if self.roled[i].mention.end <= mention.start:
                return self.entry(i)
        for i in same[k:]:
            if self.roled[i].mention.start >= mention.end:
                return self.entry(i)
        if same_sentence_only:
            return None
        k = bisect_left(self.order, index)
        for i in reversed(self.order[max(0, k - 8) : k]):
            end = self.roled[i].mention.end
            if end > mention.start or self.roled[i].role_rule in _NOT_HERE:
                continue
            return self.entry(i) if _same_paragraph(text, end, mention.start) else None
        return None


@dataclass
class _SiteContext:
    """What every site of a report looks up, computed once for the report."""

    report: Report
    roled: Sequence[RoledMention]
    resolved: list[ResolvedMention | None]
    placed: _Placed
    incident_here: set[str] = field(init=False)
    named_here: set[str] = field(init=False)
    main: GazetteerEntry | None = field(init=False)
    by_name: dict[str, list[int]] = field(init=False)

    def __post_init__(self) -> None:
        placeable = [self.placed.entry(i) for i in self.placed.order]
        roles = [self.resolved[i] for i in self.placed.order]
        self.named_here = {e.id for e in placeable}
        self.incident_here = {
            e.id
            for e, r in zip(placeable, roles, strict=True)
            if r is not None and r.role == "incident"
        }
        self.main = _main_place(self.resolved)
        self.by_name = {}
        for j, other in enumerate(self.roled):
            if other.mention.match == "site":
                self.by_name.setdefault(fold_name(other.mention.surface), []).append(j)

    def explicit_place(self, key: str) -> GazetteerEntry | None:
        """The place the text puts a site of this name in, anywhere in the report."""
        for j in self.by_name.get(key, []):
            target = _explicit_place_after(self.report, j, self.roled, self.resolved)
            if target is not None:
                return target
        return None

    def named_with(self, key: str) -> GazetteerEntry | None:
        """The place named in a sentence with a site of this name."""
        for j in self.by_name.get(key, []):
            same = self.placed.nearest(self.report.text, j, same_sentence_only=True)
            if same is not None:
                return same
        return None


def _resolve_site(
    index: int, sites: _SiteContext, gazetteer: IndexedGazetteer, geography: DocumentGeography
) -> ResolvedMention:
    """Attach a site to the place the text puts it in (explicit, same name, then nearby)."""
    item = sites.roled[index]
    site = item.mention
    if (site.note or "").startswith("highway"):
        return _resolve_highway(index, sites, gazetteer)
    key = fold_name(site.surface)
    # The same site named elsewhere in the report with an explicit place wins everywhere.
    target = sites.explicit_place(key)
    if target is not None:
        named = _named_after_a_place_in(site, target, gazetteer)
        if named is not None:
            return _resolved(
                item, named, 1, f"site in {named.name}, in {target.name} as the text says"
            )
        return _resolved(item, target, 1, f"site in {target.name}, as the text says")
    curated = site.note == "curated site"
    sentence = fold_name(sites.report.text[site.sentence_start : site.sentence_end])
    parent_reported = [
        i for i in site.candidates
        if i in sites.incident_here or fold_name(gazetteer.entries[i].name) in key
        or _names_in(fold_name(gazetteer.entries[i].name), sentence)
    ]  # fmt: skip
    if curated and parent_reported:
        parent = gazetteer.entries[parent_reported[0]]
        return _resolved(item, parent, 1, f"site in {parent.name}, which the report is about")
    if curated:
        same = sites.named_with(key)
        # Another site named with it is no town to put it in ("the Nur Khan air base and
        # the Rafiqui airbase").
        if same is not None and (same.kind != "site" or same.id in site.candidates):
            return _resolved(item, same, 1, f"site in {same.name}, named with it")
    main = sites.main
    if (
        curated
        and main is not None
        and main.kind != "site"
        and not sites.named_here & set(site.candidates)
    ):
        # "Satellite Town", "Jinnah Road": every city has one; the report's own town wins.
        return _resolved(item, main, 2, f"site in {main.name}, the report's main place")
    entries = [gazetteer.entries[i] for i in site.candidates]
    entries = [e for e in entries if geography.country in (None, e.country)]
    if entries:
        best = sorted(entries, key=lambda e: (-candidate_score(e, item, geography), e.id))[0]
        how = "the gazetteer's town for it" if curated else "named after it"
        return _resolved(item, best, len(entries), f"site in {best.name}, {how}")
    nearest = sites.placed.nearest(sites.report.text, index)
    if nearest is not None:
        return _resolved(item, nearest, 1, f"site attached to {nearest.name}, named nearby")
    if main is not None:
        return _resolved(item, main, 2, f"site attached to {main.name}, the report's main place")
    return _resolved(item, None, 0, "site with no known place in the report to attach it to")


def _names_in(name: str, folded_sentence: str) -> bool:
    """Whether a folded sentence names a town, even inside a longer name.

    "Militants stormed the Karachi Police Office on Sharea Faisal": the road is
    Karachi's, though "Karachi" is only part of the office's name.
    """
    return re.search(rf"\b{re.escape(name)}\b", folded_sentence) is not None


def _named_after_a_place_in(
    site: PlaceMention, target: GazetteerEntry, gazetteer: IndexedGazetteer
) -> GazetteerEntry | None:
    """The place inside ``target`` that a site is named after, or None.

    "The Doaba police station in district Hangu", "the Pirkoh gas field in Dera Bugti":
    the text names the district (or its town), the site's own name another town or a
    tehsil of that district, which is where the site is. Roads carry no such candidates
    (a road is named after where it leads).
    """
    if target.kind in COARSE_KINDS or site.note is not None:
        return None
    for i in site.candidates:
        entry = gazetteer.entries[i]
        inside = entry.district == target.district and entry.country == target.country
        if inside and entry.id != target.id and entry.kind not in COARSE_KINDS | {"district"}:
            return entry
    return None


def _resolve_highway(
    index: int, sites: _SiteContext, gazetteer: IndexedGazetteer
) -> ResolvedMention:
    """'On the N-25 near Khuzdar': the stretch of the highway at the place named with it."""
    item = sites.roled[index]
    near = sites.placed.nearest(sites.report.text, index)
    stretch = highway_stretch(item.mention.surface, near, gazetteer)
    if stretch is None:
        return _resolved(item, None, 0, "highway named without a place on it")
    assert near is not None
    return _resolved(
        item,
        stretch,
        1,
        f"stretch of the {item.mention.surface} at {stretch.name}, near {near.name}",
    )


def _main_place(resolved: list[ResolvedMention | None]) -> GazetteerEntry | None:
    """The place a report is mostly about: most incident mentions, then most mentions."""
    counts: Counter[str] = Counter()
    entries: dict[str, GazetteerEntry] = {}
    for r in resolved:
        if _placeable(r) and r is not None and r.entry is not None:
            counts[r.entry.id] += 2 if r.role == "incident" else 1
            entries[r.entry.id] = r.entry
    if not counts:
        return None
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return entries[best]


def _explicit_place_after(
    report: Report,
    index: int,
    roled: Sequence[RoledMention],
    resolved: list[ResolvedMention | None],
) -> GazetteerEntry | None:
    """'X in Y', 'X area of Y district': the place the text itself puts X in.

    A curated site knows its town: an unknown area after it ("on Sariab Road, near the
    Manzoor Shaheed police station") is only near it, and placed by guesswork itself.
    """
    site = roled[index].mention
    curated = site.note == "curated site"
    for j in range(index + 1, min(index + 4, len(roled))):
        other = resolved[j]
        curated_site = (
            other is not None and other.entry is not None and (other.mention.note == "curated site")
        )
        if not (_placeable(other) or curated_site):
            continue
        assert other is not None
        if curated and other.mention.match == "area":
            continue
        gap = _AREA_WORD.sub("", report.text[site.end : other.mention.start], count=1)
        if _AFTER_SITE.match(gap) and len(gap) <= 25:
            return other.entry
        if gap == ", " and not _LIST_GOES_ON.match(report.text, other.mention.end):
            return other.entry  # "in Surdu, Panjgur": the place after the comma holds it
    return None


def _same_paragraph(text: str, start: int, end: int) -> bool:
    """True when no blank line separates two offsets (and they are not far apart)."""
    gap = text[start:end]
    return end - start < 1200 and "\n\n" not in gap.replace("\r", "")


def _resolve_area(
    report: Report,
    index: int,
    roled: Sequence[RoledMention],
    resolved: list[ResolvedMention | None],
    placed: _Placed,
    country: str | None,
) -> ResolvedMention:
    """Place a named area the gazetteer lacks at the level of its district or town."""
    item = roled[index]
    area = item.mention
    parent = _explicit_place_after(report, index, roled, resolved)
    how = "as the text says"
    if parent is None:
        previous = placed.last_before(index)
        gap = report.text[roled[previous].mention.end : area.start] if previous is not None else ""
        if previous is not None and gap in {"'s ", "\u2019s "}:
            parent = placed.entry(previous)
        else:
            parent = placed.nearest(report.text, index)
            home = placed.last_before_in(index, country)
            fallback = home if home is not None else previous
            if parent is None and fallback is not None:
                parent = placed.entry(fallback)
            how = "the nearest place named before it"
    if parent is None:
        return _resolved(item, None, 0, "unknown area and no district or town named with it")
    name = area_name(area.surface)
    slug = re.sub(r"[^a-z0-9]+", "-", fold_name(name)).strip("-")
    entry = GazetteerEntry(
        id=f"incidentmap:area/{parent.id.split(':', 1)[1]}/{slug}",
        name=name,
        kind="area",
        lat=parent.lat,
        lon=parent.lon,
        country=parent.country,
        province=parent.province,
        district=parent.district,
        district_current=parent.district_current,
        source=parent.source,
        parent=parent.id,
        raw={"placed_at": parent.id, "placed_as": parent.kind},
    )
    return _resolved(item, entry, 1, f"area placed at {parent.name} ({parent.kind}), {how}")
