"""Confidence: the estimated probability that a point is a correct incident location.

Pure functions over a handful of named factors. The weights are those of a logistic model
fitted on the annotated reports (``incidentmap eval --fit``), stored in
``calibration.json`` beside this file; the factors themselves are reported in
``confidence_factors`` so that a reader sees why a point is weak.
"""

from __future__ import annotations

import json
import math
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ..models import COARSE_KINDS, ResolvedMention

CALIBRATION_FILE = Path(__file__).with_name("calibration.json")
#: Used until a calibration has been fitted; roughly what the rules are worth.
DEFAULT_WEIGHTS: dict[str, float] = {
    "bias": -1.0,
    "role_strength": 3.0,
    "alias": -0.2,
    "site": -0.3,
    "area": -0.6,
    "ambiguous": -0.5,
    "outside_doc_province": -0.8,
    "outside_doc_country": -1.0,
    "coarse": -2.0,
    "in_name": -1.5,
    "extra_mentions": 0.4,
    "extra_sources": 0.6,
}
#: Weights of the online geocoder's factors (``build --online``). They are priors, kept
#: out of the fit (the annotated reports are geoparsed offline, so a fit cannot see
#: them) and applied over any fitted value: a name match Nominatim found in the right
#: province is weaker evidence than a ranked gazetteer hit; one outside the province the
#: report is about is a guess and stays low.
ONLINE_PRIORS: dict[str, float] = {"online": -1.5, "online_outside_region": -2.5}


@cache
def weights() -> dict[str, float]:
    """The fitted weights, or the defaults when no calibration file is present."""
    if CALIBRATION_FILE.is_file():
        data: dict[str, Any] = json.loads(CALIBRATION_FILE.read_text(encoding="utf-8"))
        return {**DEFAULT_WEIGHTS, **data["weights"], **ONLINE_PRIORS}
    return {**DEFAULT_WEIGHTS, **ONLINE_PRIORS}


def mention_factors(
    r: ResolvedMention, doc_country: str | None, doc_province: str | None
) -> dict[str, float]:
    """Named, numeric factors of one resolved mention (inputs of the model)."""
    entry = r.entry
    signed = r.role_strength if r.role == "incident" else -r.role_strength
    return {
        "role_strength": signed,
        "alias": float(r.mention.match == "alias"),
        "site": float(r.mention.match == "site"),
        "area": float(r.mention.match == "area"),
        "ambiguous": float(r.ambiguity > 1),
        "outside_doc_province": float(
            entry is not None and doc_province is not None and entry.province != doc_province
        ),
        "outside_doc_country": float(
            entry is not None and doc_country is not None and entry.country != doc_country
        ),
        "coarse": float(entry is not None and entry.kind in COARSE_KINDS),
        "in_name": float(r.mention.in_name),
    }


def logistic(factors: dict[str, float]) -> float:
    """Probability from factors under the current weights."""
    return _logistic(tuple(factors.items()))


@lru_cache(maxsize=4096)
def _logistic(factors: tuple[tuple[str, float], ...]) -> float:
    """``logistic`` memoised: mentions take a few hundred distinct factor values in all.

    Valid because ``weights()`` is fixed for the life of a process (it is cached too).
    """
    w = weights()
    z = w["bias"] + sum(w.get(k, 0.0) * v for k, v in factors)
    return 1.0 / (1.0 + math.exp(-z))


def mention_confidence(r: ResolvedMention, factors: dict[str, float]) -> float:
    """Probability that this mention's place is a correct incident location."""
    if r.entry is None:
        return 0.0
    return round(logistic(factors), 3)


def place_factors(
    best: dict[str, float], *, incident_mentions: int, incident_sources: int
) -> dict[str, float]:
    """A place's factors: its best mention's, plus corroboration by mentions and reports."""
    return {
        **best,
        "extra_mentions": math.log1p(max(0, incident_mentions - 1)),
        "extra_sources": math.log1p(max(0, incident_sources - 1)),
    }


def place_confidence(factors: dict[str, float]) -> float:
    """Probability for a place from its factors."""
    return round(logistic(factors), 3)
