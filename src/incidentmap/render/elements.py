"""The page's folium elements: header, districts, data and script, place overlays, controls.

Each element only hands names and data to the page's script (``static/incidentmap.js``),
which draws markers, styles districts and builds every piece of report text with
``textContent``. Markup written here holds constants, numbers and escaped text only.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

import folium
import geopandas as gpd
import numpy as np
import shapely
from branca.element import Element, MacroElement
from folium.utilities import JsCode
from jinja2 import Template

from .assets import LIBRARIES, page_script, page_style
from .data import GROUP_COLOURS, GROUP_LABELS, GROUPS, class_colours, class_labels, script_json
from .event_data import FATALITY_RINGS

#: District polygons are simplified as one coverage (Visvalingam-Whyatt, ~2 km) and rounded to
#: ``COORD_DECIMALS``: invisible at the zooms the page opens at, a third of the bytes.
SIMPLIFY_DEGREES = 0.02
COORD_DECIMALS = 3
#: Data sources and the map's libraries; the basemap adds its own line.
ATTRIBUTION = (
    'Boundaries: <a href="https://www.geoboundaries.org">geoBoundaries</a> (public domain) '
    '| Places: <a href="https://www.geonames.org">GeoNames</a> (CC BY 4.0) and incidentmap | '
    + ", ".join(f'<a href="{lib.homepage}">{lib.title}</a> '
                f"({lib.licence})" for lib in LIBRARIES)
)  # fmt: skip
OVERLAY_LABELS = {
    "districts": "Districts: incident places",
    **{g: f"Incidents: {GROUP_LABELS[g]}" for g in GROUPS if g != "context"},
    "context": "Context places",
}


class Markup(Element):
    """Markup put into the page as it is.

    branca's ``Element(text)`` would compile ``text`` as a Jinja template: a title such as
    ``{{ ... }}`` taken from a report would then run. Here the text is a value the fixed
    template prints, never code.
    """

    _template = Template("{{ this.markup }}")

    def __init__(self, markup: str) -> None:
        super().__init__()
        self._name = "Markup"
        self.markup = markup


def page_header(title: str) -> Markup:
    """The title above the map, outside it, so that it never covers a popup or a control."""
    return Markup(f'<header class="incidentmap-header"><h1 class="incidentmap-title">'
                  f"{html.escape(title)}</h1></header>")  # fmt: skip


def compact_geometries(gdf: gpd.GeoDataFrame) -> np.ndarray:
    """Simplify as one coverage (shared borders stay shared) and round the coordinates."""
    geoms = gdf.geometry.to_crs("EPSG:4326").values if gdf.crs else gdf.geometry.values
    try:
        geoms = shapely.coverage_simplify(geoms, SIMPLIFY_DEGREES)
    except (AttributeError, shapely.errors.GEOSException):  # GEOS < 3.12 or not a coverage
        geoms = shapely.simplify(geoms, SIMPLIFY_DEGREES / 2, preserve_topology=True)
    rounded: np.ndarray = shapely.transform(geoms, lambda c: np.round(c, COORD_DECIMALS))
    return rounded


def districts_layer(districts: gpd.GeoDataFrame) -> folium.GeoJson:
    """District outlines; the script shades them and counts their places for the dates shown."""
    features = []
    for row, geom in zip(districts.drop(columns="geometry").to_dict("records"),
                         compact_geometries(districts), strict=True):  # fmt: skip
        props = {k: row.get(k) for k in ("district", "district_id", "province")}
        features.append({"type": "Feature", "id": str(row["district_id"]), "properties": props,
                         "geometry": shapely.geometry.mapping(geom)})  # fmt: skip
    return folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        name=OVERLAY_LABELS["districts"],
        on_each_feature=JsCode("function (f, layer) { incidentmap.district(f, layer); }"),
        smooth_factor=0.5,
        pane="incidentmapDistricts",
        class_name="incidentmap-district",
        control=False,
    )


def provinces_layer(provinces: gpd.GeoDataFrame) -> folium.GeoJson:
    """Province outlines, drawn above the districts, not interactive."""
    outline = provinces[["province", "geometry"]].copy()
    outline["geometry"] = compact_geometries(outline)
    return folium.GeoJson(
        outline.__geo_interface__,
        name="Provinces",
        style_function=lambda f: {"fill": False, "color": "#3a3a3a", "weight": 1.6},
        interactive=False,
        control=False,
        pane="incidentmapProvinces",
    )


class IncidentData(MacroElement):
    """The page's data and its script: popups, tooltips, areas, counts, date filter, permalink.

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
        self.time = len(data["days"]) > 1
        self.css = page_style() + "".join(
            f".incidentmap-{g}{{--c:{c}}}" for g, c in GROUP_COLOURS.items()
        )  # fmt: skip
        self.js = page_script()


