"""The map page: districts shaded by activity, one marker per place, every excerpt traceable.

``map_from_incidents`` builds and returns a ``folium.Map``; ``save_map`` writes it.

- ``data``: the compact data the page draws from (string table, place rows, tallies).
- ``event_data``: the events and casualty claims in that data, and the wave's figures.
- ``elements``: the folium elements that hand that data to the page's script.
- ``assets``: Leaflet and Leaflet.markercluster, shipped and pinned, inlined or linked,
  and the page's own ``static/incidentmap.js`` and ``static/incidentmap.css``.
- ``tiles``: the basemaps and the check of a ``--tiles`` value.
- ``page``: the page put together and written.

How the page stays safe, lean and truthful:

- Report text never reaches the page as markup. All place data travels as one JSON blob
  that is safe inside ``<script>`` (``<``, ``>``, ``&`` escaped) and the browser builds
  popups, tooltips and counts with ``textContent``; only http(s) URLs become links.
- The blob is compact: every string is stored once in a table and places are short
  arrays; the browser creates markers in one loop, clusters them (Leaflet.markercluster)
  and builds a popup only when one is clicked.
- The date filter and the event-type filter drive everything drawn from the places:
  markers, their fatality rings, district shading, district tooltips and the counts in the
  layer panel are recounted in the page.
- Casualty figures are never merged: a popup shows each claim beside the others with its
  claimant and source, and a district sums only its events' conservative counts.
- A place known only to district or province level is drawn as that area (hatched, or
  outlined for a province) with a ring symbol, never as a pinpoint.
"""

from __future__ import annotations

from .data import (
    GROUP_COLOURS,
    GROUP_LABELS,
    GROUPS,
    POPUP_MENTIONS,
    class_breaks,
    district_colour,
    page_data,
    place_group,
    reasons,
    safe_url,
    script_json,
    strongest_mentions,
    title_from_places,
)
from .page import map_from_incidents, map_html, save_map, with_assets
from .tiles import TILES, basemap

__all__ = [
    "GROUPS",
    "GROUP_COLOURS",
    "GROUP_LABELS",
    "POPUP_MENTIONS",
    "TILES",
    "basemap",
    "class_breaks",
    "district_colour",
    "map_from_incidents",
    "map_html",
    "page_data",
    "place_group",
    "reasons",
    "safe_url",
    "save_map",
    "script_json",
    "strongest_mentions",
    "title_from_places",
    "with_assets",
]
