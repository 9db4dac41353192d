"""The map page rendered to a string: data, escaping, controls, assets and the render command."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import Point

from incidentmap.cli import main
from incidentmap.districts import load_districts, load_provinces
from incidentmap.errors import DataError, InputError
from incidentmap.places import districts_summary
from incidentmap.render import (
    GROUPS,
    POPUP_MENTIONS,
    assets,
    class_breaks,
    district_colour,
    map_from_incidents,
    map_html,
    page_data,
    place_group,
    reasons,
    safe_url,
    script_json,
    strongest_mentions,
    title_from_places,
)
from incidentmap.render.data import MENTION_FIELDS, PLACE_FIELDS, TALLY_FIELDS
from incidentmap.render.elements import ATTRIBUTION, legend_html
from incidentmap.render.event_data import CLAIM_FIELDS, EVENT_FIELDS

HOSTILE = Path(__file__).parent / "data" / "hostile"
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "balochistan-2026-01-31"
PAYLOADS = ("<script>window.__pwned", "<img src=x", "<svg onload", "<iframe", "</title><script>")


def _mention(doc: str, *, role: str = "incident", confidence: float = 0.9, surface: str = "Nushki",
             excerpt: str | None = None, url: str | None = "https://example.org/a",
             published: str | None = "2026-02-01") -> dict:  # fmt: skip
    return {"doc_id": doc, "role": role, "confidence": confidence, "surface": surface,
            "excerpt": excerpt or f"Gunmen attacked the police station in {surface} at night.",
            "source_title": f"Report {doc}", "source_url": url, "publisher": "Example News",
            "published": published}  # fmt: skip


def _layer(*places: dict) -> gpd.GeoDataFrame:
    rows = []
    for i, place in enumerate(places):
        row = {"id": f"test:{i}", "name": "Nushki", "role": "incident", "confidence": 0.9,
               "confidence_level": "high", "geo_precision": 1, "kind": "town",
               "district": "Nushki", "district_id": "D1", "province": "Balochistan",
               "confidence_factors": {"match": "name", "ambiguity": 1},
               "mentions": [_mention("a")], "geometry": Point(66.02, 29.55)}  # fmt: skip
        row.update(place)
        rows.append(row)
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326").set_index("id")


def _page_data(html_text: str) -> dict:
    match = re.search(
        r'<script type="application/json" id="[\w-]+">(.*?)</script>', html_text, re.S
    )
    assert match, "the page has no data element"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def example_html(example_build) -> str:
    return example_build.outputs["map"].read_text(encoding="utf-8")


def _field(row: list, name: str):
    """A page-data place row's field, by name."""
    return row[PLACE_FIELDS.index(name)]


def _render(example_build, **options) -> str:
    m = map_from_incidents(example_build.places, load_districts(), **options)
    return map_html(m)


# --- helpers ---------------------------------------------------------------------------


def test_script_json_cannot_end_the_script_or_open_a_comment():
    value = {"t": "</script><script>alert(1)</script><!-- & \u2028\u2029"}
    out = script_json(value)
    assert "<" not in out and ">" not in out and "&" not in out
    assert "\u2028" not in out and "\u2029" not in out
    assert json.loads(out) == value


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org/a?b=1&c=%3C", True),
        ("HTTP://example.org", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("//example.org/a", False),
        ("/relative/path", False),
        ('https://example.org/a"><script>', False),
        ("https://example.org/a b", False),
        ("http://", False),
        (None, False),
        (42, False),
    ],
)
def test_safe_url_accepts_only_absolute_http_urls(url, ok):
    assert (safe_url(url) is not None) is ok


def test_class_breaks_keep_one_class_per_small_count():
    assert class_breaks([1, 2, 3]) == (1, 2, 3)
    assert class_breaks([1, 1]) == (1,)
    assert class_breaks([]) == (1,)
    assert class_breaks([1, 2, 4]) == (1, 2, 3)


def test_class_breaks_widen_for_large_counts():
    breaks = class_breaks([1, 40, 5000])
    assert len(breaks) == 5 and breaks[0] == 1 and breaks == tuple(sorted(breaks))
    assert breaks[-1] <= 5000


def test_district_colours_get_darker_with_more_places():
    breaks = class_breaks([1, 2, 3, 7])
    colours = [district_colour(n, breaks) for n in (1, 2, 3, 5, 7)]
    assert district_colour(0, breaks) is None
    assert len(set(colours)) == len(breaks)
    assert colours == sorted(colours, reverse=True)  # the ramp goes light (#c6..) to dark (#08..)


