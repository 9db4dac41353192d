"""Events across reports: every report's account of one place and day merged into one event.

``events.py`` gives each report's own accounts (``ReportEvents``). Here they become the
rows of ``events.csv``, from the run's store, without holding a corpus of accounts:

1. **Which event.** Accounts whose date a sentence about the place states (or a month or
   year) are grouped by place and date. An account dated only by its report's lead or own
   date joins the latest event at its place in the week before that date (a report of
   Sunday recounting Saturday's attacks), or starts one that later such accounts join.
   That depends only on the places and dates present, so ``event_keys`` decides it from
   the distinct (place, date, stated) triples of the whole run.
2. **What it adds up to.** ``EventTally`` adds an event's accounts up, part by part of
   the store, into a tally of bounded size.
3. **The row.** ``EventTally.record`` gives the SPEC's fields: ACLED's conservative
   fatalities (``events.TollChoice``), the most common type and actors, every source, and
   its claims (at most ``max_claims``; every claim is a row of ``claims.csv``).

Every "first" keeps the account's place in its event's order (``EventKeys.order``), so
the tallies of the parts of a store merge, in any order, to the same event.
"""

from __future__ import annotations

import heapq
import json
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import timedelta
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from .claims import Claim
from .dates import parse_iso
from .events import (
    _DATE_RANK,
    _STRONG_DATES,
    MERGE_WINDOW_DAYS,
    TIME_PRECISION,
    ReportEvent,
    ReportEvents,
    TollChoice,
)
from .models import EVENT_FIELDS

#: An event's key: its place and the date of its first account.
EventKey = tuple[str, str | None]
#: Date sources that state the day (or month, year) of the event in a sentence about it.
STATED = _STRONG_DATES | {"month", "year"}
#: The columns of ``claims.csv``: the event, then the SPEC's claim object.
CLAIM_FIELDS = ("event_id", "doc_id", "claimant", "claimant_type", "what", "whose", "n_min",
                "n_max", "surface", "start", "end", "excerpt", "breakdown")  # fmt: skip


# --- accounts in the store ------------------------------------------------------------


def account_rows(events: ReportEvents, *, seq: int) -> list[dict[str, Any]]:
    """One report's accounts as rows of the run's store (``store.ACCOUNT_COLUMNS``)."""
    return [
        {
            "seq": seq,
            "k": k,
            "place_id": e.place_id,
            "event_date": e.event_date,
            "stated": e.date_source in STATED,
            "account": account_to_json(e),
        }  # fmt: skip
        for k, e in enumerate(events.events)
    ]


def _claim_dict(claim: Claim) -> dict[str, Any]:
    return {f.name: getattr(claim, f.name) for f in fields(claim)}


def _claim(data: Mapping[str, Any]) -> Claim:
    return Claim(**{**data, "sentence": tuple(data["sentence"])})


def account_to_json(event: ReportEvent) -> str:
    """One account as JSON (``account_from_json`` reads it back exactly)."""
    data = {f.name: getattr(event, f.name) for f in fields(event)}
    data["claims"] = [_claim_dict(c) for c in event.claims]
    data["fatalities_from"] = [_claim_dict(c) for c in event.fatalities_from]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def account_from_json(text: str) -> ReportEvent:
    """An account from ``account_to_json``."""
    data = json.loads(text)
    data["claims"] = [_claim(c) for c in data["claims"]]
    data["fatalities_from"] = [_claim(c) for c in data["fatalities_from"]]
    for name in ("sentences", "spans"):
        data[name] = [tuple(pair) for pair in data[name]]
    return ReportEvent(**data)


