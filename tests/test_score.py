"""geocode/score.py: the decision model's form, mention factors and the point's confidence."""

from __future__ import annotations

import json
import math
from dataclasses import replace

import pytest

from incidentmap.geocode.score import (
    MODEL_FILE,
    DecisionModel,
    LogisticModel,
    mention_confidence,
    mention_factors,
    point_confidence,
    point_factors,
    rule_probability,
    shipped_model,
)
from incidentmap.models import Report
from incidentmap.pipeline import evidence_from_report


def _evidence(text: str, gazetteer) -> dict:
    report = Report("t", text, "t.txt")
    return {r.mention.surface: r for r in evidence_from_report(report, gazetteer)}


def test_the_logistic_model_is_a_sigmoid_of_its_weighted_features():
    model = LogisticModel({"bias": -1.0, "a": 2.0, "b": 5.0})
    assert model.probability({}) == pytest.approx(1 / (1 + math.e))
    assert model.probability({"a": 1.0, "b": 0.0, "unknown": 9.0}) == pytest.approx(
        1 / (1 + math.exp(-1.0))
    )
    assert model.probability({"a": 1e6}) == pytest.approx(1.0)  # clipped, no overflow
    assert model.probability({"a": -1e6}) == pytest.approx(0.0)


def test_the_shipped_file_is_the_json_form_of_the_model_it_loads():
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    model = DecisionModel.from_json(data)
    assert model == shipped_model()
    assert model.to_json() == data
    assert 0 < model.medium < model.high < 1


def test_levels_split_at_the_models_thresholds():
    model = DecisionModel(LogisticModel({}), LogisticModel({}), high=0.8, medium=0.4)
    assert [model.level(c) for c in (0.0, 0.39, 0.4, 0.79, 0.8, 1.0)] == [
        "low", "low", "medium", "medium", "high", "high",
    ]  # fmt: skip


def test_mention_factors_say_how_the_place_was_matched_and_where(gazetteer):
    evidence = _evidence("A blast hit Noshki. Talks were held in Kabul.", gazetteer)
    noshki, kabul = evidence["Noshki"], evidence["Kabul"]
    factors = mention_factors(noshki, "PK", "Balochistan")
    assert factors["alias"] == 1.0 and factors["outside_doc_province"] == 0.0
    assert "p_report" not in factors  # the decision stage gives it (once, per place)
    foreign = mention_factors(kabul, "PK", "Balochistan")
    assert foreign["outside_doc_country"] == 1.0 and foreign["alias"] == 0.0
    assert mention_factors(kabul, None, None)["outside_doc_country"] == 0.0  # nothing to differ


def test_the_rules_probability_follows_the_role_and_its_strength(gazetteer):
    noshki = _evidence("A blast hit Noshki.", gazetteer)["Noshki"]
    incident = replace(noshki, role="incident", role_strength=1.0)
    weaker = replace(incident, role_strength=0.3)
    context = replace(incident, role="context")
    assert rule_probability(incident) > rule_probability(weaker) > rule_probability(context)
    # ... and the evidence of a real context mention puts it below one half
    origin = _evidence("A family from Noshki was stopped in Kalat.", gazetteer)["Noshki"]
    assert rule_probability(incident) > 0.5 > rule_probability(origin)
    assert mention_confidence(incident, {"p_report": 0.8123}) == 0.812
    assert mention_confidence(replace(incident, entry=None), {"p_report": 0.8}) == 0.0


def test_corroboration_raises_a_points_confidence_and_doubt_lowers_it():
    best = {"p_report": 0.7}
    alone = point_factors(best, incident_mentions=1, incident_sources=1)
    assert alone["extra_sources"] == alone["extra_mentions"] == 0.0
    assert alone["logit_p"] == pytest.approx(math.log(0.7 / 0.3), abs=1e-4)
    corroborated = point_factors(best, incident_mentions=4, incident_sources=3)
    assert corroborated["extra_sources"] == pytest.approx(math.log(3))
    assert point_confidence(corroborated) > point_confidence(alone)
    online = point_factors({**best, "online": 1.0, "online_outside_region": 1.0},
                           incident_mentions=1, incident_sources=1)  # fmt: skip
    assert online["online"] == online["online_outside_region"] == 1.0
    assert point_confidence(online) < point_confidence(alone)


@pytest.mark.parametrize("p", [0.0, 1.0])
def test_certain_probabilities_give_finite_factors(p: float):
    factors = point_factors({"p_report": p}, incident_mentions=1, incident_sources=1)
    assert math.isfinite(factors["logit_p"]) and 0.0 <= point_confidence(factors) <= 1.0
