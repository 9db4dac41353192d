"""Aggregate resolved mentions into one feature per place, and districts into a summary.

A place is an incident place when any of its mentions reports something happening there;
its confidence combines its strongest incident mention with how many mentions and distinct
reports corroborate it.
"""

from __future__ import annotations

import heapq
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from . import settings
from .dates import event_date
from .districts import assign_districts, district_changes
from .geocode.score import point_confidence, point_factors
from .models import INCIDENT_FIELDS, GazetteerEntry, Report, ResolvedMention, confidence_level

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


def mention_rows(
    report: Report,
    resolved: Sequence[ResolvedMention],
    *,
    seq: int = 0,
    outside: Callable[[str | None, str | None], str | None] | None = None,
) -> list[dict[str, Any]]:
    """One report's mentions as flat rows (``MENTION_COLUMNS``): what every later step needs.

    A row holds the mention's record (``mention_record``), what the decision and the
    gazetteer said (``factors``, ``evidence`` as JSON text) and its place, so that places,
    districts and ``mentions.csv`` are made from the rows alone, without the report's text:
    the rows go to the run's store as each report is geoparsed (``store.py``).

    Parameters
    ----------
    report
        The report (its text gives the excerpts and event dates).
    resolved
        Its mentions, decided and corrected.
    seq
        The report's position in the run (rows of a run sort by ``seq``, then ``idx``).
    outside
        The time window: given a mention's event date and its precision, the reason it lies
        outside the window, or None; placed mentions outside are ``filtered``.

    Returns
    -------
    list of dict
        One row per mention, in text order; ``status`` is ``resolved``, ``unresolved`` or
        ``filtered`` and ``reason`` says why.
    """
    rows = []
    for idx, r in enumerate(resolved):
        record = mention_record(report, r)
        row: dict[str, Any] = {
            "seq": seq, "idx": idx, **record, "role_rule": r.role_rule,
            "in_name": r.mention.in_name, "ambiguity": r.ambiguity,
            "resolve_reason": r.resolve_reason,
            "evidence": json.dumps(list(r.evidence), ensure_ascii=False),
            "factors": json.dumps(r.factors, ensure_ascii=False),
            "status": "resolved", "reason": r.resolve_reason, "doc_rank": 0,
            **_entry_columns(r.entry),
        }  # fmt: skip
        if r.entry is None:
            row["status"] = "unresolved"
        elif outside is not None:
            why = outside(record["event_date"], record["event_date_precision"])
            if why is not None:
                row["status"], row["reason"] = "filtered", why
        rows.append(row)
    _rank_within_reports(rows)
    return rows


def _entry_columns(entry: GazetteerEntry | None) -> dict[str, Any]:
    """A mention row's place: the gazetteer entry's fields the layer shows."""
    if entry is None:
        return dict.fromkeys(ENTRY_COLUMNS)
    return {
        "place_id": entry.id,
        "place_name": entry.name,
        "kind": entry.kind,
        "lat": entry.lat,
        "lon": entry.lon,
        "country": entry.country,
        "district_current": entry.district_current,
        "geo_precision": entry.precision,
        "gazetteer": _gazetteer_ref(entry.id, entry.raw),
        "point": entry.raw.get("point", entry.source),
        "district_override": entry.raw.get("district_override"),
        "entry_corrected": "corrected_by_analyst" in entry.raw,
    }


#: The place columns of a mention row (None for an unresolved mention).
ENTRY_COLUMNS = ("place_id", "place_name", "kind", "lat", "lon", "country",
                 "district_current", "geo_precision", "gazetteer", "point",
                 "district_override", "entry_corrected")  # fmt: skip


def _rank_within_reports(rows: list[dict[str, Any]]) -> None:
    """Give each placed mention its rank among its report's mentions of the same place.

    A report's strongest mention of a place (incident before context, then by
    confidence) is 0, its next 1, ...: a place's strongest excerpts are its reports' best
    ones first (``PlaceTally``), as the map's popup orders them.
    """
    by_place: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["status"] == "resolved":
            by_place[row["place_id"]].append(row)
    for items in by_place.values():
        items.sort(key=lambda row: (row["role"] != "incident", -row["confidence"], row["idx"]))
        for rank, row in enumerate(items):
            row["doc_rank"] = rank


def _position(row: Mapping[str, Any]) -> tuple[int, int]:
    return row["seq"], row["idx"]


def _strength(row: Mapping[str, Any]) -> tuple[Any, ...]:
    """Strongest first: a report's best before any report's second, incident, confidence."""
    return (row["doc_rank"], row["role"] != "incident", -row["confidence"], *_position(row))


