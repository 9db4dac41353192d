"""The analyst's workflow in a build: a time window, and a report that crashes geoparsing.

Corrections, the project file, the per-report cache and watch have files of their own
(test_corrections.py, test_project.py, test_report_cache.py, test_watch.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from incidentmap.cli import main
from incidentmap.options import BuildOptions
from incidentmap.pipeline import build


@pytest.fixture
def reports(example_copy: Path) -> Path:
    return example_copy


def test_time_window_keeps_mentions_in_range_and_lists_the_rest(reports, tmp_path):
    result = build([reports], tmp_path / "out", BuildOptions(tiles="none", since="2026-02-03"))
    rows = (tmp_path / "out" / "mentions.csv").read_text(encoding="utf-8")
    assert "outside the time window" in rows
    kept = {m["event_date"] for ms in result.places["mentions"] for m in ms}
    assert kept and min(kept) >= "2026-02-03"
    assert result.run["time_window"] == {"since": "2026-02-03", "until": None}


def test_a_report_whose_geoparsing_crashes_is_skipped_not_fatal(
    reports, tmp_path, runner, monkeypatch
):
    import incidentmap.pipeline as pipeline

    real = pipeline.geoparse_report

    def flaky(report, gazetteer):
        if report.doc_id == "quetta-red-zone":
            raise RuntimeError("odd input")
        return real(report, gazetteer)

    monkeypatch.setattr(pipeline, "geoparse_report", flaky)
    result = build([reports], tmp_path / "out", BuildOptions(tiles="none", use_cache=False))
    assert [s.reason for s in result.skipped] == ["geoparsing failed (RuntimeError: odd input)"]
    assert "quetta-red-zone" not in {r["doc_id"] for r in result.run["read"]}
    assert result.run["counts"]["reports_skipped"] == 1 and len(result.places) > 5
    args = ["build", str(reports), "-o", str(tmp_path / "strict"), "--no-cache", "--strict"]
    strict = runner.invoke(main, args)
    assert strict.exit_code == 1 and "geoparsing failed" in strict.output
