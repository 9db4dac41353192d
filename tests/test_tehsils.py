"""The census tehsil table: derived from its upstream list, placed inside its districts."""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from incidentmap.cli import main
from incidentmap.geocode.local import spelling_variants, tehsil_coverage

REPO = Path(__file__).resolve().parent.parent
TABLE = REPO / "geodata" / "tehsils.csv"
#: 5 km in degrees: simplified borders and coastlines, as for places.csv.
TOLERANCE = 0.045


def _rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_script_rebuilds_the_shipped_table():
    if importlib.util.find_spec("pk_address_checker") is None:
        pytest.skip("upstream list not installed (pk-address-checker: the geodata extra)")
    shipped = TABLE.read_bytes()
    subprocess.run(
        [sys.executable, str(REPO / "geodata/scripts/build_tehsils.py")],
        check=True,
        capture_output=True,
    )
    assert TABLE.read_bytes() == shipped


def test_every_point_lies_in_its_district_polygon():
    districts = gpd.read_file(REPO / "geodata" / "pak_adm2.geojson").set_index("district")
    rows = _rows()
    assert len(rows) >= 590 and len({r["id"] for r in rows}) == len(rows)
    outside = []
    for row in rows:
        polygon = districts.geometry[row["district"]]  # every row names a 2019 polygon
        assert districts.loc[row["district"], "province"] == row["province"], row["id"]
        if row["lat"]:
            point = shapely.Point(float(row["lon"]), float(row["lat"]))
            if not polygon.buffer(TOLERANCE).contains(point):
                outside.append(row["id"])
    assert not outside


def test_balochistan_and_kp_are_covered_district_by_district():
    rows = _rows()
    by_province = {p: [r for r in rows if r["province"] == p] for p in ("Balochistan",)}
    census_districts = {r["census_district"] for r in by_province["Balochistan"]}
    assert len(census_districts) >= 34  # the 2023 districts, newer ones included
    names = {(r["census_district"], r["name"]) for r in rows}
    for expected in [
        ("Kech", "Tump"),
        ("Kech", "Hoshab"),
        ("Mastung", "Khad Kocha"),
        ("Kalat", "Mangochar"),
        ("Dera Bugti", "Pir Koh"),
        ("Khuzdar", "Zehri"),
    ]:
        assert expected in names
    assert sum(r["province"] == "Khyber Pakhtunkhwa" for r in rows) >= 140


def test_misfiled_tehsils_are_back_in_their_districts():
    """The upstream table files some districts' tehsils under the district before them."""
    rows = _rows()
    district = {r["name"]: r["district"] for r in rows}
    assert district["Wana"] == district["Ladha"] == "South Waziristan"
    assert district["Miran Shah"] == district["Razmak"] == "North Waziristan"
    assert sum(r["census_district"] == "Mohmand" for r in rows) == 7
    assert sum(r["census_district"] == "Shangla" for r in rows) == 5
    # ... and four Sindh districts' tehsils under the district before them
    assert district["Nawabshah"] == "Nawabshah" and district["Shahdad Kot"] == "Qambar Shahdadkot"
    assert district["Moro"] == "Naushehro Feroze"
    assert district["Bulri Shah Karim"] == "Tando Muhammad Khan"


def test_coverage_is_reported_by_data_list(runner):
    coverage = tehsil_coverage()
    assert coverage.total == len(_rows()) and 0 < coverage.with_point < coverage.total
    result = runner.invoke(main, ["data", "list"])
    assert result.exit_code == 0
    assert f"tehsils: {coverage.total} of {coverage.total} in the PBS 2023 census list" in (
        result.output
    )


def test_tehsils_join_the_gazetteer_without_duplicating_towns(gazetteer):
    khad_kocha = gazetteer.lookup("Khad Kocha")
    assert [e.district for e in khad_kocha] == ["Mastung"]
    assert khad_kocha[0].precision == 2  # placed at its district, drawn as an area
    assert len(gazetteer.lookup("Tump")) == 1  # the curated town, not a second entry
    assert [e.district for e in gazetteer.lookup("Hurramzai")] == ["Pishin"]  # a variant
    assert gazetteer.lookup("Saddar") == [] or all(
        e.district != "Quetta" for e in gazetteer.lookup("Saddar")
    )  # "Sub-Division Saddar" is not a name of its own


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Killa Abdullah", {"qila abdullah", "qilla abdullah", "kila abdullah"}),
        ("Hurram Zai", {"hurramzai"}),
        ("Dasht E Goran", {"dasht-e-goran", "dasht-i-goran"}),
        ("Tamboo", {"tambu"}),
    ],
)
def test_spelling_variants(name, expected):
    assert expected <= spelling_variants(name)


@pytest.mark.parametrize("name", ["Tump", "Mand", "Nal", "Sui", "Kharan", "Khuzdar"])
def test_no_variants_of_short_names_or_first_letters(name):
    variants = spelling_variants(name)
    assert all(v[0] == name[0].lower() for v in variants)
    assert "karan" not in variants and "kuzdar" not in variants


def test_tehsils_of_newer_districts_name_them():
    """A tehsil of a district carved after 2019 carries it as ``district_current``."""
    rows = _rows()
    for census, polygon in (("Duki", "Loralai"), ("Upper Kohistan", "Kohistan")):
        tehsils = [r for r in rows if r["census_district"] == census]
        assert tehsils, census
        assert {(r["district"], r["district_current"]) for r in tehsils} == {(polygon, census)}
    old = [r for r in rows if r["census_district"] == "Loralai"]
    assert old and all(r["district_current"] == "" for r in old)