# --- page data ---------------------------------------------------------------------------


def test_place_groups_follow_level_role_and_min_confidence():
    assert (
        place_group({"role": "incident", "confidence": 0.9, "confidence_level": "high"}) == "high"
    )
    assert place_group({"role": "context", "confidence": 0.9}) == "context"
    assert place_group({"role": "incident", "confidence": 0.6}) == "medium"
    assert (
        place_group({"role": "incident", "confidence": 0.6, "confidence_level": "bogus"})
        == "medium"
    )
    assert place_group({"role": "incident", "confidence": 0.6}, min_confidence=0.7) == "low"
    assert place_group({"role": "incident", "confidence": float("nan")}) == "low"


def test_strongest_mentions_come_first_and_from_different_reports():
    mentions = [
        _mention("a", confidence=0.9),
        _mention("a", confidence=0.8),
        _mention("b", role="context", confidence=0.95),
        _mention("c", confidence=0.5),
    ]
    order = [(m["doc_id"], m["confidence"]) for m in strongest_mentions(mentions)]
    assert order == [("a", 0.9), ("c", 0.5), ("b", 0.95), ("a", 0.8)]


def test_a_place_with_hundreds_of_mentions_shows_the_strongest_few_and_counts_the_rest():
    mentions = [_mention(f"d{i:03}", confidence=i / 300, excerpt=f"Sentence {i} about Nushki.")
                for i in range(300)]  # fmt: skip
    data = page_data(_layer({"mentions": mentions}))
    row = data["places"][0]
    shown, more = _field(row, "mentions"), _field(row, "more")
    assert len(shown) == POPUP_MENTIONS and more == 300 - POPUP_MENTIONS
    assert data["s"][shown[0][MENTION_FIELDS.index("excerpt")]] == "Sentence 299 about Nushki."
    assert len(data["docs"]) == POPUP_MENTIONS  # only the reports shown travel to the page


def test_the_same_sentence_is_shown_once():
    same = _mention("a", excerpt="Blasts in Nushki and Noshki.")
    data = page_data(_layer({"mentions": [same, dict(same, surface="Noshki")]}))
    row = data["places"][0]
    assert len(_field(row, "mentions")) == 1 and _field(row, "more") == 1


def test_excerpts_carry_the_place_name_offsets():
    mention = _mention("a", surface="Noshki", excerpt="Fighting in NOSHKI went on.")
    data = page_data(_layer({"mentions": [mention]}))
    doc, excerpt, start, length, incident, _, _ = _field(data["places"][0], "mentions")[0]
    text = data["s"][excerpt]
    assert text[start : start + length] == "NOSHKI" and incident == 1
    title, publisher, date, url, doc_id = (data["s"][i] for i in data["docs"][doc])
    assert (title, publisher, date, url, doc_id) == ("Report a", "Example News", "2026-02-01",
                                                     "https://example.org/a", "a")  # fmt: skip


def test_only_http_urls_travel_as_links():
    mentions = [_mention("a", url="javascript:alert(1)"), _mention("b", url="ftp://x.org/a"),
                _mention("c", url="https://example.org/ok")]  # fmt: skip
    data = page_data(_layer({"mentions": mentions}))
    urls = [d[3] for d in data["docs"]]
    assert [data["s"][u] for u in urls if u is not None] == ["https://example.org/ok"]


def test_area_level_places_point_at_their_area():
    layer = _layer(
        {"geo_precision": 2, "kind": "district"},
        {"geo_precision": 3, "kind": "province", "name": "Balochistan"},
        {"geo_precision": 3, "kind": "country", "name": "Pakistan"},
        {"geo_precision": 2, "district_id": None},
    )
    data = page_data(layer)
    areas = [_field(r, "area") for r in data["places"]]
    assert [data["s"][a] if a is not None else None for a in areas] == [
        "d:D1", "p:Balochistan", None, None]  # fmt: skip
    assert all(_field(r, "precision") in (2, 3) for r in data["places"])


def test_dates_are_indexed_and_malformed_ones_ignored():
    layer = _layer(
        {"mentions": [_mention("a", published="2026-02-03"), _mention("b", published="<b>")]},
        {
            "mentions": [
                _mention("c", published="2026-01-31T08:00:00Z"),
                _mention("d", published=None),
            ]
        },
    )
    data = page_data(layer)
    assert data["days"] == ["2026-01-31", "2026-02-03"]
    day = TALLY_FIELDS.index("day")
    tallies = [sorted((t[day] is None, t[day]) for t in _field(r, "tally")) for r in data["places"]]
    assert tallies == [[(False, 1), (True, None)], [(False, 0), (True, None)]]


