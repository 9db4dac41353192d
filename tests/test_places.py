"""places.py: one feature per place from resolved mentions, and every district's summary."""

from __future__ import annotations

from dataclasses import replace

import pytest

from incidentmap.districts import load_districts
from incidentmap.models import INCIDENT_FIELDS, Report
from incidentmap.pipeline import geoparse_report
from incidentmap.places import districts_summary, excerpt_for, places_from_mentions
from incidentmap.sources import reports_from_paths

#: Two reports on the same places: an attack in Turbat, and Quetta only as where it was said.
FIRST = Report(
    "r1",
    "Gunmen attacked a Levies post in Turbat on Monday, killing two. Officials in Quetta "
    "condemned the attack.",
    "r1.txt",
    title="Turbat attack",
    published="2026-02-02",
)
SECOND = Report("r2", "A second blast hit Turbat on Tuesday, police in Turbat said.", "r2.txt")


@pytest.fixture(scope="module")
def districts():
    return load_districts()


@pytest.fixture(scope="module")
def layer(gazetteer, districts):
    reports = {r.doc_id: r for r in (FIRST, SECOND)}
    resolved = {d: geoparse_report(r, gazetteer) for d, r in reports.items()}
    return resolved, reports, places_from_mentions(resolved, reports, districts)


def _by_name(places):
    return {row["name"]: row for _, row in places.iterrows()}


def test_one_feature_per_place_with_every_mention_and_source(layer):
    resolved, _, places = layer
    placed = [r for items in resolved.values() for r in items if r.entry is not None]
    assert list(places.index) == sorted({r.entry.id for r in placed})
    assert int(places["n_mentions"].sum()) == len(placed)
    turbat = _by_name(places)["Turbat"]
    assert turbat["n_sources"] == 2 and turbat["n_mentions"] == 3
    assert [m["doc_id"] for m in turbat["mentions"]] == ["r1", "r2", "r2"]
    assert (turbat["district"], turbat["province"]) == ("Kech", "Balochistan")
    assert places.crs.to_epsg() == 4326 and set(INCIDENT_FIELDS) <= set(places.columns)


def test_a_place_is_an_incident_place_when_any_mention_says_so(layer):
    places = _by_name(layer[2])
    turbat, quetta = places["Turbat"], places["Quetta"]
    assert turbat["role"] == "incident" and quetta["role"] == "context"
    assert turbat["confidence_factors"]["corroborating_sources"] == 2
    assert turbat["confidence"] > quetta["confidence"]
    assert turbat["event_dates"] == ["2026-02-02"]  # the date the first report gives


def test_the_feature_keeps_the_sentence_and_source_of_each_mention(layer):
    record = _by_name(layer[2])["Turbat"]["mentions"][0]
    assert record["excerpt"].startswith("Gunmen attacked a Levies post in Turbat on Monday")
    assert FIRST.text[record["start"] : record["end"]] == record["surface"] == "Turbat"
    assert (record["source_title"], record["published"]) == ("Turbat attack", "2026-02-02")


def test_no_mentions_make_an_empty_layer_with_every_column(districts):
    places = places_from_mentions({}, {}, districts)
    assert len(places) == 0 and set(INCIDENT_FIELDS) <= set(places.columns)
    summary = districts_summary(places, districts)
    assert len(summary) == len(districts) and summary["n_incident_places"].sum() == 0


def test_a_long_sentence_is_cut_around_the_mention(gazetteer):
    filler = "the convoy moved on slowly along the road, " * 12
    text = f"Early that day {filler}until gunmen attacked it in Turbat, {filler}officials said."
    report = Report("long", text, "long.txt")
    turbat = next(r for r in geoparse_report(report, gazetteer)
                  if r.mention.surface == "Turbat")  # fmt: skip
    excerpt, start = excerpt_for(report, turbat)
    assert excerpt.startswith("\u2026") and excerpt.endswith("\u2026")
    assert "attacked it in Turbat" in excerpt and len(excerpt) <= 420 + 2
    assert turbat.mention.sentence_start < start <= turbat.mention.start


def test_an_analysts_point_and_district_win_over_the_gazetteer(layer, districts):
    resolved, reports, _ = layer
    moved = dict(resolved)
    fixed = []
    for r in resolved["r2"]:
        if r.entry is not None and r.entry.name == "Turbat":
            raw = {**r.entry.raw, "corrected_by_analyst": "line 2", "district_override": "panjgur"}
            r = replace(r, entry=replace(r.entry, lat=25.5, lon=62.5, raw=raw))
        fixed.append(r)
    moved["r2"] = fixed
    turbat = _by_name(places_from_mentions(moved, reports, districts))["Turbat"]
    # The corrected entry comes from the second report, yet its point is the one drawn.
    assert (turbat.geometry.x, turbat.geometry.y) == (62.5, 25.5)
    assert (turbat["district"], turbat["province"]) == ("Panjgur", "Balochistan")  # not Gwadar


