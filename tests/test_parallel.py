"""Per-report work across processes and on Dask gives byte-identical outputs."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from incidentmap import store
from incidentmap.cli import main
from incidentmap.errors import DataError
from incidentmap.models import Report
from incidentmap.options import BuildOptions
from incidentmap.parallel import batches_by_size, map_in_processes, resolve_batch
from incidentmap.pipeline import OUTPUT_FILES, build, geoparse_report

#: Outputs that must not depend on how the work was spread (run.json has timings).
COMPARED = tuple(name for name in OUTPUT_FILES.values() if name != "run.json")


@pytest.fixture(scope="module")
def sources(dev_dir: Path, example_dir: Path, own_dir: Path) -> list[Path]:
    return [dev_dir, example_dir, own_dir]


@pytest.fixture(scope="module")
def serial(sources: list[Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("serial")
    build(sources, out, BuildOptions(tiles="none", use_cache=False))
    return {name: (out / name).read_bytes() for name in COMPARED}


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in COMPARED}


def test_batches_keep_order_and_size():
    reports = [Report(doc_id=str(i), text="x" * n, path="") for i, n in enumerate([5, 5, 5, 20, 1])]
    batches = list(batches_by_size(reports, 10))
    assert [[r.doc_id for r in b] for b in batches] == [["0", "1"], ["2"], ["3"], ["4"]]
    assert [r for b in batches for r in b] == reports


def test_worker_with_another_gazetteer_refuses(gazetteer):
    report = Report(doc_id="a", text="Gunmen attacked a bus in Quetta.", path="a.txt")
    ok = resolve_batch([report], geoparse_report,
                       gazetteer_version=gazetteer.version, version=_version())  # fmt: skip
    assert ok == [geoparse_report(report, gazetteer)]
    with pytest.raises(DataError, match="gazetteer"):
        resolve_batch([report], geoparse_report, gazetteer_version="other",
                      version=_version())  # fmt: skip


def _version() -> str:
    from incidentmap import __version__

    return __version__


def test_two_worker_processes_give_identical_outputs(sources, serial, tmp_path: Path):
    result = build(sources, tmp_path, BuildOptions(tiles="none", workers=2, use_cache=False))
    assert _outputs(tmp_path) == serial
    assert result.run["counts"]["reports_parsed"] == result.run["counts"]["reports_read"]


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


def test_many_parts_of_the_store_give_identical_outputs(
    sources, serial, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Places, districts and events merged from many small parts equal those of one part."""
    monkeypatch.setattr(store, "PART_MENTIONS", 40)
    result = build(sources, tmp_path, BuildOptions(tiles="none", use_cache=False))
    assert _outputs(tmp_path) == serial
    assert result.run["counts"]["reports_read"] > 40


def test_dask_local_cluster_gives_identical_outputs(
    sources, serial, dask_client, tmp_path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(store, "PART_MENTIONS", 60)  # Dask groups tallies of many parts
    result = build(
        sources, tmp_path, BuildOptions(tiles="none", scheduler=dask_client, use_cache=False)
    )
    assert _outputs(tmp_path) == serial
    assert result.run["counts"]["reports_parsed"] == result.run["counts"]["reports_read"]
    assert result.run["scheduler"] == dask_client.scheduler.address


def test_build_scheduler_option_takes_an_address(sources, serial, dask_client, runner, tmp_path):
    address = dask_client.scheduler.address
    args = ["build", *map(str, sources), "-o", str(tmp_path), "--tiles", "none",
            "--scheduler", address, "--no-cache"]  # fmt: skip
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert _outputs(tmp_path) == serial


# --- the process pool: stopping it ----------------------------------------------------------


def _square(n: int) -> int:
    return n * n


def _fails_on_seven(n: int) -> int:
    if n == 7:
        raise ValueError("seven")
    return n


def _dies_on_seven(n: int) -> int:
    if n == 7:
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel does when memory runs out
    return n


def test_the_pool_keeps_the_order_of_the_items():
    assert map_in_processes(_square, range(50), workers=3, chunksize=4) == [
        n * n for n in range(50)
    ]
    assert map_in_processes(_square, [], workers=3) == []


def _own_children() -> list[multiprocessing.Process]:
    """Child processes, but those a Dask cluster of an earlier test may still be restarting."""
    return [p for p in multiprocessing.active_children() if not p.name.startswith("Dask")]


def test_an_error_in_a_worker_is_raised_here_and_the_workers_end():
    before = _own_children()
    with pytest.raises(ValueError, match="seven"):
        map_in_processes(_fails_on_seven, range(20), workers=3, chunksize=2)
    assert _own_children() == before


def test_a_worker_that_dies_is_an_error_not_a_hang():
    before = _own_children()
    with pytest.raises(RuntimeError, match=r"worker process ended while working \(exit code -9\)"):
        map_in_processes(_dies_on_seven, range(20), workers=3, chunksize=2)
    assert _own_children() == before


def _descendants(pid: int) -> set[int]:
    """Processes whose parent is ``pid`` (from /proc)."""
    found = set()
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if f"\nPPid:\t{pid}\n" in text:
            found.add(int(status.parent.name))
    return found


@pytest.fixture(scope="module")
def many_reports(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Path:
    """Enough reports (the corpus 20 times over) to keep four workers busy for seconds."""
    folder = tmp_path_factory.mktemp("many")
    for copy in range(20):
        for report in sorted((shared_dir / "corpus").glob("*/*.txt")):
            (folder / f"{copy}-{report.parent.name}-{report.name}").write_bytes(report.read_bytes())
    return folder


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux /proc")
@pytest.mark.parametrize("after", [0.0, 0.4, 1.2])
def test_one_ctrl_c_ends_a_build_with_workers_at_once_in_one_line(
    many_reports: Path, tmp_path: Path, after: float
):
    """SIGINT to the whole job, as a terminal's Ctrl-C: no traceback, no worker left."""
    out = tmp_path / "out"
    child = subprocess.Popen(
        [sys.executable, "-m", "incidentmap", "build", str(many_reports), "-o", str(out),
         "--workers", "4", "--no-cache", "--tiles", "none"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while len(_descendants(child.pid)) < 4:  # the workers are up
        assert child.poll() is None and time.monotonic() < deadline, child.communicate()
        time.sleep(0.02)
    time.sleep(after)
    os.killpg(child.pid, signal.SIGINT)
    clock = time.monotonic()
    _, err = child.communicate(timeout=30)
    assert time.monotonic() - clock < 5
    assert child.returncode == 130
    assert err == "Interrupted; outputs left as they were.\n"
    time.sleep(0.2)
    with pytest.raises(ProcessLookupError):
        os.killpg(child.pid, 0)  # nothing of the job is left running
    assert not out.exists() or not any(out.iterdir())