@dataclass(slots=True)
class PlaceTally:
    """What the mentions of one place add up to, so far; tallies of parts merge in any order.

    A place's feature is made from its mentions in every report; on a large corpus they
    cannot all be held, so each part of the run's store gives a tally per place and tallies
    merge (``merge``): counts add up (a report lies in one part), and every "first" or
    "best" is kept with the position or key that decides it, so the order of merging
    changes nothing. ``feature`` then gives the place's properties.
    """

    place_id: str
    n_mentions: int = 0
    n_sources: int = 0
    n_incident: int = 0
    n_incident_sources: int = 0
    #: The mention the place's role and confidence rest on (key, row): its strongest
    #: incident mention, else its strongest; ties go to the earliest.
    best: tuple[tuple[Any, ...], dict[str, Any]] | None = None
    #: The first mention's entry, and the first one an analyst corrected (position, row).
    first: tuple[tuple[int, int], dict[str, Any]] | None = None
    corrected: tuple[tuple[int, int], dict[str, Any]] | None = None
    #: Each surface form's first position where it is matched as a name, and overall.
    names: dict[str, list[tuple[int, int] | None]] = field(default_factory=dict)
    evidence: set[str] = field(default_factory=set)
    event_dates: set[str] = field(default_factory=set)
    notes: set[str] = field(default_factory=set)
    #: The strongest mention records, at most ``max_excerpts`` (all when None).
    excerpts: list[tuple[tuple[Any, ...], dict[str, Any]]] = field(default_factory=list)
    max_excerpts: int | None = None

    @classmethod
    def of_rows(
        cls, place_id: str, rows: Sequence[Mapping[str, Any]], *, max_excerpts: int | None
    ) -> PlaceTally:
        """The tally of one place's rows from whole reports (a part of the store)."""
        tally = cls(place_id, max_excerpts=max_excerpts)
        tally.n_mentions = len(rows)
        tally.n_sources = len({row["seq"] for row in rows})
        incident = [row for row in rows if row["role"] == "incident"]
        tally.n_incident = len(incident)
        tally.n_incident_sources = len({row["seq"] for row in incident})
        for row in rows:
            tally._add(row)
        tally._cut()
        return tally

    def _add(self, row: Mapping[str, Any]) -> None:
        at = _position(row)
        key = (row["role"] != "incident", -row["confidence"], row["start"], *at)
        if self.best is None or key < self.best[0]:
            self.best = (key, dict(row))
        if self.first is None or at < self.first[0]:
            self.first = (at, dict(row))
        if row["entry_corrected"] and (self.corrected is None or at < self.corrected[0]):
            self.corrected = (at, dict(row))
        named = at if row["match"] in NAME_MATCHES else None
        self.names[row["surface"]] = _earliest(self.names.get(row["surface"]), [named, at])
        self.evidence.update(json.loads(row["evidence"]))
        if row["role"] == "incident" and row["event_date"]:
            self.event_dates.add(row["event_date"])
        for reason in (row["role_reason"], row["resolve_reason"]):
            if reason.startswith("corrections.csv"):
                self.notes.add(reason)
        self.excerpts.append((_strength(row), record_of_row(row)))

    def _cut(self) -> None:
        if self.max_excerpts is not None and len(self.excerpts) > self.max_excerpts:
            self.excerpts = heapq.nsmallest(self.max_excerpts, self.excerpts)

    def merge(self, other: PlaceTally) -> PlaceTally:
        """Take in another tally of the same place, from other reports; return this one."""
        self.n_mentions += other.n_mentions
        self.n_sources += other.n_sources
        self.n_incident += other.n_incident
        self.n_incident_sources += other.n_incident_sources
        self.best = _least(self.best, other.best)
        self.first = _least(self.first, other.first)
        self.corrected = _least(self.corrected, other.corrected)
        for surface, positions in other.names.items():
            self.names[surface] = _earliest(self.names.get(surface), positions)
        self.evidence |= other.evidence
        self.event_dates |= other.event_dates
        self.notes |= other.notes
        self.excerpts.extend(other.excerpts)
        self._cut()
        return self

    def feature(self) -> dict[str, Any]:
        """The place's row of the layer (its properties, ``id`` and a point)."""
        assert self.best is not None and self.first is not None
        best = self.best[1]
        # An analyst's corrected point wins over the first report's, wherever it was made.
        entry = (self.corrected or self.first)[1]
        factors = point_factors(
            json.loads(best["factors"]), incident_mentions=self.n_incident,
            incident_sources=self.n_incident_sources,
        )  # fmt: skip
        confidence = point_confidence(factors)
        preferred = sorted((p[0], s) for s, p in self.names.items() if p[0] is not None)
        others = sorted((p[1], s) for s, p in self.names.items() if p[0] is None)
        row = {
            "id": self.place_id,
            "name": entry["place_name"],
            "names_in_text": [s for _, s in preferred] + [s for _, s in others],
            "role": "incident" if self.n_incident else "context",
            "confidence": confidence,
            "confidence_level": confidence_level(confidence),
            "confidence_factors": {
                "match": best["match"],
                "ambiguity": best["ambiguity"],
                "role_rule": best["role_rule"],
                "role_reason": best["role_reason"],
                "evidence": sorted(self.evidence),
                "p_report": round(float(json.loads(best["factors"]).get("p_report", 0.0)), 3),
                "resolved_by": best["resolve_reason"],
                "incident_mentions": self.n_incident,
                "corroborating_sources": self.n_incident_sources,
                "point": entry["point"],
                "inputs": {k: round(v, 4) for k, v in sorted(factors.items())},
                **({"corrected_by_analyst": sorted(self.notes)} if self.notes else {}),
            },
            "geo_precision": entry["geo_precision"],
            "kind": entry["kind"],
            "_district_current": entry["district_current"],
            "_district_override": entry["district_override"],
            "country": entry["country"],
            "gazetteer": entry["gazetteer"],
            "event_dates": sorted(self.event_dates),
            "n_mentions": self.n_mentions,
            "n_sources": self.n_sources,
            "mentions": [record for _, record in sorted(self.excerpts, key=_excerpt_position)],
            "geometry": Point(round(entry["lon"], 6), round(entry["lat"], 6)),
        }
        if self.n_mentions > len(self.excerpts):
            row["mentions_truncated"] = True
        return row


