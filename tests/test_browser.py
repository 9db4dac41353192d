"""The map page in headless Chromium: layers, popups, counts over time, layout, permalinks, safety.

Every page is opened from a file with every remote request aborted, except basemap tiles
where a test allows them (answered locally); any other request, any page error, console
error or dialog fails the test (``Watch.assert_clean``). Steps wait for the map's state,
never for a fixed time.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pytest

from _browser import (
    NARROW,
    WIDE,
    calm,
    chromium,
    hover_place,
    open_page,
    open_popup,
    reveal_place,
    settle,
    tiles_drawn,
)
from incidentmap.cli import main
from incidentmap.districts import assign_districts, load_districts, load_provinces
from incidentmap.models import confidence_level
from incidentmap.render import district_colour, map_from_incidents, page_data, save_map
from incidentmap.render.data import DATE_PRECISION_LABELS

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parent.parent
HOSTILE = Path(__file__).parent / "data" / "hostile"
SCREENSHOTS = {"wide": REPO / "docs" / "example-map.png",
               "narrow": REPO / "docs" / "example-map-mobile.png"}  # fmt: skip
POPUP = ".leaflet-popup-content"
#: The boxes that must never cover one another.
CONTROLS = {
    "title": ".incidentmap-title",
    "layers": ".incidentmap-panel-layers",
    "legend": ".incidentmap-panel-legend",
    "dates": ".incidentmap-panel-dates",
    "wave": ".incidentmap-panel-wave",
    "attribution": ".leaflet-control-attribution",
    "scale": ".leaflet-control-scale",
    "zoom": ".leaflet-control-zoom",
}
#: The panels that fold: open on wide screens, closed on narrow ones.
PANELS = ("layers", "legend", "dates", "wave")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def default_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``incidentmap build examples/... -o out`` with every default (basemap tiles included)."""
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("default-build")
    example = REPO / "examples" / "balochistan-2026-01-31"
    result = CliRunner().invoke(main, ["build", str(example), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def example_page(example_build) -> Path:
    """The example built with ``--tiles none``: nothing at all may leave the machine."""
    return example_build.outputs["map"]


def _marker_count(page: Any, group: str) -> int:
    """Markers plus clustered markers of one group now on the page."""
    return int(page.evaluate(
        """(group) => {
          const o = incidentmap.overlays[group];
          return incidentmap.map().hasLayer(o.group) ? o.cluster.getLayers().length : 0;
        }""",
        group,
    ))  # fmt: skip


def _district(page: Any, name: str) -> dict[str, Any]:
    """A district's drawn fill and its tooltip's text, as the reader would see them."""
    return page.evaluate(
        """(name) => { let hit = null;
          incidentmap.layers.districts.eachLayer((l) => {
            if (l.feature.properties.district === name) hit = l; });
          const path = hit.getElement();
          const tip = incidentmap.districtTooltip(hit.feature.properties);
          return {fill: path.getAttribute('fill'), opacity: +path.getAttribute('fill-opacity'),
                  tooltip: Array.from(tip.children, (line) => line.textContent).join("\\n")}; }""",
        name,
    )


def _set_dates(page: Any, start: str | None = None, end: str | None = None) -> None:
    """Type dates into the filter as a reader would, and wait for the markers to follow."""
    for name, value in (("from", start), ("to", end)):
        if value is not None:
            field = page.locator(f"input[name={name}]")
            field.fill(value)
            field.dispatch_event("change")
    settle(page)


# --- opening the page ---------------------------------------------------------------------


def test_the_default_page_asks_the_network_for_tiles_only(browser, default_build: Path):
    with open_page(browser, default_build / "map.html") as (page, watch):
        assert page.locator("path.incidentmap-district").count() == len(load_districts())
        assert page.locator(".incidentmap-marker, .incidentmap-cluster").count() >= 5
        popup = open_popup(page, "Nushki")
        assert popup.locator("blockquote").count() >= 3
        assert tiles_drawn(page) > 0
        assert watch.tiles and all("basemaps.cartocdn.com" in url for url in watch.tiles)
        watch.assert_clean()
    page_text = (default_build / "map.html").read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in page_text and "<script src=" not in page_text


def test_with_no_network_at_all_the_districts_draw_on_a_plain_background(
    browser, default_build: Path
):
    with open_page(browser, default_build / "map.html", tiles=False) as (page, watch):
        assert page.locator("path.incidentmap-district").count() == len(load_districts())
        assert tiles_drawn(page) == 0 and watch.tiles
        background = page.locator(".leaflet-container").evaluate(
            "e => getComputedStyle(e).backgroundColor")  # fmt: skip
        assert background == "rgb(238, 240, 242)"
        assert "Nushki district" in open_popup(page, "Nushki").inner_text()
        watch.assert_clean(failed_tiles=True)  # only the tiles failed


def test_example_map_opens_with_districts_markers_and_popups(browser, example_page):
    with open_page(browser, example_page) as (page, watch):
        assert page.locator("path.incidentmap-district").count() == len(load_districts())
        assert page.locator(".incidentmap-marker, .incidentmap-cluster").count() >= 5
        title = page.locator(".incidentmap-title").inner_text()
        assert title.startswith("Incidents from 7 reports") and page.title() == title
        legend = page.locator(".incidentmap-panel-legend")
        assert legend.is_visible() and "high confidence" in legend.inner_text()
        attribution = page.locator(".leaflet-control-attribution").inner_text()
        for credit in ("geoBoundaries", "GeoNames", "Leaflet (BSD-2-Clause)",
                       "Leaflet.markercluster (MIT)"):  # fmt: skip
            assert credit in attribution, credit

        popup = open_popup(page, "Nushki")
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
        assert watch.remote == []


def test_popups_give_the_event_date_its_precision_and_the_publication_date(
    browser, example_page, example_build
):
    data = page_data(example_build.places)
    fields, mention = data["fields"]["place"], data["fields"]["mention"]
    dated_by_place = {
        data["s"][row[fields.index("name")]]: [
            (data["days"][m[mention.index("day")]], data["s"][m[mention.index("day_precision")]])
            for m in row[fields.index("mentions")]
        ]
        for row in data["places"]
        if data["s"][row[fields.index("group")]] != "context"
    }
    # an incident point whose popup shows a day worked out from a weekday and a report's date
    name, dated = next(
        (name, dated) for name, dated in dated_by_place.items()
        if {p for _, p in dated} >= {"published", "weekday"}
    )  # fmt: skip
    with open_page(browser, example_page) as (page, watch):
        quotes = open_popup(page, name).locator("blockquote").all_inner_texts()
        assert len(quotes) == len(dated)
        for quote, (day, precision) in zip(quotes, dated, strict=True):
            assert re.search(r"published \d{4}-\d{2}-\d{2}", quote), quote
            assert f"Event date: {day} ({DATE_PRECISION_LABELS[precision]})" in quote, quote
        watch.assert_clean()


# --- layers, areas, tooltips ----------------------------------------------------------------


def test_context_layer_is_off_by_default_and_toggles(browser, example_page):
    with open_page(browser, example_page) as (page, watch):
        checkbox = page.locator(".incidentmap-panel-layers input[name=context]")
        assert not checkbox.is_checked() and _marker_count(page, "context") == 0
        checkbox.check()
        settle(page)
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
    with open_page(browser, example_page, hash=hash) as (page, watch):
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
        assert "district/tehsil level" in open_popup(page, name).inner_text()
        watch.assert_clean()


def test_district_tooltip_names_district_counts_and_places(browser, example_page):
    with open_page(browser, example_page) as (page, watch):
        calm(page)
        point = page.evaluate(
            """() => { let hit = null;
              incidentmap.layers.districts.eachLayer((l) => {
                if (l.feature.properties.district === "Nushki") hit = l; });
              const map = incidentmap.map();
              map.setView(hit.getCenter(), 8, {animate: false});
              const p = map.latLngToContainerPoint(hit.getCenter());
              const box = map.getContainer().getBoundingClientRect();
              return [box.left + p.x, box.top + p.y]; }"""
        )
        settle(page)
        page.mouse.move(point[0] + 15, point[1] + 25)
        tooltip = page.locator(".incidentmap-district-tip")
        tooltip.wait_for()
        assert tooltip.count() == 1
        text = tooltip.inner_text()
        assert text.startswith("Nushki\nBalochistan\nIncident places: 1\nMentions: ")
        assert "Places: " in text and "Nushki" in text.split("Places: ")[1]
        watch.assert_clean()


# --- the date filter drives everything ----------------------------------------------------


def test_unfiltered_counts_and_fills_are_those_of_districts_geojson(browser, example_page,
                                                                    example_build):  # fmt: skip
    expected = {f["properties"]["district"]: f["properties"] for f in json.loads(
        example_build.outputs["districts"].read_text(encoding="utf-8"))["features"]}  # fmt: skip
    with open_page(browser, example_page) as (page, watch):
        data = page.evaluate("() => ({breaks: incidentmap.data().breaks})")
        for name, props in expected.items():
            shown = _district(page, name)
            n = props["n_incident_places"]
            colour = district_colour(n, data["breaks"])
            assert (shown["fill"], shown["opacity"] > 0) == (colour or "#ffffff", bool(colour))
            assert f"Incident places: {n}\n" in shown["tooltip"] + "\n"
            if n:
                assert (f"Mentions: {props['n_mentions']}, reports: {props['n_sources']}"
                        in shown["tooltip"]), name  # fmt: skip
            # fatalities summed over the district's events (ACLED's count), never claims
            assert (f"Events: {props['n_events']}, fatalities: {props['fatalities']}"
                    in shown["tooltip"]), name  # fmt: skip
        watch.assert_clean()


def test_the_date_filter_moves_markers_district_fills_tooltips_and_layer_counts(
    browser, example_page, example_build
):
    incidents = json.loads(example_build.outputs["incidents"].read_text(encoding="utf-8"))
    n = sum(
        f["properties"]["role"] == "incident" and f["properties"]["confidence_level"] == "high"
        for f in incidents["features"]
    )  # the layer's count of high-confidence incident places, which the panel shows
    assert n >= 15
    with open_page(browser, example_page) as (page, watch):
        start, end = page.locator("input[name=from]"), page.locator("input[name=to]")
        assert start.input_value() == "2026-01-31" and end.input_value() == "2026-02-04"
        markers = _marker_count(page, "high") + _marker_count(page, "medium")
        kech, quetta = _district(page, "Kech"), _district(page, "Quetta")
        high = page.locator(".incidentmap-panel-layers label", has_text="high confidence")
        assert high.inner_text().endswith(f"({n})")
        assert kech["opacity"] > 0 and "Incident places: 4" in kech["tooltip"]
        assert "Mentions: 16, reports: 7" in quetta["tooltip"]

        _set_dates(page, start="2026-02-04")
        assert 0 < _marker_count(page, "high") + _marker_count(page, "medium") < markers
        after_kech, after_quetta = _district(page, "Kech"), _district(page, "Quetta")
        assert after_kech["opacity"] == 0 and "Incident places: 0" in after_kech["tooltip"]
        assert after_quetta["fill"] == quetta["fill"]  # still one place: same class
        assert "Mentions: 1, reports: 1" in after_quetta["tooltip"]
        assert "Event dates 2026-02-04 \u2013 2026-02-04" in after_quetta["tooltip"]
        assert re.search(rf"\(\d+ of {n}\)$", high.inner_text())
        assert not high.inner_text().endswith(f"({n} of {n})")
        assert "from=2026-02-04" in page.evaluate("location.hash")
        assert "2026-02-04" in page.locator(".incidentmap-panel-dates button").first.inner_text()

        page.get_by_role("button", name="All dates").click()
        settle(page)
        assert _marker_count(page, "high") + _marker_count(page, "medium") == markers
        assert _district(page, "Kech") == kech and high.inner_text().endswith(f"({n})")
        watch.assert_clean()


def test_permalink_restores_view_layers_and_date_filter(browser, example_page):
    hash = "#map=8/29.9000/66.5000&layers=districts,medium,context&from=2026-02-01&to=2026-02-01"
    with open_page(browser, example_page, hash=hash) as (page, watch):
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
        boxes = page.locator(".incidentmap-panel-layers input").evaluate_all(
            "els => els.filter(e => e.checked && e.name !== 'type').map(e => e.name)")  # fmt: skip
        assert boxes == on
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


# --- events, claims and the wave's figures --------------------------------------------------


def _rows(table: Any) -> dict[str, str]:
    """A claims table as heading -> the figures beside it, as the reader sees them."""
    return {row.locator("th").inner_text(): row.locator("td").inner_text()
            for row in table.locator("tr").all()}  # fmt: skip


def _set_types(page: Any, shown: list[str] | None) -> None:
    """Tick the event types ``shown`` (None: the "All types" button), as a reader would."""
    if shown is None:
        page.get_by_role("button", name="All types").click()
    else:
        for box in page.locator(".incidentmap-panel-layers input[name=type]").all():
            box.set_checked(box.get_attribute("value") in shown)
    settle(page)


def _layer_count(page: Any, text: str) -> str:
    """The count after a layer's label in the layer panel, e.g. ``(3 of 17)``."""
    label = page.locator(".incidentmap-panel-layers label", has_text=text).first.inner_text()
    return label[label.rindex("(") :]


def test_the_wave_panel_shows_the_seeds_totals_with_their_claimants(browser, seeds_build):
    run = json.loads(seeds_build.outputs["run"].read_text(encoding="utf-8"))
    with open_page(browser, seeds_build.outputs["map"]) as (page, watch):
        wave = page.locator(".incidentmap-panel-wave")
        assert wave.is_visible()
        rows = _rows(wave.locator("table.incidentmap-claims"))
        # the wave's totals as the seed reports give them, each with who says so
        security, civilians = rows["Killed, security personnel"], rows["Killed, civilians"]
        militants = rows["Killed, militants"]
        assert "at least 10 (Official Pakistani sources, seed-000)" in security
        assert re.search(r"(?<![\d\w])15 \([^)]*ISPR[^)]*\), seed-002\)", security), security
        assert re.search(r"at least 18 \([^)]*ISPR[^)]*\), seed-002\)", civilians), civilians
        assert "92 (ISPR, seed-002)" in militants
        assert "145 (the provincial chief minister, seed-002)" in militants
        # every aggregate of run.json is there, each on its own, none added up
        assert wave.locator(".incidentmap-claim").count() == len(run["aggregates"]) > 0
        assert "never added up" in wave.inner_text()
        watch.assert_clean()


def test_a_capped_wave_panel_says_how_many_figures_run_json_holds_besides(
    browser, tmp_path_factory: pytest.TempPathFactory
):
    """--max-excerpts 1: one figure of each kind, and a line for the rest."""
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("capped-build")
    example = REPO / "examples" / "balochistan-2026-01-31"
    args = ["build", str(example), "-o", str(out), "--tiles", "none", "--max-excerpts", "1"]
    assert CliRunner().invoke(main, args).exit_code == 0
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    kinds = {(c["what"], c["whose"]) for c in run["aggregates"]}
    with open_page(browser, out / "map.html") as (page, watch):
        wave = page.locator(".incidentmap-panel-wave")
        assert wave.locator(".incidentmap-claim").count() == len(kinds)
        left_out = len(run["aggregates"]) - len(kinds)
        assert f"{left_out} more figures of these kinds are listed in run.json" in (
            wave.inner_text()
        )
        watch.assert_clean()


def test_the_wave_panel_folds_on_a_narrow_screen(browser, seeds_build):
    with open_page(browser, seeds_build.outputs["map"], viewport=NARROW) as (page, watch):
        wave, layers = page.locator(".incidentmap-panel-wave"), page.locator(
            ".incidentmap-panel-layers")  # fmt: skip
        assert not wave.locator(".incidentmap-panel-body").is_visible()
        wave.locator(".incidentmap-toggle").click()
        assert "ISPR" in wave.locator(".incidentmap-panel-body").inner_text()
        layers.locator(".incidentmap-toggle").click()
        assert not wave.locator(".incidentmap-panel-body").is_visible()
        watch.assert_clean()


def test_gwadar_popup_shows_the_eleven_killed_at_the_workers_camp(browser, seeds_build):
    with open_page(browser, seeds_build.outputs["map"]) as (page, watch):
        popup = open_popup(page, "Gwadar")
        event = popup.locator(".incidentmap-event")
        assert event.count() == 1
        text = event.inner_text()
        assert text.startswith("2026-01-31 (day stated)\n")
        assert "Actors: Baloch Liberation Army" in text
        assert _rows(event.locator("table.incidentmap-claims")) == {
            "Killed": "11 (the report, seed-002) \u2713"}  # fmt: skip
        assert "Fatalities counted: 11, from 11 (the report, seed-002)" in text
        assert event.locator(".figure").get_attribute("title") == "\u201celeven people\u201d"
        # the sentence the figure stands in is among the popup's excerpts
        assert any("camp" in q and "eleven" in q
                   for q in popup.locator("blockquote").all_inner_texts())  # fmt: skip
        ring = reveal_place(page, "Gwadar").get_attribute("class")
        assert "incidentmap-k2" in ring  # 11 killed: the 5-24 ring
        watch.assert_clean()


def test_popups_keep_conflicting_claims_side_by_side_with_their_sources(
    browser, example_page, example_build
):
    gwadar = next(e for e in example_build.events.to_dict("records") if e["location"] == "Gwadar")
    killed = [c for c in gwadar["claims"] if c["what"] == "killed"]
    assert len({c["n_min"] for c in killed}) > 1, "the example should hold conflicting figures"
    with open_page(browser, example_page) as (page, watch):
        event = open_popup(page, "Gwadar").locator(".incidentmap-event")
        figures = event.locator("tr", has_text="Killed").locator(".incidentmap-claim")
        assert figures.count() == len(killed)
        for figure, claim in zip(figures.all(), killed, strict=True):
            text = figure.inner_text()
            assert text.startswith(str(claim["n_min"])) and claim["claimant"] in text
            link = figure.locator("a")
            assert re.match(r"https?://", link.get_attribute("href"))
            assert "#:~:text=" in link.get_attribute("href")
        assert f"Fatalities counted: {gwadar['fatalities']}, from " in event.inner_text()
        assert event.locator(".counted").count() == len(gwadar["fatalities_from"])
        watch.assert_clean()


def test_the_event_type_filter_moves_markers_fills_tooltips_counts_and_rings(browser, example_page):
    with open_page(browser, example_page) as (page, watch):
        labels = page.locator(".incidentmap-panel-layers input[name=type]").evaluate_all(
            "els => els.map(e => e.value)")  # fmt: skip
        assert labels[:3] == ["Battles", "Explosions/Remote violence",
                              "Violence against civilians"]  # fmt: skip
        assert labels[-1] == "untyped"
        markers = _marker_count(page, "high")
        kech, gwadar = _district(page, "Kech"), _district(page, "Gwadar")
        assert kech["opacity"] > 0 and "Incident places: 4" in kech["tooltip"]
        assert "Events: 2, fatalities: 8" in gwadar["tooltip"]

        _set_types(page, ["Violence against civilians"])
        assert _marker_count(page, "high") == 1  # Gwadar alone
        after_kech, after_gwadar = _district(page, "Kech"), _district(page, "Gwadar")
        assert after_kech["opacity"] == 0 and "Incident places: 0" in after_kech["tooltip"]
        assert "Incident places: 1" in after_gwadar["tooltip"]
        assert "Events: 1, fatalities: 8" in after_gwadar["tooltip"]
        assert after_gwadar["fill"] != gwadar["fill"]  # two places, then one: another class
        assert "Event types: Violence against civilians" in after_gwadar["tooltip"]
        assert _layer_count(page, "high confidence") == f"(1 of {markers})"
        assert "types=Violence%20against%20civilians" in page.evaluate("location.hash")

        # with the date filter: the Battles of 2 February (Nushki retaken, seven killed)
        _set_types(page, ["Battles"])
        _set_dates(page, start="2026-02-02", end="2026-02-02")
        nushki = _district(page, "Nushki")
        assert "Events: 1, fatalities: 7" in nushki["tooltip"]
        assert "incidentmap-k2" in reveal_place(page, "Nushki").get_attribute("class")
        _set_dates(page, start="2026-01-31", end="2026-01-31")
        assert "Events: 1, fatalities: 0" in _district(page, "Nushki")["tooltip"]
        assert "incidentmap-k" not in reveal_place(page, "Nushki").get_attribute("class")
        assert _marker_count(page, "high") == 3  # Quetta, Nushki, Mastung fought on the 31st

        page.get_by_role("button", name="All dates").click()
        _set_types(page, None)
        assert _marker_count(page, "high") == markers
        assert _district(page, "Kech") == kech and _district(page, "Gwadar") == gwadar
        assert _layer_count(page, "high confidence") == f"({markers})"
        assert "types=" not in page.evaluate("location.hash")
        watch.assert_clean()


def test_permalink_restores_the_event_types(browser, example_page):
    hash = "#layers=districts,high,medium&types=Battles,untyped"
    with open_page(browser, example_page, hash=hash) as (page, watch):
        ticked = page.locator(".incidentmap-panel-layers input[name=type]").evaluate_all(
            "els => els.filter(e => e.checked).map(e => e.value)")  # fmt: skip
        assert ticked == ["Battles", "untyped"]
        gwadar = _district(page, "Gwadar")["tooltip"]  # Gwadar's attack hidden, Pasni untyped
        assert "Incident places: 1\n" in gwadar and "Events: 1, fatalities: 0" in gwadar
        assert "Event types: Battles, No type given" in gwadar
        watch.assert_clean()


# --- layout ----------------------------------------------------------------------------------


def _boxes(page: Any) -> dict[str, dict[str, float]]:
    boxes = {}
    for name, selector in CONTROLS.items():
        box = page.locator(selector).bounding_box()
        assert box is not None, f"{name} is not shown"
        boxes[name] = box
    return boxes


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
            and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"])  # fmt: skip


@pytest.mark.parametrize("size", ["wide", "narrow"])
def test_no_control_covers_another_and_the_screenshots_show_it(
    browser, default_build: Path, tmp_path: Path, size: str
):
    viewport = WIDE if size == "wide" else NARROW
    with open_page(browser, default_build / "map.html", viewport=viewport) as (page, watch):
        settle(page)
        assert tiles_drawn(page) > 0
        boxes = _boxes(page)
        for (a, box_a), (b, box_b) in itertools.combinations(boxes.items(), 2):
            assert not _overlap(box_a, box_b), f"{a} {box_a} covers {b} {box_b}"
        for name, box in boxes.items():  # all on screen
            assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], name
            assert box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"], name
        closed = page.locator(".incidentmap-panel.incidentmap-closed").count()
        assert closed == (len(PANELS) if size == "narrow" else 0)
        shot = tmp_path / f"example-map-{size}.png"
        page.screenshot(path=str(shot))
        watch.assert_clean()
    assert 20_000 < shot.stat().st_size < 400_000
    if os.environ.get("INCIDENTMAP_UPDATE_SCREENSHOT") == "1":  # the README's pictures
        shutil.copyfile(shot, SCREENSHOTS[size])


def test_on_a_narrow_screen_panels_open_one_at_a_time(browser, example_page):
    with open_page(browser, example_page, viewport=NARROW) as (page, watch):
        legend, layers = page.locator(".incidentmap-panel-legend"), page.locator(
            ".incidentmap-panel-layers")  # fmt: skip
        assert not page.locator(".incidentmap-panel-legend .incidentmap-panel-body").is_visible()
        legend.locator(".incidentmap-toggle").click()
        assert "high confidence" in legend.locator(".incidentmap-panel-body").inner_text()
        layers.locator(".incidentmap-toggle").click()
        assert layers.locator("input[name=context]").is_visible()
        assert not legend.locator(".incidentmap-panel-body").is_visible()
        attribution = page.locator(".leaflet-control-attribution")
        assert attribution.evaluate("e => e.scrollWidth > e.clientWidth")  # one cut line
        attribution.click()
        assert "GeoNames" in attribution.inner_text()
        assert attribution.evaluate("e => e.scrollWidth <= e.clientWidth")
        watch.assert_clean()


def test_an_empty_layer_draws_blank_districts_and_no_filter(browser, runner, tmp_path: Path):
    layer = tmp_path / "empty.geojson"
    layer.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    assert runner.invoke(main, ["render", str(layer), "--tiles", "none"]).exit_code == 0
    with open_page(browser, tmp_path / "map.html") as (page, watch):
        fills = page.locator("path.incidentmap-district").evaluate_all(
            "els => els.map(e => +e.getAttribute('fill-opacity'))")  # fmt: skip
        assert len(fills) == len(load_districts()) and set(fills) == {0}
        assert page.locator(".incidentmap-panel-dates").count() == 0
        assert page.locator(".incidentmap-panel-layers").inner_text().count("(0)") == 5
        watch.assert_clean()


# --- safety ---------------------------------------------------------------------------------


def test_hostile_reports_run_nothing_and_show_as_text(browser, tmp_path: Path):
    from incidentmap.options import BuildOptions
    from incidentmap.pipeline import build

    result = build([HOSTILE], tmp_path, BuildOptions(tiles="none"))
    with open_page(browser, result.outputs["map"]) as (page, watch):
        assert "<img src=x" in page.title()
        assert "<img src=x" in page.locator(".incidentmap-title").inner_text()
        seen = []
        for name in ("Quetta", "Nushki", "Mastung", "Gwadar"):
            assert hover_place(page, name).inner_text() == name
            popup = open_popup(page, name)
            seen.append(popup.inner_text())
            hrefs = popup.locator("a").evaluate_all("els => els.map(a => a.getAttribute('href'))")
            assert all(h.startswith("https://example.org/") for h in hrefs), hrefs
            assert popup.locator("img, svg, script, iframe, b").count() == 0
        text = "\n".join(seen)
        for payload in ("<svg onload=", "<img src=x onerror=", "<script>window.__pwned",
                        "<iframe src=", "</title><script>"):  # fmt: skip
            assert payload in text, payload
        assert page.evaluate("typeof window.__pwned") == "undefined"
        watch.assert_clean()


def test_hostile_edits_to_a_layer_run_nothing(browser, example_build, runner, tmp_path: Path):
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
            event = props["events"][-1]
            event.update(event_type=payload.format("type"), actor1=payload.format("actor"),
                         event_date_precision=payload.format("precision"),
                         fatalities_from=[payload.format("from")])  # fmt: skip
            event["claims"][0].update(claimant=payload.format("claimant"),
                                      what=payload.format("what"))  # fmt: skip
    layer = tmp_path / "incidents.geojson"
    layer.write_text(json.dumps(collection), encoding="utf-8")
    run = json.loads(example_build.outputs["run"].read_text(encoding="utf-8"))
    run["aggregates"][0].update(claimant=payload.format("wave"), whose=payload.format("whose"))
    (tmp_path / "run.json").write_text(json.dumps({"aggregates": run["aggregates"]}),
                                       encoding="utf-8")  # fmt: skip
    result = runner.invoke(main, ["render", str(layer), "--tiles", "none",
                                  "--title", payload.format("title")])  # fmt: skip
    assert result.exit_code == 0, result.output
    with open_page(browser, tmp_path / "map.html") as (page, watch):
        name = "Nushki" + payload.format("name")
        assert hover_place(page, name).inner_text().endswith('alert(1)">')
        popup = open_popup(page, name)
        text = popup.inner_text()
        assert payload.format("district") in text and payload.format("rule") in text
        for part in ("type", "actor", "precision", "from", "claimant", "what"):
            assert payload.format(part) in text, part
        assert popup.locator("img, svg, script, iframe, b").count() == 0
        wave = page.locator(".incidentmap-panel-wave").inner_text()
        assert payload.format("wave") in wave and payload.format("whose") in wave
        types = page.locator(".incidentmap-panel-layers").inner_text()
        assert payload.format("type") in types
        assert page.locator(".incidentmap-panel img, .incidentmap-panel svg").count() == 0
        calm(page)
        page.evaluate(
            """() => { incidentmap.layers.districts.eachLayer((l) => {
              if (l.feature.properties.district === "Nushki") l.openTooltip(l.getCenter()); }); }"""
        )
        assert payload.format("name") in page.locator(".incidentmap-district-tip").inner_text()
        assert payload.format("title") in page.locator(".incidentmap-title").inner_text()
        assert page.evaluate("typeof window.__pwned") == "undefined"
        watch.assert_clean()


# --- scale -----------------------------------------------------------------------------------


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


def test_a_100k_point_layer_renders_in_seconds(browser, tmp_path: Path, record_property):
    places = synthetic_layer(100_000)
    clock = time.perf_counter()
    m = map_from_incidents(places, load_districts(), provinces=load_provinces(),
                           title="100,000 synthetic places", tiles="none",
                           min_confidence=0.5)  # fmt: skip
    path = tmp_path / "map-100k.html"
    save_map(m, path)
    render_s = time.perf_counter() - clock
    clock = time.perf_counter()
    with open_page(browser, path, timeout_ms=90_000) as (page, watch):
        ready_s = time.perf_counter() - clock
        assert page.locator(".incidentmap-cluster").count() > 20
        clustered = _marker_count(page, "high") + _marker_count(page, "medium")
        assert clustered == int(
            ((places["confidence"] >= 0.5) & (places["role"] == "incident")).sum()
        )
        clock = time.perf_counter()
        _set_dates(page, start="2026-02-10")
        filter_s = time.perf_counter() - clock
        assert _marker_count(page, "high") + _marker_count(page, "medium") < clustered / 5
        _set_dates(page, start="2026-02-01")
        clock = time.perf_counter()
        page.evaluate("() => { incidentmap.map().setView([30.2, 67.0], 9, {animate: false}); }")
        zoom_s = time.perf_counter() - clock
        name = page.evaluate(
            """() => { const d = incidentmap.data(), o = incidentmap.overlays.high;
              return d.s[d.places[o.markers[0]._im][d.fields.place.indexOf("name")]]; }"""
        )
        assert "Gunmen attacked a post in" in open_popup(page, name).inner_text()
        watch.assert_clean()
    size_mb = path.stat().st_size / 1e6
    numbers = {"page_mb": round(size_mb, 1), "render_s": round(render_s, 1),
               "ready_s": round(ready_s, 1), "filter_s": round(filter_s, 1),
               "zoom_s": round(zoom_s, 1)}  # fmt: skip
    for key, value in numbers.items():
        record_property(key, value)
    print(f"\n100k points: {numbers}")
    assert size_mb < 20, f"page is {size_mb:.1f} MB"
    assert ready_s < 60, f"markers ready after {ready_s:.1f} s"
