"""Fitting and measuring the decision model: out of fold, and reproducible from the gold."""

from __future__ import annotations

import json

from incidentmap.geocode.score import MODEL_FILE
from incidentmap.learn import (
    cross_validate,
    fit,
    fold_of,
    high_threshold,
    place_samples,
    wilson_lower,
)


def test_folds_are_stable_and_by_report():
    assert fold_of("dev", "dev-001", 10) == fold_of("dev", "dev-001", 10)
    assert len({fold_of("train", f"train-{i:03d}", 10) for i in range(1, 41)}) == 10


def test_wilson_lower_is_cautious_with_few_samples():
    assert wilson_lower(10, 10) < wilson_lower(100, 100) < 1.0
    assert wilson_lower(0, 0) == 0.0


def test_high_starts_where_precision_is_certain_enough():
    right = [(0.99, True)] * 60 + [(0.85, True)] * 30 + [(0.82, False)] * 10 + [(0.6, True)] * 5
    assert high_threshold(right) == 0.85
    assert high_threshold([(0.99, True)] * 60 + [(0.7, True)] * 30) == 0.99  # never below 0.8
    assert high_threshold([(0.9, True)] * 5) == 1.01  # too few to be sure of anything


def test_every_gold_place_is_a_labelled_sample(annotated_sets):
    dev = next(a for a in annotated_sets if a.name == "dev")
    samples = place_samples(dev)
    assert {s.doc_id for s in samples} == set(dev.evidence)
    # dev has 45 incident places; sites count with the town that carries them
    assert sum(s.label for s in samples) >= 30


def test_the_shipped_model_is_what_fitting_on_the_gold_gives(annotated_sets):
    """`python benchmarks/quality.py --fit` regenerates the shipped file exactly."""
    fitted = json.loads(json.dumps(fit(annotated_sets).to_json()))
    shipped = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert fitted == shipped


def test_out_of_fold_quality_holds(annotated_sets):
    """Pooled over every annotated set, each report decided by a model that never saw it.

    The floors are the scores this model reached (0.905 F1 over 1,578 reports, district
    accuracy 0.973, 2.8 context places per 10 reports, 30 duplicates), less a small
    margin. Each harder blind set added lowers the pool: 0.909 over 1,258 reports before
    blind-av to -bk came in (among them blind-ax, Balochistan's local outlets, and blind-ay,
    Sindh's and Punjab's riverine belts, 0.76 each at first sight; blind-bh and -bk,
    protests and crowds, 0.80 and 0.69); 0.916 over the 1,082 reports
    before blind-am (long-form pieces, 11.9 context places per 10 reports), blind-an
    (foreign outlets), blind-ao (2004-2010 FATA), blind-ap (Karachi's neighbourhoods,
    10.0), blind-aq (Punjab, Gilgit-Baltistan, the LoC), blind-ar (militant statements),
    blind-as (broadcast items), blind-au (sectarian violence) and blind-at (retrospectives)
    came in; 0.919 over 850 reports before blind-ab to -ak.
    The SPEC's
    targets (0.93 F1, 1 context place per 10 reports) are not reached yet, and the
    first-sight ledger (tests/data/FIRST_SIGHT.md) says by how much.
    """
    scores = cross_validate(annotated_sets)
    tp = sum(s.tp for s in scores.values())
    fp = sum(s.fp for s in scores.values())
    found = sum(s.tp_gold for s in scores.values())
    gold = found + sum(s.fn for s in scores.values())
    precision, recall = tp / (tp + fp), found / gold
    f1 = 2 * precision * recall / (precision + recall)
    context = sum(len(s.context_as_incident) for s in scores.values())
    reports = sum(s.reports for s in scores.values())
    assert f1 >= 0.90, (precision, recall)
    assert 10 * context / reports <= 2.8
    checked = sum(s.district_checked for s in scores.values())
    assert sum(s.district_right for s in scores.values()) / checked >= 0.97
    # Per set: blind-as is lowest (0.857, 6 of the 7 Balochistan places it checks), then
    # blind-s (0.882): places found through a long clause whose names the gazetteer knows
    # elsewhere only (Quetta's Aliabad read as Hunza's).
    assert all(s.district_accuracy >= 0.85 for s in scores.values())
    # 30 in 1,578 reports; mostly a site beside its town, or two names of one village.
    assert sum(len(s.duplicates) for s in scores.values()) <= 31
