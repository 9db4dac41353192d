"""The map page in headless Chromium, offline: layers, popups, controls, permalinks, safety, scale.

Every page is opened from a file with the network cut off; any request that is not
``file:``/``data:``/``about:``/``blob:``, any page error, console error or dialog fails
the test (``Watch.assert_clean``).
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pytest

from _browser import chromium, offline_page, reveal_place
from incidentmap import _assets
from incidentmap.cli import main
from incidentmap.districts import assign_districts, load_districts, load_provinces
from incidentmap.layer import districts_summary
from incidentmap.models import confidence_level
from incidentmap.render import map_from_incidents, save_map

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parent.parent
HOSTILE = Path(__file__).parent / "data" / "hostile"
SCREENSHOT = REPO / "docs" / "example-map.png"
POPUP = ".leaflet-popup-content"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def assets(node_modules: Path) -> None:
    """The asset cache, filled from the npm packages of the pinned versions."""
    _assets.fetch_assets(from_dir=node_modules)


@pytest.fixture(scope="module")
def example_page(example_build, assets, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example layer redrawn by ``incidentmap render --inline-assets``."""
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("example-page") / "map.html"
    layer = example_build.outputs["incidents"]
    result = CliRunner().invoke(main, ["render", str(layer), "-o", str(out), "--inline-assets"])
    assert result.exit_code == 0, result.output
    return out


def _marker_count(page: Any, group: str) -> int:
    """Markers plus clustered markers of one group now on the page."""
    return int(page.evaluate(
        """(group) => {
          const o = incidentmap.overlays[group];
          return incidentmap.map().hasLayer(o.group) ? o.cluster.getLayers().length : 0;
        }""",
        group,
    ))  # fmt: skip


def test_example_map_opens_offline_with_districts_markers_and_popups(browser, example_page):
    with offline_page(browser, example_page) as (page, watch):
        assert page.locator("path.incidentmap-district").count() == len(load_districts())
        assert page.locator(".incidentmap-marker, .incidentmap-cluster").count() >= 5
        assert (
            page.locator(".incidentmap-title").inner_text().startswith("Incidents from 7 reports")
        )
        assert page.title() == page.locator(".incidentmap-title").inner_text()
        legend = page.locator(".incidentmap-box", has_text="Incident places per district")
        assert legend.is_visible() and "high confidence" in legend.inner_text()
        attribution = page.locator(".leaflet-control-attribution").inner_text()
        assert "geoBoundaries" in attribution and "GeoNames" in attribution

        reveal_place(page, "Nushki").click()
        popup = page.locator(POPUP)
        popup.wait_for()
        text = popup.inner_text()
        assert text.startswith("Nushki\nNushki district, Balochistan\nConfidence: high")
        assert "Reported as an incident in" in text
        marks = popup.locator("mark").all_inner_texts()
        assert marks and all(m.lower() in {"nushki", "noshki"} for m in marks)
        excerpts = popup.locator("blockquote").all_inner_texts()
        assert any("Nushki" in e and len(e) > 40 for e in excerpts)
        links = popup.locator("a").evaluate_all("els => els.map(a => [a.href, a.target])")
        assert links and all(re.match(r"https?://", href) for href, _ in links)
        assert all("#:~:text=" in href and target == "_blank" for href, target in links)
        watch.assert_clean()


def test_context_layer_is_off_by_default_and_toggles(browser, example_page):
    with offline_page(browser, example_page) as (page, watch):
        control = page.locator(".leaflet-control-layers-overlays label", has_text="Context places")
        checkbox = control.locator("input")
        assert not checkbox.is_checked() and _marker_count(page, "context") == 0
        checkbox.check()
        page.wait_for_function("() => incidentmap.ready()")
        assert _marker_count(page, "context") >= 5
        assert page.locator(".leaflet-marker-pane .incidentmap-context").count() >= 1
        assert "context" in page.evaluate("location.hash")
        checkbox.uncheck()
        assert (
            _marker_count(page, "context") == 0
            and page.locator(".leaflet-marker-pane .incidentmap-context").count() == 0
        )
        assert "context" not in page.evaluate("location.hash").split("layers=")[1]
        watch.assert_clean()