def claims_to_json(events: ReportEvents) -> str:
    """A report's wave-level figures and all its claims, as JSON (the store's reports table)."""
    data = {"aggregates": [_claim_dict(c) for c in events.aggregates],
            "claims": [_claim_dict(c) for c in events.claims]}  # fmt: skip
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def report_events(doc_id: str, claims_json: str, accounts: Iterable[str]) -> ReportEvents:
    """A report's ``ReportEvents`` again, from its store rows."""
    data = json.loads(claims_json)
    return ReportEvents(
        doc_id, [account_from_json(a) for a in accounts],
        [_claim(c) for c in data["aggregates"]], [_claim(c) for c in data["claims"]],
    )  # fmt: skip


def aggregate_records(claims_json: str) -> list[dict[str, Any]]:
    """A report's wave-level claims as ``run.json``'s ``aggregates`` list them."""
    return [_claim(c).record() for c in json.loads(claims_json)["aggregates"]]


# --- which event ----------------------------------------------------------------------


@dataclass(frozen=True)
class EventKeys:
    """Which event each account belongs to, and its place in that event's order.

    Made from the distinct (place, date, stated) triples of a run's accounts
    (``event_keys``): stated accounts are their own place and date; the others, by date,
    join the latest event at their place in the ``MERGE_WINDOW_DAYS`` before their date
    (one found so far, stated or not), else start one.
    """

    keys: dict[tuple[str, str | None, bool], EventKey]
    #: The rank of each date of an account not stated, in the order they are read.
    ranks: dict[str | None, int]

    def key(self, row: Mapping[str, Any]) -> EventKey:
        """The event of an account row (``place_id``, ``event_date``, ``stated``)."""
        return self.keys[(row["place_id"], row["event_date"], row["stated"])]

    def order(self, row: Mapping[str, Any]) -> int:
        """An account's place in its event's order, as one number (smaller comes first).

        Stated accounts come first, in report order (``seq``, then ``k``, the account's
        number in its report); then the others by date, then report order: the order in
        which the event's accounts were always read.
        """
        rank = 0 if row["stated"] else 1 + self.ranks[row["event_date"]]
        return ((rank << _SEQ_BITS | int(row["seq"])) << _K_BITS) | int(row["k"])


#: Bits of ``EventKeys.order`` for the account's number in its report, and for the report's.
_K_BITS, _SEQ_BITS = 10, 30


def event_keys(triples: Iterable[tuple[str, str | None, bool]]) -> EventKeys:
    """The ``EventKeys`` of a run, from the (place, date, stated) triples of its accounts."""
    keys: dict[tuple[str, str | None, bool], EventKey] = {}
    existing: dict[str, set[str | None]] = defaultdict(set)
    unstated: set[tuple[str, str | None]] = set()
    for place_id, day, stated in triples:
        if stated:
            keys[(place_id, day, True)] = (place_id, day)
            existing[place_id].add(day)
        else:
            unstated.add((place_id, day))
    for place_id, day in sorted(unstated, key=lambda t: t[1] or ""):
        target = _dated_match(day, existing[place_id])
        key = (place_id, target if target is not None else day)
        existing[place_id].add(key[1])
        keys[(place_id, day, False)] = key
    days = sorted({day for _, day in unstated}, key=lambda d: d or "")
    return EventKeys(keys, {day: rank for rank, day in enumerate(days)})


def _dated_match(day: str | None, dates: set[str | None]) -> str | None:
    when = parse_iso(day)
    if when is None:
        return None
    window = {(when - timedelta(days=n)).isoformat() for n in range(MERGE_WINDOW_DAYS + 1)}
    found = [d for d in dates if d in window]
    return max(found) if found else None


# --- what an event adds up to ---------------------------------------------------------


