"""Fit the decision model on annotated reports, and measure it out of fold.

The model (``decide.py``) has two logistic parts, both fitted here with numpy:

1. **place in report**: is this place an incident place of this report? One sample per
   place and report, labelled by the gold annotations; the weights are pulled towards a
   prior (the rules' own decision: ``rule_score``), so that evidence the annotated reports
   rarely show keeps the weight the rules give it.
2. **point**: is this point of the layer a correct incident location? Fitted on the
   *out-of-fold* probabilities of part 1, so that it calibrates what the model says about
   reports it has not seen, not what it says about its own training reports.

Every number quoted from here is out of fold: the reports are split into folds by report
(never a report's places across folds), and each fold is predicted by a model fitted
without it. The "high" confidence level starts where the out-of-fold precision of the
points above it reaches the target (0.95).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from ._text import fold_name
from .decide import decide_roles, feature_names, place_features, report_frame
from .eval import Scores, gold_keys, load_gold, predictions, score
from .geocode.score import POINT_FEATURES, PRIOR, DecisionModel, LogisticModel
from .models import Report, ResolvedMention

#: The prior the place model is pulled towards: the rules decide.
PLACE_PRIOR: dict[str, float] = {"bias": 0.5, "rule_score": 3.3}
POINT_PRIOR: dict[str, float] = {"bias": 0.0, "logit_p": 1.0}
HIGH_PRECISION = 0.95
HIGH_FLOOR = 0.8


@dataclass
class AnnotatedSet:
    """Reports with gold annotations, and each report's evidence (before the decision)."""

    name: str
    gold: list[dict[str, Any]]
    reports: dict[str, Report]
    evidence: dict[str, list[ResolvedMention]]


@dataclass(frozen=True)
class Sample:
    """One place in one report: its features and whether the gold makes it an incident."""

    set_name: str
    doc_id: str
    place_id: str
    features: Mapping[str, float]
    label: bool


def place_samples(annotated: AnnotatedSet) -> list[Sample]:
    """Every resolved place of every gold report of the set, with its label."""
    samples = []
    for doc in annotated.gold:
        doc_id = doc["id"]
        if doc_id not in annotated.evidence:
            continue
        report = annotated.reports[doc_id]
        evidence = annotated.evidence[doc_id]
        frame = report_frame(report, evidence)
        incident_keys = [gold_keys(g) for g in doc.get("incident_places", [])]
        for place_id, items in _by_place(evidence).items():
            entry = items[0].entry
            assert entry is not None
            names = {fold_name(r.mention.surface) for r in items} | {fold_name(entry.name)}
            label = any(keys & names for keys in incident_keys)
            features = place_features(entry, items, frame)
            samples.append(Sample(annotated.name, doc_id, place_id, features, label))
    return samples


def _by_place(evidence: Sequence[ResolvedMention]) -> dict[str, list[ResolvedMention]]:
    out: dict[str, list[ResolvedMention]] = {}
    for r in evidence:
        if r.entry is not None:
            out.setdefault(r.entry.id, []).append(r)
    return out


def fit_logistic(
    rows: Sequence[Mapping[str, float]],
    labels: Sequence[bool],
    names: Sequence[str],
    *,
    prior: Mapping[str, float],
    l2: float,
) -> dict[str, float]:
    """Maximum a posteriori logistic weights, Gaussian prior centred on ``prior``.

    Newton's method (a few dozen features, a few thousand samples: exact and fast). The
    bias is not pulled towards anything.
    """
    x = np.array([[1.0, *(float(r.get(n, 0.0)) for n in names)] for r in rows])
    y = np.array([1.0 if label else 0.0 for label in labels])
    mean = np.array([prior.get("bias", 0.0), *(prior.get(n, 0.0) for n in names)])
    penalty = np.full(len(mean), l2)
    penalty[0] = 1e-6
    w = mean.copy()
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * (w - mean)
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    weights = {"bias": float(w[0])}
    weights.update({n: float(v) for n, v in zip(names, w[1:], strict=True) if abs(v) > 1e-9})
    return weights


