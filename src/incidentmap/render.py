"""The map page: districts shaded by activity, one marker per place, every excerpt traceable.

``map_from_incidents`` builds and returns a ``folium.Map``; ``save_map`` writes it. Report
text never reaches the page as markup: places are embedded as JSON that is safe inside
``<script>`` (``<``, ``>``, ``&`` escaped) and popups are built with ``textContent`` in the
browser; only http(s) URLs become links.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import folium
import geopandas as gpd
from branca.element import Element, MacroElement
from jinja2 import Template

from ._assets import head_html
from ._io import write_text_atomic

LEVEL_COLOURS = {"high": "#b2182b", "medium": "#ef8a62", "low": "#9e9ac8"}
CONTEXT_COLOUR = "#4d4d4d"
#: Sequential classes for the number of incident places in a district (small counts).
CLASS_BREAKS = (1, 2, 3, 5)
CLASS_COLOURS = ("#fee5d9", "#fcae91", "#fb6a4a", "#cb181d")
POPUP_MENTIONS = 5
ATTRIBUTION = (
    'Boundaries: <a href="https://www.geoboundaries.org">geoBoundaries</a> (public domain); '
    'places: <a href="https://www.geonames.org">GeoNames</a> (CC BY 4.0) and incidentmap'
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
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                 "\u2029": "\\u2029"}  # fmt: skip


def script_json(data: Any) -> str:
    """JSON that cannot end a ``<script>`` element or open a comment inside it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def safe_url(url: Any) -> str | None:
    """Return ``url`` if it is an absolute http(s) URL, else None (never a link)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    if any(c in url for c in "\"'<>` \n\r\t"):
        return None
    return url


def fragment_url(url: str, excerpt: str, surface: str) -> str:
    """Link to the sentence itself with a text fragment (``#:~:text=start,end``)."""
    words = excerpt.strip("\u2026 ").split()
    if not words:
        return url
    snippet_start = " ".join(words[:4])
    snippet_end = " ".join(words[-4:]) if len(words) > 8 else ""
    base = url.split("#", 1)[0]
    fragment = quote(snippet_start, safe="")
    if snippet_end:
        fragment += "," + quote(snippet_end, safe="")
    return f"{base}#:~:text={fragment}"


def _split_excerpt(excerpt: str, surface: str) -> list[str]:
    index = excerpt.find(surface)
    if index < 0:
        index = excerpt.lower().find(surface.lower())
    if index < 0:
        return [excerpt, "", ""]
    return [excerpt[:index], excerpt[index : index + len(surface)], excerpt[index + len(surface) :]]


def _place_payload(place_id: str, place: Mapping[str, Any], lat: float, lon: float) -> dict[str, Any]:
    mentions = sorted(
        place.get("mentions") or [],
        key=lambda m: (m.get("role") != "incident", -(m.get("confidence") or 0)),
    )
    shown = []
    for m in mentions[:POPUP_MENTIONS]:
        url = safe_url(m.get("source_url"))
        excerpt = str(m.get("excerpt") or "")
        surface = str(m.get("surface") or "")
        shown.append(
            {
                "x": _split_excerpt(excerpt, surface),
                "r": m.get("role"),
                "t": m.get("source_title") or m.get("doc_id"),
                "p": m.get("publisher"),
                "d": m.get("published"),
                "u": fragment_url(url, excerpt, surface) if url else None,
                "s": m.get("doc_id"),
            }
        )
    factors = place.get("confidence_factors") or {}
    return {
        "id": place_id,
        "n": place.get("name"),
        "la": round(lat, 5),
        "lo": round(lon, 5),
        "di": place.get("district"),
        "dc": place.get("district_current"),
        "pr": place.get("province"),
        "c": place.get("confidence"),
        "l": place.get("confidence_level"),
        "g": place.get("geo_precision"),
        "k": place.get("kind"),
        "why": _reasons(factors, place),
        "m": shown,
        "more": max(0, len(mentions) - len(shown)),
        "dates": sorted({m.get("published") for m in mentions if m.get("published")}),
    }


def _reasons(factors: Mapping[str, Any], place: Mapping[str, Any]) -> list[str]:
    """Confidence factors in plain words."""
    out = []
    if factors.get("role_rule"):
        out.append(f"Why an incident: {factors['role_rule']}")
    sources = factors.get("corroborating_sources")
    if sources:
        out.append(f"Reported as an incident in {sources} report(s)")
    match = factors.get("match")
    if match == "alias":
        out.append("Matched through a variant spelling")
    elif match == "site":
        out.append("Known from a site or road inside this place")
    elif match == "area":
        out.append("An area the gazetteer lacks, placed at the level of its district or town")
    ambiguity = factors.get("ambiguity") or 0
    if ambiguity > 1:
        out.append(f"Name shared by {ambiguity} gazetteer entries; chose by the report's geography")
    precision = place.get("geo_precision")
    if precision == 2:
        out.append("Point stands for a district/tehsil-level area, not an exact spot")
    elif precision == 3:
        out.append("Point stands for a province or wider region")
    return out


class PlaceLayer(folium.map.Layer):  # type: ignore[misc]
    """Places as clustered circle markers with popups built safely in the browser."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = {{ 'L.markerClusterGroup({maxClusterRadius: 40, chunkedLoading: true})' if this.cluster else 'L.layerGroup()' }};
(function () {
  var places = {{ this.payload }};
  var style = {{ this.style }};
  var markers = [];
  for (var i = 0; i < places.length; i++) {
    var p = places[i];
    var area = p.g && p.g > 1;
    var marker = L.circleMarker([p.la, p.lo], {
      radius: area ? style.areaRadius : style.radius,
      color: style.colour, weight: area ? 2 : 1, opacity: 0.95,
      dashArray: area ? "4 3" : null,
      fillColor: style.colour, fillOpacity: area ? 0.08 : 0.85
    });
    marker.incidentmap = p;
    marker.bindPopup(function (layer) { return incidentmapPopup(layer.incidentmap); },
                     {maxWidth: 420, minWidth: 260, className: "incidentmap-popup"});
    marker.bindTooltip(String(p.n), {direction: "top"});
    markers.push(marker);
  }
  if ({{ this.get_name() }}.addLayers) { {{ this.get_name() }}.addLayers(markers); }
  else { markers.forEach(function (m) { {{ this.get_name() }}.addLayer(m); }); }
})();
{% if this.show %}{{ this.get_name() }}.addTo({{ this._parent.get_name() }});{% endif %}
{% endmacro %}
"""
    )

    def __init__(self, payload: Sequence[Mapping[str, Any]], *, name: str, colour: str,
                 show: bool = True, cluster: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "PlaceLayer"
        self.payload = script_json(list(payload))
        self.style = script_json({"colour": colour, "radius": 7, "areaRadius": 13})
        self.cluster = cluster


class PageScript(MacroElement):  # type: ignore[misc]
    """Popup builder, title, legend, attribution and the URL-hash permalink."""

    _template = Template(
        """
{% macro header(this, kwargs) %}
<style>
.incidentmap-title{position:absolute;top:10px;left:56px;z-index:1000;background:#fff;
 padding:6px 12px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);
 font:600 15px/1.3 system-ui,sans-serif;max-width:60%}
.incidentmap-legend{background:#fff;padding:8px 10px;border-radius:4px;
 box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px/1.4 system-ui,sans-serif}
.incidentmap-legend i{display:inline-block;width:12px;height:12px;margin-right:6px;
 vertical-align:middle;border-radius:50%}
.incidentmap-legend i.sq{border-radius:2px}
.incidentmap-popup{font:13px/1.4 system-ui,sans-serif}
.incidentmap-popup h4{margin:0 0 4px;font-size:15px}
.incidentmap-popup ul{margin:4px 0;padding-left:16px}
.incidentmap-popup blockquote{margin:6px 0;padding-left:8px;border-left:3px solid #ccc}
.incidentmap-popup mark{background:#ffe08a;padding:0 1px}
.incidentmap-popup .src{color:#555;font-size:12px}
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
function incidentmapPopup(p) {
  var root = document.createElement("div");
  function add(parent, tag, text, cls) {
    var el = document.createElement(tag);
    if (text !== undefined && text !== null) { el.textContent = String(text); }
    if (cls) { el.className = cls; }
    parent.appendChild(el); return el;
  }
  add(root, "h4", p.n);
  var where = [p.di, p.dc ? "(now " + p.dc + " district)" : null, p.pr].filter(Boolean).join(", ");
  add(root, "div", where || "outside the district layer");
  add(root, "div", "Confidence: " + p.l + " (" + Number(p.c).toFixed(2) + ")");
  var why = add(root, "ul");
  (p.why || []).forEach(function (w) { add(why, "li", w); });
  (p.m || []).forEach(function (m) {
    var q = add(root, "blockquote");
    add(q, "span", m.x[0]); add(q, "mark", m.x[1]); add(q, "span", m.x[2]);
    var src = add(q, "div", null, "src");
    var label = [m.t, m.p, m.d].filter(Boolean).join(" \u00b7 ");
    if (m.u && /^https?:\\/\\//i.test(m.u)) {
      var a = add(src, "a", label || m.s);
      a.href = m.u; a.target = "_blank"; a.rel = "noopener noreferrer";
    } else { add(src, "span", label || m.s); }
    if (m.r === "context") { add(src, "span", " (mentioned in passing)"); }
  });
  if (p.more > 0) { add(root, "div", "\u2026 and " + p.more + " more mention(s)", "src"); }
  return root;
}
(function () {
  var map = {{ this._parent.get_name() }};
  var title = L.control({position: "topleft"});
  title.onAdd = function () {
    var div = L.DomUtil.create("div", "incidentmap-title");
    div.textContent = {{ this.title }};
    return div;
  };
  title.addTo(map);
  var legend = L.control({position: "bottomright"});
  legend.onAdd = function () {
    var div = L.DomUtil.create("div", "incidentmap-legend");
    div.innerHTML = {{ this.legend }};
    return div;
  };
  legend.addTo(map);
  map.attributionControl.addAttribution({{ this.attribution }});
  var bounds = {{ this.bounds }};
  if (bounds) { map.fitBounds(bounds, {maxZoom: 9, padding: [20, 20]}); }
  // Permalink: the view and the visible overlays live in the URL hash.
  var overlays = {{ this.overlays }};
  function writeHash() {
    var c = map.getCenter();
    var on = Object.keys(overlays).filter(function (k) { return map.hasLayer(overlays[k]); });
    var hash = "#map=" + map.getZoom() + "/" + c.lat.toFixed(4) + "/" + c.lng.toFixed(4) +
               "&layers=" + on.map(encodeURIComponent).join(",");
    if (history.replaceState) { history.replaceState(null, "", hash); }
  }
  function readHash() {
    var m = /map=(\\d+)\\/(-?[\\d.]+)\\/(-?[\\d.]+)/.exec(location.hash);
    if (m) { map.setView([parseFloat(m[2]), parseFloat(m[3])], parseInt(m[1], 10)); }
    var l = /layers=([^&]*)/.exec(location.hash);
    if (l) {
      var on = l[1].split(",").map(decodeURIComponent);
      Object.keys(overlays).forEach(function (k) {
        var want = on.indexOf(k) >= 0;
        if (want && !map.hasLayer(overlays[k])) { map.addLayer(overlays[k]); }
        if (!want && map.hasLayer(overlays[k])) { map.removeLayer(overlays[k]); }
      });
    }
  }
  setTimeout(function () {
    readHash();
    map.on("moveend zoomend overlayadd overlayremove", writeHash);
  }, 0);
})();
{% endmacro %}
"""
    )

    def __init__(self, *, title: str, bounds: list[list[float]] | None,
                 overlays: Mapping[str, str]) -> None:
        super().__init__()
        self._name = "PageScript"
        self.title = script_json(title)
        self.legend = script_json(_legend_html())
        self.attribution = script_json(ATTRIBUTION)
        self.bounds = script_json(bounds)
        self.overlays = "{" + ",".join(f"{script_json(k)}: {v}" for k, v in overlays.items()) + "}"


def _legend_html() -> str:
    """Static legend markup (no report text in it)."""
    rows = ["<b>Incident places</b>"]
    for level, colour in LEVEL_COLOURS.items():
        rows.append(f'<div><i style="background:{colour}"></i>{level} confidence</div>')
    rows.append(f'<div><i style="border:2px dashed {LEVEL_COLOURS["medium"]};'
                'background:transparent"></i>area-level place (district/province)</div>')
    rows.append(f'<div><i style="background:{CONTEXT_COLOUR}"></i>context (mentioned only)</div>')
    rows.append("<b>Incident places per district</b>")
    labels = ["1", "2", "3\u20134", "5+"]
    for colour, label in zip(CLASS_COLOURS, labels, strict=True):
        rows.append(f'<div><i class="sq" style="background:{colour}"></i>{label}</div>')
    return "".join(rows)


def district_colour(n_incident_places: int) -> str | None:
    """Fill colour of a district by its number of incident places (None when zero)."""
    colour = None
    for breakpoint, candidate in zip(CLASS_BREAKS, CLASS_COLOURS, strict=True):
        if n_incident_places >= breakpoint:
            colour = candidate
    return colour


def _escaped_props(props: Mapping[str, Any]) -> dict[str, Any]:
    """Tooltip values are inserted as HTML by folium, so escape every string first."""
    out: dict[str, Any] = {}
    for key, value in props.items():
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        out[key] = html.escape(value) if isinstance(value, str) else value
    return out


def _districts_layer(districts: gpd.GeoDataFrame, summary: gpd.GeoDataFrame) -> folium.GeoJson:
    counts = {}
    if not summary.empty:
        counts = {row["district_id"]: row for _, row in summary.iterrows()}
    features = []
    for _, row in districts.iterrows():
        hit = counts.get(row["district_id"])
        props = {
            "district": row["district"],
            "province": row["province"],
            "n_incident_places": int(hit["n_incident_places"]) if hit is not None else 0,
            "n_mentions": int(hit["n_mentions"]) if hit is not None else 0,
            "n_sources": int(hit["n_sources"]) if hit is not None else 0,
            "places": list(hit["places"]) if hit is not None else [],
        }
        props = _escaped_props(props)
        props["fill"] = district_colour(int(props["n_incident_places"]))
        features.append({"type": "Feature", "properties": props,
                         "geometry": row.geometry.__geo_interface__})
    layer = folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        name="Districts (incident places)",
        style_function=lambda f: {
            "fillColor": f["properties"]["fill"] or "#ffffff",
            "fillOpacity": 0.65 if f["properties"]["fill"] else 0.0,
            "color": "#777777",
            "weight": 0.6,
        },
        highlight_function=lambda f: {"weight": 2, "color": "#333333"},
        tooltip=folium.GeoJsonTooltip(
            fields=["district", "province", "n_incident_places", "n_mentions", "n_sources", "places"],
            aliases=["District", "Province", "Incident places", "Mentions", "Reports", "Places"],
            sticky=True,
        ),
        smooth_factor=0.5,
    )
    return layer


