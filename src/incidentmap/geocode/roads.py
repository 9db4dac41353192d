"""National highways by number and name, and the stretch of one that a report means.

"On the N-25 near Khuzdar" names a road hundreds of kilometres long and a town on it: the
place that report puts on the map is Khuzdar's stretch of the N-25. ``geodata/highways.csv``
lists each highway's number, other names and the towns along it in route order (from the
National Highway Authority's network); ``highway_stretch`` picks the stretch.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from functools import cache

from .._geodata import geodata_file
from .._text import fold_name
from ..models import GazetteerEntry
from .base import Gazetteer

#: A highway or motorway number as reports write it: "N-25", "N 25", "N25", "M-8".
#: It is ``\b([NM])[-\u2013 ]?(\d{1,3})\b`` beginning with the letter (the word boundary
#: looked behind), so that a scan of a report skips ahead to the letters: ~3x as fast.
HIGHWAY_NUMBER = re.compile(r"([NM])(?<=\b[NM])[-\u2013 ]?(\d{1,3})\b")


@dataclass(frozen=True)
class Highway:
    """One national highway or motorway: its number, other names and towns in route order."""

    id: str
    number: str
    names: tuple[str, ...]
    towns: tuple[str, ...]


@cache
def highways() -> dict[str, Highway]:
    """Every highway of ``highways.csv``, keyed by each of its folded names and number."""
    by_key: dict[str, Highway] = {}
    with geodata_file("highways.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            road = Highway(
                id=row["id"],
                number=row["number"],
                names=tuple(n for n in row["names"].split("|") if n),
                towns=tuple(t for t in row["towns"].split("|") if t),
            )
            for name in (road.number, *road.names):
                by_key[fold_name(name)] = road
    return by_key


def highway_of(surface: str) -> Highway | None:
    """The highway a surface names ("N-25", "n25", "RCD Highway"), or None."""
    match = HIGHWAY_NUMBER.fullmatch(surface.strip())
    if match:
        return highways().get(f"{match.group(1).lower()}-{match.group(2)}")
    return highways().get(fold_name(surface))


def highway_stretch(
    surface: str, near: GazetteerEntry | None, gazetteer: Gazetteer
) -> GazetteerEntry | None:
    """The town whose stretch of the highway ``surface`` names is meant, or None.

    ``near`` is the place the text gives with the road ("near Khuzdar", "in Mastung"); the
    stretch is that of the town on the route nearest to it (the town itself when it is on
    the route). Without ``near``, or for a surface that names no highway, there is no
    stretch to give: the road alone does not say where on it something happened.

    Parameters
    ----------
    surface
        The road as written: a number ("N-25") or a name ("RCD Highway").
    near
        The gazetteer entry of the place the text puts the event near, if any.
    gazetteer
        The compiled gazetteer, to look the route's towns up in.

    Returns
    -------
    GazetteerEntry or None
        The route town's entry (its point stands for the stretch), or None.
    """
    road = highway_of(surface)
    if road is None or near is None:
        return None
    towns = [town for town in (_town(gazetteer, name) for name in road.towns) if town]
    if not towns:
        return None
    return min(towns, key=lambda town: _distance_km(town, near))


def _town(gazetteer: Gazetteer, name: str) -> GazetteerEntry | None:
    """The Pakistani entry of a route town (the most populous of that name)."""
    found = [e for e in gazetteer.lookup(name, limit=20) if e.country == "PK"]
    return found[0] if found else None


def _distance_km(a: GazetteerEntry, b: GazetteerEntry) -> float:
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
