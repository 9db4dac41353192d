"""The data the map page draws from: one compact, script-safe JSON blob built from the layer.

The browser builds every marker, popup, tooltip and count from this blob, so the page can
recount everything when the reader moves the date or event-type filter. Events and claims
join it through ``event_data``. Rows are arrays, not objects,
to keep a 100,000-place page small; their layouts travel with the data (``fields``), so
the script reads ``row[F.name]`` and the order is written down once, here.

A place's ``tally`` counts its mentions by report, day and role. It is what lets the
page recount districts for any window of event dates (see ``incidentmap.js``):

- a mention is in the window when its day (the event date, else the report's date) is,
  or when it has no date at all (undated reports always count);
- a place shows when one of the mentions that make its role is in the window (its
  incident mentions for an incident place, any mention for a context place);
- a district counts the incident places that show, their mentions in the window, and the
  reports of those mentions. With no filter this is ``layer.districts_summary``.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import geopandas as gpd
import numpy as np
import shapely

from ..models import confidence_level
from .event_data import (
    CLAIM_FIELDS,
    EVENT_FIELDS,
    EVENT_PRECISION_LABELS,
    FATALITY_RINGS,
    event_rows,
    index_event_rows,
    type_order,
    wave_rows,
)

#: Marker groups, each an overlay of the page.
GROUPS = ("high", "medium", "low", "context")
GROUP_COLOURS = {"high": "#b2182b", "medium": "#f4831f", "low": "#8073ac", "context": "#4d4d4d"}
GROUP_LABELS = {
    "high": "high confidence",
    "medium": "medium confidence",
    "low": "low confidence",
    "context": "context (mentioned, nothing reported there)",
}
#: Sequential blues for incident places per district: they stay apart from the warm markers.
CLASS_COLOURS = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
#: Candidate lower bounds of the district classes ("nice" numbers).
NICE_BREAKS = (1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000)
#: Excerpts shown in a popup; the rest are counted.
POPUP_MENTIONS = 5
#: How each ``event_date_precision`` (``dates.py``) reads in a popup.
DATE_PRECISION_LABELS = {
    "stated": "stated in the sentence",
    "stated-no-year": "day and month stated, year from the report",
    "weekday": "worked out from a weekday or 'yesterday'",
    "published": "not stated; the report's date",
    "unknown": "unknown",
}
#: Row layouts of the page data (the script looks the positions up by name).
PLACE_FIELDS = ("lat", "lon", "name", "where", "confidence", "group", "precision", "area",
                "district", "why", "mentions", "more", "tally")  # fmt: skip
MENTION_FIELDS = ("doc", "excerpt", "start", "length", "incident", "day", "day_precision")
DOC_FIELDS = ("title", "publisher", "published", "url", "doc_id")
TALLY_FIELDS = ("doc", "day", "n", "incident")
_P = {name: i for i, name in enumerate(PLACE_FIELDS)}
_M_DAY = MENTION_FIELDS.index("day")
_E_DAY = EVENT_FIELDS.index("day")
_T_DAY = TALLY_FIELDS.index("day")

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                 "\u2029": "\\u2029"}  # fmt: skip


def script_json(data: Any) -> str:
    """JSON that cannot end a ``<script>`` element or open a comment inside it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def safe_url(url: Any) -> str | None:
    """Return ``url`` if it is an absolute http(s) URL, else None (never a link)."""
    if not isinstance(url, str):
        return None
    text: str = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    if any(c in text for c in "\"'<>` \n\r\t\\"):
        return None
    return text


def class_breaks(counts: Sequence[int]) -> tuple[int, ...]:
    """Lower bounds of at most five classes of district counts, from ``NICE_BREAKS``.

    Small counts keep one class per value (1, 2, 3, ...); large ones get wider classes.
    """
    top = max((c for c in counts if c > 0), default=1)
    bounds = [b for b in NICE_BREAKS if b <= top]
    if len(bounds) > len(CLASS_COLOURS):
        last = len(bounds) - 1
        picks = [round(i * last / (len(CLASS_COLOURS) - 1)) for i in range(len(CLASS_COLOURS))]
        bounds = [bounds[i] for i in sorted(set(picks))]
    return tuple(bounds)