#: Matches that name the place itself (a surface form listed first in ``names_in_text``).
NAME_MATCHES = frozenset({"name", "alias", "area"})
#: The fields of a feature's mention record (``mention_record``) kept in a row.
RECORD_FIELDS = ("doc_id", "role", "confidence", "surface", "start", "end", "excerpt",
                 "source_title", "source_url", "published", "event_date",
                 "event_date_precision", "publisher", "site", "match", "role_reason")  # fmt: skip


def record_of_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """The SPEC's per-mention object of a feature, from a mention row."""
    return {k: row[k] for k in RECORD_FIELDS}


def _excerpt_position(item: tuple[tuple[Any, ...], dict[str, Any]]) -> tuple[Any, ...]:
    return item[0][-2:]  # (seq, idx): a feature lists its excerpts in text order


T = TypeVar("T")


def _least(a: tuple[Any, T] | None, b: tuple[Any, T] | None) -> tuple[Any, T] | None:
    """The one with the smaller key (either, when one is None)."""
    if a is None or (b is not None and b[0] < a[0]):
        return b
    return a


def _earliest(
    a: list[tuple[int, int] | None] | None, b: list[tuple[int, int] | None]
) -> list[tuple[int, int] | None]:
    """Element-wise earliest of two lists of positions (None: not seen)."""
    if a is None:
        return list(b)
    return [x if y is None or (x is not None and x <= y) else y for x, y in zip(a, b, strict=True)]


def place_tallies(
    rows: Iterable[Mapping[str, Any]], *, max_excerpts: int | None
) -> dict[str, PlaceTally]:
    """The tally of every place in rows of whole reports; only ``resolved`` rows count.

    ``filtered`` mentions (outside the time window) and ``unresolved`` ones are left out
    of the layer; they stay rows of ``mentions.csv``.
    """
    by_place: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["status"] == "resolved":
            by_place[row["place_id"]].append(row)
    return {
        place_id: PlaceTally.of_rows(place_id, items, max_excerpts=max_excerpts)
        for place_id, items in by_place.items()
    }


def merge_tallies(into: dict[str, PlaceTally], tallies: Mapping[str, PlaceTally]) -> None:
    """Merge the tallies of a part into those of the parts before it."""
    for place_id, tally in tallies.items():
        if place_id in into:
            into[place_id].merge(tally)
        else:
            into[place_id] = tally


def places_from_tallies(
    tallies: Mapping[str, PlaceTally], districts: gpd.GeoDataFrame
) -> gpd.GeoDataFrame:
    """The layer: one row per place, with the SPEC's properties, joined to districts.

    Returns
    -------
    GeoDataFrame
        Indexed by place id, sorted by it, in ``settings.default_crs``.
    """
    rows = [tallies[place_id].feature() for place_id in sorted(tallies)]
    if not rows:
        columns = ["id", *INCIDENT_FIELDS, "geometry"]
        return gpd.GeoDataFrame(
            {c: [] for c in columns}, geometry="geometry", crs=settings.default_crs
        ).set_index("id")
    gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs=settings.default_crs).set_index("id")
    if "mentions_truncated" in gdf.columns:
        gdf["mentions_truncated"] = gdf["mentions_truncated"].eq(True)
    gdf = assign_districts(gdf, districts)
    gdf = _district_overrides(gdf, districts)
    changes = district_changes()
    polygons = set(districts["district"])
    # A newer district inside this polygon (Duki in Loralai's), or another district of the
    # layer the place has been moved to since the polygons were drawn (Sinjawi, inside
    # Loralai's polygon, is run from Ziarat); a stale value (the point fell elsewhere) goes.
    gdf["district_current"] = [
        current
        if current
        and (changes.get(current) == district or current in polygons)
        and current != district
        else None
        for current, district in zip(gdf["_district_current"], gdf["district"], strict=True)
    ]
    return gdf.drop(columns=["_district_current", "_district_override"])


