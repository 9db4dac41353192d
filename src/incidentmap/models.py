"""Records that cross pipeline stages, and the output field names fixed by the SPEC."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Role = Literal["incident", "context"]

#: geo_precision: 1 = the place itself, 2 = district/tehsil area, 3 = province or wider.
PRECISION_BY_KIND: dict[str, int] = {
    "town": 1,
    "village": 1,
    "neighbourhood": 1,
    "site": 1,
    "road": 1,
    "tehsil": 2,
    "district": 2,
    "area": 2,
    "region": 3,
    "province": 3,
    "country": 3,
}


#: Kinds that are the setting of a report rather than a location in it (always context).
COARSE_KINDS = frozenset({"country", "province"})


@dataclass(frozen=True, slots=True)
class Report:
    """One report: its exact text (offsets point into it) and its source metadata."""

    doc_id: str
    text: str
    path: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class SkippedReport:
    """A report that could not be read, with the reason (listed on stderr and in run.json)."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place the gazetteer knows; ``raw`` keeps the source record."""

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    country: str
    province: str | None = None
    district: str | None = None
    district_current: str | None = None
    population: int = 0
    source: str = "geonames"
    parent: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    point_precision: int | None = None

    @property
    def precision(self) -> int:
        """geo_precision of the point: the kind's, unless the point only stands for an area."""
        if self.point_precision is not None:
            return self.point_precision
        return PRECISION_BY_KIND.get(self.kind, 1)


#: The three mention records below are made by the million on a large corpus; they are
#: treated as immutable (changed only by ``dataclasses.replace``) but not frozen, because a
#: frozen dataclass's ``__init__`` costs about six times as much (one ``object.__setattr__``
#: per field). They stay hashable, as they were when frozen (``unsafe_hash``).
@dataclass(slots=True, unsafe_hash=True)
class PlaceMention:
    """A stretch of a report's text that names a place (or a site inside one).

    ``candidates`` are gazetteer entry ids the surface may denote; ``site`` is set when the
    surface names a site, road or neighbourhood carried by the place it is attached to.
    """

    doc_id: str
    surface: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    candidates: tuple[str, ...]
    match: str
    site: str | None = None
    district_hint: str | None = None
    in_name: bool = False
    note: str | None = None


@dataclass(slots=True, unsafe_hash=True)
class RoledMention:
    """A mention with its role under the rules, the rule that decided it and the evidence.

    ``role_rule`` is the deciding rule's id (``roles.RULES``); ``evidence`` the ids of
    every rule that held, which the learned decision (``decide.py``) weighs.
    """

    mention: PlaceMention
    role: Role
    role_reason: str
    role_strength: float
    role_rule: str = ""
    evidence: tuple[str, ...] = ()


@dataclass(slots=True, unsafe_hash=True)
class ResolvedMention:
    """A mention tied to one gazetteer entry (or none, with the reason)."""

    mention: PlaceMention
    role: Role
    role_reason: str
    role_strength: float
    entry: GazetteerEntry | None
    ambiguity: int
    resolve_reason: str
    confidence: float = 0.0
    factors: dict[str, float] = field(default_factory=dict, compare=False, hash=False)
    role_rule: str = ""
    evidence: tuple[str, ...] = ()


# Output field names (SPEC.md); the writers and the renderer use these, never literals.
INCIDENT_FIELDS = (
    "name",
    "names_in_text",
    "role",
    "confidence",
    "confidence_level",
    "confidence_factors",
    "geo_precision",
    "kind",
    "district",
    "district_id",
    "district_current",
    "province",
    "country",
    "gazetteer",
    "n_mentions",
    "n_sources",
    "mentions",
)
MENTION_FIELDS = (
    "doc_id",
    "role",
    "confidence",
    "surface",
    "start",
    "end",
    "excerpt",
    "source_title",
    "source_url",
    "published",
)
DISTRICT_FIELDS = (
    "district",
    "district_id",
    "province",
    "n_incident_places",
    "n_mentions",
    "n_sources",
    "places",
)
CSV_FIELDS = (
    "status",
    "reason",
    "doc_id",
    "role",
    "role_reason",
    "confidence",
    "surface",
    "start",
    "end",
    "site",
    "place_id",
    "place",
    "kind",
    "geo_precision",
    "lat",
    "lon",
    "district",
    "district_id",
    "district_current",
    "province",
    "country",
    "excerpt",
    "source_title",
    "source_url",
    "published",
    "event_date",
    "event_date_precision",
)

#: The columns of ``events.csv``, in order (SPEC's fields, then what helps an analyst).
EVENT_FIELDS = (
    "event_id",
    "event_date",
    "event_date_precision",
    "time_precision",
    "place_id",
    "location",
    "places",
    "admin1",
    "admin2",
    "admin3",
    "country",
    "latitude",
    "longitude",
    "geo_precision",
    "event_type",
    "sub_event_type",
    "type_reason",
    "actor1",
    "actor2",
    "claims",
    "fatalities",
    "fatalities_from",
    "sources",
    "n_sources",
    "notes",
)


def confidence_level(confidence: float) -> str:
    """Map a probability to the SPEC's three levels, at the shipped model's thresholds.

    "high" starts where the model's out-of-fold precision reaches 0.95 (``learn.py``).
    """
    from .geocode.score import shipped_model

    return shipped_model().level(confidence)