def test_bounds_cover_the_places_shown_by_default():
    layer = _layer(
        {"geometry": Point(66.0, 29.0)},
        {"geometry": Point(67.0, 30.0), "confidence": 0.6, "confidence_level": "medium"},
        {"geometry": Point(-76.5, 3.4), "confidence": 0.3, "confidence_level": "low"},
        {"geometry": Point(116.4, 39.9), "role": "context"},
    )
    assert page_data(layer, min_confidence=0.5)["bounds"] == [[29.0, 66.0], [30.0, 67.0]]
    assert page_data(layer)["bounds"] == [[3.4, -76.5], [30.0, 67.0]]
    assert page_data(layer)["counts"] == {"high": 1, "medium": 1, "low": 1, "context": 1}


def test_missing_and_odd_fields_from_a_hand_edited_layer_do_not_break_the_page():
    layer = _layer(
        {"confidence": None, "confidence_level": None, "geo_precision": None, "mentions": None,
         "district": None, "confidence_factors": "not a dict"},
        {"geometry": Point(66.0, 29.0).buffer(0.1)},  # a polygon drawn by hand: a point inside
        {"geometry": None},
    )  # fmt: skip
    data = page_data(layer)
    assert len(data["places"]) == 2
    first, second = data["places"]
    assert _field(first, "group") == GROUPS.index("low") and _field(first, "mentions") == []
    assert _field(first, "tally") == [] and _field(second, "lat") == pytest.approx(29.0, abs=0.01)


def test_reasons_are_plain_words():
    words = reasons({"role": "incident", "geo_precision": 2, "confidence_factors": {
        "match": "alias", "ambiguity": 3, "corroborating_sources": 2,
        "role_rule": "event word 'attacked' next to the place"}})  # fmt: skip
    text = " ".join(words)
    assert "variant spelling" in text and "3 gazetteer entries" in text
    assert "2 report(s)" in text and "attacked" in text and "district/tehsil level" in text


def test_title_from_places_matches_the_build_wording():
    layer = _layer({"mentions": [_mention("a", published="2026-01-31"), _mention("b")]})
    assert title_from_places(layer) == "Incidents from 2 reports, 2026-01-31 to 2026-02-01"
    assert title_from_places(_layer({})) == "Report a"


# --- events and claims ---------------------------------------------------------------------


def _claim(doc: str, n_min: int | None, n_max: int | None = None, *, what: str = "killed",
           claimant: str = "police", surface: str = "ten people") -> dict:  # fmt: skip
    return {"doc_id": doc, "claimant": claimant, "claimant_type": "police", "what": what,
            "whose": "civilian", "n_min": n_min, "n_max": n_max, "surface": surface,
            "start": 0, "end": len(surface), "excerpt": f"They said {surface} died.",
            "breakdown": False}  # fmt: skip


def _event(**fields) -> dict:
    event = {"event_id": "test:0@2026-02-01", "event_date": "2026-02-01",
             "event_date_precision": "day", "event_type": "Battles",
             "sub_event_type": "Armed clash", "type_reason": "clashed", "actor1": "BLA",
             "actor2": "Police Forces of Pakistan", "claims": [], "fatalities": 0,
             "fatalities_from": [], "sources": ["a"]}  # fmt: skip
    event.update(fields)
    return event


def _events(data: dict) -> list[dict]:
    """The page's event rows as dicts, strings looked up."""
    s = data["s"]
    out = []
    for row in data["events"]:
        event = dict(zip(EVENT_FIELDS, row, strict=True))
        event["claims"] = [dict(zip(CLAIM_FIELDS, c, strict=True)) for c in event["claims"]]
        for key in ("precision", "sub", "actor1", "actor2", "reason"):
            event[key] = s[event[key]] if event[key] is not None else None
        event["from"] = [s[i] for i in event["from"]]
        out.append(event)
    return out