@dataclass(slots=True)
class EventTally:
    """What the accounts of one event add up to, so far; tallies merge in any order.

    Every choice keeps the ``account_order`` that decides it (the first account, the
    best-dated one, the first of a type, ...), counts add up, and the claims kept are the
    first ``max_claims`` in the event's order.
    """

    key: EventKey
    max_claims: int | None = None
    head: tuple[int, str] | None = None
    main: tuple[tuple[int, int], str | None, str | None] | None = None
    n_claims: int = 0
    claims: list[tuple[tuple[int, int], dict[str, Any]]] = field(default_factory=list)
    tolls: TollChoice = field(default_factory=TollChoice)
    known_fatalities: int | None = None
    #: Where the lowest figure-less count came from: a death told without a figure
    #: (``ReportEvent.death_told``), cited as a claim would be; "" for a count of 0.
    known_from: str = ""
    types: dict[tuple[str | None, str | None], list[int]] = field(default_factory=dict)
    reasons: dict[str | None, tuple[int, str]] = field(default_factory=dict)
    orders: array[int] = field(default_factory=lambda: array("q"))
    names: dict[str, tuple[int, int]] = field(default_factory=dict)
    actors: tuple[dict[str, list[int]], dict[str, list[int]]] = field(
        default_factory=lambda: ({}, {})
    )
    notes: tuple[int, str] | None = None

    def add_report(self, accounts: Sequence[tuple[int, ReportEvent]]) -> None:
        """Add one report's accounts of this event, each with its ``account_order``."""
        for order, account in accounts:
            self._add(order, account)
        self.tolls.add([(order, c) for order, account in accounts for c in account.claims])
        self._cut()

    def _add(self, order: int, a: ReportEvent) -> None:
        self.head = _least(self.head, (order, a.names[0] if a.names else ""))
        rank = _DATE_RANK.get(a.date_source, len(_DATE_RANK))
        self.main = _least(self.main, ((rank, order), a.event_date, a.event_date_precision))
        self.n_claims += len(a.claims)
        self.claims.extend(((order, j), c.record()) for j, c in enumerate(a.claims))
        if a.fatalities is not None:
            self._know(a.fatalities, _told_ref(a) if a.fatalities and a.death_told else "")
        if a.event_type is not None:
            _count(self.types, (a.event_type, a.sub_event_type), order)
        if a.event_type not in self.reasons or order < self.reasons[a.event_type][0]:
            self.reasons[a.event_type] = (order, a.type_reason)
        self.orders.append(order)
        for position, name in enumerate(a.names):
            self.names[name] = min(self.names.get(name, (order, position)), (order, position))
        for votes, actor in zip(self.actors, (a.actor1, a.actor2), strict=True):
            if actor:
                _count(votes, actor, order)
        if a.notes:
            self.notes = _least(self.notes, (order, a.notes))

    def _cut(self) -> None:
        if self.max_claims is not None and len(self.claims) > self.max_claims:
            self.claims = heapq.nsmallest(self.max_claims, self.claims, key=lambda c: c[0])

    def _know(self, fatalities: int, told: str) -> None:
        """Keep the lowest figure-less count, and where it came from (in any order, the same)."""
        known = (self.known_fatalities, self.known_from)
        if known[0] is None or (fatalities, told) < known:
            self.known_fatalities, self.known_from = fatalities, told

    def merge(self, other: EventTally) -> EventTally:
        """Take in another tally of the same event, from other reports; return this one."""
        self.head = _least(self.head, other.head)
        self.main = _least(self.main, other.main)
        self.n_claims += other.n_claims
        self.claims.extend(other.claims)
        self.tolls.merge(other.tolls)
        if other.known_fatalities is not None:
            self._know(other.known_fatalities, other.known_from)
        for value, (count, first) in other.types.items():
            _count(self.types, value, first, count)
        for event_type, reason in other.reasons.items():
            self.reasons[event_type] = _least(self.reasons.get(event_type), reason)
        self.orders.extend(other.orders)
        for name, at in other.names.items():
            self.names[name] = min(self.names.get(name, at), at)
        for mine, theirs in zip(self.actors, other.actors, strict=True):
            for actor, (count, first) in theirs.items():
                _count(mine, actor, first, count)
        self.notes = _least(self.notes, other.notes)
        self._cut()
        return self

    def source_seqs(self) -> np.ndarray:
        """The reports (``seq``) of the event's accounts, each once, in the event's order."""
        ordered = np.sort(np.frombuffer(self.orders, dtype=np.int64))
        seqs = (ordered >> _K_BITS) & ((1 << _SEQ_BITS) - 1)
        _, first = np.unique(seqs, return_index=True)
        kept: np.ndarray = seqs[np.sort(first)]
        return kept

    @property
    def event_id(self) -> str:
        """The event's stable id (its place and its best-dated account's date)."""
        assert self.main is not None
        return event_id(self.key[0], self.main[1])

    def record(
        self,
        place: Mapping[str, Any] | None,
        source: Callable[[int], tuple[str, str]],
        *,
        max_sources: int | None = None,
    ) -> dict[str, Any]:
        """The event's row: ``EVENT_FIELDS`` plus ``district_id`` and ``publishers``.

        Parameters
        ----------
        place
            The place's properties in the layer (name, district, province, coordinates);
            None when the place is not in the layer.
        source
            The doc_id and the outlet (publisher, else title, else doc_id) of a report
            by its ``seq``.
        max_sources
            Keep at most this many sources (and publishers), the first in the event's
            order; ``n_sources`` still counts them all.

        Returns
        -------
        dict
            The row; ``n_claims`` and ``claims_truncated`` are added where claims were
            left out (they are rows of ``claims.csv``), ``sources_truncated`` where
            sources were.
        """
        assert self.head is not None and self.main is not None
        _, event_date, precision = self.main
        place = place or {}
        fatalities, used = self.tolls.result()
        cited = [_claim_ref(c) for c in used]
        if fatalities is None:
            fatalities = self.known_fatalities
            cited = [self.known_from] if self.known_from else []
        typed = _winner(self.types)
        event_type, sub_type = typed if typed is not None else (None, None)
        seqs = self.source_seqs()
        kept = seqs if max_sources is None else seqs[:max_sources]
        docs = [source(int(seq)) for seq in kept]
        record = {
            "event_id": event_id(self.key[0], event_date),
            "event_date": event_date,
            "event_date_precision": precision,
            "time_precision": TIME_PRECISION.get(precision, 2),
            "place_id": self.key[0],
            "location": place.get("name") or self.head[1],
            "places": [n for n, _ in sorted(self.names.items(), key=lambda item: item[1])],
            "admin1": place.get("province"),
            "admin2": place.get("district"),
            "district_id": place.get("district_id"),
            "admin3": place.get("name") if place.get("kind") == "tehsil" else None,
            "country": place.get("country"),
            "latitude": place.get("latitude"),
            "longitude": place.get("longitude"),
            "geo_precision": place.get("geo_precision"),
            "event_type": event_type,
            "sub_event_type": sub_type,
            "type_reason": self.reasons.get(event_type, (0, ""))[1],
            "actor1": _winner(self.actors[0]),
            "actor2": _winner(self.actors[1]),
            "claims": [c for _, c in sorted(self.claims, key=lambda c: c[0])],
            "fatalities": fatalities,
            "fatalities_from": cited,
            "sources": [doc for doc, _ in docs],
            "n_sources": len(seqs),
            "notes": self.notes[1] if self.notes else "",
            "publishers": [outlet for _, outlet in docs],
        }
        if self.n_claims > len(self.claims):
            record |= {"n_claims": self.n_claims, "claims_truncated": True}
        if len(kept) < len(seqs):
            record["sources_truncated"] = True
        return record


