"""export.py: features, rows and cells as the outputs hold them, and layers read back.

How the written files fare in GDAL, geopandas, a KML schema and spreadsheets is
test_outputs.py; here are the functions that make them.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point

from incidentmap import export as export_module
from incidentmap.districts import load_districts
from incidentmap.errors import InputError
from incidentmap.export import (
    csv_cell,
    csv_chunks,
    csv_rows,
    csv_text,
    feature_collection,
    located,
    read_layer,
    xml_ids,
)
from incidentmap.models import CSV_FIELDS, Report
from incidentmap.pipeline import export_layer, geoparse_report
from incidentmap.places import mention_rows, places_from_mentions

REPORT = Report(
    "r1",
    "Gunmen attacked a Levies post in Turbat on Monday. Officials in Quetta condemned it. "
    "A fort near Xyzzyville was also named.",
    "r1.txt",
    published="2026-02-02",
)


def test_features_put_the_fields_first_and_make_every_value_json():
    layer = gpd.GeoDataFrame(
        {
            "zeta": [np.int64(3)],
            "name": ["Turbat"],
            "missing": [float("nan")],
            "absent": [pd.NA],
            "alpha": [[np.float64(1.5), None]],
            "geometry": [Point(63.04421234567, 26.0023456789)],
        },
        index=pd.Index(["geonames:1"], name="id"),
        crs="EPSG:4326",
    )
    (feature,) = feature_collection(layer, ["name", "zeta"])["features"]
    assert feature["id"] == "geonames:1"
    assert list(feature["properties"]) == ["name", "zeta", "absent", "alpha", "missing"]
    assert feature["properties"] == {
        "name": "Turbat", "zeta": 3, "absent": None, "alpha": [1.5, None], "missing": None,
    }  # fmt: skip
    assert type(feature["properties"]["zeta"]) is int
    assert feature["geometry"] == {"type": "Point", "coordinates": [63.044212, 26.002346]}
    json.dumps(feature, allow_nan=False)


def test_features_are_wgs84_whatever_the_layer_crs():
    layer = gpd.GeoDataFrame(
        {"geometry": [Point(63.0, 26.0)]}, index=pd.RangeIndex(1), crs="EPSG:4326"
    ).to_crs("EPSG:32642")
    (feature,) = feature_collection(layer, [])["features"]
    assert "id" not in feature  # only place ids become feature ids
    assert feature["geometry"]["coordinates"] == pytest.approx([63.0, 26.0], abs=1e-6)


@pytest.fixture(scope="module")
def placed(gazetteer):
    resolved = {"r1": geoparse_report(REPORT, gazetteer)}
    reports = {"r1": REPORT}
    return resolved, reports, places_from_mentions(resolved, reports, load_districts())


def test_csv_rows_say_resolved_unresolved_or_filtered_and_why(placed):
    resolved, reports, places = placed
    items = resolved["r1"]
    mentions = mention_rows(reports["r1"], items)
    quetta = next(row for row in mentions if row["surface"] == "Quetta")
    quetta.update(status="filtered", reason="outside the time window")
    rows = list(csv_rows(mentions, located(places)))
    assert len(rows) == len(items) and all(set(row) <= set(CSV_FIELDS) for row in rows)
    by_surface = {row["surface"]: row for row in rows}
    turbat = by_surface["Turbat"]
    point = places.loc[turbat["place_id"]].geometry
    assert turbat["status"] == "resolved" and (turbat["lat"], turbat["lon"]) == (point.y, point.x)
    assert turbat["district"] == "Kech" and turbat["reason"]
    assert by_surface["Quetta"]["status"] == "filtered"
    assert by_surface["Quetta"]["reason"] == "outside the time window"
    assert by_surface["Quetta"]["place_id"]  # a filtered row keeps its place
    for row in rows:
        if row["status"] == "unresolved":
            assert row["reason"] and "place_id" not in row


def test_csv_text_has_the_header_even_with_no_rows_and_a_bom_on_request():
    assert csv_text([], ["a", "b"]) == "a,b\r\n"
    text = csv_text([{"a": "=1", "b": None}, {"a": "x\ry"}], ["a", "b"], bom=True)
    assert text.startswith("\ufeffa,b\r\n")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    assert rows == [["a", "b"], ["'=1", ""], ["x\ry", ""]]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", r"not valid JSON \(line 1"),
        ('{"type": "Feature"}', "not a GeoJSON FeatureCollection"),
        ('{"type": "FeatureCollection", "features": [3]}', "feature 1 is not a GeoJSON Feature"),
        ('{"type": "FeatureCollection", "features": [{"geometry": {"type": "Point"}}]}',
         "feature 1 has no valid geometry"),
        ("[" * 100_000, "nested too deeply|not valid JSON"),
    ],
)  # fmt: skip
def test_read_layer_refuses_what_is_not_a_layer_in_one_line(tmp_path: Path, text, message):
    path = tmp_path / "layer.geojson"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        read_layer(path)
    assert str(info.value).startswith(f"{path}: ") and "\n" not in str(info.value)


def test_read_layer_takes_the_id_back_from_a_property(tmp_path: Path, example_build):
    data = json.loads(example_build.outputs["incidents"].read_text(encoding="utf-8"))
    for feature in data["features"]:
        feature["properties"]["place_id"] = feature.pop("id")  # as geopandas writes it back
    path = tmp_path / "resaved.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert list(read_layer(path).index) == list(example_build.places.index)


def test_the_acled_csv_has_a_row_per_mention_at_its_place(tmp_path: Path, example_build):
    out = export_layer(example_build.outputs["incidents"], "CSV", tmp_path / "acled.csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert len(rows) == int(example_build.places["n_mentions"].sum())
    for row in rows:
        place = example_build.places.loc[row["place_id"]]
        assert float(row["latitude"]) == pytest.approx(place.geometry.y, abs=1e-6)
        assert (row["admin2"], row["location"]) == (place["district"] or "", place["name"])
        assert not math.isnan(float(row["confidence"]))


def test_an_unknown_format_is_refused_before_anything_is_read(tmp_path: Path):
    with pytest.raises(InputError, match="unknown export format 'shp'"):
        export_layer(tmp_path / "missing.geojson", "shp")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+92 300", "'+92 300"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("Quetta", "Quetta"),
        (-66.5, -66.5),
        (float("nan"), ""),
        (None, ""),
        (["a", "b"], '["a", "b"]'),
    ],
)
def test_csv_cell_is_empty_or_safe(value, cell):
    assert csv_cell(value) == cell


def test_xml_ids_are_unique_ncnames():
    ids = xml_ids(["geonames:1", "geonames-1", "1abc", "", "a b/c"])
    assert len(set(ids)) == 5
    assert all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9._-]*", i) for i in ids)


def test_a_row_with_a_huge_cell_is_written_as_the_csv_module_writes_it(monkeypatch):
    """Cells past the piece size go out cell by cell (the csv module would build the row at
    four bytes a character); the text is the same as the csv module's, quoting included."""
    monkeypatch.setattr(export_module, "_PIECE_CHARACTERS", 40)
    rows = [
        {"a": "short", "b": 1.5, "c": True},
        {"a": "d1;d2;" * 20, "b": -3, "c": None},
        {"a": 'say "no", then\r\nleave;' * 5, "b": 0, "c": "=SUM(A1)"},
        {"a": 'a "quote" only;' * 5, "b": 0, "c": "line\nbreak;" * 5},
        {"a": "x", "b": 2, "c": "tail"},
    ]
    fields = ["a", "b", "c"]
    pieces = list(csv_chunks(rows, fields))
    assert "d1;d2;" * 20 in pieces  # a big cell goes out whole, on its own
    expected = io.StringIO()
    writer = csv.writer(expected, lineterminator="\r\n")
    writer.writerow(fields)
    for row in rows:
        writer.writerow([csv_cell(row.get(k)) for k in fields])
    assert "".join(pieces) == expected.getvalue()
