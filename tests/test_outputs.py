"""Outputs that hold up in the analyst's other tools: GDAL, geopandas, a KML schema,
spreadsheets, and layers edited elsewhere and read back."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest

from incidentmap.cli import main
from incidentmap.districts import load_districts
from incidentmap.export import kml_text, read_layer
from incidentmap.options import BuildOptions
from incidentmap.pipeline import build
from test_properties import check_rfc7946

KML_NS = {"k": "http://www.opengis.net/kml/2.2"}
FORMULA = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def dev_build(tmp_path_factory: pytest.TempPathFactory, dev_dir: Path):
    """The shared dev corpus built once, with every export of its layer beside it."""
    out = tmp_path_factory.mktemp("dev-out")
    result = build([dev_dir], out, BuildOptions(tiles="none"))
    from click.testing import CliRunner

    for fmt in ("csv", "gpkg", "kml"):
        run = CliRunner().invoke(main, ["export", str(out / "incidents.geojson"), "--format", fmt])
        assert run.exit_code == 0, run.output
    return result


def _outputs(out: Path) -> list[Path]:
    names = ["incidents.geojson", "districts.geojson", "mentions.csv", "incidents.csv"]
    return [out / n for n in [*names, "incidents.gpkg", "incidents.kml"]]


def _cells(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


# --- no nan, and no formula ---------------------------------------------------------------


def test_no_csv_cell_is_nan(dev_build):
    out = dev_build.outputs["mentions"].parent
    for path in (out / "mentions.csv", out / "incidents.csv"):
        rows = _cells(path)
        assert rows
        bad = [
            (k, v) for row in rows for k, v in row.items() if v.strip().lower() in {"nan", "none"}
        ]
        assert not bad, (path.name, bad[:3])
    # district_current was the text 'nan' in 194 of 208 dev rows; empty means empty.
    mentions = _cells(out / "mentions.csv")
    assert sum(r["district_current"] == "" for r in mentions) > len(mentions) / 2


def test_no_geojson_value_is_nan_and_kml_says_no_nan(dev_build):
    out = dev_build.outputs["mentions"].parent
    for name in ("incidents.geojson", "districts.geojson"):
        check_rfc7946((out / name).read_text(encoding="utf-8"))  # NaN is no JSON: refused
    kml = (out / "incidents.kml").read_text(encoding="utf-8")
    assert not re.search(r"<value>nan</value>|>nan<|\bnan\b,", kml, re.I)


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    """A report whose name, title and sentence start like spreadsheet formulas."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "+cmd.md").write_text(
        '---\ntitle: \'=HYPERLINK("http://evil.example","open")\'\n'
        "url: https://example.org/sibi\npublished: 2026-02-01\n---\n\n"
        "@SUM(1+1) Gunmen attacked a police station in Sibi on Saturday, killing two "
        "officers.\n\n-1 Another blast hit Sibi \x1b\x07\x01on Saturday evening.\n",
        encoding="utf-8",
    )
    return folder


