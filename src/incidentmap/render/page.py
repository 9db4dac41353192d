"""The page put together: ``map_from_incidents`` builds the ``folium.Map``, ``save_map`` writes it.

The same layer gives the same page, byte for byte: element names follow their order, not
chance, so ``incidentmap render`` of an unedited layer reproduces the build's page.
"""

from __future__ import annotations

import gc
import html
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
from branca.element import Element, Figure

from .._io import write_text_atomic
from .assets import head_html
from .data import GROUPS, page_data
from .elements import (
    IncidentData,
    Markup,
    PageControls,
    PlaceLayer,
    districts_layer,
    legend_html,
    page_header,
    provinces_layer,
)
from .tiles import basemap


def map_from_incidents(
    places: gpd.GeoDataFrame,
    districts: gpd.GeoDataFrame,
    *,
    provinces: gpd.GeoDataFrame | None = None,
    title: str = "incidentmap",
    tiles: str = "cartodbpositron",
    min_confidence: float = 0.0,
    aggregates: Iterable[Mapping[str, Any]] | None = None,
    max_wave_claims: int = 0,
) -> folium.Map:
    """Build the map page.

    Parameters
    ----------
    places
        The incidents layer (one row per place, SPEC properties, WGS84 points).
    districts
        All district polygons: outlines, and shading by the incident places in them
        (counted in the page, for the event dates shown).
    provinces
        Province polygons for the outline, optional.
    title
        Shown above the map and in the page's ``<title>``.
    tiles
        A name from ``tiles.TILES``, a tile URL template, or ``none``.
    min_confidence
        Incident places below this are shown only in the low-confidence layer, hidden
        by default.
    aggregates
        The reports' figures for the whole wave, which no place can be given
        (``run.json``'s ``aggregates``): shown in a panel of their own, each with its
        claimant and source, never added up. None or empty: no panel.
    max_wave_claims
        The panel keeps at most this many figures of each kind (``--max-excerpts``; 0
        keeps all) and says how many more ``run.json`` holds.

    Returns
    -------
    folium.Map
        The map; ``save_map`` writes it.

    Raises
    ------
    InputError
        When ``tiles`` is not a basemap.
    """
    source = basemap(tiles)
    m = folium.Map(location=[29.0, 66.0], zoom_start=6, tiles=None, control_scale=False)
    m.options.update(min_zoom=3, max_zoom=18)  # on the map itself: clustering needs a maxZoom
    m.default_js = []
    m.default_css = []
    for name, z_index in (("incidentmapDistricts", 350), ("incidentmapAreas", 370)):
        folium.map.CustomPane(name, z_index=z_index, pointer_events=True).add_to(m)
    folium.map.CustomPane("incidentmapProvinces", z_index=380).add_to(m)
    if source is not None:
        folium.TileLayer(source.url, attr=source.attribution, name="Basemap",
                         control=False).add_to(m)  # fmt: skip
    province_layer = None
    if provinces is not None and len(provinces):
        province_layer = provinces_layer(provinces)
        province_layer.add_to(m)
    district_layer = districts_layer(districts)
    district_layer.add_to(m)
    with _gc_paused():
        data = page_data(
            places, min_confidence=min_confidence, aggregates=aggregates,
            max_wave_claims=max_wave_claims,
        )  # fmt: skip
    IncidentData(data, districts=district_layer, provinces=province_layer).add_to(m)
    overlays: dict[str, Element] = {"districts": district_layer}
    for group in GROUPS:
        show = group in ("high", "medium") or (group == "low" and min_confidence <= 0)
        overlays[group] = PlaceLayer(group, show=show).add_to(m)
    legend = legend_html(data["breaks"], data["top"], rings=bool(data["events"]))
    PageControls(legend=legend, overlays=overlays).add_to(m)
    root = m.get_root()
    assert isinstance(root, Figure)
    root.title = html.escape(title)
    root.html.add_child(page_header(title), name="incidentmap_header", index=0)
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


def with_assets(m: folium.Map, *, inline_assets: bool = True) -> folium.Map:
    """Put Leaflet's JS/CSS (inlined, or CDN links with SRI) in the page's head; return ``m``.

    ``map_html`` does this before writing the page; a notebook needs it too, since
    folium's inline display (``_repr_html_``) renders the same page. Idempotent: the
    element has a fixed name.
    """
    root = m.get_root()
    assert isinstance(root, Figure)
    root.header.add_child(Markup(head_html(cdn=not inline_assets)), name="incidentmap_assets",
                          index=0)  # fmt: skip
    return m


def map_html(m: folium.Map, *, inline_assets: bool = True) -> str:
    """Return the page as a string: self-contained, or (``inline_assets=False``) with CDN links."""
    return str(with_assets(m, inline_assets=inline_assets).get_root().render())


def save_map(m: folium.Map, path: str | Path, *, inline_assets: bool = True) -> None:
    """Write the page atomically; ``inline_assets=False`` links Leaflet from a CDN."""
    write_text_atomic(path, map_html(m, inline_assets=inline_assets))
