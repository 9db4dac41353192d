"""The learned decision: features of a place in a report, the decision, the mention roles."""

from __future__ import annotations

from incidentmap.decide import decide_roles, place_features, report_frame
from incidentmap.geocode.score import DecisionModel, LogisticModel, shipped_model
from incidentmap.models import Report
from incidentmap.pipeline import evidence_from_report


def _evidence(text: str, gazetteer):
    report = Report(doc_id="t", text=text, path="t.txt")
    return report, evidence_from_report(report, gazetteer)


def _places(report, evidence, model=None):
    decided = decide_roles(report, evidence, model=model)
    out: dict[str, list] = {}
    for r in decided:
        if r.entry is not None:
            out.setdefault(r.entry.name, []).append(r)
    return out


def _features(text: str, name: str, gazetteer) -> dict[str, float]:
    report, evidence = _evidence(text, gazetteer)
    frame = report_frame(report, evidence)
    items = [r for r in evidence if r.entry is not None and r.entry.name == name]
    return place_features(items[0].entry, items, frame)


def test_features_say_what_the_place_is_and_where(gazetteer):
    text = (
        "Gunmen attacked a Levies post in Turbat on Monday; Turbat's markets closed.\n"
        "The attack took place in Kech district, the government in Islamabad said, and "
        "officials in Lahore called it a crime."
    )
    kech = _features(text, "Kech", gazetteer)
    assert kech["kind:district"] == 1 and kech.get("district_of_incidents") == 1
    islamabad = _features(text, "Islamabad", gazetteer)
    assert islamabad.get("capital") == 1 and islamabad.get("ev:seat_of_government") == 1
    lahore = _features(text, "Lahore", gazetteer)
    assert lahore.get("outside_province") == 1 and lahore.get("big_city") == 1
    turbat = _features(text, "Turbat", gazetteer)
    assert turbat.get("main_place") == 1 and turbat.get("first_line") == 1
    assert turbat["rule_score"] > 0 > lahore["rule_score"]


def test_a_place_listed_with_incidents_is_marked_so(gazetteer):
    """'in the districts of Lakki Marwat, Bannu, Mir Ali and Zhob': one list, told as one."""
    text = (
        "The operation went on in Lakki Marwat, Bannu, Mir Ali and Zhob, where troops raided "
        "hideouts. Officials in Peshawar and Quetta said so."
    )
    assert _features(text, "Bannu", gazetteer).get("in_incident_list") == 1
    assert _features(text, "Zhob", gazetteer).get("in_incident_list") == 1  # after "and"
    assert "in_incident_list" not in _features(text, "Peshawar", gazetteer)  # two, no list
    pair = "Gunmen attacked posts in Turbat and Panjgur on Monday."
    assert "in_incident_list" not in _features(pair, "Panjgur", gazetteer)


def test_countries_and_provinces_are_never_incident_places(gazetteer):
    report, evidence = _evidence("A bomb exploded in Balochistan, Pakistan.", gazetteer)
    eager = DecisionModel(place=LogisticModel({"bias": 20.0}), point=LogisticModel({}))
    places = _places(report, evidence, eager)
    assert all(r.role == "context" for r in places["Balochistan"] + places["Pakistan"])


def test_the_threshold_decides(gazetteer):
    report, evidence = _evidence("Residents said Kalat was calm after the blast.", gazetteer)
    p = _places(report, evidence)["Kalat"][0].confidence
    lenient = DecisionModel(place=LogisticModel(shipped_model().place.weights, p - 0.01),
                            point=LogisticModel({}))  # fmt: skip
    strict = DecisionModel(place=LogisticModel(shipped_model().place.weights, p + 0.01),
                           point=LogisticModel({}))  # fmt: skip
    assert _places(report, evidence, lenient)["Kalat"][0].role == "incident"
    assert _places(report, evidence, strict)["Kalat"][0].role == "context"


def test_an_incident_place_without_an_incident_mention_gets_its_strongest_one(gazetteer):
    text = "Kalat lies on the main highway. Kalat has a fort."
    report, evidence = _evidence(text, gazetteer)
    eager = DecisionModel(place=LogisticModel({"bias": 20.0}), point=LogisticModel({}))
    kalat = _places(report, evidence, eager)["Kalat"]
    assert [r.role for r in kalat].count("incident") == 1
    assert "learned decision" in next(r.role_reason for r in kalat if r.role == "incident")


def test_a_context_place_keeps_no_incident_mention(gazetteer):
    report, evidence = _evidence("A bomb exploded in Kalat.", gazetteer)
    shy = DecisionModel(place=LogisticModel({"bias": -20.0}), point=LogisticModel({}))
    kalat = _places(report, evidence, shy)["Kalat"]
    assert all(r.role == "context" for r in kalat)
    assert kalat[0].role_rule == "event_at_place" and "learned decision" in kalat[0].role_reason
    assert kalat[0].confidence < 0.01 and kalat[0].factors["p_report"] < 0.01


def test_a_sentence_telling_an_act_but_no_scene_gives_its_incident_place_the_account(
    gazetteer,
):
    """A long sentence tells the act early and the place late, where no rule reaches it:
    when the place is an incident place of the report, that mention is its account. A
    sentence that names its own scene (Surab) keeps it alone."""
    text = (
        "Gunmen shot dead a shopkeeper in Kalat on Sunday. Two people were hurt in Surab on "
        "Tuesday when a grenade went off beside a crowd of villagers waiting to collect flour "
        "outside a depot in district Kalat. At least nine people were killed on Monday when a "
        "bomber blew himself up beside a crowd of villagers waiting to collect flour outside "
        "a depot in district Kalat."
    )
    report, evidence = _evidence(text, gazetteer)
    assert [r.role_rule for r in evidence if r.mention.surface == "Kalat"][1:] == [
        "no_event",
        "no_event",
    ]
    kalat = _places(report, evidence)["Kalat"]
    assert [r.role for r in kalat] == ["incident", "context", "incident"]
    assert "learned decision" in kalat[2].role_reason