def test_every_csv_defuses_formulas(runner, hostile_folder: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(hostile_folder), "-o", str(out), "--tiles", "none"])
    assert result.exit_code == 0, result.output
    layer = out / "incidents.geojson"
    assert runner.invoke(main, ["export", str(layer), "--format", "csv"]).exit_code == 0
    for path in (out / "mentions.csv", out / "incidents.csv"):
        rows = _cells(path)
        text_cells = [v for row in rows for v in row.values() if not _is_number(v)]
        assert not [v for v in text_cells if v.startswith(FORMULA)], path.name
        assert any(v.startswith("'=HYPERLINK") for v in text_cells)
        assert any(v.startswith("'+cmd") for v in text_cells)
        assert any(v.startswith("'@SUM") for v in text_cells)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_excel_option_and_project_setting_write_a_byte_order_mark(
    runner, hostile_folder: Path, tmp_path: Path
):
    plain, excel = tmp_path / "plain", tmp_path / "excel"
    assert runner.invoke(main, ["build", str(hostile_folder), "-o", str(plain)]).exit_code == 0
    result = runner.invoke(main, ["build", str(hostile_folder), "-o", str(excel), "--excel"])
    assert result.exit_code == 0, result.output
    assert not (plain / "mentions.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (excel / "mentions.csv").read_bytes().startswith(b"\xef\xbb\xbfstatus,reason,")
    (hostile_folder / "incidentmap.toml").write_text('csv_bom = true\noutdir = "out"\n')
    assert runner.invoke(main, ["build", str(hostile_folder)]).exit_code == 0
    assert (hostile_folder / "out" / "mentions.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    layer = excel / "incidents.geojson"
    target = tmp_path / "x.csv"
    args = ["export", str(layer), "--format", "CSV", "--excel", "-o", str(target)]
    assert runner.invoke(main, args).exit_code == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfevent_date,")
    result = runner.invoke(main, ["export", str(layer), "--format", "kml", "--excel"])
    assert result.exit_code == 2 and "--excel applies to --format csv" in result.output


# --- districts.geojson: a choropleth layer ---------------------------------------------------


def test_districts_layer_holds_every_district_zeros_included_wound_by_rfc7946(dev_build):
    data = check_rfc7946(dev_build.outputs["districts"].read_text(encoding="utf-8"))
    features = data["features"]
    polygons = load_districts()
    assert len(features) == len(polygons) == 126
    assert [f["id"] for f in features] == sorted(polygons["district_id"])
    assert all(f["id"] == f["properties"]["district_id"] for f in features)
    counts = [f["properties"]["n_incident_places"] for f in features]
    incident = dev_build.places[dev_build.places["role"] == "incident"]
    assert sum(counts) == int(incident["district_id"].notna().sum())
    zeros = [f["properties"] for f in features if f["properties"]["n_incident_places"] == 0]
    assert len(zeros) > 100 and all(p["places"] == [] and p["n_mentions"] == 0 for p in zeros)
    run = json.loads(dev_build.outputs["run"].read_text(encoding="utf-8"))
    assert run["counts"]["districts_with_incidents"] == sum(c > 0 for c in counts)


def test_geopackage_has_every_district_and_place_ids_survive_a_conversion(
    dev_build, tmp_path: Path
):
    gpkg = dev_build.outputs["mentions"].parent / "incidents.gpkg"
    layers = {n for n, _ in pyogrio.list_layers(gpkg)}
    assert layers == {"incidents", "districts", "mentions", "events"}
    districts = gpd.read_file(gpkg, layer="districts")
    assert len(districts) == 126 and (districts["n_incident_places"] == 0).sum() > 100
    # GeoPackage -> GeoJSON (as ogr2ogr or QGIS "save as" would) -> incidentmap again.
    converted = tmp_path / "converted.geojson"
    gpd.read_file(gpkg, layer="incidents").to_file(converted)
    back = read_layer(converted)
    assert list(back.index) == list(dev_build.places.index)


# --- KML ----------------------------------------------------------------------------------


def _kml_tree(path: Path):
    """Parse strictly (no recovery, no network, no entities) and validate against the
    OGC KML 2.2 schema shipped with fastkml."""
    from fastkml.validator import get_schema_parser
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)
    tree = etree.parse(str(path), parser)
    schema = get_schema_parser()
    assert schema.validate(tree), [e.message for e in schema.error_log][:3]
    return tree


def test_kml_is_schema_valid_with_folders_styles_times_and_data(dev_build):
    tree = _kml_tree(dev_build.outputs["mentions"].parent / "incidents.kml")
    folders = {
        f.findtext("k:name", namespaces=KML_NS): f for f in tree.iterfind(".//k:Folder", KML_NS)
    }
    assert "Incidents: high confidence" in folders
    assert any(name.startswith("Context places") for name in folders)
    styles = {s.get("id") for s in tree.iterfind(".//k:Document/k:Style", KML_NS)}
    assert styles == {"style-high", "style-medium", "style-low", "style-context"}
    marks = list(tree.iterfind(".//k:Placemark", KML_NS))
    assert len(marks) == len(dev_build.places)
    for mark in marks:
        assert mark.findtext("k:styleUrl", namespaces=KML_NS)[1:] in styles
        data = {d.get("name"): d.findtext("k:value", namespaces=KML_NS)
                for d in mark.iterfind(".//k:Data", KML_NS)}  # fmt: skip
        assert {"place_id", "name", "role", "confidence", "n_mentions"} <= data.keys()
        place = dev_build.places.loc[data["place_id"]]
        # A null property is left out (KML's Data needs a value), never written as 'nan'.
        assert ("district_id" in data) == isinstance(place["district_id"], str)
        assert data.get("district_id", "") == (place["district_id"] or "")
    incident = [m for m in folders["Incidents: high confidence"].iterfind("k:Placemark", KML_NS)]
    assert all(m.find("k:TimeStamp", KML_NS) is not None or m.find("k:TimeSpan", KML_NS)
               is not None for m in incident)  # fmt: skip
    description = incident[0].findtext("k:description", namespaces=KML_NS)
    assert "<ul><li>" in description and '<a href="http' in description


def test_kml_strips_control_characters_and_escapes_report_text(
    runner, hostile_folder: Path, tmp_path: Path
):
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(hostile_folder), "-o", str(out)]).exit_code == 0
    layer = out / "incidents.geojson"
    assert "\\u001b" in layer.read_text(encoding="utf-8")  # the report's ESC reached the layer
    assert runner.invoke(main, ["export", str(layer), "--format", "kml"]).exit_code == 0
    kml = out / "incidents.kml"
    text = kml.read_text(encoding="utf-8")
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", text)
    tree = _kml_tree(kml)
    description = tree.findtext(".//k:Placemark/k:description", namespaces=KML_NS)
    assert "Another blast hit Sibi on Saturday evening" in description