def test_events_travel_in_their_own_list_pointing_at_their_place():
    ten, eighty = _claim("b", 10, 10), _claim("a", 84, 84, claimant="BLA statement")
    layer = _layer(
        {"name": "Quetta", "events": []},
        {"events": [_event(claims=[ten, eighty], fatalities=10, sources=["a", "b"],
                           fatalities_from=["10 (police, b: 'ten people')"]),
                    _event(event_date="2026-02-03", event_type=None, sub_event_type=None,
                           type_reason="only listed", fatalities=None)],
         "mentions": [_mention("a")]},
        {"name": "Kalat", "mentions": [_mention("b", published="2026-02-02")]},
    )  # fmt: skip
    data = page_data(layer)
    battle, listed = _events(data)
    assert battle["place"] == listed["place"] == 1  # Nushki's row
    assert data["days"] == ["2026-02-01", "2026-02-02", "2026-02-03"]
    assert (battle["day"], listed["day"]) == (0, 2)
    assert data["types"] == ["Battles"] and (battle["type"], listed["type"]) == (0, None)
    assert (battle["sub"], battle["actor1"], battle["actor2"]) == (
        "Armed clash", "BLA", "Police Forces of Pakistan")  # fmt: skip
    assert (listed["reason"], listed["fatalities"]) == ("only listed", None)
    # both figures kept, each with its report: report b is known from Kalat's mention
    (first, second) = battle["claims"]
    assert (first["n_min"], first["n_max"], second["n_min"]) == (10, 10, 84)
    docs = [data["s"][data["docs"][c["doc"]][4]] for c in battle["claims"]]
    assert docs == ["b", "a"] and data["s"][data["docs"][first["doc"]][0]] == "Report b"
    # the count rests on the police's ten: marked on the claim, not repeated as text
    assert (first["counted"], second["counted"]) == (1, 0) and battle["from"] == []
    assert battle["fatalities"] == 10 and [data["docs"][d][4] for d in battle["sources"]] == [
        data["s"].index("a"), data["s"].index("b")]  # fmt: skip


def test_a_place_without_events_costs_the_page_no_byte():
    plain = _layer({}, {"name": "Kalat"})
    with_empty = _layer({"events": []}, {"name": "Kalat", "events": None})
    assert script_json(page_data(plain)) == script_json(page_data(with_empty))


def test_event_types_follow_acleds_order_and_unknown_ones_come_last():
    types = ["Strategic developments", "Made-up type", "Battles", "Explosions/Remote violence"]
    layer = _layer(*({"events": [_event(event_type=t)]} for t in types))
    data = page_data(layer)
    assert data["types"] == ["Battles", "Explosions/Remote violence", "Strategic developments",
                             "Made-up type"]  # fmt: skip
    assert [data["types"][e["type"]] for e in _events(data)] == types


def test_a_count_that_names_no_claim_keeps_its_source_as_written():
    edited = _event(claims=[_claim("a", 3)], fatalities=5,
                    fatalities_from=["5 (hospital, a: 'five bodies')"])  # fmt: skip
    (event,) = _events(page_data(_layer({"events": [edited]})))
    assert event["from"] == ["5 (hospital, a: 'five bodies')"]
    assert event["claims"][0]["counted"] == 0


def test_odd_events_from_a_hand_edited_layer_do_not_break_the_page():
    junk_claims = [{"n_min": "ten", "n_max": float("nan")}, "x"]
    odd = [1, "text", {"event_date": "<b>", "fatalities": "many", "claims": "none",
                       "fatalities_from": "x", "sources": None},
           _event(fatalities=-3, claims=junk_claims)]  # fmt: skip
    data = page_data(_layer({"events": odd}, {"events": "not a list"}))
    first, second = _events(data)
    assert (first["day"], first["type"], first["fatalities"], first["claims"]) == (
        None, None, None, [])  # fmt: skip
    assert second["fatalities"] is None and len(second["claims"]) == 1
    assert (second["claims"][0]["n_min"], second["claims"][0]["n_max"]) == (None, None)


def test_the_example_events_reach_the_page_as_built(example_build):
    data = page_data(example_build.places)
    events = _events(data)
    assert len(events) == len(example_build.events)
    built = example_build.events.to_dict("records")
    assert sorted(e["fatalities"] or 0 for e in events) == sorted(
        e["fatalities"] or 0 for e in built)  # fmt: skip
    # every count's claims are found among the event's claims (none left as bare text)
    assert all(e["from"] == [] for e in events)
    assert sum(c["counted"] for e in events for c in e["claims"]) == sum(
        len(e["fatalities_from"]) for e in built)  # fmt: skip