def test_area_level_places_are_drawn_as_their_area_not_as_pins(
    browser, example_page, example_build
):
    places = example_build.places
    areas = places[(places["geo_precision"] == 2) & places["district_id"].notna()]
    assert len(areas) >= 2, "the example should hold district-level places"
    hash = "#map=6/28.5/65.5&layers=districts,high,medium,low,context"
    with offline_page(browser, example_page, hash=hash) as (page, watch):
        hatched = page.locator("path.incidentmap-area")
        assert hatched.count() >= len(areas) + 1  # and Balochistan province, outlined
        fills = set(hatched.evaluate_all("els => els.map(e => e.getAttribute('fill'))"))
        assert {f for f in fills if f.startswith("url(#incidentmap-hatch-")}
        for fill in fills - {"none"}:
            assert page.locator(fill[4:-1]).count() == 1, fill  # the pattern it points at
        rings = page.locator(".leaflet-marker-pane .incidentmap-p2")
        assert rings.count() + page.locator(".leaflet-marker-pane .incidentmap-cluster").count()
        assert page.locator(".incidentmap-p2").first.evaluate(
            "e => getComputedStyle(e).borderTopStyle") == "dashed"  # fmt: skip
        name = str(areas.iloc[0]["name"])
        reveal_place(page, name).click()
        assert "district/tehsil level" in page.locator(POPUP).inner_text()
        watch.assert_clean()


def test_district_tooltip_names_district_counts_and_places(browser, example_page):
    with offline_page(browser, example_page) as (page, watch):
        quetta = page.evaluate(
            """() => { let hit = null;
              incidentmap.layers.districts.eachLayer((l) => {
                if (l.feature.properties.district === "Nushki") hit = l; });
              const map = incidentmap.map();
              map.setView(hit.getCenter(), 8, {animate: false});
              const p = map.latLngToContainerPoint(hit.getCenter());
              const box = map.getContainer().getBoundingClientRect();
              return [box.left + p.x, box.top + p.y]; }"""
        )
        page.mouse.move(quetta[0] + 15, quetta[1] + 25)
        # On a busy machine a tooltip of a district the pointer crossed may linger: pick
        # the one of the district under the pointer.
        tooltips = page.locator(".leaflet-tooltip", has_text="Incident places:")
        tooltip = tooltips.filter(has_text=re.compile(r"^\s*Nushki")).first
        tooltip.wait_for()
        text = tooltip.inner_text()
        assert text.startswith("Nushki\nBalochistan\nIncident places: ")
        assert "Mentions:" in text and "Places: " in text and "Nushki" in text.split("Places: ")[1]
        watch.assert_clean()


def test_time_control_filters_places_by_report_date(browser, example_page):
    with offline_page(browser, example_page) as (page, watch):
        start, end = page.locator("input[name=from]"), page.locator("input[name=to]")
        assert start.input_value() == "2026-01-31" and end.input_value() == "2026-02-04"
        before = _marker_count(page, "high") + _marker_count(page, "medium")
        start.fill("2026-02-04")
        start.dispatch_event("change")
        page.wait_for_function("() => incidentmap.ready()")
        after = _marker_count(page, "high") + _marker_count(page, "medium")
        assert 0 < after < before
        assert "from=2026-02-04" in page.evaluate("location.hash")
        page.get_by_role("button", name="All dates").click()
        page.wait_for_function("() => incidentmap.ready()")
        assert _marker_count(page, "high") + _marker_count(page, "medium") == before
        watch.assert_clean()


