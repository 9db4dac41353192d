"""The map page rendered to a string: data, escaping, controls, assets and the render command."""

from __future__ import annotations

import json
import re
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import Point

from incidentmap import _assets
from incidentmap.cli import main
from incidentmap.districts import load_districts, load_provinces
from incidentmap.errors import DataError
from incidentmap.layer import districts_summary
from incidentmap.render import (
    GROUPS,
    POPUP_MENTIONS,
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

HOSTILE = Path(__file__).parent / "data" / "hostile"
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


@pytest.fixture(scope="module")
def asset_cache(node_modules: Path) -> Path:
    _assets.fetch_assets(from_dir=node_modules)
    return _assets.asset_dir()


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
    shown, more = row[9], row[10]
    assert len(shown) == POPUP_MENTIONS and more == 300 - POPUP_MENTIONS
    assert [data["s"][m[1]] for m in shown][0] == "Sentence 299 about Nushki."
    assert len(data["docs"]) == POPUP_MENTIONS  # only the reports shown travel to the page


def test_the_same_sentence_is_shown_once():
    same = _mention("a", excerpt="Blasts in Nushki and Noshki.")
    data = page_data(_layer({"mentions": [same, dict(same, surface="Noshki")]}))
    assert len(data["places"][0][9]) == 1 and data["places"][0][10] == 1


def test_excerpts_carry_the_place_name_offsets():
    mention = _mention("a", surface="Noshki", excerpt="Fighting in NOSHKI went on.")
    data = page_data(_layer({"mentions": [mention]}))
    doc, excerpt, start, length, incident = data["places"][0][9][0]
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
    areas = [data["s"][r[7]] if r[7] is not None else None for r in data["places"]]
    assert areas == ["d:D1", "p:Balochistan", None, None]
    assert all(r[6] in (2, 3) for r in data["places"])


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
    assert [r[11] for r in data["places"]] == [[1], [0]]


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
    assert data["places"][0][5] == GROUPS.index("low") and data["places"][0][9] == []
    assert data["places"][1][0] == pytest.approx(29.0, abs=0.01)


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


# --- the page ----------------------------------------------------------------------------


def test_example_page_has_every_part_the_spec_lists(example_html: str, example_build):
    page = example_html
    assert f"<title>{example_build.run['options']['title']}</title>" in page
    for part in ("Districts: incident places", "Incidents: high confidence",
                 "Incidents: medium confidence", "Incidents: low confidence", "Context places",
                 "Incident places per district", "known only to district level",
                 "geoboundaries.org", "geonames.org", "L.control.layers",
                 "incidentmap.controls(", "incidentmap-district"):  # fmt: skip
        assert part in page, part
    data = _page_data(page)
    assert data["counts"]["high"] >= 3 and data["counts"]["context"] >= 1
    assert len(data["days"]) > 1  # the example spans days: the page gets a time control
    assert re.search(r"time: true", page)
    layers = [json.loads(m) for m in re.findall(r"geo_json_\w+_add\((\{.*?)\);\n", page, re.S)]
    districts = [f for layer in layers for f in layer["features"]
                 if "district_id" in f["properties"]]  # fmt: skip
    assert len(districts) == len(load_districts())
    assert {f["properties"]["district"] for f in districts if f["properties"]["fill"]} >= {
        "Nushki", "Quetta", "Gwadar", "Mastung"}  # fmt: skip


def test_context_layer_starts_hidden_and_high_shown(example_build):
    m = map_from_incidents(example_build.places, load_districts(), example_build.summary,
                           tiles="none", min_confidence=0.5)  # fmt: skip
    layers = {c.key: c.show for c in m._children.values() if hasattr(c, "key")}
    assert layers == {"high": True, "medium": True, "low": False, "context": False}


def test_pages_are_deterministic(example_build):
    def render() -> str:
        return map_html(map_from_incidents(example_build.places, load_districts(),
                                           example_build.summary, provinces=load_provinces(),
                                           title="t", tiles="none"))  # fmt: skip

    assert render() == render()


def test_example_page_is_lean(example_html: str):
    size = len(example_html.encode())
    assert size < 300_000, f"example map.html is {size} bytes"


@pytest.mark.parametrize(
    ("tiles", "expected", "absent"),
    [
        ("none", None, "tile.openstreetmap.org"),
        ("cartodbpositron", "basemaps.cartocdn.com", None),
        ("openstreetmap", "tile.openstreetmap.org", None),
        ("https://tiles.example.org/{z}/{x}/{y}.png", "tiles.example.org", None),
    ],
)
def test_tiles_and_their_attribution(example_build, tiles, expected, absent):
    page = map_html(map_from_incidents(example_build.places, load_districts(),
                                       example_build.summary, tiles=tiles))  # fmt: skip
    if expected:
        assert expected in page and "L.tileLayer" in page
    if absent:
        assert absent not in page and "L.tileLayer" not in page
    if tiles == "cartodbpositron":
        assert "carto.com/attributions" in page and "openstreetmap.org/copyright" in page


def test_linked_assets_carry_subresource_integrity(example_html: str):
    for asset in (*_assets.SCRIPTS, *_assets.STYLES):
        assert (
            f'"{asset.url}" integrity="{asset.integrity}" crossorigin="anonymous"' in example_html
        )


def test_inline_assets_leave_no_remote_reference(example_build, asset_cache: Path):
    m = map_from_incidents(example_build.places, load_districts(), example_build.summary,
                           tiles="none")  # fmt: skip
    page = map_html(m, inline_assets=True)
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=\"?(https?:)?//", page)
    assert "cdn.jsdelivr" not in page
    for asset in (*_assets.SCRIPTS, *_assets.STYLES):
        assert f"/* {asset.filename} */" in page
    assert "url(data:image/png;base64," in page


