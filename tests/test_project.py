"""project.py: incidentmap.toml read, checked, held to the command line's bounds and its folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incidentmap.cli import main
from incidentmap.errors import InputError
from incidentmap.project import check_inside, find_project, load_project


@pytest.fixture
def reports(example_copy: Path) -> Path:
    return example_copy


def _write(folder: Path, text: str) -> Path:
    path = folder / "incidentmap.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title = ", "not valid TOML"),
        ("title = 3", "title must be a str"),
        ("workers = true", "workers must be a int"),
        ('sources = ["a", 3]', "sources must be a list of paths"),
        ("until = 2026-13-01", "not valid TOML"),
    ],
)
def test_a_malformed_project_file_is_one_error_naming_it(tmp_path: Path, text: str, message: str):
    path = _write(tmp_path, text + "\n")
    with pytest.raises(InputError, match=message) as info:
        load_project(path)
    assert str(info.value).startswith(f"{path}: ")


def test_paths_are_taken_from_the_project_folder_and_numbers_widened(tmp_path: Path):
    path = _write(tmp_path, 'sources = ["a", "b/c"]\noutdir = "out"\nmin_confidence = 1\n')
    project = load_project(path)
    assert project["sources"] == [tmp_path / "a", tmp_path / "b/c"]
    assert project["outdir"] == tmp_path / "out"
    assert project["min_confidence"] == 1.0 and isinstance(project["min_confidence"], float)
    assert load_project(_write(tmp_path, ""))["sources"] == [tmp_path]


def test_the_project_file_is_found_in_the_current_folder_or_a_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    here, there = tmp_path / "here", tmp_path / "there"
    here.mkdir()
    there.mkdir()
    monkeypatch.chdir(here)
    assert find_project([]) is None
    _write(here, "")
    assert find_project([]) == here / "incidentmap.toml"
    assert find_project([there]) is None  # sources given: the current folder is not asked
    _write(there, "")
    assert find_project([there / "missing.md", there]) == there / "incidentmap.toml"


def test_check_inside_follows_links_out_of_the_folder(tmp_path: Path):
    project = _write(tmp_path, "")
    (tmp_path / "inside").mkdir()
    check_inside(project, "outdir", tmp_path / "inside" / "out")
    (tmp_path / "link").symlink_to(tmp_path.parent)
    with pytest.raises(InputError, match=r"give it on the command line \(SOURCE\)"):
        check_inside(project, "sources", tmp_path / "link" / "x")


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
