"""The map page: districts shaded by activity, one marker per place, every excerpt traceable.

``map_from_incidents`` builds and returns a ``folium.Map``; ``save_map`` writes it.

How the page stays safe and lean:

- Report text never reaches the page as markup. All place data travels as one JSON blob
  that is safe inside ``<script>`` (``<``, ``>``, ``&`` escaped) and the browser builds
  popups, tooltips and the title with ``textContent``; only http(s) URLs become links.
- The blob is compact: every string is stored once in a table and places are short
  arrays (about 140 bytes a place with one excerpt: 14 MB for 100,000 places); the
  browser parses it as JSON, creates markers in one loop, clusters them
  (Leaflet.markercluster) and builds a popup only when one is clicked.
- A place known only to district or province level is drawn as that area (hatched, or
  outlined for a province) with a ring symbol, never as a pinpoint.
"""

from __future__ import annotations

import gc
import html
import json
import math
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import folium
import geopandas as gpd
import numpy as np
import shapely
from branca.element import Element, Figure, MacroElement
from folium.utilities import JsCode
from jinja2 import Template

from ._assets import head_html
from ._io import write_text_atomic
from .models import confidence_level

#: Marker groups, each an overlay in the layer control.
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
#: District polygons are simplified as one coverage (Visvalingam-Whyatt, ~2 km) and rounded to
#: ``COORD_DECIMALS``: invisible at the zooms the page opens at, a third of the bytes.
SIMPLIFY_DEGREES = 0.02
COORD_DECIMALS = 3
ATTRIBUTION = (
    'Boundaries: <a href="https://www.geoboundaries.org">geoBoundaries</a> (public domain) '
    '| Places: <a href="https://www.geonames.org">GeoNames</a> (CC BY 4.0) and incidentmap'
)
TILES = {
    "cartodbpositron": (
        "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png",
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> '
        'contributors &copy; <a href="https://carto.com/attributions">CARTO</a>',
    ),
    "openstreetmap": (
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    ),
}
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


def district_colour(count: int, breaks: Sequence[int]) -> str | None:
    """Fill colour of a district with ``count`` incident places (None when zero)."""
    colours = _class_colours(len(breaks))
    colour = None
    for bound, candidate in zip(breaks, colours, strict=True):
        if count >= bound:
            colour = candidate
    return colour


def _class_colours(n: int) -> tuple[str, ...]:
    """``n`` colours spread over the sequential ramp, light to dark."""
    if n <= 1:
        return CLASS_COLOURS[2:3]
    last = len(CLASS_COLOURS) - 1
    return tuple(CLASS_COLOURS[round(i * last / (n - 1))] for i in range(n))


def _class_labels(breaks: Sequence[int], top: int) -> list[str]:
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


