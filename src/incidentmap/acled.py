"""Events as ACLED's table: its 31 columns, in its order, one row per event.

ACLED's export format is what conflict analysts load into their own tools, so
``incidentmap export --format acled`` writes exactly those columns. Every value comes
from the event (its text, its place, its claims) or is derived from one by ACLED's own
conventions (``disorder_type`` from ``event_type``, ``year`` from ``event_date``, the
actors' ``inter`` categories from their names); what the reports cannot give
(``source_scale``, ``tags``, ACLED's upload ``timestamp``, associated actors) stays
empty rather than being guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from . import actors as A

#: ACLED's columns, in ACLED's order.
ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
#: ACLED's disorder type of each event type.
DISORDER_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
#: ISO 3166-1 numeric code, ACLED region and country name, by alpha-2 code, for the
#: countries the reports are about (others stay empty).
COUNTRIES = {
    "PK": (586, "Southern Asia", "Pakistan"),
    "AF": (4, "Southern Asia", "Afghanistan"),
    "IN": (356, "Southern Asia", "India"),
    "IR": (364, "Middle East", "Iran"),
}
#: Armed groups ACLED counts as rebels (fighting the state for territory or power).
_REBELS = frozenset({A.BLA, A.BLF, A.BRA, A.BLT, A.BRAS, A.TTP, A.ISPP, A.ISKP, A.JUA, A.JAA})


def inter(actor: str | None) -> str:
    """ACLED's category of an actor ("State forces", "Rebel group", ...), or "" unknown."""
    if not actor:
        return ""
    if actor in A.STATE_FORCES:
        return "State forces"
    if actor in _REBELS:
        return "Rebel group"
    if actor in {A.UNIDENTIFIED, A.LEJ}:
        return "Political militia"
    if actor == A.CIVILIANS:
        return "Civilians"
    return ""


def acled_row(event: Mapping[str, Any], place: Mapping[str, Any]) -> dict[str, Any]:
    """One event as an ACLED row.

    Parameters
    ----------
    event
        An event record (an element of a place's ``events`` in the layer).
    place
        The place's properties, with ``latitude``/``longitude`` added.

    Returns
    -------
    dict
        Keyed by ``ACLED_COLUMNS``; None for what the text does not give.
    """
    when = event.get("event_date") or None
    inter1, inter2 = inter(event.get("actor1")), inter(event.get("actor2"))
    iso, region, country = COUNTRIES.get(str(place.get("country") or ""), (None, None, None))
    outlets = [p for p in event.get("publishers") or [] if p]
    return {
        "event_id_cnty": event.get("event_id"),
        "event_date": when,
        "year": int(when[:4]) if when else None,
        "time_precision": event.get("time_precision"),
        "disorder_type": DISORDER_TYPE.get(event.get("event_type") or ""),
        "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"),
        "actor1": event.get("actor1"),
        "assoc_actor_1": None,
        "inter1": inter1 or None,
        "actor2": event.get("actor2"),
        "assoc_actor_2": None,
        "inter2": inter2 or None,
        "interaction": "-".join(x for x in (inter1, inter2) if x) or None,
        "civilian_targeting": (
            "Civilian targeting" if event.get("actor2") == A.CIVILIANS else None
        ),
        "iso": iso,
        "region": region,
        "country": country,
        "admin1": place.get("province"),
        "admin2": place.get("district"),
        "admin3": event.get("admin3"),
        "location": place.get("name"),
        "latitude": place.get("latitude"),
        "longitude": place.get("longitude"),
        "geo_precision": place.get("geo_precision"),
        "source": "; ".join(dict.fromkeys(outlets)) or None,
        "source_scale": None,
        "notes": event.get("notes") or None,
        "fatalities": event.get("fatalities"),
        "tags": None,
        "timestamp": None,
    }


def acled_rows(places: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """ACLED rows of every event of every place, in the layer's order.

    ``places`` are the layer's properties with ``latitude``/``longitude`` added.
    """
    return [acled_row(event, place) for place in places for event in place.get("events") or []]


def event_points(places: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Every event of every place, flat, with its place's name and coordinates.

    The rows of the GeoPackage's ``events`` layer.
    """
    rows = []
    for place in places:
        for event in place.get("events") or []:
            rows.append(
                {
                    **{k: v for k, v in event.items() if k not in {"publishers"}},
                    "location": place.get("name"),
                    "admin1": place.get("province"),
                    "admin2": place.get("district"),
                    "latitude": place.get("latitude"),
                    "longitude": place.get("longitude"),
                }
            )
    return rows