def fold_of(set_name: str, doc_id: str, folds: int) -> int:
    """A report's fold: stable across runs and machines (a hash, not ``hash``)."""
    digest = hashlib.sha256(f"{set_name}/{doc_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % folds


@dataclass
class OutOfFold:
    """What cross-validation by report produced."""

    place_probability: dict[tuple[str, str, str], float] = field(default_factory=dict)
    decided: dict[str, dict[str, list[ResolvedMention]]] = field(default_factory=dict)


def fit_place_model(samples: Sequence[Sample], *, l2: float) -> LogisticModel:
    """The place-in-report model fitted on ``samples``."""
    names = feature_names()
    weights = fit_logistic(
        [s.features for s in samples], [s.label for s in samples], names,
        prior=PLACE_PRIOR, l2=l2,
    )  # fmt: skip
    return LogisticModel(weights)


def out_of_fold(
    sets: Sequence[AnnotatedSet], *, folds: int = 10, l2: float = 1.0, by_set: bool = False
) -> OutOfFold:
    """Decide every report with a place model fitted on the other folds' reports.

    With ``by_set`` the folds are the sets themselves: each set is decided by a model that
    saw no report of it (nor of its outlets and styles), the nearest thing to first sight.
    """
    samples = [s for a in sets for s in place_samples(a)]
    names = [a.name for a in sets]

    def fold(set_name: str, doc_id: str) -> int:
        return names.index(set_name) if by_set else fold_of(set_name, doc_id, folds)

    result = OutOfFold()
    for k in range(len(sets) if by_set else folds):
        held = [s for s in samples if fold(s.set_name, s.doc_id) == k]
        if not held:
            continue
        model = DecisionModel(
            place=fit_place_model([s for s in samples if fold(s.set_name, s.doc_id) != k], l2=l2),
            point=LogisticModel(POINT_PRIOR),
        )
        for s in held:
            result.place_probability[(s.set_name, s.doc_id, s.place_id)] = model.place.probability(
                s.features
            )
        for a in sets:
            for doc_id, evidence in a.evidence.items():
                if fold(a.name, doc_id) == k:
                    decided = decide_roles(a.reports[doc_id], evidence, model=model)
                    result.decided.setdefault(a.name, {})[doc_id] = decided
    return result


def point_samples(
    places_by_set: Mapping[str, Any], gold_by_set: Mapping[str, list[dict[str, Any]]]
) -> list[tuple[str, dict[str, float], bool, bool]]:
    """(set, point factors, correct, drawn as incident) for every point of every set's layer."""
    out = []
    for name, places in places_by_set.items():
        incident_keys: dict[str, list[set[str]]] = {
            d["id"]: [gold_keys(g) for g in d.get("incident_places", [])] for d in gold_by_set[name]
        }
        correct: dict[str, bool] = {}
        for doc_id, predicted in predictions(places).items():
            for p in predicted:
                names = set(p.surfaces) | {fold_name(p.name)}
                hit = any(keys & names for keys in incident_keys.get(doc_id, []))
                correct[p.place_id] = correct.get(p.place_id, False) or hit
        for place_id, place in places.iterrows():
            factors = dict((place.get("confidence_factors") or {}).get("inputs", {}))
            out.append(
                (name, factors, correct.get(str(place_id), False), place["role"] == "incident")
            )
    return out


def fit_point_model(
    samples: Sequence[tuple[str, dict[str, float], bool, bool]], *, l2: float = 1.0
) -> LogisticModel:
    """Point confidence fitted on every point, context points included.

    Context points teach the model that a low ``p_report`` means a point that is not an
    incident location; fitted on incident points alone, it would extrapolate upwards.
    """
    weights = fit_logistic(
        [s[1] for s in samples], [s[2] for s in samples], POINT_FEATURES,
        prior=POINT_PRIOR, l2=l2,
    )  # fmt: skip
    return LogisticModel(weights)


def high_threshold(
    scored: Sequence[tuple[float, bool]], *, target: float = HIGH_PRECISION
) -> float:
    """Lowest confidence from which the points above are "high": precision >= ``target``.

    ``scored`` holds (out-of-fold confidence, correct) of incident points. The precision
    must hold with some certainty, not by luck: the lower end of its one-sided 90 %
    Wilson interval must reach the target. Never below ``HIGH_FLOOR``: a point whose own
    probability is 0.6 is not "high", however good the points above it are. 1.01
    (nothing is high) where no threshold qualifies.
    """
    ranked = sorted(scored, key=lambda s: -s[0])
    best = 1.01
    right = 0
    for n, (confidence, correct) in enumerate(ranked, start=1):
        right += correct
        last_of_its_value = n == len(ranked) or ranked[n][0] < confidence
        if last_of_its_value and wilson_lower(right, n) >= target and confidence >= HIGH_FLOOR:
            best = confidence
    return best


def wilson_lower(successes: int, n: int, *, z: float = 1.2816) -> float:
    """Lower end of the Wilson score interval of a proportion (z = 1.28: one-sided 90 %)."""
    if n == 0:
        return 0.0
    p = successes / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def point_confidences(
    samples: Sequence[tuple[str, dict[str, float], bool, bool]], model: LogisticModel
) -> list[tuple[float, bool]]:
    """(confidence, correct) of the incident points under a point model."""
    return [(model.probability(f), c) for _, f, c, incident in samples if incident]


def with_point_model(model: DecisionModel, point: LogisticModel, high: float) -> DecisionModel:
    """``model`` with its point part and "high" threshold replaced."""
    return replace(model, point=point, high=high)


def log_loss(scored: Sequence[tuple[float, bool]]) -> float:
    """Mean negative log-likelihood of the labels under the stated probabilities."""
    eps = 1e-6
    total = 0.0
    for p, y in scored:
        p = min(1 - eps, max(eps, p))
        total -= math.log(p if y else 1 - p)
    return total / max(1, len(scored))


def load_sets(gold_paths: Sequence[Path], sources: Sequence[str | Path]) -> list[AnnotatedSet]:
    """Read the reports once and take each gold file's reports, with their evidence."""
    from .geocode import load_gazetteer
    from .pipeline import evidence_from_report
    from .sources import reports_from_paths

    reports, _ = reports_from_paths(sources)
    by_id = {r.doc_id: r for r in reports}
    gazetteer = load_gazetteer()
    sets = []
    for path in gold_paths:
        gold = load_gold(path)
        ids = [d["id"] for d in gold if d["id"] in by_id]
        sets.append(
            AnnotatedSet(
                name=Path(path).name.removesuffix(".json").removesuffix(".gold"),
                gold=gold,
                reports={i: by_id[i] for i in ids},
                evidence={i: evidence_from_report(by_id[i], gazetteer) for i in ids},
            )
        )
    return sets


def _layer(annotated: AnnotatedSet, decided: Mapping[str, list[ResolvedMention]]) -> Any:
    from .districts import boundaries_for
    from .places import places_from_mentions

    districts = boundaries_for("PK").districts
    return places_from_mentions(decided, annotated.reports, districts)


def rescored(places: Any, model: DecisionModel) -> Any:
    """``places`` with confidence and level recomputed by ``model``'s point part."""
    out = places.copy()
    inputs = [dict((f or {}).get("inputs", {})) for f in out["confidence_factors"]]
    confidence = [round(model.point.probability(i), 3) for i in inputs]
    out["confidence"] = confidence
    out["confidence_level"] = [model.level(c) for c in confidence]
    return out


def evaluate(
    sets: Sequence[AnnotatedSet], *, model: DecisionModel | None = None
) -> dict[str, Scores]:
    """Scores of each set under one model (the shipped one by default): in-sample."""
    from .geocode.score import shipped_model

    model = model or shipped_model()
    scores = {}
    for a in sets:
        decided = {d: decide_roles(a.reports[d], ev, model=model) for d, ev in a.evidence.items()}
        places = rescored(_layer(a, decided), model)
        scores[a.name] = score(a.gold, predictions(places))
    return scores


def cross_validate(
    sets: Sequence[AnnotatedSet], *, folds: int = 10, l2: float = 1.0, by_set: bool = False
) -> dict[str, Scores]:
    """Out-of-fold scores of each set.

    The place model of each report comes from the folds without it (``by_set``: from the
    other sets only); the point model and the "high" threshold of each set from the
    other sets only.
    """
    oof = out_of_fold(sets, folds=folds, l2=l2, by_set=by_set)
    layers = {a.name: _layer(a, oof.decided.get(a.name, {})) for a in sets}
    points = point_samples(layers, {a.name: a.gold for a in sets})
    scores = {}
    for a in sets:
        others = [p for p in points if p[0] != a.name]
        if not others:  # one set alone: nothing else to calibrate its points on
            scores[a.name] = score(a.gold, predictions(rescored(layers[a.name], PRIOR)))
            continue
        point = fit_point_model(others)
        high = high_threshold(point_confidences(others, point))
        model = DecisionModel(place=LogisticModel(PLACE_PRIOR), point=point, high=high)
        scores[a.name] = score(a.gold, predictions(rescored(layers[a.name], model)))
    return scores


def fit(sets: Sequence[AnnotatedSet], *, folds: int = 10, l2: float = 1.0) -> DecisionModel:
    """The model to ship: place part on every report, point part on out-of-fold points."""
    samples = [s for a in sets for s in place_samples(a)]
    place = fit_place_model(samples, l2=l2)
    oof = out_of_fold(sets, folds=folds, l2=l2)
    layers = {a.name: _layer(a, oof.decided.get(a.name, {})) for a in sets}
    points = point_samples(layers, {a.name: a.gold for a in sets})
    point = fit_point_model(points)
    scored = point_confidences(points, point)
    meta = {
        "version": 1,
        "fitted_on": {a.name: len(a.evidence) for a in sets},
        "samples": {"place_in_report": len(samples), "points": len(scored)},
        "l2": l2,
        "folds": folds,
    }
    return DecisionModel(place=place, point=point, high=high_threshold(scored), meta=meta)