def _least(a: Any, b: Any) -> Any:
    """The smaller of two keyed values (either, when one is None)."""
    if a is None or (b is not None and b < a):
        return b
    return a


def _count(votes: dict[Any, list[int]], value: Any, order: int, count: int = 1) -> None:
    """Count ``value`` once more (or ``count`` times), keeping its earliest order."""
    seen = votes.get(value)
    if seen is None:
        votes[value] = [count, order]
    else:
        seen[0] += count
        seen[1] = min(seen[1], order)


def _winner(votes: Mapping[Any, list[int]]) -> Any:
    """The most counted value; a tie goes to the one seen first."""
    if not votes:
        return None
    return min(votes.items(), key=lambda item: (-item[1][0], item[1][1]))[0]


def event_id(place_id: str, event_date: str | None) -> str:
    """A stable id: the place's id and the event date (``geonames:1168749@2026-01-31``)."""
    return f"{place_id}@{event_date or 'undated'}"


def _told_ref(account: ReportEvent) -> str:
    """A death told without a figure, cited as a claim is: ``1 (seed-002: 'X was shot dead')``."""
    return f"1 ({account.doc_id}: {account.death_told!r})"


def _claim_ref(claim: Claim) -> str:
    return claim_ref(claim.record())


def claim_ref(claim: Mapping[str, Any]) -> str:
    """A claim cited in a row: ``10 (ISPR, seed-002: 'fifteen security men')``.

    Takes a claim record (as the layer holds it), so that the map can tell which of an
    event's claims its ``fatalities_from`` names.
    """
    count = claim.get("n_min") if claim.get("n_min") is not None else claim.get("n_max")
    return f"{count} ({claim.get('claimant')}, {claim.get('doc_id')}: {claim.get('surface')!r})"