def test_the_wave_figures_travel_as_claims_with_their_reports(example_build):
    aggregates = example_build.run["aggregates"]
    data = page_data(example_build.places, aggregates=aggregates)
    rows = [dict(zip(CLAIM_FIELDS, c, strict=True)) for c in data["aggregates"]]
    assert len(rows) == len(aggregates) > 5
    for row, claim in zip(rows, aggregates, strict=True):
        assert data["s"][row["claimant"]] == claim["claimant"]
        assert (row["n_min"], row["n_max"]) == (claim["n_min"], claim["n_max"])
        assert data["s"][data["docs"][row["doc"]][4]] == claim["doc_id"]
    assert page_data(example_build.places)["aggregates"] == []


def test_the_wave_panel_keeps_the_first_figures_of_each_kind_and_counts_the_rest(example_build):
    """A year of news has thousands of wave figures: --max-excerpts of each kind are shown."""
    aggregates = list(example_build.run["aggregates"])
    kinds = {(c["what"], c["whose"]) for c in aggregates}
    many = iter(aggregates * 30)  # any iterable: the build streams them from its store
    data = page_data(example_build.places, aggregates=many, max_wave_claims=2)
    rows = [dict(zip(CLAIM_FIELDS, c, strict=True)) for c in data["aggregates"]]
    assert len(rows) == 2 * len(kinds)
    assert data["aggregatesLeftOut"] == 30 * len(aggregates) - 2 * len(kinds)
    whole = page_data(example_build.places, aggregates=aggregates, max_wave_claims=0)
    assert len(whole["aggregates"]) == len(aggregates) and whole["aggregatesLeftOut"] == 0


def test_the_legend_explains_the_rings_when_the_page_has_events():
    assert "Ring: people killed" not in legend_html([1], 1)
    legend = legend_html([1], 1, rings=True)
    assert "Ring: people killed" in legend and "claims are never added up" in legend
    assert "1\u20134" in legend and "5\u201324" in legend and "25 or more" in legend
    assert legend.count("incidentmap-k") == 3


def test_render_reads_the_wave_figures_from_the_run_record_beside_the_layer(
    runner, example_build, tmp_path: Path
):
    layer = tmp_path / "incidents.geojson"
    layer.write_bytes(example_build.outputs["incidents"].read_bytes())
    assert runner.invoke(main, ["render", str(layer), "--tiles", "none"]).exit_code == 0
    assert _page_data((tmp_path / "map.html").read_text(encoding="utf-8"))["aggregates"] == []
    run = json.loads(example_build.outputs["run"].read_text(encoding="utf-8"))
    payload = "<img src=x onerror=alert(1)>"
    hostile = dict(run["aggregates"][0], claimant=payload, what=payload, whose=payload,
                   surface=payload)  # fmt: skip
    run["aggregates"] = [*run["aggregates"][:2], "junk", hostile]
    (tmp_path / "run.json").write_text(json.dumps(run), encoding="utf-8")
    assert runner.invoke(main, ["render", str(layer)]).exit_code == 0
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert len(_page_data(page)["aggregates"]) == 3 and payload not in page
    assert payload in _page_data(page)["s"]
    (tmp_path / "run.json").write_text("[1, 2]", encoding="utf-8")  # not a run record
    assert runner.invoke(main, ["render", str(layer), "--tiles", "none"]).exit_code == 0


# --- the page ----------------------------------------------------------------------------


def test_example_page_has_every_part_the_spec_lists(example_html: str, example_build):
    page = example_html
    title = example_build.run["options"]["title"]
    assert f"<title>{title}</title>" in page
    assert f'<h1 class="incidentmap-title">{title}</h1>' in page
    for part in ("Districts: incident places", "Incidents: high confidence",
                 "Incidents: medium confidence", "Incidents: low confidence", "Context places",
                 "Incident places per district", "known only to district level",
                 "geoboundaries.org", "geonames.org", "incidentmap.controls(",
                 "incidentmap-district"):  # fmt: skip
        assert part in page, part
    data = _page_data(page)
    assert data["counts"]["high"] >= 3 and data["counts"]["context"] >= 1
    assert len(data["days"]) > 1  # the example spans days: the page gets a date filter
    assert re.search(r"time: true", page)
    layers = [json.loads(m) for m in re.findall(r"geo_json_\w+_add\((\{.*?)\);\n", page, re.S)]
    districts = [f for layer in layers for f in layer["features"]
                 if "district_id" in f["properties"]]  # fmt: skip
    assert len(districts) == len(load_districts())