def map_from_incidents(
    places: gpd.GeoDataFrame,
    districts: gpd.GeoDataFrame,
    summary: gpd.GeoDataFrame,
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
        ``districts_summary`` of the same places (counts per district).
    provinces
        Province polygons for the outline, optional.
    title
        Shown on the page and in its ``<title>``.
    tiles
        A name from ``TILES``, a tile URL template, or ``none``.
    min_confidence
        Incident places below this are shown only in the low-confidence layer, hidden by
        default.

    Returns
    -------
    folium.Map
        The map; ``save_map`` writes it.
    """
    m = folium.Map(location=[29.0, 66.0], zoom_start=6, tiles=None, control_scale=True,
                   prefer_canvas=True)
    m.default_js = []
    m.default_css = []
    _add_tiles(m, tiles)
    if provinces is not None and not provinces.empty:
        folium.GeoJson(
            provinces[["province", "geometry"]].__geo_interface__,
            name="Provinces",
            style_function=lambda f: {"fill": False, "color": "#333333", "weight": 1.6},
            interactive=False,
            control=False,
        ).add_to(m)
    districts_layer = _districts_layer(districts, summary)
    districts_layer.add_to(m)
    overlays = {"districts": districts_layer.get_name()}
    groups: dict[str, list[dict[str, Any]]] = {"high": [], "medium": [], "low": [], "context": []}
    bounds_points = []
    for place_id, place in places.iterrows():
        payload = _place_payload(str(place_id), place, place.geometry.y, place.geometry.x)
        if place.get("role") != "incident":
            groups["context"].append(payload)
            continue
        level = place.get("confidence_level") or "low"
        if (place.get("confidence") or 0) < min_confidence:
            level = "low"
        groups[level].append(payload)
        bounds_points.append((place.geometry.y, place.geometry.x))
    for level in ("high", "medium", "low"):
        layer = PlaceLayer(groups[level], name=f"Incidents: {level} confidence ({len(groups[level])})",
                           colour=LEVEL_COLOURS[level], show=level != "low" or min_confidence == 0)
        layer.add_to(m)
        overlays[level] = layer.get_name()
    context = PlaceLayer(groups["context"], name=f"Context places ({len(groups['context'])})",
                         colour=CONTEXT_COLOUR, show=False)
    context.add_to(m)
    overlays["context"] = context.get_name()
    folium.LayerControl(collapsed=False).add_to(m)
    bounds = None
    if bounds_points:
        lats = [p[0] for p in bounds_points]
        lons = [p[1] for p in bounds_points]
        bounds = [[min(lats), min(lons)], [max(lats), max(lons)]]
    PageScript(title=title, bounds=bounds, overlays=overlays).add_to(m)
    m.get_root().title = title
    return m


def _add_tiles(m: folium.Map, tiles: str) -> None:
    if tiles.lower() == "none":
        return
    url, attribution = TILES.get(tiles.lower(), (tiles, "Map tiles"))
    folium.TileLayer(url, attr=attribution, name="Basemap", control=False).add_to(m)


def save_map(m: folium.Map, path: str | Path, *, inline_assets: bool = False) -> None:
    """Write the page atomically; ``inline_assets`` embeds Leaflet so it opens offline."""
    root = m.get_root()
    root.header.add_child(Element(head_html(inline=inline_assets)), name="incidentmap_assets",
                          index=0)
    html_text = root.render()
    write_text_atomic(path, html_text)
