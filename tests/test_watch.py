"""watch.py: ``build --watch`` rebuilds on a change to the reports, and only then."""

from __future__ import annotations

from pathlib import Path

import pytest

from incidentmap import watch
from incidentmap.cli import main
from incidentmap.options import BuildOptions
from incidentmap.pipeline import build
from incidentmap.watch import snapshot, watch_sources


@pytest.fixture
def reports(example_copy: Path) -> Path:
    return example_copy


def test_the_snapshot_leaves_out_hidden_files_and_sees_new_reports(reports: Path):
    before = snapshot([reports])
    assert before and all(Path(name).is_file() for name in before)
    (reports / ".notes.md").write_text("hidden\n", encoding="utf-8")
    (reports / ".git").mkdir()
    (reports / ".git" / "index").write_text("x", encoding="utf-8")
    assert snapshot([reports]) == before
    (reports / "new.md").write_text("A blast hit Kharan.\n", encoding="utf-8")
    assert set(snapshot([reports])) - set(before) == {str(reports / "new.md")}


def test_watch_rebuilds_when_a_report_changes(reports):
    builds = []

    def rebuild() -> None:
        builds.append(1)
        if len(builds) == 1:
            (reports / "new.md").write_text("A blast hit Kharan.\n", encoding="utf-8")

    count = watch_sources([reports], rebuild, interval=0, max_rebuilds=1, sleep=lambda _: None)
    assert count == 2


def test_watch_with_the_outputs_in_the_source_folder_sees_new_reports_and_only_them(reports):
    """Writing the outputs is no change; a report added beside them is (outdir = source)."""
    builds: list[int] = []

    def rebuild() -> None:
        result = build([reports], reports, BuildOptions(tiles="none"))
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


def test_build_watch_rebuilds_and_reports_a_failed_build_without_stopping(
    reports: Path, tmp_path: Path, runner, monkeypatch: pytest.MonkeyPatch
):
    """The CLI's watch loop, bounded by calling the real loop with ``max_rebuilds``."""
    polls: list[float] = []

    def sleep(seconds: float) -> None:
        polls.append(seconds)
        if len(polls) == 1:  # a bad corrections file: that build fails, the watch goes on
            (reports / "corrections.csv").write_text("no header\n", encoding="utf-8")
        elif len(polls) == 2:
            (reports / "corrections.csv").unlink()

    real = watch.watch_sources

    def bounded(sources, rebuild, **options):
        return real(sources, rebuild, **{**options, "max_rebuilds": 2, "sleep": sleep})

    monkeypatch.setattr(watch, "watch_sources", bounded)
    out = tmp_path / "out"
    result = runner.invoke(
        main,
        ["build", str(reports), "-o", str(out), "--tiles", "none", "--watch", "--interval", "7"],
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.count("Error: ") == 1 and "corrections.csv: no header" in result.stderr
    assert polls == [7.0, 7.0] and (out / "incidents.geojson").is_file()
