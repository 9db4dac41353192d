"""Command-line habits other GIS tools taught analysts: -v/-q everywhere, formats in any
case, examples in every help, a way to free the cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from incidentmap.cli import main

COMMANDS = [
    ["build"], ["render"], ["export"], ["eval"],
    ["data"], ["data", "list"], ["data", "path"], ["data", "fetch"], ["data", "clean"],
]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_takes_v_and_q_and_shows_an_example(runner, command):
    result = runner.invoke(main, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "-v, --verbose" in result.output and "-q, --quiet" in result.output
    assert "Example" in result.output
    assert "\\b" not in result.output and "\b" not in result.output


def test_quiet_silences_the_summary_before_or_after_the_command(runner, example_dir, tmp_path):
    out = str(tmp_path / "out")
    loud = runner.invoke(main, ["build", str(example_dir), "-o", out, "--tiles", "none"])
    assert loud.exit_code == 0 and "incident places" in loud.output
    for args in (["-q", "build", str(example_dir)], ["build", "-q", str(example_dir)]):
        result = runner.invoke(main, [*args, "-o", out, "--tiles", "none"])
        assert result.exit_code == 0, result.output
        assert result.output == ""
    layer = str(tmp_path / "out" / "incidents.geojson")
    assert runner.invoke(main, ["render", layer, "-q"]).output == ""
    assert runner.invoke(main, ["export", layer, "--format", "kml", "-q"]).output == ""
    assert "wrote" in runner.invoke(main, ["export", layer, "--format", "kml"]).output


def test_skipped_reports_are_still_listed_with_one_q_but_not_two(runner, tmp_path: Path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.md").write_text("Gunmen attacked a check post in Sibi on Saturday.\n")
    (folder / "empty.txt").write_text("")
    one = runner.invoke(main, ["build", str(folder), "-o", str(tmp_path / "o"), "-q"])
    assert one.exit_code == 0 and "skipped" in one.output and "incident places" not in one.output
    two = runner.invoke(main, ["build", str(folder), "-o", str(tmp_path / "o"), "-qq"])
    assert two.exit_code == 0 and two.output == ""


def test_verbose_after_the_command_raises_the_log_level(runner, example_dir, tmp_path):
    import logging

    root = logging.getLogger()
    before = root.level
    try:
        args = ["build", str(example_dir), "-o", str(tmp_path / "o"), "-vv"]
        assert runner.invoke(main, args).exit_code == 0
        assert root.level == logging.DEBUG
        assert runner.invoke(main, ["-v", "data", "path", "-q", "-q"]).exit_code == 0
        assert root.level == logging.ERROR  # one up, two down: counted together
    finally:
        root.setLevel(before)


@pytest.mark.parametrize("fmt", ["GPKG", "Kml", "csv"])
def test_format_is_case_insensitive(runner, example_build, tmp_path, fmt):
    target = tmp_path / f"x.{fmt.lower()}"
    args = ["export", str(example_build.outputs["incidents"]), "--format", fmt, "-o", str(target)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert target.stat().st_size > 0


def test_data_clean_frees_the_per_report_cache(runner, example_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENTMAP_CACHE_DIR", str(tmp_path / "cache"))
    out = str(tmp_path / "out")
    assert runner.invoke(main, ["build", str(example_dir), "-o", out]).exit_code == 0
    reports = tmp_path / "cache" / "reports"
    assert any(reports.iterdir())
    (tmp_path / "cache" / "geocoder.sqlite").write_bytes(b"answers")
    dry = runner.invoke(main, ["data", "clean", "--dry-run"])
    assert dry.exit_code == 0 and "would remove per-report results: 7 files" in dry.output
    assert any(reports.iterdir())
    done = runner.invoke(main, ["data", "clean"])
    assert done.exit_code == 0 and "removed per-report results: 7 files" in done.output
    assert not list(reports.glob("*.json.zlib")) and not list(
        (tmp_path / "cache").glob("gazetteer-*")
    )
    assert (tmp_path / "cache" / "geocoder.sqlite").exists()  # not rebuilt offline: kept
    assert runner.invoke(main, ["data", "clean", "--geocoder"]).exit_code == 0
    assert not (tmp_path / "cache" / "geocoder.sqlite").exists()
    again = runner.invoke(main, ["build", str(example_dir), "-o", out])
    assert again.exit_code == 0 and "7 reports" in again.output


def test_data_path_names_are_case_insensitive(runner):
    result = runner.invoke(main, ["data", "path", "GEODATA"])
    assert result.exit_code == 0 and Path(result.output.strip(), "pak_adm2.geojson").is_file()