def test_page_data_counts_every_mention_by_report_day_and_role(example_build):
    data = page_data(example_build.places)
    by_name = {data["s"][_field(r, "name")]: r for r in data["places"]}
    n, doc, incident = (TALLY_FIELDS.index(k) for k in ("n", "doc", "incident"))
    for name, place in example_build.places.set_index("name").iterrows():
        tally = _field(by_name[name], "tally")
        assert sum(t[n] for t in tally) == place["n_mentions"], name
        assert len({t[doc] for t in tally}) == place["n_sources"], name
        incidents = sum(t[n] for t in tally if t[incident])
        assert incidents == sum(m["role"] == "incident" for m in place["mentions"]), name


def test_district_classes_come_from_the_incident_places_per_district(example_build):
    data = page_data(example_build.places)
    summary = districts_summary(example_build.places, load_districts())
    counts = list(summary["n_incident_places"])
    assert data["breaks"] == list(class_breaks(counts)) and data["top"] == max(counts)
    assert [district_colour(b, data["breaks"]) for b in data["breaks"]] == data["fills"]
    districts = {data["s"][_field(r, "district")] for r in data["places"]
                 if GROUPS[_field(r, "group")] != "context"}  # fmt: skip
    assert districts == set(summary.loc[summary["n_incident_places"] > 0, "district_id"])


def test_context_layer_starts_hidden_and_high_shown(example_build):
    m = map_from_incidents(example_build.places, load_districts(), tiles="none",
                           min_confidence=0.5)  # fmt: skip
    layers = {c.key: c.show for c in m._children.values() if hasattr(c, "key")}
    assert layers == {"high": True, "medium": True, "low": False, "context": False}


def test_pages_are_deterministic(example_build):
    def render() -> str:
        return _render(example_build, provinces=load_provinces(), title="t", tiles="none")

    assert render() == render()


def test_example_page_is_lean(example_build):
    light = map_html(map_from_incidents(example_build.places, load_districts(), tiles="none"),
                     inline_assets=False)  # fmt: skip
    size = len(light.encode())
    assert size < 300_000, f"example map.html is {size} bytes without Leaflet"
    full = len(example_build.outputs["map"].read_bytes())
    shipped = sum(len(assets.read_asset(a)) for a in assets.SCRIPTS + assets.STYLES + assets.IMAGES)
    assert full - size < 1.4 * shipped  # inlining adds the libraries and little else


@pytest.mark.parametrize(
    ("tiles", "expected", "absent"),
    [
        ("none", None, "tile.openstreetmap.org"),
        ("cartodbpositron", "basemaps.cartocdn.com", None),
        ("OpenStreetMap", "tile.openstreetmap.org", None),
        ("https://tiles.example.org/{z}/{x}/{y}.png", "tiles.example.org", None),
    ],
)
def test_tiles_and_their_attribution(example_build, tiles, expected, absent):
    page = _render(example_build, tiles=tiles)
    if expected:
        assert expected in page and "L.tileLayer" in page
    if absent:
        assert absent not in page and "L.tileLayer" not in page
    if tiles == "cartodbpositron":
        assert "carto.com/attributions" in page and "openstreetmap.org/copyright" in page


@pytest.mark.parametrize(
    "tiles", ["cartodb", "positron", "", "tiles.example.org/{z}/{x}/{y}.png",
              "https://tiles.example.org/tile.png", "javascript:alert(1)//{z}{x}{y}"],
)  # fmt: skip
def test_tiles_that_name_no_basemap_are_refused(example_build, tiles):
    with pytest.raises(InputError, match="is not a basemap: use cartodbpositron, openstreetmap"):
        map_from_incidents(example_build.places, load_districts(), tiles=tiles)


@pytest.mark.parametrize("command", ["build", "render"])
def test_a_nonsense_tiles_option_is_a_one_line_usage_error(runner, example_build, tmp_path,
                                                           command):  # fmt: skip
    source = example_build.outputs["incidents"] if command == "render" else EXAMPLE
    result = runner.invoke(main, [command, str(source), "-o", str(tmp_path / "x"),
                                  "--tiles", "cartodb"])  # fmt: skip
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert errors == ["Error: Invalid value for '--tiles': 'cartodb' is not a basemap: use "
                      "cartodbpositron, openstreetmap, none, or an http(s) tile URL template "
                      "with {z}, {x} and {y}"]  # fmt: skip
    assert not (tmp_path / "x").exists()