def event_tallies(
    rows: Iterable[Mapping[str, Any]], keys: EventKeys, *, max_claims: int | None
) -> dict[EventKey, EventTally]:
    """The tally of every event of account rows from whole reports (a part of the store)."""
    by_report: dict[tuple[EventKey, int], list[tuple[int, ReportEvent]]] = defaultdict(list)
    for row in rows:
        account = account_from_json(row["account"])
        by_report[(keys.key(row), row["seq"])].append((keys.order(row), account))
    tallies: dict[EventKey, EventTally] = {}
    for (key, _), accounts in sorted(by_report.items(), key=lambda item: item[0][1]):
        tally = tallies.setdefault(key, EventTally(key, max_claims=max_claims))
        tally.add_report(sorted(accounts, key=lambda item: item[0]))
    return tallies


def merge_event_tallies(
    into: dict[EventKey, EventTally], tallies: Mapping[EventKey, EventTally]
) -> None:
    """Merge the tallies of a part into those of the parts before it."""
    for key, tally in tallies.items():
        if key in into:
            into[key].merge(tally)
        else:
            into[key] = tally


def sorted_events(tallies: Mapping[EventKey, EventTally]) -> list[EventTally]:
    """The events in the order of ``events.csv``: by place, then date."""
    return [tallies[k] for k in sorted(tallies, key=lambda k: (k[0], k[1] or ""))]


def events_table(
    tallies: Mapping[EventKey, EventTally],
    places: gpd.GeoDataFrame,
    source: Callable[[int], tuple[str, str]],
    *,
    max_sources: int | None = None,
) -> pd.DataFrame:
    """One row per event (``EventTally.record``), sorted by place and date.

    Returns
    -------
    DataFrame
        Columns ``EVENT_FIELDS`` plus ``district_id`` and ``publishers`` (and the
        ``n_claims``, ``claims_truncated``, ``sources_truncated`` of rows cut short).
    """
    lookup = place_lookup(places)
    rows = [
        tally.record(lookup.get(tally.key[0]), source, max_sources=max_sources)
        for tally in sorted_events(tallies)
    ]
    columns = [*EVENT_FIELDS, "district_id", "publishers"]
    columns += [c for c in TRUNCATION_FIELDS if any(c in row for row in rows)]
    # object columns: a missing count stays None (not NaN), a count stays an int.
    return pd.DataFrame(rows, columns=columns, dtype=object)


#: Fields of an event row that say what was cut short (only where something was).
TRUNCATION_FIELDS = ("n_claims", "claims_truncated", "sources_truncated")


