"""A second chance for mentions the offline gazetteer cannot place: an online geocoder.

Runs after offline resolution (``build --online``), over two kinds of mention:

* a named area or site left unresolved ("clashes in the Zorkhani area", a site with no
  town in the report) is looked up in the country the report is about, with the
  province it is about as the preferred area (Nominatim's ``countrycodes`` and
  ``viewbox``);
* a named area placed only at its district or town ("Zorkhani village of Kech district",
  drawn at Kech's point) is looked up inside that district, and moved to the point found
  only when the point lies in that district.

Each result is checked against the report's geography with the boundary polygons in use.
A place outside the expected country is rejected; outside the expected province it is
kept, with low confidence (the ``online_outside_region`` factor). Names that are part
of a longer name, or names the offline step judged not to be places, are never sent.

The geocoder failing, refusing or being slow never fails the build: the mentions it
could not serve stay as they were, with the reason added.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import geopandas as gpd
import shapely

from .._text import fold_name
from ..errors import GeocodeError
from ..extract import area_name
from ..models import GazetteerEntry, ResolvedMention
from .base import OnlineGazetteer as OnlineGazetteer  # the backend's protocol, re-exported
from .score import mention_confidence, mention_factors, rule_probability

logger = logging.getLogger(__name__)

#: Mentions of these kinds are looked up when the offline gazetteer could not place them.
LOOKED_UP = frozenset({"area", "site"})
#: Points this close (degrees, ~5 km) to a polygon count as inside it (simplified borders).
TOLERANCE_DEG = 0.05
#: Margin (degrees) around a district or province for the search viewbox.
VIEWBOX_PAD_DEG = 0.1
#: Kinds too coarse to stand for a named area or site.
_COARSE = frozenset({"country", "province", "region"})


@dataclass(frozen=True)
class _Query:
    name: str
    country: str
    viewbox: tuple[float, float, float, float] | None
    bounded: bool


@dataclass(frozen=True)
class _Target:
    """Where the text puts the place: the country, and the province or district."""

    country: str
    province: str | None
    district: str | None
    refine: bool


@dataclass(frozen=True)
class _Located:
    entry: GazetteerEntry
    province: str | None
    district: str | None


class _Regions:
    """District and province polygons of the layer in use, for checks and viewboxes."""

    def __init__(self, districts: gpd.GeoDataFrame) -> None:
        layer = districts.to_crs("EPSG:4326")
        self.geoms = list(layer.geometry.values)
        self.rows = layer.drop(columns=layer.geometry.name).to_dict("records")
        self.tree = shapely.STRtree(self.geoms)
        self.countries = {str(r.get("country") or "") for r in self.rows}

    def locate(self, entry: GazetteerEntry) -> _Located:
        """Province and district of a point from the polygons (or its own, uncovered)."""
        if entry.country not in self.countries:
            return _Located(entry, entry.province, None)
        point = shapely.Point(entry.lon, entry.lat)
        hits = self.tree.query(point, predicate="intersects")
        if not len(hits):
            hits = self.tree.query_nearest(point, max_distance=TOLERANCE_DEG)
        if not len(hits):
            return _Located(entry, None, None)
        row = self.rows[int(sorted(hits.tolist())[0])]
        return _Located(entry, row.get("province"), row.get("district"))

    def viewbox(
        self, country: str, province: str | None, district: str | None
    ) -> tuple[float, float, float, float] | None:
        """``(west, south, east, north)`` around a district, else a province, else None."""
        if district:
            key, value = "district", district
        elif province:
            key, value = "province", province
        else:
            return None
        idx = [
            i
            for i, r in enumerate(self.rows)
            if r.get("country") == country and _same(r.get(key), value)
        ]
        if not idx:
            return None
        west, south, east, north = shapely.total_bounds([self.geoms[i] for i in idx])
        pad = VIEWBOX_PAD_DEG
        return (
            round(max(-180.0, west - pad), 3),
            round(max(-90.0, south - pad), 3),
            round(min(180.0, east + pad), 3),
            round(min(90.0, north + pad), 3),
        )


def _same(a: Any, b: Any) -> bool:
    return bool(a) and bool(b) and fold_name(str(a)) == fold_name(str(b))


def _report_geography(items: Sequence[ResolvedMention]) -> tuple[str | None, str | None]:
    """The country and province a report is about, from what it resolved offline."""
    countries: Counter[str] = Counter()
    provinces: Counter[str] = Counter()
    for r in items:
        entry = r.entry
        if entry is None or r.mention.in_name:
            continue
        countries[entry.country] += 1
        if entry.province and entry.kind != "country":
            provinces[entry.province] += 1
    country = countries.most_common(1)[0][0] if countries else None
    province = provinces.most_common(1)[0][0] if provinces else None
    return country, province


def _target(r: ResolvedMention, country: str | None, province: str | None) -> _Target | None:
    mention = r.mention
    if mention.in_name or mention.match not in LOOKED_UP:
        return None
    entry = r.entry
    if entry is None:
        return _Target(country, province, None, refine=False) if country else None
    placed_at = entry.raw.get("placed_at")
    if mention.match == "area" and entry.kind == "area" and placed_at and entry.precision > 1:
        return _Target(entry.country, entry.province, entry.district, refine=True)
    return None


def geocode_unresolved(
    resolved: Mapping[str, Sequence[ResolvedMention]],
    geocoder: OnlineGazetteer,
    districts: gpd.GeoDataFrame,
) -> tuple[dict[str, list[ResolvedMention]], dict[str, Any]]:
    """Place what the offline gazetteer could not, with an online geocoder.

    Parameters
    ----------
    resolved
        Offline results per ``doc_id``.
    geocoder
        The online backend; every identical query is sent once per run at most (and
        never again once its answer is cached).
    districts
        The district polygons in use (``district``, ``province``, ``country``).

    Returns
    -------
    tuple
        The resolved mentions with online results merged in (same order, same length),
        and a record of what was asked and found, for run.json.
    """
    regions = _Regions(districts)
    plans: dict[tuple[str, int], tuple[_Target, _Query]] = {}
    geography: dict[str, tuple[str | None, str | None]] = {}
    skipped_no_country = 0
    for doc_id, items in resolved.items():
        country, province = geography[doc_id] = _report_geography(items)
        for i, r in enumerate(items):
            if r.entry is None and r.mention.match in LOOKED_UP and not country:
                skipped_no_country += 1
            target = _target(r, country, province)
            if target is None:
                continue
            box = regions.viewbox(target.country, target.province, target.district)
            bounded = target.refine and target.district is not None and box is not None
            query = _Query(
                " ".join(area_name(r.mention.surface).split()), target.country, box, bounded
            )
            plans[(doc_id, i)] = (target, query)
    answers: dict[_Query, list[GazetteerEntry] | GeocodeError] = {}
    for _, query in plans.values():
        if query in answers:
            continue
        try:
            answers[query] = geocoder.lookup(
                query.name, country_codes=[query.country], viewbox=query.viewbox,
                bounded=query.bounded,
            )  # fmt: skip
        except GeocodeError as err:
            logger.info("online lookup of %r failed: %s", query.name, err)
            answers[query] = err
    outcomes: Counter[str] = Counter()
    out: dict[str, list[ResolvedMention]] = {}
    for doc_id, items in resolved.items():
        country, province = geography[doc_id]
        new_items = list(items)
        moved: dict[str, GazetteerEntry] = {}
        for i, r in enumerate(items):
            plan = plans.get((doc_id, i))
            if plan is None:
                continue
            target, query = plan
            decided, outcome = _decide(r, target, answers[query], regions, country, province)
            outcomes[outcome] += 1
            new_items[i] = decided
            if outcome == "refined" and r.entry is not None and decided.entry is not None:
                moved[r.entry.id] = decided.entry
        # Sites the text put in an area that has now been placed go with it.
        for i, r in enumerate(items):
            if (doc_id, i) not in plans and r.entry is not None and r.entry.id in moved:
                new_items[i] = _moved(r, moved[r.entry.id], country, province)
                outcomes["moved_with_area"] += 1
        out[doc_id] = new_items
    record = {
        **geocoder.describe(),
        "mentions_looked_up": len(plans),
        "distinct_queries": len(answers),
        "placed": outcomes["placed"],
        "placed_outside_province": outcomes["placed_outside_province"],
        "refined": outcomes["refined"],
        "not_found": outcomes["not_found"],
        "rejected": outcomes["rejected"],
        "failed": outcomes["failed"],
        "moved_with_area": outcomes["moved_with_area"],
        "not_tried_no_country": skipped_no_country,
    }
    return out, record


def _note(r: ResolvedMention, text: str) -> ResolvedMention:
    return replace(r, resolve_reason=f"{r.resolve_reason}; {text}")


def _online_scored(
    r: ResolvedMention, doc_country: str | None, doc_province: str | None, *, outside: bool
) -> ResolvedMention:
    factors = {
        **mention_factors(r, doc_country, doc_province),
        "p_report": rule_probability(r),
        "online": 1.0,
        "online_outside_region": float(outside),
    }
    return replace(r, factors=factors, confidence=mention_confidence(r, factors))


def _moved(
    r: ResolvedMention, entry: GazetteerEntry, doc_country: str | None, doc_province: str | None
) -> ResolvedMention:
    reason = f"{r.resolve_reason}; with {entry.name}, placed online"
    moved = replace(r, entry=entry, resolve_reason=reason)
    return _online_scored(moved, doc_country, doc_province, outside=False)


def _decide(
    r: ResolvedMention,
    target: _Target,
    answer: list[GazetteerEntry] | GeocodeError,
    regions: _Regions,
    doc_country: str | None,
    doc_province: str | None,
) -> tuple[ResolvedMention, str]:
    """Merge one answer into a mention: placed, refined, or kept with the reason."""
    if isinstance(answer, GeocodeError):
        return _note(r, f"online geocoder failed: {answer}"), "failed"
    located = [regions.locate(e) for e in answer if e.kind not in _COARSE]
    if not located:
        return _note(r, "online: no match"), "not_found"
    in_country = [x for x in located if x.entry.country == target.country]
    if not in_country:
        names = ", ".join(sorted({f"{x.entry.name} ({x.entry.country})" for x in located}))
        return _note(r, f"online: only matches outside {target.country} ({names})"), "rejected"
    outside = False
    if target.refine:
        where = target.district or target.province
        key = "district" if target.district else "province"
        chosen = [x for x in in_country if _same(getattr(x, key), where)]
        if not chosen:
            found = ", ".join(sorted({str(getattr(x, key)) for x in in_country}))
            text = f"online: match in {found} ignored, the text puts it in {where}"
            return _note(r, text), "rejected"
        outcome = "refined"
    else:
        chosen = [x for x in in_country if _same(x.province, target.province)]
        if not chosen:
            chosen, outside = in_country, target.province is not None
        outcome = "placed_outside_province" if outside else "placed"
    best = chosen[0]
    entry = replace(
        best.entry,
        province=best.province or best.entry.province,
        district=best.district,
        raw={**best.entry.raw, "matched": r.mention.surface},
    )
    where = ", ".join(p for p in (best.district, best.province, entry.country) if p)
    reason = f"online: {entry.raw.get('display_name') or entry.name} ({where})"
    if outside:
        reason += f", outside {target.province} where the report is"
    placed = replace(r, entry=entry, ambiguity=len(chosen), resolve_reason=reason)
    return _online_scored(placed, doc_country, doc_province, outside=outside), outcome