def test_a_project_file_with_nonsense_tiles_names_the_file(runner, tmp_path: Path):
    (tmp_path / "incidentmap.toml").write_text('tiles = "satellite"\n', encoding="utf-8")
    result = runner.invoke(main, ["build", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {tmp_path / 'incidentmap.toml'}: tiles: 'satellite'")
    assert len(result.output.strip().splitlines()) == 1


def test_cdn_pages_link_the_pinned_files_with_subresource_integrity(example_build):
    page = map_html(map_from_incidents(example_build.places, load_districts(), tiles="none"),
                    inline_assets=False)  # fmt: skip
    for asset in (*assets.SCRIPTS, *assets.STYLES):
        assert f'"{asset.url}" integrity="{asset.integrity}" crossorigin="anonymous"' in page
    assert "Copyright (c) 2010-2023, Volodymyr Agafonkin" not in page  # nothing redistributed


def test_default_pages_are_self_contained_and_carry_the_licences(example_html: str):
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=\"?(https?:)?//", example_html)
    assert "cdn.jsdelivr" not in example_html
    for asset in (*assets.SCRIPTS, *assets.STYLES):
        assert f"/* {asset.name} ({asset.library.licence}, " in example_html
    assert "url(data:image/png;base64," in example_html
    for asset in assets.SCRIPTS:  # inlined as shipped, byte for byte
        assert assets.read_asset(asset).decode() in example_html
    assert example_html.count("Copyright (c) 2010-2023, Volodymyr Agafonkin") == 2  # js, css
    assert example_html.count("Copyright 2012 David Leaver") == 2
    assert script_json(ATTRIBUTION) in example_html
    for library in assets.LIBRARIES:  # credited on the map
        assert f"{library.title}</a> ({library.licence})" in ATTRIBUTION


def test_titles_are_text_never_a_template(example_build):
    title = "{{ 7 * 7 }} {% if true %}yes{% endif %} {# gone #} {{ self.__init__ }}"
    page = _render(example_build, title=title, tiles="none")
    assert f'<h1 class="incidentmap-title">{title}</h1>' in page
    assert f"<title>{title}</title>" in page
    assert "49" not in re.search(r"<h1[^>]*>(.*?)</h1>", page).group(1)


def test_hostile_reports_reach_the_page_only_as_escaped_data(tmp_path: Path):
    from incidentmap.options import BuildOptions
    from incidentmap.pipeline import build

    result = build([HOSTILE], tmp_path, BuildOptions(tiles="none"))
    page = result.outputs["map"].read_text(encoding="utf-8")
    for payload in PAYLOADS:
        assert payload not in page, payload
    title = re.search(r"<title>(.*?)</title>", page, re.S)
    assert title and "&lt;img" in title.group(1) and "<" not in title.group(1)
    header = re.search(r'<h1 class="incidentmap-title">(.*?)</h1>', page, re.S)
    assert header and header.group(1) == title.group(1)
    data = _page_data(page)
    strings = set(data["s"])
    assert any("<svg onload" in s for s in strings)  # kept, as text, for the browser to show
    assert not any(s.startswith("javascript:") for s in strings)
    assert len(result.places) >= 3


# --- assets --------------------------------------------------------------------------------


def test_the_shipped_libraries_are_the_pinned_npm_files_with_their_licences():
    for asset in assets.ALL_ASSETS:
        data = assets.read_asset(asset)
        assert hashlib.sha256(data).hexdigest() == asset.sha256
        assert asset.integrity == "sha256-" + base64.b64encode(hashlib.sha256(data).digest()
                                                               ).decode()  # fmt: skip
    assert "BSD 2-Clause License" in assets.LEAFLET.licence_text()
    assert "Permission is hereby granted, free of charge" in assets.MARKERCLUSTER.licence_text()
    first_line = assets.read_asset(assets.SCRIPTS[0]).decode().splitlines()[1]
    assert "Leaflet 1.9.4" in first_line


def test_a_damaged_install_fails_in_one_line_naming_the_file(
    runner, example_build, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    static = tmp_path / "static"
    shutil.copytree(assets.STATIC, static)
    (static / "vendor" / "leaflet-1.9.4" / "dist" / "leaflet.js").write_text("alert('tampered')")
    monkeypatch.setattr(assets, "STATIC", static)
    assets.read_asset.cache_clear()
    try:
        layer = example_build.outputs["incidents"]
        result = runner.invoke(main, ["render", str(layer), "-o", str(tmp_path / "m.html"),
                                      "--tiles", "none"])  # fmt: skip
    finally:
        assets.read_asset.cache_clear()
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert "leaflet.js: sha256" in lines[0]
    assert "does not match the pinned leaflet@1.9.4/dist/leaflet.js" in lines[0]
    assert not (tmp_path / "m.html").exists()
    with pytest.raises(DataError):
        monkeypatch.setattr(assets, "STATIC", tmp_path / "nowhere")
        assets.read_asset(assets.SCRIPTS[1])


def test_data_commands_show_and_locate_the_shipped_libraries(runner):
    listing = runner.invoke(main, ["data", "list"])
    assert listing.exit_code == 0
    assert re.search(r"map library .* Leaflet 1\.9\.4 +BSD-2-Clause +shipped", listing.output)
    assert re.search(r"map library .* Leaflet\.markercluster 1\.5\.3 +MIT +shipped", listing.output)
    located = runner.invoke(main, ["data", "path", "assets"])
    folder = Path(located.output.strip())
    assert (folder / "leaflet-1.9.4" / "LICENSE").is_file()
    assert (folder / "leaflet.markercluster-1.5.3" / "MIT-LICENCE.txt").is_file()
    assert runner.invoke(main, ["data", "fetch", "--assets"]).exit_code == 2  # nothing to fetch


def test_the_page_script_and_style_are_package_files():
    js, css = assets.page_script(), assets.page_style()
    assert js.lstrip().startswith("/*") and "var incidentmap = (function ()" in js
    assert ".incidentmap-header" in css
    for name in ("incidentmap.js", "incidentmap.css"):
        assert (assets.STATIC / name).is_file()


# --- the render command -------------------------------------------------------------------


def test_render_redraws_the_same_page_from_an_unedited_layer(runner, example_build, tmp_path: Path):
    out = tmp_path / "map.html"
    layer = tmp_path / "incidents.geojson"
    layer.write_bytes(example_build.outputs["incidents"].read_bytes())
    (tmp_path / "run.json").write_bytes(example_build.outputs["run"].read_bytes())
    result = runner.invoke(main, ["render", str(layer), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == example_build.outputs["map"].read_bytes()


def test_render_draws_the_edits(runner, example_build, tmp_path: Path):
    collection = json.loads(example_build.outputs["incidents"].read_text(encoding="utf-8"))
    features = collection["features"]
    removed = next(f for f in features if f["properties"]["name"] == "Mastung")
    features.remove(removed)
    nushki = next(f for f in features if f["properties"]["name"] == "Nushki")
    nushki["properties"].update(name="Nushki (checked)", confidence=0.55, confidence_level="medium")
    layer = tmp_path / "edited.geojson"
    layer.write_text(json.dumps(collection), encoding="utf-8")
    result = runner.invoke(main, ["render", str(layer), "--tiles", "none"])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    data = _page_data(page)
    names = {data["s"][_field(r, "name")]: r for r in data["places"]}
    assert "Mastung" not in names and "Nushki" not in names
    assert GROUPS[_field(names["Nushki (checked)"], "group")] == "medium"
    assert "<title>Incidents from " in page  # no run.json beside it: titled from the layer


def test_render_rejects_a_layer_that_is_not_an_incidentmap_layer(runner, tmp_path: Path):
    layer = tmp_path / "other.geojson"
    layer.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [66, 29]},
         "properties": {"name": "x"}}]}))  # fmt: skip
    result = runner.invoke(main, ["render", str(layer)])
    assert result.exit_code == 1 and "not an incidentmap layer" in result.output