def _points(places: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Longitudes and latitudes of the places (a point inside any non-point geometry)."""
    geoms = places.geometry.to_crs("EPSG:4326") if places.crs else places.geometry
    geoms = geoms.where(geoms.geom_type == "Point", geoms.representative_point())
    return shapely.get_x(geoms.values), shapely.get_y(geoms.values)


def page_data(places: gpd.GeoDataFrame, *, min_confidence: float = 0.0) -> dict[str, Any]:
    """Return the compact data the page draws from.

    Parameters
    ----------
    places
        The incidents layer (one row per place, SPEC properties).
    min_confidence
        Incident places below it go to the ``low`` group.

    Returns
    -------
    dict
        ``s`` the string table; ``docs`` one ``[title, publisher, date, url, doc_id]`` per
        report (string indices; url only when http(s)); ``days`` the report dates, sorted;
        ``places`` one ``[lat, lon, name, where, confidence, group, precision, area, why,
        mentions, more, days]`` per place, where ``area`` is ``d:<district_id>`` or
        ``p:<province>`` for area-level places, ``mentions`` holds ``[doc, excerpt,
        highlight start, highlight length, is_incident]`` for the strongest few and
        ``days`` indexes ``days``; ``counts`` places per group; ``bounds`` of the places
        drawn by default.
    """
    strings = _Strings()
    docs: dict[Any, int] = {}
    doc_rows: list[list[int | None]] = []
    rows: list[list[Any]] = []
    days: set[str] = set()
    lons, lats = _points(places) if len(places) else (np.array([]), np.array([]))
    columns = [c for c in places.columns if c != places.geometry.name]
    # Column lists zipped into dicts: several times faster than to_dict("records").
    records = (dict(zip(columns, row, strict=True))
               for row in zip(*(places[c].tolist() for c in columns), strict=True))  # fmt: skip
    for record, lon, lat in zip(records, lons, lats, strict=True):
        if not (math.isfinite(lon) and math.isfinite(lat)):
            continue
        mentions = [m for m in (_value(record.get("mentions")) or []) if isinstance(m, Mapping)]
        shown: list[list[Any]] = []
        seen = set()
        for m in strongest_mentions(mentions):
            if len(shown) == POPUP_MENTIONS:
                break
            if (m.get("doc_id"), m.get("excerpt")) in seen:  # one sentence, two names
                continue
            seen.add((m.get("doc_id"), m.get("excerpt")))
            doc_key = (m.get("doc_id"), m.get("source_title"), m.get("source_url"))
            if doc_key not in docs:
                docs[doc_key] = len(doc_rows)
                url = safe_url(m.get("source_url"))
                doc_rows.append([strings(m.get("source_title")), strings(m.get("publisher")),
                                 strings(m.get("published")), strings(url),
                                 strings(m.get("doc_id"))])  # fmt: skip
            excerpt = str(_value(m.get("excerpt")) or "")
            start, length = _highlight(excerpt, str(_value(m.get("surface")) or ""))
            shown.append([docs[doc_key], strings(excerpt), start, length,
                          1 if m.get("role") == "incident" else 0])  # fmt: skip
        # The date of the event where the sentence says it, else the report's date.
        dates = sorted({d for d in (str(m.get("event_date") or m.get("published"))[:10]
                                    for m in mentions) if _DATE.fullmatch(d)})  # fmt: skip
        days.update(dates)
        precision = int(_number(record.get("geo_precision"), 1))
        rows.append([
            round(float(lat), 5), round(float(lon), 5), strings(record.get("name")),
            strings(_where(record)), round(_number(record.get("confidence")), 2),
            GROUPS.index(place_group(record, min_confidence=min_confidence)), precision,
            strings(_area(record, precision)), [strings(r) for r in reasons(record)], shown,
            max(0, len(mentions) - len(shown)), dates,
        ])  # fmt: skip
    day_list = sorted(days)
    day_index = {d: i for i, d in enumerate(day_list)}
    for row in rows:
        row[-1] = [day_index[d] for d in row[-1]]
    counts = Counter(GROUPS[row[5]] for row in rows)
    return {
        "s": strings.table(),
        "docs": doc_rows,
        "days": day_list,
        "places": rows,
        "counts": {g: counts.get(g, 0) for g in GROUPS},
        "bounds": _bounds(rows, min_confidence=min_confidence),
    }


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
        points = [(r[0], r[1]) for r in rows if r[5] in groups]
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


def _compact_geometries(gdf: gpd.GeoDataFrame) -> np.ndarray:
    """Simplify as one coverage (shared borders stay shared) and round the coordinates."""
    geoms = gdf.geometry.to_crs("EPSG:4326").values if gdf.crs else gdf.geometry.values
    try:
        geoms = shapely.coverage_simplify(geoms, SIMPLIFY_DEGREES)
    except (AttributeError, shapely.errors.GEOSException):  # GEOS < 3.12 or not a coverage
        geoms = shapely.simplify(geoms, SIMPLIFY_DEGREES / 2, preserve_topology=True)
    rounded: np.ndarray = shapely.transform(geoms, lambda c: np.round(c, COORD_DECIMALS))
    return rounded


def _districts_layer(districts: gpd.GeoDataFrame, summary: gpd.GeoDataFrame | None
                     ) -> tuple[folium.GeoJson, tuple[int, ...], int]:  # fmt: skip
    counts: dict[Any, Mapping[str, Any]] = {}
    if summary is not None and len(summary):
        counts = {r["district_id"]: r for r in summary.drop(columns="geometry").to_dict("records")}
    breaks = class_breaks([int(r["n_incident_places"]) for r in counts.values()])
    features = []
    for row, geom in zip(districts.drop(columns="geometry").to_dict("records"),
                         _compact_geometries(districts), strict=True):  # fmt: skip
        hit = counts.get(row["district_id"], {})
        n_places = int(hit.get("n_incident_places", 0))
        props = {
            "district": row["district"],
            "district_id": row["district_id"],
            "province": row.get("province"),
            "n_incident_places": n_places,
            "n_mentions": int(hit.get("n_mentions", 0)),
            "n_sources": int(hit.get("n_sources", 0)),
            "places": [str(p) for p in hit.get("places", [])],
            "fill": district_colour(n_places, breaks),
        }
        features.append({"type": "Feature", "id": str(row["district_id"]), "properties": props,
                         "geometry": shapely.geometry.mapping(geom)})  # fmt: skip
    layer = folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        name="Districts: incident places",
        style_function=lambda f: {
            "fillColor": f["properties"]["fill"] or "#ffffff",
            "fillOpacity": 0.7 if f["properties"]["fill"] else 0.0,
            "color": "#6f7b8a",
            "weight": 0.7,
        },
        highlight_function=lambda f: {"weight": 2.5, "color": "#222222"},
        on_each_feature=JsCode(
            "function (feature, layer) { layer.bindTooltip(function () {"
            " return incidentmap.districtTooltip(feature.properties); }, {sticky: true}); }"
        ),
        smooth_factor=0.5,
        pane="incidentmapDistricts",
        class_name="incidentmap-district",
    )
    top = max((int(r["n_incident_places"]) for r in counts.values()), default=0)
    return layer, breaks, top


class IncidentData(MacroElement):
    """The page's data and its script: popups, tooltips, areas, time filter, permalink.

    The data sits in a ``<script type="application/json">`` element: the browser parses
    JSON much faster than the same data as a JavaScript literal. Render this element
    before the ``PlaceLayer`` elements, which draw from it.
    """

    _template = Template(
        """
{% macro header(this, kwargs) %}
<style>{{ this.css }}</style>
<script>{{ this.js }}</script>
{% endmacro %}
{% macro html(this, kwargs) %}
<script type="application/json" id="{{ this.get_name() }}">{{ this.data }}</script>
{% endmacro %}
{% macro script(this, kwargs) %}
incidentmap.init({{ this._parent.get_name() }},
  JSON.parse(document.getElementById({{ this.get_name()|tojson }}).textContent), {
  districts: {{ this.districts.get_name() }},
  provinces: {{ this.provinces.get_name() if this.provinces else 'null' }},
  colours: {{ this.colours }}, time: {{ 'true' if this.time else 'false' }}
});
{% endmacro %}
"""
    )

    def __init__(self, data: Mapping[str, Any], *, districts: folium.GeoJson,
                 provinces: folium.GeoJson | None) -> None:  # fmt: skip
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "IncidentData"
        self.data = script_json(data)
        self.districts = districts
        self.provinces = provinces
        self.colours = script_json(GROUP_COLOURS)
        days = data["days"]
        self.time = len(days) > 1
        self.css = _CSS + "".join(
            f".incidentmap-{g}{{--c:{c}}}" for g, c in GROUP_COLOURS.items()
        )  # fmt: skip
        self.js = _JS


class PlaceLayer(folium.map.Layer):
    """One overlay of markers (clustered) and areas, for one group of places."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = incidentmap.overlay({{ this.key|tojson }});
{% endmacro %}
"""
    )

    def __init__(self, key: str, *, name: str, show: bool = True) -> None:
        if key not in GROUPS:
            raise ValueError(f"unknown place group {key!r}; expected one of {GROUPS}")
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "PlaceLayer"
        self.key = key


class PageControls(MacroElement):
    """Title, legend, attribution, time control and permalink; fits the view."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
incidentmap.controls({{ this.title }}, {{ this.legend }}, {{ this.attribution }},
                     {{ this.overlays }});
{% endmacro %}
"""
    )

    def __init__(self, *, title: str, legend: str, overlays: Mapping[str, Element]) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "PageControls"
        self.title = script_json(title)
        self.legend = script_json(legend)
        self.attribution = script_json(ATTRIBUTION)
        self._overlays = overlays

    @property
    def overlays(self) -> str:
        """Overlay key -> layer variable, as JavaScript (names are read at render time)."""
        pairs = (f"{script_json(k)}: {v.get_name()}" for k, v in self._overlays.items())
        return "{" + ", ".join(pairs) + "}"


def legend_html(breaks: Sequence[int], top: int) -> str:
    """Legend markup: constants and numbers only, never report text."""
    rows = ["<b>Places</b>"]
    for group in GROUPS:
        rows.append(f'<div><span class="incidentmap-marker incidentmap-{group} '
                    f'incidentmap-p1"></span>{html.escape(GROUP_LABELS[group])}</div>')  # fmt: skip
    rows.append('<div><span class="incidentmap-marker incidentmap-p2"></span>'
                "known only to district level (district hatched)</div>")  # fmt: skip
    rows.append('<div><span class="incidentmap-marker incidentmap-p3"></span>'
                "known only to province level or wider</div>")  # fmt: skip
    rows.append("<b>Incident places per district</b>")
    for colour, label in zip(_class_colours(len(breaks)), _class_labels(breaks, top),
                             strict=True):  # fmt: skip
        rows.append(f'<div><span class="incidentmap-swatch" style="background:{colour}">'
                    f"</span>{html.escape(label)}</div>")  # fmt: skip
    return "".join(rows)


def map_from_incidents(
    places: gpd.GeoDataFrame,
    districts: gpd.GeoDataFrame,
    summary: gpd.GeoDataFrame | None,
    *,
    provinces: gpd.GeoDataFrame | None = None,
    title: str = "incidentmap",
    tiles: str = "cartodbpositron",
    min_confidence: float = 0.0,
) -> folium.Map:
    """Build the map page.

    Parameters
    ----------
    places
        The incidents layer (one row per place, SPEC properties, WGS84 points).
    districts
        All district polygons (outlines and shading).
    summary
        ``districts_summary`` of the same places (counts per district); None when there
        are no places.
    provinces
        Province polygons for the outline, optional.
    title
        Shown on the page and in its ``<title>``.
    tiles
        A name from ``TILES``, a tile URL template, or ``none``.
    min_confidence
        Incident places below this are shown only in the low-confidence layer, hidden
        by default.

    Returns
    -------
    folium.Map
        The map; ``save_map`` writes it.
    """
    m = folium.Map(location=[29.0, 66.0], zoom_start=6, tiles=None, control_scale=True)
    m.options.update(min_zoom=3, max_zoom=18)  # on the map itself: clustering needs a maxZoom
    m.default_js = []
    m.default_css = []
    for name, z_index in (("incidentmapDistricts", 350), ("incidentmapAreas", 370)):
        folium.map.CustomPane(name, z_index=z_index, pointer_events=True).add_to(m)
    folium.map.CustomPane("incidentmapProvinces", z_index=380).add_to(m)
    _add_tiles(m, tiles)
    province_layer = None
    if provinces is not None and len(provinces):
        outline = provinces[["province", "geometry"]].copy()
        outline["geometry"] = _compact_geometries(outline)
        province_layer = folium.GeoJson(
            outline.__geo_interface__,
            name="Provinces",
            style_function=lambda f: {"fill": False, "color": "#3a3a3a", "weight": 1.6},
            interactive=False,
            control=False,
            pane="incidentmapProvinces",
        )
        province_layer.add_to(m)
    districts_layer, breaks, top = _districts_layer(districts, summary)
    districts_layer.add_to(m)
    with _gc_paused():
        data = page_data(places, min_confidence=min_confidence)
    IncidentData(data, districts=districts_layer, provinces=province_layer).add_to(m)
    overlays: dict[str, Element] = {"districts": districts_layer}
    for group in GROUPS:
        label = "Context places" if group == "context" else f"Incidents: {GROUP_LABELS[group]}"
        show = group in ("high", "medium") or (group == "low" and min_confidence <= 0)
        layer = PlaceLayer(group, name=f"{label} ({data['counts'][group]})", show=show)
        layer.add_to(m)
        overlays[group] = layer
    folium.LayerControl(collapsed=False).add_to(m)
    PageControls(title=title, legend=legend_html(breaks, top), overlays=overlays).add_to(m)
    root = m.get_root()
    assert isinstance(root, Figure)
    root.title = html.escape(title)
    _stable_names(root)
    return m


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small lists (~40% faster)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _walk(element: Element) -> Iterator[Element]:
    yield element
    for child in element._children.values():
        yield from _walk(child)


def _stable_names(root: Element) -> None:
    """Name elements by their order, not at random: the same layer gives the same page."""
    for number, element in enumerate(_walk(root)):
        element._id = f"{number:04x}"


def _add_tiles(m: folium.Map, tiles: str) -> None:
    if tiles.lower() == "none":
        return
    url, attribution = TILES.get(tiles.lower(), (tiles, "Map tiles"))
    folium.TileLayer(url, attr=attribution, name="Basemap", control=False).add_to(m)


def save_map(m: folium.Map, path: str | Path, *, inline_assets: bool = False) -> None:
    """Write the page atomically; ``inline_assets`` embeds Leaflet so it opens offline."""
    write_text_atomic(path, map_html(m, inline_assets=inline_assets))


def with_assets(m: folium.Map, *, inline_assets: bool = False) -> folium.Map:
    """Put Leaflet's JS/CSS (linked with SRI, or inlined) in the page's head; return ``m``.

    ``map_html`` does this before writing the page; a notebook needs it too, since
    folium's inline display (``_repr_html_``) renders the same page. Idempotent.
    """
    root = m.get_root()
    assert isinstance(root, Figure)
    root.header.add_child(Element(head_html(inline=inline_assets)), name="incidentmap_assets",
                          index=0)  # fmt: skip
    return m


def map_html(m: folium.Map, *, inline_assets: bool = False) -> str:
    """Return the page as a string (linked assets with SRI, or inlined)."""
    return str(with_assets(m, inline_assets=inline_assets).get_root().render())


_CSS = """
.leaflet-container{background:#eef0f2}
.incidentmap-title{background:#fff;padding:6px 12px;border-radius:4px;max-width:min(60vw,640px);
 box-shadow:0 1px 4px rgba(0,0,0,.3);font:600 16px/1.3 system-ui,sans-serif;color:#222}
.incidentmap-box{background:#fff;padding:8px 10px;border-radius:4px;color:#222;
 box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px/1.5 system-ui,sans-serif}
.incidentmap-box b{display:block;margin-top:4px}
.incidentmap-box input{font:12px system-ui,sans-serif;margin:2px 0 2px 4px}
.incidentmap-box button{font:12px system-ui,sans-serif;margin-top:4px}
.incidentmap-box .note{color:#666;font-size:11px}
.incidentmap-swatch{display:inline-block;width:14px;height:12px;margin-right:6px;
 vertical-align:middle;border:1px solid #6f7b8a}
.incidentmap-marker{box-sizing:border-box;border-radius:50%;--c:#4d4d4d}
.incidentmap-p1{background:var(--c);border:2px solid #fff;box-shadow:0 0 0 1px rgba(0,0,0,.6)}
.incidentmap-p2{background:rgba(255,255,255,.8);border:2.5px dashed var(--c)}
.incidentmap-p3{background:rgba(255,255,255,.5);border:3px dotted var(--c)}
.incidentmap-box .incidentmap-marker{display:inline-block;width:14px;height:14px;
 margin-right:6px;vertical-align:middle}
.incidentmap-cluster{border-radius:50%;background:color-mix(in srgb,var(--c) 35%,transparent)}
.incidentmap-cluster div{position:absolute;inset:4px;border-radius:50%;background:var(--c);
 color:#fff;display:flex;align-items:center;justify-content:center;
 font:600 12px system-ui,sans-serif}
.incidentmap-popup{font:13px/1.45 system-ui,sans-serif}
.incidentmap-popup h4{margin:0 0 2px;font-size:15px}
.incidentmap-popup ul{margin:4px 0;padding-left:16px;color:#444}
.incidentmap-popup blockquote{margin:6px 0;padding-left:8px;border-left:3px solid #ccc}
.incidentmap-popup mark{background:#ffe08a;padding:0 1px}
.incidentmap-popup .src{color:#555;font-size:12px}
.incidentmap-popup .leaflet-popup-content{max-height:55vh;overflow-y:auto}
"""

_JS = r"""
var incidentmap = (function () {
  "use strict";
  var api = {}, S, D, map, cfg, areaShapes = {}, overlays = {}, tip, timeFrom = "", timeTo = "";
  var LAT = 0, LON = 1, NAME = 2, WHERE = 3, CONF = 4, GROUP = 5, PREC = 6, AREA = 7,
      WHY = 8, MENTIONS = 9, MORE = 10, DAYS = 11;
  var GROUPS = ["high", "medium", "low", "context"], ANIMATE_MAX = 5000;

  function str(i) { return i === null || i === undefined ? null : S[i]; }
  function el(tag, text, cls, parent) {
    var node = document.createElement(tag);
    if (text !== null && text !== undefined) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function isHttp(url) { return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url); }

  // A link that opens the source at the sentence (a text fragment, #:~:text=start,end).
  api.textFragment = function (url, excerpt) {
    var words = excerpt.trim().split(/\s+/).filter(Boolean);
    if (words.length && words[0].charAt(0) === "\u2026") { words.shift(); }
    if (words.length && words[words.length - 1].slice(-1) === "\u2026") { words.pop(); }
    if (!words.length) { return url; }
    function enc(list) { return encodeURIComponent(list.join(" ")).replace(/-/g, "%2D"); }
    var spec = words.length <= 10 ? enc(words)
      : enc(words.slice(0, 5)) + "," + enc(words.slice(-5));
    return url.split("#")[0] + "#:~:text=" + spec;
  };

  api.popup = function (i) {
    var p = D.places[i], root = el("div");
    el("h4", str(p[NAME]), null, root);
    el("div", str(p[WHERE]) || "Outside the district layer", null, root);
    var group = GROUPS[p[GROUP]];
    el("div", (group === "context" ? "Mentioned only, nothing reported here; confidence "
               : "Confidence: " + group + ", ") + Number(p[CONF]).toFixed(2), "conf", root);
    var why = el("ul", null, null, root);
    p[WHY].forEach(function (w) { el("li", str(w), null, why); });
    p[MENTIONS].forEach(function (m) {
      var doc = D.docs[m[0]], excerpt = str(m[1]), q = el("blockquote", null, null, root);
      el("span", excerpt.slice(0, m[2]), null, q);
      el("mark", excerpt.slice(m[2], m[2] + m[3]), null, q);
      el("span", excerpt.slice(m[2] + m[3]), null, q);
      var src = el("div", null, "src", q), url = str(doc[3]);
      var label = [str(doc[0]), str(doc[1]), str(doc[2])].filter(Boolean).join(" \u00b7 ");
      label = label || str(doc[4]) || "source";
      if (isHttp(url)) {
        var a = el("a", label, null, src);
        a.href = api.textFragment(url, excerpt);
        a.target = "_blank"; a.rel = "noopener noreferrer";
      } else { el("span", label, null, src); }
      if (!m[4]) { el("span", " (mentioned in passing)", null, src); }
    });
    if (p[MORE] > 0) { el("div", "\u2026 and " + p[MORE] + " more mention(s)", "src", root); }
    return root;
  };

  api.districtTooltip = function (props) {
    var root = el("div");
    el("b", props.district, null, root);
    el("div", props.province, null, root);
    el("div", "Incident places: " + props.n_incident_places, null, root);
    el("div", "Mentions: " + props.n_mentions + ", reports: " + props.n_sources, null, root);
    var names = props.places || [];
    if (names.length) {
      var more = names.length > 12 ? " \u2026 and " + (names.length - 12) + " more" : "";
      el("div", "Places: " + names.slice(0, 12).join(", ") + more, null, root);
    }
    return root;
  };

  function hatchPatterns() {
    var ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "0"); svg.setAttribute("height", "0");
    svg.style.position = "absolute";
    var defs = document.createElementNS(ns, "defs");
    GROUPS.forEach(function (g) {
      var pattern = document.createElementNS(ns, "pattern");
      var line = document.createElementNS(ns, "line");
      pattern.setAttribute("id", "incidentmap-hatch-" + g);
      pattern.setAttribute("patternUnits", "userSpaceOnUse");
      pattern.setAttribute("width", "8"); pattern.setAttribute("height", "8");
      pattern.setAttribute("patternTransform", "rotate(45)");
      line.setAttribute("x1", "0"); line.setAttribute("y1", "0");
      line.setAttribute("x2", "0"); line.setAttribute("y2", "8");
      line.setAttribute("stroke", cfg.colours[g]); line.setAttribute("stroke-width", "1.5");
      pattern.appendChild(line); defs.appendChild(pattern);
    });
    svg.appendChild(defs);
    document.body.appendChild(svg);
  }

  function visible(p) {
    if (!p[DAYS].length || (!timeFrom && !timeTo)) { return true; }
    return p[DAYS].some(function (d) {
      var day = D.days[d];
      return (!timeFrom || day >= timeFrom) && (!timeTo || day <= timeTo);
    });
  }

  // Markers are handed to the cluster group only while it is on the map: off the map,
  // markercluster checks each new marker against its whole waiting list (quadratic).
  function fill(key) {
    var o = overlays[key];
    o.done = false; o.filled = map.hasLayer(o.group);
    if (!o.filled) { return; }
    o.cluster.clearLayers(); o.areas.clearLayers();
    o.cluster.addLayers(o.markers.filter(function (mk) { return visible(D.places[mk._im]); }));
    o.shapes.forEach(function (s) { if (visible(D.places[s._im])) { o.areas.addLayer(s); } });
  }

  api.overlay = function (key) {
    var colour = cfg.colours[key], g = GROUPS.indexOf(key), icons = {}, o;
    [1, 2, 3].forEach(function (prec) {
      var size = [14, 22, 30][prec - 1];
      icons[prec] = L.divIcon({html: "", iconSize: [size, size],
        className: "incidentmap-marker incidentmap-" + key + " incidentmap-p" + prec});
    });
    var cluster = L.markerClusterGroup({
      maxClusterRadius: 40, chunkedLoading: true, chunkInterval: 250, chunkDelay: 16,
      showCoverageOnHover: false,
      animate: D.places.length <= ANIMATE_MAX,  // animated zooms crawl with many markers
      iconCreateFunction: function (c) {
        var n = c.getChildCount(), size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 48;
        return L.divIcon({html: "<div>" + Number(n) + "</div>", iconSize: [size, size],
          className: "incidentmap-cluster incidentmap-" + key});
      },
      chunkProgress: function (done, total) { if (done >= total) { o.done = true; } }
    });
    o = overlays[key] = {cluster: cluster, areas: L.featureGroup(), markers: [], shapes: []};
    D.places.forEach(function (p, i) {
      if (p[GROUP] !== g) { return; }
      var prec = Math.min(Math.max(p[PREC] || 1, 1), 3);
      var marker = L.marker([p[LAT], p[LON]], {icon: icons[prec]});
      marker._im = i; o.markers.push(marker);
      var area = areaShapes[str(p[AREA])];
      if (prec > 1 && area) {
        var province = str(p[AREA]).slice(0, 2) === "p:";
        var shape = L.GeoJSON.geometryToLayer(area, {
          pane: "incidentmapAreas", color: colour, weight: province ? 3 : 2, dashArray: "6 4",
          fill: !province, fillColor: "url(#incidentmap-hatch-" + key + ")", fillOpacity: 0.8,
          className: "incidentmap-area incidentmap-area-" + key
        });
        shape._im = i; o.shapes.push(shape);
      }
    });
    function open(e) {
      var i = e.layer && e.layer._im;
      if (i === undefined) { return; }
      L.popup({maxWidth: 420, minWidth: 260, className: "incidentmap-popup",
               autoPanPadding: [30, 30]})
        .setLatLng(e.layer.getLatLng ? e.layer.getLatLng() : e.latlng)
        .setContent(api.popup(i)).openOn(map);
    }
    function hover(e) {
      if (e.layer && e.layer._im !== undefined) {
        tip.setContent(el("span", str(D.places[e.layer._im][NAME])));
        tip.setLatLng(e.layer.getLatLng ? e.layer.getLatLng() : e.latlng);
        map.openTooltip(tip);
      }
    }
    [cluster, o.areas].forEach(function (layer) {
      layer.on("click", open);
      layer.on("mouseover", hover);
      layer.on("mouseout", function () { map.closeTooltip(tip); });
    });
    o.group = L.featureGroup([o.areas, cluster]);
    o.group.on("add", function () { if (!o.filled) { fill(key); } });
    return o.group;
  };

  api.init = function (leafletMap, data, options) {
    map = leafletMap; D = data; S = data.s; cfg = options;
    tip = L.tooltip({direction: "top", offset: [0, -8]});
    hatchPatterns();
    options.districts.eachLayer(function (l) {
      areaShapes["d:" + l.feature.properties.district_id] = l.feature;
    });
    if (options.provinces) {
      options.provinces.eachLayer(function (l) {
        areaShapes["p:" + l.feature.properties.province] = l.feature;
      });
    }
  };

  api.ready = function () {
    return !!api.layers && GROUPS.every(function (k) {
      return !map.hasLayer(overlays[k].group) || overlays[k].done;
    });
  };

  function control(position, build) {
    var c = L.control({position: position});
    c.onAdd = function () {
      var div = L.DomUtil.create("div", "incidentmap-box");
      L.DomEvent.disableClickPropagation(div); L.DomEvent.disableScrollPropagation(div);
      build(div); return div;
    };
    c.addTo(map); return c;
  }

  function setTime(from, to) {
    timeFrom = from || ""; timeTo = to || "";
    GROUPS.forEach(fill);
    if (api.timeInputs) {
      api.timeInputs[0].value = timeFrom || D.days[0];
      api.timeInputs[1].value = timeTo || D.days[D.days.length - 1];
    }
  }

  function timeControl(onChange) {
    control("bottomleft", function (div) {
      el("b", "Event date", null, div);
      var inputs = ["from", "to"].map(function (label) {
        var row = el("label", label, null, div), input = el("input", null, null, row);
        input.type = "date"; input.name = label; el("br", null, null, div);
        input.min = D.days[0]; input.max = D.days[D.days.length - 1];
        input.value = label === "from" ? input.min : input.max;
        input.addEventListener("change", function () {
          var from = inputs[0].value, to = inputs[1].value;  // the full range is no filter
          setTime(from === inputs[0].min ? "" : from, to === inputs[1].max ? "" : to);
          onChange();
        });
        return input;
      });
      var reset = el("button", "All dates", null, div);
      reset.type = "button";
      reset.addEventListener("click", function () { setTime("", ""); onChange(); });
      el("div", "Places from undated reports always show.", "note", div);
      api.timeInputs = inputs;
    });
  }

  api.controls = function (title, legend, attribution, layers) {
    api.layers = layers;
    control("topleft", function (div) {
      div.className = "incidentmap-title"; div.textContent = title;
    });
    control("bottomright", function (div) { div.innerHTML = legend; });
    map.attributionControl.addAttribution(attribution);
    // Permalink: view, open layers and the date filter live in the URL hash.
    function writeHash() {
      var c = map.getCenter(), on = Object.keys(layers).filter(function (k) {
        return map.hasLayer(layers[k]);
      });
      var hash = "#map=" + map.getZoom() + "/" + c.lat.toFixed(4) + "/" + c.lng.toFixed(4) +
        "&layers=" + on.join(",");
      if (timeFrom) { hash += "&from=" + timeFrom; }
      if (timeTo) { hash += "&to=" + timeTo; }
      if (location.hash !== hash) { history.replaceState(null, "", hash); }
    }
    function readHash() {
      var params = new URLSearchParams(location.hash.slice(1)), view = false;
      var v = /^(\d+)\/(-?[\d.]+)\/(-?[\d.]+)$/.exec(params.get("map") || "");
      if (v) { map.setView([+v[2], +v[3]], +v[1]); view = true; }
      if (params.has("layers")) {
        var on = params.get("layers").split(",");
        Object.keys(layers).forEach(function (k) {
          var want = on.indexOf(k) >= 0;
          if (want && !map.hasLayer(layers[k])) { map.addLayer(layers[k]); }
          if (!want && map.hasLayer(layers[k])) { map.removeLayer(layers[k]); }
        });
      }
      var date = /^\d{4}-\d{2}-\d{2}$/, from = params.get("from"), to = params.get("to");
      from = date.test(from || "") ? from : ""; to = date.test(to || "") ? to : "";
      if (cfg.time && (from !== timeFrom || to !== timeTo)) { setTime(from, to); }
      return view;
    }
    if (cfg.time) { timeControl(writeHash); }
    if (!readHash() && D.bounds) { map.fitBounds(D.bounds, {maxZoom: 9, padding: [40, 40]}); }
    map.on("moveend overlayadd overlayremove", writeHash);
    window.addEventListener("hashchange", readHash);
  };

  api.overlays = overlays;
  api.data = function () { return D; };
  api.map = function () { return map; };
  return api;
})();
"""
