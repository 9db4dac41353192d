"""End-to-end build on the real seed reports, checked against their gold annotations."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from incidentmap.models import CSV_FIELDS, INCIDENT_FIELDS, MENTION_FIELDS


def _layer(build) -> dict:
    return json.loads(build.outputs["incidents"].read_text(encoding="utf-8"))


def _by_name(build) -> dict[str, dict]:
    return {f["properties"]["name"]: f for f in _layer(build)["features"]}


def test_build_writes_every_spec_output(seeds_build):
    for key in ("incidents", "districts", "mentions", "map", "run"):
        assert seeds_build.outputs[key].is_file(), key
    layer = _layer(seeds_build)
    assert layer["type"] == "FeatureCollection" and "crs" not in layer
    for feature in layer["features"]:
        assert set(INCIDENT_FIELDS) <= set(feature["properties"])
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        for mention in feature["properties"]["mentions"]:
            assert set(MENTION_FIELDS) <= set(mention)


def test_every_mention_offset_points_at_its_surface(seeds_build, seeds_dir: Path):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in seeds_dir.glob("*.txt")}
    count = 0
    for feature in _layer(seeds_build)["features"]:
        for m in feature["properties"]["mentions"]:
            assert texts[m["doc_id"]][m["start"] : m["end"]] == m["surface"]
            assert m["surface"] in m["excerpt"] or m["excerpt"].startswith("\u2026")
            count += 1
    assert count > 50


def test_nushki_and_noshki_are_one_place_in_nushki_district(seeds_build):
    nushki = _by_name(seeds_build)["Nushki"]["properties"]
    assert {"Nushki", "Noshki"} <= set(nushki["names_in_text"])
    assert nushki["district"] == "Nushki" and nushki["role"] == "incident"
    assert nushki["n_sources"] == 2


def test_districts_named_resolve_to_their_districts(seeds_build):
    places = _by_name(seeds_build)
    for name in ("Kech", "Lasbela"):
        props = places[name]["properties"]
        assert props["kind"] == "district" and props["district"] == name
        assert props["geo_precision"] == 2
        assert props["gazetteer"].startswith("geoboundaries:")


def test_capitals_and_foreign_places_are_context_never_incidents(seeds_build):
    places = _by_name(seeds_build)
    for name in ("Islamabad", "Lahore", "Tehran", "Kabul", "Beijing", "Pakistan", "China"):
        assert places[name]["properties"]["role"] == "context", name


def test_quetta_lands_in_quetta_district(seeds_build):
    quetta = _by_name(seeds_build)["Quetta"]["properties"]
    assert quetta["district"] == "Quetta" and quetta["province"] == "Balochistan"
    assert _by_name(seeds_build)["Quetta"]["id"] == "geonames:1167528"


def test_gold_incident_places_all_land_in_their_gold_district(seeds_build, seeds_gold):
    places = _layer(seeds_build)["features"]
    for doc in seeds_gold:
        for gold in doc["incident_places"]:
            if gold["kind"] not in {"town", "district"}:
                continue
            hits = [f for f in places if f["properties"]["name"] == gold["place"]]
            assert hits, gold["place"]
            assert hits[0]["properties"]["district"] == gold["district"], gold["place"]


def test_mentions_csv_keeps_unresolved_and_reconciles_with_run_json(seeds_build):
    with seeds_build.outputs["mentions"].open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0].keys()) == CSV_FIELDS
    run = json.loads(seeds_build.outputs["run"].read_text())
    counts = run["counts"]
    assert counts["mentions_found"] == len(rows)
    assert counts["mentions_resolved"] + counts["mentions_unresolved"] == len(rows)
    unresolved = [r for r in rows if r["status"] == "unresolved"]
    assert all(r["reason"] and not r["lat"] for r in unresolved)
    in_layer = sum(f["properties"]["n_mentions"] for f in _layer(seeds_build)["features"])
    assert in_layer == counts["mentions_resolved"]


def test_districts_layer_counts_incident_places(seeds_build):
    districts = json.loads(seeds_build.outputs["districts"].read_text())
    by_name = {f["properties"]["district"]: f["properties"] for f in districts["features"]}
    assert by_name["Kech"]["n_incident_places"] >= 3  # Kech, Turbat, Tump, Buleda
    assert "Nushki" in by_name["Nushki"]["places"]
    assert all(f["geometry"]["type"] in {"Polygon", "MultiPolygon"} for f in districts["features"])


def test_build_of_the_bundled_example_covers_its_gold(example_build, example_dir):
    from incidentmap.eval import load_gold, predictions, score

    gold = load_gold(example_dir / "example.gold.json")
    s = score(gold, predictions(example_build.places))
    assert s.f1 >= 0.9 and not s.context_as_incident