def test_hostile_reports_reach_the_page_only_as_escaped_data(tmp_path: Path):
    from incidentmap.pipeline import build

    result = build([HOSTILE], tmp_path, tiles="none")
    page = result.outputs["map"].read_text(encoding="utf-8")
    for payload in PAYLOADS:
        assert payload not in page, payload
    title = re.search(r"<title>(.*?)</title>", page, re.S)
    assert title and "&lt;img" in title.group(1) and "<" not in title.group(1)
    data = _page_data(page)
    strings = set(data["s"])
    assert any("<svg onload" in s for s in strings)  # kept, as text, for the browser to show
    assert not any(s.startswith("javascript:") for s in strings)
    assert len(result.places) >= 3


# --- assets --------------------------------------------------------------------------------


def test_fetch_assets_refuses_a_file_that_does_not_match_its_pin(
    tmp_path: Path, node_modules: Path, monkeypatch: pytest.MonkeyPatch
):
    modules = tmp_path / "node_modules"
    _assets.copy_tree(node_modules, modules)
    (modules / "leaflet" / "dist" / "leaflet.js").write_text("alert('tampered')")
    monkeypatch.setenv("INCIDENTMAP_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.raises(DataError, match="does not match the pinned leaflet@1.9.4"):
        _assets.fetch_assets(from_dir=modules)


def _unreachable_cdn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INCIDENTMAP_CACHE_DIR", str(tmp_path / "empty-cache"))
    monkeypatch.setattr(_assets, "CDN", "http://127.0.0.1:9/npm")  # nothing listens there


def test_inline_assets_without_cache_or_network_say_so_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner, example_build
):
    _unreachable_cdn(tmp_path, monkeypatch)
    layer = example_build.outputs["incidents"]
    result = runner.invoke(main, ["render", str(layer), "-o", str(tmp_path / "m.html"),
                                  "--inline-assets", "--tiles", "none"])  # fmt: skip
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: --inline-assets needs leaflet@1.9.4/dist/leaflet.css")
    assert "could not be downloaded" in lines[0] and "data fetch --assets" in lines[0]
    assert not (tmp_path / "m.html").exists()


def test_read_asset_downloads_a_missing_file_when_it_can(
    tmp_path: Path, node_modules: Path, monkeypatch: pytest.MonkeyPatch
):
    _unreachable_cdn(tmp_path, monkeypatch)
    asset = _assets.SCRIPTS[0]
    served = (node_modules / asset.package / asset.path).read_bytes()

    class Response:
        def __enter__(self):
            return self

        def __exit__(self, *args):
            return False

        def read(self) -> bytes:
            return served

    monkeypatch.setattr(_assets.urllib.request, "urlopen", lambda request, timeout: Response())
    assert _assets.read_asset(asset) == served
    assert (_assets.asset_dir() / asset.filename).is_file()


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
    names = {data["s"][r[2]]: r for r in data["places"]}
    assert "Mastung" not in names and "Nushki" not in names
    assert GROUPS[names["Nushki (checked)"][5]] == "medium"
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


def test_summary_of_a_layer_shades_its_districts(example_build):
    summary = districts_summary(example_build.places, load_districts())
    page = map_html(map_from_incidents(example_build.places, load_districts(), summary))
    assert page.count('"fill": "#') >= int((summary["n_incident_places"] > 0).sum()) > 0