def test_render_draws_an_empty_layer(runner, tmp_path: Path):
    layer = tmp_path / "empty.geojson"
    layer.write_text('{"type": "FeatureCollection", "features": []}')
    result = runner.invoke(main, ["render", str(layer), "--tiles", "none"])
    assert result.exit_code == 0, result.output
    assert _page_data((tmp_path / "map.html").read_text(encoding="utf-8"))["places"] == []


def test_render_keeps_the_asset_mode_of_the_build(runner, example_build, tmp_path: Path):
    layer = tmp_path / "incidents.geojson"
    layer.write_bytes(example_build.outputs["incidents"].read_bytes())
    run = json.loads(example_build.outputs["run"].read_text(encoding="utf-8"))
    assert run["options"]["inline_assets"] is True
    run["options"]["inline_assets"] = False  # a build with --cdn-assets
    (tmp_path / "run.json").write_text(json.dumps(run), encoding="utf-8")
    assert runner.invoke(main, ["render", str(layer)]).exit_code == 0
    assert "cdn.jsdelivr.net" in (tmp_path / "map.html").read_text(encoding="utf-8")
    assert runner.invoke(main, ["render", str(layer), "--inline-assets"]).exit_code == 0
    assert "cdn.jsdelivr.net" not in (tmp_path / "map.html").read_text(encoding="utf-8")
