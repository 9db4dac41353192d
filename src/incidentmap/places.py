"""Aggregate resolved mentions into one feature per place, and districts into a summary.

A place is an incident place when any of its mentions reports something happening there;
its confidence combines its strongest incident mention with how many mentions and distinct
reports corroborate it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from . import settings
from .dates import event_date
from .districts import assign_districts, district_changes
from .geocode.score import point_confidence, point_factors
from .models import INCIDENT_FIELDS, Report, ResolvedMention, confidence_level

EXCERPT_MAX = 420


def excerpt_for(report: Report, r: ResolvedMention) -> tuple[str, int]:
    """The sentence a mention stands in (cut around it when long), and its offset there."""
    m = r.mention
    start, end = m.sentence_start, m.sentence_end
    if end - start > EXCERPT_MAX:
        start = max(start, m.start - EXCERPT_MAX // 2)
        end = min(end, start + EXCERPT_MAX)
        start = max(m.sentence_start, min(start, end - EXCERPT_MAX))
    text = report.text[start:end]
    prefix = "\u2026" if start > m.sentence_start else ""
    suffix = "\u2026" if end < m.sentence_end else ""
    return prefix + " ".join(text.split()) + suffix, start


def mention_record(report: Report, r: ResolvedMention) -> dict[str, Any]:
    """The SPEC's per-mention object (plus the site name, match and reason)."""
    excerpt, _ = excerpt_for(report, r)
    sentence = report.text[r.mention.sentence_start : r.mention.sentence_end]
    when, precision = event_date(sentence, report.published)
    return {
        "doc_id": report.doc_id,
        "role": r.role,
        "confidence": r.confidence,
        "surface": r.mention.surface,
        "start": r.mention.start,
        "end": r.mention.end,
        "excerpt": excerpt,
        "source_title": report.title,
        "source_url": report.url,
        "published": report.published,
        "event_date": when,
        "event_date_precision": precision,
        "publisher": report.publisher,
        "site": r.mention.site,
        "match": r.mention.match,
        "role_reason": r.role_reason,
    }


def places_from_mentions(
    resolved: Mapping[str, Sequence[ResolvedMention]],
    reports: Mapping[str, Report],
    districts: gpd.GeoDataFrame,
) -> gpd.GeoDataFrame:
    """One row per resolved place, with the SPEC's properties, joined to districts.

    Parameters
    ----------
    resolved
        Resolved mentions per ``doc_id``.
    reports
        The reports by ``doc_id`` (titles, URLs, text for excerpts).
    districts
        District polygons for the join.

    Returns
    -------
    GeoDataFrame
        Indexed by place id, sorted by it, in ``settings.default_crs``.
    """
    by_place: dict[str, list[tuple[Report, ResolvedMention]]] = defaultdict(list)
    order = {doc_id: i for i, doc_id in enumerate(reports)}
    for doc_id in sorted(resolved, key=order.__getitem__):
        for r in resolved[doc_id]:
            if r.entry is not None:
                by_place[r.entry.id].append((reports[doc_id], r))
    rows = [_place_row(place_id, items) for place_id, items in sorted(by_place.items())]
    if not rows:
        columns = ["id", *INCIDENT_FIELDS, "geometry"]
        return gpd.GeoDataFrame(
            {c: [] for c in columns}, geometry="geometry", crs=settings.default_crs
        ).set_index("id")
    gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs=settings.default_crs).set_index("id")
    gdf = assign_districts(gdf, districts)
    gdf = _district_overrides(gdf, districts)
    changes = district_changes()
    gdf["district_current"] = [
        current if current and changes.get(current) == district else None
        for current, district in zip(gdf["_district_current"], gdf["district"], strict=True)
    ]
    return gdf.drop(columns=["_district_current", "_district_override"])