def test_kml_escapes_markup_in_any_field(tmp_path: Path):
    layer = read_layer(Path(__file__).parent / "data" / "layers" / "edited.geojson")
    layer.loc[layer.index[0], "name"] = "<b>]]></b> & \x1b <![CDATA[x]]>"
    path = tmp_path / "x.kml"
    path.write_text(kml_text(layer), encoding="utf-8")
    tree = _kml_tree(path)
    assert tree.findtext(".//k:Placemark/k:name", namespaces=KML_NS) == (
        "<b>]]></b> &  <![CDATA[x]]>"
    )


# --- every output read by the analyst's tools, without a warning ------------------------------


def test_geopandas_reads_every_output_without_warnings(dev_build):
    # pytest turns every warning into an error (pyproject: filterwarnings = error).
    out = dev_build.outputs["mentions"].parent
    for path in _outputs(out):
        for layer, _ in pyogrio.list_layers(path):
            frame = gpd.read_file(path, layer=layer)
            assert len(frame), (path.name, layer)


def test_ogrinfo_reads_every_output_without_warnings(dev_build):
    ogrinfo = shutil.which("ogrinfo")
    if ogrinfo is None:
        if os.environ.get("INCIDENTMAP_REQUIRE_GDAL") == "1":
            pytest.fail("INCIDENTMAP_REQUIRE_GDAL=1 but GDAL's ogrinfo is not installed")
        pytest.skip("GDAL's ogrinfo is not installed (Debian: gdal-bin)")
    out = dev_build.outputs["mentions"].parent
    for path in _outputs(out):
        done = subprocess.run(
            [ogrinfo, "-ro", "-al", "-so", str(path)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, (path.name, done.stderr)
        said = done.stdout + done.stderr
        assert not re.search(r"warning|error", said, re.I), (path.name, said[:500])
        assert "Feature Count: 0" not in said, path.name


# --- layers edited elsewhere, read back -------------------------------------------------------


def test_a_layer_resaved_by_geopandas_renders_and_exports(runner, example_build, tmp_path: Path):
    saved = tmp_path / "saved.geojson"
    gpd.read_file(example_build.outputs["incidents"]).to_file(saved)
    assert isinstance(json.loads(saved.read_text())["features"][0]["properties"]["mentions"], str)
    result = runner.invoke(main, ["render", str(saved), "--tiles", "none"])
    assert result.exit_code == 0, result.output
    for fmt in ("csv", "gpkg", "kml"):
        result = runner.invoke(main, ["export", str(saved), "--format", fmt])
        assert result.exit_code == 0, result.output
    back = read_layer(saved)
    assert list(back.index) == list(example_build.places.index)
    assert back.iloc[0]["mentions"] == example_build.places.iloc[0]["mentions"]


@pytest.mark.parametrize("fmt", ["csv", "kml", "gpkg"])
def test_exporting_the_districts_layer_says_it_wants_the_incidents_layer(
    runner, example_build, fmt
):
    result = runner.invoke(
        main, ["export", str(example_build.outputs["districts"]), "--format", fmt]
    )
    assert result.exit_code == 1
    assert "districts layer" in result.output and "incidents.geojson" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_export_to_a_missing_folder_names_the_users_path(runner, example_build, tmp_path):
    target = tmp_path / "nowhere" / "x.gpkg"
    args = [
        "export",
        str(example_build.outputs["incidents"]),
        "--format",
        "gpkg",
        "-o",
        str(target),
    ]
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert f"{target}: cannot write" in result.output
    assert ".partial" not in result.output and "/." not in result.output
    assert not list(tmp_path.rglob("*.gpkg"))


def _edited(tmp_path: Path, change) -> Path:
    """The example layer with one feature changed as an analyst's tool might."""
    source = Path(__file__).parent / "data" / "layers" / "edited.geojson"
    data = json.loads(source.read_text(encoding="utf-8"))
    change(data["features"][1])
    path = tmp_path / "edited.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


EDITS = {
    "unknown district id": (
        lambda f: f["properties"].update(district_id="PAK-ADM2-NOPE"), "district_id"),
    "mentions not a list": (lambda f: f["properties"].update(mentions="see notes"), "mentions"),
    "a mention not an object": (lambda f: f["properties"].update(mentions=["x"]), "mentions"),
    "a polygon": (lambda f: f.update(geometry={"type": "Polygon", "coordinates": [
        [[66.0, 30.0], [66.1, 30.0], [66.1, 30.1], [66.0, 30.0]]]}), "geometry"),
    "no geometry": (lambda f: f.update(geometry=None), "geometry"),
    "null properties": (lambda f: f.update(properties=None), "name"),
    "Name and name": (lambda f: f["properties"].update(Name="Other"), "Name"),
    "unknown role": (lambda f: f["properties"].update(role="maybe"), "role"),
    "confidence as text": (lambda f: f["properties"].update(confidence="high"), "confidence"),
}  # fmt: skip


@pytest.mark.parametrize("edit", sorted(EDITS))
@pytest.mark.parametrize("command", ["render", "csv", "gpkg", "kml"])
def test_an_edited_layer_fails_in_one_line_naming_feature_and_field(
    runner, tmp_path: Path, edit: str, command: str
):
    change, field = EDITS[edit]
    layer = _edited(tmp_path, change)
    args = (
        ["render", str(layer)]
        if command == "render"
        else ["export", str(layer), "--format", command]
    )
    result = runner.invoke(main, args)
    assert result.exit_code == 1, result.output
    line = result.output.strip()
    assert len(line.splitlines()) == 1 and "unexpected" not in line
    assert f"{layer}: feature 2 (" in line and f"): {field}: " in line, line


def test_an_edited_layer_that_is_still_valid_renders(runner, tmp_path: Path):
    def edit(feature):
        feature["properties"].update(
            confidence="0.7", district_id=None, names_in_text='["A", "B"]', kind=None,
            confidence_level="very high", place_id="extra:copy",
        )  # fmt: skip

    layer = _edited(tmp_path, edit)
    result = runner.invoke(main, ["render", str(layer), "--tiles", "none"])
    assert result.exit_code == 0, result.output
    places = read_layer(layer)
    assert places.iloc[1]["confidence_level"] is None and places.iloc[1]["confidence"] == 0.7
    assert "place_id" not in places.columns
    assert runner.invoke(main, ["export", str(layer), "--format", "gpkg"]).exit_code == 0


def test_checks_between_stages_name_the_problem(example_build):
    from shapely.geometry import Polygon

    from incidentmap._validate import check_districts_layer, check_places
    from incidentmap.errors import ValidationError

    places = example_build.places
    districts = load_districts()
    check_places(places, where="places", district_ids=districts["district_id"])
    with pytest.raises(ValidationError, match="CRS is EPSG:3857"):
        check_places(places.to_crs("EPSG:3857"), where="places")
    with pytest.raises(ValidationError, match="missing column"):
        check_places(places.drop(columns="role"), where="places")
    moved = places.copy()
    moved.loc[moved.index[2], "geometry"] = Polygon([(66, 30), (66.1, 30), (66.1, 30.1)])
    with pytest.raises(ValidationError, match=r"places: feature 3 \(.*\): geometry: a Polygon"):
        check_places(moved, where="places")
    with pytest.raises(ValidationError, match="district_id: 'X' is not a district"):
        check_places(places.assign(district_id="X"), where="p", district_ids=["Y"])
    check_districts_layer(districts, where="pak_adm2.geojson")
    with pytest.raises(ValidationError, match="used twice"):
        check_districts_layer(pd.concat([districts, districts.iloc[:1]]), where="d")