def class_colours(n: int) -> tuple[str, ...]:
    """``n`` colours spread over the sequential ramp, light to dark."""
    if n <= 1:
        return CLASS_COLOURS[2:3]
    last = len(CLASS_COLOURS) - 1
    return tuple(CLASS_COLOURS[round(i * last / (n - 1))] for i in range(n))


def district_colour(count: int, breaks: Sequence[int]) -> str | None:
    """Fill colour of a district with ``count`` incident places (None when zero).

    The page colours districts with the same rule in the browser; a browser test holds
    the two to the same answer.
    """
    colour = None
    for bound, candidate in zip(breaks, class_colours(len(breaks)), strict=True):
        if count >= bound:
            colour = candidate
    return colour


def class_labels(breaks: Sequence[int], top: int) -> list[str]:
    """Legend labels of the classes (``1``, ``2``, ``3–4``, ...)."""
    labels = []
    for i, low in enumerate(breaks):
        high = breaks[i + 1] - 1 if i + 1 < len(breaks) else top
        labels.append(str(low) if high <= low else f"{low}\u2013{high}")
    return labels


class _Strings:
    """A string table: each distinct string is stored once and referred to by index."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, value: Any) -> int | None:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        text = str(value)
        if text not in self.index:
            self.index[text] = len(self.index)
        return self.index[text]

    def table(self) -> list[str]:
        return list(self.index)


def _value(value: Any) -> Any:
    """None for missing values (NaN from a hand-edited layer)."""
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _number(value: Any, default: float = 0.0) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return default if math.isnan(number) else number


def place_group(place: Mapping[str, Any], *, min_confidence: float = 0.0) -> str:
    """Return the overlay a place is drawn in: its confidence level, or ``context``.

    Incident places below ``min_confidence`` go to ``low`` (hidden by default).
    """
    if _value(place.get("role")) not in (None, "incident"):
        return "context"
    confidence = _number(place.get("confidence"))
    level = _value(place.get("confidence_level"))
    if level not in ("high", "medium", "low"):
        level = confidence_level(confidence)
    return "low" if confidence < min_confidence else str(level)


def _highlight(excerpt: str, surface: str) -> tuple[int, int]:
    """Start and length of the place name in its excerpt (0, 0 when absent)."""
    if not surface:
        return 0, 0
    index = excerpt.find(surface)
    if index < 0:
        index = excerpt.lower().find(surface.lower())
    return (index, len(surface)) if index >= 0 else (0, 0)


def strongest_mentions(mentions: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Mentions strongest first: incident before context, then by confidence.

    Each report's best mention comes before any report's second one, so the first few
    shown in a popup come from as many reports as possible.
    """
    if len(mentions) < 2:
        return list(mentions)
    key = [(m.get("role") != "incident", -_number(m.get("confidence"))) for m in mentions]
    order = sorted(range(len(mentions)), key=lambda i: key[i])
    rank: Counter[Any] = Counter()
    ranked = []
    for i in order:
        doc = mentions[i].get("doc_id")
        ranked.append((rank[doc], *key[i], i))
        rank[doc] += 1
    return [mentions[item[-1]] for item in sorted(ranked)]


def reasons(place: Mapping[str, Any]) -> list[str]:
    """Return the place's confidence factors in plain words."""
    factors = _value(place.get("confidence_factors"))
    factors = factors if isinstance(factors, Mapping) else {}
    out = []
    if factors.get("role_rule"):
        out.append(f"Why {'an incident' if place.get('role') == 'incident' else 'context'}: "
                   f"{factors['role_rule']}")  # fmt: skip
    sources = factors.get("corroborating_sources")
    if sources:
        out.append(f"Reported as an incident in {sources} report(s)")
    match = factors.get("match")
    if match == "alias":
        out.append("Matched through a variant spelling")
    elif match == "site":
        out.append("Known from a site or road inside this place")
    elif match == "area":
        out.append("An area the gazetteer lacks, placed at its district or town")
    ambiguity = _number(factors.get("ambiguity"))
    if ambiguity > 1:
        out.append(f"Name shared by {ambiguity:g} gazetteer entries; chosen by the report's "
                   "geography")  # fmt: skip
    if factors.get("resolved_by"):
        out.append(f"Resolved by: {factors['resolved_by']}")
    precision = _number(place.get("geo_precision"), 1)
    if precision == 2:
        out.append("Known only to district/tehsil level: drawn as that area, not a point")
    elif precision >= 3:
        out.append("Known only to province level or wider: drawn as that area, not a point")
    return out