class PlaceLayer(folium.map.Layer):
    """One overlay of markers (clustered) and areas, for one group of places."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = incidentmap.overlay({{ this.key|tojson }});
{% endmacro %}
"""
    )

    def __init__(self, key: str, *, show: bool = True) -> None:
        if key not in GROUPS:
            raise ValueError(f"unknown place group {key!r}; expected one of {GROUPS}")
        super().__init__(name=OVERLAY_LABELS[key], overlay=True, control=False, show=show)
        self._name = "PlaceLayer"
        self.key = key


class PageControls(MacroElement):
    """Layer panel, legend, date filter, scale, attribution and permalink; fits the view."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
incidentmap.controls({{ this.legend }}, {{ this.attribution }}, {{ this.overlays }},
                     {{ this.labels }});
{% endmacro %}
"""
    )

    def __init__(self, *, legend: str, overlays: Mapping[str, Element]) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "PageControls"
        self.legend = script_json(legend)
        self.attribution = script_json(ATTRIBUTION)
        self.labels = script_json({k: OVERLAY_LABELS[k] for k in overlays})
        self._overlays = overlays

    @property
    def overlays(self) -> str:
        """Overlay key -> layer variable, as JavaScript (names are read at render time)."""
        pairs = (f"{script_json(k)}: {v.get_name()}" for k, v in self._overlays.items())
        return "{" + ", ".join(pairs) + "}"


def legend_html(breaks: Sequence[int], top: int, *, rings: bool = False) -> str:
    """Legend markup: constants and numbers only, never report text.

    ``rings`` adds the key to the rings drawn around places where people were killed
    (the page has events).
    """
    rows = ["<b>Places</b>"]
    for group in GROUPS:
        rows.append(f'<div><span class="incidentmap-marker incidentmap-{group} '
                    f'incidentmap-p1"></span>{html.escape(GROUP_LABELS[group])}</div>')  # fmt: skip
    rows.append('<div><span class="incidentmap-marker incidentmap-p2"></span>'
                "known only to district level (district hatched)</div>")  # fmt: skip
    rows.append('<div><span class="incidentmap-marker incidentmap-p3"></span>'
                "known only to province level or wider</div>")  # fmt: skip
    rows.append("<b>Incident places per district</b>")
    for colour, label in zip(class_colours(len(breaks)), class_labels(breaks, top), strict=True):
        rows.append(f'<div><span class="incidentmap-swatch" style="background:{colour}">'
                    f"</span>{html.escape(label)}</div>")  # fmt: skip
    if rings:
        rows.extend(ring_legend())
    rows.append('<div class="note">Districts and counts follow the event dates and types '
                "shown.</div>")  # fmt: skip
    return "".join(rows)


def ring_legend() -> list[str]:
    """Legend rows of the fatality rings: one per class of ``FATALITY_RINGS``.

    The count is ACLED's (one conservative figure per event, made by the build) summed
    over the place's events that are shown: the reader can trust a ring never adds up
    conflicting claims.
    """
    rows = ["<b>Ring: people killed there</b>"]
    for k, low in enumerate(FATALITY_RINGS, start=1):
        high = FATALITY_RINGS[k] - 1 if k < len(FATALITY_RINGS) else None
        label = f"{low}" if high == low else f"{low}\u2013{high}" if high else f"{low} or more"
        rows.append(f'<div class="incidentmap-ring-row"><span class="incidentmap-marker '
                    f'incidentmap-high incidentmap-p1 incidentmap-k{k}"></span>'
                    f"{html.escape(label)}</div>")  # fmt: skip
    rows.append('<div class="note">ACLED\'s count: the lowest credible figure per event, '
                "summed over the events shown; claims are never added up. District "
                "tooltips sum the same counts.</div>")  # fmt: skip
    return rows