def test_an_area_names_the_gazetteer_entry_it_was_placed_at(gazetteer, districts):
    report = Report("a", "Gunmen attacked a checkpost in the Zorkhani area of Kech district.", "a")
    resolved = {"a": geoparse_report(report, gazetteer)}
    places = places_from_mentions(resolved, {"a": report}, districts)
    area = places.loc[[i for i in places.index if i.startswith("incidentmap:area/")][0]]
    kech = next(e for e in gazetteer.lookup("Kech") if e.kind == "district")
    assert area["gazetteer"] == kech.id and area["district"] == "Kech"


def test_every_district_is_summarised_and_only_incident_places_count(layer, districts):
    places = layer[2]
    summary = districts_summary(places, districts)
    assert len(summary) == len(districts)
    assert list(summary.index) == sorted(summary.index) == list(summary["district_id"].astype(str))
    by_name = summary.set_index("district")
    assert by_name.loc["Kech", "n_incident_places"] == 1
    assert by_name.loc["Kech", "places"] == ["Turbat"]
    assert by_name.loc["Kech", "n_mentions"] == 3 and by_name.loc["Kech", "n_sources"] == 2
    assert by_name.loc["Quetta", "n_incident_places"] == 0  # a context place is not counted
    assert summary.crs == districts.crs


def test_the_example_layer_holds_every_report_it_was_built_from(example_dir, gazetteer, districts):
    reports, _ = reports_from_paths([example_dir])
    by_id = {r.doc_id: r for r in reports}
    resolved = {d: geoparse_report(r, gazetteer) for d, r in by_id.items()}
    places = places_from_mentions(resolved, by_id, districts)
    cited = {m["doc_id"] for mentions in places["mentions"] for m in mentions}
    assert cited == {d for d, items in resolved.items() if any(r.entry for r in items)}


# --- a lean layer: the strongest mentions, counts of all --------------------------------


@pytest.fixture(scope="module")
def seeds(seeds_dir, gazetteer):
    reports, _ = reports_from_paths([seeds_dir])
    by_id = {r.doc_id: r for r in reports}
    return by_id, {d: geoparse_report(r, gazetteer) for d, r in by_id.items()}


def test_a_place_keeps_its_strongest_mentions_in_text_order_and_counts_all(seeds, districts):
    from incidentmap.render import strongest_mentions

    by_id, resolved = seeds
    full = places_from_mentions(resolved, by_id, districts)
    lean = places_from_mentions(resolved, by_id, districts, max_excerpts=3)
    assert lean.drop(columns=["mentions", "mentions_truncated"]).equals(
        full.drop(columns="mentions")
    )
    cut = 0
    for place_id, place in lean.iterrows():
        every = full.loc[place_id, "mentions"]
        assert place["n_mentions"] == len(every)
        kept = place["mentions"]
        assert place["mentions_truncated"] == (len(every) > 3)
        # The strongest three (each report's best first, as the popup ranks them) ...
        strongest = strongest_mentions(every)[:3]
        assert sorted(map(_key, kept)) == sorted(map(_key, strongest))
        # ... listed in the order of the text, as the full list is.
        assert kept == [m for m in every if _key(m) in set(map(_key, kept))]
        cut += place["mentions_truncated"]
    assert cut, "some seed place has more than three mentions"


def _key(mention) -> tuple:
    return mention["doc_id"], mention["start"]


def test_tallies_of_parts_merged_in_any_order_make_the_same_places(seeds, districts):
    from incidentmap.places import mention_rows, merge_tallies, place_tallies, places_from_tallies

    by_id, resolved = seeds
    rows = [mention_rows(by_id[d], resolved[d], seq=i) for i, d in enumerate(by_id)]
    whole = places_from_tallies(place_tallies(sum(rows, []), max_excerpts=4), districts)
    for parts in (rows, rows[::-1], [rows[1], rows[0]]):
        merged: dict = {}
        for part in parts:
            merge_tallies(merged, place_tallies(part, max_excerpts=4))
        assert places_from_tallies(merged, districts).equals(whole)


def test_a_small_layer_has_no_truncation_flag(layer):
    _, _, places = layer
    assert "mentions_truncated" not in places.columns


def test_the_layer_says_which_district_holds_a_place_now(gazetteer, districts):
    """Duki lies in Loralai's 2019 polygon and is its own district now; Sinjawi lies in
    Loralai's polygon and is run from Ziarat: ``district_current`` says so for both."""
    report = Report("now", "Gunmen killed two men in Duki and a third in Sanjawi.", "now.md")
    resolved = {"now": geoparse_report(report, gazetteer)}
    rows = _by_name(places_from_mentions(resolved, {"now": report}, districts))
    assert (rows["Duki"]["district"], rows["Duki"]["district_current"]) == ("Loralai", "Duki")
    sinjawi = rows["Sinjawi"]
    assert (sinjawi["district"], sinjawi["district_current"]) == ("Loralai", "Ziarat")