def places_from_mentions(
    resolved: Mapping[str, Sequence[ResolvedMention]],
    reports: Mapping[str, Report],
    districts: gpd.GeoDataFrame,
    *,
    max_excerpts: int | None = None,
) -> gpd.GeoDataFrame:
    """One row per resolved place, with the SPEC's properties, joined to districts.

    The layer of mentions held in memory (``learn.py``, tests); a build makes it from the
    rows in its store, part by part, through the same tallies.

    Parameters
    ----------
    resolved
        Resolved mentions per ``doc_id``.
    reports
        The reports by ``doc_id`` (titles, URLs, text for excerpts), in input order.
    districts
        District polygons for the join.
    max_excerpts
        Keep at most this many mention records per place (the strongest); None keeps all.

    Returns
    -------
    GeoDataFrame
        Indexed by place id, sorted by it, in ``settings.default_crs``.
    """
    order = {doc_id: i for i, doc_id in enumerate(reports)}
    rows = [
        row
        for doc_id in sorted(resolved, key=order.__getitem__)
        for row in mention_rows(reports[doc_id], resolved[doc_id], seq=order[doc_id])
    ]
    return places_from_tallies(place_tallies(rows, max_excerpts=max_excerpts), districts)


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


def _gazetteer_ref(place_id: str, raw: Mapping[str, Any]) -> str:
    """Where the coordinates came from (an area takes its parent's)."""
    placed_at = raw.get("placed_at")
    return str(placed_at) if placed_at else place_id


def districts_summary(
    places: gpd.GeoDataFrame,
    districts: gpd.GeoDataFrame,
    *,
    sources: Mapping[str, int] | None = None,
) -> gpd.GeoDataFrame:
    """Every district polygon in use, with its counts of incident places (zero included).

    A choropleth must tell a district where nothing was reported (0) from one outside
    the data (no feature), so every district of the boundaries in use is a row, not
    only those with incidents.

    Parameters
    ----------
    places
        The incidents layer (``role``, ``district_id``, ``name``, ``n_mentions``,
        ``mentions``).
    districts
        The district polygons the places were joined to.
    sources
        Distinct reports per district id over all the mentions of its incident places
        (a build counts them in its store). Without it they are counted from the
        layer's ``mentions``, which a layer with ``mentions_truncated`` features holds
        only in part: then the count is at least the largest ``n_sources`` of its places.

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
            counts[district_id] = {
                "n_incident_places": len(group),
                "n_mentions": _mention_count(group),
                "n_sources": _source_count(group) if sources is None else sources[district_id],
                "places": sorted(group["name"]),
            }
    empty = {"n_incident_places": 0, "n_mentions": 0, "n_sources": 0, "places": []}
    keep = [c for c in ("district", "district_id", "province", "country") if c in districts]
    summary = districts[[*keep, districts.geometry.name]].copy()
    for name in empty:
        summary[name] = [counts.get(i, empty)[name] for i in summary["district_id"]]
    summary = summary.sort_values("district_id", kind="stable")
    summary.index = pd.Index(summary["district_id"].astype(str).tolist(), name="id")
    return gpd.GeoDataFrame(summary, geometry=districts.geometry.name, crs=districts.crs)


def district_sources(
    rows: Iterable[Mapping[str, Any]], district_of: Mapping[str, str]
) -> Counter[str]:
    """Distinct reports per district among the rows of whole reports (a part of the store)."""
    pairs = {
        (district_of[row["place_id"]], row["seq"])
        for row in rows
        if row["status"] == "resolved" and row["place_id"] in district_of
    }
    return Counter(district for district, _ in pairs)


def _mention_count(places: pd.DataFrame) -> int:
    """Mentions of some places: their ``n_mentions`` (else the mentions they list)."""
    if "n_mentions" in places.columns and places["n_mentions"].notna().all():
        return int(places["n_mentions"].sum())
    return int(sum(len(m) for m in places["mentions"]))


def _source_count(places: pd.DataFrame) -> int:
    """Distinct reports among the mentions some places list (see ``districts_summary``)."""
    docs = {m["doc_id"] for mentions in places["mentions"] for m in mentions}
    largest = places["n_sources"].max() if "n_sources" in places.columns else 0
    return max(len(docs), int(largest) if pd.notna(largest) else 0)
