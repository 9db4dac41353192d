"""The analyst's workflow: time window, corrections, project file, incremental and watch."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import pytest

from incidentmap.cli import main
from incidentmap.corrections import load_corrections
from incidentmap.errors import InputError
from incidentmap.pipeline import build
from incidentmap.watch import watch_sources


def _layer(out: Path) -> dict[str, dict]:
    data = json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))
    return {f["properties"]["name"]: f for f in data["features"]}


@pytest.fixture
def reports(tmp_path: Path, example_dir: Path) -> Path:
    folder = tmp_path / "reports"
    shutil.copytree(example_dir, folder, ignore=shutil.ignore_patterns("*.json", "README.md"))
    return folder


def test_incremental_build_skips_unchanged_reports_and_equals_a_clean_build(reports, tmp_path):
    first = build([reports], tmp_path / "a", tiles="none")
    second = build([reports], tmp_path / "b", tiles="none")
    n = first.run["counts"]["reports_read"]
    assert second.run["counts"]["reports_from_cache"] == n
    assert second.run["counts"]["reports_parsed"] == 0
    edited = sorted(reports.glob("*.md"))[0]
    # A sentence no earlier run has seen, so the session cache cannot hold it.
    fresh = f"\nA blast also hit Kharan ({uuid.uuid4().hex}).\n"
    edited.write_text(edited.read_text(encoding="utf-8") + fresh, encoding="utf-8")
    third = build([reports], tmp_path / "c", tiles="none")
    assert third.run["counts"]["reports_parsed"] == 1
    build([reports], tmp_path / "d", tiles="none", use_cache=False)
    for name in ("incidents.geojson", "districts.geojson", "mentions.csv"):
        assert (tmp_path / "c" / name).read_bytes() == (tmp_path / "d" / name).read_bytes()


def test_time_window_keeps_mentions_in_range_and_lists_the_rest(reports, tmp_path):
    result = build([reports], tmp_path / "out", tiles="none", since="2026-02-03")
    rows = (tmp_path / "out" / "mentions.csv").read_text(encoding="utf-8")
    assert "outside the time window" in rows
    kept = {m["event_date"] for ms in result.places["mentions"] for m in ms}
    assert kept and min(kept) >= "2026-02-03"
    assert result.run["time_window"] == {"since": "2026-02-03", "until": None}


def test_corrections_are_applied_recorded_and_never_overwritten(reports, tmp_path):
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
    result = build([reports], out, tiles="none")
    places = _layer(out)
    kharan = places["Kharan"]["properties"]
    assert kharan["role"] == "context"
    assert "corrected_by_analyst" in kharan["confidence_factors"]
    assert places["Nushki"]["geometry"]["coordinates"] == [66.0212, 29.5535]
    assert places["Pasni"]["properties"]["district"] == "Kech"
    assert "Dalbandin" not in places
    assert result.run["corrections"]["rows"] == 4
    assert corrections.read_bytes() == before


def test_bad_corrections_file_names_the_line(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_text("doc_id,surface,place,fix,value,note\n,Quetta,,move,1,\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"corrections.csv:2"):
        load_corrections(path)


def test_project_file_lets_build_run_with_no_arguments(reports, runner, monkeypatch):
    (reports / "incidentmap.toml").write_text(
        'title = "Project title"\nsources = ["."]\noutdir = "out"\ntiles = "none"\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(reports)
    result = runner.invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    run = json.loads((reports / "out" / "run.json").read_text(encoding="utf-8"))
    assert run["options"]["title"] == "Project title"
    # A second build must not read its own outputs (map.html) as a report.
    result = runner.invoke(main, ["build", "--title", "Given wins"])
    run = json.loads((reports / "out" / "run.json").read_text(encoding="utf-8"))
    assert run["options"]["title"] == "Given wins"
    assert not any("map" in r["doc_id"] for r in run["read"])


def test_build_without_sources_or_project_is_a_usage_error(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(main, ["build"]).exit_code == 2


def test_watch_rebuilds_when_a_report_changes(reports):
    builds = []

    def rebuild() -> None:
        builds.append(1)
        if len(builds) == 1:
            (reports / "new.md").write_text("A blast hit Kharan.\n", encoding="utf-8")

    count = watch_sources([reports], rebuild, interval=0, max_rebuilds=1, sleep=lambda _: None)
    assert count == 2


def test_corrections_in_one_report_move_the_point_and_lower_confidence(reports, tmp_path):
    (reports / "corrections.csv").write_text(
        "doc_id,surface,place,fix,value,note\n"
        'nushki-standoff-ends,,Nushki,coordinates,"29.6,66.1",moved in one report only\n'
        ",,Kalat,role,context,\n",
        encoding="utf-8",
    )
    build([reports], tmp_path / "out", tiles="none")
    places = _layer(tmp_path / "out")
    assert places["Nushki"]["geometry"]["coordinates"] == [66.1, 29.6]
    kalat = places["Kalat"]["properties"]
    assert kalat["role"] == "context" and kalat["confidence"] < 0.2


def test_district_fix_naming_an_unknown_district_is_refused(reports, tmp_path):
    (reports / "corrections.csv").write_text(
        "doc_id,surface,place,fix,value,note\n,,Quetta,district,Atlantis,\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match="Atlantis"):
        build([reports], tmp_path / "out", tiles="none")


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('since = "31 Jan 2026"', "since must be a date"),
        ("min_confidence = 7", "between 0 and 1"),
        ("workers = 0", "at least 1"),
        ('country = "AF"', "unknown setting"),
    ],
)
def test_project_file_values_are_checked(tmp_path, setting, message):
    from incidentmap.project import load_project

    path = tmp_path / "incidentmap.toml"
    path.write_text(setting + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_project(path)


def test_project_file_takes_unquoted_toml_dates(tmp_path):
    from incidentmap.project import load_project

    path = tmp_path / "incidentmap.toml"
    path.write_text("since = 2026-01-30\n", encoding="utf-8")
    assert load_project(path)["since"] == "2026-01-30"


def test_a_report_whose_geoparsing_crashes_is_skipped_not_fatal(
    reports, tmp_path, runner, monkeypatch
):
    import incidentmap.pipeline as pipeline

    real = pipeline.resolved_mentions_from_report

    def flaky(report, gazetteer):
        if report.doc_id == "quetta-red-zone":
            raise RuntimeError("odd input")
        return real(report, gazetteer)

    monkeypatch.setattr(pipeline, "resolved_mentions_from_report", flaky)
    result = build([reports], tmp_path / "out", tiles="none", use_cache=False)
    assert [s.reason for s in result.skipped] == ["geoparsing failed (RuntimeError: odd input)"]
    assert "quetta-red-zone" not in {r.doc_id for r in result.reports}
    assert result.run["counts"]["reports_skipped"] == 1 and len(result.places) > 5
    args = ["build", str(reports), "-o", str(tmp_path / "strict"), "--no-cache", "--strict"]
    strict = runner.invoke(main, args)
    assert strict.exit_code == 1 and "geoparsing failed" in strict.output


def test_watch_with_the_outputs_in_the_source_folder_sees_new_reports_and_only_them(reports):
    """Writing the outputs is no change; a report added beside them is (outdir = source)."""
    builds: list[int] = []

    def rebuild() -> None:
        result = build([reports], reports, tiles="none")
        builds.append(result.run["counts"]["reports_read"])
        if len(builds) < 3:
            (reports / f"new{len(builds)}.md").write_text("A blast hit Kharan.\n", encoding="utf-8")

    polls: list[float] = []

    def sleep(seconds: float) -> None:
        polls.append(seconds)
        if len(polls) > len(builds) + 2:
            raise TimeoutError("idle")

    with pytest.raises(TimeoutError):
        watch_sources([reports], rebuild, interval=0, sleep=sleep)
    assert builds == [builds[0], builds[0] + 1, builds[0] + 2]


# --- a project file from someone else ------------------------------------------------------


def _project(folder: Path, text: str) -> None:
    (folder / "incidentmap.toml").write_text(text + '\ntiles = "none"\n', encoding="utf-8")


@pytest.mark.parametrize("where", ["absolute", "parent", "link"])
def test_a_project_file_cannot_send_the_outputs_out_of_its_folder(
    reports, runner, monkeypatch, tmp_path, where
):
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "map.html").write_text("someone else's map", encoding="utf-8")
    outdir = {"absolute": str(victim), "parent": "../victim", "link": "out-link"}[where]
    (reports / "out-link").symlink_to(victim)
    _project(reports, f'sources = ["."]\noutdir = "{outdir}"')
    monkeypatch.chdir(reports)
    result = runner.invoke(main, ["build"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {reports / 'incidentmap.toml'}: outdir {reports / outdir} lies outside the "
        "project folder; give it on the command line (-o/--outdir) to use it\n"
    )
    assert (victim / "map.html").read_text(encoding="utf-8") == "someone else's map"
    # Said on the command line, it is the user's choice.
    result = runner.invoke(main, ["build", "-o", str(victim)])
    assert result.exit_code == 0, result.output
    assert (victim / "run.json").is_file()


def test_a_project_file_cannot_read_reports_out_of_its_folder(
    reports, runner, monkeypatch, tmp_path
):
    elsewhere = tmp_path / "private"
    elsewhere.mkdir()
    (elsewhere / "notes.txt").write_text("A private note about Quetta.\n", encoding="utf-8")
    _project(reports, f'sources = [".", "{elsewhere}"]\noutdir = "out"')
    monkeypatch.chdir(reports)
    result = runner.invoke(main, ["build"])
    assert result.exit_code == 1
    assert f"sources {elsewhere} lies outside the project folder" in result.stderr
    assert not (reports / "out").exists()
    result = runner.invoke(main, ["build", ".", str(elsewhere)])  # given here: read
    assert result.exit_code == 0, result.output
    run = json.loads((reports / "out" / "run.json").read_text(encoding="utf-8"))
    assert "notes" in {r["doc_id"] for r in run["read"]}


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("workers = 120", "workers: 120 is not in the range 1<=x<=64."),
        ("min_confidence = 1.5", "min_confidence must be between 0 and 1"),
        ('outdir = "a-file"', "outdir: Directory '"),
    ],
)
def test_project_file_values_are_held_to_the_command_line_bounds(reports, runner, setting, message):
    (reports / "a-file").write_text("x", encoding="utf-8")
    _project(reports, setting)
    result = runner.invoke(main, ["build", str(reports), "-o", str(reports / "out")])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"Error: {reports / 'incidentmap.toml'}: ") and message in line


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
