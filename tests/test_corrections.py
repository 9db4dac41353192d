"""corrections.py: an analyst's corrections.csv read, matched to mentions and applied."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incidentmap.corrections import (
    apply_corrections,
    check_districts,
    find_corrections,
    load_corrections,
)
from incidentmap.errors import InputError
from incidentmap.models import Report
from incidentmap.options import BuildOptions
from incidentmap.pipeline import build, geoparse_report

HEADER = "doc_id,surface,place,fix,value,note\n"
REPORT = Report("r1", "A blast hit Kharan on Monday. Officials in Quetta condemned it.", "r1.txt")


@pytest.fixture
def reports(example_copy: Path) -> Path:
    return example_copy


def _layer(out: Path) -> dict[str, dict]:
    data = json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))
    return {f["properties"]["name"]: f for f in data["features"]}


def _corrections(tmp_path: Path, rows: str) -> list:
    path = tmp_path / "corrections.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return load_corrections(path)


def _by_surface(resolved) -> dict:
    return {r.mention.surface: r for r in resolved}


# --- reading the file ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (",Quetta,,move,1,", "fix must be one of coordinates, district, not_a_place, role"),
        (",,,role,context,", "give the mention's surface or the place"),
        (",Quetta,,role,victim,", "a role fix needs the value incident or context"),
        (',Quetta,,coordinates,"30.2",', "coordinates must be 'lat,lon'"),
        (',Quetta,,coordinates,"95,66",', "coordinates out of range"),
        (",Quetta,,district,,", "a district fix needs the district's name"),
    ],
)
def test_each_bad_row_is_refused_naming_its_line_and_reason(tmp_path, row, message):
    with pytest.raises(InputError, match=r"corrections.csv:2: ") as info:
        _corrections(tmp_path, row + "\n")
    assert message in str(info.value)


def test_an_empty_file_corrects_nothing_and_a_bom_is_read(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_text("", encoding="utf-8")
    assert load_corrections(path) == []
    path.write_bytes(("\ufeff" + HEADER + ",Quetta,,role,context,\n").encode("utf-8"))
    (row,) = load_corrections(path)
    assert (row.line, row.doc_id, row.surface) == (2, "", "Quetta")


def test_only_report_folders_are_searched_for_corrections(tmp_path, reports):
    (reports / "corrections.csv").write_text(HEADER, encoding="utf-8")
    report = next(reports.glob("*.md"))
    assert find_corrections([reports, report, tmp_path / "missing"]) == [
        reports / "corrections.csv"
    ]


def test_a_district_fix_must_name_a_district_of_the_layer(tmp_path):
    corrections = _corrections(tmp_path, ",Quetta,,district,kech,\n,Sibi,,district,Atlantis,\n")
    with pytest.raises(InputError, match=r"corrections.csv:3: no district called 'Atlantis'"):
        check_districts(corrections, {"Kech", "Quetta"})
    check_districts(corrections[:1], {"Kech"})  # case does not matter


# --- matching and applying ----------------------------------------------------------------


def test_a_row_matches_only_when_every_column_it_fills_agrees(tmp_path, gazetteer):
    resolved = _by_surface(geoparse_report(REPORT, gazetteer))
    kharan, quetta = resolved["Kharan"], resolved["Quetta"]
    rows = _corrections(
        tmp_path,
        "r1,kharan,,role,context,\n"  # surface folded
        "r2,Kharan,,role,context,\n"  # another report
        f",,{kharan.entry.id},role,context,\n"  # the place by id
        ",Kharan,Quetta,role,context,\n",  # surface and place disagree
    )
    assert [row.matches(kharan) for row in rows] == [True, False, True, False]
    assert not any(row.matches(quetta) for row in rows[:3])


def test_every_fix_changes_what_it_says_and_records_it(tmp_path, gazetteer):
    resolved = geoparse_report(REPORT, gazetteer)
    rows = _corrections(
        tmp_path,
        ",Quetta,,role,incident,seen there\n"
        ',Kharan,,coordinates,"28.6,65.4",\n'
        ",Kharan,,district,Washuk,\n",
    )
    fixed = _by_surface(apply_corrections(resolved, rows))
    quetta, kharan = fixed["Quetta"], fixed["Kharan"]
    assert (quetta.role, quetta.confidence, quetta.factors["p_report"]) == ("incident", 0.99, 0.99)
    assert quetta.role_reason == "corrections.csv line 2: role (seen there)"
    # Rows apply in file order: the district fix keeps the corrected point.
    assert (kharan.entry.lat, kharan.entry.lon, kharan.entry.point_precision) == (28.6, 65.4, 1)
    assert kharan.entry.raw["district_override"] == "Washuk"
    assert kharan.entry.raw["corrected_by_analyst"] == "corrections.csv line 4: district"
    assert kharan.factors["corrected_by_analyst"] == 1.0


def test_not_a_place_unplaces_the_mention(tmp_path, gazetteer):
    resolved = geoparse_report(REPORT, gazetteer)
    (row,) = _corrections(tmp_path, ",Kharan,,not_a_place,,\n")
    kharan = _by_surface(apply_corrections(resolved, [row]))["Kharan"]
    assert kharan.entry is None and kharan.confidence == 0.0
    assert kharan.resolve_reason == "not a place, corrections.csv line 2: not_a_place"


# --- in a build -----------------------------------------------------------------------------


def test_corrections_are_applied_recorded_and_never_overwritten(reports: Path, tmp_path: Path):
    corrections = reports / "corrections.csv"
    corrections.write_text(
        "doc_id,surface,place,fix,value,note\n"
        ",,Kharan,role,context,checked: no attack there\n"
        ',,Nushki,coordinates,"29.5535,66.0212",FC headquarters\n'
        ",,Pasni,district,Kech,test of a district fix\n"
        ",Dalbandin,,not_a_place,,\n",
        encoding="utf-8",
    )
    before = corrections.read_bytes()
    out = tmp_path / "out"
    result = build([reports], out, BuildOptions(tiles="none"))
    places = _layer(out)
    kharan = places["Kharan"]["properties"]
    assert kharan["role"] == "context"
    assert "corrected_by_analyst" in kharan["confidence_factors"]
    assert places["Nushki"]["geometry"]["coordinates"] == [66.0212, 29.5535]
    assert places["Pasni"]["properties"]["district"] == "Kech"
    assert "Dalbandin" not in places
    assert result.run["corrections"]["rows"] == 4
    assert corrections.read_bytes() == before


def test_corrections_in_one_report_move_the_point_and_lower_confidence(
    reports: Path, tmp_path: Path
):
    (reports / "corrections.csv").write_text(
        "doc_id,surface,place,fix,value,note\n"
        'nushki-standoff-ends,,Nushki,coordinates,"29.6,66.1",moved in one report only\n'
        ",,Kalat,role,context,\n",
        encoding="utf-8",
    )
    build([reports], tmp_path / "out", BuildOptions(tiles="none"))
    places = _layer(tmp_path / "out")
    assert places["Nushki"]["geometry"]["coordinates"] == [66.1, 29.6]
    kalat = places["Kalat"]["properties"]
    assert kalat["role"] == "context" and kalat["confidence"] < 0.2


def test_district_fix_naming_an_unknown_district_is_refused(reports: Path, tmp_path: Path):
    (reports / "corrections.csv").write_text(
        "doc_id,surface,place,fix,value,note\n,,Quetta,district,Atlantis,\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match="Atlantis"):
        build([reports], tmp_path / "out", BuildOptions(tiles="none"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (",,Kharan,role,context,\n", r"corrections.csv: no header line \(the first line must be"),
        ("doc_id,surface,place,fix,value,note\n,Quetta,,role,context,,extra\n",
         r"corrections.csv:2: more values than the header has columns"),
        ("doc_id,surfce,place,fix,value,note\n,Quetta,,role,context,\n",
         r"corrections.csv:1: unknown column\(s\) surfce"),
    ],
)  # fmt: skip
def test_a_corrections_file_without_its_header_is_refused(tmp_path, text, message):
    path = tmp_path / "corrections.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_corrections(path)


def test_a_corrections_header_with_spaces_still_applies(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_text("doc_id, surface, place, fix, value, note\n,Quetta,,role,context,\n")
    (row,) = load_corrections(path)
    assert (row.surface, row.fix, row.value) == ("Quetta", "role", "context")