def mention_day(mention: Mapping[str, Any]) -> tuple[str | None, str]:
    """The day a mention is filed under, and how it was found.

    The event date where the sentence gives one, else the report's date; a layer from
    before event dates existed has only the report's date.
    """
    for key in ("event_date", "published"):
        day = str(_value(mention.get(key)) or "")[:10]
        if _DATE.fullmatch(day):
            precision = _value(mention.get("event_date_precision")) if key == "event_date" else None
            return day, str(precision or "published")
    return None, "unknown"


def _points(places: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Longitudes and latitudes of the places (a point inside any non-point geometry)."""
    geoms = places.geometry.to_crs("EPSG:4326") if places.crs else places.geometry
    geoms = geoms.where(geoms.geom_type == "Point", geoms.representative_point())
    return shapely.get_x(geoms.values), shapely.get_y(geoms.values)


class _PageBuilder:
    """Accumulates the string table, report rows and days while places are added."""

    def __init__(self) -> None:
        self.strings = _Strings()
        self.docs: dict[Any, int] = {}
        self.doc_rows: list[list[int | None]] = []
        self.days: set[str] = set()
        #: A mention of each report, for the reports that claims name by doc_id only.
        self.doc_mentions: dict[Any, Mapping[str, Any]] = {}

    def doc(self, m: Mapping[str, Any]) -> int:
        """The report row of a mention shown in a popup (added on first use)."""
        key = (m.get("doc_id"), m.get("source_title"), m.get("source_url"))
        if key not in self.docs:
            self.docs[key] = len(self.doc_rows)
            s = self.strings
            self.doc_rows.append([s(m.get("source_title")), s(m.get("publisher")),
                                  s(m.get("published")), s(safe_url(m.get("source_url"))),
                                  s(m.get("doc_id"))])  # fmt: skip
        return self.docs[key]

    def doc_by_id(self, doc_id: str) -> int:
        """The report row of a claim's report, known from any mention of it in the layer."""
        return self.doc(self.doc_mentions.get(doc_id) or {"doc_id": doc_id})

    def shown(self, mentions: Sequence[Mapping[str, Any]]) -> list[list[Any]]:
        """The strongest few mentions, one per sentence, as popup rows (days as text)."""
        rows: list[list[Any]] = []
        seen = set()
        for m in strongest_mentions(mentions):
            if len(rows) == POPUP_MENTIONS:
                break
            if (m.get("doc_id"), m.get("excerpt")) in seen:  # one sentence, two names
                continue
            seen.add((m.get("doc_id"), m.get("excerpt")))
            excerpt = str(_value(m.get("excerpt")) or "")
            start, length = _highlight(excerpt, str(_value(m.get("surface")) or ""))
            day, precision = mention_day(m)
            rows.append([self.doc(m), self.strings(excerpt), start, length,
                         1 if m.get("role") == "incident" else 0, day,
                         self.strings(precision)])  # fmt: skip
        return rows

    def tally(self, mentions: Sequence[Mapping[str, Any]]) -> list[list[Any]]:
        """Mentions counted by report, day and role (days as text)."""
        counts: Counter[tuple[int | None, str | None, int]] = Counter()
        for m in mentions:
            self.doc_mentions.setdefault(m.get("doc_id"), m)
            day = mention_day(m)[0]
            if day:
                self.days.add(day)
            incident = 1 if m.get("role") == "incident" else 0
            counts[(self.strings(m.get("doc_id")), day, incident)] += 1
        return [[doc, day, n, incident] for (doc, day, incident), n in counts.items()]


def page_data(
    places: gpd.GeoDataFrame,
    *,
    min_confidence: float = 0.0,
    aggregates: Iterable[Mapping[str, Any]] | None = None,
    max_wave_claims: int = 0,
) -> dict[str, Any]:
    """Return the compact data the page draws from.

    Parameters
    ----------
    places
        The incidents layer (one row per place, SPEC properties, with ``events``).
    min_confidence
        Incident places below it go to the ``low`` group.
    aggregates
        The reports' figures for the whole wave (``run.json``'s ``aggregates``: claim
        records no place can be given); None or empty when there are none.
    max_wave_claims
        Keep at most this many of them of each kind (``--max-excerpts``; 0 keeps all).

    Returns
    -------
    dict
        ``s`` the string table (every string is an index into it); ``fields`` the row
        layouts; ``docs`` one ``DOC_FIELDS`` row per report shown in a popup or named by
        a claim (url only when http(s)); ``days`` the days of all mentions and events,
        sorted; ``places`` one ``PLACE_FIELDS`` row per place, where ``area`` is
        ``d:<district_id>`` or ``p:<province>`` for area-level places, ``district`` the
        place's district id, ``mentions`` the strongest few as ``MENTION_FIELDS`` rows and
        ``tally`` all of them as ``TALLY_FIELDS`` rows (``day`` indexes ``days``);
        ``events`` one ``EVENT_FIELDS`` row per event (``place`` indexes ``places``,
        ``type`` indexes ``types``, ``claims`` are ``CLAIM_FIELDS`` rows); ``types`` the
        event types met, in ACLED's order; ``aggregates`` the wave's claims as
        ``CLAIM_FIELDS`` rows and ``aggregatesLeftOut`` how many more ``run.json`` holds;
        ``counts`` places per group; ``breaks``, ``fills`` and ``top`` the district
        classes; ``rings`` the fatality classes of the markers;
        ``precisions`` and ``eventPrecisions`` the words for each date precision;
        ``bounds`` of the places drawn by default.
    """
    page = _PageBuilder()
    rows, place_events = _place_rows(places, page, min_confidence=min_confidence)
    # Claims name their report by doc_id: resolved once every mention has been seen.
    types: dict[str, int] = {}
    events = [event for i, records in place_events
              for event in event_rows(i, records, page.strings, page.doc_by_id, types)]  # fmt: skip
    wave, wave_left_out = wave_rows(
        aggregates or (), page.strings, page.doc_by_id, per_kind=max_wave_claims
    )
    page.days.update(e[_E_DAY] for e in events if e[_E_DAY])
    day_list = sorted(page.days)
    day_index = {d: i for i, d in enumerate(day_list)}
    _index_days(rows, day_index)
    type_list, renumber = type_order(types)
    index_event_rows(events, day_index, renumber)
    per_district = Counter(r[_P["district"]] for r in rows
                           if r[_P["group"]] != GROUPS.index("context") and
                           r[_P["district"]] is not None)  # fmt: skip
    breaks = class_breaks(list(per_district.values()))
    counts = Counter(GROUPS[row[_P["group"]]] for row in rows)
    return {
        "s": page.strings.table(),
        "fields": {
            "place": PLACE_FIELDS,
            "mention": MENTION_FIELDS,
            "doc": DOC_FIELDS,
            "tally": TALLY_FIELDS,
            "event": EVENT_FIELDS,
            "claim": CLAIM_FIELDS,
        },  # fmt: skip
        "docs": page.doc_rows,
        "days": day_list,
        "places": rows,
        "events": events,
        "types": type_list,
        "aggregates": wave,
        "aggregatesLeftOut": wave_left_out,
        "counts": {g: counts.get(g, 0) for g in GROUPS},
        "breaks": list(breaks),
        "fills": list(class_colours(len(breaks))),
        "top": max(per_district.values(), default=0),
        "rings": list(FATALITY_RINGS),
        "precisions": DATE_PRECISION_LABELS,
        "eventPrecisions": EVENT_PRECISION_LABELS,
        "bounds": _bounds(rows, min_confidence=min_confidence),
    }


def _place_rows(
    places: gpd.GeoDataFrame, page: _PageBuilder, *, min_confidence: float
) -> tuple[list[list[Any]], list[tuple[int, Any]]]:
    """The ``PLACE_FIELDS`` rows of the places with coordinates, and each one's events.

    The events are returned as the layer holds them, with their place's row, to be
    turned into rows once every report is known.
    """
    s = page.strings
    rows: list[list[Any]] = []
    place_events: list[tuple[int, Any]] = []
    lons, lats = _points(places) if len(places) else (np.array([]), np.array([]))
    columns = [c for c in places.columns if c != places.geometry.name]
    # Column lists zipped into dicts: several times faster than to_dict("records").
    records = (dict(zip(columns, row, strict=True))
               for row in zip(*(places[c].tolist() for c in columns), strict=True))  # fmt: skip
    for record, lon, lat in zip(records, lons, lats, strict=True):
        if not (math.isfinite(lon) and math.isfinite(lat)):
            continue
        mentions = [m for m in (_value(record.get("mentions")) or []) if isinstance(m, Mapping)]
        shown = page.shown(mentions)
        precision = int(_number(record.get("geo_precision"), 1))
        if record.get("events") is not None:
            place_events.append((len(rows), record["events"]))
        rows.append([
            round(float(lat), 5), round(float(lon), 5), s(record.get("name")), s(_where(record)),
            round(_number(record.get("confidence")), 2),
            GROUPS.index(place_group(record, min_confidence=min_confidence)), precision,
            s(_area(record, precision)), s(_value(record.get("district_id"))),
            [s(r) for r in reasons(record)], shown, max(0, len(mentions) - len(shown)),
            page.tally(mentions),
        ])  # fmt: skip
    return rows, place_events


def _index_days(rows: list[list[Any]], index: Mapping[str, int]) -> None:
    """Replace the days in popup mentions and tallies by their index in ``days``."""
    for row in rows:
        for m in row[_P["mentions"]]:
            m[_M_DAY] = index[m[_M_DAY]] if m[_M_DAY] else None
        for t in row[_P["tally"]]:
            t[_T_DAY] = index[t[_T_DAY]] if t[_T_DAY] else None


def _where(place: Mapping[str, Any]) -> str | None:
    """``District (now X district), Province`` as far as known."""
    district, current, province = (_value(place.get(k)) for k in
                                   ("district", "district_current", "province"))  # fmt: skip
    text = f"{district} district" if district else ""
    if current:
        text += f" (now {current} district)"
    if province:
        text = f"{text}, {province}" if text else str(province)
    return text or None


def _area(place: Mapping[str, Any], precision: int) -> str | None:
    """Return the polygon an area-level place stands for, as a key the page resolves."""
    if precision == 2 and _value(place.get("district_id")):
        return f"d:{place['district_id']}"
    if precision >= 3 and _value(place.get("kind")) == "province" and _value(place.get("province")):
        return f"p:{place['province']}"
    return None


def _bounds(rows: Sequence[Sequence[Any]], *, min_confidence: float) -> list[list[float]] | None:
    """Bounds of the incident places drawn by default (else of all incident places)."""
    shown = {GROUPS.index("high"), GROUPS.index("medium")}
    if min_confidence <= 0:
        shown.add(GROUPS.index("low"))
    for groups in (shown, {0, 1, 2}):
        points = [(r[0], r[1]) for r in rows if r[_P["group"]] in groups]
        if points:
            lats, lons = zip(*points, strict=True)
            return [[min(lats), min(lons)], [max(lats), max(lons)]]
    return None


def title_from_places(places: gpd.GeoDataFrame) -> str:
    """Return a title from the layer's mentions, worded as ``build`` words it."""
    titles: dict[str, Any] = {}
    dates = set()
    for mentions in places["mentions"] if "mentions" in places.columns else []:
        for m in _value(mentions) or []:
            titles.setdefault(str(m.get("doc_id")), m.get("source_title"))
            if m.get("published"):
                dates.add(str(m["published"]))
    if len(titles) == 1 and next(iter(titles.values())):
        return str(next(iter(titles.values())))
    span = ""
    if dates:
        first, last = min(dates), max(dates)
        span = f", {first}" if first == last else f", {first} to {last}"
    return f"Incidents from {len(titles)} reports{span}"
