"""Score geoparsing against hand annotations (the ``*.gold.json`` format) and calibrate.

Matching follows the annotation guidelines: per report, a predicted place matches a gold
place when one of its mention surfaces in that report, or its name, equals a gold surface
or the gold canonical name, ignoring case and accents. A place counts as predicted
*incident* for a report when any of its mentions in that report has the incident role.
Newer districts count as the older polygon that holds them (Duki = Loralai).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd

from ._text import fold_name
from .districts import district_changes
from .errors import InputError

BINS = 10


@dataclass(frozen=True)
class Predicted:
    """One place as predicted for one report."""

    doc_id: str
    place_id: str
    name: str
    surfaces: frozenset[str]
    incident: bool
    district: str | None
    district_current: str | None
    confidence: float
    factors: Mapping[str, float]
    level: str = ""


@dataclass
class Scores:
    """Totals over a gold set, with per-report detail and calibration."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    district_checked: int = 0
    district_right: int = 0
    context_as_incident: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    district_errors: list[str] = field(default_factory=list)
    per_doc: dict[str, dict[str, float]] = field(default_factory=dict)
    #: Per incident point of the layer: (confidence, correct, factors, level).
    samples: list[tuple[float, bool, Mapping[str, float], str]] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    reports: int = 0

    @property
    def precision(self) -> float:
        """Share of predicted incident places that are gold incident places."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold incident places found as incident places."""
        found = self.tp_gold
        return found / (found + self.fn) if found + self.fn else 1.0

    tp_gold: int = 0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def district_accuracy(self) -> float:
        """Matched gold incident places (with a district) put in the right district."""
        return self.district_right / self.district_checked if self.district_checked else 1.0

    def reliability(self) -> list[dict[str, Any]]:
        """Confidence bins with mean confidence, observed accuracy and count."""
        table = []
        for b in range(BINS):
            lo, hi = b / BINS, (b + 1) / BINS
            inside = [
                (c, y)
                for c, y, _, _ in self.samples
                if lo <= c < hi or (b == BINS - 1 and c == 1.0)
            ]
            if inside:
                table.append({
                    "bin": f"{lo:.1f}-{hi:.1f}",
                    "n": len(inside),
                    "mean_confidence": sum(c for c, _ in inside) / len(inside),
                    "accuracy": sum(y for _, y in inside) / len(inside),
                })  # fmt: skip
        return table

    @property
    def context_per_10_reports(self) -> float:
        """Context places drawn as incidents, per ten reports (the SPEC's unit)."""
        return 10 * len(self.context_as_incident) / self.reports if self.reports else 0.0

    @property
    def high_precision(self) -> float:
        """Share of the points shown as "high" that are gold incident places."""
        high = [y for _, y, _, level in self.samples if level == "high"]
        return sum(high) / len(high) if high else 1.0

    @property
    def high_share(self) -> float:
        """Share of incident points shown as "high"."""
        n = len(self.samples)
        return sum(1 for *_, level in self.samples if level == "high") / n if n else 0.0

    @property
    def ece(self) -> float:
        """Expected calibration error over the incident points of the layer."""
        n = len(self.samples)
        if not n:
            return 0.0
        return float(
            sum(
                row["n"] / n * abs(row["mean_confidence"] - row["accuracy"])
                for row in self.reliability()
            )
        )

    def as_dict(self) -> dict[str, Any]:
        """Everything, JSON-ready."""
        return {
            "incident_precision": round(self.precision, 4),
            "incident_recall": round(self.recall, 4),
            "incident_f1": round(self.f1, 4),
            "district_accuracy": round(self.district_accuracy, 4),
            "context_drawn_as_incident": len(self.context_as_incident),
            "context_per_10_reports": round(self.context_per_10_reports, 3),
            "expected_calibration_error": round(self.ece, 4),
            "high_precision": round(self.high_precision, 4),
            "high_share": round(self.high_share, 4),
            "duplicate_features": len(self.duplicates),
            "reports": self.reports,
            "reliability": self.reliability(),
            "misses": self.misses,
            "false_alarms": self.false_alarms,
            "context_as_incident": self.context_as_incident,
            "district_errors": self.district_errors,
            "duplicates": self.duplicates,
            "per_report": self.per_doc,
        }