def test_permalink_restores_view_layers_and_date_filter(browser, example_page):
    hash = "#map=8/29.9000/66.5000&layers=districts,medium,context&from=2026-02-01&to=2026-02-01"
    with offline_page(browser, example_page, hash=hash) as (page, watch):
        view = page.evaluate(
            "() => { const m = incidentmap.map(), c = m.getCenter();"
            " return [m.getZoom(), c.lat, c.lng]; }"
        )
        assert view == [8, pytest.approx(29.9, abs=1e-3), pytest.approx(66.5, abs=1e-3)]
        on = page.evaluate(
            "() => Object.keys(incidentmap.layers)"
            ".filter(k => incidentmap.map().hasLayer(incidentmap.layers[k]))"
        )
        assert on == ["districts", "medium", "context"]
        assert page.locator("input[name=from]").input_value() == "2026-02-01"
        assert page.locator("input[name=to]").input_value() == "2026-02-01"
        # Move the view (again, if a cluster animation swallowed the first move) and wait
        # for the hash, which follows the view on Leaflet's moveend event.
        page.wait_for_function(
            """() => {
              const m = incidentmap.map();
              if (m.getZoom() !== 7) { m.setView([28.0, 64.0], 7, {animate: false}); }
              return location.hash.startsWith('#map=7/');
            }""",
            timeout=10_000,
            polling=200,
        )
        assert page.evaluate("location.hash") == (
            "#map=7/28.0000/64.0000&layers=districts,medium,context&from=2026-02-01&to=2026-02-01"
        )
        watch.assert_clean()


def test_hostile_reports_run_nothing_and_show_as_text(browser, assets, tmp_path: Path):
    from incidentmap.pipeline import build

    result = build([HOSTILE], tmp_path, tiles="none", inline_assets=True)
    with offline_page(browser, result.outputs["map"]) as (page, watch):
        assert "<img src=x" in page.title()
        assert "<img src=x" in page.locator(".incidentmap-title").inner_text()
        seen = []
        for name in ("Quetta", "Nushki", "Mastung", "Gwadar"):
            marker = reveal_place(page, name)
            marker.hover()
            assert page.locator(".leaflet-tooltip").inner_text() == name
            marker.click()
            popup = page.locator(POPUP)
            seen.append(popup.inner_text())
            hrefs = popup.locator("a").evaluate_all("els => els.map(a => a.getAttribute('href'))")
            assert all(h.startswith("https://example.org/") for h in hrefs), hrefs
            assert popup.locator("img, svg, script, iframe, b").count() == 0
        text = "\n".join(seen)
        for payload in ("<svg onload=", "<img src=x onerror=", "<script>window.__pwned",
                        "<iframe src=", "</title><script>"):  # fmt: skip
            assert payload in text, payload
        page.wait_for_timeout(200)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        watch.assert_clean()


def test_hostile_edits_to_a_layer_run_nothing(
    browser, assets, example_build, runner, tmp_path: Path
):
    payload = "<img src=x onerror=\"window.__pwned='{}';alert(1)\">"
    collection = json.loads(example_build.outputs["incidents"].read_text(encoding="utf-8"))
    for feature in collection["features"]:
        props = feature["properties"]
        if props["name"] == "Nushki":
            props.update(
                name="Nushki" + payload.format("name"),
                district=payload.format("district"),
                province=payload.format("province"),
                confidence_level=payload,
                confidence_factors={"role_rule": payload.format("rule")},
            )
    layer = tmp_path / "incidents.geojson"
    layer.write_text(json.dumps(collection), encoding="utf-8")
    result = runner.invoke(main, ["render", str(layer), "--inline-assets", "--tiles", "none",
                                  "--title", payload.format("title")])  # fmt: skip
    assert result.exit_code == 0, result.output
    with offline_page(browser, tmp_path / "map.html") as (page, watch):
        marker = reveal_place(page, "Nushki" + payload.format("name"))
        marker.hover()
        assert page.locator(".leaflet-tooltip").inner_text().endswith('alert(1)">')
        marker.click()
        text = page.locator(POPUP).inner_text()
        assert payload.format("district") in text and payload.format("rule") in text
        page.evaluate(
            """() => { incidentmap.layers.districts.eachLayer((l) => {
              if (l.feature.properties.district === "Nushki") l.openTooltip(l.getCenter()); }); }"""
        )
        assert payload.format("name") in page.locator(".leaflet-tooltip").last.inner_text()
        assert page.evaluate("typeof window.__pwned") == "undefined"
        watch.assert_clean()