def place_lookup(places: gpd.GeoDataFrame) -> dict[str, dict[str, Any]]:
    """Per place id, what an event takes from its place in the layer."""
    if not len(places):
        return {}
    out: dict[str, dict[str, Any]] = {}
    wanted = ("name", "kind", "district", "district_id", "province", "country", "geo_precision")
    columns = [c for c in wanted if c in places.columns]
    for place_id, row in places.iterrows():
        record = {c: row[c] for c in columns}
        record["latitude"] = round(float(row.geometry.y), 6)
        record["longitude"] = round(float(row.geometry.x), 6)
        out[str(place_id)] = record
    return out


def events_by_place(events: pd.DataFrame) -> dict[str, list[dict[str, Any]]]:
    """The events of each place, as the layer's ``events`` property (for the map popup)."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    keep = ("event_id", "event_date", "event_date_precision", "time_precision",
            "event_type", "sub_event_type", "type_reason", "actor1", "actor2", "fatalities",
            "fatalities_from", "claims", "sources", "n_sources", "notes", "places",
            "admin3", "publishers")  # fmt: skip
    for row in events.to_dict("records"):
        extra = {k: row[k] for k in TRUNCATION_FIELDS if not _missing(row.get(k))}
        out[row["place_id"]].append({k: row[k] for k in keep} | extra)
    return dict(out)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def csv_row(event: Mapping[str, Any]) -> dict[str, Any]:
    """An event as a flat ``events.csv`` row: lists as JSON or ``;``-joined text."""
    row = {k: None if _missing(v) else v for k, v in event.items()}
    row["claims"] = json.dumps(event.get("claims") or [], ensure_ascii=False)
    row["places"] = "; ".join(event.get("places") or [])
    row["fatalities_from"] = "; ".join(event.get("fatalities_from") or [])
    row["sources"] = ";".join(event.get("sources") or [])
    return row


def csv_record(
    tally: EventTally,
    place: Mapping[str, Any] | None,
    source: Callable[[int], tuple[str, str]],
    joined_doc_ids: Callable[[np.ndarray], str],
) -> dict[str, Any]:
    """An ``events.csv`` row (``csv_row``) with every source of the event.

    ``joined_doc_ids`` gives the doc ids of reports (by ``seq``) joined by ``;`` in one
    string. An event of a large corpus has hundreds of thousands of sources: as one
    Python string and tuple each (``record`` without ``max_sources``) they cost a
    passing 47 MB at 200,000 sources, enough to lift a 1 GB build's peak memory by a
    sixth; joined by Arrow, only the cell itself is made.
    """
    row = csv_row(tally.record(place, source, max_sources=0))
    row.pop("sources_truncated", None)
    row["sources"] = joined_doc_ids(tally.source_seqs())
    return row


def claim_rows(
    rows: Iterable[Mapping[str, Any]], keys: EventKeys, ids: Mapping[EventKey, str]
) -> Iterator[dict[str, Any]]:
    """``claims.csv``: every claim of every event, in report order, with its event's id."""
    for row in rows:
        event = ids[keys.key(row)]
        for claim in json.loads(row["account"])["claims"]:
            yield {"event_id": event, **_claim(claim).record()}


def add_district_events(summary: gpd.GeoDataFrame, events: pd.DataFrame) -> None:
    """Give each district of the summary its number of events and their fatalities.

    ``fatalities`` sums the events' conservative counts (an event with no count adds
    nothing), so the district never shows more dead than its events do.
    """
    counts: dict[str, int] = defaultdict(int)
    dead: dict[str, int] = defaultdict(int)
    for district_id, fatalities in zip(
        events.get("district_id", []), events.get("fatalities", []), strict=True
    ):
        if isinstance(district_id, str):
            counts[district_id] += 1
            dead[district_id] += int(fatalities) if pd.notna(fatalities) else 0
    ids = summary["district_id"] if len(summary) else []
    summary["n_events"] = [counts.get(i, 0) for i in ids]
    summary["fatalities"] = [dead.get(i, 0) for i in ids]