def load_gold(path: str | Path, *, lists: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Read a gold file; say clearly what is wrong with a malformed one.

    Every annotation format is a JSON list of objects with an ``id``; ``lists`` names the
    members that must be lists where present (``events`` for the events gold).
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from err
    except json.JSONDecodeError as err:
        raise InputError(f"{path}: not valid JSON (line {err.lineno}: {err.msg})") from err
    if not isinstance(data, list) or not all(
        isinstance(d, dict) and "id" in d and all(isinstance(d.get(k, []), list) for k in lists)
        for d in data
    ):
        wanted = " and ".join(f"'{name}'" for name in ("id", *lists))
        raise InputError(f"{path}: expected a list of objects with an {wanted}")
    return data


def predictions(places: gpd.GeoDataFrame) -> dict[str, list[Predicted]]:
    """Per report, the places it mentions and whether it makes them incident places."""
    out: dict[str, list[Predicted]] = {}
    for place_id, place in places.iterrows():
        by_doc: dict[str, list[Mapping[str, Any]]] = {}
        for m in place["mentions"]:
            by_doc.setdefault(m["doc_id"], []).append(m)
        for doc_id, mentions in by_doc.items():
            incident = [m for m in mentions if m["role"] == "incident"]
            out.setdefault(doc_id, []).append(
                Predicted(
                    doc_id=doc_id,
                    place_id=str(place_id),
                    name=str(place["name"]),
                    surfaces=frozenset(fold_name(m["surface"]) for m in mentions),
                    incident=bool(incident),
                    district=_text(place.get("district")),
                    district_current=_text(place.get("district_current")),
                    confidence=float(place["confidence"]),
                    factors=dict((place.get("confidence_factors") or {}).get("inputs", {})),
                    level=str(place.get("confidence_level") or ""),
                )
            )
    return out


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def gold_keys(gold_place: Mapping[str, Any]) -> set[str]:
    """Folded surfaces and canonical name of a gold place (what a prediction must match)."""
    return {fold_name(s) for s in gold_place.get("surface", [])} | {fold_name(gold_place["place"])}


def _matches(p: Predicted, gold_place: Mapping[str, Any]) -> bool:
    keys = gold_keys(gold_place)
    return bool(keys & (p.surfaces | {fold_name(p.name)}))


def _same_district(p: Predicted, gold_district: str) -> bool:
    """The predicted district is the gold one, a newer district inside it, or one of its names.

    "Kachhi (Bolan)" names one district twice, as the gold guidelines do.
    """
    changes = district_changes()
    parts = (part.strip(" )") for part in gold_district.split("("))
    names = {gold_district, *(part for part in parts if part)}
    want = {fold_name(changes.get(name, name)) for name in names}
    got = {p.district, p.district_current, changes.get(p.district_current or "", None)}
    return bool(want & {fold_name(d) for d in got if d})


def score(
    gold: Sequence[Mapping[str, Any]], predicted: Mapping[str, Sequence[Predicted]]
) -> Scores:
    """Score predictions against gold, report by report."""
    s = Scores()
    # Calibration is per incident point of the layer: is this point an incident location
    # in any of the reports that mention it?
    features: dict[str, tuple[float, bool, Mapping[str, float], str]] = {}
    drawn: set[str] = set()
    s.reports = len(gold)
    for doc in gold:
        doc_id = doc["id"]
        places = list(predicted.get(doc_id, []))
        incident = [p for p in places if p.incident]
        gold_incident = doc.get("incident_places", [])
        gold_context = doc.get("context_places", [])
        tp = fp = 0
        for p in incident:
            if any(_matches(p, g) for g in gold_incident):
                tp += 1
            else:
                fp += 1
                s.false_alarms.append(f"{doc_id}: {p.name} ({', '.join(sorted(p.surfaces))})")
                if any(_matches(p, g) for g in gold_context):
                    s.context_as_incident.append(f"{doc_id}: {p.name}")
        found = 0
        for g in gold_incident:
            hits = [p for p in incident if _matches(p, g)]
            if not hits:
                s.misses.append(f"{doc_id}: {g['place']}")
                continue
            found += 1
            if len(hits) > 1:
                s.duplicates.append(f"{doc_id}: {g['place']} as {', '.join(p.name for p in hits)}")
            if g.get("district"):
                s.district_checked += 1
                if any(_same_district(p, g["district"]) for p in hits):
                    s.district_right += 1
                else:
                    s.district_errors.append(
                        f"{doc_id}: {g['place']} gold {g['district']}, got {hits[0].district}"
                    )
        for p in places:
            correct = any(_matches(p, g) for g in gold_incident)
            previous = features.get(p.place_id)
            features[p.place_id] = (
                p.confidence,
                correct or (previous is not None and previous[1]),
                p.factors,
                p.level,
            )
            if p.incident:
                drawn.add(p.place_id)
        s.tp += tp
        s.fp += fp
        s.tp_gold += found
        s.fn += len(gold_incident) - found
        s.per_doc[doc_id] = {"tp": tp, "fp": fp, "gold": len(gold_incident), "found": found}
    s.samples = [features[k] for k in sorted(features) if k in drawn]
    return s


def format_scores(name: str, s: Scores) -> str:
    """A human-readable report: headline numbers, reliability table, error lists."""
    lines = [
        f"{name}: incident-place P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}",
        f"  district accuracy {s.district_accuracy:.3f} ({s.district_right}/{s.district_checked})",
        f"  context places drawn as incidents: {len(s.context_as_incident)}"
        f" ({s.context_per_10_reports:.1f} per 10 reports);"
        f" duplicate features: {len(s.duplicates)}",
        f"  expected calibration error: {s.ece:.3f} over {len(s.samples)} incident points",
        f"  shown as high: {s.high_share:.0%} of incident points, precision {s.high_precision:.3f}",
        "  reliability (confidence bin: n, mean confidence, observed accuracy):",
    ]
    for row in s.reliability():
        lines.append(
            f"    {row['bin']}: {row['n']:4d}  {row['mean_confidence']:.2f}  {row['accuracy']:.2f}"
        )
    for label, items in (("missed", s.misses), ("false alarms", s.false_alarms),
                         ("context drawn as incident", s.context_as_incident),
                         ("wrong district", s.district_errors),
                         ("duplicate features", s.duplicates)):  # fmt: skip
        if items:
            lines.append(f"  {label}: " + "; ".join(items))
    return "\n".join(lines)
