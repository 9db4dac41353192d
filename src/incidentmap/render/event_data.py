"""The events and casualty claims the page draws: event rows, claim rows, the wave's figures.

Events travel in their own list, each row pointing at its place's row, so a place with
no event costs the page no byte: a 100,000-place page without events stays as lean as
before. A claim is a row naming its report (a ``docs`` row, so its source can be shown
and linked) and keeping both bounds of its figure: the page shows each figure with its
claimant and source beside the others, and never adds up or averages claims.

The district tooltip sums the events' ``fatalities`` (ACLED's conservative count, one per
event, made by ``incidentmap.events``); the page never sums the claims themselves.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ..acled import DISORDER_TYPE
from ..event_table import claim_ref

#: Row layouts of events and claims in the page data.
EVENT_FIELDS = ("place", "day", "precision", "type", "sub", "actor1", "actor2",
                "fatalities", "from", "reason", "claims", "sources")  # fmt: skip
CLAIM_FIELDS = ("doc", "claimant", "what", "whose", "n_min", "n_max", "surface", "excerpt",
                "breakdown", "counted")  # fmt: skip
#: How an event's ``event_date_precision`` reads in a popup (empty: the report's date).
EVENT_PRECISION_LABELS = {
    "day": "day stated",
    "month": "only the month stated",
    "year": "only the year stated",
    "": "not stated; the report's date",
}
#: ACLED's event types in ACLED's order: the order of the type filter.
EVENT_TYPE_ORDER = tuple(DISORDER_TYPE)
#: Lower bounds of the fatality rings around markers (people killed, ACLED's count).
FATALITY_RINGS = (1, 5, 25)

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

#: Turns a value into its index in the page's string table (None stays None).
Strings = Callable[[Any], int | None]
#: Turns a doc_id into the index of its report row in the page's ``docs``.
Docs = Callable[[str], int]


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _count(value: Any) -> int | None:
    """A head count from the layer, or None (missing, not a number, negative)."""
    if _missing(value) or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if math.isfinite(number) and number >= 0 else None


def _day(value: Any) -> str | None:
    """An event's day as ``YYYY-MM-DD``, or None (undated, or not a date)."""
    day = "" if _missing(value) else str(value)[:10]
    return day if _DAY.fullmatch(day) else None


def _records(value: Any) -> list[Mapping[str, Any]]:
    """The mappings in a list from the layer (an edited layer may hold anything)."""
    if not isinstance(value, Sequence) or isinstance(value, str):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def _texts(value: Any) -> list[str]:
    if not isinstance(value, Sequence) or isinstance(value, str):
        return []
    return [str(item) for item in value if not _missing(item)]


def claim_row(
    claim: Mapping[str, Any], strings: Strings, docs: Docs, *, counted: bool = False
) -> list[Any]:
    """One claim as a ``CLAIM_FIELDS`` row: both bounds kept, the report as a ``docs`` row.

    ``counted`` marks a claim its event's fatalities rest on, so the popup can show which.
    """
    return [
        docs(str(claim.get("doc_id") or "")), strings(claim.get("claimant") or "the report"),
        strings(claim.get("what")), strings(claim.get("whose")),
        _count(claim.get("n_min")), _count(claim.get("n_max")),
        strings(claim.get("surface")), strings(claim.get("excerpt")),
        1 if claim.get("breakdown") is True else 0, 1 if counted else 0,
    ]  # fmt: skip


def wave_rows(
    claims: Iterable[Any], strings: Strings, docs: Docs, *, per_kind: int = 0
) -> tuple[list[list[Any]], int]:
    """The wave's claim rows, at most ``per_kind`` of each kind; and how many were left out.

    A kind is what the figure counts and whose ("killed", "security"); 0 keeps them all.
    A year of news gives tens of thousands of figures for no one place: the panel keeps
    the first of each kind (as the layer keeps a place's strongest mentions) and says how
    many more ``run.json`` holds, instead of a page nobody can read or hold in memory.
    """
    rows: list[list[Any]] = []
    shown: Counter[tuple[Any, Any]] = Counter()
    left_out = 0
    for claim in claims if not isinstance(claims, str | bytes) else ():
        if not isinstance(claim, Mapping):
            continue
        kind = (claim.get("what"), claim.get("whose"))
        if per_kind and shown[kind] >= per_kind:
            left_out += 1
            continue
        shown[kind] += 1
        rows.append(claim_row(claim, strings, docs))
    return rows, left_out


def event_rows(
    place: int, events: Any, strings: Strings, docs: Docs, types: dict[str, int]
) -> list[list[Any]]:
    """The events of one place as ``EVENT_FIELDS`` rows (days as text, indexed later).

    Parameters
    ----------
    place
        The place's row in the page data.
    events
        The place's ``events`` property (a list of event records, or anything a
        hand-edited layer holds).
    strings, docs
        The page's string table and report rows.
    types
        Event type -> a provisional index, filled as types are met (see ``type_order``).

    Returns
    -------
    list
        One row per event record.
    """
    rows = []
    for event in _records(events):
        claims, cited = _claims_and_cited(event, strings, docs)
        day = _day(event.get("event_date"))
        event_type = None if _missing(event.get("event_type")) else event.get("event_type")
        type_index = types.setdefault(str(event_type), len(types)) if event_type else None
        rows.append([
            place, day, strings(event.get("event_date_precision") or ""), type_index,
            strings(event.get("sub_event_type")), strings(event.get("actor1")),
            strings(event.get("actor2")), _count(event.get("fatalities")),
            [strings(t) for t in cited], strings(event.get("type_reason") or None), claims,
            [docs(d) for d in dict.fromkeys(_texts(event.get("sources")))],
        ])  # fmt: skip
    return rows


def _claims_and_cited(
    event: Mapping[str, Any], strings: Strings, docs: Docs
) -> tuple[list[list[Any]], list[str]]:
    """An event's claim rows, each marked when its ``fatalities_from`` names it.

    Returns the rows and the ``fatalities_from`` entries no claim matched (a hand-edited
    layer): those are shown as written, so the count never loses its source.
    """
    cited = _texts(event.get("fatalities_from"))
    records = _records(event.get("claims"))
    refs = [claim_ref(c) for c in records]
    rows = [claim_row(c, strings, docs, counted=ref in cited)
            for c, ref in zip(records, refs, strict=True)]  # fmt: skip
    return rows, [text for text in cited if text not in refs]


def type_order(types: Mapping[str, int]) -> tuple[list[str], dict[int, int]]:
    """The event types met, in ACLED's order (others after, alphabetically).

    Returns the sorted list and the map from each provisional index to its final one.
    """

    def rank(name: str) -> tuple[int, str]:
        known = name in EVENT_TYPE_ORDER
        return (EVENT_TYPE_ORDER.index(name) if known else len(EVENT_TYPE_ORDER), name)

    ordered = sorted(types, key=rank)
    return ordered, {types[name]: i for i, name in enumerate(ordered)}


def index_event_rows(
    rows: Iterable[list[Any]], days: Mapping[str, int], renumber: Mapping[int, int]
) -> None:
    """Replace each event's day by its index in ``days`` and its type by its final index."""
    day, kind = EVENT_FIELDS.index("day"), EVENT_FIELDS.index("type")
    for row in rows:
        row[day] = days[row[day]] if row[day] is not None else None
        row[kind] = renumber[row[kind]] if row[kind] is not None else None