def _district_overrides(gdf: gpd.GeoDataFrame, districts: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """An analyst's district correction wins over the polygon the point falls in."""
    by_name = {str(row.district).lower(): row for row in districts.itertuples()}
    for place_id, name in gdf["_district_override"].items():
        if not name:
            continue
        row = by_name.get(str(name).lower())
        if row is None:
            continue
        gdf.loc[place_id, ["district", "district_id", "province"]] = [
            row.district,
            row.district_id,
            row.province,
        ]
    return gdf


def _place_row(place_id: str, items: list[tuple[Report, ResolvedMention]]) -> dict[str, Any]:
    # An analyst's corrected point wins over the first report's, wherever it was made.
    corrected = [r.entry for _, r in items if r.entry and "corrected_by_analyst" in r.entry.raw]
    entry = corrected[0] if corrected else items[0][1].entry
    assert entry is not None
    incident = [r for _, r in items if r.role == "incident"]
    best = max(incident or [r for _, r in items], key=lambda r: (r.confidence, -r.mention.start))
    sources = {report.doc_id for report, _ in items}
    incident_sources = {rep.doc_id for rep, r in items if r.role == "incident"}
    factors = point_factors(
        best.factors, incident_mentions=len(incident), incident_sources=len(incident_sources)
    )
    confidence = point_confidence(factors)
    records = [mention_record(rep, r) for rep, r in items]
    names: list[str] = []
    for _, r in items:
        if r.mention.match in {"name", "alias", "area"} and r.mention.surface not in names:
            names.append(r.mention.surface)
    for _, r in items:
        if r.mention.surface not in names:
            names.append(r.mention.surface)
    return {
        "id": place_id,
        "name": entry.name,
        "names_in_text": names,
        "role": "incident" if incident else "context",
        "confidence": confidence,
        "confidence_level": confidence_level(confidence),
        "confidence_factors": {
            "match": best.mention.match,
            "ambiguity": best.ambiguity,
            "role_rule": best.role_rule,
            "role_reason": best.role_reason,
            "evidence": sorted({e for _, r in items for e in r.evidence}),
            "p_report": round(float(best.factors.get("p_report", 0.0)), 3),
            "resolved_by": best.resolve_reason,
            "incident_mentions": len(incident),
            "corroborating_sources": len(incident_sources),
            "point": entry.raw.get("point", entry.source),
            "inputs": {k: round(v, 4) for k, v in sorted(factors.items())},
            **_corrected(items),
        },
        "geo_precision": entry.precision,
        "kind": entry.kind,
        "_district_current": entry.district_current,
        "_district_override": entry.raw.get("district_override"),
        "country": entry.country,
        "gazetteer": _gazetteer_ref(entry.id, entry.raw),
        "event_dates": sorted(
            {m["event_date"] for m in records if m["role"] == "incident" and m["event_date"]}
        ),
        "n_mentions": len(items),
        "n_sources": len(sources),
        "mentions": records,
        "geometry": Point(round(entry.lon, 6), round(entry.lat, 6)),
    }


def _corrected(items: list[tuple[Report, ResolvedMention]]) -> dict[str, Any]:
    """``corrected_by_analyst``: what the corrections file changed for this place."""
    notes = sorted(
        {r.role_reason for _, r in items if r.role_reason.startswith("corrections.csv")}
        | {r.resolve_reason for _, r in items if r.resolve_reason.startswith("corrections.csv")}
    )
    return {"corrected_by_analyst": notes} if notes else {}


def _gazetteer_ref(place_id: str, raw: Mapping[str, Any]) -> str:
    """Where the coordinates came from (an area takes its parent's)."""
    placed_at = raw.get("placed_at")
    return str(placed_at) if placed_at else place_id


def districts_summary(places: gpd.GeoDataFrame, districts: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Every district polygon in use, with its counts of incident places (zero included).

    A choropleth must tell a district where nothing was reported (0) from one outside
    the data (no feature), so every district of the boundaries in use is a row, not
    only those with incidents.

    Parameters
    ----------
    places
        The incidents layer (``role``, ``district_id``, ``name``, ``mentions``).
    districts
        The district polygons the places were joined to.

    Returns
    -------
    GeoDataFrame
        One row per district, indexed and sorted by ``district_id`` (which becomes the
        feature ``id`` in GeoJSON), with the ``DISTRICT_FIELDS`` (and ``country`` when
        the boundaries carry it), in the districts' CRS.
    """
    counts: dict[Any, dict[str, Any]] = {}
    if len(places) and {"role", "district_id"} <= set(places.columns):
        incident = places[places["role"] == "incident"]
        for district_id, group in incident.groupby("district_id", sort=True):
            docs = {m["doc_id"] for mentions in group["mentions"] for m in mentions}
            counts[district_id] = {
                "n_incident_places": len(group),
                "n_mentions": int(sum(len(m) for m in group["mentions"])),
                "n_sources": len(docs),
                "places": sorted(group["name"]),
            }
    empty = {"n_incident_places": 0, "n_mentions": 0, "n_sources": 0, "places": []}
    keep = [c for c in ("district", "district_id", "province", "country") if c in districts]
    summary = districts[[*keep, districts.geometry.name]].copy()
    for field in empty:
        summary[field] = [counts.get(i, empty)[field] for i in summary["district_id"]]
    summary = summary.sort_values("district_id", kind="stable")
    summary.index = pd.Index(summary["district_id"].astype(str).tolist(), name="id")
    return gpd.GeoDataFrame(summary, geometry=districts.geometry.name, crs=districts.crs)