def synthetic_layer(n: int, *, seed: int = 4) -> gpd.GeoDataFrame:
    """``n`` random places inside Pakistan's bounding box, one short mention each."""
    rng = np.random.default_rng(seed)
    lon, lat = rng.uniform(61.0, 77.5, n), rng.uniform(24.0, 36.5, n)
    confidence = rng.uniform(0, 1, n).round(3)
    days = [f"2026-02-{d:02}" for d in range(1, 11)]
    rows = []
    for i in range(n):
        name, doc = f"Place {i}", i % 997
        rows.append({
            "id": f"synthetic:{i}", "name": name, "role": "context" if i % 10 == 0 else "incident",
            "confidence": float(confidence[i]), "confidence_level": confidence_level(confidence[i]),
            "confidence_factors": {"match": "name", "ambiguity": 1}, "geo_precision": 1,
            "kind": "town", "n_mentions": 1, "n_sources": 1,
            "mentions": [{"doc_id": f"d{doc}", "role": "incident", "surface": name,
                          "confidence": float(confidence[i]),
                          "excerpt": f"Gunmen attacked a post in {name}.",
                          "source_title": f"Report {doc}", "published": days[i % 10],
                          "source_url": f"https://example.org/r/{doc}"}],
        })  # fmt: skip
    layer = gpd.GeoDataFrame(rows, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    return assign_districts(layer.set_index("id"), load_districts())


def test_a_100k_point_layer_renders_in_seconds(browser, assets, tmp_path: Path, record_property):
    places = synthetic_layer(100_000)
    districts = load_districts()
    clock = time.perf_counter()
    m = map_from_incidents(places, districts, districts_summary(places, districts),
                           provinces=load_provinces(), title="100,000 synthetic places",
                           tiles="none", min_confidence=0.5)  # fmt: skip
    path = tmp_path / "map-100k.html"
    save_map(m, path, inline_assets=True)
    render_s = time.perf_counter() - clock
    clock = time.perf_counter()
    with offline_page(browser, path, timeout_ms=90_000) as (page, watch):
        ready_s = time.perf_counter() - clock
        assert page.locator(".incidentmap-cluster").count() > 20
        clustered = _marker_count(page, "high") + _marker_count(page, "medium")
        assert clustered == int(
            ((places["confidence"] >= 0.5) & (places["role"] == "incident")).sum()
        )
        clock = time.perf_counter()
        page.evaluate("() => { incidentmap.map().setView([30.2, 67.0], 9, {animate: false}); }")
        zoom_s = time.perf_counter() - clock
        marker = reveal_place(page, page.evaluate(
            """() => { const d = incidentmap.data(), o = incidentmap.overlays.high;
              return d.s[d.places[o.markers[0]._im][2]]; }"""))  # fmt: skip
        marker.click()
        assert "Gunmen attacked a post in" in page.locator(POPUP).inner_text()
        watch.assert_clean()
    size_mb = path.stat().st_size / 1e6
    numbers = {"page_mb": round(size_mb, 1), "render_s": round(render_s, 1),
               "ready_s": round(ready_s, 1), "zoom_s": round(zoom_s, 1)}  # fmt: skip
    for key, value in numbers.items():
        record_property(key, value)
    print(f"\n100k points: {numbers}")
    assert size_mb < 20, f"page is {size_mb:.1f} MB"
    assert ready_s < 60, f"markers ready after {ready_s:.1f} s"


def test_screenshot_of_the_example_map(browser, example_page, tmp_path: Path):
    """The README's picture, taken with the same settings (written when asked to)."""
    update = os.environ.get("INCIDENTMAP_UPDATE_SCREENSHOT") == "1"
    target = SCREENSHOT if update else tmp_path / "example-map.png"
    hash = "#map=7/28.2/66.6&layers=districts,high,medium"
    with offline_page(browser, example_page, hash=hash) as (page, watch):
        page.locator(".incidentmap-marker").first.hover()  # a tooltip, as a reader would see
        page.screenshot(path=str(target))
        watch.assert_clean()
    assert 20_000 < target.stat().st_size < 400_000
