"""Basemaps: the named tile sources, their attribution, and the check of a ``--tiles`` value.

A misspelt name would otherwise be taken for a tile URL and give a blank basemap with no
word of why; ``basemap`` refuses anything that is not a name, ``none`` or an http(s)
template with ``{z}``, ``{x}`` and ``{y}``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError
from .data import safe_url

_OSM = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'


@dataclass(frozen=True)
class Basemap:
    """A tile source: URL template and the attribution its provider asks for."""

    url: str
    attribution: str


TILES = {
    "cartodbpositron": Basemap(
        "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png",
        f'{_OSM} &copy; <a href="https://carto.com/attributions">CARTO</a>',
    ),
    "openstreetmap": Basemap("https://tile.openstreetmap.org/{z}/{x}/{y}.png", _OSM),
}
#: Attribution of a tile URL given by the user (its provider is unknown to us).
CUSTOM_ATTRIBUTION = "Map tiles"
NO_TILES = "none"


def basemap(tiles: str) -> Basemap | None:
    """Return the basemap ``tiles`` names, or None for ``none``.

    Parameters
    ----------
    tiles
        A name from ``TILES`` (any case), ``none``, or an http(s) tile URL template.

    Returns
    -------
    Basemap or None
        The tile source to draw.

    Raises
    ------
    InputError
        When ``tiles`` is none of these.
    """
    name = tiles.strip().lower()
    if name == NO_TILES:
        return None
    if name in TILES:
        return TILES[name]
    if safe_url(tiles.strip()) and all(k in tiles for k in ("{z}", "{x}", "{y}")):
        return Basemap(tiles.strip(), CUSTOM_ATTRIBUTION)
    names = ", ".join([*TILES, NO_TILES])
    msg = (f"{tiles!r} is not a basemap: use {names}, or an http(s) tile URL template "
           "with {z}, {x} and {y}")  # fmt: skip
    raise InputError(msg)
