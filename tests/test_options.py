"""options.py: one list of build options, produced by the command line, project file and API."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date, datetime
from pathlib import Path

import pytest

import incidentmap
from incidentmap import pipeline
from incidentmap.cli import build as build_command
from incidentmap.cli import main
from incidentmap.options import (
    OPTION_NAMES,
    PROJECT_OPTIONS,
    BuildOptions,
    options_in_force,
    recorded_options,
)
from incidentmap.project import load_project


@pytest.fixture
def captured(monkeypatch: pytest.MonkeyPatch) -> list[BuildOptions]:
    """The options ``pipeline.build`` (or ``analyse``) is called with; nothing is built."""
    seen: list[BuildOptions] = []

    def fake(sources, *args, **kwargs):
        options = next(a for a in [*args, *kwargs.values()] if isinstance(a, BuildOptions))
        seen.append(options)
        raise SystemExit(0)

    monkeypatch.setattr(pipeline, "build", fake)
    monkeypatch.setattr(pipeline, "analyse", fake)
    return seen


def test_every_option_is_a_command_line_option_of_the_same_name():
    params = {p.name for p in build_command.params}
    assert set(OPTION_NAMES) <= params
    # A project file's values are checked by the very command-line option they stand for.
    assert set(PROJECT_OPTIONS) <= params


def test_the_command_line_gives_its_values_to_the_pipeline(captured, runner, example_copy):
    args = ["build", str(example_copy), "--workers", "2", "--since", "2026-01-30", "--excel",
            "--online", "--no-cache", "--cdn-assets", "--min-confidence", "0.7",
            "--max-excerpts", "5"]  # fmt: skip
    runner.invoke(main, args)
    (options,) = captured
    assert options == BuildOptions(
        workers=2, since="2026-01-30", csv_bom=True, online=True, use_cache=False,
        inline_assets=False, min_confidence=0.7, max_excerpts=5,
    )  # fmt: skip


def test_given_options_win_over_the_project_file_which_wins_over_defaults(
    captured, runner, example_copy
):
    (example_copy / "incidentmap.toml").write_text(
        'title = "From the file"\nworkers = 3\ncsv_bom = true\nsince = 2026-01-30\n',
        encoding="utf-8",
    )
    runner.invoke(main, ["build", str(example_copy), "--workers", "2"])
    (options,) = captured
    assert (options.title, options.workers, options.csv_bom, options.since) == (
        "From the file", 2, True, "2026-01-30",
    )  # fmt: skip
    assert options.tiles == "cartodbpositron"  # the command line's default


def test_options_in_force_ignores_unset_defaults_and_other_parameters():
    options = options_in_force(
        {"title": None, "inline_assets": None, "watch": True, "workers": 1},
        given=set(),
        project={"inline_assets": False, "sources": ["."]},
    )
    assert options == BuildOptions(inline_assets=False)


def test_the_api_takes_the_fields_and_refuses_others(captured, example_dir):
    with pytest.raises(SystemExit):
        incidentmap.analyse(example_dir, since=date(2026, 2, 3), workers=2)
    assert captured[-1] == BuildOptions(since="2026-02-03", workers=2)
    with pytest.raises(TypeError, match="colour"):
        incidentmap.build(example_dir, outdir="out", colour="red")


def test_dates_become_iso_text_whatever_their_type():
    assert BuildOptions(since=datetime(2026, 1, 30, 12), until=date(2026, 2, 1)) == BuildOptions(
        since="2026-01-30", until="2026-02-01"
    )


def test_the_run_record_keeps_the_recorded_options_resolved():
    recorded = BuildOptions(workers=2, online=True).record(title="T", min_confidence=0.5)
    marked = [f.name for f in fields(BuildOptions) if f.metadata.get("recorded")]
    assert list(recorded) == marked
    assert recorded["title"] == "T" and recorded["min_confidence"] == 0.5
    assert recorded["workers"] == 2 and "online" not in recorded


def test_render_takes_the_options_of_the_build_that_wrote_the_layer(tmp_path: Path):
    run = tmp_path / "run.json"
    run.write_text(json.dumps({"options": {"title": "Built", "tiles": "none", "workers": 2,
                                           "unknown": 1}}), encoding="utf-8")  # fmt: skip
    assert recorded_options(run) == BuildOptions(title="Built", tiles="none", workers=2)
    assert recorded_options(run, title="Given", tiles=None).title == "Given"
    for text in ("not json", '{"options": [1, 2]}', "[]"):
        run.write_text(text, encoding="utf-8")
        assert recorded_options(run, min_confidence=0.3) == BuildOptions(min_confidence=0.3)
    assert recorded_options(tmp_path / "missing.json") == BuildOptions()


def test_a_project_file_may_set_the_marked_options_only(tmp_path: Path):
    path = tmp_path / "incidentmap.toml"
    path.write_text("online = true\n", encoding="utf-8")
    with pytest.raises(incidentmap.errors.InputError, match="unknown setting"):
        load_project(path)
    path.write_text("strict = true\ncsv_bom = false\n", encoding="utf-8")
    assert {k: v for k, v in load_project(path).items() if k != "sources"} == {
        "strict": True, "csv_bom": False,
    }  # fmt: skip


def test_max_excerpts_is_held_to_its_bounds_on_the_command_line_and_in_the_project(
    runner, example_copy
):
    result = runner.invoke(main, ["build", str(example_copy), "--max-excerpts", "-1"])
    assert result.exit_code == 2 and "--max-excerpts" in result.stderr
    (example_copy / "incidentmap.toml").write_text("max_excerpts = -3\n", encoding="utf-8")
    result = runner.invoke(main, ["build", str(example_copy), "-o", str(example_copy / "o")])
    assert result.exit_code == 1 and "max_excerpts: -3 is not in the range" in result.stderr
