"""Confidence: the estimated probability that a point is a correct incident location.

Two numbers, both from the decision model (``decide.py``, fitted by ``learn.py``):

* per mention, ``p_report``: the probability that the report makes this place an incident
  place (set by the decision stage; before it, the rules' own estimate);
* per point of the layer, ``confidence``: the best ``p_report`` of the reports that make it
  an incident place, corroborated by the other reports and weakened by what makes the
  geocode itself uncertain (an ambiguous name, an area known only by its district, an
  online guess outside the report's province).

The factors are reported in ``confidence_factors`` so that a reader sees why a point is
weak; the functions here are pure.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..models import COARSE_KINDS, GazetteerEntry, PlaceMention, ResolvedMention

MODEL_FILE = Path(__file__).with_name("decision_model.json")

#: Factors of the online geocoder (``build --online``). They are priors kept out of the
#: fit (the annotated reports are geoparsed offline, so a fit cannot see them) and applied
#: over any fitted value: a name Nominatim found in the right province is weaker evidence
#: than a ranked gazetteer hit; one outside the province the report is about is a guess.
ONLINE_PRIORS: dict[str, float] = {"online": -1.5, "online_outside_region": -2.5}
#: Geocoding factors a point carries from its best mention.
GEOCODE_FACTORS = ("alias", "site", "area", "ambiguous", "outside_doc_province",
                   "outside_doc_country", "in_name")  # fmt: skip
POINT_FEATURES = ("logit_p", "extra_sources", "extra_mentions", *GEOCODE_FACTORS)


@dataclass(frozen=True)
class LogisticModel:
    """Weights of a logistic model over named features, and its decision threshold."""

    weights: Mapping[str, float]
    threshold: float = 0.5

    def probability(self, features: Mapping[str, float]) -> float:
        """Probability of the positive class."""
        w = self.weights
        z = w.get("bias", 0.0) + sum(w.get(k, 0.0) * v for k, v in features.items() if v)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class DecisionModel:
    """The shipped model: the place-in-report decision, the point confidence, the levels."""

    place: LogisticModel
    point: LogisticModel
    high: float = 0.9
    medium: float = 0.5
    meta: Mapping[str, Any] | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DecisionModel:
        """Read a model from its JSON form (``decide_model.json``)."""
        place = data["place_in_report"]
        point = data["point"]
        levels = data.get("levels", {})
        return cls(
            place=LogisticModel(dict(place["weights"]), float(place.get("threshold", 0.5))),
            point=LogisticModel(dict(point["weights"])),
            high=float(levels.get("high", 0.9)),
            medium=float(levels.get("medium", 0.5)),
            meta={k: v for k, v in data.items() if k not in {"place_in_report", "point"}},
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form, weights rounded (the file is versioned in the repository)."""
        return {
            **(self.meta or {}),
            "place_in_report": {
                "threshold": round(self.place.threshold, 4),
                "weights": {k: round(v, 4) for k, v in self.place.weights.items()},
            },
            "point": {"weights": {k: round(v, 4) for k, v in self.point.weights.items()}},
            "levels": {"high": round(self.high, 4), "medium": round(self.medium, 4)},
        }

    def level(self, confidence: float) -> str:
        """The SPEC's ``confidence_level`` of a point's confidence."""
        if confidence >= self.high:
            return "high"
        return "medium" if confidence >= self.medium else "low"


#: Used when no model has been fitted: the rules' own decision, roughly calibrated.
PRIOR = DecisionModel(
    place=LogisticModel({"bias": 0.5, "rule_score": 3.3}),
    point=LogisticModel({"bias": 0.0, "logit_p": 1.0, "extra_sources": 0.5}),
)


@cache
def shipped_model() -> DecisionModel:
    """The fitted model shipped with the package (the prior when there is none)."""
    if MODEL_FILE.is_file():
        return DecisionModel.from_json(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
    return PRIOR


def mention_factors(
    r: ResolvedMention, doc_country: str | None, doc_province: str | None
) -> dict[str, float]:
    """Geocoding factors of one resolved mention (``p_report`` comes with the decision)."""
    return placement_factors(r.mention, r.entry, r.ambiguity, doc_country, doc_province)


def placement_factors(
    mention: PlaceMention,
    entry: GazetteerEntry | None,
    ambiguity: int,
    doc_country: str | None,
    doc_province: str | None,
) -> dict[str, float]:
    """``mention_factors`` of a mention placed at ``entry``, before its record is made."""
    match = mention.match
    return {
        "alias": 1.0 if match == "alias" else 0.0,
        "site": 1.0 if match == "site" else 0.0,
        "area": 1.0 if match == "area" else 0.0,
        "ambiguous": 1.0 if ambiguity > 1 else 0.0,
        "outside_doc_province": 1.0
        if entry is not None and doc_province is not None and entry.province != doc_province
        else 0.0,
        "outside_doc_country": 1.0
        if entry is not None and doc_country is not None and entry.country != doc_country
        else 0.0,
        "coarse": 1.0 if entry is not None and entry.kind in COARSE_KINDS else 0.0,
        "in_name": 1.0 if mention.in_name else 0.0,
    }


def rule_probability(r: ResolvedMention) -> float:
    """The probability of an incident place from one mention's rules and their evidence.

    The decision model read on this mention alone (for a place placed online, outside the
    report-wide decision): its role's signed strength and every rule and signal that held.
    """
    signed = r.role_strength if r.role == "incident" else -r.role_strength
    features = {"rule_score": signed, **{f"ev:{rule}": 1.0 for rule in r.evidence}}
    return round(shipped_model().place.probability(features), 4)


def mention_confidence(r: ResolvedMention, factors: Mapping[str, float]) -> float:
    """A mention's confidence: its place's probability in the report (0 when unplaced)."""
    if r.entry is None:
        return 0.0
    return round(float(factors.get("p_report", 0.0)), 3)


def point_factors(
    best: Mapping[str, float], *, incident_mentions: int, incident_sources: int
) -> dict[str, float]:
    """A point's factors: its best mention's, and corroboration by mentions and reports."""
    p = min(1 - 1e-4, max(1e-4, float(best.get("p_report", 0.0))))
    factors = {k: float(best[k]) for k in (*GEOCODE_FACTORS, *ONLINE_PRIORS) if best.get(k)}
    return {
        "logit_p": round(math.log(p / (1 - p)), 4),
        "extra_mentions": math.log1p(max(0, incident_mentions - 1)),
        "extra_sources": math.log1p(max(0, incident_sources - 1)),
        **factors,
    }


def point_confidence(factors: Mapping[str, float]) -> float:
    """Probability that the point is a correct incident location, from its factors."""
    weights = {**shipped_model().point.weights, **ONLINE_PRIORS}
    z = weights.get("bias", 0.0) + sum(weights.get(k, 0.0) * v for k, v in factors.items())
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)
