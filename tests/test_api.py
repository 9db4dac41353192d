"""The Python API: incidentmap.analyse / incidentmap.build and the Analysis they return."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import folium
import geopandas as gpd
import pandas as pd
import pytest

import incidentmap
from incidentmap.models import CSV_FIELDS, EVENT_FIELDS


@pytest.fixture(scope="module")
def analysis(example_dir):
    return incidentmap.analyse(str(example_dir))


def test_import_is_light():
    code = "import sys, incidentmap; print('geopandas' in sys.modules, 'folium' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
    assert {"analyse", "build", "Analysis", "__version__"} <= set(incidentmap.__all__)


def test_tables_have_the_spec_shapes(analysis, example_build):
    places, districts = analysis.places, analysis.districts
    assert isinstance(places, gpd.GeoDataFrame) and places.crs.to_epsg() == 4326
    assert list(places.index) == list(example_build.places.index)
    assert isinstance(places.iloc[0]["mentions"], list)
    assert isinstance(districts, gpd.GeoDataFrame) and districts.crs.to_epsg() == 4326
    assert len(districts) == 126 and (districts["n_incident_places"] == 0).sum() > 100
    mentions = analysis.mentions
    assert (
        isinstance(mentions, pd.DataFrame)
        and tuple(mentions.columns[: len(CSV_FIELDS)]) == CSV_FIELDS
    )
    assert len(mentions) == analysis.run["counts"]["mentions_found"]
    events = analysis.events
    assert isinstance(events, pd.DataFrame) and len(events) >= 10  # the example's events
    assert tuple(events.columns[: len(EVENT_FIELDS)]) == EVENT_FIELDS


def test_events_come_through_once_the_pipeline_has_them(analysis):
    record = dict.fromkeys(EVENT_FIELDS) | {"event_id": "e1", "fatalities": 3, "extra": 1}
    with_events = incidentmap.Analysis(_with(analysis.result, events=[record]), {})
    assert with_events.events.loc[0, "event_id"] == "e1"
    assert list(with_events.events.columns) == [*EVENT_FIELDS, "extra"]


def _with(result, **attributes):
    class Result:
        def __getattr__(self, name):
            return attributes[name] if name in attributes else getattr(result, name)

    return Result()


def test_map_is_a_folium_map_that_displays_inline(analysis):
    m = analysis.map(title="Test title", tiles="none")
    assert isinstance(m, folium.Map)
    page = m._repr_html_()
    assert "<iframe" in page and "leaflet" in page and "Test title" in page
    assert "incidentmap.init" in page


def test_the_notebook_map_holds_the_events_and_the_waves_figures(analysis):
    page = analysis.map(tiles="none").get_root().render()
    figures = analysis.run["aggregates"]
    assert figures, "the example gives figures for the whole wave"
    assert all(json.dumps(f["claimant"], ensure_ascii=False)[1:-1] in page for f in figures)
    assert '"events":[[' in page and '"aggregates":[[' in page


def test_analyse_takes_paths_and_date_objects(example_dir):
    windowed = incidentmap.analyse(example_dir, since=date(2026, 2, 3))
    assert windowed.run["time_window"] == {"since": "2026-02-03", "until": None}
    assert (windowed.mentions["status"] == "filtered").any()
    with pytest.raises(TypeError, match="at least one report"):
        incidentmap.analyse()


def test_build_writes_every_output(example_dir, tmp_path):
    built = incidentmap.build(example_dir, outdir=tmp_path / "out", tiles="none", csv_bom=True)
    assert set(built.outputs) == {"incidents", "districts", "mentions", "mentions_parquet",
                                  "events", "claims", "map", "run"}  # fmt: skip
    assert all(path.is_file() for path in built.outputs.values())
    # A build's mentions come back from mentions.parquet: those analyse holds.
    assert _records(built.mentions) == _records(incidentmap.analyse(example_dir).mentions)
    run = json.loads(built.outputs["run"].read_text(encoding="utf-8"))
    assert run["counts"] == built.run["counts"]
    assert built.outputs["mentions"].read_bytes().startswith(b"\xef\xbb\xbf")
    assert "incident places" in built._repr_html_()


def _records(table) -> list[dict]:
    import pandas as pd

    return table.astype(object).where(pd.notna(table), None).to_dict("records")
