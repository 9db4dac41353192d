"""Per-report work across processes and on Dask gives byte-identical outputs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from incidentmap.cli import main
from incidentmap.errors import DataError
from incidentmap.models import Report
from incidentmap.parallel import batches_by_size, resolve_batch
from incidentmap.pipeline import build, resolved_mentions_from_report

#: Outputs that must not depend on how the work was spread (run.json has timings).
COMPARED = ("incidents.geojson", "districts.geojson", "mentions.csv", "map.html")


@pytest.fixture(scope="module")
def sources(dev_dir: Path, example_dir: Path, own_dir: Path) -> list[Path]:
    return [dev_dir, example_dir, own_dir]


@pytest.fixture(scope="module")
def serial(sources: list[Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("serial")
    build(sources, out, tiles="none", use_cache=False)
    return {name: (out / name).read_bytes() for name in COMPARED}


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in COMPARED}


def test_batches_keep_order_and_size():
    reports = [Report(doc_id=str(i), text="x" * n, path="") for i, n in enumerate([5, 5, 5, 20, 1])]
    batches = batches_by_size(reports, 10)
    assert [[r.doc_id for r in b] for b in batches] == [["0", "1"], ["2"], ["3"], ["4"]]
    assert [r for b in batches for r in b] == reports


def test_worker_with_another_gazetteer_refuses(gazetteer):
    report = Report(doc_id="a", text="Gunmen attacked a bus in Quetta.", path="a.txt")
    ok = resolve_batch([report], resolved_mentions_from_report,
                       gazetteer_version=gazetteer.version, version=_version())  # fmt: skip
    assert ok == [resolved_mentions_from_report(report, gazetteer)]
    with pytest.raises(DataError, match="gazetteer"):
        resolve_batch([report], resolved_mentions_from_report, gazetteer_version="other",
                      version=_version())  # fmt: skip


def _version() -> str:
    from incidentmap import __version__

    return __version__


def test_two_worker_processes_give_identical_outputs(sources, serial, tmp_path: Path):
    result = build(sources, tmp_path, tiles="none", workers=2, use_cache=False)
    assert _outputs(tmp_path) == serial
    assert result.run["counts"]["reports_parsed"] == len(result.reports)


@pytest.fixture(scope="module")
def dask_client() -> Iterator[object]:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,  # fmt: skip
        distributed.Client(cluster) as client,
    ):
        yield client


def test_dask_local_cluster_gives_identical_outputs(sources, serial, dask_client, tmp_path):
    result = build(sources, tmp_path, tiles="none", scheduler=dask_client, use_cache=False)
    assert _outputs(tmp_path) == serial
    assert result.run["counts"]["reports_parsed"] == len(result.reports)
    assert result.run["scheduler"] == dask_client.scheduler.address


def test_build_scheduler_option_takes_an_address(sources, serial, dask_client, runner, tmp_path):
    address = dask_client.scheduler.address
    args = ["build", *map(str, sources), "-o", str(tmp_path), "--tiles", "none",
            "--scheduler", address, "--no-cache"]  # fmt: skip
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert _outputs(tmp_path) == serial
