"""Every command through click's CliRunner, on real data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from incidentmap.cli import main


@pytest.mark.parametrize("command", [[], ["build"], ["render"], ["export"], ["data"], ["eval"]])
def test_every_command_has_help_with_an_example(runner, command):
    result = runner.invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_build_then_export_every_format(runner, seeds_dir: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(seeds_dir), "-o", str(out), "--tiles", "none"])
    assert result.exit_code == 0, result.output
    assert "incident places" in result.output
    layer = out / "incidents.geojson"
    for fmt in ("csv", "gpkg", "kml"):
        result = runner.invoke(main, ["export", str(layer), "--format", fmt])
        assert result.exit_code == 0, result.output
        assert layer.with_suffix(f".{fmt}").is_file()
    csv_text = layer.with_suffix(".csv").read_text(encoding="utf-8")
    assert csv_text.splitlines()[0].startswith("event_date,admin1,admin2,location,latitude")
    assert "Nushki" in csv_text
    import geopandas as gpd
    import pyogrio

    gpkg = layer.with_suffix(".gpkg")
    layers = {name for name, _ in pyogrio.list_layers(gpkg)}
    assert layers == {"incidents", "districts", "mentions", "events"}
    assert {"Quetta", "Nushki"} <= set(gpd.read_file(gpkg, layer="incidents")["name"])
    assert "Kech" in set(gpd.read_file(gpkg, layer="districts")["district"])
    assert "<Placemark" in layer.with_suffix(".kml").read_text(encoding="utf-8")
    result = runner.invoke(main, ["export", str(layer), "--format", "acled"])
    assert result.exit_code == 0, result.output
    assert layer.with_suffix(".acled.csv").read_text(encoding="utf-8").startswith("event_id_cnty,")


def test_usage_errors_exit_2(runner, tmp_path: Path):
    assert runner.invoke(main, ["build"]).exit_code == 2
    assert (
        runner.invoke(main, ["export", str(tmp_path / "nope.geojson"), "--format", "csv"]).exit_code
        == 2
    )
    assert runner.invoke(main, ["build", str(tmp_path), "--min-confidence", "7"]).exit_code == 2


def test_bad_layer_is_a_one_line_error(runner, tmp_path: Path):
    bad = tmp_path / "bad.geojson"
    bad.write_text("{not json", encoding="utf-8")
    result = runner.invoke(main, ["export", str(bad), "--format", "csv"])
    assert result.exit_code == 1
    assert "bad.geojson" in result.output and "Traceback" not in result.output


def test_data_list_and_path(runner):
    result = runner.invoke(main, ["data", "list"])
    assert (
        result.exit_code == 0 and "geoBoundaries" in result.output and "CC BY 4.0" in result.output
    )
    result = runner.invoke(main, ["data", "path", "geodata"])
    assert result.exit_code == 0 and Path(result.output.strip(), "pak_adm2.geojson").is_file()


def test_eval_prints_scores_and_json(runner, shared_dir: Path, tmp_path: Path):
    gold = shared_dir / "corpus" / "gold" / "seeds.gold.json"
    seeds = shared_dir / "corpus" / "seeds"
    result = runner.invoke(main, ["eval", "--gold", str(gold), str(seeds)])
    assert result.exit_code == 0, result.output
    assert "F1" in result.output and "calibration" in result.output
    result = runner.invoke(main, ["eval", "--gold", str(gold), str(seeds), "--json"])
    scores = json.loads(result.output)["seeds"]
    assert scores["incident_f1"] >= 0.95 and scores["context_drawn_as_incident"] == 0
    assert scores["reliability"] and "per_report" in scores


@pytest.mark.parametrize("command", [["data", "list"], ["data", "path"], ["--help"]])
def test_output_into_a_closed_pipe_ends_quietly(command: list[str]):
    """`incidentmap data list | head -1`: the reader is gone; no BrokenPipeError is printed."""
    read, write = os.pipe()
    child = subprocess.Popen(
        [sys.executable, "-m", "incidentmap", *command], stdout=write, stderr=subprocess.PIPE
    )
    os.close(write)
    os.close(read)  # before the child (still starting up) writes a byte
    _, err = child.communicate(timeout=120)
    assert err == b""
    shell = subprocess.run(
        f"'{sys.executable}' -m incidentmap {' '.join(command)} | head -c 1",
        shell=True, capture_output=True, timeout=120,
    )  # fmt: skip
    assert shell.stderr == b"" and len(shell.stdout) == 1


def test_the_reports_bar_counts_a_stream_without_holding_it(monkeypatch):
    import io

    from incidentmap import cli

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(cli.sys, "stderr", terminal)
    pulled = []

    def stream():
        for n in range(5):
            pulled.append(n)
            yield n

    bar = cli._progress("Geoparsing")(stream())
    assert next(iter(bar)) == 0 and pulled == [0]  # one at a time, not the list
    assert list(bar) == [1, 2, 3, 4]
    assert "Geoparsing" in terminal.getvalue() and "5" in terminal.getvalue()
